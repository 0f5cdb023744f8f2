// SPDX-License-Identifier: GPL-2.0
/*
 * Device-managed resources.
 */
#include "host_internal.h"

static long devres_live;

long host_devres_live(void)
{
	return __atomic_load_n(&devres_live, __ATOMIC_RELAXED);
}

void host_devres_count(int delta)
{
	__atomic_add_fetch(&devres_live, delta, __ATOMIC_RELAXED);
}
