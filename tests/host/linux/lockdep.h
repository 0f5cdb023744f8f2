/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What lockdep can check without a dependency graph: whether the current
 * thread holds a given lock, and the interrupt state.  Works on any shim
 * lock (spinlock_t, raw_spinlock_t, struct mutex, rwlock_t), which all
 * start with a struct host_lock.
 */
#ifndef _LINUX_LOCKDEP_H
#define _LINUX_LOCKDEP_H

#include <linux/spinlock_types.h>
#include <linux/types.h>

void __host_assert_held(const struct host_lock *l, bool held,
			const char *expr, const char *file, int line);
void __host_assert_irqs(bool disabled, const char *file, int line);

#define lockdep_assert_held(l) \
	__host_assert_held((const struct host_lock *)(l), true, #l, \
			   __FILE__, __LINE__)
#define lockdep_assert_not_held(l) \
	__host_assert_held((const struct host_lock *)(l), false, #l, \
			   __FILE__, __LINE__)
#define lockdep_assert_held_write(l)	lockdep_assert_held(l)
#define lockdep_assert_held_read(l)	lockdep_assert_held(l)
#define lockdep_assert_irqs_disabled() \
	__host_assert_irqs(true, __FILE__, __LINE__)
#define lockdep_assert_irqs_enabled() \
	__host_assert_irqs(false, __FILE__, __LINE__)
#define lockdep_set_class(l, key)	do { (void)(key); } while (0)
#define lockdep_set_subclass(l, sub)	do { } while (0)
#define might_lock(l)			do { } while (0)

#endif
