// SPDX-License-Identifier: GPL-2.0
/*
 * TI EDMA3 private API: the completion, error and transfer controller
 * error interrupts.  The handlers take no lock: they note the channels'
 * generations before they read the event registers and report an event
 * only to the generation it belongs to (see edma.c).
 */

#include <linux/atomic.h>
#include <linux/bitops.h>
#include <linux/device.h>
#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/platform_data/edma.h>
#include <linux/seqlock.h>

#include "edma-internal.h"

#include <trace/events/edma.h>

/* Generation of channel ch as a handler notes it before reading events. */
static unsigned int edma_gen(struct edma_cc *cc, unsigned int ch)
{
	return raw_read_seqcount(&cc->client[ch].gen);
}

/* Note the generation of every channel (error handlers). */
static void edma_gen_all(struct edma_cc *cc, unsigned int *gen)
{
	unsigned int ch;

	for (ch = 0; ch < cc->num_channels; ch++)
		gen[ch] = edma_gen(cc, ch);
	/* generations before the event registers */
	smp_rmb();
}

/*
 * Report status to the callback of channel ch if the channel is still in
 * generation gen (see the top of edma.c).  No lock is held, so the
 * callback may call back into this API.
 */
static void edma_report(struct edma_cc *cc, unsigned int ch, u16 status,
			unsigned int gen)
{
	struct edma_client *c = &cc->client[ch];
	void (*callback)(unsigned int channel, u16 ch_status, void *data);
	void *data;

	atomic_inc(&c->busy);
	/* busy before the generation; pairs with edma_client_sync() */
	smp_mb__after_atomic();
	callback = READ_ONCE(c->callback);
	data = READ_ONCE(c->data);
	if (!(gen & 1) && !read_seqcount_retry(&c->gen, gen) && callback)
		callback(EDMA_CTLR_CHAN(cc->id, ch), status, data);
	/* the callback's accesses before busy drops; edma_client_sync() */
	smp_mb__before_atomic();
	atomic_dec(&c->busy);
}

/* The bits of bank set in bits whose channel moved generation since gen. */
static u32 edma_gen_moved(struct edma_cc *cc, unsigned int bank,
			  unsigned long bits, const unsigned int *gen)
{
	unsigned int bit, ch;
	u32 moved = 0;

	for_each_set_bit(bit, &bits, 32) {
		ch = bank * 32 + bit;
		if ((gen[ch] & 1) ||
		    read_seqcount_retry(&cc->client[ch].gen, gen[ch]))
			moved |= BIT(bit);
	}
	return moved;
}

/* Report status to every allocated channel on a queue in queue_mask. */
static void edma_report_queues(struct edma_cc *cc, unsigned long queue_mask,
			       u16 status, const unsigned int *gen)
{
	unsigned int ch;

	for (ch = 0; ch < cc->num_channels; ch++) {
		if (test_bit(ch, cc->slot_inuse) &&
		    (queue_mask & BIT(READ_ONCE(cc->client[ch].queue))))
			edma_report(cc, ch, status, gen[ch]);
	}
}

/*
 * Completion interrupt of shadow region 0.  Both banks are serviced on
 * every interrupt; IPR bits are cleared before the callbacks run, and the
 * final IEVAL write makes the controller pulse the line again if anything
 * completed meanwhile (the line is edge-triggered).  A pending bit whose
 * channel changed generation after it was noted is left set: if it is
 * stale, edma_stop() has cleared it already; if it is set again, it
 * belongs to the new generation and the IEVAL pulse brings it back.
 */
