/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Compiler attributes and access helpers.  Sparse annotations (__iomem,
 * __user, __force, __bitwise) are empty: the PROT_NONE ioremap cookies of
 * the shim catch a dereferenced __iomem pointer at run time instead.
 */
#ifndef _LINUX_COMPILER_H
#define _LINUX_COMPILER_H

#include <linux/compiler_types.h>

#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)

#define barrier()	__asm__ __volatile__("" : : : "memory")
#define unreachable()	__builtin_unreachable()

/*
 * Relaxed atomics rather than volatile: same code generation for aligned
 * scalars, and ThreadSanitizer understands them as intended races.
 */
#define READ_ONCE(x)		__atomic_load_n(&(x), __ATOMIC_RELAXED)
#define WRITE_ONCE(x, val)	__atomic_store_n(&(x), (val), __ATOMIC_RELAXED)
#define data_race(expr)		(expr)

#define __UNIQUE_ID(prefix)	__PASTE(__PASTE(__UNIQUE_ID_, prefix), \
					__COUNTER__)

#define __same_type(a, b)	__builtin_types_compatible_p(typeof(a), \
							     typeof(b))
#define __must_be_array(a) \
	(sizeof(struct { int:(-!!__same_type((a), &(a)[0])); }))

#define is_signed_type(type)	(((type)(-1)) < (type)1)

#endif
