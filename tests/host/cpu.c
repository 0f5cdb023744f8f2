// SPDX-License-Identifier: GPL-2.0
/*
 * The simulated CPU: one per host thread.  It has an interrupt-enable flag
 * (local_irq_*), a hardirq flag, and the list of locks it holds.  Locks are
 * pthread mutexes with an owner, so recursion is caught instead of hanging
 * and ThreadSanitizer sees real synchronisation.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include <linux/irqflags.h>
#include <linux/kernel.h>
#include <linux/lockdep.h>
#include <linux/spinlock.h>

#include "host_internal.h"

#define MAX_HELD	32

struct host_cpu {
	bool irqs_off;
	bool in_hardirq;
	unsigned int nr_held;
	unsigned int nr_spin;		/* held locks that forbid sleeping */
	struct host_lock *held[MAX_HELD];
};

static __thread struct host_cpu cpu;

_Static_assert(sizeof(pthread_mutex_t) <= sizeof(((struct host_lock *)0)->mutex),
	       "struct host_lock too small for a pthread mutex");

static pthread_mutex_t *lock_mutex(struct host_lock *l)
{
	return (pthread_mutex_t *)l->mutex;
}

/* DEFINE_SPINLOCK() relies on a zeroed mutex being a valid unlocked one. */
static void __attribute__((constructor)) check_static_mutex(void)
{
	static const pthread_mutex_t init = PTHREAD_MUTEX_INITIALIZER;
	static const unsigned long zero[sizeof(init) / sizeof(long) + 1];

	if (memcmp(&init, zero, sizeof(init)))
		host_fatal("PTHREAD_MUTEX_INITIALIZER is not all-zero here");
}

/* ---- interrupt flag ---------------------------------------------------- */

bool host_irqs_disabled(void)
{
	return cpu.irqs_off;
}

bool host_in_hardirq(void)
{
	return cpu.in_hardirq;
}

bool host_cpu_may_take_irq(void)
{
	return !cpu.irqs_off && !cpu.in_hardirq;
}

bool __host_in_atomic(void)
{
	return host_cpu_atomic();
}

bool host_cpu_atomic(void)
{
	return cpu.irqs_off || cpu.in_hardirq || cpu.nr_spin;
}

unsigned long __host_irq_save(void)
{
	unsigned long flags = cpu.irqs_off;

	cpu.irqs_off = true;
	return flags;
}

void __host_irq_restore(unsigned long flags)
{
	cpu.irqs_off = flags;
	if (!flags)
		host_irq_deliver();
}

void __host_irq_disable(void)
{
	cpu.irqs_off = true;
}

void __host_irq_enable(void)
{
	if (cpu.in_hardirq)
		host_fatal("local_irq_enable() in a hardirq handler");
	cpu.irqs_off = false;
	host_irq_deliver();
}

bool __host_irqs_disabled(void)
{
	return cpu.irqs_off;
}

void host_cpu_enter_hardirq(bool *was_off, bool *was_hardirq)
{
	*was_off = cpu.irqs_off;
	*was_hardirq = cpu.in_hardirq;
	cpu.irqs_off = true;
	cpu.in_hardirq = true;
}

void host_cpu_exit_hardirq(bool was_off, bool was_hardirq)
{
	cpu.irqs_off = was_off;
	cpu.in_hardirq = was_hardirq;
}

void host_cpu_reset(void)
{
	cpu.irqs_off = false;
	cpu.in_hardirq = false;
}

unsigned int host_locks_held(void)
{
	return cpu.nr_held;
}

unsigned int host_cpu_release_locks(void)
{
	unsigned int n = cpu.nr_held;

	while (cpu.nr_held) {
		struct host_lock *l = cpu.held[--cpu.nr_held];

		__atomic_store_n(&l->owner, NULL, __ATOMIC_RELAXED);
		pthread_mutex_unlock(lock_mutex(l));
	}
	cpu.nr_spin = 0;
	return n;
}

/* ---- locks ------------------------------------------------------------- */

void __host_lock_init(struct host_lock *l, const char *name)
{
	memset(l, 0, sizeof(*l));
	pthread_mutex_init(lock_mutex(l), NULL);
	l->name = name;
}

