// SPDX-License-Identifier: GPL-2.0
/*
 * TI EDMA3 rings: a notify + poll interface for network drivers.
 *
 * A ring is one DMA channel, driven by its peripheral's event, plus a
 * circle of num descriptors in memory (address, count, token), of which a
 * window of win consecutive ones (win <= num, both powers of two) is
 * loaded into PaRAM at a time.  Window slot j holds descriptor i when
 * j = i % win, as three linked PaRAM sets taken from one contiguous run
 * (edma_alloc_cont_slots()):
 *
 *	T(j)  a dummy set: consumes the peripheral's event, links to D(j)
 *	      and chains to the channel (see ring_trampoline()).
 *	D(j)  the frame: RX copies buf_len bytes from the peripheral's frame
 *	      window to the buffer, TX copies len bytes from the buffer to it.
 *	      It chains (TCCHEN, TCC = the channel) to the channel itself and
 *	      links to S(j).
 *	S(j)  the status: copies the peripheral's 4-byte status register to
 *	      status[j], a word of coherent memory.  Reading that register
 *	      is what ends the frame in the peripheral.
 *	      TCINTEN on S(j) decides whether this frame may interrupt.
 *	      It links to T(j + 1).
 *
 * One peripheral event runs T(j), which loads and chains D(j); its normal
 * completion code (returned once the data is written) triggers S(j)
 * through the chain, so status[j] turns EDMA_RING_ST_DONE only after the
 * frame's bytes have landed.  The
 * peripheral raises its next event only after its status was read and only
 * while it holds credits: RX credits and TX frames are posted by one
 * doorbell write per batch (edma_ring_notify()), so the circle of sets can
 * never run into a descriptor the CPU has not given it.
 *
 * The window.  PaRAM is small (128 sets on DA850, shared with the DSP,
 * audio and MMC) and linking only ever reloads from PaRAM, so a ring of
 * 256 frames cannot sit there whole.  kick_prepare() loads the posted
 * descriptors into the window, up to win past the consumer (slot j is
 * free once get_buf() took the descriptor that used it, which is after
 * the hardware wrote its status and had long linked away from its sets),
 * and credits the peripheral with exactly what it loaded.  The device is
 * therefore never more than win frames ahead of the CPU; the rest of the
 * ring is posted in memory and goes to PaRAM in batches as the consumer
 * frees slots: on RX with the refill every poll does anyway, on TX from
 * the reclaim when edma_ring_num_pending() says frames are waiting.
 * Nothing in PaRAM is per descriptor index, only per slot, so loading
 * costs the same words as before: an address and a count, each skipped
 * when the slot already holds it.  Whether the EDMA could load its own
 * descriptors from memory is in docs/edma3-tc-param-access.md.
 *
 * What this costs per packet, counted by the model at saturation with a
 * 32-descriptor ring and budget 64 (tests/kunit/edma_ring_napi_test.c):
 * RX 0 MMIO reads, 0.03 writes (1.03 with a new buffer address every
 * time), under 0.001 interrupts; TX 0 reads.  Where it comes from:
 *   - get_buf reads status[i] from memory: no MMIO read.  The only reads
 *     are the controller's IPR, once per interrupt, in the library handler.
 *   - loading a descriptor writes one PaRAM word for RX (DST) and two
 *     for TX (SRC, count), each skipped when the slot already holds that
 *     value, so a driver that recycles its buffers in place on a ring no
 *     larger than its window pays nothing; plus one doorbell per kick.
 *     Nothing else is written per packet.
 *   - notification is the channel's interrupt enable bit (IER), written
 *     only when notification changes state; in NAPI polling mode (budget
 *     used up) no interrupt and no register access happens at all.
 *   - no lock and no allocation: the caller serialises, as for virtqueues.
 * The alternative of reading the channel's PaRAM position once per poll
 * would cost an MMIO read per poll and still need the frame lengths from
 * somewhere; status words in memory give both for free.
 *
 * Only the channel's own bits (ICR, IECR, IESR) and the ring's own PaRAM
 * words are written directly, without the library's lock: they are
 * write-1-to-clear/set registers and sets nobody else owns.  The library's
 * software copy of IER keeps the channel enabled, so its handler may still
 * clear our IPR bit and call us when another channel interrupts; the
 * callback then looks at cb_enabled and stays quiet.
 */

#include <linux/bitops.h>
#include <linux/device.h>
#include <linux/dma-mapping.h>
#include <linux/err.h>
#include <linux/hrtimer.h>
#include <linux/io.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/platform_data/edma.h>
#include <linux/slab.h>

#include "edma-internal.h"

#include <trace/events/edma.h>

/* Window slot j: PaRAM sets T(j), D(j), S(j), counted from ring->slot. */
#define RING_SETS		3
#define RING_T(j)		(RING_SETS * (j))
#define RING_D(j)		(RING_SETS * (j) + 1)
#define RING_S(j)		(RING_SETS * (j) + 2)

/* Window of a ring whose config leaves it to us: 96 PaRAM sets at most. */
#define RING_WINDOW_DEFAULT	32

/*
 * A posted descriptor, in memory: what kick_prepare() loads into its
 * window slot (written by the producer before, read by it at the load)
 * and the token the consumer takes back.
 */
struct edma_ring_desc {
	void			*token;
	u32			addr;		/* RX: DST of D(j), TX: SRC */
	u32			cnt;		/* A_B_CNT of D(j) */
};

struct edma_ring {
	/* Set up at request time, read-only afterwards. */
	struct device		*dev;
	void __iomem		*parm;		/* PaRAM set of slot */
	void __iomem		*shadow;	/* its shadow region bank */
	void __iomem		*doorbell;
	void (*callback)(struct edma_ring *ring);
	void			*priv;
	enum edma_ring_dir	dir;
	unsigned int		num;		/* descriptors, in memory */
	unsigned int		mask;
	unsigned int		win;		/* of them in PaRAM at once */
	unsigned int		wmask;
	unsigned int		channel;	/* handle */
	unsigned int		ch;		/* channel number */
	unsigned int		slot;		/* handle of T(0) */
	u32			chbit;		/* BIT(ch & 31) */
	unsigned long		*ier_map;	/* edma_int_ier_map() */
	u32			fifo;
	u32			status_reg;
	unsigned int		buf_len;
	dma_addr_t		status_dma;
	bool			started;
	struct dentry		*debugfs;	/* its debugfs file */

