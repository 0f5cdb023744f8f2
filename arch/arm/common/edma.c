// SPDX-License-Identifier: GPL-2.0
/*
 * TI EDMA3 channel controller: the private EDMA API (edma_*).
 *
 * One struct edma_cc per channel controller.  Controllers come from
 * platform data (the 3.x "edma" device carrying up to EDMA_MAX_CC
 * controllers, or one "edma" device per controller as later kernels
 * register them) or from the device tree ("ti,edma3", "ti,edma3-tpcc"),
 * and are kept on a list, so there is no fixed limit on their number.
 *
 * Linux drives each controller through shadow region 0 and owns only the
 * channels and PaRAM slots it allocated: resources a board reserves for
 * another core (the DSP) are never allocated or written, and the region
 * registers of other regions are left as the other core set them.
 *
 * Locking: one spinlock, edma_lock, protects the controller list, every
 * controller's allocation state and software register copies, and every
 * read-modify-write of a controller register.  The API is a control path
 * (data paths batch their work), so one lock costs nothing measurable and
 * keeps the order of operations obvious.  No function sleeps, so the whole
 * API may be called from any context, including a channel callback running
 * in hard-IRQ context.  Callbacks are called without the lock held.
 *
 * Interrupts and callbacks: the handlers take no lock.  Every channel has
 * a generation, a sequence count bumped under edma_lock by allocation,
 * edma_stop() and edma_free_channel(), which also covers the callback and
 * data, so the pair is read as one unit.  A handler notes the generations
 * before it reads the event registers (IPR, EMR, CCERR, TC ERRSTAT) and
 * calls a callback only if the channel's generation is still the noted
 * one: whatever stopped, freed or reallocated the channel since, on this
 * CPU (an earlier callback of the same interrupt) or another, drops the
 * old event.  A completion whose generation moved before IPR is cleared
 * stays in IPR for the next run of the handler, so a new transfer's
 * completion is not lost.  A handler marks the channel busy before its
 * check (full barriers on both sides, as in Dekker's protocol), and
 * edma_free_channel() waits until the channel is not busy unless it is
 * called in hard-IRQ context (from a callback): after it returns, no
 * callback of the freed channel is running or will run.  edma_stop() does
 * not wait for callbacks, since clients call it holding locks their
 * callback takes; a callback that already passed its check on another CPU
 * may still be running when it returns, but no other one for the stopped
 * transfer follows.  A transfer request the controller had already queued
 * or handed to a transfer controller cannot be taken back: stop and free
 * wait for the channel's own requests to end, with its generation held
 * odd, and then clear the channel's events again (edma-drain.c), so their
 * late completion or missed event reaches nobody.
 *
 * This file holds the controller list and the channel and slot API; see
 * edma-internal.h for the other files of the library.
 */

#include <linux/atomic.h>
#include <linux/bitmap.h>
#include <linux/build_bug.h>
#include <linux/device.h>
#include <linux/err.h>
#include <linux/export.h>
#include <linux/hardirq.h>
#include <linux/io.h>
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/platform_data/edma.h>
#include <linux/printk.h>
#include <linux/seqlock.h>
#include <linux/spinlock.h>

#include "edma-internal.h"

#define CREATE_TRACE_POINTS
#include <trace/events/edma.h>

static_assert(sizeof(struct edmacc_param) == PARM_SIZE);

const struct edmacc_param edma_dummy_paramset = {
	.link_bcntrld = PARM_LINK_NULL,
	.ccnt = 1,
};

LIST_HEAD(edma_ccs);
DEFINE_SPINLOCK(edma_lock);

/* The controller numbered ctlr, or NULL.  Called with edma_lock held. */
struct edma_cc *edma_find_cc(unsigned int ctlr)
{
	struct edma_cc *cc;

	lockdep_assert_held(&edma_lock);
	list_for_each_entry(cc, &edma_ccs, node) {
		if (cc->id == ctlr)
			return cc;
	}
	pr_err("edma: no controller %u\n", ctlr);
	return NULL;
}

/*
 * The API's prologue, edma_lock_*ctlr(): take edma_lock and return the
 * controller a handle names, or NULL after reporting what is wrong with
 * the handle.  Each returns with edma_lock held whatever it finds, and the
 * caller unlocks with edma_unlock() on every path: unlike a lock taken on
 * success only (__cond_acquires), that is a balance sparse can check.
 */

