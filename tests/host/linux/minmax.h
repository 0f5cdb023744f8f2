/* SPDX-License-Identifier: GPL-2.0 */
/*
 * min()/max() evaluate each argument once; the pointer comparison makes
 * mixing types a warning (an error under -Werror), as in the kernel.
 */
#ifndef _LINUX_MINMAX_H
#define _LINUX_MINMAX_H

#define __host_cmp(x, y, op) ({						\
	typeof(x) __x = (x);						\
	typeof(y) __y = (y);						\
	(void)(&__x == &__y);						\
	__x op __y ? __x : __y; })

#define min(x, y)		__host_cmp(x, y, <)
#define max(x, y)		__host_cmp(x, y, >)
#define min3(x, y, z)		min((typeof(x))min(x, y), z)
#define max3(x, y, z)		max((typeof(x))max(x, y), z)
#define min_t(type, x, y)	__host_cmp((type)(x), (type)(y), <)
#define max_t(type, x, y)	__host_cmp((type)(x), (type)(y), >)
#define min_not_zero(x, y) ({						\
	typeof(x) __a = (x);						\
	typeof(y) __b = (y);						\
	__a == 0 ? __b : ((__b == 0) ? __a : min(__a, __b)); })
#define clamp(val, lo, hi)	min((typeof(val))max(val, lo), hi)
#define clamp_t(type, val, lo, hi) \
	min_t(type, max_t(type, val, lo), hi)
#define clamp_val(val, lo, hi)	clamp_t(typeof(val), val, lo, hi)

#define swap(a, b) \
	do { typeof(a) __tmp = (a); (a) = (b); (b) = __tmp; } while (0)

#endif
