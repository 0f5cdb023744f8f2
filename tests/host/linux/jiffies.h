/* SPDX-License-Identifier: GPL-2.0 */
/*
 * jiffies follow the simulated clock (time.c), which only moves on delays,
 * cpu_relax() and MMIO accesses: a polling loop always ends.
 */
#ifndef _LINUX_JIFFIES_H
#define _LINUX_JIFFIES_H

#include <linux/types.h>

#define HZ		CONFIG_HZ

unsigned long host_jiffies(void);
#define jiffies		host_jiffies()
#define jiffies_64	((u64)host_jiffies())

#define time_after(a, b)	((long)((b) - (a)) < 0)
#define time_before(a, b)	time_after(b, a)
#define time_after_eq(a, b)	((long)((a) - (b)) >= 0)
#define time_before_eq(a, b)	time_after_eq(b, a)
#define time_is_before_jiffies(a)	time_after(jiffies, a)
#define time_is_after_jiffies(a)	time_before(jiffies, a)

static inline unsigned long msecs_to_jiffies(unsigned int m)
{
	return ((unsigned long)m * HZ + 999) / 1000;
}

static inline unsigned long usecs_to_jiffies(unsigned int u)
{
	return ((unsigned long)u * HZ + 999999) / 1000000;
}

static inline unsigned int jiffies_to_msecs(unsigned long j)
{
	return j * (1000 / HZ);
}

static inline unsigned int jiffies_to_usecs(unsigned long j)
{
	return j * (1000000 / HZ);
}

#endif
