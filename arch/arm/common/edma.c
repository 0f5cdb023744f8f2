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
 * not wait, since clients call it holding locks their callback takes; a
 * callback that already passed its check on another CPU may still be
 * running when it returns, but no other one for the stopped transfer
 * follows.  A transfer a transfer controller had already accepted still
 * completes after edma_stop() and raises a completion in the channel's
 * new generation: the hardware cannot take it back.
 */

#include <linux/atomic.h>
#include <linux/bitmap.h>
#include <linux/dmaengine.h>
#include <linux/err.h>
#include <linux/hardirq.h>
#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/list.h>
#include <linux/module.h>
#include <linux/notifier.h>
#include <linux/of.h>
#include <linux/of_device.h>
#include <linux/platform_data/edma.h>
#include <linux/platform_device.h>
#include <linux/pm.h>
#include <linux/pm_runtime.h>
#include <linux/seqlock.h>
#include <linux/slab.h>
#include <linux/spinlock.h>

#include "edma-internal.h"

/* Global registers */
#define EDMA_CCCFG		0x0004
#define EDMA_DCHMAP		0x0100
#define EDMA_DMAQNUM		0x0240
#define EDMA_QUETCMAP		0x0280
#define EDMA_QUEPRI		0x0284
#define EDMA_EMR		0x0300
#define EDMA_EMCR		0x0308
#define EDMA_CCERR		0x0318
#define EDMA_CCERRCLR		0x031c
#define EDMA_EEVAL		0x0320
#define EDMA_DRAE		0x0340
#define EDMA_SHADOW0		0x2000
#define EDMA_PARM		0x4000

/* Channel register block of shadow region 0 (pairs: low, high word) */
#define SH_ER			0x00
#define SH_ECR			0x08
#define SH_ESR			0x10
#define SH_EECR			0x28
#define SH_EESR			0x30
#define SH_SECR			0x40
#define SH_IECR			0x58
#define SH_IESR			0x60
#define SH_IPR			0x68
#define SH_ICR			0x70
#define SH_IEVAL		0x78

/* CCCFG fields */
#define CCCFG_NUM_DMACH(v)	((v) & 0x7)
#define CCCFG_NUM_PAENTRY(v)	(((v) >> 12) & 0x7)
#define CCCFG_NUM_EVQUE(v)	(((v) >> 16) & 0x7)
#define CCCFG_NUM_REGN(v)	(((v) >> 20) & 0x3)
#define CCCFG_CHMAP_EXIST	BIT(24)

#define CCERR_QTHRXCD_MASK	0xff
#define CCERR_TCCERR		BIT(16)

/* Transfer controller error registers */
#define TC_ERRSTAT		0x120
#define TC_ERREN		0x124
#define TC_ERRCLR		0x128
#define TC_ERRDET		0x12c
#define TC_ERRCMD		0x130
#define TC_ERR_ALL		(BIT(0) | BIT(2) | BIT(3))
#define TC_ERRDET_TCC(v)	(((v) >> 8) & 0x3f)

#define EDMA_MAX_DMACH		64
#define EDMA_MAX_PARAMENTRY	512
#define EDMA_MAX_TC		8
#define EDMA_BANKS		(EDMA_MAX_DMACH / 32)
#define PARM_SIZE		sizeof(struct edmacc_param)
#define PARM_OFFSET(slot)	(EDMA_PARM + (slot) * PARM_SIZE)
#define PARM_LINK_BCNTRLD	0x14
#define PARM_SRC		0x04
#define PARM_DST		0x0c
#define PARM_LINK_NULL		0xffff

/* What a free slot holds: a "dummy" set that moves nothing, linked to NULL */
static const struct edmacc_param dummy_paramset = {
	.link_bcntrld = PARM_LINK_NULL,
	.ccnt = 1,
};

struct edma_cc;

/*
 * A transfer controller.  Platform-data TCs live in their controller's
 * tc[]; device-tree TCs are their own "ti,edma3-tptc" devices, bound by
 * edma_tptc_driver and linked to the controller whose "ti,tptcs" lists
 * them, whichever of the two probes last.
 */
struct edma_tc {
	struct edma_cc		*cc;	/* NULL while unlinked (edma_lock) */
	void __iomem		*base;
	unsigned int		index;	/* TC number, as QUETCMAP names it */
	int			irq;	/* error interrupt, < 0 if none */
	struct device		*dev;	/* device-tree TC: its device */
	struct list_head	node;	/* device-tree TC: in edma_dt_tcs */
};

/*
 * Written under edma_lock; the interrupt handlers read them without it:
 * callback and data inside the generation count gen, queue with READ_ONCE.
 * busy counts handlers between their generation check and the end of
 * the callback.
 */
struct edma_client {
	seqcount_t		gen;
	atomic_t		busy;
	void (*callback)(unsigned int channel, u16 ch_status, void *data);
	void			*data;
	u8			queue;
};

struct edma_cc {
	struct device		*dev;
	void __iomem		*base;
	unsigned int		id;
	unsigned int		num_channels;
	unsigned int		num_slots;
	unsigned int		num_tc;
	unsigned int		num_region;
	bool			chmap_exist;
	unsigned int		default_queue;
	u8			queue_tc[EDMA_MAX_TC];
	u8			queue_prio[EDMA_MAX_TC];
	struct edma_tc		tc[EDMA_MAX_TC];
	/* device-tree TCs by queue ("ti,tptcs" order); linked under edma_lock */
	struct device_node	*tc_np[EDMA_MAX_TC];
	struct edma_tc		*dt_tc[EDMA_MAX_TC];
	/* PaRAM of the allocated slots across suspend, num_slots entries */
	struct edmacc_param	*saved_params;

	/* edma_lock protects everything below */
	struct list_head	node;	/* in edma_ccs */
	/* slot (and channel n's slot n) allocated by a Linux client */
	DECLARE_BITMAP(slot_inuse, EDMA_MAX_PARAMENTRY);
	/* slots and channels the board reserved for another core */
	DECLARE_BITMAP(slot_rsv, EDMA_MAX_PARAMENTRY);
	DECLARE_BITMAP(chan_rsv, EDMA_MAX_DMACH);
	/*
	 * How edma_start() starts a channel.  A channel is claimed when a
	 * device's DMA request names it (an IORESOURCE_DMA resource, a DT
	 * "dmas" entry, slave_map, xbar_chans, or a crossbar route): it is
	 * then started by enabling its peripheral event.  Any other channel,
	 * and every memcpy channel, is triggered by software, as in 3.x.
	 * Claims are never dropped; EDMA_CHANNEL_ANY hands out only
	 * unclaimed channels.
	 */
	DECLARE_BITMAP(chan_claimed, EDMA_MAX_DMACH);
	DECLARE_BITMAP(chan_manual, EDMA_MAX_DMACH);
	/* reserved channels per 32-channel bank, for the error handler */
	u32			rsv_mask[EDMA_BANKS];
	/* software copies of IER and EER, so no register is read back */
	u32			ier[EDMA_BANKS];
	u32			eer[EDMA_BANKS];
	/* channels whose IER bit their user (a ring) sets directly */
	DECLARE_BITMAP(chan_ier_ext, EDMA_MAX_DMACH);
	/* that IER bit as the ring last wrote it (atomic bitops, no lock) */
	DECLARE_BITMAP(ier_ext, EDMA_MAX_DMACH);
	struct edma_client	client[EDMA_MAX_DMACH];
	/* platform data's peripheral table, for a dmaengine provider */
	const struct dma_slave_map *slave_map;
	int			slavecnt;
};

/* All probed controllers, sorted by id. */
static LIST_HEAD(edma_ccs);
static DEFINE_SPINLOCK(edma_lock);

static inline u32 edma_read(struct edma_cc *cc, unsigned int offset)
{
	return readl(cc->base + offset);
}

static inline void edma_write(struct edma_cc *cc, unsigned int offset, u32 val)
{
	writel(val, cc->base + offset);
}

/* Write one bit of a 64-bit register pair in shadow region 0. */
static inline void edma_sh_write_bit(struct edma_cc *cc, unsigned int reg,
				     unsigned int ch)
{
	edma_write(cc, EDMA_SHADOW0 + reg + (ch >> 5) * 4, BIT(ch & 31));
}

static inline void edma_write_bit(struct edma_cc *cc, unsigned int reg,
				  unsigned int ch)
{
	edma_write(cc, reg + (ch >> 5) * 4, BIT(ch & 31));
}

static void edma_modify(struct edma_cc *cc, unsigned int offset, u32 mask,
			u32 val)
{
	u32 old = edma_read(cc, offset);

	edma_write(cc, offset, (old & ~mask) | (val & mask));
}

static void edma_write_param(struct edma_cc *cc, unsigned int slot,
			     const struct edmacc_param *param)
{
	memcpy_toio(cc->base + PARM_OFFSET(slot), param, PARM_SIZE);
}

static void edma_set_queue(struct edma_cc *cc, unsigned int ch,
			   unsigned int queue)
{
	unsigned int shift = (ch & 7) * 4;

	edma_modify(cc, EDMA_DMAQNUM + (ch >> 3) * 4, 0x7 << shift,
		    queue << shift);
	/* the error handlers read it without the lock */
	WRITE_ONCE(cc->client[ch].queue, queue);
}

static void edma_lock_irqsave(unsigned long *flags)
	__acquires(&edma_lock)
{
	spin_lock_irqsave(&edma_lock, *flags);
}

static void edma_unlock(unsigned long flags)
	__releases(&edma_lock)
{
	spin_unlock_irqrestore(&edma_lock, flags);
}

/* The controller numbered ctlr, or NULL.  Called with edma_lock held. */
static struct edma_cc *edma_find_cc(unsigned int ctlr)
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

static bool edma_slot_owned(struct edma_cc *cc, unsigned int slot)
{
	return slot < cc->num_slots && test_bit(slot, cc->slot_inuse);
}

/*
 * Look up and lock the controller of a slot handle that the caller must
 * have allocated (channel slots included).  Reports and returns NULL
 * otherwise.
 */
static struct edma_cc *edma_owned_slot(unsigned int handle, const char *func)
{
	unsigned int slot = EDMA_CHAN_SLOT(handle);
	struct edma_cc *cc = edma_find_cc(EDMA_CTLR(handle));

	if (cc && !edma_slot_owned(cc, slot)) {
		dev_err(cc->dev, "%s: slot %u is not allocated\n", func, slot);
		return NULL;
	}
	return cc;
}

