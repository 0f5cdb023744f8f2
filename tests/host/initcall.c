// SPDX-License-Identifier: GPL-2.0
/*
 * Initcalls collected by constructors, run by host_run_initcalls() in
 * level order and, within a level, in registration (link) order.
 */
#include <stdio.h>
#include <stdlib.h>

#include <linux/init.h>
#include <linux/printk.h>

#include "host_internal.h"

#define MAX_CALLS	256

struct initcall {
	initcall_t fn;
	int level;
	const char *name;
};

static struct initcall initcalls[MAX_CALLS];
static unsigned int nr_initcalls;
static exitcall_t exitcalls[MAX_CALLS];
static unsigned int nr_exitcalls;
static bool initcalls_done;

void __host_register_initcall(initcall_t fn, int level, const char *name)
{
	if (nr_initcalls == MAX_CALLS)
		host_fatal("too many initcalls");
	initcalls[nr_initcalls++] = (struct initcall){ fn, level, name };
}

void __host_register_exitcall(exitcall_t fn, const char *name)
{
	if (nr_exitcalls == MAX_CALLS)
		host_fatal("too many exitcalls");
	exitcalls[nr_exitcalls++] = fn;
}

int host_run_initcalls(void)
{
	unsigned int i;
	int level, ret, first = 0;

	if (initcalls_done)
		return 0;
	initcalls_done = true;
	for (level = 0; level <= 7; level++) {
		for (i = 0; i < nr_initcalls; i++) {
			if (initcalls[i].level != level)
				continue;
			ret = initcalls[i].fn();
			if (ret) {
				pr_warn("initcall %s returned %d\n",
					initcalls[i].name, ret);
				if (!first)
					first = ret;
			}
		}
	}
	return first;
}

void host_run_exitcalls(void)
{
	unsigned int i = nr_exitcalls;

	if (!initcalls_done)
		return;
	while (i--)
		exitcalls[i]();
	initcalls_done = false;
}
