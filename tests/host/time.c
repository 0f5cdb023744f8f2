// SPDX-License-Identifier: GPL-2.0
/*
 * The simulated clock: nanoseconds since start, moved only by delays,
 * cpu_relax() and MMIO accesses, so runs are reproducible.
 */
#include <linux/jiffies.h>
#include <linux/ktime.h>

#include "host_internal.h"

static u64 now_ns;

unsigned long long host_time_ns(void)
{
	return __atomic_load_n(&now_ns, __ATOMIC_RELAXED);
}

void host_time_advance_ns(unsigned long long ns)
{
	__atomic_add_fetch(&now_ns, ns, __ATOMIC_RELAXED);
}

unsigned long host_jiffies(void)
{
	return host_time_ns() / (NSEC_PER_SEC / HZ);
}

void cpu_relax(void)
{
	host_time_advance_ns(1000);
}

s64 host_ktime_divns(ktime_t kt, s64 div)
{
	return kt / div;
}