	/*
	 * One word per window slot, written by the DMA, read by the
	 * consumer.  A word turns DONE only
	 * after its frame's data were written (S(j) is chained from D(j)'s
	 * normal completion), so a dma_rmb() after seeing DONE makes the data
	 * and length safe to use.  The consumer clears the word before it
	 * releases the slot, and the producer's doorbell (a writel, which
	 * orders memory before it) lets the device reuse the slot only after.
	 */
	u32			*status;

	/*
	 * Producer side (add, kick_prepare, notify), one context at a time.
	 * desc[i] is written before the doorbell that hands it to the
	 * device, and its token read by the consumer only after its status
	 * said DONE.  The shadows (one word per window slot) mirror the
	 * words last written to PaRAM, so an unchanged word is not written
	 * again and nothing is read back.  avail >= kicked >= loaded >=
	 * last_used, all free-running; loaded - last_used <= win.
	 */
	unsigned int		avail;		/* buffers posted */
	unsigned int		kicked;		/* avail at the last kick */
	unsigned int		loaded;		/* written to the window and
						 * credited; kicked and loaded
						 * are read by the consumer
						 * (READ_ONCE)
						 */
	unsigned int		to_notify;	/* count for the next doorbell */
	unsigned long		kicks;		/* doorbells rung */
	struct edma_ring_desc	*desc;
	u32			*buf_shadow;	/* RX: DST of D(j), TX: SRC */
	u32			*cnt_shadow;	/* A_B_CNT of D(j) */
	u32			*sopt_shadow;	/* OPT of S(j) */

	/*
	 * Consumer side (get_buf, enable_cb*, poll, detach).  last_used is
	 * published with a release store after the slot's token was taken
	 * and its status cleared; the producer reads it with an acquire
	 * load to know a slot is free.
	 */
	unsigned int		last_used;
	unsigned int		poll_mark;	/* last_used at the last poll */
	unsigned long		polls;

	/*
	 * Notification.  cb_enabled is written by the consumer (enable) and
	 * by disable_cb, which NAPI only calls from the callback, i.e. when
	 * the consumer is idle; the interrupt path reads it.  ier_on mirrors
	 * the channel's IER bit so each state change costs one write and a
	 * repeated call none.  delay_idx is the slot enable_cb_delayed()
	 * waits for.
	 */
	bool			cb_enabled;
	bool			ier_on;
	bool			delayed;
	unsigned int		delay_idx;
	unsigned int		coal_frames;	/* S(j) interrupts every ... */
	unsigned int		coal_usecs;	/* the timer's period */
	struct hrtimer		timer;
	unsigned long		timer_kicks;	/* TX: kicks, as the timer
						 * last saw them, or as they
						 * were when notify started it
						 */

	/*
	 * Interrupt side, for debugfs, read with READ_ONCE: written by the
	 * channel's callback and (notifies) the rx-usecs timer.  Those two
	 * may run at once on two CPUs and lose a count: a statistic is not
	 * worth an atomic in the interrupt path.
	 */
	unsigned long		irqs;
	unsigned long		notifies;
	unsigned long		errors;
	/*
	 * Set by the callback when the channel reports a missed event or a
	 * TC error: a frame was lost or cut, the ring no longer follows its
	 * peripheral.  Cleared by edma_ring_reset() on a stopped ring.
	 */
	bool			broken;
};

static inline void __iomem *ring_parm(struct edma_ring *r, unsigned int set,
				      unsigned int word)
{
	return r->parm + set * PARM_SIZE + word;
}

/* Has descriptor idx (loaded, not yet taken) completed? */
static inline bool ring_done(struct edma_ring *r, unsigned int idx)
{
	return READ_ONCE(r->status[idx & r->wmask]) & EDMA_RING_ST_DONE;
}

/*
 * Does S(j) raise the channel's IPR bit when its frame completes?  Fixed
 * points, every coal_frames slots: RX every frame unless rx-frames says
 * otherwise, TX every quarter of the window (tx-frames), the rest of a
 * burst being the tx-usecs timer's (ring_tx_timer()).  Nothing on the
 * data path writes an OPT word.
 */
static bool ring_irq_point(struct edma_ring *r, unsigned int j)
{
	return (j + 1) % r->coal_frames == 0;
}

static u32 ring_sopt(struct edma_ring *r, bool irq)
{
	return EDMA_TCC(r->ch) | (irq ? TCINTEN : 0);
}

/*
 * T(j): a dummy set (no transfer) that links to D(j) and chains to the
 * channel.  It is what the channel holds while it waits for the event of
 * the frame in slot j, so D(j) is copied into the channel only when that
 * event comes, after the doorbell that made the peripheral raise it, and
 * therefore after the producer's writes to D(j).  Linking S(j - 1)
 * straight to D(j) would copy D(j) as soon as the previous frame ended,
 * possibly before the next buffer was loaded.
 */
static void ring_trampoline(struct edma_ring *r, unsigned int j,
			    struct edmacc_param *t)
{
	memset(t, 0, sizeof(*t));
	t->opt = EDMA_TCC(r->ch) | TCCHEN;
	t->link_bcntrld = PARM_OFFSET(EDMA_CHAN_SLOT(r->slot) + RING_D(j));
	t->ccnt = 1;
}

/* The sets of window slot j as the shadows describe them. */
static void ring_slot_param(struct edma_ring *r, unsigned int j,
			    struct edmacc_param *d, struct edmacc_param *s)
{
	unsigned int next = (j + 1) & r->wmask;

	memset(d, 0, sizeof(*d));
	d->opt = EDMA_TCC(r->ch) | TCCHEN;
	if (r->dir == EDMA_RING_RX) {
		d->src = r->fifo;
		d->dst = r->buf_shadow[j];
	} else {
		d->src = r->buf_shadow[j];
		d->dst = r->fifo;
	}
	d->a_b_cnt = r->cnt_shadow[j];
	d->link_bcntrld = PARM_OFFSET(EDMA_CHAN_SLOT(r->slot) + RING_S(j));
	d->ccnt = 1;