/* Controller number ctlr. */
struct edma_cc *edma_lock_ctlr(unsigned int ctlr, unsigned long *flags)
	__acquires(&edma_lock)
{
	edma_lock_irqsave(flags);
	return edma_find_cc(ctlr);
}

/* The controller of channel handle channel, which Linux allocated. */
struct edma_cc *edma_lock_chan_ctlr(unsigned int channel, const char *func,
				    unsigned long *flags)
	__acquires(&edma_lock)
{
	unsigned int ch = EDMA_CHAN_SLOT(channel);
	struct edma_cc *cc = edma_lock_ctlr(EDMA_CTLR(channel), flags);

	if (cc && (ch >= cc->num_channels || !test_bit(ch, cc->slot_inuse))) {
		dev_err(cc->dev, "%s: channel %u is not allocated\n", func,
			ch);
		return NULL;
	}
	return cc;
}

/* The controller of slot handle slot, which Linux allocated (channels' too). */
struct edma_cc *edma_lock_slot_ctlr(unsigned int slot, const char *func,
				    unsigned long *flags)
	__acquires(&edma_lock)
{
	unsigned int n = EDMA_CHAN_SLOT(slot);
	struct edma_cc *cc = edma_lock_ctlr(EDMA_CTLR(slot), flags);

	if (cc && !edma_slot_owned(cc, n)) {
		dev_err(cc->dev, "%s: slot %u is not allocated\n", func, n);
		return NULL;
	}
	return cc;
}

void edma_set_queue(struct edma_cc *cc, unsigned int ch, unsigned int queue)
{
	unsigned int shift = (ch & 7) * 4;

	edma_modify(cc, EDMA_DMAQNUM + (ch >> 3) * 4, 0x7 << shift,
		    queue << shift);
	/* the error handlers read it without the lock */
	WRITE_ONCE(cc->client[ch].queue, queue);
}

/* Started by its peripheral event (else by software)?  See chan_claimed. */
static bool edma_chan_is_event(struct edma_cc *cc, unsigned int ch)
{
	return test_bit(ch, cc->chan_claimed) && !test_bit(ch, cc->chan_manual);
}

/*
 * Start a new generation of channel ch with this callback and data: events
 * the handlers noted before are not reported.  edma_lock held.
 */
static void edma_client_set(struct edma_cc *cc, unsigned int ch,
			    void (*callback)(unsigned int channel,
					     u16 ch_status, void *data),
			    void *data)
{
	struct edma_client *c = &cc->client[ch];

	/*
	 * edma_lock serializes the writers; the raw variants keep lockdep
	 * from taking the count for a lock of its own, which the handlers'
	 * callbacks (taking edma_lock in hard IRQ) would report as an
	 * irq-unsafe lock inversion.
	 */
	lockdep_assert_held(&edma_lock);
	raw_write_seqcount_begin(&c->gen);
	WRITE_ONCE(c->callback, callback);
	WRITE_ONCE(c->data, data);
	raw_write_seqcount_end(&c->gen);
}

/*
 * Wait until no handler on another CPU is inside a callback of channel
 * ch, whose generation the caller has just moved.  Not from hard-IRQ
 * context: a handler of ours may be the caller, and handlers never wait,
 * so waiting only outside them cannot deadlock among them.
 */
static void edma_client_sync(struct edma_cc *cc, unsigned int ch)
{
	if (in_hardirq())
		return;
	/* generation bumped before busy is read; pairs with edma_report() */
	smp_mb();
	while (atomic_read(&cc->client[ch].busy))
		cpu_relax();
}

/* Disable the event, drop anything latched and any pending completion. */
void edma_stop_locked(struct edma_cc *cc, unsigned int ch)
{
	lockdep_assert_held(&edma_lock);
	edma_sh_write_bit(cc, SH_EECR, ch);
	edma_sh_write_bit(cc, SH_ECR, ch);
	edma_sh_write_bit(cc, SH_SECR, ch);
	edma_write_bit(cc, EDMA_EMCR, ch);
	edma_sh_write_bit(cc, SH_ICR, ch);
	cc->eer[ch >> 5] &= ~BIT(ch & 31);
}

/*
 * Stop channel ch, wait for the requests it has in flight, and start its
 * next generation with callback and data.  The generation stays odd from
 * before the first register write until after the last IPR clear, so a
 * late request that ends meanwhile is neither reported nor cleared by a
 * handler on another CPU.  The clears are then repeated, whether or not
 * the drain saw anything: a request may end between the first clears and
 * the drain's first look, and what it leaves (IPR or, for a null set, EMR
 * and SER) must go too.  They are posted writes; a read to find out
 * whether they are needed would cost more (edma-drain.c).
 */
