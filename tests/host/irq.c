// SPDX-License-Identifier: GPL-2.0
/*
 * The simulated interrupt controller.
 *
 * host_irq_raise() latches an edge on a line; more edges while one is
 * pending coalesce, as in an edge-triggered controller.  Pending edges are
 * delivered only at delivery points, when the calling thread's CPU has
 * interrupts enabled and is not in a handler:
 *   - interrupts re-enabled (local_irq_enable/restore, spin_unlock_irq*),
 *   - after an MMIO access returns (io.c),
 *   - request_irq() and enable_irq() (the line is unmasked),
 *   - host_irq_poll().
 * Delivery runs every handler of the line in registration order, in hardirq
 * context with interrupts off; edges raised meanwhile are delivered after
 * it returns, until nothing is pending.  A line without handlers, or
 * disabled with disable_irq(), is masked: its edge stays latched.
 */
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>

#include <linux/interrupt.h>
#include <linux/kernel.h>

#include "host_internal.h"

struct irq_action {
	irq_handler_t handler;
	irq_handler_t thread_fn;
	unsigned long flags;
	const char *name;
	void *dev_id;
	struct irq_action *next;
};

struct irq_desc {
	struct irq_action *actions;
	unsigned int disable_depth;
	bool pending;
	const void *running;		/* thread delivering it, or NULL */
	struct host_irq_stats stats;
};

static struct irq_desc descs[HOST_NR_IRQS];
static pthread_mutex_t irq_lock = PTHREAD_MUTEX_INITIALIZER;
static unsigned int nr_pending;		/* fast path for MMIO accesses */
static __thread char this_thread;	/* its address names the thread */

static struct irq_desc *desc_of(unsigned int irq)
{
	if (irq >= HOST_NR_IRQS)
		host_fatal("IRQ %u out of range (0..%d)", irq,
			   HOST_NR_IRQS - 1);
	return &descs[irq];
}

int host_irq_linux(unsigned int line)
{
	return line;
}

void host_irq_raise(unsigned int irq)
{
	struct irq_desc *d = desc_of(irq);

	pthread_mutex_lock(&irq_lock);
	d->stats.raised++;
	if (!d->pending) {
		d->pending = true;
		__atomic_add_fetch(&nr_pending, 1, __ATOMIC_RELAXED);
	}
	pthread_mutex_unlock(&irq_lock);
}

static bool deliverable(const struct irq_desc *d)
{
	return d->pending && d->actions && !d->disable_depth && !d->running;
}

/* Claim one deliverable line; irq_lock held. */
static int claim_pending(void)
{
	unsigned int irq;

	if (!nr_pending)
		return -1;
	for (irq = 0; irq < HOST_NR_IRQS; irq++) {
		struct irq_desc *d = &descs[irq];

		if (!deliverable(d))
			continue;
		d->pending = false;
		__atomic_sub_fetch(&nr_pending, 1, __ATOMIC_RELAXED);
		d->running = &this_thread;
		d->stats.delivered++;
		return irq;
	}
	return -1;
}

/* Run the handlers of one line; returns whether a thread_fn must run. */
static bool run_handlers(unsigned int irq, struct irq_desc *d)
{
	unsigned long handled = 0, none = 0;
	struct irq_action *a, *next;
	bool was_off, was_hardirq, wake = false;
	irqreturn_t ret;

	host_cpu_enter_hardirq(&was_off, &was_hardirq);
	for (a = d->actions; a; a = next) {
		next = a->next;
		ret = a->handler(irq, a->dev_id);
		if (ret == IRQ_WAKE_THREAD && a->thread_fn)
			wake = true;
		if (ret == IRQ_NONE)
			none++;
		else
			handled++;
	}
	host_cpu_exit_hardirq(was_off, was_hardirq);

	pthread_mutex_lock(&irq_lock);
	d->stats.handled += handled;
	d->stats.none += none;
	if (!handled)
		d->stats.unhandled++;
	d->running = NULL;
	pthread_mutex_unlock(&irq_lock);
	return wake;
}

/* Threaded handlers run in process context right after the hardirq. */
static void run_threads(unsigned int irq, struct irq_desc *d)
{
	struct irq_action *a;

	for (a = d->actions; a; a = a->next)
		if (a->thread_fn)
			a->thread_fn(irq, a->dev_id);
}

void host_irq_deliver(void)
{
	int irq;

	if (!__atomic_load_n(&nr_pending, __ATOMIC_RELAXED) ||
	    !host_cpu_may_take_irq())
		return;
	for (;;) {
		pthread_mutex_lock(&irq_lock);
		irq = claim_pending();
		pthread_mutex_unlock(&irq_lock);
		if (irq < 0)
			return;
		if (run_handlers(irq, &descs[irq]))
			run_threads(irq, &descs[irq]);
	}
}

void host_irq_poll(void)
{
	host_hrtimer_run();
	host_irq_deliver();
}

bool host_irq_pending(unsigned int irq)
{
	bool p;

	pthread_mutex_lock(&irq_lock);
	p = desc_of(irq)->pending;
	pthread_mutex_unlock(&irq_lock);
	return p;
}