	memset(s, 0, sizeof(*s));
	s->opt = r->sopt_shadow[j];
	s->src = r->status_reg;
	s->dst = r->status_dma + j * sizeof(u32);
	s->a_b_cnt = 1 << 16 | sizeof(u32);
	s->link_bcntrld = PARM_OFFSET(EDMA_CHAN_SLOT(r->slot) + RING_T(next));
	s->ccnt = 1;
}

static void ring_write_slot(struct edma_ring *r, unsigned int j)
{
	struct edmacc_param t, d, s;

	ring_slot_param(r, j, &d, &s);
	ring_trampoline(r, j, &t);
	edma_write_slot(r->slot + RING_T(j), &t);
	edma_write_slot(r->slot + RING_D(j), &d);
	edma_write_slot(r->slot + RING_S(j), &s);
}

static void ring_set_ier(struct edma_ring *r, bool on)
{
	void __iomem *sh = r->shadow;

	if (r->ier_on == on)
		return;
	r->ier_on = on;
	/* what resume restores; the core's copy of IER stays on */
	if (on)
		set_bit(r->ch, r->ier_map);
	else
		clear_bit(r->ch, r->ier_map);
	if (on) {
		/*
		 * Drop IPR first: it was set by every frame while disabled,
		 * and the line only pulses on a 0 -> 1 change.  A frame that
		 * completes between the two writes pulses it, correctly.
		 */
		writel_relaxed(r->chbit, sh + SH_ICR);
		writel(r->chbit, sh + SH_IESR);
	} else {
		writel(r->chbit, sh + SH_IECR);
	}
}

static void ring_callback(struct edma_ring *r)
{
	if (!r->callback)
		return;
	WRITE_ONCE(r->notifies, r->notifies + 1);
	trace_edma_ring_notify(EDMA_CTLR(r->channel), r->ch,
			       READ_ONCE(r->loaded) - READ_ONCE(r->last_used));
	r->callback(r);
}

static void ring_fire(struct edma_ring *r)
{
	if (!READ_ONCE(r->cb_enabled))
		return;
	/* a broken ring calls back whatever the threshold */
	if (READ_ONCE(r->delayed) && !READ_ONCE(r->broken) &&
	    !ring_done(r, READ_ONCE(r->delay_idx)))
		return;
	ring_callback(r);
}

/*
 * Library callback, hard-IRQ context.  A missed event or a TC error breaks
 * the ring; the driver hears of it at once if notification is on (else
 * its poll, which is running, sees edma_ring_is_broken()).  Queue and TCC
 * errors only say the controller was busy: nothing was lost.
 */
static void edma_ring_irq(unsigned int channel, u16 ch_status, void *data)
{
	struct edma_ring *r = data;

	WRITE_ONCE(r->irqs, r->irqs + 1);
	if (ch_status == EDMA_DMA_COMPLETE) {
		ring_fire(r);
		return;
	}
	WRITE_ONCE(r->errors, r->errors + 1);
	dev_err_ratelimited(r->dev, "ring channel %u: error %u\n",
			    EDMA_CHAN_SLOT(channel), ch_status);
	if (ch_status != EDMA_DMA_CC_ERROR && ch_status != EDMA_DMA_TC_ERROR) {
		ring_fire(r);
		return;
	}
	WRITE_ONCE(r->broken, true);
	/*
	 * broken before cb_enabled: pairs with the barrier in
	 * edma_ring_poll() (cb_enabled before broken), so either this sees
	 * notification on and calls back, or the consumer's re-arm sees the
	 * ring broken and polls again.
	 */
	smp_mb();
	ring_fire(r);
}

/*
 * The rx-usecs/tx-usecs period.  In 64 bits: unsigned int times
 * NSEC_PER_USEC (a long) is a 32-bit product on 32-bit ARM, which wraps
 * above ~4.29 s.
 */
static ktime_t ring_coal_period(const struct edma_ring *r)
{
	return ns_to_ktime((u64)r->coal_usecs * NSEC_PER_USEC);
}

/*
 * tx-usecs: TX frames interrupt only at fixed points, so the frames of a
 * burst after its last point would wait for the next burst, holding their
 * skbs.  edma_ring_notify() starts the timer; it calls back once a whole
 * period went by without a doorbell (one period after a lone doorbell, at
 * most two after the last of many) and a frame is done, whatever
 * enable_cb_delayed() asked for: traffic stopped, take back what there
 * is.  While doorbells come, the fixed points do the work and the timer
 * only looks at the counter.
 */
static enum hrtimer_restart ring_tx_timer(struct edma_ring *r)
{
	unsigned long kicks;

	/* the timer's state (dequeued) before kicks: pairs with notify */
	smp_mb();
	kicks = READ_ONCE(r->kicks);
	if (kicks != READ_ONCE(r->timer_kicks)) {
		WRITE_ONCE(r->timer_kicks, kicks);
		return HRTIMER_RESTART;
	}
	if (READ_ONCE(r->loaded) == READ_ONCE(r->last_used))
		return HRTIMER_NORESTART;	/* all taken back */
	if (READ_ONCE(r->cb_enabled) &&
	    (READ_ONCE(r->broken) || ring_done(r, READ_ONCE(r->last_used)))) {
		ring_callback(r);
		return HRTIMER_NORESTART;
	}
	/* in flight, or the consumer is polling: look again */
	return HRTIMER_RESTART;
}

/*
 * rx-usecs: while notification is on and the frame threshold has not been
 * reached, look at the next status word every coal_usecs.
 */
static enum hrtimer_restart edma_ring_timer(struct hrtimer *t)
{
	struct edma_ring *r = container_of(t, struct edma_ring, timer);

	if (r->dir == EDMA_RING_TX) {
		if (ring_tx_timer(r) == HRTIMER_NORESTART)
			return HRTIMER_NORESTART;
		hrtimer_forward_now(t, ring_coal_period(r));
		return HRTIMER_RESTART;
	}
	if (!READ_ONCE(r->cb_enabled))
		return HRTIMER_NORESTART;
	if (ring_done(r, READ_ONCE(r->last_used))) {
		ring_fire(r);
		return HRTIMER_NORESTART;
	}
	hrtimer_forward_now(t, ring_coal_period(r));
	return HRTIMER_RESTART;
}