irqreturn_t edma_completion_handler(int irq, void *dev_id)
{
	struct edma_cc *cc = dev_id;
	unsigned int bank, nbanks = DIV_ROUND_UP(cc->num_channels, 32);
	unsigned int gen[32];
	struct edma_client *c;
	unsigned long pending, ier;
	bool handled = false;
	unsigned int bit;

	for (bank = 0; bank < nbanks; bank++) {
		ier = READ_ONCE(cc->ier[bank]);
		for_each_set_bit(bit, &ier, 32)
			gen[bit] = edma_gen(cc, bank * 32 + bit);
		/* generations before IPR */
		smp_rmb();
		pending = edma_read(cc, EDMA_SHADOW0 + SH_IPR + bank * 4) & ier;
		if (!pending)
			continue;
		handled = true;
		for_each_set_bit(bit, &pending, 32) {
			c = &cc->client[bank * 32 + bit];
			if ((gen[bit] & 1) || read_seqcount_retry(&c->gen,
								  gen[bit]))
				__clear_bit(bit, &pending);
		}
		if (pending)
			edma_write(cc, EDMA_SHADOW0 + SH_ICR + bank * 4,
				   pending);
		for_each_set_bit(bit, &pending, 32) {
			trace_edma_chan_complete(cc->id, bank * 32 + bit);
			edma_report(cc, bank * 32 + bit, EDMA_DMA_COMPLETE,
				    gen[bit]);
		}
	}
	if (!handled)
		return IRQ_NONE;
	edma_write(cc, EDMA_SHADOW0 + SH_IEVAL, 1);
	return IRQ_HANDLED;
}

static void edma_handle_missed(struct edma_cc *cc, unsigned int bank,
			       unsigned long missed, const unsigned int *gen)
{
	unsigned int bit;

	edma_write(cc, EDMA_EMCR + bank * 4, missed);
	edma_write(cc, EDMA_SHADOW0 + SH_SECR + bank * 4, missed);
	for_each_set_bit(bit, &missed, 32) {
		atomic_inc(&cc->errs.missed_event);
		trace_edma_error(cc->id, EDMA_TRACE_MISSED_EVENT,
				 bank * 32 + bit, missed);
		edma_report(cc, bank * 32 + bit, EDMA_DMA_CC_ERROR,
			    gen[bank * 32 + bit]);
	}
}

static void edma_handle_ccerr(struct edma_cc *cc, u32 ccerr,
			      const unsigned int *gen)
{
	unsigned long qthr = ccerr & CCERR_QTHRXCD_MASK;
	unsigned int ch, q;

	edma_write(cc, EDMA_CCERRCLR, ccerr);
	for_each_set_bit(q, &qthr, EDMA_MAX_TC) {
		atomic_inc(&cc->errs.queue_threshold[q]);
		trace_edma_error(cc->id, EDMA_TRACE_QUEUE_THRESHOLD, q, ccerr);
	}
	if (ccerr & CCERR_TCCERR) {
		atomic_inc(&cc->errs.tcc_error);
		trace_edma_error(cc->id, EDMA_TRACE_TCC_ERROR, 0, ccerr);
	}
	if (qthr) {
		dev_warn_ratelimited(cc->dev, "event queue threshold exceeded (CCERR %#x)\n",
				     ccerr);
		edma_report_queues(cc, ccerr & CCERR_QTHRXCD_MASK,
				   EDMA_DMA_QUEUE_ERROR, gen);
	}
	if (ccerr & CCERR_TCCERR) {
		dev_warn_ratelimited(cc->dev, "too many outstanding completion codes\n");
		for (ch = 0; ch < cc->num_channels; ch++) {
			if (test_bit(ch, cc->slot_inuse))
				edma_report(cc, ch, EDMA_DMA_TCC_ERROR,
					    gen[ch]);
		}
	}
}

/*
 * Error interrupt: missed events (EMR) go to the channel concerned, queue
 * threshold errors to the channels on that queue, TCC errors to everyone.
 *
 * The line is shared with the other core (the DSP), so Linux clears only
 * what is its own: missed events of reserved channels, and QDMA missed
 * events (Linux uses no QDMA channel), are left for the other core's
 * handler, which re-arms the line with EEVAL as this one does.  EEVAL is
 * written only after clearing something, so leftovers of the other core
 * do not make the two handlers re-pulse each other forever.
 */