bool host_irq_has_handler(unsigned int irq)
{
	bool h;

	pthread_mutex_lock(&irq_lock);
	h = desc_of(irq)->actions != NULL;
	pthread_mutex_unlock(&irq_lock);
	return h;
}

void host_irq_get_stats(unsigned int irq, struct host_irq_stats *st)
{
	pthread_mutex_lock(&irq_lock);
	*st = desc_of(irq)->stats;
	pthread_mutex_unlock(&irq_lock);
}

void host_irq_reset_stats(void)
{
	unsigned int i;

	pthread_mutex_lock(&irq_lock);
	for (i = 0; i < HOST_NR_IRQS; i++)
		memset(&descs[i].stats, 0, sizeof(descs[i].stats));
	pthread_mutex_unlock(&irq_lock);
}

/* Wait until no other thread runs the handlers of d; irq_lock held. */
static void wait_not_running(unsigned int irq, struct irq_desc *d)
{
	if (d->running == &this_thread)
		host_fatal("IRQ %u: synchronize/free/disable_irq from its own "
			   "handler (deadlock)", irq);
	while (d->running) {
		pthread_mutex_unlock(&irq_lock);
		sched_yield();
		pthread_mutex_lock(&irq_lock);
	}
}

static int add_action(unsigned int irq, struct irq_action *na)
{
	struct irq_desc *d = desc_of(irq);
	struct irq_action **pp;

	for (pp = &d->actions; *pp; pp = &(*pp)->next) {
		if (!((*pp)->flags & na->flags & IRQF_SHARED))
			return -EBUSY;
	}
	*pp = na;
	return 0;
}

int request_threaded_irq(unsigned int irq, irq_handler_t handler,
			 irq_handler_t thread_fn, unsigned long flags,
			 const char *name, void *dev_id)
{
	struct irq_action *na;
	int ret;

	if (irq >= HOST_NR_IRQS || (!handler && !thread_fn))
		return -EINVAL;
	if ((flags & IRQF_SHARED) && !dev_id)
		return -EINVAL;
	if (host_fail_check(HOST_FAULT_IRQ))
		return -EBUSY;
	na = calloc(1, sizeof(*na));
	if (!na)
		return -ENOMEM;
	/* A NULL primary handler means "always wake the thread". */
	*na = (struct irq_action){ handler, thread_fn, flags, name, dev_id };
	pthread_mutex_lock(&irq_lock);
	ret = add_action(irq, na);
	if (!ret && (flags & IRQF_NO_AUTOEN) && !na->next &&
	    descs[irq].actions == na)
		descs[irq].disable_depth++;
	pthread_mutex_unlock(&irq_lock);
	if (ret) {
		free(na);
		return ret;
	}
	host_irq_deliver();
	return 0;
}

const void *free_irq(unsigned int irq, void *dev_id)
{
	struct irq_desc *d = desc_of(irq);
	struct irq_action **pp, *a = NULL;
	const char *name = NULL;

	pthread_mutex_lock(&irq_lock);
	wait_not_running(irq, d);
	for (pp = &d->actions; *pp; pp = &(*pp)->next) {
		if ((*pp)->dev_id == dev_id) {
			a = *pp;
			*pp = a->next;
			break;
		}
	}
	if (!d->actions)
		d->disable_depth = 0;
	pthread_mutex_unlock(&irq_lock);
	if (!a) {
		WARN(1, "free_irq(%u): no handler with dev_id %p", irq, dev_id);
		return NULL;
	}
	name = a->name;
	free(a);
	return name;
}

void disable_irq_nosync(unsigned int irq)
{
	pthread_mutex_lock(&irq_lock);
	desc_of(irq)->disable_depth++;
	pthread_mutex_unlock(&irq_lock);
}

void disable_irq(unsigned int irq)
{
	pthread_mutex_lock(&irq_lock);
	desc_of(irq)->disable_depth++;
	wait_not_running(irq, &descs[irq]);
	pthread_mutex_unlock(&irq_lock);
}

void enable_irq(unsigned int irq)
{
	struct irq_desc *d = desc_of(irq);
	bool unbalanced;

	pthread_mutex_lock(&irq_lock);
	unbalanced = !d->disable_depth;
	if (!unbalanced)
		d->disable_depth--;
	pthread_mutex_unlock(&irq_lock);
	WARN(unbalanced, "Unbalanced enable for IRQ %u", irq);
	host_irq_deliver();
}

void synchronize_irq(unsigned int irq)
{
	pthread_mutex_lock(&irq_lock);
	wait_not_running(irq, desc_of(irq));
	pthread_mutex_unlock(&irq_lock);
}

/* Between test cases: forget edges and counters, keep handlers. */
static void irq_reset(void)
{
	unsigned int i;

	pthread_mutex_lock(&irq_lock);
	for (i = 0; i < HOST_NR_IRQS; i++) {
		descs[i].pending = false;
		descs[i].running = NULL;
		memset(&descs[i].stats, 0, sizeof(descs[i].stats));
	}
	__atomic_store_n(&nr_pending, 0, __ATOMIC_RELAXED);
	pthread_mutex_unlock(&irq_lock);
}

static void __attribute__((constructor)) irq_register(void)
{
	host_register_internal_reset(irq_reset);
}