static void edma_stop_set_client_locked(struct edma_cc *cc, unsigned int ch,
					void (*callback)(unsigned int channel,
							 u16 ch_status,
							 void *data),
					void *data)
{
	struct edma_client *c = &cc->client[ch];

	lockdep_assert_held(&edma_lock);
	trace_edma_chan_stop(cc->id, ch);
	/* raw: see edma_client_set() */
	raw_write_seqcount_begin(&c->gen);
	edma_stop_locked(cc, ch);
	edma_drain_chan_locked(cc, ch);
	edma_stop_locked(cc, ch);
	WRITE_ONCE(c->callback, callback);
	WRITE_ONCE(c->data, data);
	raw_write_seqcount_end(&c->gen);
}

/* Stop channel ch and start its next generation, keeping its client. */
void edma_stop_client_locked(struct edma_cc *cc, unsigned int ch)
{
	edma_stop_set_client_locked(cc, ch, cc->client[ch].callback,
				    cc->client[ch].data);
}

void edma_enable_irq_locked(struct edma_cc *cc, unsigned int ch, bool enable)
{
	lockdep_assert_held(&edma_lock);
	if (enable) {
		edma_sh_write_bit(cc, SH_ICR, ch);
		edma_sh_write_bit(cc, SH_IESR, ch);
		/* the completion handler reads ier without the lock */
		WRITE_ONCE(cc->ier[ch >> 5], cc->ier[ch >> 5] | BIT(ch & 31));
	} else {
		edma_sh_write_bit(cc, SH_IECR, ch);
		WRITE_ONCE(cc->ier[ch >> 5],
			   cc->ier[ch >> 5] & ~BIT(ch & 31));
	}
}

/* Give channel ch to region 0 (Linux) or take it back. */
void edma_set_region0(struct edma_cc *cc, unsigned int ch, bool on)
{
	u32 bit = BIT(ch & 31);

	edma_modify(cc, EDMA_DRAE + (ch >> 5) * 4, bit, on ? bit : 0);
}

static int edma_resolve_queue(struct edma_cc *cc, enum dma_event_q eventq_no)
{
	if (eventq_no == EVENTQ_DEFAULT)
		return cc->default_queue;
	if ((int)eventq_no < 0 || (unsigned int)eventq_no >= cc->num_tc) {
		dev_err(cc->dev, "event queue %d does not exist\n", eventq_no);
		return -EINVAL;
	}
	return eventq_no;
}

/* Allocate channel ch to a client; returns its handle. */
static int edma_take_channel_locked(struct edma_cc *cc, unsigned int ch,
				    void (*callback)(unsigned int channel,
						     u16 ch_status,
						     void *data),
				    void *data, unsigned int queue)
{
	lockdep_assert_held(&edma_lock);
	set_bit(ch, cc->slot_inuse);
	edma_set_region0(cc, ch, true);
	if (cc->chmap_exist)
		edma_write(cc, EDMA_DCHMAP + ch * 4, ch << 5);
	edma_stop_locked(cc, ch);
	edma_write_param(cc, ch, &edma_dummy_paramset);
	edma_client_set(cc, ch, callback, data);
	cc->client[ch].owner = NULL;
	edma_enable_irq_locked(cc, ch, callback);
	edma_set_queue(cc, ch, queue);
	return EDMA_CTLR_CHAN(cc->id, ch);
}

/* First channel with no peripheral event and no owner, or -1. */
static int edma_find_manual_channel(struct edma_cc *cc)
{
	unsigned int ch;

	for (ch = 0; ch < cc->num_channels; ch++) {
		if (!test_bit(ch, cc->slot_inuse) &&
		    !test_bit(ch, cc->chan_rsv) &&
		    !test_bit(ch, cc->chan_claimed))
			return ch;
	}
	return -1;
}

static int edma_alloc_any_channel(void (*callback)(unsigned int channel,
						   u16 ch_status, void *data),
				  void *data, enum dma_event_q eventq_no)
{
	int ch, queue, ret = -ENOMEM;
	unsigned long flags;
	struct edma_cc *cc;

	edma_lock_irqsave(&flags);
	list_for_each_entry(cc, &edma_ccs, node) {
		ch = edma_find_manual_channel(cc);
		if (ch < 0)
			continue;
		queue = edma_resolve_queue(cc, eventq_no);
		if (queue < 0) {
			ret = queue;
			break;
		}
		ret = edma_take_channel_locked(cc, ch, callback, data, queue);
		break;
	}
	edma_unlock(flags);
	return ret;
}