static void edma_ring_release(void *data)
{
	struct edma_ring *r = data;

	edma_debugfs_remove_ring(r->debugfs);
	edma_ring_stop(r);
	edma_free_channel(r->channel);
	edma_free_cont_slots(r->slot, RING_SETS * r->win);
}

/**
 * devm_edma_ring_request - set up a ring on a device's named DMA request
 * @dev: the client device
 * @name: the request's name ("rx", "tx"), looked up with edma_get_dma_spec()
 * @config: direction, sizes, peripheral addresses, doorbell and callback
 *
 * Allocates the request's channel (on its queue), @config->num descriptors
 * in memory and 3 PaRAM slots for each of the @config->window of them
 * that PaRAM holds at once, contiguous; writes the circle of window slots
 * and leaves the ring stopped and empty, with notification disabled.
 * Everything is released when the driver unbinds.
 *
 * Context: process.
 * Return: the ring, or an ERR_PTR: -EPROBE_DEFER while the controller is
 * not there yet, -ENOENT if @dev names no such request, -EINVAL for a bad
 * config (a size or window that is not a power of two, a window larger
 * than the ring; with LPAE also a @config->fifo, @config->status or status
 * memory above 4 GiB, which PaRAM cannot hold), -EBUSY/-ENOMEM if the
 * channel or slots are not available.
 */
struct edma_ring *devm_edma_ring_request(struct device *dev, const char *name,
					 const struct edma_ring_config *config)
{
	struct edma_dma_spec spec;
	unsigned int i, win;
	struct edma_ring *r;
	int ret;

	if (!dev || !config || !config->num || (config->num & (config->num - 1)) ||
	    !config->doorbell || config->num > 0x8000 ||
	    (config->dir == EDMA_RING_RX &&
	     (!config->buf_len || config->buf_len > 0xffff)))
		return ERR_PTR(-EINVAL);
	win = config->window ?: min_t(unsigned int, config->num,
				      RING_WINDOW_DEFAULT);
	if ((win & (win - 1)) || win > config->num) {
		dev_err(dev, "ring %s: window %u for %u descriptors\n", name,
			win, config->num);
		return ERR_PTR(-EINVAL);
	}
	/* PaRAM holds 32-bit addresses (LPAE: refuse, do not cut) */
	if (upper_32_bits(config->fifo) || upper_32_bits(config->status)) {
		dev_err(dev, "ring %s: peripheral address above 4 GiB\n",
			name);
		return ERR_PTR(-EINVAL);
	}
	ret = edma_get_dma_spec(dev, name, &spec);
	if (ret)
		return ERR_PTR(ret);

	r = devm_kzalloc(dev, sizeof(*r), GFP_KERNEL);
	if (!r)
		return ERR_PTR(-ENOMEM);
	r->desc = devm_kcalloc(dev, config->num, sizeof(*r->desc),
			       GFP_KERNEL);
	r->buf_shadow = devm_kcalloc(dev, win, sizeof(u32), GFP_KERNEL);
	r->cnt_shadow = devm_kcalloc(dev, win, sizeof(u32), GFP_KERNEL);
	r->sopt_shadow = devm_kcalloc(dev, win, sizeof(u32), GFP_KERNEL);
	r->status = dmam_alloc_coherent(dev, win * sizeof(u32),
					&r->status_dma, GFP_KERNEL);
	if (!r->desc || !r->buf_shadow || !r->cnt_shadow ||
	    !r->sopt_shadow || !r->status)
		return ERR_PTR(-ENOMEM);
	if (upper_32_bits(r->status_dma + win * sizeof(u32) - 1)) {
		dev_err(dev, "ring %s: status words above 4 GiB (DMA mask?)\n",
			name);
		return ERR_PTR(-EINVAL);
	}
	memset(r->status, 0, win * sizeof(u32));

	r->dev = dev;
	if (!edma_ctlr_present(spec.ctlr))
		return ERR_PTR(-EPROBE_DEFER);
	r->doorbell = config->doorbell;
	r->callback = config->callback;
	r->priv = config->priv;
	r->dir = config->dir;
	r->num = config->num;
	r->mask = config->num - 1;
	r->win = win;
	r->wmask = win - 1;
	r->fifo = config->fifo;
	r->status_reg = config->status;
	r->buf_len = config->buf_len;
	if (config->dir == EDMA_RING_TX) {
		r->coal_frames = max(1U, win / 4);
		r->coal_usecs = EDMA_RING_TX_USECS;
	} else {
		r->coal_frames = 1;
	}
	r->ch = spec.channel;
	r->chbit = BIT(spec.channel & 31);
	hrtimer_init(&r->timer, CLOCK_MONOTONIC, HRTIMER_MODE_REL);
	r->timer.function = edma_ring_timer;

	ret = edma_alloc_cont_slots(spec.ctlr, EDMA_CONT_PARAMS_ANY, 0,
				    RING_SETS * win);
	if (ret < 0)
		return ERR_PTR(ret);
	r->slot = ret;
	ret = edma_alloc_channel(EDMA_CTLR_CHAN(spec.ctlr, spec.channel),
				 edma_ring_irq, r, spec.queue);
	if (ret < 0) {
		edma_free_cont_slots(r->slot, RING_SETS * win);
		return ERR_PTR(ret);
	}
	r->channel = ret;
	edma_set_owner(r->channel, dev);
	r->ier_map = edma_int_ier_map(r->channel);
	r->parm = edma_slot_regs(r->slot);
	r->shadow = edma_chan_shadow_regs(r->channel);

	/* Notification starts off: nothing may call back before enable. */
	r->ier_on = true;
	ring_set_ier(r, false);
	for (i = 0; i < win; i++) {
		if (r->dir == EDMA_RING_RX)
			r->cnt_shadow[i] = 1 << 16 | r->buf_len;
		r->sopt_shadow[i] = ring_sopt(r, ring_irq_point(r, i));
		ring_write_slot(r, i);
	}
	r->debugfs = edma_debugfs_add_ring(r, dev, name);
	ret = devm_add_action_or_reset(dev, edma_ring_release, r);
	return ret ? ERR_PTR(ret) : r;
}
EXPORT_SYMBOL_GPL(devm_edma_ring_request);

/**
 * edma_ring_priv - the @priv a ring was configured with
 * @ring: the ring
 *
 * Return: config->priv.
 */
