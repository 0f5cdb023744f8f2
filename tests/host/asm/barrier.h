/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Barriers.  The model runs synchronously inside readl()/writel(), so only
 * real multi-threaded stress tests need these; they are full fences.
 */
#ifndef _ASM_HOST_BARRIER_H
#define _ASM_HOST_BARRIER_H

#define mb()		__atomic_thread_fence(__ATOMIC_SEQ_CST)
#define rmb()		mb()
#define wmb()		mb()
#define dma_rmb()	mb()
#define dma_wmb()	mb()
#define smp_mb()	mb()
#define smp_rmb()	mb()
#define smp_wmb()	mb()
#define smp_mb__before_atomic()	mb()
#define smp_mb__after_atomic()	mb()

#define smp_load_acquire(p)	__atomic_load_n(p, __ATOMIC_ACQUIRE)
#define smp_store_release(p, v)	__atomic_store_n(p, v, __ATOMIC_RELEASE)

#endif