static const char *lock_name(const struct host_lock *l)
{
	return l->name ? l->name : "(unnamed lock)";
}

static void check_acquire(struct host_lock *l, bool atomic_ctx)
{
	if (__atomic_load_n(&l->owner, __ATOMIC_RELAXED) == &cpu)
		host_fatal("recursive locking of '%s' (already held by this "
			   "thread: deadlock on real hardware)", lock_name(l));
	if (!atomic_ctx && host_cpu_atomic())
		host_fatal("sleeping lock '%s' taken in atomic context "
			   "(irqs %s, hardirq %d, spinlocks held %u)",
			   lock_name(l), cpu.irqs_off ? "off" : "on",
			   cpu.in_hardirq, cpu.nr_spin);
	if (cpu.nr_held == MAX_HELD)
		host_fatal("more than %d locks held", MAX_HELD);
}

static void note_acquired(struct host_lock *l, bool atomic_ctx)
{
	__atomic_store_n(&l->owner, &cpu, __ATOMIC_RELAXED);
	cpu.held[cpu.nr_held++] = l;
	if (atomic_ctx)
		cpu.nr_spin++;
}

/* Acquisitions of spinlocks (and rwlocks), all threads: for benchmarks. */
static uint64_t spin_acquired;

uint64_t host_lock_count(void)
{
	return __atomic_load_n(&spin_acquired, __ATOMIC_RELAXED);
}

void __host_lock(struct host_lock *l, bool atomic_ctx)
{
	check_acquire(l, atomic_ctx);
	pthread_mutex_lock(lock_mutex(l));
	note_acquired(l, atomic_ctx);
	if (atomic_ctx)
		__atomic_add_fetch(&spin_acquired, 1, __ATOMIC_RELAXED);
}

bool __host_trylock(struct host_lock *l, bool atomic_ctx)
{
	if (__atomic_load_n(&l->owner, __ATOMIC_RELAXED) == &cpu)
		return false;
	check_acquire(l, atomic_ctx);
	if (pthread_mutex_trylock(lock_mutex(l)))
		return false;
	note_acquired(l, atomic_ctx);
	if (atomic_ctx)
		__atomic_add_fetch(&spin_acquired, 1, __ATOMIC_RELAXED);
	return true;
}

void __host_unlock(struct host_lock *l, bool atomic_ctx)
{
	unsigned int i;

	if (__atomic_load_n(&l->owner, __ATOMIC_RELAXED) != &cpu)
		host_fatal("unlocking '%s', which this thread does not hold",
			   lock_name(l));
	for (i = cpu.nr_held; i-- > 0;)
		if (cpu.held[i] == l)
			break;
	memmove(&cpu.held[i], &cpu.held[i + 1],
		(cpu.nr_held - i - 1) * sizeof(cpu.held[0]));
	cpu.nr_held--;
	if (atomic_ctx)
		cpu.nr_spin--;
	__atomic_store_n(&l->owner, NULL, __ATOMIC_RELAXED);
	pthread_mutex_unlock(lock_mutex(l));
}

bool __host_lock_is_locked(const struct host_lock *l)
{
	return __atomic_load_n(&l->owner, __ATOMIC_RELAXED) != NULL;
}

void __host_assert_held(const struct host_lock *l, bool held,
			const char *expr, const char *file, int line)
{
	bool mine = __atomic_load_n(&l->owner, __ATOMIC_RELAXED) == &cpu;

	if (mine != held)
		__host_warn(file, line, "lockdep: %s %s held", expr,
			    held ? "not" : "is");
}

void __host_assert_irqs(bool disabled, const char *file, int line)
{
	if (cpu.irqs_off != disabled)
		__host_warn(file, line, "lockdep: IRQs unexpectedly %s",
			    cpu.irqs_off ? "disabled" : "enabled");
}

void __host_might_sleep(const char *file, int line)
{
	if (host_cpu_atomic())
		__host_warn(file, line, "sleeping function called from "
			    "atomic context");
}

static void cpu_reset_hook(void)
{
	host_cpu_release_locks();
	host_cpu_reset();
}

static void __attribute__((constructor)) cpu_register(void)
{
	host_register_internal_reset(cpu_reset_hook);
}