void *edma_ring_priv(struct edma_ring *ring)
{
	return ring->priv;
}
EXPORT_SYMBOL_GPL(edma_ring_priv);

/**
 * edma_ring_start - let the peripheral's events run the ring
 * @ring: the ring
 *
 * Loads the channel with the trampoline of the descriptor the consumer
 * expects next and enables the channel's event.  Buffers may be posted
 * before or after.
 *
 * Context: any; not concurrently with other calls on @ring.
 * Return: 0, or a negative errno from edma_start().
 */
int edma_ring_start(struct edma_ring *ring)
{
	struct edmacc_param t;
	int ret;

	if (ring->started)
		return 0;
	ring_trampoline(ring, ring->last_used & ring->wmask, &t);
	edma_write_slot(ring->channel, &t);
	ret = edma_start(ring->channel);
	if (!ret)
		ring->started = true;
	return ret;
}
EXPORT_SYMBOL_GPL(edma_ring_start);

/**
 * edma_ring_stop - stop the hardware side of a ring
 * @ring: the ring
 *
 * Disables the channel's event and notification.  Frames already complete
 * can still be taken with edma_ring_get_buf(); the rest are returned by
 * edma_ring_detach_unused_buf().  The caller stops or resets the
 * peripheral (its credits) itself.
 *
 * Context: any; not concurrently with other calls on @ring.
 */
void edma_ring_stop(struct edma_ring *ring)
{
	edma_ring_disable_cb(ring);
	hrtimer_cancel(&ring->timer);
	if (!ring->started)
		return;
	edma_stop(ring->channel);
	ring->started = false;
}
EXPORT_SYMBOL_GPL(edma_ring_stop);

/**
 * edma_ring_is_broken - has the hardware lost a frame of this ring?
 * @ring: the ring
 *
 * True once the channel reported a missed event or a transfer controller
 * error: a frame was lost or cut short, and the ring no longer follows
 * its peripheral (it stalls at that frame).  The driver then stops the
 * ring, withdraws the peripheral's credits, takes back every buffer and
 * calls edma_ring_reset().
 *
 * Context: any.
 * Return: whether the ring is broken.
 */
bool edma_ring_is_broken(const struct edma_ring *ring)
{
	return READ_ONCE(ring->broken);
}
EXPORT_SYMBOL_GPL(edma_ring_is_broken);

/**
 * edma_ring_reset - let a broken ring run again
 * @ring: the ring, stopped, with every buffer taken back
 *
 * Clears the broken state.  Nothing else needs undoing: a transfer only
 * ever changes the channel's own PaRAM set, which edma_ring_start()
 * reloads, never the ring's descriptor sets, and taking the buffers back
 * cleared their status words.  The ring keeps its indices, coalescing
 * settings and notification state (off after stop): post buffers and start
 * it again.
 *
 * Context: any; not concurrently with other calls on @ring.
 * Return: 0, or -EBUSY if the ring is started or still holds buffers.
 */
int edma_ring_reset(struct edma_ring *ring)
{
	if (ring->started || ring->last_used != ring->avail)
		return -EBUSY;
	WRITE_ONCE(ring->broken, false);
	return 0;
}
EXPORT_SYMBOL_GPL(edma_ring_reset);

static int ring_add(struct edma_ring *r, dma_addr_t buf, u32 cnt,
		    void *token)
{
	struct edma_ring_desc *d;

	/* PaRAM holds 32-bit addresses (LPAE: refuse, do not cut) */
	if (unlikely(!token || upper_32_bits(buf)))
		return -EINVAL;
	/* Pairs with get_buf's release: the slot's token was taken. */
	if (unlikely(r->avail - smp_load_acquire(&r->last_used) >= r->num))
		return -ENOSPC;
	d = &r->desc[r->avail & r->mask];
	d->token = token;
	d->addr = buf;
	d->cnt = cnt;
	r->avail++;
	return 0;
}

/*
 * Write descriptors loaded..end - 1 into their window slots, each word
 * only if the slot does not hold it already.  None of them is visible to
 * the device before the doorbell.
 */
static void ring_load(struct edma_ring *r, unsigned int end)
{
	unsigned int addr_word = r->dir == EDMA_RING_RX ? PARM_DST : PARM_SRC;
	unsigned int i, j;

	for (i = r->loaded; i != end; i++) {
		const struct edma_ring_desc *d = &r->desc[i & r->mask];

		j = i & r->wmask;
		if (r->buf_shadow[j] != d->addr) {
			r->buf_shadow[j] = d->addr;
			writel_relaxed(d->addr,
				       ring_parm(r, RING_D(j), addr_word));
		}
		if (r->cnt_shadow[j] != d->cnt) {
			r->cnt_shadow[j] = d->cnt;
			writel_relaxed(d->cnt,
				       ring_parm(r, RING_D(j), PARM_A_B_CNT));
		}
	}
	/* read by enable_cb_delayed() and num_pending() on the consumer side */
	WRITE_ONCE(r->loaded, end);
}

/**
 * edma_ring_add_inbuf - post a receive buffer
 * @ring: an RX ring
 * @buf: bus address of a buffer of config->buf_len bytes, below 4 GiB
 * @token: non-NULL cookie returned by edma_ring_get_buf() for this buffer
 *
 * The device sees the buffer after the kick that loads it into PaRAM.
 * Only memory is written: no MMIO, no lock, no allocation.
 *
 * Context: any; serialised with the other producer calls.
 * Return: 0, -ENOSPC if the ring is full, -EINVAL for a NULL token or (with
 * LPAE) a @buf above 4 GiB, which PaRAM cannot hold.
 */
int edma_ring_add_inbuf(struct edma_ring *ring, dma_addr_t buf, void *token)
{
	if (WARN_ON_ONCE(ring->dir != EDMA_RING_RX))
		return -EINVAL;
	return ring_add(ring, buf, 1 << 16 | ring->buf_len, token);
}
EXPORT_SYMBOL_GPL(edma_ring_add_inbuf);