/**
 * edma_alloc_channel - allocate a DMA channel and its PaRAM slot
 * @channel: EDMA_CTLR_CHAN(ctlr, n) for a specific channel (normally the
 *	peripheral's event), or EDMA_CHANNEL_ANY for any free channel without
 *	a peripheral event (it will be started by software)
 * @callback: called in hard-IRQ context with EDMA_CTLR_CHAN(ctlr, n) and an
 *	EDMA_DMA_* status when a transfer with TCC n completes or the channel
 *	reports an error; may be NULL
 * @data: passed to @callback
 * @eventq_no: event queue, or EVENTQ_DEFAULT for the controller's default
 *
 * The channel is stopped, its slot holds a dummy set, and its completion
 * interrupt is enabled when @callback is given.  A channel that a device's
 * DMA request names (platform resource, "dmas", slave_map, crossbar route)
 * is started by its peripheral event unless the platform lists it as a
 * memcpy channel; any other channel, and every channel from
 * EDMA_CHANNEL_ANY, is started by software, as in 3.x.
 *
 * Context: any.
 * Return: the channel handle, -EINVAL for a bad channel, controller or
 * queue, -EBUSY if the channel is in use or reserved for another core,
 * -ENOMEM if no channel is free.
 */
int edma_alloc_channel(int channel,
		       void (*callback)(unsigned int channel, u16 ch_status,
					void *data),
		       void *data, enum dma_event_q eventq_no)
{
	unsigned int ch = EDMA_CHAN_SLOT(channel);
	unsigned long flags;
	struct edma_cc *cc;
	int queue, ret;

	if (channel == EDMA_CHANNEL_ANY)
		return edma_alloc_any_channel(callback, data, eventq_no);
	if (channel < 0) {
		pr_err("edma: bad channel %d\n", channel);
		return -EINVAL;
	}

	cc = edma_lock_ctlr(EDMA_CTLR(channel), &flags);
	if (!cc) {
		ret = -EINVAL;
	} else if (ch >= cc->num_channels) {
		dev_err(cc->dev, "channel %u does not exist\n", ch);
		ret = -EINVAL;
	} else if (test_bit(ch, cc->chan_rsv)) {
		dev_err(cc->dev, "channel %u is reserved\n", ch);
		ret = -EBUSY;
	} else if (test_bit(ch, cc->slot_inuse)) {
		ret = -EBUSY;
	} else {
		queue = edma_resolve_queue(cc, eventq_no);
		ret = queue < 0 ? queue :
		      edma_take_channel_locked(cc, ch, callback, data, queue);
	}
	edma_unlock(flags);
	return ret;
}
EXPORT_SYMBOL(edma_alloc_channel);

static void edma_free_channel_locked(struct edma_cc *cc, unsigned int ch)
{
	lockdep_assert_held(&edma_lock);
	edma_stop_set_client_locked(cc, ch, NULL, NULL);
	edma_enable_irq_locked(cc, ch, false);
	edma_write_param(cc, ch, &edma_dummy_paramset);
	edma_set_region0(cc, ch, false);
	clear_bit(ch, cc->slot_inuse);
	clear_bit(ch, cc->chan_ier_ext);
}

/**
 * edma_free_channel - release a channel from edma_alloc_channel()
 * @channel: the channel handle
 *
 * The channel is stopped as by edma_stop(), including the wait for its
 * requests in flight, its interrupt disabled and its callback dropped;
 * its slot gets the dummy set back.  Freeing a channel that is not
 * allocated is reported and changes nothing.  Outside hard-IRQ context it
 * waits for a callback of the channel running on another CPU, so that the
 * callback's data may be freed afterwards; from a callback it does not
 * wait, and only the rest of that interrupt is kept from the channel.
 *
 * Context: any; not holding a lock the channel's callback takes.
 */
void edma_free_channel(unsigned int channel)
{
	unsigned int ch = EDMA_CHAN_SLOT(channel);
	unsigned long flags;
	struct edma_cc *cc;

	cc = edma_lock_chan_ctlr(channel, __func__, &flags);
	if (cc)
		edma_free_channel_locked(cc, ch);
	edma_unlock(flags);
	if (cc)
		edma_client_sync(cc, ch);
}
EXPORT_SYMBOL(edma_free_channel);

