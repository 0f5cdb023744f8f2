// SPDX-License-Identifier: GPL-2.0
/*
 * TI EDMA3 private API: when a channel is stopped or freed, wait for the
 * transfer requests (TRs) it had already submitted.
 *
 * Clearing a channel's event registers does not recall a TR the channel
 * controller has put on an event queue or handed to a transfer controller:
 * that TR still moves its data and, when it ends, sets the IPR bit of its
 * completion code.  Reported then, it would reach whoever holds the
 * channel next (the stopped client, the same client restarted, or a new
 * owner) as a completion of a transfer that did not happen.  So stop and
 * free wait, with the channel's generation held odd so that no handler
 * reports or clears its bit meanwhile, until none of its TRs is left where
 * a late completion can come from; then the caller clears its events
 * again, dropping what those TRs left.
 *
 * No register counts a channel's outstanding TRs, but the trigger
 * registers, the queue and the TC name them: a trigger the queue had no
 * room for is still in ESR or CER, a queue entry (QxEy) carries the event
 * number of the channel that submitted it, and the TC's source-active and
 * destination FIFO register sets carry the completion code (TCC) of the
 * TRs they hold.
 * Queues and TCs are strict FIFOs, so the wait is bounded by the TRs ahead
 * of the channel's own, however much traffic other clients add after it.
 * The one TR a TC does not show is the one in its program register set
 * (TCSTAT.PROGBUSY); it counts as possibly the channel's until the queue
 * has handed the TC a later TR.
 *
 * The wait polls with interrupts off (edma_lock is held), as it must for
 * callers in atomic context; in the normal case, a channel stopped with
 * nothing in flight, it costs four register reads (and the caller's second
 * round of clears, five posted writes).  A channel whose TR has
 * not left after EDMA_DRAIN_TIMEOUT_US (a TC hung, or a queue full of very
 * long TRs) is reported, and its late completion may then still arrive.
 */

#include <linux/delay.h>
#include <linux/device.h>
#include <linux/io.h>
#include <linux/ktime.h>

#include "edma-internal.h"

#define EDMA_DRAIN_POLL_US	1
#define EDMA_DRAIN_TIMEOUT_US	2000

/* What a drain of one channel looks at, and what it has seen so far. */
struct edma_drain {
	void __iomem	*tc;	/* the TC serving the queue, or NULL */
	unsigned int	ch;
	unsigned int	queue;
	int		head;	/* queue head once ch's entry had left, or -1 */
};

/* The registers of the TC serving queue q, if the library mapped them. */
static void __iomem *edma_queue_tc_regs(struct edma_cc *cc, unsigned int q)
{
	if (cc->dt_tc[q])
		return cc->dt_tc[q]->base;
	return cc->tc[cc->queue_tc[q]].base;
}

/* Does a valid entry of queue q (QSTAT qstat) come from channel ch? */
static bool edma_queue_holds(struct edma_cc *cc, unsigned int q, u32 qstat,
			     unsigned int ch)
{
	unsigned int head = QSTAT_STRTPTR(qstat), n = QSTAT_NUMVAL(qstat), i;
	u32 e;

	for (i = 0; i < n && i < EDMA_QUEUE_DEPTH; i++) {
		e = edma_read(cc, EDMA_QE(q, (head + i) % EDMA_QUEUE_DEPTH));
		if (QE_ETYPE(e) != QE_ETYPE_QDMA && QE_ENUM(e) == ch)
			return true;
	}
	return false;
}

/* Does a register set of TC tc (TCSTAT tcstat) hold a TR with TCC ch? */
static bool edma_tc_holds(void __iomem *tc, u32 tcstat, unsigned int ch)
{
	unsigned int i, sets;

	if ((tcstat & TCSTAT_SRCACTV) &&
	    TC_OPT_TCC(readl(tc + TC_SAOPT)) == ch)
		return true;
	if (!TCSTAT_DSTACTV(tcstat))
		return false;
	/*
	 * Which sets are in use needs the FIFO's head pointer, whose bits
	 * the TRMs place differently, so every set the TC has is looked at.
	 * A set left over from a TR that ended makes the wait longer, never
	 * wrong: the FIFO empties, or the next TRs overwrite it.
	 */
	sets = 1U << TCCFG_DREGDEPTH(readl(tc + TC_TCCFG));
	for (i = 0; i < sets && i < TC_DF_SETS; i++) {
		if (TC_OPT_TCC(readl(tc + TC_DFOPT(i))) == ch)
			return true;
	}
	return false;
}

/*
 * Is a manual or chained trigger of channel ch still pending?  One that
 * found its queue full waits in ESR or CER, on no queue, until an entry
 * leaves; the CC queues it then.
 */
static bool edma_trigger_pending(struct edma_cc *cc, unsigned int ch)
{
	unsigned int sh = EDMA_SHADOW0 + (ch >> 5) * 4;

	return (edma_read(cc, sh + SH_ESR) | edma_read(cc, sh + SH_CER)) &
	       BIT(ch & 31);
}

/* May a TR of the channel still end and set its IPR bit? */
static bool edma_drain_busy(struct edma_cc *cc, struct edma_drain *d)
{
	u32 qstat = edma_read(cc, EDMA_QSTAT(d->queue));
	u32 tcstat;

	if (edma_trigger_pending(cc, d->ch) ||
	    edma_queue_holds(cc, d->queue, qstat, d->ch)) {
		d->head = -1;
		return true;
	}
	if (d->head < 0)
		d->head = QSTAT_STRTPTR(qstat);
	if (!d->tc)
		return false;
	tcstat = readl(d->tc + TC_TCSTAT);
	/* the program set takes a queue's next TR only once it is empty */
	if ((tcstat & TCSTAT_PROGBUSY) && QSTAT_STRTPTR(qstat) == d->head)
		return true;
	return edma_tc_holds(d->tc, tcstat, d->ch);
}

/*
 * Wait until no TR of channel ch is pending, on its queue or in its TC (see
 * the top of this file).  Called with edma_lock held, the channel's event off
 * and its generation odd.
 */
void edma_drain_chan_locked(struct edma_cc *cc, unsigned int ch)
{
	struct edma_drain d = {
		.ch = ch,
		.queue = cc->client[ch].queue,
		.head = -1,
	};
	ktime_t start;
	s64 waited;

	lockdep_assert_held(&edma_lock);
	d.tc = edma_queue_tc_regs(cc, d.queue);
	if (!edma_drain_busy(cc, &d))
		return;
	start = ktime_get();
	do {
		udelay(EDMA_DRAIN_POLL_US);
		waited = ktime_us_delta(ktime_get(), start);
		if (waited > EDMA_DRAIN_TIMEOUT_US) {
			dev_warn_ratelimited(cc->dev,
					     "channel %u: a transfer is still in flight after %lld us; its completion may arrive late\n",
					     ch, waited);
			break;
		}
	} while (edma_drain_busy(cc, &d));
}
