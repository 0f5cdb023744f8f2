// SPDX-License-Identifier: GPL-2.0
/*
 * A dmaengine provider on the TI EDMA3 private API.
 *
 * Generic dmaengine consumers (MMC, SPI, McASP through edma-pcm, ...) get
 * their channels here while the library in arch/arm/common/edma.c keeps
 * the hardware: every channel of this driver is a library channel, every
 * PaRAM set it uses is a library slot, and it programs them only through
 * the edma_* calls.  A channel a direct user of the library holds cannot
 * be allocated here (the library says -EBUSY), and the other way round.
 *
 * Each controller the library probes gets a slave device (every channel
 * that is not a memcpy channel, for slave_sg and cyclic transfers) and,
 * when the controller has memcpy channels, a memcpy device.  A descriptor
 * is a list of PaRAM sets; a channel holds at most EDMA_PRIV_SLOTS slots,
 * its own included, and a longer list is loaded in batches, the next one
 * from the completion of the last set of the previous batch.
 */

#include <linux/bitmap.h>
#include <linux/dmaengine.h>
#include <linux/init.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/notifier.h>
#include <linux/of.h>
#include <linux/of_dma.h>
#include <linux/platform_data/edma.h>
#include <linux/platform_device.h>
#include <linux/scatterlist.h>
#include <linux/sizes.h>
#include <linux/slab.h>

#include "../dmaengine.h"
#include "../virt-dma.h"

/* PaRAM slots one channel may hold, the channel's own slot included */
#define EDMA_PRIV_SLOTS		20
/* largest count a PaRAM BCNT or CCNT field holds */
#define EDMA_PRIV_CNT_MAX	0xffff
/*
 * largest burst: a burst is one array step of CIDX, a signed 16-bit byte
 * offset, so even of 1-byte elements it stays below 32 KiB
 */
#define EDMA_PRIV_BURST_MAX	S16_MAX
/* memcpy array size when a copy does not fit one array */
#define EDMA_PRIV_MEMCPY_ACNT	SZ_16K

#define EDMA_PRIV_WIDTHS	(BIT(DMA_SLAVE_BUSWIDTH_1_BYTE) | \
				 BIT(DMA_SLAVE_BUSWIDTH_2_BYTES) | \
				 BIT(DMA_SLAVE_BUSWIDTH_4_BYTES) | \
				 BIT(DMA_SLAVE_BUSWIDTH_8_BYTES))

/* Up to this many crossbar nodes may lead to one controller. */
#define EDMA_PRIV_MAX_XBARS	2

/**
 * struct edma_priv_pset - one PaRAM set of a descriptor
 * @p: the set, without its link and interrupt/chaining bits
 * @addr: memory-side address the set starts at
 * @len: bytes it moves
 * @offset: bytes of the descriptor before it
 */
struct edma_priv_pset {
	struct edmacc_param	p;
	dma_addr_t		addr;
	u32			len;
	size_t			offset;
};

/**
 * struct edma_priv_desc - a transfer
 * @vd: virt-dma descriptor
 * @dir: direction
 * @cyclic: a cyclic transfer: every set is loaded at once, in a ring
 * @chain: memcpy: each set chains to the next within a batch
 * @polled: memcpy without DMA_PREP_INTERRUPT: its last set raises no
 *	interrupt, tx_status() completes it once the hardware is done
 * @npset: sets in @pset
 * @next: first set of the batch loaded now (or of the next one)
 * @batch: sets in the batch loaded now
 * @total: bytes of the whole transfer
 * @pset: the sets
 */
struct edma_priv_desc {
	struct virt_dma_desc	vd;
	enum dma_transfer_direction dir;
	bool			cyclic;
	bool			chain;
	bool			polled;
	unsigned int		npset;
	unsigned int		next;
	unsigned int		batch;
	size_t			total;
	struct edma_priv_pset	pset[];
};

struct edma_priv_cc;

/**
 * struct edma_priv_chan - a library channel behind a dmaengine channel
 * @vc: virt-dma channel
 * @ecc: its controller
 * @handle: EDMA_CTLR_CHAN() of the channel
 * @queue: event queue to allocate it on (from the DT request)
 * @memcpy: a channel without a peripheral event
 * @slot: slots held, slot[0] is the channel's own
 * @nslots: valid entries in @slot (0 while not allocated)
 * @cfg: the slave configuration
 * @desc: the descriptor on the hardware, or NULL
 * @running: the peripheral event is enabled (edma_start() done)
 * @paused: device_pause() in effect
 * @missed: an event hit a NULL set; trigger it once the next batch is in
 * @error: the transfer controller failed on the cyclic @desc
 */