/**
 * edma_ring_add_outbuf - post a frame to transmit
 * @ring: a TX ring
 * @buf: bus address of the frame, below 4 GiB
 * @len: its length, 1..65535 bytes
 * @token: non-NULL cookie returned by edma_ring_get_buf() once it is sent
 *
 * The device sees the frame after the kick that loads it into PaRAM.
 * Only memory is written: no MMIO, no lock, no allocation.
 *
 * Context: any; serialised with the other producer calls.
 * Return: 0, -ENOSPC if the ring is full, -EINVAL for a bad length, a
 * NULL token or (with LPAE) a @buf above 4 GiB, which PaRAM cannot hold.
 */
int edma_ring_add_outbuf(struct edma_ring *ring, dma_addr_t buf,
			 unsigned int len, void *token)
{
	if (WARN_ON_ONCE(ring->dir != EDMA_RING_TX) || !len || len > 0xffff)
		return -EINVAL;
	return ring_add(ring, buf, 1 << 16 | len, token);
}
EXPORT_SYMBOL_GPL(edma_ring_add_outbuf);

/**
 * edma_ring_num_free - how many buffers can be posted now
 * @ring: the ring
 *
 * Context: the producer's.
 * Return: free descriptors.
 */
unsigned int edma_ring_num_free(const struct edma_ring *ring)
{
	/* Pairs with get_buf's release, as in ring_add(). */
	return ring->num - (ring->avail - smp_load_acquire(&ring->last_used));
}
EXPORT_SYMBOL_GPL(edma_ring_num_free);

/* Where loading stops: at the posted end, or a window past the consumer. */
static unsigned int ring_window_end(const struct edma_ring *r,
				    unsigned int last_used)
{
	return r->avail - last_used > r->win ? last_used + r->win : r->avail;
}

/**
 * edma_ring_kick_prepare - load posted buffers, decide whether to tell
 * @ring: the ring
 *
 * Closes the batch of buffers posted since the last kick and loads into
 * PaRAM every posted buffer the window has room for (the window moves as
 * buffers are taken back).  Call
 * edma_ring_notify() when this returns true, possibly after dropping the
 * caller's lock.  Buffers left out wait in memory until a later kick,
 * see edma_ring_num_pending().
 *
 * Context: any; serialised with the other producer calls.
 * Return: true if buffers were loaded, so the doorbell has news.
 */
bool edma_ring_kick_prepare(struct edma_ring *ring)
{
	unsigned int end;

	WRITE_ONCE(ring->kicked, ring->avail);
	/* Pairs with get_buf's release: the slots up to there are free. */
	end = ring_window_end(ring, smp_load_acquire(&ring->last_used));
	if (end != ring->avail) {
		/*
		 * The window is full.  Publish kicked before looking at
		 * last_used again; pairs with the barrier in
		 * edma_ring_num_pending(), so a consumer that freed slots
		 * just now either shows up here or sees our buffers pending.
		 */
		smp_mb();
		end = ring_window_end(ring, READ_ONCE(ring->last_used));
	}
	if (end == ring->loaded)
		return false;
	ring->to_notify += end - ring->loaded;
	ring_load(ring, end);
	return true;
}
EXPORT_SYMBOL_GPL(edma_ring_kick_prepare);

/**
 * edma_ring_num_pending - buffers kicked that wait for room in PaRAM
 * @ring: the ring
 *
 * For the consumer, after it took buffers back: if this is not 0, kicked
 * buffers are still in memory only, because the window was full when they
 * were kicked, and nothing but another kick will load them.  A driver
 * whose producer runs elsewhere (TX xmit) then kicks under the producer's
 * lock.  Costs a full barrier, taken only from the consumer's side.
 *
 * Context: any; serialised with the other consumer calls.
 * Return: the number of such buffers.
 */
unsigned int edma_ring_num_pending(struct edma_ring *ring)
{
	/* last_used (taken back) before kicked: see kick_prepare */
	smp_mb();
	return READ_ONCE(ring->kicked) - READ_ONCE(ring->loaded);
}
EXPORT_SYMBOL_GPL(edma_ring_num_pending);

/**
 * edma_ring_notify - ring the peripheral's doorbell
 * @ring: the ring
 *
 * One register write: the number of buffers the last kick_prepare closed.
 * writel() orders the descriptor and status writes before it.  On TX it
 * also starts the tx-usecs timer if it is not running (once per burst
 * after a pause).
 *
 * Context: any; after a kick_prepare that returned true.
 */
void edma_ring_notify(struct edma_ring *ring)
{
	unsigned int n = ring->to_notify;

	if (!n)
		return;
	ring->to_notify = 0;
	writel(n, ring->doorbell);
	WRITE_ONCE(ring->kicks, ring->kicks + 1);
	trace_edma_ring_kick(EDMA_CTLR(ring->channel), ring->ch, n);
	if (ring->dir != EDMA_RING_TX)
		return;
	/*
	 * kicks before the timer's state: pairs with ring_tx_timer(), so a
	 * timer that is ending either sees this doorbell or is seen idle
	 * here and started again.  Not hrtimer_active(): that is true while
	 * the callback runs, which may be deciding to stop.
	 */
	smp_mb();
	if (hrtimer_is_queued(&ring->timer))
		return;
	/*
	 * This doorbell starts the period.  A callback running now may store
	 * its own count after this one: the timer then waits one more period.
	 */
	WRITE_ONCE(ring->timer_kicks, ring->kicks);
	hrtimer_start(&ring->timer, ring_coal_period(ring), HRTIMER_MODE_REL);
}
EXPORT_SYMBOL_GPL(edma_ring_notify);

/**
 * edma_ring_kick - kick_prepare and notify in one call
 * @ring: the ring
 *
 * Context: as edma_ring_kick_prepare().
 * Return: true if the doorbell was rung.
 */
bool edma_ring_kick(struct edma_ring *ring)
{
	if (!edma_ring_kick_prepare(ring))
		return false;
	edma_ring_notify(ring);
	return true;
}
EXPORT_SYMBOL_GPL(edma_ring_kick);

/**
 * edma_ring_get_buf - take the next completed buffer
 * @ring: the ring
 * @len: if not NULL, the frame's length as the peripheral reported it
 * @status: if not NULL, the peripheral's error bits (EDMA_RING_ST_ERR())
 *
 * Completions come back in posting order.  Only memory is read.
 *
 * Context: any; serialised with the other consumer calls.
 * Return: the buffer's token, or NULL if the next buffer is not complete.
 */
