/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Internals shared by the shim's implementation files; not for tests.
 */
#ifndef _TESTS_HOST_INTERNAL_H
#define _TESTS_HOST_INTERNAL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>

#include "host.h"

struct host_lock;

/* Print "host: FATAL: ..." with a backtrace hint and abort(). */
__attribute__((noreturn, format(printf, 1, 2)))
void host_fatal(const char *fmt, ...);

/* True if the current call of that kind must fail (fault injection). */
bool host_fail_check(enum host_fault kind);

/* printk with a KERN_ level string and a prefix before fmt. */
int host_vprintk_emit(const char *level, const char *prefix,
		      const char *fmt, va_list args);

/* Exempt the shim's own allocations from injection (nests; per thread). */
void host_fail_suspend(bool on);

/* Run every registered reset hook (host_reset() does this). */
void host_register_internal_reset(void (*fn)(void));

/* Simulated CPU of the calling thread. */
bool host_cpu_may_take_irq(void);	/* IRQs on and not in hardirq */
void host_cpu_enter_hardirq(bool *was_off, bool *was_hardirq);
void host_cpu_exit_hardirq(bool was_off, bool was_hardirq);
bool host_cpu_atomic(void);		/* IRQs off, hardirq or spinlock */
/* Drop the locks this thread still holds (after an aborted test case). */
unsigned int host_cpu_release_locks(void);

/* Deliver pending interrupts now if the CPU can take them. */
void host_irq_deliver(void);

/* Fire the hrtimers whose expiry the simulated clock has passed. */
void host_hrtimer_run(void);

/* An MMIO access happened: time passes, interrupts may come in. */
void host_mmio_access_done(void);

/* Live devres entry count, maintained by devres.c. */
void host_devres_count(int delta);

#endif
