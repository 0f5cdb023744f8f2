/* SPDX-License-Identifier: GPL-2.0 */
/* Also reached from glibc's <limits.h>: extend the system header. */
#ifndef _HOST_LINUX_LIMITS_H
#define _HOST_LINUX_LIMITS_H

#include_next <linux/limits.h>
#include <stdint.h>

#define U8_MAX		((uint8_t)~0U)
#define S8_MAX		((int8_t)(U8_MAX >> 1))
#define S8_MIN		((int8_t)(-S8_MAX - 1))
#define U16_MAX		((uint16_t)~0U)
#define S16_MAX		((int16_t)(U16_MAX >> 1))
#define S16_MIN		((int16_t)(-S16_MAX - 1))
#define U32_MAX		((uint32_t)~0U)
#define S32_MAX		((int32_t)(U32_MAX >> 1))
#define S32_MIN		((int32_t)(-S32_MAX - 1))
#define U64_MAX		(~0ULL)
#define S64_MAX		((long long)(U64_MAX >> 1))
#define S64_MIN		((long long)(-S64_MAX - 1))
#ifndef SIZE_MAX
#define SIZE_MAX	(~(size_t)0)
#endif
#ifndef INT_MAX
#define INT_MAX		((int)(~0U >> 1))
#define INT_MIN		(-INT_MAX - 1)
#define UINT_MAX	(~0U)
#define LONG_MAX	((long)(~0UL >> 1))
#define LONG_MIN	(-LONG_MAX - 1)
#define ULONG_MAX	(~0UL)
#define LLONG_MAX	((long long)(~0ULL >> 1))
#define LLONG_MIN	(-LLONG_MAX - 1)
#define ULLONG_MAX	(~0ULL)
#define SHRT_MAX	((short)(USHRT_MAX >> 1))
#define USHRT_MAX	((unsigned short)~0U)
#endif

#endif
