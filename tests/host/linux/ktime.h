/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_KTIME_H
#define _LINUX_KTIME_H

#include <linux/jiffies.h>
#include <linux/types.h>

typedef s64 ktime_t;

#define NSEC_PER_USEC	1000L
#define NSEC_PER_MSEC	1000000L
#define USEC_PER_MSEC	1000L
#define MSEC_PER_SEC	1000L
#define USEC_PER_SEC	1000000L
#define NSEC_PER_SEC	1000000000L

u64 host_time_ns(void);
/*
 * Out of line, as the kernel's ktime_divns() is on 32-bit: an inline '/'
 * would put libgcc's 64-bit division into the kernel sources' objects,
 * which tests/arm32 forbids (a vmlinux has no such helper).
 */
s64 host_ktime_divns(ktime_t kt, s64 div);

static inline ktime_t ktime_get(void)
{
	return host_time_ns();
}

#define ktime_get_ns()		((u64)ktime_get())
#define ktime_get_raw()		ktime_get()
#define ktime_get_boottime()	ktime_get()
#define ktime_set(s, ns)	((ktime_t)(s) * NSEC_PER_SEC + (ns))
#define ktime_add(a, b)		((a) + (b))
#define ktime_sub(a, b)		((a) - (b))
#define ktime_add_ns(kt, ns)	((kt) + (ns))
#define ktime_add_us(kt, us)	((kt) + (us) * NSEC_PER_USEC)
#define ktime_add_ms(kt, ms)	((kt) + (ms) * NSEC_PER_MSEC)
#define ktime_compare(a, b)	((a) < (b) ? -1 : (a) > (b))
#define ktime_after(a, b)	((a) > (b))
#define ktime_before(a, b)	((a) < (b))
#define ktime_to_ns(kt)		((s64)(kt))
#define ktime_to_us(kt)		host_ktime_divns((kt), NSEC_PER_USEC)
#define ktime_to_ms(kt)		host_ktime_divns((kt), NSEC_PER_MSEC)
#define ns_to_ktime(ns)		((ktime_t)(ns))
#define ms_to_ktime(ms)		((ktime_t)(ms) * NSEC_PER_MSEC)
#define ktime_us_delta(a, b)	ktime_to_us(ktime_sub(a, b))
#define ktime_ms_delta(a, b)	ktime_to_ms(ktime_sub(a, b))

#endif
