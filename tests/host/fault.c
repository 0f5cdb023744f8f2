// SPDX-License-Identifier: GPL-2.0
/*
 * Fault injection for probe paths: host_fail_inject(kind, n) makes the nth
 * call of that kind from now fail, once.  Every probe error path can then be
 * walked by a loop over n until probe succeeds.
 */
#include "host_internal.h"

struct fault_state {
	unsigned long calls;	/* calls seen since reset */
	unsigned long fail_at;	/* value of calls that fails; 0: none */
};

static struct fault_state faults[HOST_FAULT_NR];
static __thread unsigned int suspended;

void host_fail_suspend(bool on)
{
	suspended += on ? 1 : -1;
}

bool host_can_fail(enum host_fault kind)
{
	return kind < HOST_FAULT_NR;
}

void host_fail_inject(enum host_fault kind, unsigned int nth)
{
	struct fault_state *f = &faults[kind];

	f->fail_at = nth ? __atomic_load_n(&f->calls, __ATOMIC_RELAXED) + nth
			 : 0;
}

void host_fail_clear(void)
{
	unsigned int i;

	for (i = 0; i < HOST_FAULT_NR; i++) {
		faults[i].calls = 0;
		faults[i].fail_at = 0;
	}
}

unsigned long host_fail_calls(enum host_fault kind)
{
	return __atomic_load_n(&faults[kind].calls, __ATOMIC_RELAXED);
}

bool host_fail_check(enum host_fault kind)
{
	struct fault_state *f = &faults[kind];
	unsigned long n;

	if (suspended)
		return false;
	n = __atomic_add_fetch(&f->calls, 1, __ATOMIC_RELAXED);

	return f->fail_at && n == f->fail_at;
}

static void __attribute__((constructor)) fault_register(void)
{
	host_register_internal_reset(host_fail_clear);
}