/*
 * Note dev as the user of an allocated channel, for debugfs; the device
 * outlives the channel (devm).  Nothing happens if channel is not
 * allocated.
 */
void edma_set_owner(unsigned int channel, struct device *dev)
{
	unsigned long flags;
	struct edma_cc *cc;

	cc = edma_lock_chan_ctlr(channel, __func__, &flags);
	if (cc)
		cc->client[EDMA_CHAN_SLOT(channel)].owner = dev;
	edma_unlock(flags);
}

/**
 * edma_assign_channel_eventq - move a channel to another event queue
 * @channel: an allocated channel handle
 * @eventq_no: the queue, or EVENTQ_DEFAULT
 *
 * Context: any.
 */
void edma_assign_channel_eventq(unsigned int channel,
				enum dma_event_q eventq_no)
{
	unsigned long flags;
	struct edma_cc *cc;
	int queue;

	cc = edma_lock_chan_ctlr(channel, __func__, &flags);
	queue = cc ? edma_resolve_queue(cc, eventq_no) : -EINVAL;
	if (queue >= 0)
		edma_set_queue(cc, EDMA_CHAN_SLOT(channel), queue);
	edma_unlock(flags);
}
EXPORT_SYMBOL(edma_assign_channel_eventq);

static void edma_start_locked(struct edma_cc *cc, unsigned int ch)
{
	lockdep_assert_held(&edma_lock);
	trace_edma_chan_start(cc->id, ch);
	if (edma_chan_is_event(cc, ch)) {
		edma_sh_write_bit(cc, SH_ECR, ch);
		edma_write_bit(cc, EDMA_EMCR, ch);
		edma_sh_write_bit(cc, SH_SECR, ch);
		edma_sh_write_bit(cc, SH_EESR, ch);
		cc->eer[ch >> 5] |= BIT(ch & 31);
	} else {
		edma_sh_write_bit(cc, SH_ESR, ch);
	}
}

/**
 * edma_start - start a channel
 * @channel: an allocated channel handle
 *
 * A channel with a peripheral event gets any stale event, missed-event and
 * secondary-event state cleared and its event enabled; the peripheral then
 * paces the transfer.  Any other channel is triggered once by software.
 *
 * Context: any.
 * Return: 0, or -EINVAL if @channel is not an allocated channel.
 */
int edma_start(unsigned int channel)
{
	unsigned long flags;
	struct edma_cc *cc;

	cc = edma_lock_chan_ctlr(channel, __func__, &flags);
	if (cc)
		edma_start_locked(cc, EDMA_CHAN_SLOT(channel));
	edma_unlock(flags);
	return cc ? 0 : -EINVAL;
}
EXPORT_SYMBOL(edma_start);

/**
 * edma_stop - stop a channel
 * @channel: an allocated channel handle
 *
 * Disables the event and clears latched, missed and secondary events and
 * any completion not yet serviced, and starts a new generation of the
 * channel: an event a handler had already read, on this CPU or another, is
 * not reported any more.  It does not wait for a callback that a handler
 * on another CPU had already decided to call (passed its generation check
 * before this call), so that clients may call it holding a lock their
 * callback takes.
 *
 * A transfer request the channel had already triggered (still pending,
 * on its event queue, or in a transfer controller) cannot be recalled:
 * its data still lands.  edma_stop() waits for it (busy-waiting, bounded
 * by the requests queued ahead of it; normally it finds none) and drops
 * what it leaves, its completion or the missed event of a null set, so
 * that neither this client nor the next user of the channel hears of it.
 * After 2 ms it gives up with a warning, and the completion may then still
 * be reported.  The PaRAM is left as it is.
 *
 * Context: any.  With interrupts off for as long as it waits.
 */
void edma_stop(unsigned int channel)
{
	unsigned long flags;
	struct edma_cc *cc;

	cc = edma_lock_chan_ctlr(channel, __func__, &flags);
	if (cc)
		edma_stop_client_locked(cc, EDMA_CHAN_SLOT(channel));
	edma_unlock(flags);
}
EXPORT_SYMBOL(edma_stop);

static void edma_event_enable_locked(struct edma_cc *cc, unsigned int ch,
				     bool enable)
{
	lockdep_assert_held(&edma_lock);
	if (enable) {
		edma_sh_write_bit(cc, SH_EESR, ch);
		cc->eer[ch >> 5] |= BIT(ch & 31);
	} else {
		edma_sh_write_bit(cc, SH_EECR, ch);
		cc->eer[ch >> 5] &= ~BIT(ch & 31);
	}
}