/* Same for a channel handle: the channel must be allocated. */
static struct edma_cc *edma_owned_chan(unsigned int handle, const char *func)
{
	unsigned int ch = EDMA_CHAN_SLOT(handle);
	struct edma_cc *cc = edma_find_cc(EDMA_CTLR(handle));

	if (cc && (ch >= cc->num_channels || !test_bit(ch, cc->slot_inuse))) {
		dev_err(cc->dev, "%s: channel %u is not allocated\n", func,
			ch);
		return NULL;
	}
	return cc;
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
static void edma_stop_locked(struct edma_cc *cc, unsigned int ch)
{
	edma_sh_write_bit(cc, SH_EECR, ch);
	edma_sh_write_bit(cc, SH_ECR, ch);
	edma_sh_write_bit(cc, SH_SECR, ch);
	edma_write_bit(cc, EDMA_EMCR, ch);
	edma_sh_write_bit(cc, SH_ICR, ch);
	cc->eer[ch >> 5] &= ~BIT(ch & 31);
}

/* Stop channel ch and start its next generation, keeping its client. */
static void edma_stop_client_locked(struct edma_cc *cc, unsigned int ch)
{
	edma_stop_locked(cc, ch);
	edma_client_set(cc, ch, cc->client[ch].callback, cc->client[ch].data);
}

static void edma_enable_irq_locked(struct edma_cc *cc, unsigned int ch,
				   bool enable)
{
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
static void edma_set_region0(struct edma_cc *cc, unsigned int ch, bool on)
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

static void edma_setup_channel_locked(struct edma_cc *cc, unsigned int ch,
				      void (*callback)(unsigned int channel,
						       u16 ch_status,
						       void *data),
				      void *data, unsigned int queue)
{
	edma_set_region0(cc, ch, true);
	if (cc->chmap_exist)
		edma_write(cc, EDMA_DCHMAP + ch * 4, ch << 5);
	edma_stop_locked(cc, ch);
	edma_write_param(cc, ch, &dummy_paramset);
	edma_client_set(cc, ch, callback, data);
	edma_enable_irq_locked(cc, ch, callback);
	edma_set_queue(cc, ch, queue);
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
		set_bit(ch, cc->slot_inuse);
		edma_setup_channel_locked(cc, ch, callback, data, queue);
		ret = EDMA_CTLR_CHAN(cc->id, ch);
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

	edma_lock_irqsave(&flags);
	cc = edma_find_cc(EDMA_CTLR(channel));
	if (!cc) {
		edma_unlock(flags);
		return -EINVAL;
	}
	if (ch >= cc->num_channels) {
		dev_err(cc->dev, "channel %u does not exist\n", ch);
		ret = -EINVAL;
	} else if (test_bit(ch, cc->chan_rsv)) {
		dev_err(cc->dev, "channel %u is reserved\n", ch);
		ret = -EBUSY;
	} else if (test_bit(ch, cc->slot_inuse)) {
		ret = -EBUSY;
	} else {
		queue = edma_resolve_queue(cc, eventq_no);
		if (queue < 0) {
			ret = queue;
		} else {
			set_bit(ch, cc->slot_inuse);
			edma_setup_channel_locked(cc, ch, callback, data,
						  queue);
			ret = EDMA_CTLR_CHAN(cc->id, ch);
		}
	}
	edma_unlock(flags);
	return ret;
}
EXPORT_SYMBOL(edma_alloc_channel);

/**
 * edma_free_channel - release a channel from edma_alloc_channel()
 * @channel: the channel handle
 *
 * The channel is stopped, its interrupt disabled and its callback dropped;
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

	edma_lock_irqsave(&flags);
	cc = edma_owned_chan(channel, __func__);
	if (!cc) {
		edma_unlock(flags);
		return;
	}
	edma_stop_locked(cc, ch);
	edma_enable_irq_locked(cc, ch, false);
	edma_client_set(cc, ch, NULL, NULL);
	edma_write_param(cc, ch, &dummy_paramset);
	edma_set_region0(cc, ch, false);
	clear_bit(ch, cc->slot_inuse);
	clear_bit(ch, cc->chan_ier_ext);
	edma_unlock(flags);
	edma_client_sync(cc, ch);
}
EXPORT_SYMBOL(edma_free_channel);

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

	edma_lock_irqsave(&flags);
	cc = edma_owned_chan(channel, __func__);
	if (!cc) {
		edma_unlock(flags);
		return;
	}
	queue = edma_resolve_queue(cc, eventq_no);
	if (queue >= 0)
		edma_set_queue(cc, EDMA_CHAN_SLOT(channel), queue);
	edma_unlock(flags);
}
EXPORT_SYMBOL(edma_assign_channel_eventq);

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
	unsigned int ch = EDMA_CHAN_SLOT(channel);
	unsigned long flags;
	struct edma_cc *cc;

	edma_lock_irqsave(&flags);
	cc = edma_owned_chan(channel, __func__);
	if (!cc) {
		edma_unlock(flags);
		return -EINVAL;
	}
	if (edma_chan_is_event(cc, ch)) {
		edma_sh_write_bit(cc, SH_ECR, ch);
		edma_write_bit(cc, EDMA_EMCR, ch);
		edma_sh_write_bit(cc, SH_SECR, ch);
		edma_sh_write_bit(cc, SH_EESR, ch);
		cc->eer[ch >> 5] |= BIT(ch & 31);
	} else {
		edma_sh_write_bit(cc, SH_ESR, ch);
	}
	edma_unlock(flags);
	return 0;
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
 * callback takes.  A transfer a transfer controller has already accepted
 * still completes, and its completion is reported.  The PaRAM is left as
 * it is.
 *
 * Context: any.
 */
void edma_stop(unsigned int channel)
{
	unsigned long flags;
	struct edma_cc *cc;

	edma_lock_irqsave(&flags);
	cc = edma_owned_chan(channel, __func__);
	if (!cc) {
		edma_unlock(flags);
		return;
	}
	edma_stop_client_locked(cc, EDMA_CHAN_SLOT(channel));
	edma_unlock(flags);
}
EXPORT_SYMBOL(edma_stop);

static void edma_event_enable(unsigned int channel, bool enable,
			      const char *func)
{
	unsigned int ch = EDMA_CHAN_SLOT(channel);
	unsigned long flags;
	struct edma_cc *cc;

	edma_lock_irqsave(&flags);
	cc = edma_owned_chan(channel, func);
	if (!cc) {
		edma_unlock(flags);
		return;
	}
	if (enable) {
		edma_sh_write_bit(cc, SH_EESR, ch);
		cc->eer[ch >> 5] |= BIT(ch & 31);
	} else {
		edma_sh_write_bit(cc, SH_EECR, ch);
		cc->eer[ch >> 5] &= ~BIT(ch & 31);
	}
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
	unsigned int ch = EDMA_CHAN_SLOT(channel);
	unsigned long flags;
	struct edma_cc *cc;

	edma_lock_irqsave(&flags);
	cc = edma_owned_chan(channel, __func__);
	if (!cc) {
		edma_unlock(flags);
		return;
	}
	edma_sh_write_bit(cc, SH_ECR, ch);
	edma_write_bit(cc, EDMA_EMCR, ch);
	edma_sh_write_bit(cc, SH_SECR, ch);
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

	edma_lock_irqsave(&flags);
	cc = edma_owned_chan(channel, __func__);
	if (!cc) {
		edma_unlock(flags);
		return;
	}
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

	edma_lock_irqsave(&flags);
	cc = edma_owned_chan(channel, __func__);
	if (!cc) {
		edma_unlock(flags);
		return -EINVAL;
	}
	edma_sh_write_bit(cc, SH_ESR, EDMA_CHAN_SLOT(channel));
	edma_unlock(flags);
	return 0;
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

	for (slot = first; slot < first + count; slot++) {
		set_bit(slot, cc->slot_inuse);
		edma_write_param(cc, slot, &dummy_paramset);
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

	edma_lock_irqsave(&flags);
	cc = edma_find_cc(ctlr);
	if (!cc) {
		edma_unlock(flags);
		return -EINVAL;
	}
	if (slot == EDMA_SLOT_ANY) {
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
	if (ret >= 0) {
		edma_take_slots(cc, ret, 1);
		ret = EDMA_CTLR_CHAN(cc->id, ret);
	}
	edma_unlock(flags);
	return ret;
}
EXPORT_SYMBOL(edma_alloc_slot);

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

	edma_lock_irqsave(&flags);
	cc = edma_find_cc(EDMA_CTLR(slot));
	if (!cc) {
		edma_unlock(flags);
		return;
	}
	if (edma_slot_freeable(cc, n)) {
		edma_write_param(cc, n, &dummy_paramset);
		clear_bit(n, cc->slot_inuse);
	} else {
		dev_err(cc->dev, "slot %u is not an allocated slot\n", n);
	}
	edma_unlock(flags);
}
EXPORT_SYMBOL(edma_free_slot);

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

	edma_lock_irqsave(&flags);
	cc = edma_find_cc(ctlr);
	if (!cc) {
		edma_unlock(flags);
		return -EINVAL;
	}
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

	edma_lock_irqsave(&flags);
	cc = edma_find_cc(EDMA_CTLR(slot));
	if (!cc) {
		edma_unlock(flags);
		return -EINVAL;
	}
	if (count < 1 || first + count > cc->num_slots)
		ret = -EINVAL;
	for (n = first; !ret && n < first + count; n++) {
		if (!edma_slot_freeable(cc, n))
			ret = -EINVAL;
	}
	if (ret) {
		dev_err(cc->dev, "slots %u+%d are not an allocated run\n",
			first, count);
	} else {
		for (n = first; n < first + count; n++) {
			edma_write_param(cc, n, &dummy_paramset);
			clear_bit(n, cc->slot_inuse);
		}
	}
	edma_unlock(flags);
	return ret;
}
EXPORT_SYMBOL(edma_free_cont_slots);

/* Read-modify-write of one word of an allocated slot. */
static void edma_param_modify(unsigned int slot, unsigned int word, u32 mask,
			      u32 val, const char *func)
{
	unsigned long flags;
	struct edma_cc *cc;

	edma_lock_irqsave(&flags);
	cc = edma_owned_slot(slot, func);
	if (!cc) {
		edma_unlock(flags);
		return;
	}
	edma_modify(cc, PARM_OFFSET(EDMA_CHAN_SLOT(slot)) + word, mask, val);
	edma_unlock(flags);
}

static void edma_set_port(unsigned int slot, dma_addr_t port,
			  enum address_mode mode, enum fifo_width width,
			  u32 am_bit, unsigned int word, const char *func)
{
	unsigned int offset = PARM_OFFSET(EDMA_CHAN_SLOT(slot));
	unsigned long flags;
	struct edma_cc *cc;

	edma_lock_irqsave(&flags);
	cc = edma_owned_slot(slot, func);
	if (!cc) {
		edma_unlock(flags);
		return;
	}
	/* PaRAM holds 32-bit addresses: refuse what LPAE could pass, not cut */
	if (upper_32_bits(port)) {
		dev_err(cc->dev, "%s: bus address 0x%llx is above 4 GiB\n",
			func, (u64)port);
		edma_unlock(flags);
		return;
	}
	if (mode == FIFO)
		edma_modify(cc, offset, am_bit | EDMA_FWID,
			    am_bit | ((width & 7) << 8));
	else
		edma_modify(cc, offset, am_bit, 0);
	edma_write(cc, offset + word, port);
	edma_unlock(flags);
}

/**
 * edma_set_src - set a slot's source address and addressing mode
 * @slot: an allocated slot or channel handle
 * @src_port: source bus address, below 4 GiB
 * @mode: INCR, or FIFO for constant addressing
 * @width: FIFO width, used with FIFO only
 *
 * EDMA3 PaRAM holds 32-bit addresses.  With a 64-bit dma_addr_t (LPAE) an
 * address above 4 GiB is refused with an error message and the slot is
 * left as it was; it is never cut to its low 32 bits.  Devices using EDMA3
 * need a 32-bit DMA mask, so dma_map_*() does not hand out such addresses.
 *
 * Context: any.
 */
void edma_set_src(unsigned int slot, dma_addr_t src_port,
		  enum address_mode mode, enum fifo_width width)
{
	edma_set_port(slot, src_port, mode, width, SAM, PARM_SRC, __func__);
}
EXPORT_SYMBOL(edma_set_src);

/**
 * edma_set_dest - set a slot's destination address and addressing mode
 * @slot: an allocated slot or channel handle
 * @dest_port: destination bus address, below 4 GiB
 * @mode: INCR, or FIFO for constant addressing
 * @width: FIFO width, used with FIFO only
 *
 * EDMA3 PaRAM holds 32-bit addresses.  With a 64-bit dma_addr_t (LPAE) an
 * address above 4 GiB is refused with an error message and the slot is
 * left as it was; it is never cut to its low 32 bits.  Devices using EDMA3
 * need a 32-bit DMA mask, so dma_map_*() does not hand out such addresses.
 *
 * Context: any.
 */
void edma_set_dest(unsigned int slot, dma_addr_t dest_port,
		   enum address_mode mode, enum fifo_width width)
{
	edma_set_port(slot, dest_port, mode, width, DAM, PARM_DST, __func__);
}
EXPORT_SYMBOL(edma_set_dest);

/**
 * edma_set_src_index - set a slot's source B and C indexes
 * @slot: an allocated slot or channel handle
 * @src_bidx: byte offset between arrays
 * @src_cidx: byte offset between frames
 *
 * Only the source halves are written, whatever the sign of the values.
 *
 * Context: any.
 */
void edma_set_src_index(unsigned int slot, s16 src_bidx, s16 src_cidx)
{
	edma_param_modify(slot, 0x10, 0xffff, (u16)src_bidx, __func__);
	edma_param_modify(slot, 0x18, 0xffff, (u16)src_cidx, __func__);
}
EXPORT_SYMBOL(edma_set_src_index);

/**
 * edma_set_dest_index - set a slot's destination B and C indexes
 * @slot: an allocated slot or channel handle
 * @dest_bidx: byte offset between arrays
 * @dest_cidx: byte offset between frames
 *
 * Context: any.
 */
void edma_set_dest_index(unsigned int slot, s16 dest_bidx, s16 dest_cidx)
{
	edma_param_modify(slot, 0x10, 0xffff0000, (u32)(u16)dest_bidx << 16,
			  __func__);
	edma_param_modify(slot, 0x18, 0xffff0000, (u32)(u16)dest_cidx << 16,
			  __func__);
}
EXPORT_SYMBOL(edma_set_dest_index);

/**
 * edma_set_transfer_params - set a slot's counts and synchronisation
 * @slot: an allocated slot or channel handle
 * @acnt: bytes per array
 * @bcnt: arrays per frame
 * @ccnt: frames per block
 * @bcnt_rld: BCNT reload, used by A-synchronised transfers
 * @sync_mode: ASYNC (one array per event) or ABSYNC (one frame per event)
 *
 * The link field is kept.
 *
 * Context: any.
 */
void edma_set_transfer_params(unsigned int slot, u16 acnt, u16 bcnt,
			      u16 ccnt, u16 bcnt_rld,
			      enum sync_dimension sync_mode)
{
	unsigned int offset = PARM_OFFSET(EDMA_CHAN_SLOT(slot));
	unsigned long flags;
	struct edma_cc *cc;

	edma_lock_irqsave(&flags);
	cc = edma_owned_slot(slot, __func__);
	if (!cc) {
		edma_unlock(flags);
		return;
	}
	edma_modify(cc, offset + PARM_LINK_BCNTRLD, 0xffff0000,
		    (u32)bcnt_rld << 16);
	edma_modify(cc, offset, SYNCDIM, sync_mode == ASYNC ? 0 : SYNCDIM);
	edma_write(cc, offset + 0x08, ((u32)bcnt << 16) | acnt);
	edma_write(cc, offset + 0x1c, ccnt);
	edma_unlock(flags);
}
EXPORT_SYMBOL(edma_set_transfer_params);

/**
 * edma_link - make a slot reload from another when it is exhausted
 * @from: an allocated slot or channel handle
 * @to: an allocated slot or channel handle on the same controller
 *
 * Context: any.
 */
void edma_link(unsigned int from, unsigned int to)
{
	unsigned int to_slot = EDMA_CHAN_SLOT(to);
	unsigned long flags;
	struct edma_cc *cc;

	edma_lock_irqsave(&flags);
	cc = edma_owned_slot(from, __func__);
	if (!cc) {
		edma_unlock(flags);
		return;
	}
	if (EDMA_CTLR(from) != EDMA_CTLR(to)) {
		dev_err(cc->dev, "cannot link slot %u to controller %u\n",
			EDMA_CHAN_SLOT(from), EDMA_CTLR(to));
	} else if (!edma_slot_owned(cc, to_slot)) {
		dev_err(cc->dev, "cannot link to unallocated slot %u\n",
			to_slot);
	} else {
		edma_modify(cc, PARM_OFFSET(EDMA_CHAN_SLOT(from)) +
			    PARM_LINK_BCNTRLD, 0xffff, PARM_OFFSET(to_slot));
	}
	edma_unlock(flags);
}
EXPORT_SYMBOL(edma_link);

/**
 * edma_unlink - make a slot load the NULL set when it is exhausted
 * @from: an allocated slot or channel handle
 *
 * Context: any.
 */
void edma_unlink(unsigned int from)
{
	edma_param_modify(from, PARM_LINK_BCNTRLD, 0xffff, PARM_LINK_NULL,
			  __func__);
}
EXPORT_SYMBOL(edma_unlink);

/**
 * edma_write_slot - write a whole PaRAM set
 * @slot: an allocated slot or channel handle
 * @param: the set to write
 *
 * Context: any.
 */
void edma_write_slot(unsigned int slot, const struct edmacc_param *param)
{
	unsigned long flags;
	struct edma_cc *cc;

	if (WARN_ONCE(!param, "edma: %s with NULL param\n", __func__))
		return;
	edma_lock_irqsave(&flags);
	cc = edma_owned_slot(slot, __func__);
	if (!cc) {
		edma_unlock(flags);
		return;
	}
	edma_write_param(cc, EDMA_CHAN_SLOT(slot), param);
	edma_unlock(flags);
}
EXPORT_SYMBOL(edma_write_slot);

/* The controller of any existing slot (reads need no ownership). */
static struct edma_cc *edma_existing_slot(unsigned int slot,
					  const char *func)
{
	struct edma_cc *cc = edma_find_cc(EDMA_CTLR(slot));

	if (cc && EDMA_CHAN_SLOT(slot) >= cc->num_slots) {
		dev_err(cc->dev, "%s: slot %u does not exist\n", func,
			EDMA_CHAN_SLOT(slot));
		return NULL;
	}
	return cc;
}

/**
 * edma_read_slot - read a whole PaRAM set
 * @slot: a slot or channel handle
 * @param: where to store the set; zero-filled if @slot does not exist
 *
 * Context: any.
 */
void edma_read_slot(unsigned int slot, struct edmacc_param *param)
{
	unsigned long flags;
	struct edma_cc *cc;

	if (WARN_ONCE(!param, "edma: %s with NULL param\n", __func__))
		return;
	edma_lock_irqsave(&flags);
	cc = edma_existing_slot(slot, __func__);
	if (cc)
		memcpy_fromio(param,
			      cc->base + PARM_OFFSET(EDMA_CHAN_SLOT(slot)),
			      PARM_SIZE);
	else
		memset(param, 0, sizeof(*param));
	edma_unlock(flags);
}
EXPORT_SYMBOL(edma_read_slot);

/**
 * edma_get_position - current source or destination address of a slot
 * @slot: a slot or channel handle, normally of an active channel
 * @dst: true for the destination address, false for the source
 *
 * Reads one PaRAM word, so it is cheap enough for residue reporting.
 *
 * Context: any.
 * Return: the bus address, or 0 if @slot does not exist.
 */
dma_addr_t edma_get_position(unsigned int slot, bool dst)
{
	unsigned long flags;
	struct edma_cc *cc;
	dma_addr_t pos;

	edma_lock_irqsave(&flags);
	cc = edma_existing_slot(slot, __func__);
	if (!cc) {
		edma_unlock(flags);
		return 0;
	}
	pos = edma_read(cc, PARM_OFFSET(EDMA_CHAN_SLOT(slot)) +
			(dst ? PARM_DST : PARM_SRC));
	edma_unlock(flags);
	return pos;
}
EXPORT_SYMBOL(edma_get_position);

/**
 * edma_get_position_both - the 3.x two-pointer form of edma_get_position()
 * @slot: a slot or channel handle
 * @src: where to store the source address, or NULL
 * @dst: where to store the destination address, or NULL
 *
 * Both are set to 0 if @slot does not exist.
 *
 * Context: any.
 */
void edma_get_position_both(unsigned int slot, dma_addr_t *src,
			    dma_addr_t *dst)
{
	if (src)
		*src = edma_get_position(slot, false);
	if (dst)
		*dst = edma_get_position(slot, true);
}
EXPORT_SYMBOL(edma_get_position_both);

/*
 * For edma-ring.c: the controller's register window, looked up once when a
 * ring is set up, so its data path writes its own PaRAM and channel bits
 * without this file's lock.
 */
void __iomem *edma_cc_lookup(unsigned int ctlr, struct device **dev)
{
	void __iomem *base = NULL;
	unsigned long flags;
	struct edma_cc *cc;

	edma_lock_irqsave(&flags);
	list_for_each_entry(cc, &edma_ccs, node) {
		if (cc->id == ctlr) {
			base = cc->base;
			if (dev)
				*dev = cc->dev;
			break;
		}
	}
	edma_unlock(flags);
	return base;
}

unsigned long *edma_int_ier_map(unsigned int channel)
{
	unsigned int ch = EDMA_CHAN_SLOT(channel);
	unsigned long *map = NULL;
	unsigned long flags;
	struct edma_cc *cc;

	edma_lock_irqsave(&flags);
	cc = edma_owned_chan(channel, __func__);
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

/* ---- driver-model binding ---------------------------------------------- */

/* The channel controllers' compatibles (the driver's match table). */
static const struct of_device_id edma_of_ids[] = {
	{ .compatible = "ti,edma3", },
	{ .compatible = "ti,edma3-tpcc", },
	{ }
};
MODULE_DEVICE_TABLE(of, edma_of_ids);

/* Controller number of the controller probed from np, or -1. */
static int edma_ctlr_of_node(struct device_node *np)
{
	unsigned long flags;
	struct edma_cc *cc;
	int ctlr = -1;

	edma_lock_irqsave(&flags);
	list_for_each_entry(cc, &edma_ccs, node) {
		if (cc->dev->of_node == np) {
			ctlr = cc->id;
			break;
		}
	}
	edma_unlock(flags);
	return ctlr;
}

/**
 * edma_of_ctlr - controller number of a channel controller's DT node
 * @np: the node a "dmas" entry (or a crossbar's "dma-masters") points to
 *
 * Return: the controller number; -EPROBE_DEFER while an available
 * controller node has not been probed yet; -ENODEV if @np is disabled or
 * not an EDMA3 channel controller, which no wait would change.
 */
int edma_of_ctlr(struct device_node *np)
{
	int ctlr = edma_ctlr_of_node(np);

	if (ctlr >= 0)
		return ctlr;
	if (!IS_ENABLED(CONFIG_OF) || !of_match_node(edma_of_ids, np) ||
	    !of_device_is_available(np))
		return -ENODEV;
	return -EPROBE_DEFER;
}

/* ---- channel claims: which channels devices name as DMA requests ------ */

/*
 * Claim channel ch of controller ctlr for its peripheral event (see
 * chan_claimed).  Also checks the request: -EINVAL if the controller has
 * no such channel or queue.  edma_lock held.
 */
static int edma_claim_locked(struct edma_cc *cc, unsigned int ch, int queue)
{
	lockdep_assert_held(&edma_lock);
	if (ch >= cc->num_channels) {
		dev_err(cc->dev, "DMA request %u: no such channel\n", ch);
		return -EINVAL;
	}
	if (queue != EVENTQ_DEFAULT &&
	    (queue < 0 || (unsigned int)queue >= cc->num_tc)) {
		dev_err(cc->dev, "DMA request %u: no event queue %d\n", ch,
			queue);
		return -EINVAL;
	}
	set_bit(ch, cc->chan_claimed);
	return 0;
}

/**
 * edma_claim_channel - mark a channel as started by its peripheral event
 * @ctlr: controller number
 * @ch: channel number on it
 * @queue: the event queue the request asks for, or EVENTQ_DEFAULT
 *
 * For the crossbar routers, which learn a request's channel only when a
 * consumer looks it up.
 *
 * Return: 0, or -EINVAL for a controller, channel or queue that does not
 * exist.
 */
int edma_claim_channel(unsigned int ctlr, unsigned int ch, int queue)
{
	unsigned long flags;
	struct edma_cc *cc;
	int ret = -EINVAL;

	edma_lock_irqsave(&flags);
	cc = edma_find_cc(ctlr);
	if (cc)
		ret = edma_claim_locked(cc, ch, queue);
	edma_unlock(flags);
	return ret;
}

/**
 * edma_claim_free_channel - claim a channel no one uses, for a router
 * @ctlr: controller number
 * @skip: channels the router may not use (its reserved request lines)
 *
 * The channel is neither reserved, nor a memcpy channel, nor claimed, nor
 * allocated.
 *
 * Return: the channel number, -EINVAL for no such controller, or -EBUSY
 * when every channel is taken.
 */
int edma_claim_free_channel(unsigned int ctlr, const unsigned long *skip)
{
	unsigned long flags;
	struct edma_cc *cc;
	unsigned int ch;
	int ret = -EINVAL;

	edma_lock_irqsave(&flags);
	cc = edma_find_cc(ctlr);
	for (ch = 0; cc && ch < cc->num_channels; ch++) {
		if (test_bit(ch, cc->chan_rsv) ||
		    test_bit(ch, cc->chan_manual) ||
		    test_bit(ch, cc->chan_claimed) ||
		    test_bit(ch, cc->slot_inuse) || test_bit(ch, skip))
			continue;
		set_bit(ch, cc->chan_claimed);
		ret = ch;
		break;
	}
	if (cc && ret < 0)
		ret = -EBUSY;
	edma_unlock(flags);
	return ret;
}

/* Claim ch on the controller probed from np (all of them if !only). */
static void edma_claim_of(struct device_node *np, unsigned int ch,
			  struct edma_cc *only)
{
	unsigned long flags;
	struct edma_cc *cc;

	edma_lock_irqsave(&flags);
	list_for_each_entry(cc, &edma_ccs, node) {
		if (cc->dev->of_node == np && (!only || cc == only) &&
		    ch < cc->num_channels)
			set_bit(ch, cc->chan_claimed);
	}
	edma_unlock(flags);
}

/*
 * A device's "dmas" entries on an EDMA3 controller, directly or through an
 * "ti,am335x-edma-crossbar" (whose first cell is the channel).  Requests
 * through a "ti,dra7-dma-crossbar" get their channel when routed.
 */
static void edma_claim_of_dev(struct device *dev, struct edma_cc *only)
{
	struct of_phandle_args args;
	struct device_node *target;
	int i;

	for (i = 0; !of_parse_phandle_with_args(dev->of_node, "dmas",
						"#dma-cells", i, &args); i++) {
		target = args.np;
		if (args.args_count >= 1 &&
		    of_device_is_compatible(target, "ti,am335x-edma-crossbar")) {
			target = of_parse_phandle(args.np, "dma-masters", 0);
			of_node_put(args.np);
		}
		if (target && args.args_count >= 1)
			edma_claim_of(target, args.args[0], only);
		of_node_put(target);
	}
}

/* A platform device's IORESOURCE_DMA resources, as 3.x read them. */
static void edma_claim_res_dev(struct platform_device *pdev,
			       struct edma_cc *only)
{
	unsigned long flags;
	struct edma_cc *cc;
	unsigned int i, val;

	edma_lock_irqsave(&flags);
	for (i = 0; i < pdev->num_resources; i++) {
		if (resource_type(&pdev->resource[i]) != IORESOURCE_DMA)
			continue;
		val = pdev->resource[i].start;
		list_for_each_entry(cc, &edma_ccs, node) {
			if (cc->id == EDMA_CTLR(val) && (!only || cc == only) &&
			    EDMA_SPEC_CHAN(val) < cc->num_channels)
				set_bit(EDMA_SPEC_CHAN(val), cc->chan_claimed);
		}
	}
	edma_unlock(flags);
}

static void edma_claim_dev(struct device *dev, struct edma_cc *only)
{
	if (dev->of_node)
		edma_claim_of_dev(dev, only);
	else if (dev_is_platform(dev))
		edma_claim_res_dev(to_platform_device(dev), only);
}

/* bus_for_each_dev() callback: a controller's pass over existing devices */
static int edma_claim_one(struct device *dev, void *cc)
{
	edma_claim_dev(dev, cc);
	return 0;
}

/*
 * Devices added after a controller: claim what they name.  Together with
 * the one pass each controller makes when it registers, every device is
 * seen whatever the order of registration, and nothing scans the bus when
 * a channel is allocated.
 */
static int edma_bus_notify(struct notifier_block *nb, unsigned long action,
			   void *data)
{
	if (action == BUS_NOTIFY_ADD_DEVICE)
		edma_claim_dev(data, NULL);
	return NOTIFY_DONE;
}

static struct notifier_block edma_bus_nb = {
	.notifier_call = edma_bus_notify,
};

/* A "dmas" entry pointing at a controller: <channel [queue]>. */
static int edma_spec_from_args(const struct of_phandle_args *args,
			       struct edma_dma_spec *spec)
{
	int ctlr = edma_of_ctlr(args->np);

	if (ctlr < 0)
		return ctlr;
	if (args->args_count < 1 || args->args_count > 2)
		return -EINVAL;
	spec->ctlr = ctlr;
	spec->channel = args->args[0];
	spec->queue = args->args_count > 1 ? (int)args->args[1] :
					     EVENTQ_DEFAULT;
	return 0;
}

/**
 * edma_of_dma_spec - resolve one "dmas" entry, as an of_dma xlate sees it
 * @args: the entry: a controller node and <channel [queue]>, or a
 *	"ti,am335x-edma-crossbar" or "ti,dra7-dma-crossbar" node and its cells
 * @spec: filled with controller, channel and queue
 *
 * Routes a crossbar entry (programming the router) and claims the channel
 * for its peripheral event, exactly as edma_get_dma_spec() does for a
 * named request.  For a dmaengine provider's of_dma translation.
 *
 * Context: process.
 * Return: 0, or the errors of edma_get_dma_spec() other than -ENOENT.
 */
int edma_of_dma_spec(const struct of_phandle_args *args,
		     struct edma_dma_spec *spec)
{
	int ret;

	if (!args || !args->np || !spec)
		return -EINVAL;
	/* a router claims the channel it routes to; a direct entry here */
	if (edma_xbar_node(args->np))
		return edma_xbar_route(args, spec);
	ret = edma_spec_from_args(args, spec);
	return ret ?: edma_claim_channel(spec->ctlr, spec->channel,
					 spec->queue);
}
EXPORT_SYMBOL(edma_of_dma_spec);

/**
 * edma_find_ctlr - a controller a device carries, for a dmaengine provider
 * @dev: the controller's device (the "edma" platform device or DT node's)
 * @from: the lowest controller number to report
 * @info: filled with the controller's number, counts, memcpy channels and
 *	platform slave map
 *
 * A 3.x "edma" device carries two controllers; call again with
 * @from = @info->ctlr + 1 to find the next.
 *
 * Context: any.
 * Return: 0, or -ENODEV when @dev carries no (further) probed controller.
 */
int edma_find_ctlr(struct device *dev, unsigned int from,
		   struct edma_ctlr_info *info)
{
	unsigned long flags;
	struct edma_cc *cc;
	int ret = -ENODEV;

	if (!dev || !info)
		return -EINVAL;
	edma_lock_irqsave(&flags);
	list_for_each_entry(cc, &edma_ccs, node) {
		if (cc->dev != dev || cc->id < from)
			continue;
		info->ctlr = cc->id;
		info->dev = cc->dev;
		info->num_channels = cc->num_channels;
		info->num_slots = cc->num_slots;
		info->num_queues = cc->num_tc;
		bitmap_zero(info->memcpy, EDMA_MAX_DMACH);
		bitmap_copy(info->memcpy, cc->chan_manual, cc->num_channels);
		info->slave_map = cc->slave_map;
		info->slavecnt = cc->slavecnt;
		ret = 0;
		break;
	}
	edma_unlock(flags);
	return ret;
}
EXPORT_SYMBOL(edma_find_ctlr);

static int edma_get_of_spec(struct device *dev, const char *name,
			    struct edma_dma_spec *spec)
{
	struct of_phandle_args args;
	int index, ret;

	index = of_property_match_string(dev->of_node, "dma-names", name);
	if (index < 0)
		return -ENOENT;
	ret = of_parse_phandle_with_args(dev->of_node, "dmas", "#dma-cells",
					 index, &args);
	if (ret)
		return ret;
	ret = edma_of_dma_spec(&args, spec);
	of_node_put(args.np);
	if (ret && ret != -EPROBE_DEFER)
		dev_err(dev, "DMA request \"%s\": cannot be resolved (%d)\n",
			name, ret);
	return ret;
}

static bool edma_ctlr_present(unsigned int ctlr)
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

/**
 * edma_get_dma_spec - look up a device's DMA request line by name
 * @dev: the client device
 * @name: the request's name ("rx", "tx", ...)
 * @spec: filled with controller, channel and queue
 *
 * The line comes from the device tree ("dmas"/"dma-names") or from a
 * named IORESOURCE_DMA resource of a platform device, whose value is
 * EDMA_DMA_SPEC() or EDMA_CTLR_CHAN().  This is the one lookup every
 * client uses, classic or ring; there is no filter function.
 *
 * A "dmas" entry may go through a "ti,am335x-edma-crossbar" or
 * "ti,dra7-dma-crossbar" router, which is programmed here, as dmaengine
 * routes a request when it is looked up.  The channel is claimed: it will
 * be started by its peripheral event.
 *
 * Context: process (it may parse the device tree).
 * Return: 0; -ENOENT if the device names no such request; -EPROBE_DEFER
 * while its controller or router, present and enabled, has not been
 * probed yet; -ENODEV if the request points at something that is not (or
 * not an enabled) EDMA3 controller or router; -EINVAL for a channel,
 * queue or router input that does not exist; -EBUSY if a router has no
 * channel left.
 */
int edma_get_dma_spec(struct device *dev, const char *name,
		      struct edma_dma_spec *spec)
{
	struct resource *res;
	unsigned int val;

	if (!dev || !name || !spec)
		return -EINVAL;
	if (dev->of_node)
		return edma_get_of_spec(dev, name, spec);
	if (!dev_is_platform(dev))
		return -ENOENT;
	res = platform_get_resource_byname(to_platform_device(dev),
					   IORESOURCE_DMA, name);
	if (!res)
		return -ENOENT;
	val = res->start;
	if (!edma_ctlr_present(EDMA_CTLR(val)))
		return -EPROBE_DEFER;
	spec->ctlr = EDMA_CTLR(val);
	spec->channel = EDMA_SPEC_CHAN(val);
	spec->queue = EDMA_SPEC_QUEUE(val);
	return edma_claim_channel(spec->ctlr, spec->channel, spec->queue);
}
EXPORT_SYMBOL(edma_get_dma_spec);

static void edma_devm_free_channel(void *data)
{
	edma_free_channel((unsigned long)data);
}

/**
 * devm_edma_alloc_channel - allocate the channel a device's request names
 * @dev: the client device
 * @name: the request's name ("rx", "tx", ...)
 * @callback: as for edma_alloc_channel()
 * @data: passed to @callback
 *
 * Looks the request up with edma_get_dma_spec(), allocates its channel on
 * its queue, and frees it when the driver unbinds.  The channel is started
 * by its peripheral event.
 *
 * Context: process.
 * Return: the channel handle, or a negative errno (-EPROBE_DEFER while
 * the controller is not there yet).
 */
int devm_edma_alloc_channel(struct device *dev, const char *name,
			    void (*callback)(unsigned int channel,
					     u16 ch_status, void *data),
			    void *data)
{
	struct edma_dma_spec spec;
	int ch, ret;

	ret = edma_get_dma_spec(dev, name, &spec);
	if (ret)
		return ret;
	ch = edma_alloc_channel(EDMA_CTLR_CHAN(spec.ctlr, spec.channel),
				callback, data, spec.queue);
	if (ch < 0)
		return ch;
	ret = devm_add_action_or_reset(dev, edma_devm_free_channel,
				       (void *)(unsigned long)ch);
	return ret ? ret : ch;
}
EXPORT_SYMBOL(devm_edma_alloc_channel);

/* ---- interrupts -------------------------------------------------------- */

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
 * generation gen (see the top of this file).  No lock is held, so the
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
static irqreturn_t edma_completion_handler(int irq, void *dev_id)
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
		for_each_set_bit(bit, &pending, 32)
			edma_report(cc, bank * 32 + bit, EDMA_DMA_COMPLETE,
				    gen[bit]);
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
	for_each_set_bit(bit, &missed, 32)
		edma_report(cc, bank * 32 + bit, EDMA_DMA_CC_ERROR,
			    gen[bank * 32 + bit]);
}

static void edma_handle_ccerr(struct edma_cc *cc, u32 ccerr,
			      const unsigned int *gen)
{
	unsigned int ch;

	edma_write(cc, EDMA_CCERRCLR, ccerr);
	if (ccerr & CCERR_QTHRXCD_MASK) {
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

/* The channels of bank (32 channels) that belong to another core. */
static u32 edma_rsv_bank(struct edma_cc *cc, unsigned int bank)
{
	u32 mask = 0;
	unsigned int bit;

	for (bit = 0; bit < 32; bit++) {
		if (test_bit(bank * 32 + bit, cc->chan_rsv))
			mask |= BIT(bit);
	}
	return mask;
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
static irqreturn_t edma_error_handler(int irq, void *dev_id)
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
static irqreturn_t edma_tc_error_handler(int irq, void *dev_id)
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
	 * after its channel last moved generation (edma_stop() cannot clear
	 * a TC's error), so it goes to the channel's generation of now, as
	 * a completion the TC delivers after edma_stop() does; noting it
	 * only here still keeps it from a channel an earlier callback of
	 * this run stops or frees.
	 */
	edma_gen_all(cc, gen);
	dev_err_ratelimited(cc->dev, "TC%u error: ERRSTAT %#x ERRDET %#x\n",
			    tc->index, errstat, errdet);

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

/* ---- device-tree transfer controllers ("ti,edma3-tptc") ----------------- */

/* Bound TC devices, linked or not to a controller; edma_lock protects it. */
static LIST_HEAD(edma_dt_tcs);

/* Link every bound TC that cc's "ti,tptcs" lists.  edma_lock held. */
static void edma_link_dt_tcs_locked(struct edma_cc *cc)
{
	struct edma_tc *tc;
	unsigned int q;

	lockdep_assert_held(&edma_lock);
	for (q = 0; q < cc->num_tc; q++) {
		if (!cc->tc_np[q] || cc->dt_tc[q])
			continue;
		list_for_each_entry(tc, &edma_dt_tcs, node) {
			if (tc->dev->of_node != cc->tc_np[q] || tc->cc)
				continue;
			/* queue q is served by TC q: QUETCMAP is the identity */
			tc->index = q;
			cc->dt_tc[q] = tc;
			WRITE_ONCE(tc->cc, cc);
			break;
		}
	}
}

/* Unlink cc's TCs and wait for their error handlers to let go of cc. */
static void edma_unlink_dt_tcs(struct edma_cc *cc)
{
	int irqs[EDMA_MAX_TC];
	unsigned long flags;
	unsigned int q;

	edma_lock_irqsave(&flags);
	for (q = 0; q < EDMA_MAX_TC; q++) {
		irqs[q] = -1;
		if (!cc->dt_tc[q])
			continue;
		irqs[q] = cc->dt_tc[q]->irq;
		WRITE_ONCE(cc->dt_tc[q]->cc, NULL);
		cc->dt_tc[q] = NULL;
	}
	edma_unlock(flags);
	for (q = 0; q < EDMA_MAX_TC; q++) {
		if (irqs[q] > 0)
			synchronize_irq(irqs[q]);
	}
}

static void edma_tptc_remove_action(void *data)
{
	struct edma_tc *tc = data;
	unsigned long flags;

	edma_lock_irqsave(&flags);
	list_del(&tc->node);
	if (tc->cc)
		tc->cc->dt_tc[tc->index] = NULL;
	WRITE_ONCE(tc->cc, NULL);
	edma_unlock(flags);
	pm_runtime_put_sync(tc->dev);
	pm_runtime_disable(tc->dev);
}

/*
 * A TC of the device-tree binding: keep it powered (runtime PM), enable
 * and handle its error interrupt where it has one, and link it to the
 * controller that lists it in "ti,tptcs", whichever probes first.
 */
static int edma_tptc_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	unsigned long flags;
	struct edma_tc *tc;
	struct edma_cc *cc;
	int ret;

	tc = devm_kzalloc(dev, sizeof(*tc), GFP_KERNEL);
	if (!tc)
		return -ENOMEM;
	tc->dev = dev;
	INIT_LIST_HEAD(&tc->node);
	tc->base = devm_platform_ioremap_resource(pdev, 0);
	if (IS_ERR(tc->base))
		return PTR_ERR(tc->base);

	pm_runtime_enable(dev);
	ret = pm_runtime_resume_and_get(dev);
	if (ret < 0) {
		pm_runtime_disable(dev);
		return ret;
	}
	edma_lock_irqsave(&flags);
	list_add_tail(&tc->node, &edma_dt_tcs);
	edma_unlock(flags);
	ret = devm_add_action_or_reset(dev, edma_tptc_remove_action, tc);
	if (ret)
		return ret;

	/* K2G's TCs have no error interrupt */
	tc->irq = platform_get_irq_optional(pdev, 0);
	if (tc->irq > 0) {
		ret = devm_request_irq(dev, tc->irq, edma_tc_error_handler,
				       IRQF_SHARED, dev_name(dev), tc);
		if (ret)
			return ret;
		writel(TC_ERR_ALL, tc->base + TC_ERREN);
	}
	platform_set_drvdata(pdev, tc);

	edma_lock_irqsave(&flags);
	list_for_each_entry(cc, &edma_ccs, node)
		edma_link_dt_tcs_locked(cc);
	edma_unlock(flags);
	return 0;
}

#ifdef CONFIG_PM_SLEEP
static int edma_tptc_resume(struct device *dev)
{
	struct edma_tc *tc = dev_get_drvdata(dev);

	if (tc && tc->irq > 0)
		writel(TC_ERR_ALL, tc->base + TC_ERREN);
	return 0;
}
#endif

static const struct dev_pm_ops edma_tptc_pm_ops = {
	SET_LATE_SYSTEM_SLEEP_PM_OPS(NULL, edma_tptc_resume)
};

static const struct of_device_id edma_tptc_of_ids[] = {
	{ .compatible = "ti,edma3-tptc", },
	{ }
};
MODULE_DEVICE_TABLE(of, edma_tptc_of_ids);

static struct platform_driver edma_tptc_driver = {
	.driver = {
		.name		= "edma3-tptc",
		.of_match_table	= edma_tptc_of_ids,
		.pm		= &edma_tptc_pm_ops,
	},
	.probe	= edma_tptc_probe,
};

/* ---- probe ------------------------------------------------------------- */

/* The resources of one controller, however the platform named them. */
struct edma_cc_res {
	struct resource	*mem;
	int		ccint;
	int		ccerrint;	/* < 0: not wired */
	const char	*tc_fmt;	/* TC register window names, or NULL */
	const char	*tcerr_fmt;	/* TC error interrupt names */
	unsigned int	first_tc;	/* number of this controller's TC0 */
	unsigned int	num_tc;		/* out: TCs the controller has */
	/* device tree: the TC nodes of "ti,tptcs", by queue */
	struct device_node *tc_np[EDMA_MAX_TC];
};

static int edma_get_named_res(struct platform_device *pdev,
			      struct edma_cc_res *r, const char *mem,
			      const char *ccint, const char *ccerrint)
{
	r->mem = platform_get_resource_byname(pdev, IORESOURCE_MEM, mem);
	if (!r->mem) {
		dev_err(&pdev->dev, "no memory resource %s\n", mem);
		return -ENODEV;
	}
	r->ccint = platform_get_irq_byname(pdev, ccint);
	if (r->ccint < 0)
		return r->ccint;
	r->ccerrint = platform_get_irq_byname_optional(pdev, ccerrint);
	return 0;
}

/*
 * Mark {first, count} ranges, terminated by a negative first.  A range that
 * runs past the end is clipped and reported: the part that exists still
 * belongs to the other core.
 */
static void edma_mark_pairs(struct edma_cc *cc, unsigned long *map,
			    unsigned int nbits, const s16 (*pairs)[2],
			    const char *what)
{
	unsigned int first, count;

	for (; pairs && pairs[0][0] >= 0; pairs++) {
		first = pairs[0][0];
		count = max_t(int, pairs[0][1], 0);
		if (!count)
			continue;
		if (first >= nbits || count > nbits - first) {
			dev_warn(cc->dev, "reserved %s %u..%u end past %u, clipped\n",
				 what, first, first + count - 1, nbits - 1);
			if (first >= nbits)
				continue;
			count = nbits - first;
		}
		bitmap_set(map, first, count);
	}
}

static void edma_apply_queues(struct edma_cc *cc,
			      const struct edma_soc_info *info)
{
	s8 (*m)[2];
	int i;

	for (i = 0; i < EDMA_MAX_TC; i++) {
		cc->queue_tc[i] = i;
		cc->queue_prio[i] = i;
	}
	for (m = info->queue_tc_mapping; m && m[0][0] >= 0; m++) {
		if (m[0][0] < cc->num_tc && m[0][1] >= 0)
			cc->queue_tc[m[0][0]] = m[0][1] & 7;
	}
	for (m = info->queue_priority_mapping; m && m[0][0] >= 0; m++) {
		if (m[0][0] < cc->num_tc && m[0][1] >= 0)
			cc->queue_prio[m[0][0]] = m[0][1] & 7;
	}

	/* without a valid default, use the last (lowest priority) queue */
	cc->default_queue = cc->num_tc - 1;
	if (info->default_queue >= 0 &&
	    (unsigned int)info->default_queue < cc->num_tc)
		cc->default_queue = info->default_queue;
	else if (info->default_queue != EVENTQ_DEFAULT)
		dev_warn(cc->dev, "default queue %d does not exist, using %u\n",
			 info->default_queue, cc->default_queue);
}

/* Which channels the platform claims for events, and which are reserved. */
static void edma_apply_channels(struct edma_cc *cc,
				const struct edma_soc_info *info)
{
	const struct dma_slave_map *map = info->slave_map;
	const s16 (*xbar)[2];
	s32 *ch;
	int i;

	if (info->rsv) {
		edma_mark_pairs(cc, cc->chan_rsv, cc->num_channels,
				info->rsv->rsv_chans, "channels");
		edma_mark_pairs(cc, cc->slot_rsv, cc->num_slots,
				info->rsv->rsv_slots, "slots");
	}
	for (xbar = info->xbar_chans; xbar && xbar[0][0] >= 0; xbar++) {
		if (xbar[0][1] >= 0 && xbar[0][1] < cc->num_channels)
			set_bit(xbar[0][1], cc->chan_claimed);
	}
	cc->slave_map = map;
	cc->slavecnt = map ? info->slavecnt : 0;
	for (i = 0; map && i < info->slavecnt; i++) {
		int handle = map[i].param ? *(int *)map[i].param : -1;

		if (handle >= 0 && EDMA_CTLR(handle) == cc->id &&
		    EDMA_CHAN_SLOT(handle) < cc->num_channels)
			set_bit(EDMA_CHAN_SLOT(handle), cc->chan_claimed);
	}
	for (ch = info->memcpy_channels; ch && *ch >= 0; ch++) {
		if (*ch < cc->num_channels)
			set_bit(*ch, cc->chan_manual);
		else
			dev_warn(cc->dev, "memcpy channel %d does not exist\n",
				 *ch);
	}
}

/* Counts from CCCFG; platform data may override them. */
static int edma_read_config(struct edma_cc *cc,
			    const struct edma_soc_info *info)
{
	u32 cccfg = edma_read(cc, EDMA_CCCFG);
	unsigned int regn = CCCFG_NUM_REGN(cccfg);

	cc->num_channels = CCCFG_NUM_DMACH(cccfg) ?
			   BIT(CCCFG_NUM_DMACH(cccfg) + 1) : 0;
	cc->num_slots = BIT(CCCFG_NUM_PAENTRY(cccfg) + 4);
	cc->num_tc = CCCFG_NUM_EVQUE(cccfg) + 1;
	cc->num_region = regn ? BIT(regn) : 0;
	cc->chmap_exist = cccfg & CCCFG_CHMAP_EXIST;

	if (info->n_channel)
		cc->num_channels = info->n_channel;
	if (info->n_slot)
		cc->num_slots = info->n_slot;
	if (info->n_tc)
		cc->num_tc = info->n_tc;
	if (info->n_region)
		cc->num_region = info->n_region;

	cc->num_channels = min_t(unsigned int, cc->num_channels,
				 EDMA_MAX_DMACH);
	cc->num_slots = min_t(unsigned int, cc->num_slots,
			      EDMA_MAX_PARAMENTRY);
	cc->num_tc = min_t(unsigned int, cc->num_tc, EDMA_MAX_TC);
	if (!cc->num_channels || cc->num_slots < cc->num_channels) {
		dev_err(cc->dev, "bad configuration: %u channels, %u slots\n",
			cc->num_channels, cc->num_slots);
		return -EINVAL;
	}
	return 0;
}

/*
 * Put the hardware in a known state without touching what belongs to
 * another core: reserved slots keep their PaRAM, reserved channels their
 * queue, mapping and region bits, and other regions are not written.
 */
static void edma_init_hw(struct edma_cc *cc)
{
	u32 tcmap = 0, prio = 0;
	unsigned int i;

	for (i = 0; i < cc->num_slots; i++) {
		if (!test_bit(i, cc->slot_rsv))
			edma_write_param(cc, i, &dummy_paramset);
	}
	for (i = 0; i < cc->num_channels; i++) {
		if (test_bit(i, cc->chan_rsv))
			continue;
		if (cc->chmap_exist)
			edma_write(cc, EDMA_DCHMAP + i * 4, i << 5);
		edma_set_queue(cc, i, cc->default_queue);
		/* the shadow writes below need the region bit */
		edma_set_region0(cc, i, true);
		edma_stop_locked(cc, i);
		edma_enable_irq_locked(cc, i, false);
		edma_set_region0(cc, i, false);
	}
	for (i = 0; i < cc->num_tc; i++) {
		tcmap |= cc->queue_tc[i] << (i * 4);
		prio |= cc->queue_prio[i] << (i * 4);
	}
	edma_write(cc, EDMA_QUETCMAP, tcmap);
	edma_write(cc, EDMA_QUEPRI, prio);
}

/* Optional TC register windows and error interrupts. */
static int edma_setup_tcs(struct platform_device *pdev, struct edma_cc *cc,
			  const struct edma_cc_res *r)
{
	struct resource *res;
	unsigned int i;
	char name[24];
	int irq, ret;

	for (i = 0; r->tc_fmt && i < cc->num_tc; i++) {
		struct edma_tc *tc = &cc->tc[i];

		tc->cc = cc;
		tc->index = i;
		snprintf(name, sizeof(name), r->tc_fmt, r->first_tc + i);
		res = platform_get_resource_byname(pdev, IORESOURCE_MEM, name);
		snprintf(name, sizeof(name), r->tcerr_fmt, r->first_tc + i);
		irq = platform_get_irq_byname_optional(pdev, name);
		if (!res || irq < 0)
			continue;
		tc->base = devm_ioremap_resource(&pdev->dev, res);
		if (IS_ERR(tc->base))
			return PTR_ERR(tc->base);
		ret = devm_request_irq(&pdev->dev, irq, edma_tc_error_handler,
				       IRQF_SHARED, dev_name(&pdev->dev), tc);
		if (ret)
			return ret;
		writel(TC_ERR_ALL, tc->base + TC_ERREN);
	}
	return 0;
}

static int edma_register_cc(struct edma_cc *cc, int want_id)
{
	struct list_head *pos = &edma_ccs;
	struct edma_cc *other;
	unsigned long flags;
	unsigned int id = 0;
	int ret = 0;

	edma_lock_irqsave(&flags);
	if (want_id < 0) {
		/* the list is sorted: the first gap is the first free id */
		list_for_each_entry(other, &edma_ccs, node) {
			if (other->id != id)
				break;
			id++;
		}
	} else {
		id = want_id;
	}
	list_for_each_entry(other, &edma_ccs, node) {
		if (other->id == id) {
			ret = -EBUSY;
			break;
		}
		if (other->id > id) {
			pos = &other->node;
			break;
		}
	}
	if (!ret) {
		cc->id = id;
		list_add_tail(&cc->node, pos);
		edma_link_dt_tcs_locked(cc);
	}
	edma_unlock(flags);
	return ret;
}

/*
 * devm action: take the controller off the list, so every later call with
 * its handles fails cleanly, and quiesce the channels clients left behind.
 */
static void edma_unregister_cc(void *data)
{
	struct edma_cc *cc = data;
	unsigned int ch, busy = 0;
	unsigned long flags;

	edma_lock_irqsave(&flags);
	list_del(&cc->node);
	for (ch = 0; ch < cc->num_channels; ch++) {
		if (!test_bit(ch, cc->slot_inuse))
			continue;
		busy++;
		edma_stop_client_locked(cc, ch);
		edma_enable_irq_locked(cc, ch, false);
		edma_set_region0(cc, ch, false);
	}
	edma_unlock(flags);
	edma_unlink_dt_tcs(cc);
	if (busy)
		dev_warn(cc->dev, "removed with %u channels still allocated\n",
			 busy);
}

static int edma_setup_cc(struct platform_device *pdev,
			 const struct edma_soc_info *info,
			 struct edma_cc_res *r, int want_id)
{
	struct device *dev = &pdev->dev;
	struct edma_cc *cc;
	unsigned int i;
	int ret;

	cc = devm_kzalloc(dev, sizeof(*cc), GFP_KERNEL);
	if (!cc)
		return -ENOMEM;
	for (i = 0; i < EDMA_MAX_DMACH; i++)
		seqcount_init(&cc->client[i].gen);
	cc->dev = dev;
	/* the id is final only once registered; slave_map needs it before */
	cc->id = want_id < 0 ? 0 : want_id;
	INIT_LIST_HEAD(&cc->node);
	cc->base = devm_ioremap_resource(dev, r->mem);
	if (IS_ERR(cc->base))
		return PTR_ERR(cc->base);

	ret = edma_read_config(cc, info);
	if (ret)
		return ret;
	r->num_tc = cc->num_tc;
	cc->saved_params = devm_kcalloc(dev, cc->num_slots, PARM_SIZE,
					GFP_KERNEL);
	if (!cc->saved_params)
		return -ENOMEM;
	memcpy(cc->tc_np, r->tc_np, sizeof(cc->tc_np));
	edma_apply_queues(cc, info);
	edma_apply_channels(cc, info);
	cc->rsv_mask[0] = edma_rsv_bank(cc, 0);
	cc->rsv_mask[1] = edma_rsv_bank(cc, 1);
	edma_init_hw(cc);

	ret = edma_setup_tcs(pdev, cc, r);
	if (ret)
		return ret;
	ret = devm_request_irq(dev, r->ccint, edma_completion_handler,
			       IRQF_SHARED, dev_name(dev), cc);
	if (ret)
		return ret;
	if (r->ccerrint >= 0) {
		ret = devm_request_irq(dev, r->ccerrint, edma_error_handler,
				       IRQF_SHARED, dev_name(dev), cc);
		if (ret)
			return ret;
	} else {
		dev_warn(dev, "no error interrupt: errors will go unreported\n");
	}

	ret = edma_register_cc(cc, want_id);
	if (ret) {
		dev_err(dev, "controller %d already exists\n", want_id);
		return ret;
	}
	ret = devm_add_action_or_reset(dev, edma_unregister_cc, cc);
	if (ret)
		return ret;
	/* devices registered before this controller: see edma_bus_notify() */
	bus_for_each_dev(&platform_bus_type, NULL, cc, edma_claim_one);
	dev_info(dev, "EDMA3 CC%u: %u channels, %u slots, %u TCs\n", cc->id,
		 cc->num_channels, cc->num_slots, cc->num_tc);
	return 0;
}

/* 3.x: one "edma" device, an array of EDMA_MAX_CC soc_info pointers. */
static int edma_probe_legacy(struct platform_device *pdev)
{
	struct edma_soc_info **info = dev_get_platdata(&pdev->dev);
	struct edma_cc_res r = {
		.tc_fmt = "edma_tc%u",
		.tcerr_fmt = "edma_tc%u_err",
	};
	char mem[16], ccint[16], ccerrint[16];
	unsigned int j;
	int ret;

	if (!info || !info[0]) {
		dev_err(&pdev->dev, "no platform data\n");
		return -ENODEV;
	}
	for (j = 0; j < EDMA_MAX_CC && info[j]; j++) {
		snprintf(mem, sizeof(mem), "edma_cc%u", j);
		snprintf(ccint, sizeof(ccint), "edma%u", j);
		snprintf(ccerrint, sizeof(ccerrint), "edma%u_err", j);
		ret = edma_get_named_res(pdev, &r, mem, ccint, ccerrint);
		if (ret)
			return ret;
		ret = edma_setup_cc(pdev, info[j], &r, j);
		if (ret)
			return ret;
		/* TCs are numbered across controllers: DA850 CC1 has TC2 */
		r.first_tc += r.num_tc;
	}
	return 0;
}

static int edma_get_edma3_res(struct platform_device *pdev,
			      struct edma_cc_res *r)
{
	r->tc_fmt = "edma3_tc%u";
	r->tcerr_fmt = "edma3_tc%u_errint";
	r->first_tc = 0;
	return edma_get_named_res(pdev, r, "edma3_cc", "edma3_ccint",
				  "edma3_ccerrint");
}

/* Later kernels: one "edma" device per controller, "edma3_*" names. */
static int edma_probe_pdata(struct platform_device *pdev)
{
	struct edma_soc_info *info = dev_get_platdata(&pdev->dev);
	struct edma_cc_res r = { };
	int ret;

	if (!info) {
		dev_err(&pdev->dev, "no platform data\n");
		return -ENODEV;
	}
	ret = edma_get_edma3_res(pdev, &r);
	if (ret)
		return ret;
	return edma_setup_cc(pdev, info, &r, pdev->id);
}

#ifdef CONFIG_OF
/*
 * A {first, count} u32 list property ("ti,edma-reserved-slot-ranges") as
 * {-1, -1} terminated s16 pairs.  A range starting beyond s16 lies past
 * any PaRAM: it is reported and skipped, never allowed to end the list;
 * a count beyond s16 is saturated, and edma_mark_pairs() clips it.  NULL
 * if absent.
 */
static const s16 (*edma_of_ranges(struct device *dev, const char *prop))[2]
{
	int i, nr = 0, n = of_property_count_u32_elems(dev->of_node, prop);
	s16 (*out)[2];
	u32 first, count;

	if (n <= 0)
		return NULL;
	if (n % 2)
		dev_warn(dev, "%s: odd number of cells, last one ignored\n",
			 prop);
	out = devm_kcalloc(dev, n / 2 + 1, sizeof(*out), GFP_KERNEL);
	if (!out)
		return ERR_PTR(-ENOMEM);
	for (i = 0; i + 1 < n; i += 2) {
		if (of_property_read_u32_index(dev->of_node, prop, i, &first) ||
		    of_property_read_u32_index(dev->of_node, prop, i + 1,
					       &count))
			return ERR_PTR(-EINVAL);
		if (first > S16_MAX) {
			dev_warn(dev, "%s: range at %u lies past any PaRAM, ignored\n",
				 prop, first);
			continue;
		}
		out[nr][0] = first;
		out[nr][1] = min_t(u32, count, S16_MAX);
		nr++;
	}
	out[nr][0] = -1;
	out[nr][1] = -1;
	return out;
}

/*
 * "dma-channel-mask" (one u32 per 32 channels, bit set: Linux may use the
 * channel) as reserved-channel ranges.  Channels past the cells given stay
 * usable, as in 6.1's dmaengine driver.
 */
static const s16 (*edma_of_channel_mask(struct device *dev))[2]
{
	u32 mask[EDMA_BANKS];
	unsigned int ch, nr = 0;
	s16 (*out)[2];
	int n;

	n = of_property_read_variable_u32_array(dev->of_node,
						"dma-channel-mask", mask, 1,
						EDMA_BANKS);
	if (n == -EINVAL)
		return NULL;
	if (n < 0) {
		dev_warn(dev, "dma-channel-mask: malformed (%d), ignored\n", n);
		return NULL;
	}
	/* at most one range per two channels, plus the terminator */
	out = devm_kcalloc(dev, EDMA_MAX_DMACH / 2 + 1, sizeof(*out),
			   GFP_KERNEL);
	if (!out)
		return ERR_PTR(-ENOMEM);
	for (ch = 0; ch < n * 32; ch++) {
		if (mask[ch / 32] & BIT(ch % 32))
			continue;
		if (nr && out[nr - 1][0] + out[nr - 1][1] == ch) {
			out[nr - 1][1]++;
		} else {
			out[nr][0] = ch;
			out[nr][1] = 1;
			nr++;
		}
	}
	out[nr][0] = -1;
	out[nr][1] = -1;
	return out;
}

/* "ti,edma-memcpy-channels" as a -1 terminated list; NULL if absent. */
static s32 *edma_of_memcpy_channels(struct device *dev)
{
	int i, n = of_property_count_u32_elems(dev->of_node,
					       "ti,edma-memcpy-channels");
	s32 *out;
	u32 v;

	if (n <= 0)
		return NULL;
	out = devm_kcalloc(dev, n + 1, sizeof(*out), GFP_KERNEL);
	if (!out)
		return ERR_PTR(-ENOMEM);
	for (i = 0; i < n; i++) {
		if (of_property_read_u32_index(dev->of_node,
					       "ti,edma-memcpy-channels", i, &v))
			return ERR_PTR(-EINVAL);
		out[i] = min_t(u32, v, S32_MAX);
	}
	out[n] = -1;
	return out;
}

/*
 * "ti,tptcs" = <&tc prio>...: queue i is served by the i-th TC listed, at
 * that priority (0 is the highest); queues not listed keep priority = queue
 * number.  The default queue is the first one of the lowest priority when
 * that is not 0, else the last queue: the rules 6.1's dmaengine driver
 * applies to the same tree, so both program the same QUEPRI.
 */
static int edma_of_tptcs(struct device *dev, struct edma_soc_info *info,
			 struct edma_cc_res *r)
{
	struct of_phandle_args args;
	unsigned int lowest = 0;
	s8 (*prio)[2];
	int i;

	prio = devm_kcalloc(dev, EDMA_MAX_TC + 1, sizeof(*prio), GFP_KERNEL);
	if (!prio)
		return -ENOMEM;
	for (i = 0; i < EDMA_MAX_TC; i++) {
		if (of_parse_phandle_with_fixed_args(dev->of_node, "ti,tptcs",
						     1, i, &args))
			break;
		/* DT nodes outlive the controller: keep the pointer only */
		r->tc_np[i] = args.np;
		of_node_put(args.np);
		prio[i][0] = i;
		prio[i][1] = min_t(u32, args.args[0], 7);
		if (prio[i][1] > lowest) {
			lowest = prio[i][1];
			info->default_queue = i;
		}
	}
	prio[i][0] = -1;
	prio[i][1] = -1;
	info->queue_priority_mapping = i ? prio : NULL;
	return 0;
}

/*
 * Platform data from the binding (Documentation/devicetree/bindings/dma/
 * ti,edma3-tpcc.yaml): counts come from CCCFG, except that the 3.x
 * "ti,edma3" nodes carry "dma-channels", "ti,edma-regions" and
 * "ti,edma-slots".
 */
static struct edma_soc_info *edma_info_from_of(struct device *dev,
					       struct edma_cc_res *r)
{
	struct device_node *np = dev->of_node;
	struct edma_soc_info *info;
	struct edma_rsv_info *rsv;
	int ret;
	u32 val;

	info = devm_kzalloc(dev, sizeof(*info), GFP_KERNEL);
	rsv = devm_kzalloc(dev, sizeof(*rsv), GFP_KERNEL);
	if (!info || !rsv)
		return ERR_PTR(-ENOMEM);
	if (!of_property_read_u32(np, "dma-channels", &val))
		info->n_channel = val;
	if (!of_property_read_u32(np, "ti,edma-slots", &val))
		info->n_slot = val;
	if (!of_property_read_u32(np, "ti,edma-regions", &val))
		info->n_region = val;
	info->default_queue = EVENTQ_DEFAULT;
	ret = edma_of_tptcs(dev, info, r);
	if (ret)
		return ERR_PTR(ret);
	info->memcpy_channels = edma_of_memcpy_channels(dev);
	rsv->rsv_slots = edma_of_ranges(dev, "ti,edma-reserved-slot-ranges");
	rsv->rsv_chans = edma_of_channel_mask(dev);
	if (IS_ERR(info->memcpy_channels))
		return ERR_CAST(info->memcpy_channels);
	if (IS_ERR(rsv->rsv_slots))
		return ERR_CAST(rsv->rsv_slots);
	if (IS_ERR(rsv->rsv_chans))
		return ERR_CAST(rsv->rsv_chans);
	info->rsv = rsv;
	return info;
}

/*
 * "ti,edma3-tpcc": resources named as in the binding, TCs as their own
 * "ti,edma3-tptc" nodes.  "ti,edma3" (3.8-3.10): reg 0 is the CC and
 * interrupts are <ccint mperr ccerrint>.
 */
static int edma_probe_of(struct platform_device *pdev)
{
	struct device_node *np = pdev->dev.of_node;
	struct edma_soc_info *info;
	struct edma_cc_res r = { };
	int ret;

	info = edma_info_from_of(&pdev->dev, &r);
	if (IS_ERR(info))
		return PTR_ERR(info);
	if (of_device_is_compatible(np, "ti,edma3")) {
		r.mem = platform_get_resource(pdev, IORESOURCE_MEM, 0);
		if (!r.mem)
			return -ENODEV;
		r.ccint = platform_get_irq(pdev, 0);
		if (r.ccint < 0)
			return r.ccint;
		r.ccerrint = platform_get_irq_optional(pdev, 2);
	} else {
		ret = edma_get_edma3_res(pdev, &r);
		if (ret)
			return ret;
	}
	r.tc_fmt = NULL;
	return edma_setup_cc(pdev, info, &r, of_alias_get_id(np, "edma"));
}
#else
static int edma_probe_of(struct platform_device *pdev)
{
	return -ENODEV;
}
#endif

static int edma_probe(struct platform_device *pdev)
{
	int ret;

	pm_runtime_enable(&pdev->dev);
	ret = pm_runtime_resume_and_get(&pdev->dev);
	if (ret < 0)
		goto err_disable;

	if (pdev->dev.of_node)
		ret = edma_probe_of(pdev);
	else if (platform_get_resource_byname(pdev, IORESOURCE_MEM,
					      "edma3_cc"))
		ret = edma_probe_pdata(pdev);
	else if (platform_get_resource_byname(pdev, IORESOURCE_MEM,
					      "edma_cc0"))
		ret = edma_probe_legacy(pdev);
	else
		ret = dev_err_probe(&pdev->dev, -ENODEV,
				    "no edma3_cc or edma_cc0 memory resource\n");
	if (!ret)
		return 0;

	pm_runtime_put_sync(&pdev->dev);
err_disable:
	pm_runtime_disable(&pdev->dev);
	return ret;
}

static int edma_remove(struct platform_device *pdev)
{
	pm_runtime_put_sync(&pdev->dev);
	pm_runtime_disable(&pdev->dev);
	return 0;
}

/* ---- power management ---------------------------------------------------- */

#ifdef CONFIG_PM_SLEEP
/* The PaRAM may not survive suspend: keep the sets Linux owns. */
static void edma_save_cc(struct edma_cc *cc)
{
	unsigned int slot;

	for_each_set_bit(slot, cc->slot_inuse, cc->num_slots)
		memcpy_fromio(&cc->saved_params[slot],
			      cc->base + PARM_OFFSET(slot), PARM_SIZE);
}

/*
 * Rebuild what Linux programmed: queue map and priorities, then per owned
 * channel its mapping, queue, region bit and interrupt and event enables,
 * and the PaRAM of every owned slot.  Other cores' resources are left alone.
 */
static void edma_restore_cc(struct edma_cc *cc)
{
	u32 tcmap = 0, prio = 0;
	unsigned int i;

	for (i = 0; i < cc->num_tc; i++) {
		tcmap |= cc->queue_tc[i] << (i * 4);
		prio |= cc->queue_prio[i] << (i * 4);
	}
	edma_write(cc, EDMA_QUETCMAP, tcmap);
	edma_write(cc, EDMA_QUEPRI, prio);
	for_each_set_bit(i, cc->slot_inuse, cc->num_slots)
		edma_write_param(cc, i, &cc->saved_params[i]);
	for (i = 0; i < cc->num_channels; i++) {
		if (!test_bit(i, cc->slot_inuse))
			continue;
		if (cc->chmap_exist)
			edma_write(cc, EDMA_DCHMAP + i * 4, i << 5);
		edma_set_queue(cc, i, cc->client[i].queue);
		edma_set_region0(cc, i, true);
		if (test_bit(i, cc->chan_ier_ext) ?
		    test_bit(i, cc->ier_ext) :
		    !!(cc->ier[i >> 5] & BIT(i & 31)))
			edma_sh_write_bit(cc, SH_IESR, i);
		if (cc->eer[i >> 5] & BIT(i & 31))
			edma_sh_write_bit(cc, SH_EESR, i);
	}
	for (i = 0; i < cc->num_tc; i++) {
		if (cc->tc[i].base)
			writel(TC_ERR_ALL, cc->tc[i].base + TC_ERREN);
	}
}

/* Save or restore every controller the device carries, under edma_lock. */
static int edma_pm_save_restore(struct device *dev, bool restore)
{
	unsigned long flags;
	struct edma_cc *cc;

	edma_lock_irqsave(&flags);
	list_for_each_entry(cc, &edma_ccs, node) {
		if (cc->dev != dev)
			continue;
		if (restore)
			edma_restore_cc(cc);
		else
			edma_save_cc(cc);
	}
	edma_unlock(flags);
	return 0;
}

static int edma_pm_suspend(struct device *dev)
{
	return edma_pm_save_restore(dev, false);
}

static int edma_pm_resume(struct device *dev)
{
	return edma_pm_save_restore(dev, true);
}
#endif

static const struct dev_pm_ops edma_pm_ops = {
	SET_LATE_SYSTEM_SLEEP_PM_OPS(edma_pm_suspend, edma_pm_resume)
};

static struct platform_driver edma_driver = {
	.driver = {
		.name		= "edma",
		.of_match_table	= edma_of_ids,
		.pm		= &edma_pm_ops,
	},
	.probe	= edma_probe,
	.remove	= edma_remove,
};

static int __init edma_init(void)
{
	int ret;

	ret = bus_register_notifier(&platform_bus_type, &edma_bus_nb);
	if (ret)
		return ret;
	ret = platform_driver_register(&edma_tptc_driver);
	if (ret)
		goto err_notifier;
	ret = platform_driver_register(&edma_driver);
	if (ret)
		goto err_tptc;
	return 0;

err_tptc:
	platform_driver_unregister(&edma_tptc_driver);
err_notifier:
	bus_unregister_notifier(&platform_bus_type, &edma_bus_nb);
	return ret;
}
arch_initcall(edma_init);

MODULE_DESCRIPTION("TI EDMA3 private API");
MODULE_LICENSE("GPL");
