// SPDX-License-Identifier: GPL-2.0
/*
 * Shim-wide state: reset hooks, WARN/BUG reporting, fatal errors.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "host_internal.h"

#define MAX_RESET_HOOKS	32

static void (*internal_hooks[MAX_RESET_HOOKS])(void);
static unsigned int nr_internal_hooks;
static void (*user_hooks[MAX_RESET_HOOKS])(void);
static unsigned int nr_user_hooks;

static unsigned int warn_count;
/* Starts at 1 so that a WARN_ONCE site's zeroed static differs. */
unsigned int __host_once_epoch = 1;

static void add_hook(void (**hooks)(void), unsigned int *nr, void (*fn)(void))
{
	if (*nr == MAX_RESET_HOOKS)
		host_fatal("too many reset hooks");
	hooks[(*nr)++] = fn;
}

void host_register_internal_reset(void (*fn)(void))
{
	add_hook(internal_hooks, &nr_internal_hooks, fn);
}

void host_add_reset_hook(void (*fn)(void))
{
	add_hook(user_hooks, &nr_user_hooks, fn);
}

void host_reset(void)
{
	unsigned int i;

	__atomic_store_n(&warn_count, 0, __ATOMIC_RELAXED);
	__atomic_add_fetch(&__host_once_epoch, 1, __ATOMIC_RELAXED);
	for (i = 0; i < nr_internal_hooks; i++)
		internal_hooks[i]();
	for (i = 0; i < nr_user_hooks; i++)
		user_hooks[i]();
}

unsigned int host_warn_count(void)
{
	return __atomic_load_n(&warn_count, __ATOMIC_RELAXED);
}

bool host_can(enum host_cap cap)
{
	return true;
}

void __host_warn(const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	__atomic_add_fetch(&warn_count, 1, __ATOMIC_RELAXED);
	fflush(stdout);
	printf("------------[ cut here ]------------\n");
	printf("WARNING: at %s:%d: ", file, line);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n---[ end trace ]---\n");
	fflush(stdout);
}

void __host_bug(const char *file, int line, const char *cond)
{
	host_fatal("kernel BUG at %s:%d: %s", file, line, cond);
}

void host_fatal(const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fprintf(stderr, "host: FATAL: ");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	abort();
}
