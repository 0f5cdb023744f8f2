/* SPDX-License-Identifier: GPL-2.0 */
/* Atomics on GCC builtins, fully ordered like the kernel's *_return ops. */
#ifndef _LINUX_ATOMIC_H
#define _LINUX_ATOMIC_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <asm/barrier.h>

#define ATOMIC_INIT(i)		{ (i) }
#define ATOMIC64_INIT(i)	{ (i) }

#define __HOST_SC		__ATOMIC_SEQ_CST

#define __HOST_ATOMIC_OPS(pfx, atype, t)				\
static inline t pfx##_read(const atype *v)				\
{									\
	return __atomic_load_n(&v->counter, __ATOMIC_RELAXED);		\
}									\
static inline void pfx##_set(atype *v, t i)				\
{									\
	__atomic_store_n(&v->counter, i, __ATOMIC_RELAXED);		\
}									\
static inline t pfx##_add_return(t i, atype *v)			\
{									\
	return __atomic_add_fetch(&v->counter, i, __HOST_SC);		\
}									\
static inline t pfx##_sub_return(t i, atype *v)			\
{									\
	return __atomic_sub_fetch(&v->counter, i, __HOST_SC);		\
}									\
static inline t pfx##_fetch_add(t i, atype *v)				\
{									\
	return __atomic_fetch_add(&v->counter, i, __HOST_SC);		\
}									\
static inline t pfx##_fetch_sub(t i, atype *v)				\
{									\
	return __atomic_fetch_sub(&v->counter, i, __HOST_SC);		\
}									\
static inline t pfx##_xchg(atype *v, t i)				\
{									\
	return __atomic_exchange_n(&v->counter, i, __HOST_SC);		\
}									\
static inline t pfx##_cmpxchg(atype *v, t old, t new)			\
{									\
	__atomic_compare_exchange_n(&v->counter, &old, new, false,	\
				    __HOST_SC, __HOST_SC);		\
	return old;							\
}									\
static inline void pfx##_add(t i, atype *v) { pfx##_add_return(i, v); } \
static inline void pfx##_sub(t i, atype *v) { pfx##_sub_return(i, v); } \
static inline void pfx##_inc(atype *v) { pfx##_add_return(1, v); }	\
static inline void pfx##_dec(atype *v) { pfx##_sub_return(1, v); }	\
static inline t pfx##_inc_return(atype *v)				\
{									\
	return pfx##_add_return(1, v);					\
}									\
static inline t pfx##_dec_return(atype *v)				\
{									\
	return pfx##_sub_return(1, v);					\
}									\
static inline bool pfx##_dec_and_test(atype *v)			\
{									\
	return pfx##_sub_return(1, v) == 0;				\
}									\
static inline bool pfx##_inc_and_test(atype *v)			\
{									\
	return pfx##_add_return(1, v) == 0;				\
}									\
static inline bool pfx##_sub_and_test(t i, atype *v)			\
{									\
	return pfx##_sub_return(i, v) == 0;				\
}

__HOST_ATOMIC_OPS(atomic, atomic_t, int)
__HOST_ATOMIC_OPS(atomic64, atomic64_t, s64)
__HOST_ATOMIC_OPS(atomic_long, atomic_long_t, long)

#define xchg(ptr, v)	__atomic_exchange_n((ptr), (v), __HOST_SC)
#define cmpxchg(ptr, old, new) ({					\
	typeof(*(ptr)) __old = (old);					\
	__atomic_compare_exchange_n((ptr), &__old, (new), false,	\
				    __HOST_SC, __HOST_SC);		\
	__old; })

#endif
