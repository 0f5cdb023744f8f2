/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Sleeping locks: like spinlocks, but taking one in atomic context (IRQs
 * off, hardirq, or under a spinlock) is reported as a fatal bug.
 */
#ifndef _LINUX_MUTEX_H
#define _LINUX_MUTEX_H

#include <linux/compiler.h>
#include <linux/lockdep.h>
#include <linux/spinlock_types.h>
#include <linux/types.h>

struct mutex {
	struct host_lock hl;
};

void __host_lock_init(struct host_lock *l, const char *name);
void __host_lock(struct host_lock *l, bool atomic_ctx);
bool __host_trylock(struct host_lock *l, bool atomic_ctx);
void __host_unlock(struct host_lock *l, bool atomic_ctx);
bool __host_lock_is_locked(const struct host_lock *l);

#define DEFINE_MUTEX(x)		struct mutex x = { .hl = __HOST_LOCK_INIT(x) }
#define mutex_init(m)		__host_lock_init(&(m)->hl, #m)

static inline void mutex_lock(struct mutex *m)
{
	__host_lock(&m->hl, false);
}

static inline int __must_check mutex_lock_interruptible(struct mutex *m)
{
	__host_lock(&m->hl, false);
	return 0;
}

static inline int mutex_trylock(struct mutex *m)
{
	return __host_trylock(&m->hl, false);
}

static inline void mutex_unlock(struct mutex *m)
{
	__host_unlock(&m->hl, false);
}

static inline bool mutex_is_locked(struct mutex *m)
{
	return __host_lock_is_locked(&m->hl);
}

static inline void mutex_destroy(struct mutex *m)
{
}

#define mutex_lock_nested(m, sub)	mutex_lock(m)

#endif
