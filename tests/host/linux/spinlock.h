/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Spinlocks over pthread mutexes.  Taking a lock the thread already holds
 * is reported with the lock's name and aborts: on one CPU that is a
 * deadlock (e.g. a callback calling back into a locked library, or an IRQ
 * handler taking a lock that process context holds with IRQs on).
 */
#ifndef _LINUX_SPINLOCK_H
#define _LINUX_SPINLOCK_H

#include <linux/compiler.h>
#include <linux/irqflags.h>
#include <linux/lockdep.h>
#include <linux/spinlock_types.h>
#include <linux/types.h>
#include <asm/barrier.h>

void __host_lock_init(struct host_lock *l, const char *name);
void __host_lock(struct host_lock *l, bool atomic_ctx);
bool __host_trylock(struct host_lock *l, bool atomic_ctx);
void __host_unlock(struct host_lock *l, bool atomic_ctx);
bool __host_lock_is_locked(const struct host_lock *l);

#define raw_spin_lock_init(l)	__host_lock_init(&(l)->hl, #l)
#define spin_lock_init(l)	__host_lock_init(&(l)->rlock.hl, #l)
#define rwlock_init(l)		__host_lock_init(&(l)->hl, #l)

static inline void raw_spin_lock(raw_spinlock_t *l)
{
	__host_lock(&l->hl, true);
}

static inline void raw_spin_unlock(raw_spinlock_t *l)
{
	__host_unlock(&l->hl, true);
}

static inline int raw_spin_trylock(raw_spinlock_t *l)
{
	return __host_trylock(&l->hl, true);
}

static inline void raw_spin_lock_irq(raw_spinlock_t *l)
{
	local_irq_disable();
	raw_spin_lock(l);
}

static inline void raw_spin_unlock_irq(raw_spinlock_t *l)
{
	raw_spin_unlock(l);
	local_irq_enable();
}

static inline unsigned long __raw_spin_lock_irqsave(raw_spinlock_t *l)
{
	unsigned long flags;

	local_irq_save(flags);
	raw_spin_lock(l);
	return flags;
}

static inline void raw_spin_unlock_irqrestore(raw_spinlock_t *l,
					      unsigned long flags)
{
	raw_spin_unlock(l);
	local_irq_restore(flags);
}

#define raw_spin_lock_irqsave(l, flags)					\
	do {								\
		_Static_assert(sizeof(flags) == sizeof(unsigned long),	\
			       "flags must be unsigned long");		\
		(flags) = __raw_spin_lock_irqsave(l);			\
	} while (0)

static inline void spin_lock(spinlock_t *l)
{
	raw_spin_lock(&l->rlock);
}

static inline void spin_unlock(spinlock_t *l)
{
	raw_spin_unlock(&l->rlock);
}

static inline int spin_trylock(spinlock_t *l)
{
	return raw_spin_trylock(&l->rlock);
}

static inline void spin_lock_irq(spinlock_t *l)
{
	raw_spin_lock_irq(&l->rlock);
}

static inline void spin_unlock_irq(spinlock_t *l)
{
	raw_spin_unlock_irq(&l->rlock);
}

static inline void spin_unlock_irqrestore(spinlock_t *l, unsigned long flags)
{
	raw_spin_unlock_irqrestore(&l->rlock, flags);
}

#define spin_lock_irqsave(l, flags) \
	raw_spin_lock_irqsave(&(l)->rlock, flags)

/* Bottom halves do not exist on the host: _bh is the plain lock. */
#define spin_lock_bh(l)		spin_lock(l)
#define spin_unlock_bh(l)	spin_unlock(l)

static inline int spin_is_locked(spinlock_t *l)
{
	return __host_lock_is_locked(&l->rlock.hl);
}

/* rwlocks are exclusive on the host: correct, merely less concurrent. */
#define read_lock(l)		__host_lock(&(l)->hl, true)
#define read_unlock(l)		__host_unlock(&(l)->hl, true)
#define write_lock(l)		__host_lock(&(l)->hl, true)
#define write_unlock(l)		__host_unlock(&(l)->hl, true)
#define read_lock_irqsave(l, f)	\
	do { local_irq_save(f); read_lock(l); } while (0)
#define read_unlock_irqrestore(l, f) \
	do { read_unlock(l); local_irq_restore(f); } while (0)
#define write_lock_irqsave(l, f) \
	do { local_irq_save(f); write_lock(l); } while (0)
#define write_unlock_irqrestore(l, f) \
	do { write_unlock(l); local_irq_restore(f); } while (0)

#endif