static void edma_event_enable(unsigned int channel, bool enable,
			      const char *func)
{
	unsigned long flags;
	struct edma_cc *cc;

	cc = edma_lock_chan_ctlr(channel, func, &flags);
	if (cc)
		edma_event_enable_locked(cc, EDMA_CHAN_SLOT(channel), enable);
	edma_unlock(flags);
}

/**
 * edma_pause - stop servicing a channel's peripheral events
 * @channel: an allocated channel handle
 *
 * Events arriving while paused are latched and serviced on resume.  A
 * transfer already handed to a transfer controller still completes.
 *
 * Context: any.
 */
void edma_pause(unsigned int channel)
{
	edma_event_enable(channel, false, __func__);
}
EXPORT_SYMBOL(edma_pause);

/**
 * edma_resume - service a channel's peripheral events again
 * @channel: an allocated channel handle
 *
 * Context: any.
 */
void edma_resume(unsigned int channel)
{
	edma_event_enable(channel, true, __func__);
}
EXPORT_SYMBOL(edma_resume);

static void edma_clean_channel_locked(struct edma_cc *cc, unsigned int ch)
{
	lockdep_assert_held(&edma_lock);
	edma_sh_write_bit(cc, SH_ECR, ch);
	edma_write_bit(cc, EDMA_EMCR, ch);
	edma_sh_write_bit(cc, SH_SECR, ch);
}

/**
 * edma_clean_channel - recover a channel after an error
 * @channel: an allocated channel handle
 *
 * Clears the channel's latched, missed and secondary events.  Unlike the
 * old implementation it leaves the controller-wide CCERR bits alone: they
 * belong to every channel and are cleared by the error interrupt handler.
 *
 * Context: any.
 */
void edma_clean_channel(unsigned int channel)
{
	unsigned long flags;
	struct edma_cc *cc;

	cc = edma_lock_chan_ctlr(channel, __func__, &flags);
	if (cc)
		edma_clean_channel_locked(cc, EDMA_CHAN_SLOT(channel));
	edma_unlock(flags);
}
EXPORT_SYMBOL(edma_clean_channel);

/**
 * edma_clear_event - drop a latched peripheral event
 * @channel: an allocated channel handle
 *
 * Context: any.
 */
void edma_clear_event(unsigned int channel)
{
	unsigned long flags;
	struct edma_cc *cc;

	cc = edma_lock_chan_ctlr(channel, __func__, &flags);
	if (cc)
		edma_sh_write_bit(cc, SH_ECR, EDMA_CHAN_SLOT(channel));
	edma_unlock(flags);
}
EXPORT_SYMBOL(edma_clear_event);

/**
 * edma_trigger_channel - trigger a channel once by software
 * @channel: an allocated channel handle
 *
 * Works whether or not the channel has a peripheral event.
 *
 * Context: any.
 * Return: 0, or -EINVAL if @channel is not an allocated channel.
 */
int edma_trigger_channel(unsigned int channel)
{
	unsigned long flags;
	struct edma_cc *cc;

	cc = edma_lock_chan_ctlr(channel, __func__, &flags);
	if (cc) {
		trace_edma_chan_start(cc->id, EDMA_CHAN_SLOT(channel));
		edma_sh_write_bit(cc, SH_ESR, EDMA_CHAN_SLOT(channel));
	}
	edma_unlock(flags);
	return cc ? 0 : -EINVAL;
}
EXPORT_SYMBOL(edma_trigger_channel);

/* Is [first, first + count) free for Linux to take? */
static bool edma_slots_free(struct edma_cc *cc, unsigned int first,
			    unsigned int count)
{
	unsigned int end = first + count;

	return end <= cc->num_slots &&
	       find_next_bit(cc->slot_inuse, end, first) >= end &&
	       find_next_bit(cc->slot_rsv, end, first) >= end;
}

/* Find a run of count free slots at or above from; -1 if there is none. */
static int edma_find_free_slots(struct edma_cc *cc, unsigned int from,
				unsigned int count)
{
	unsigned int slot;

	for (slot = from; slot + count <= cc->num_slots; slot++) {
		if (edma_slots_free(cc, slot, count))
			return slot;
	}
	return -1;
}