struct edma_priv_chan {
	struct virt_dma_chan	vc;
	struct edma_priv_cc	*ecc;
	unsigned int		handle;
	enum dma_event_q	queue;
	bool			memcpy;
	int			slot[EDMA_PRIV_SLOTS];
	unsigned int		nslots;
	struct dma_slave_config	cfg;
	struct edma_priv_desc	*desc;
	bool			running;
	bool			paused;
	bool			missed;
	bool			error;
};

/**
 * struct edma_priv_cc - the dmaengine side of one library controller
 * @node: in edma_priv_ccs
 * @info: what the library says about the controller
 * @slave: the slave device
 * @dma_memcpy: the memcpy device (when @info has memcpy channels)
 * @has_memcpy: @dma_memcpy is registered
 * @of_nodes: nodes registered with of_dma (controller, crossbars)
 * @n_of: entries in @of_nodes
 * @chans: one per channel of the controller
 */
struct edma_priv_cc {
	struct list_head	node;
	struct edma_ctlr_info	info;
	struct dma_device	slave;
	struct dma_device	dma_memcpy;
	bool			has_memcpy;
	struct device_node	*of_nodes[1 + EDMA_PRIV_MAX_XBARS];
	unsigned int		n_of;
	struct edma_priv_chan	chans[];
};

static LIST_HEAD(edma_priv_ccs);
static DEFINE_MUTEX(edma_priv_mutex);

static struct edma_priv_chan *to_echan(struct dma_chan *chan)
{
	return container_of(chan, struct edma_priv_chan, vc.chan);
}

static struct edma_priv_desc *to_edesc(struct virt_dma_desc *vd)
{
	return container_of(vd, struct edma_priv_desc, vd);
}

/* ---- loading descriptors ----------------------------------------------- */

static void edma_priv_write(struct edma_priv_chan *echan, unsigned int i,
			    const struct edma_priv_pset *ps, u32 extra)
{
	struct edmacc_param p = ps->p;

	p.opt |= extra;
	edma_write_slot(echan->slot[i], &p);
}

/*
 * Write the sets of the next batch of echan->desc into the channel's
 * slots, linked in order; the channel's own slot, which the hardware runs
 * from, is written last.  vc.lock held.
 */
static void edma_priv_load(struct edma_priv_chan *echan)
{
	struct edma_priv_desc *d = echan->desc;
	unsigned int i, n;

	if (d->cyclic) {
		/* slot[n] repeats set 0 so that the ring can return to it */
		n = d->npset;
		edma_priv_write(echan, n, &d->pset[0], TCINTEN);
		edma_link(echan->slot[n], echan->slot[1]);
		for (i = n - 1; i >= 1; i--) {
			edma_priv_write(echan, i, &d->pset[i], TCINTEN);
			edma_link(echan->slot[i], echan->slot[i + 1]);
		}
		edma_priv_write(echan, 0, &d->pset[0], TCINTEN);
		edma_link(echan->slot[0], echan->slot[1]);
		d->batch = n;
		return;
	}

	n = min(d->npset - d->next, echan->nslots);
	for (i = n; i-- > 0;) {
		u32 extra = i == n - 1 ? TCINTEN : d->chain ? TCCHEN : 0;

		/* a polled transfer's last set: tx_status() watches it */
		if (d->polled && d->next + i == d->npset - 1)
			extra = 0;

		edma_priv_write(echan, i, &d->pset[d->next + i], extra);
		if (i == n - 1)
			edma_unlink(echan->slot[i]);
		else
			edma_link(echan->slot[i], echan->slot[i + 1]);
	}
	d->batch = n;
}

/* Load and start echan->desc from its current batch.  vc.lock held. */
static void edma_priv_execute(struct edma_priv_chan *echan)
{
	if (echan->memcpy) {
		edma_priv_load(echan);
		edma_start(echan->handle);
		return;
	}
	if (!echan->running) {
		edma_priv_load(echan);
		edma_start(echan->handle);
		echan->running = true;
		if (echan->paused)
			edma_pause(echan->handle);
		return;
	}
	/* events that arrive meanwhile stay latched until resume */
	edma_pause(echan->handle);
	edma_priv_load(echan);
	if (!echan->paused)
		edma_resume(echan->handle);
	if (echan->missed) {
		echan->missed = false;
		edma_trigger_channel(echan->handle);
	}
}

/* Start the next issued descriptor, if any.  vc.lock held. */
static void edma_priv_start_next(struct edma_priv_chan *echan)
{
	struct virt_dma_desc *vd = vchan_next_desc(&echan->vc);

	echan->desc = NULL;
	echan->error = false;
	echan->missed = false;
	if (!vd) {
		if (echan->running) {
			edma_stop(echan->handle);
			echan->running = false;
		}
		return;
	}
	list_del(&vd->node);
	echan->desc = to_edesc(vd);
	echan->desc->next = 0;
	edma_priv_execute(echan);
}

