/* SPDX-License-Identifier: GPL-2.0 */
/*
 * RCU degenerates to "readers never block writers, writers wait for
 * nothing": correct for the single-threaded harness; a multi-threaded
 * stress test must not rely on it for freeing.
 */
#ifndef _LINUX_RCUPDATE_H
#define _LINUX_RCUPDATE_H

#include <linux/compiler.h>
#include <asm/barrier.h>

#define rcu_read_lock()			barrier()
#define rcu_read_unlock()		barrier()
#define synchronize_rcu()		smp_mb()
#define rcu_dereference(p)		READ_ONCE(p)
#define rcu_dereference_protected(p, c)	(p)
#define rcu_access_pointer(p)		READ_ONCE(p)
#define rcu_assign_pointer(p, v)	smp_store_release(&(p), (v))
#define RCU_INIT_POINTER(p, v)		WRITE_ONCE(p, v)

#endif