static void edma_take_slots(struct edma_cc *cc, unsigned int first,
			    unsigned int count)
{
	unsigned int slot;

	lockdep_assert_held(&edma_lock);
	for (slot = first; slot < first + count; slot++) {
		set_bit(slot, cc->slot_inuse);
		edma_write_param(cc, slot, &edma_dummy_paramset);
	}
}

/**
 * edma_alloc_slot - allocate a PaRAM slot (not a channel's own slot)
 * @ctlr: controller number
 * @slot: a slot number above the channels, or EDMA_SLOT_ANY
 *
 * The slot gets a dummy set.
 *
 * Context: any.
 * Return: EDMA_CTLR_CHAN(ctlr, slot), -EINVAL for a bad controller or slot,
 * -EBUSY if the slot is taken or reserved, -ENOMEM if none is free.
 */
int edma_alloc_slot(unsigned int ctlr, int slot)
{
	unsigned long flags;
	struct edma_cc *cc;
	int ret;

	cc = edma_lock_ctlr(ctlr, &flags);
	if (!cc) {
		ret = -EINVAL;
	} else if (slot == EDMA_SLOT_ANY) {
		ret = edma_find_free_slots(cc, cc->num_channels, 1);
		if (ret < 0)
			ret = -ENOMEM;
	} else if (slot < (int)cc->num_channels ||
		   slot >= (int)cc->num_slots) {
		dev_err(cc->dev, "slot %d cannot be allocated\n", slot);
		ret = -EINVAL;
	} else if (!edma_slots_free(cc, slot, 1)) {
		ret = -EBUSY;
	} else {
		ret = slot;
	}
	if (cc && ret >= 0) {
		edma_take_slots(cc, ret, 1);
		ret = EDMA_CTLR_CHAN(cc->id, ret);
	}
	edma_unlock(flags);
	return ret;
}
EXPORT_SYMBOL(edma_alloc_slot);

/* Give [first, first + count) back, each with the dummy set. */
static void edma_put_slots_locked(struct edma_cc *cc, unsigned int first,
				  unsigned int count)
{
	unsigned int slot;

	lockdep_assert_held(&edma_lock);
	for (slot = first; slot < first + count; slot++) {
		edma_write_param(cc, slot, &edma_dummy_paramset);
		clear_bit(slot, cc->slot_inuse);
	}
}

/* A slot Linux may free with the slot API: allocated, not a channel's. */
static bool edma_slot_freeable(struct edma_cc *cc, unsigned int slot)
{
	return slot >= cc->num_channels && edma_slot_owned(cc, slot);
}

/**
 * edma_free_slot - release a slot from edma_alloc_slot()
 * @slot: the slot handle
 *
 * A channel's own slot, a slot that is not allocated, or a reserved slot is
 * reported and left alone.
 *
 * Context: any.
 */
void edma_free_slot(unsigned int slot)
{
	unsigned int n = EDMA_CHAN_SLOT(slot);
	unsigned long flags;
	struct edma_cc *cc;

	cc = edma_lock_ctlr(EDMA_CTLR(slot), &flags);
	if (cc && edma_slot_freeable(cc, n))
		edma_put_slots_locked(cc, n, 1);
	else if (cc)
		dev_err(cc->dev, "slot %u is not an allocated slot\n", n);
	edma_unlock(flags);
}
EXPORT_SYMBOL(edma_free_slot);

static int edma_alloc_cont_slots_locked(struct edma_cc *cc, unsigned int id,
					int slot, int count)
{
	int first;

	lockdep_assert_held(&edma_lock);
	if (count < 1 || count > (int)(cc->num_slots - cc->num_channels) ||
	    (id != EDMA_CONT_PARAMS_ANY &&
	     (slot < (int)cc->num_channels || slot >= (int)cc->num_slots))) {
		first = -EINVAL;
		goto out;
	}
	switch (id) {
	case EDMA_CONT_PARAMS_ANY:
		first = edma_find_free_slots(cc, cc->num_channels, count);
		break;
	case EDMA_CONT_PARAMS_FIXED_EXACT:
		first = edma_slots_free(cc, slot, count) ? slot : -1;
		break;
	case EDMA_CONT_PARAMS_FIXED_NOT_EXACT:
		first = edma_find_free_slots(cc, slot, count);
		break;
	default:
		first = -EINVAL;
		goto out;
	}
	if (first < 0) {
		first = -EBUSY;
		goto out;
	}
	edma_take_slots(cc, first, count);
	first = EDMA_CTLR_CHAN(cc->id, first);
out:
	if (first == -EINVAL)
		dev_err(cc->dev, "bad contiguous slot request %u/%d/%d\n", id,
			slot, count);
	return first;
}