/* Bytes still to move of the descriptor on the hardware.  vc.lock held. */
static size_t edma_priv_residue(struct edma_priv_chan *echan)
{
	struct edma_priv_desc *d = echan->desc;
	struct edma_priv_pset *ps;
	unsigned int i, first;
	dma_addr_t pos;

	pos = edma_get_position(echan->slot[0], d->dir != DMA_MEM_TO_DEV);
	first = d->cyclic ? 0 : d->next;
	for (i = first; i < first + d->batch; i++) {
		ps = &d->pset[i];
		if (pos >= ps->addr && pos < ps->addr + ps->len)
			return d->total - ps->offset - (pos - ps->addr);
	}
	/* the batch has ended: its sets are done, the next not loaded */
	if (d->cyclic)
		return d->total;
	ps = &d->pset[first + d->batch - 1];
	return d->total - ps->offset - ps->len;
}

/* A set the hardware left NULL after its last transfer (no link) */
static bool edma_priv_null_set(struct edma_priv_chan *echan)
{
	struct edmacc_param p;

	edma_read_slot(echan->slot[0], &p);
	return !p.a_b_cnt && !p.ccnt;
}

/*
 * A polled descriptor whose last batch is on the hardware is done once
 * its last set has left the channel's slot as a NULL set (6.1's driver
 * watches the residue the same way).  vc.lock held.
 */
static bool edma_priv_polled_done(struct edma_priv_chan *echan)
{
	struct edma_priv_desc *d = echan->desc;

	return d->polled && d->next + d->batch == d->npset &&
	       edma_priv_null_set(echan);
}

static void edma_priv_complete(struct edma_priv_chan *echan)
{
	struct edma_priv_desc *d = echan->desc;

	if (d->cyclic) {
		vchan_cyclic_callback(&d->vd);
		return;
	}
	d->next += d->batch;
	if (d->next < d->npset) {
		edma_priv_execute(echan);
		return;
	}
	vchan_cookie_complete(&d->vd);
	edma_priv_start_next(echan);
}

static void edma_priv_fail(struct edma_priv_chan *echan)
{
	struct edma_priv_desc *d = echan->desc;

	edma_stop(echan->handle);
	echan->running = false;
	if (d->cyclic) {
		/* the client learns it from tx_status and terminates */
		echan->error = true;
		return;
	}
	d->vd.tx_result.result = DMA_TRANS_ABORTED;
	d->vd.tx_result.residue = edma_priv_residue(echan);
	vchan_cookie_complete(&d->vd);
	edma_priv_start_next(echan);
}

/* The library's channel callback, in hard-IRQ context. */
static void edma_priv_callback(unsigned int channel, u16 status, void *data)
{
	struct edma_priv_chan *echan = data;
	unsigned long flags;

	spin_lock_irqsave(&echan->vc.lock, flags);
	if (!echan->desc || echan->error)
		goto out;
	switch (status) {
	case EDMA_DMA_COMPLETE:
		edma_priv_complete(echan);
		break;
	case EDMA_DMA_CC_ERROR:
		/*
		 * A peripheral event was lost: it came while the set was
		 * NULL between two batches (trigger it once the next batch
		 * is in), or while the previous one was still pending.
		 */
		if (!echan->desc->cyclic && edma_priv_null_set(echan))
			echan->missed = true;
		else
			edma_trigger_channel(echan->handle);
		break;
	case EDMA_DMA_TC_ERROR:
		edma_priv_fail(echan);
		break;
	default:
		/* queue threshold, TCC limit: nothing was lost here */
		break;
	}
out:
	spin_unlock_irqrestore(&echan->vc.lock, flags);
}

/* ---- dmaengine operations --------------------------------------------- */

static int edma_priv_alloc_chan_resources(struct dma_chan *chan)
{
	struct edma_priv_chan *echan = to_echan(chan);
	int ret;

	ret = edma_alloc_channel(echan->handle, edma_priv_callback, echan,
				 echan->queue);
	if (ret < 0)
		return ret;
	echan->slot[0] = ret;
	echan->nslots = 1;
	echan->running = false;
	echan->paused = false;
	return 0;
}

static int edma_priv_terminate_all(struct dma_chan *chan)
{
	struct edma_priv_chan *echan = to_echan(chan);
	unsigned long flags;
	LIST_HEAD(head);

	spin_lock_irqsave(&echan->vc.lock, flags);
	if (echan->nslots)
		edma_stop(echan->handle);
	echan->running = false;
	echan->paused = false;
	echan->missed = false;
	echan->error = false;
	if (echan->desc) {
		vchan_terminate_vdesc(&echan->desc->vd);
		echan->desc = NULL;
	}
	vchan_get_all_descriptors(&echan->vc, &head);
	spin_unlock_irqrestore(&echan->vc.lock, flags);
	vchan_dma_desc_free_list(&echan->vc, &head);
	return 0;
}

