/* SPDX-License-Identifier: GPL-2.0 */
/*
 * High-resolution timers on the simulated clock (hrtimer.c).  An armed
 * timer fires when host_irq_poll() runs after the clock has passed its
 * expiry, in hard-IRQ context, as a real hrtimer does.
 */
#ifndef _LINUX_HRTIMER_H
#define _LINUX_HRTIMER_H

#include <linux/compiler.h>
#include <linux/ktime.h>
#include <linux/types.h>

enum hrtimer_restart {
	HRTIMER_NORESTART,
	HRTIMER_RESTART,
};

enum hrtimer_mode {
	HRTIMER_MODE_ABS = 0,
	HRTIMER_MODE_REL = 1,
};

#define CLOCK_MONOTONIC		1

struct hrtimer {
	enum hrtimer_restart (*function)(struct hrtimer *timer);
	ktime_t expires;
	bool armed;
	struct hrtimer *next;		/* on the shim's armed list */
};

void hrtimer_init(struct hrtimer *timer, int clock_id, enum hrtimer_mode mode);
void hrtimer_start(struct hrtimer *timer, ktime_t tim, enum hrtimer_mode mode);
int hrtimer_cancel(struct hrtimer *timer);
int hrtimer_try_to_cancel(struct hrtimer *timer);
u64 hrtimer_forward_now(struct hrtimer *timer, ktime_t interval);

static inline bool hrtimer_active(const struct hrtimer *timer)
{
	return timer->armed;
}

/* On the armed list: not while its callback runs (it is unlinked then). */
static inline bool hrtimer_is_queued(struct hrtimer *timer)
{
	return READ_ONCE(timer->armed);
}

#endif
