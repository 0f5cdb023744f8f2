// SPDX-License-Identifier: GPL-2.0
/*
 * hrtimers for the shim: a list of armed timers, run from host_irq_poll()
 * once the simulated clock has passed their expiry.  One thread at a time
 * drives the timers of a test, so the list needs no lock of its own.
 */
#include <linux/hrtimer.h>
#include <linux/kernel.h>

#include "host_internal.h"

static struct hrtimer *armed;

static void unlink_timer(struct hrtimer *t)
{
	struct hrtimer **pp;

	for (pp = &armed; *pp; pp = &(*pp)->next) {
		if (*pp == t) {
			*pp = t->next;
			break;
		}
	}
	t->next = NULL;
	t->armed = false;
}

void hrtimer_init(struct hrtimer *timer, int clock_id, enum hrtimer_mode mode)
{
	timer->function = NULL;
	timer->expires = 0;
	timer->armed = false;
	timer->next = NULL;
}

void hrtimer_start(struct hrtimer *timer, ktime_t tim, enum hrtimer_mode mode)
{
	if (timer->armed)
		unlink_timer(timer);
	timer->expires = mode == HRTIMER_MODE_REL ? ktime_get() + tim : tim;
	timer->armed = true;
	timer->next = armed;
	armed = timer;
}

int hrtimer_try_to_cancel(struct hrtimer *timer)
{
	if (!timer->armed)
		return 0;
	unlink_timer(timer);
	return 1;
}

int hrtimer_cancel(struct hrtimer *timer)
{
	return hrtimer_try_to_cancel(timer);
}

u64 hrtimer_forward_now(struct hrtimer *timer, ktime_t interval)
{
	ktime_t now = ktime_get();
	u64 n = 0;

	while (timer->expires <= now) {
		timer->expires += interval;
		n++;
	}
	return n;
}

/* The earliest armed timer that has expired, or NULL. */
static struct hrtimer *first_expired(ktime_t now)
{
	struct hrtimer *t, *best = NULL;

	for (t = armed; t; t = t->next) {
		if (t->expires <= now && (!best || t->expires < best->expires))
			best = t;
	}
	return best;
}

/* Fire expired timers in hard-IRQ context, earliest first. */
void host_hrtimer_run(void)
{
	bool was_off, was_hardirq;
	struct hrtimer *t;

	if (!armed || !host_cpu_may_take_irq())
		return;
	while ((t = first_expired(ktime_get()))) {
		unlink_timer(t);
		host_cpu_enter_hardirq(&was_off, &was_hardirq);
		if (t->function(t) == HRTIMER_RESTART && !t->armed &&
		    t->expires > ktime_get()) {
			t->armed = true;
			t->next = armed;
			armed = t;
		}
		host_cpu_exit_hardirq(was_off, was_hardirq);
	}
}

static void hrtimer_reset(void)
{
	while (armed)
		unlink_timer(armed);
}

static void __attribute__((constructor)) hrtimer_register_reset(void)
{
	host_register_internal_reset(hrtimer_reset);
}