static void edma_priv_synchronize(struct dma_chan *chan)
{
	vchan_synchronize(&to_echan(chan)->vc);
}

static void edma_priv_free_chan_resources(struct dma_chan *chan)
{
	struct edma_priv_chan *echan = to_echan(chan);
	unsigned int i;

	edma_priv_terminate_all(chan);
	vchan_synchronize(&echan->vc);
	vchan_free_chan_resources(&echan->vc);
	for (i = 1; i < echan->nslots; i++)
		edma_free_slot(echan->slot[i]);
	if (echan->nslots)
		edma_free_channel(echan->handle);
	echan->nslots = 0;
	echan->queue = EVENTQ_DEFAULT;
	memset(&echan->cfg, 0, sizeof(echan->cfg));
}

/* Hold up to want slots (at most EDMA_PRIV_SLOTS); returns how many. */
static unsigned int edma_priv_get_slots(struct edma_priv_chan *echan,
					unsigned int want)
{
	unsigned int ctlr = EDMA_CTLR(echan->handle);
	unsigned long flags;
	int slot;

	want = min_t(unsigned int, want, EDMA_PRIV_SLOTS);
	spin_lock_irqsave(&echan->vc.lock, flags);
	while (echan->nslots < want) {
		slot = edma_alloc_slot(ctlr, EDMA_SLOT_ANY);
		if (slot < 0)
			break;
		echan->slot[echan->nslots++] = slot;
	}
	want = echan->nslots;
	spin_unlock_irqrestore(&echan->vc.lock, flags);
	return want;
}

static bool edma_priv_width_ok(enum dma_slave_buswidth width)
{
	return width < 32 && (EDMA_PRIV_WIDTHS & BIT(width));
}

static int edma_priv_config(struct dma_chan *chan,
			    struct dma_slave_config *cfg)
{
	struct edma_priv_chan *echan = to_echan(chan);

	if (cfg->src_addr_width != DMA_SLAVE_BUSWIDTH_UNDEFINED &&
	    !edma_priv_width_ok(cfg->src_addr_width))
		return -EINVAL;
	if (cfg->dst_addr_width != DMA_SLAVE_BUSWIDTH_UNDEFINED &&
	    !edma_priv_width_ok(cfg->dst_addr_width))
		return -EINVAL;
	if (cfg->src_maxburst > EDMA_PRIV_BURST_MAX ||
	    cfg->dst_maxburst > EDMA_PRIV_BURST_MAX)
		return -EINVAL;
	echan->cfg = *cfg;
	return 0;
}

static int edma_priv_pause(struct dma_chan *chan)
{
	struct edma_priv_chan *echan = to_echan(chan);
	unsigned long flags;

	if (echan->memcpy)
		return -EINVAL;
	spin_lock_irqsave(&echan->vc.lock, flags);
	echan->paused = true;
	if (echan->running)
		edma_pause(echan->handle);
	spin_unlock_irqrestore(&echan->vc.lock, flags);
	return 0;
}

static int edma_priv_resume(struct dma_chan *chan)
{
	struct edma_priv_chan *echan = to_echan(chan);
	unsigned long flags;

	if (echan->memcpy)
		return -EINVAL;
	spin_lock_irqsave(&echan->vc.lock, flags);
	echan->paused = false;
	if (echan->running)
		edma_resume(echan->handle);
	spin_unlock_irqrestore(&echan->vc.lock, flags);
	return 0;
}

/*
 * Describe len bytes between memory at mem and the device at dev as sets of
 * at most EDMA_PRIV_CNT_MAX bursts of burst elements of width bytes, one
 * burst per peripheral event (AB-synchronized).  With d NULL only counts
 * the sets.  Returns the number of sets, or -EINVAL if len is not a whole
 * number of bursts.
 */
static int edma_priv_slave_sets(struct edma_priv_chan *echan,
				struct edma_priv_desc *d, unsigned int first,
				dma_addr_t mem, dma_addr_t dev, size_t len,
				unsigned int width, unsigned int burst)
{
	size_t unit = (size_t)width * burst, bursts, done = 0;
	unsigned int n = 0, cnt;
	struct edma_priv_pset *ps;
	s16 mbidx = width, mcidx = unit;

	if (!len || len % unit || unit > S16_MAX)
		return -EINVAL;
	bursts = len / unit;
	while (bursts) {
		cnt = min_t(size_t, bursts, EDMA_PRIV_CNT_MAX);
		if (d) {
			ps = &d->pset[first + n];
			ps->addr = mem + done;
			ps->len = cnt * unit;
			ps->offset = d->total;
			d->total += ps->len;
			ps->p.opt = EDMA_TCC(EDMA_CHAN_SLOT(echan->handle)) |
				    SYNCDIM;
			ps->p.a_b_cnt = burst << 16 | width;
			ps->p.ccnt = cnt;
			ps->p.link_bcntrld = 0xffff;
			if (d->dir == DMA_MEM_TO_DEV) {
				ps->p.src = ps->addr;
				ps->p.dst = dev;
				ps->p.src_dst_bidx = (u16)mbidx;
				ps->p.src_dst_cidx = (u16)mcidx;
			} else {
				ps->p.src = dev;
				ps->p.dst = ps->addr;
				ps->p.src_dst_bidx = (u32)(u16)mbidx << 16;
				ps->p.src_dst_cidx = (u32)(u16)mcidx << 16;
			}
		}
		done += (size_t)cnt * unit;
		bursts -= cnt;
		n++;
	}
	return n;
}