void *edma_ring_get_buf(struct edma_ring *ring, unsigned int *len,
			u32 *status)
{
	unsigned int j = ring->last_used & ring->wmask;
	struct edma_ring_desc *d;
	void *token;
	u32 st;

	st = READ_ONCE(ring->status[j]);
	if (!(st & EDMA_RING_ST_DONE))
		return NULL;
	/* The status word was written after the data: read them after it. */
	dma_rmb();
	d = &ring->desc[ring->last_used & ring->mask];
	token = d->token;
	d->token = NULL;
	WRITE_ONCE(ring->status[j], 0);
	if (len)
		*len = EDMA_RING_ST_LEN(st);
	if (status)
		*status = EDMA_RING_ST_ERR(st);
	/* Token taken, status cleared: only now may the producer reuse it. */
	smp_store_release(&ring->last_used, ring->last_used + 1);
	return token;
}
EXPORT_SYMBOL_GPL(edma_ring_get_buf);

/**
 * edma_ring_get_bufs - take up to @max completed buffers at once
 * @ring: the ring
 * @tokens: the buffers' tokens, in posting order
 * @lens: if not NULL, each frame's length as the peripheral reported it
 * @status: if not NULL, each frame's error bits (EDMA_RING_ST_ERR())
 * @max: room in the arrays
 *
 * As @max calls of edma_ring_get_buf() stopping at the first incomplete
 * buffer, for a NAPI poll's batch: the status words are read first, then
 * one read barrier covers every frame's data, and the slots go back to
 * the producer with one release store.
 *
 * Context: any; serialised with the other consumer calls.
 * Return: the number of buffers taken, 0 to @max.
 */
unsigned int edma_ring_get_bufs(struct edma_ring *ring, void **tokens,
				unsigned int *lens, u32 *status,
				unsigned int max)
{
	unsigned int n, i;
	u32 st;

	/*
	 * A status word past the window is another descriptor's (the slot's
	 * previous user, already taken, or a loaded one a lap ahead of a
	 * buffer still in memory): look at one lap at most.
	 */
	max = min(max, ring->win);
	for (n = 0; n < max; n++) {
		if (!ring_done(ring, ring->last_used + n))
			break;
	}
	if (!n)
		return 0;
	/* The status words were written after the data: read them after. */
	dma_rmb();
	for (i = 0; i < n; i++) {
		unsigned int idx = ring->last_used + i;
		struct edma_ring_desc *d = &ring->desc[idx & ring->mask];

		st = READ_ONCE(ring->status[idx & ring->wmask]);
		tokens[i] = d->token;
		d->token = NULL;
		WRITE_ONCE(ring->status[idx & ring->wmask], 0);
		if (lens)
			lens[i] = EDMA_RING_ST_LEN(st);
		if (status)
			status[i] = EDMA_RING_ST_ERR(st);
	}
	/* Tokens taken, status cleared: only now may the producer reuse them. */
	smp_store_release(&ring->last_used, ring->last_used + n);
	return n;
}
EXPORT_SYMBOL_GPL(edma_ring_get_bufs);

/**
 * edma_ring_disable_cb - stop calling back (a hint, as for virtqueues)
 * @ring: the ring
 *
 * One write of the channel's IECR bit if notification was on, none
 * otherwise.  A callback already on its way may still arrive.
 *
 * Context: any, the ring's callback included.
 */
void edma_ring_disable_cb(struct edma_ring *ring)
{
	WRITE_ONCE(ring->cb_enabled, false);
	WRITE_ONCE(ring->delayed, false);
	ring_set_ier(ring, false);
}
EXPORT_SYMBOL_GPL(edma_ring_disable_cb);

static void ring_arm(struct edma_ring *r)
{
	WRITE_ONCE(r->cb_enabled, true);
	ring_set_ier(r, true);
	/* TX: edma_ring_notify() starts the timer */
	if (r->dir == EDMA_RING_RX && r->coal_frames > 1 && r->coal_usecs)
		hrtimer_start(&r->timer, ring_coal_period(r),
			      HRTIMER_MODE_REL);
}

/**
 * edma_ring_enable_cb_prepare - re-arm notification, return a snapshot
 * @ring: the ring
 *
 * Turns notification on (the channel's IPR bit is cleared, then its IER
 * bit set: two writes, none if already on) and returns an opaque value for
 * edma_ring_poll().  A frame completing after this call interrupts; one
 * that completed before is seen by edma_ring_poll().  NAPI drivers call it
 * only after napi_complete_done() returned true.
 *
 * Context: any; serialised with the other consumer calls.
 * Return: the snapshot.
 */
unsigned int edma_ring_enable_cb_prepare(struct edma_ring *ring)
{
	WRITE_ONCE(ring->delayed, false);
	ring_arm(ring);
	return ring->last_used;
}
EXPORT_SYMBOL_GPL(edma_ring_enable_cb_prepare);

/**
 * edma_ring_poll - is there work past a snapshot?
 * @ring: the ring
 * @last_used: a value from edma_ring_enable_cb_prepare()
 *
 * A broken ring (edma_ring_is_broken()) counts as work: its error may
 * have come while notification was off, and only a poll resets it.
 *
 * Context: any; serialised with the other consumer calls.
 * Return: true if the buffer the snapshot points at has completed, or
 * the ring is broken.
 */
bool edma_ring_poll(struct edma_ring *ring, unsigned int last_used)
{
	WRITE_ONCE(ring->polls, ring->polls + 1);
	trace_edma_ring_poll(EDMA_CTLR(ring->channel), ring->ch,
			     ring->last_used - ring->poll_mark);
	ring->poll_mark = ring->last_used;
	/* Order the re-arm above before reading the status word. */
	mb();
	return ring_done(ring, last_used) || READ_ONCE(ring->broken);
}
EXPORT_SYMBOL_GPL(edma_ring_poll);

/**
 * edma_ring_enable_cb - re-arm notification unless work is pending
 * @ring: the ring
 *
 * Context: as edma_ring_enable_cb_prepare().
 * Return: false if a completion is already waiting or the ring is broken
 * (notification is on anyway; the caller should poll again), true
 * otherwise.
 */
bool edma_ring_enable_cb(struct edma_ring *ring)
{
	return !edma_ring_poll(ring, edma_ring_enable_cb_prepare(ring));
}
EXPORT_SYMBOL_GPL(edma_ring_enable_cb);