irqreturn_t edma_error_handler(int irq, void *dev_id)
{
	struct edma_cc *cc = dev_id;
	unsigned int bank, nbanks = DIV_ROUND_UP(cc->num_channels, 32);
	u32 emr[EDMA_BANKS] = { 0 }, ccerr;
	unsigned int gen[EDMA_MAX_DMACH];
	bool any = false;

	edma_gen_all(cc, gen);
	for (bank = 0; bank < nbanks; bank++) {
		emr[bank] = edma_read(cc, EDMA_EMR + bank * 4) &
			    ~cc->rsv_mask[bank];
		any |= emr[bank] != 0;
	}
	ccerr = edma_read(cc, EDMA_CCERR);
	if (!any && !ccerr)
		return IRQ_NONE;

	/*
	 * A missed event of a channel whose generation moved since it was
	 * noted stays in EMR: every move clears the old one first (EMCR in
	 * edma_stop_locked()), so it is the new generation's, and the EEVAL
	 * write below brings it back to a run that sees that generation.
	 */
	for (bank = 0; bank < nbanks; bank++)
		emr[bank] &= ~edma_gen_moved(cc, bank, emr[bank], gen);
	for (bank = 0; bank < nbanks; bank++) {
		if (emr[bank])
			edma_handle_missed(cc, bank, emr[bank], gen);
	}
	if (ccerr)
		edma_handle_ccerr(cc, ccerr, gen);
	edma_write(cc, EDMA_EEVAL, 1);
	return IRQ_HANDLED;
}

/*
 * Transfer controller error: the failing request's TCC names the client.
 * If that channel is not ours, everyone on the TC's queues hears about it.
 * A device-tree TC whose controller is not (or no longer) there only
 * clears the error.
 */
irqreturn_t edma_tc_error_handler(int irq, void *dev_id)
{
	struct edma_tc *tc = dev_id;
	struct edma_cc *cc = READ_ONCE(tc->cc);
	unsigned int gen[EDMA_MAX_DMACH];
	unsigned long queues = 0;
	u32 errstat, errdet;
	unsigned int ch, q;

	errstat = readl(tc->base + TC_ERRSTAT);
	if (!errstat)
		return IRQ_NONE;
	errdet = readl(tc->base + TC_ERRDET);
	writel(errstat, tc->base + TC_ERRCLR);
	if (!cc) {
		/* a TC node whose controller is not there: nobody to tell */
		dev_err_ratelimited(tc->dev, "TC error: ERRSTAT %#x ERRDET %#x\n",
				    errstat, errdet);
		goto rearm;
	}
	/*
	 * Nothing tells whether the failing request was accepted before or
	 * after its channel last moved generation: edma_stop() waits for
	 * the channel's requests to leave the TC, but cannot clear a TC's
	 * error, which may be latched by then.  So it goes to the channel's
	 * generation of now; noting it only here still keeps it from a
	 * channel an earlier callback of this run stops or frees.
	 */
	edma_gen_all(cc, gen);
	dev_err_ratelimited(cc->dev, "TC%u error: ERRSTAT %#x ERRDET %#x\n",
			    tc->index, errstat, errdet);
	if (tc->index < EDMA_MAX_TC)
		atomic_inc(&cc->errs.tc_error[tc->index]);
	trace_edma_error(cc->id, EDMA_TRACE_TC_ERROR, tc->index, errstat);

	for (q = 0; q < cc->num_tc; q++) {
		if (cc->queue_tc[q] == tc->index)
			queues |= BIT(q);
	}
	ch = TC_ERRDET_TCC(errdet);
	if (ch < cc->num_channels && test_bit(ch, cc->slot_inuse) &&
	    (queues & BIT(READ_ONCE(cc->client[ch].queue))))
		edma_report(cc, ch, EDMA_DMA_TC_ERROR, gen[ch]);
	else
		edma_report_queues(cc, queues, EDMA_DMA_TC_ERROR, gen);
rearm:
	writel(1, tc->base + TC_ERRCMD);
	return IRQ_HANDLED;
}