/* Device address, width and burst of the configuration for dir. */
static int edma_priv_slave_params(struct edma_priv_chan *echan,
				  enum dma_transfer_direction dir,
				  dma_addr_t *dev, unsigned int *width,
				  unsigned int *burst)
{
	const struct dma_slave_config *cfg = &echan->cfg;
	enum dma_slave_buswidth w;

	if (dir == DMA_DEV_TO_MEM) {
		*dev = cfg->src_addr;
		w = cfg->src_addr_width;
		*burst = cfg->src_maxburst;
	} else if (dir == DMA_MEM_TO_DEV) {
		*dev = cfg->dst_addr;
		w = cfg->dst_addr_width;
		*burst = cfg->dst_maxburst;
	} else {
		return -EINVAL;
	}
	if (!edma_priv_width_ok(w))
		return -EINVAL;
	*width = w;
	if (!*burst)
		*burst = 1;
	return 0;
}

static struct edma_priv_desc *
edma_priv_alloc_desc(unsigned int n, enum dma_transfer_direction dir)
{
	struct edma_priv_desc *d;

	d = kzalloc(struct_size(d, pset, n), GFP_NOWAIT);
	if (d)
		d->dir = dir;
	return d;
}

static struct dma_async_tx_descriptor *
edma_priv_prep_slave_sg(struct dma_chan *chan, struct scatterlist *sgl,
			unsigned int sg_len, enum dma_transfer_direction dir,
			unsigned long flags, void *context)
{
	struct edma_priv_chan *echan = to_echan(chan);
	unsigned int width, burst, i, n = 0;
	struct edma_priv_desc *d;
	struct scatterlist *sg;
	dma_addr_t dev;
	int ret;

	if (!sgl || !sg_len ||
	    edma_priv_slave_params(echan, dir, &dev, &width, &burst))
		return NULL;
	for_each_sg(sgl, sg, sg_len, i) {
		ret = edma_priv_slave_sets(echan, NULL, 0, 0, dev,
					   sg_dma_len(sg), width, burst);
		if (ret < 0)
			return NULL;
		n += ret;
	}
	d = edma_priv_alloc_desc(n, dir);
	if (!d)
		return NULL;
	n = 0;
	for_each_sg(sgl, sg, sg_len, i)
		n += edma_priv_slave_sets(echan, d, n, sg_dma_address(sg), dev,
					  sg_dma_len(sg), width, burst);
	d->npset = n;
	edma_priv_get_slots(echan, n);
	return vchan_tx_prep(&echan->vc, &d->vd, flags);
}

static struct dma_async_tx_descriptor *
edma_priv_prep_dma_cyclic(struct dma_chan *chan, dma_addr_t buf_addr,
			  size_t buf_len, size_t period_len,
			  enum dma_transfer_direction dir, unsigned long flags)
{
	struct edma_priv_chan *echan = to_echan(chan);
	unsigned int width, burst, i, periods;
	struct edma_priv_desc *d;
	dma_addr_t dev;

	if (!period_len || buf_len % period_len ||
	    edma_priv_slave_params(echan, dir, &dev, &width, &burst))
		return NULL;
	periods = buf_len / period_len;
	/* one set per period, plus the copy of the first that closes the ring */
	if (!periods || periods + 1 > EDMA_PRIV_SLOTS)
		return NULL;
	if (edma_priv_slave_sets(echan, NULL, 0, 0, dev, period_len, width,
				 burst) != 1)
		return NULL;
	if (edma_priv_get_slots(echan, periods + 1) < periods + 1)
		return NULL;
	d = edma_priv_alloc_desc(periods, dir);
	if (!d)
		return NULL;
	d->cyclic = true;
	d->npset = periods;
	for (i = 0; i < periods; i++)
		edma_priv_slave_sets(echan, d, i, buf_addr + i * period_len,
				     dev, period_len, width, burst);
	return vchan_tx_prep(&echan->vc, &d->vd, flags);
}