/**
 * edma_ring_enable_cb_delayed - re-arm for when most in-flight work is done
 * @ring: the ring
 *
 * For TX reclaim: the callback comes once about three quarters of the
 * buffers loaded and not yet taken have completed, at the next fixed
 * interrupt point (every tx-frames, see edma_ring_set_coalesce()) or
 * from the tx-usecs timer once doorbells stop; the interrupt path checks
 * the threshold in memory.
 *
 * Context: as edma_ring_enable_cb_prepare().
 * Return: false if that many have already completed or the ring is broken
 * (see edma_ring_poll()), true otherwise.
 */
bool edma_ring_enable_cb_delayed(struct edma_ring *ring)
{
	unsigned int busy = READ_ONCE(ring->loaded) - ring->last_used;
	unsigned int idx;

	/*
	 * loaded belongs to the producer, which may run on another CPU (the
	 * xmit path): a stale value only makes the threshold early, and the
	 * re-check below still sees what completed.  Buffers kicked but not
	 * loaded do not count: they cannot complete before the next kick.
	 */
	if (!busy)
		return edma_ring_enable_cb(ring);
	idx = ring->last_used + max(1U, busy * 3 / 4) - 1;
	WRITE_ONCE(ring->delay_idx, idx);
	WRITE_ONCE(ring->delayed, true);
	ring_arm(ring);
	/* Re-arm before the re-check, as in edma_ring_poll(). */
	mb();
	return !ring_done(ring, idx) && !READ_ONCE(ring->broken);
}
EXPORT_SYMBOL_GPL(edma_ring_enable_cb_delayed);

/**
 * edma_ring_set_coalesce - interrupt moderation (ethtool -C)
 * @ring: the ring
 * @usecs: RX, with @frames > 1: how often to look for completions that did
 *	not reach @frames yet while notification is on.  TX: how long after
 *	the last doorbell the frames past the last interrupt point are
 *	reported (one to two periods; default EDMA_RING_TX_USECS)
 * @frames: interrupt on every @frames-th completion (1: on every one;
 *	TX default: a quarter of the window)
 *
 * Rewrites the status sets' interrupt bits (a control path).  A frame
 * already loaded into the channel keeps its old setting.
 *
 * Context: any; serialised with the consumer and producer calls.
 * Return: 0, or -EINVAL (@frames 0 or above the ring's window, or
 * @frames > 1 without @usecs).
 */
int edma_ring_set_coalesce(struct edma_ring *ring, unsigned int usecs,
			   unsigned int frames)
{
	unsigned int i;

	if (!frames || frames > ring->win || (frames > 1 && !usecs))
		return -EINVAL;
	ring->coal_usecs = usecs;
	ring->coal_frames = frames;
	for (i = 0; i < ring->win; i++) {
		u32 opt = ring_sopt(ring, ring_irq_point(ring, i));

		if (ring->sopt_shadow[i] == opt)
			continue;
		ring->sopt_shadow[i] = opt;
		writel_relaxed(opt, ring_parm(ring, RING_S(i), PARM_OPT));
	}
	return 0;
}
EXPORT_SYMBOL_GPL(edma_ring_set_coalesce);

/**
 * edma_ring_get_coalesce - the interrupt moderation in force
 * @ring: the ring
 * @usecs: set to the timer's period (see edma_ring_set_coalesce())
 * @frames: set to the spacing of the interrupt points
 *
 * Context: any; serialised with edma_ring_set_coalesce().
 */
void edma_ring_get_coalesce(const struct edma_ring *ring, unsigned int *usecs,
			    unsigned int *frames)
{
	*usecs = ring->coal_usecs;
	*frames = ring->coal_frames;
}
EXPORT_SYMBOL_GPL(edma_ring_get_coalesce);

/**
 * edma_ring_detach_unused_buf - take back a posted buffer after stop
 * @ring: a stopped ring
 *
 * Returns the posted buffers get_buf() has not returned, oldest first,
 * complete or not, each once; the ring is empty when it returns NULL and
 * may be started again.
 *
 * Context: process or any; serialised with every other call on @ring.
 * Return: a token, or NULL.
 */
void *edma_ring_detach_unused_buf(struct edma_ring *ring)
{
	unsigned int i;
	void *token;

	if (WARN_ON_ONCE(ring->started))
		return NULL;
	if (ring->last_used == ring->avail)
		return NULL;
	i = ring->last_used;
	token = ring->desc[i & ring->mask].token;
	ring->desc[i & ring->mask].token = NULL;
	if ((int)(ring->loaded - i) > 0)
		ring->status[i & ring->wmask] = 0;
	ring->last_used++;
	/* Buffers never kicked or loaded are detached too: forget them. */
	if ((int)(ring->kicked - ring->last_used) < 0)
		ring->kicked = ring->last_used;
	if ((int)(ring->loaded - ring->last_used) < 0)
		ring->loaded = ring->last_used;
	if (ring->last_used == ring->avail)
		ring->to_notify = 0;
	return token;
}
EXPORT_SYMBOL_GPL(edma_ring_detach_unused_buf);

/*
 * For debugfs: the counters and indices, each read once.  Without the
 * ring's callers' serialisation the figures may be from slightly
 * different moments; each one is exact.
 */
void edma_ring_get_info(const struct edma_ring *ring,
			struct edma_ring_info *info)
{
	info->ctlr = EDMA_CTLR(ring->channel);
	info->ch = ring->ch;
	info->num = ring->num;
	info->win = ring->win;
	info->rx = ring->dir == EDMA_RING_RX;
	info->started = READ_ONCE(ring->started);
	info->broken = READ_ONCE(ring->broken);
	info->cb_enabled = READ_ONCE(ring->cb_enabled);
	info->avail = READ_ONCE(ring->avail);
	info->kicked = READ_ONCE(ring->kicked);
	info->loaded = READ_ONCE(ring->loaded);
	info->last_used = READ_ONCE(ring->last_used);
	info->free = info->num - (info->avail - info->last_used);
	info->kicks = READ_ONCE(ring->kicks);
	info->irqs = READ_ONCE(ring->irqs);
	info->notifies = READ_ONCE(ring->notifies);
	info->polls = READ_ONCE(ring->polls);
	info->errors = READ_ONCE(ring->errors);
}