/**
 * edma_alloc_cont_slots - allocate a run of contiguous PaRAM slots
 * @ctlr: controller number
 * @id: EDMA_CONT_PARAMS_ANY (anywhere), EDMA_CONT_PARAMS_FIXED_EXACT
 *	(starting exactly at @slot) or EDMA_CONT_PARAMS_FIXED_NOT_EXACT
 *	(starting at or above @slot)
 * @slot: first slot wanted, ignored for EDMA_CONT_PARAMS_ANY
 * @count: number of slots
 *
 * Either the whole run is allocated, each slot holding a dummy set, or
 * nothing is.
 *
 * Context: any.
 * Return: handle of the first slot, -EINVAL for bad arguments, -EBUSY if no
 * such run is free.
 */
int edma_alloc_cont_slots(unsigned int ctlr, unsigned int id, int slot,
			  int count)
{
	unsigned long flags;
	struct edma_cc *cc;
	int first;

	cc = edma_lock_ctlr(ctlr, &flags);
	if (cc)
		first = edma_alloc_cont_slots_locked(cc, id, slot, count);
	else
		first = -EINVAL;
	edma_unlock(flags);
	return first;
}
EXPORT_SYMBOL(edma_alloc_cont_slots);

/**
 * edma_free_cont_slots - release a run from edma_alloc_cont_slots()
 * @slot: handle of the first slot
 * @count: number of slots
 *
 * Nothing is freed unless every slot of the run is an allocated slot.
 *
 * Context: any.
 * Return: 0, or -EINVAL.
 */
int edma_free_cont_slots(unsigned int slot, int count)
{
	unsigned int first = EDMA_CHAN_SLOT(slot), n;
	unsigned long flags;
	struct edma_cc *cc;
	int ret = 0;

	cc = edma_lock_ctlr(EDMA_CTLR(slot), &flags);
	if (!cc || count < 1 || first + count > cc->num_slots)
		ret = -EINVAL;
	for (n = first; !ret && n < first + count; n++) {
		if (!edma_slot_freeable(cc, n))
			ret = -EINVAL;
	}
	if (!ret)
		edma_put_slots_locked(cc, first, count);
	else if (cc)
		dev_err(cc->dev, "slots %u+%d are not an allocated run\n",
			first, count);
	edma_unlock(flags);
	return ret;
}
EXPORT_SYMBOL(edma_free_cont_slots);

/* ---- for edma-ring.c ---------------------------------------------------- */

/* Is controller ctlr probed? */
bool edma_ctlr_present(unsigned int ctlr)
{
	unsigned long flags;
	struct edma_cc *cc;
	bool found = false;

	edma_lock_irqsave(&flags);
	list_for_each_entry(cc, &edma_ccs, node)
		found |= cc->id == ctlr;
	edma_unlock(flags);
	return found;
}

void __iomem *edma_slot_regs(unsigned int slot)
{
	void __iomem *regs = NULL;
	unsigned long flags;
	struct edma_cc *cc;

	cc = edma_lock_slot_ctlr(slot, __func__, &flags);
	if (cc)
		regs = cc->base + PARM_OFFSET(EDMA_CHAN_SLOT(slot));
	edma_unlock(flags);
	return regs;
}

void __iomem *edma_chan_shadow_regs(unsigned int channel)
{
	unsigned int ch = EDMA_CHAN_SLOT(channel);
	void __iomem *regs = NULL;
	unsigned long flags;
	struct edma_cc *cc;

	cc = edma_lock_chan_ctlr(channel, __func__, &flags);
	if (cc)
		regs = cc->base + EDMA_SHADOW0 + (ch >> 5) * 4;
	edma_unlock(flags);
	return regs;
}

unsigned long *edma_int_ier_map(unsigned int channel)
{
	unsigned int ch = EDMA_CHAN_SLOT(channel);
	unsigned long *map = NULL;
	unsigned long flags;
	struct edma_cc *cc;

	cc = edma_lock_chan_ctlr(channel, __func__, &flags);
	if (cc) {
		set_bit(ch, cc->chan_ier_ext);
		if (cc->ier[ch >> 5] & BIT(ch & 31))
			set_bit(ch, cc->ier_ext);
		else
			clear_bit(ch, cc->ier_ext);
		map = cc->ier_ext;
	}
	edma_unlock(flags);
	return map;
}