static void edma_priv_memcpy_set(struct edma_priv_chan *echan,
				 struct edma_priv_desc *d, unsigned int i,
				 dma_addr_t dst, dma_addr_t src, u32 acnt,
				 u32 bcnt)
{
	struct edma_priv_pset *ps = &d->pset[i];

	ps->addr = dst;
	ps->len = acnt * bcnt;
	ps->offset = d->total;
	d->total += ps->len;
	ps->p.opt = EDMA_TCC(EDMA_CHAN_SLOT(echan->handle)) | SYNCDIM;
	ps->p.src = src;
	ps->p.dst = dst;
	ps->p.a_b_cnt = bcnt << 16 | acnt;
	if (bcnt > 1)
		ps->p.src_dst_bidx = acnt << 16 | acnt;
	ps->p.link_bcntrld = 0xffff;
	ps->p.ccnt = 1;
}

static struct dma_async_tx_descriptor *
edma_priv_prep_dma_memcpy(struct dma_chan *chan, dma_addr_t dest,
			  dma_addr_t src, size_t len, unsigned long flags)
{
	struct edma_priv_chan *echan = to_echan(chan);
	struct edma_priv_desc *d;
	size_t bulk, rest;

	if (!len || !echan->memcpy)
		return NULL;
	if (len <= EDMA_PRIV_CNT_MAX) {
		bulk = 0;
		rest = len;
	} else {
		bulk = len / EDMA_PRIV_MEMCPY_ACNT;
		rest = len % EDMA_PRIV_MEMCPY_ACNT;
		if (bulk > EDMA_PRIV_CNT_MAX)
			return NULL;
	}
	d = edma_priv_alloc_desc(2, DMA_MEM_TO_MEM);
	if (!d)
		return NULL;
	d->chain = true;
	d->polled = !(flags & DMA_PREP_INTERRUPT);
	if (bulk)
		edma_priv_memcpy_set(echan, d, d->npset++, dest, src,
				     EDMA_PRIV_MEMCPY_ACNT, bulk);
	if (rest)
		edma_priv_memcpy_set(echan, d, d->npset++, dest + d->total,
				     src + d->total, rest, 1);
	edma_priv_get_slots(echan, d->npset);
	return vchan_tx_prep(&echan->vc, &d->vd, flags);
}

static enum dma_status edma_priv_tx_status(struct dma_chan *chan,
					   dma_cookie_t cookie,
					   struct dma_tx_state *txstate)
{
	struct edma_priv_chan *echan = to_echan(chan);
	struct virt_dma_desc *vd;
	enum dma_status ret;
	unsigned long flags;
	size_t residue = 0;

	ret = dma_cookie_status(chan, cookie, txstate);
	if (ret == DMA_COMPLETE)
		return ret;
	spin_lock_irqsave(&echan->vc.lock, flags);
	if (echan->desc && echan->desc->vd.tx.cookie == cookie) {
		residue = edma_priv_residue(echan);
		if (edma_priv_polled_done(echan)) {
			vchan_cookie_complete(&echan->desc->vd);
			edma_priv_start_next(echan);
			residue = 0;
			ret = DMA_COMPLETE;
		} else if (echan->error) {
			ret = DMA_ERROR;
		} else if (echan->paused) {
			ret = DMA_PAUSED;
		}
	} else {
		vd = vchan_find_desc(&echan->vc, cookie);
		if (vd)
			residue = to_edesc(vd)->total;
	}
	spin_unlock_irqrestore(&echan->vc.lock, flags);
	dma_set_residue(txstate, residue);
	return ret;
}

static void edma_priv_issue_pending(struct dma_chan *chan)
{
	struct edma_priv_chan *echan = to_echan(chan);
	unsigned long flags;

	spin_lock_irqsave(&echan->vc.lock, flags);
	if (vchan_issue_pending(&echan->vc) && !echan->desc)
		edma_priv_start_next(echan);
	spin_unlock_irqrestore(&echan->vc.lock, flags);
}

static void edma_priv_desc_free(struct virt_dma_desc *vd)
{
	kfree(to_edesc(vd));
}

/* ---- channel lookup ----------------------------------------------------- */

static bool edma_priv_is_ours(struct dma_chan *chan)
{
	return chan->device->device_alloc_chan_resources ==
		edma_priv_alloc_chan_resources;
}

/* dma_slave_map filter: param is EDMA_FILTER_PARAM() or EDMA_DMA_SPEC() */
static bool edma_priv_filter(struct dma_chan *chan, void *param)
{
	struct edma_priv_chan *echan;
	int spec;

	if (!param || !edma_priv_is_ours(chan))
		return false;
	echan = to_echan(chan);
	spec = *(int *)param;
	if (EDMA_CTLR(spec) != EDMA_CTLR(echan->handle) ||
	    EDMA_SPEC_CHAN(spec) != EDMA_CHAN_SLOT(echan->handle))
		return false;
	echan->queue = EDMA_SPEC_QUEUE(spec);
	return true;
}

