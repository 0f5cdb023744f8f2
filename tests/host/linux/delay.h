/* SPDX-License-Identifier: GPL-2.0 */
/* Delays advance the simulated clock and return at once. */
#ifndef _LINUX_DELAY_H
#define _LINUX_DELAY_H

#include <linux/kernel.h>
#include <linux/types.h>

void host_time_advance_ns(u64 ns);

#define ndelay(n)	host_time_advance_ns(n)
#define udelay(n)	host_time_advance_ns((u64)(n) * 1000)
#define mdelay(n)	host_time_advance_ns((u64)(n) * 1000000)

static inline void usleep_range(unsigned long min, unsigned long max)
{
	might_sleep();
	host_time_advance_ns((u64)min * 1000);
}

static inline void msleep(unsigned int msecs)
{
	might_sleep();
	host_time_advance_ns((u64)msecs * 1000000);
}

#define fsleep(us)	usleep_range(us, us)
#define ssleep(s)	msleep((s) * 1000)

#endif
