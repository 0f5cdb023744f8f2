/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Every lock type of the shim starts with a struct host_lock: a real
 * pthread mutex (so ThreadSanitizer sees the locking), the lock's name for
 * diagnostics, and its owning thread, to catch recursion at once instead of
 * deadlocking.
 *
 * The mutex is kept as opaque storage so this header needs no <pthread.h>
 * (whose <time.h>/<sched.h> would leak libc names into kernel code).  An
 * all-zero pthread_mutex_t is PTHREAD_MUTEX_INITIALIZER on glibc, which
 * lock.c checks at start-up.
 */
#ifndef _LINUX_SPINLOCK_TYPES_H
#define _LINUX_SPINLOCK_TYPES_H

#include <linux/types.h>

struct host_lock {
	unsigned long mutex[6];		/* pthread_mutex_t */
	const char *name;
	const void *owner;		/* owning thread's CPU, or NULL */
};

#define __HOST_LOCK_INIT(lockname)	{ .name = #lockname }

typedef struct raw_spinlock {
	struct host_lock hl;
} raw_spinlock_t;

typedef struct spinlock {
	struct raw_spinlock rlock;
} spinlock_t;

typedef struct {
	struct host_lock hl;
} rwlock_t;

struct lock_class_key {
	char unused;
};

#define __RAW_SPIN_LOCK_UNLOCKED(x)	{ .hl = __HOST_LOCK_INIT(x) }
#define __SPIN_LOCK_UNLOCKED(x)		{ .rlock = __RAW_SPIN_LOCK_UNLOCKED(x) }
#define DEFINE_RAW_SPINLOCK(x)	raw_spinlock_t x = __RAW_SPIN_LOCK_UNLOCKED(x)
#define DEFINE_SPINLOCK(x)	spinlock_t x = __SPIN_LOCK_UNLOCKED(x)
#define DEFINE_RWLOCK(x)	rwlock_t x = { .hl = __HOST_LOCK_INIT(x) }

#endif