/*
 * of_dma translation, for the controller's node and for the crossbars
 * that lead to it (ofdma->of_dma_data is the controller either way).
 * Called under of_dma's lock, so it takes no lock of this driver.
 */
static struct dma_chan *edma_priv_xlate(struct of_phandle_args *args,
					struct of_dma *ofdma)
{
	struct edma_priv_cc *ecc = ofdma->of_dma_data;
	struct edma_priv_chan *echan;
	struct edma_dma_spec spec;
	struct dma_chan *chan;

	if (edma_of_dma_spec(args, &spec) || spec.ctlr != ecc->info.ctlr ||
	    spec.channel >= ecc->info.num_channels)
		return NULL;
	echan = &ecc->chans[spec.channel];
	echan->queue = spec.queue;
	chan = dma_get_slave_channel(&echan->vc.chan);
	if (!chan)
		echan->queue = EVENTQ_DEFAULT;
	return chan;
}

/* ---- controllers ---------------------------------------------------------- */

static void edma_priv_init_device(struct edma_priv_cc *ecc,
				  struct dma_device *dd)
{
	dd->dev = ecc->info.dev;
	INIT_LIST_HEAD(&dd->channels);
	dd->device_alloc_chan_resources = edma_priv_alloc_chan_resources;
	dd->device_free_chan_resources = edma_priv_free_chan_resources;
	dd->device_config = edma_priv_config;
	dd->device_terminate_all = edma_priv_terminate_all;
	dd->device_synchronize = edma_priv_synchronize;
	dd->device_tx_status = edma_priv_tx_status;
	dd->device_issue_pending = edma_priv_issue_pending;
	dd->residue_granularity = DMA_RESIDUE_GRANULARITY_BURST;
}

static void edma_priv_of_register(struct edma_priv_cc *ecc)
{
	struct device_node *cc_np = ecc->info.dev->of_node, *np, *master;
	static const char * const xbars[] = {
		"ti,am335x-edma-crossbar", "ti,dra7-dma-crossbar",
	};
	unsigned int i;

	if (!cc_np || of_dma_controller_register(cc_np, edma_priv_xlate, ecc))
		return;
	ecc->of_nodes[ecc->n_of++] = cc_np;
	for (i = 0; i < ARRAY_SIZE(xbars); i++) {
		for_each_compatible_node(np, NULL, xbars[i]) {
			master = of_parse_phandle(np, "dma-masters", 0);
			of_node_put(master);
			if (master != cc_np || ecc->n_of == ARRAY_SIZE(ecc->of_nodes))
				continue;
			if (!of_dma_controller_register(np, edma_priv_xlate,
							ecc))
				ecc->of_nodes[ecc->n_of++] = of_node_get(np);
		}
	}
}

static void edma_priv_of_unregister(struct edma_priv_cc *ecc)
{
	unsigned int i;

	for (i = 0; i < ecc->n_of; i++) {
		of_dma_controller_free(ecc->of_nodes[i]);
		if (i)
			of_node_put(ecc->of_nodes[i]);
	}
	ecc->n_of = 0;
}

static int edma_priv_add_ctlr(const struct edma_ctlr_info *info)
{
	unsigned int n = info->num_channels, ch;
	struct edma_priv_chan *echan;
	struct edma_priv_cc *ecc;
	struct dma_device *dd;
	int ret;

	ecc = kzalloc(struct_size(ecc, chans, n), GFP_KERNEL);
	if (!ecc)
		return -ENOMEM;
	ecc->info = *info;

	dd = &ecc->slave;
	edma_priv_init_device(ecc, dd);
	dma_cap_set(DMA_SLAVE, dd->cap_mask);
	dma_cap_set(DMA_CYCLIC, dd->cap_mask);
	dma_cap_set(DMA_PRIVATE, dd->cap_mask);
	dd->device_prep_slave_sg = edma_priv_prep_slave_sg;
	dd->device_prep_dma_cyclic = edma_priv_prep_dma_cyclic;
	dd->device_pause = edma_priv_pause;
	dd->device_resume = edma_priv_resume;
	dd->src_addr_widths = EDMA_PRIV_WIDTHS;
	dd->dst_addr_widths = EDMA_PRIV_WIDTHS;
	dd->directions = BIT(DMA_DEV_TO_MEM) | BIT(DMA_MEM_TO_DEV);
	dd->max_burst = EDMA_PRIV_BURST_MAX;
	dd->filter.map = info->slave_map;
	dd->filter.mapcnt = info->slavecnt;
	dd->filter.fn = edma_priv_filter;

	ecc->has_memcpy = !bitmap_empty(info->memcpy, n);
	if (ecc->has_memcpy) {
		dd = &ecc->dma_memcpy;
		edma_priv_init_device(ecc, dd);
		dma_cap_set(DMA_MEMCPY, dd->cap_mask);
		dd->device_prep_dma_memcpy = edma_priv_prep_dma_memcpy;
		dd->src_addr_widths = EDMA_PRIV_WIDTHS;
		dd->dst_addr_widths = EDMA_PRIV_WIDTHS;
		dd->directions = BIT(DMA_MEM_TO_MEM);
		dd->copy_align = DMAENGINE_ALIGN_4_BYTES;
	}

	for (ch = 0; ch < n; ch++) {
		echan = &ecc->chans[ch];
		echan->ecc = ecc;
		echan->handle = EDMA_CTLR_CHAN(info->ctlr, ch);
		echan->queue = EVENTQ_DEFAULT;
		echan->memcpy = test_bit(ch, info->memcpy);
		echan->vc.desc_free = edma_priv_desc_free;
		vchan_init(&echan->vc, echan->memcpy ? &ecc->dma_memcpy :
						       &ecc->slave);
	}

	ret = dma_async_device_register(&ecc->slave);
	if (ret)
		goto free;
	if (ecc->has_memcpy) {
		ret = dma_async_device_register(&ecc->dma_memcpy);
		if (ret) {
			dma_async_device_unregister(&ecc->slave);
			goto free;
		}
	}
	edma_priv_of_register(ecc);
	list_add_tail(&ecc->node, &edma_priv_ccs);
	dev_info(info->dev, "dmaengine on CC%u: %u slave, %u memcpy channels\n",
		 info->ctlr, n - bitmap_weight(info->memcpy, n),
		 bitmap_weight(info->memcpy, n));
	return 0;
free:
	kfree(ecc);
	return ret;
}

static void edma_priv_del_ctlr(struct edma_priv_cc *ecc)
{
	unsigned int ch;

	list_del(&ecc->node);
	edma_priv_of_unregister(ecc);
	if (ecc->has_memcpy)
		dma_async_device_unregister(&ecc->dma_memcpy);
	dma_async_device_unregister(&ecc->slave);
	for (ch = 0; ch < ecc->info.num_channels; ch++)
		tasklet_kill(&ecc->chans[ch].vc.task);
	kfree(ecc);
}

static bool edma_priv_have(unsigned int ctlr)
{
	struct edma_priv_cc *ecc;

	list_for_each_entry(ecc, &edma_priv_ccs, node)
		if (ecc->info.ctlr == ctlr)
			return true;
	return false;
}

/* Every controller a bound device carries.  edma_priv_mutex held. */
static void edma_priv_add_dev(struct device *dev)
{
	struct edma_ctlr_info info;
	unsigned int from = 0;
	int ret;

	while (!edma_find_ctlr(dev, from, &info)) {
		from = info.ctlr + 1;
		if (edma_priv_have(info.ctlr))
			continue;
		ret = edma_priv_add_ctlr(&info);
		if (ret)
			dev_err(dev, "dmaengine on EDMA3 CC%u: %d\n", info.ctlr,
				ret);
	}
}

static void edma_priv_del_dev(struct device *dev)
{
	struct edma_priv_cc *ecc, *tmp;

	list_for_each_entry_safe(ecc, tmp, &edma_priv_ccs, node)
		if (ecc->info.dev == dev)
			edma_priv_del_ctlr(ecc);
}

static int edma_priv_bus_notify(struct notifier_block *nb,
				unsigned long action, void *data)
{
	mutex_lock(&edma_priv_mutex);
	if (action == BUS_NOTIFY_BOUND_DRIVER)
		edma_priv_add_dev(data);
	else if (action == BUS_NOTIFY_UNBIND_DRIVER)
		edma_priv_del_dev(data);
	mutex_unlock(&edma_priv_mutex);
	return NOTIFY_DONE;
}

static struct notifier_block edma_priv_nb = {
	.notifier_call = edma_priv_bus_notify,
};

static int edma_priv_add_one(struct device *dev, void *unused)
{
	edma_priv_add_dev(dev);
	return 0;
}

static int __init edma_priv_init(void)
{
	int ret;

	ret = bus_register_notifier(&platform_bus_type, &edma_priv_nb);
	if (ret)
		return ret;
	/* controllers probed before this driver: see edma_priv_bus_notify() */
	mutex_lock(&edma_priv_mutex);
	ret = bus_for_each_dev(&platform_bus_type, NULL, NULL,
			       edma_priv_add_one);
	mutex_unlock(&edma_priv_mutex);
	return ret;
}
subsys_initcall_sync(edma_priv_init);
