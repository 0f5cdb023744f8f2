// SPDX-License-Identifier: GPL-2.0
/*
 * DMA half of a DaVinci McASP/ASP PCM driver on the private EDMA API.
 *
 * Direct mode: the port channel walks the DDR ring itself.  Its own slot
 * holds the period in progress and two link slots hold the next two, each
 * set linking to the other link slot, so the hardware runs two periods
 * ahead of the CPU.  Every period set carries TCINTEN with the channel's
 * own TCC; the completion callback rewrites the link slot that was just
 * copied into the channel slot with the period after the next one.
 *
 * SRAM ping-pong mode: the port channel loops over two halves of on-chip
 * SRAM (one period each, two link slots linked to each other) and chains,
 * on every half, a second channel that copies one period between the DDR
 * ring and the half the port just finished with.  The copy channel comes
 * from EDMA_CHANNEL_ANY (no peripheral event), is kicked once by software
 * for the initial fill of a playback and afterwards only by the chain; its
 * sets interrupt on every period (TCC = copy channel), and its reload set
 * walks the whole ring with a negative C index bringing the SRAM address
 * back to the first half.  The hardware is fully cyclic in this mode.
 *
 * Either way period completions are counted from the hardware position,
 * not from the number of interrupts, so coalesced interrupts still give
 * one period_elapsed per period.
 */
#include <linux/device.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/export.h>
#include <linux/kernel.h>
#include <linux/module.h>
#include <linux/platform_data/edma.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>

#include "edma-pcm-client.h"

/**
 * struct edma_pcm - one substream
 * @dev: the port device
 * @dir: playback or capture
 * @params: from the DAI driver
 * @pdata: queues and SRAM, copied at open (no SRAM: sram_size 0)
 * @sram_dma: SRAM ping-pong buffer (ping-pong mode only)
 * @period_elapsed: the ALSA side's period callback
 * @data: its argument
 * @lock: protects the fields below it and the link slots' contents
 * @asp: port channel
 * @ram: SRAM copy channel, or -1
 * @asp_link: link slots of the port channel
 * @ram_link: steady-state reload set of the copy channel, or -1
 * @ram_link2: playback: rest of the ring after the initial fill, or -1
 * @buf: bus address of the DDR ring
 * @period_bytes: bytes per period
 * @periods: periods in the ring
 * @done: periods completed since prepare
 * @prepared: the sets are written
 * @running: started and not stopped
 * @paused: events disabled by PAUSE_PUSH
 * @stats: counters
 */
struct edma_pcm {
	struct device		*dev;
	enum edma_pcm_dir	dir;
	struct edma_pcm_params	params;
	struct edma_pcm_pdata	pdata;
	dma_addr_t		sram_dma;
	void			(*period_elapsed)(void *data);
	void			*data;

	spinlock_t		lock;	/* see the kernel-doc above */
	int			asp;
	int			ram;
	int			asp_link[2];
	int			ram_link;
	int			ram_link2;
	dma_addr_t		buf;
	unsigned int		period_bytes;
	unsigned int		periods;
	unsigned long		done;
	bool			prepared;
	bool			running;
	bool			paused;
	struct edma_pcm_stats	stats;
};

static bool edma_pcm_sram(const struct edma_pcm *pcm)
{
	return pcm->ram >= 0;
}

static u32 edma_pcm_link(int slot)
{
	return EDMA_CHAN_SLOT(slot) << 5;
}

/*
 * A port set moving one period between memory at @mem and the port: one
 * word per request (A-synchronised), or fifo_level words per request
 * (AB-synchronised).  The port address does not move.
 */
static void edma_pcm_port_set(struct edma_pcm *pcm, struct edmacc_param *p,
			      dma_addr_t mem, u32 opt, int link)
{
	unsigned int acnt = pcm->params.acnt;
	unsigned int fifo = max_t(unsigned int, pcm->params.fifo_level, 1);
	unsigned int words = pcm->period_bytes / acnt;
	u32 bidx = acnt, cidx = 0;

	memset(p, 0, sizeof(*p));
	if (fifo > 1) {
		opt |= SYNCDIM;
		p->a_b_cnt = fifo << 16 | acnt;
		p->ccnt = words / fifo;
		cidx = acnt * fifo;
	} else {
		p->a_b_cnt = words << 16 | acnt;
		p->ccnt = 1;
	}
	p->opt = opt;
	if (pcm->dir == EDMA_PCM_PLAYBACK) {
		p->src = mem;
		p->dst = pcm->params.dma_addr;
		p->src_dst_bidx = bidx;
		p->src_dst_cidx = cidx;
	} else {
		p->src = pcm->params.dma_addr;
		p->dst = mem;
		p->src_dst_bidx = bidx << 16;
		p->src_dst_cidx = cidx << 16;
	}
	p->link_bcntrld = (p->a_b_cnt & 0xffff0000) | edma_pcm_link(link);
}

/* Direct mode: the set of period @n, linking to @link. */
static void edma_pcm_period_set(struct edma_pcm *pcm, struct edmacc_param *p,
				unsigned int n, int link)
{
	edma_pcm_port_set(pcm, p, pcm->buf + n * pcm->period_bytes,
			  TCINTEN | EDMA_TCC(EDMA_CHAN_SLOT(pcm->asp)), link);
}

/*
 * Copy-channel set: @frames frames of two period-sized arrays, ring side
 * starting at @ring, SRAM side alternating between the two halves.
 */
static void edma_pcm_ram_set(struct edma_pcm *pcm, struct edmacc_param *p,
			     dma_addr_t ring, unsigned int frames, int link)
{
	u32 per = pcm->period_bytes;
	u32 ring_idx = per & 0xffff, sram_cidx = (u16)-(s16)per;

	memset(p, 0, sizeof(*p));
	p->opt = ITCINTEN | TCINTEN | EDMA_TCC(EDMA_CHAN_SLOT(pcm->ram));
	p->a_b_cnt = 2 << 16 | per;
	p->ccnt = frames;
	p->link_bcntrld = 2 << 16 | edma_pcm_link(link);
	if (pcm->dir == EDMA_PCM_PLAYBACK) {
		p->src = ring;
		p->dst = pcm->sram_dma;
		p->src_dst_bidx = per << 16 | per;
		p->src_dst_cidx = sram_cidx << 16 | ring_idx;
	} else {
		p->src = pcm->sram_dma;
		p->dst = ring;
		p->src_dst_bidx = per << 16 | per;
		p->src_dst_cidx = ring_idx << 16 | sram_cidx;
	}
}

static void edma_pcm_write_direct(struct edma_pcm *pcm)
{
	struct edmacc_param p;

	edma_pcm_period_set(pcm, &p, 0, pcm->asp_link[0]);
	edma_write_slot(pcm->asp, &p);
	edma_pcm_period_set(pcm, &p, 1 % pcm->periods, pcm->asp_link[1]);
	edma_write_slot(pcm->asp_link[0], &p);
	edma_pcm_period_set(pcm, &p, 2 % pcm->periods, pcm->asp_link[0]);
	edma_write_slot(pcm->asp_link[1], &p);
}

static void edma_pcm_write_sram(struct edma_pcm *pcm)
{
	u32 opt = TCCHEN | EDMA_TCC(EDMA_CHAN_SLOT(pcm->ram));
	dma_addr_t half1 = pcm->sram_dma + pcm->period_bytes;
	unsigned int n = pcm->periods;
	struct edmacc_param p;

	edma_pcm_port_set(pcm, &p, pcm->sram_dma, opt, pcm->asp_link[1]);
	edma_write_slot(pcm->asp, &p);
	edma_write_slot(pcm->asp_link[0], &p);
	edma_pcm_port_set(pcm, &p, half1, opt, pcm->asp_link[0]);
	edma_write_slot(pcm->asp_link[1], &p);

	edma_pcm_ram_set(pcm, &p, pcm->buf, n / 2, pcm->ram_link);
	edma_write_slot(pcm->ram_link, &p);
	if (pcm->dir == EDMA_PCM_CAPTURE) {
		edma_write_slot(pcm->ram, &p);
		return;
	}
	/* rest of the ring after the initial fill of both halves */
	if (n > 2) {
		edma_pcm_ram_set(pcm, &p, pcm->buf + 2 * pcm->period_bytes,
				 (n - 2) / 2, pcm->ram_link);
		edma_write_slot(pcm->ram_link2, &p);
	}
	/* initial fill: periods 0 and 1 into both halves, one array */
	memset(&p, 0, sizeof(p));
	p.opt = EDMA_TCC(EDMA_CHAN_SLOT(pcm->ram));
	p.src = pcm->buf;
	p.dst = pcm->sram_dma;
	p.a_b_cnt = 1 << 16 | (2 * pcm->period_bytes);
	p.ccnt = 1;
	p.link_bcntrld = edma_pcm_link(n > 2 ? pcm->ram_link2 : pcm->ram_link);
	edma_write_slot(pcm->ram, &p);
}

/*
 * The period the hardware is in, from the PaRAM position; *frac gets the
 * bytes already done of it.  Called with the lock held.
 *
 * PaRAM addresses are 32-bit, so the offsets are taken as u32: with a
 * 64-bit dma_addr_t (LPAE) the divisions must not become 64-bit ones,
 * which the kernel has no helper for behind '/' and '%'.
 */
static unsigned int edma_pcm_hw_period(struct edma_pcm *pcm,
				       unsigned int *frac)
{
	bool capture = pcm->dir == EDMA_PCM_CAPTURE;
	unsigned int per = pcm->period_bytes, n = pcm->periods;
	unsigned int cur, off;
	dma_addr_t pos;

	pos = edma_get_position(pcm->asp, capture);
	if (!edma_pcm_sram(pcm)) {
		off = (u32)(pos - pcm->buf) % (per * n);
		*frac = off % per;
		return off / per;
	}
	off = (u32)(pos - pcm->sram_dma) % (2 * per);
	*frac = off % per;
	/* ring side of the copy channel: next period to load or store */
	pos = edma_get_position(pcm->ram, capture);
	cur = (u32)(pos - pcm->buf) / per % n;
	/* playback loads two periods ahead of the one being played */
	if (!capture)
		cur = (cur + n - 2) % n;
	/* the copy may lag the port's switch to the other half */
	if ((off / per) != (cur & 1))
		cur = (cur + 1) % n;
	return cur;
}

/* Account completed periods; returns how many.  Lock held. */
static unsigned int edma_pcm_advance(struct edma_pcm *pcm)
{
	unsigned int frac, cur, n, i;
	struct edmacc_param p;

	cur = edma_pcm_hw_period(pcm, &frac);
	n = (cur + pcm->periods - pcm->done % pcm->periods) % pcm->periods;
	for (i = 0; i < n; i++) {
		if (!edma_pcm_sram(pcm)) {
			/* this link slot was just copied: two periods on */
			int slot = pcm->asp_link[pcm->done & 1];
			int next = pcm->asp_link[!(pcm->done & 1)];

			edma_pcm_period_set(pcm, &p,
					    (pcm->done + 3) % pcm->periods,
					    next);
			edma_write_slot(slot, &p);
		}
		pcm->done++;
	}
	return n;
}

static void edma_pcm_callback(unsigned int ch, u16 status, void *data)
{
	struct edma_pcm *pcm = data;
	unsigned long flags;
	unsigned int n = 0;

	spin_lock_irqsave(&pcm->lock, flags);
	if (status == EDMA_DMA_COMPLETE) {
		pcm->stats.irqs++;
		if (pcm->running)
			n = edma_pcm_advance(pcm);
		pcm->stats.periods += n;
	} else {
		pcm->stats.errors++;
		/*
		 * A missed event (the port asked again while a request was
		 * still latched) or a transfer error: clear the channel's
		 * event state and let the port's events in again.  The
		 * PaRAM set still holds the position, so nothing is replayed.
		 */
		if (pcm->running) {
			edma_clean_channel(ch);
			if ((int)ch == pcm->asp && !pcm->paused)
				edma_start(pcm->asp);
			pcm->stats.recoveries++;
		}
	}
	spin_unlock_irqrestore(&pcm->lock, flags);

	while (n--)
		pcm->period_elapsed(pcm->data);
}

static void edma_pcm_free_slots(struct edma_pcm *pcm)
{
	int *slots[] = { &pcm->asp_link[0], &pcm->asp_link[1],
			 &pcm->ram_link, &pcm->ram_link2 };
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(slots); i++) {
		if (*slots[i] >= 0)
			edma_free_slot(*slots[i]);
		*slots[i] = -1;
	}
}

static int edma_pcm_alloc_slot(struct edma_pcm *pcm, int *slot)
{
	*slot = edma_alloc_slot(EDMA_CTLR(pcm->asp), EDMA_SLOT_ANY);
	if (*slot < 0)
		return *slot;
	return 0;
}

/* The port's request line for a direction. */
static const char *edma_pcm_line(enum edma_pcm_dir dir)
{
	return dir == EDMA_PCM_PLAYBACK ? "tx" : "rx";
}

/**
 * edma_pcm_serves - whether a port's request line is an EDMA3 event
 * @dev: the port device
 * @dir: EDMA_PCM_PLAYBACK ("tx" line) or EDMA_PCM_CAPTURE ("rx")
 *
 * edma_request_is_edma() on the port's "tx" or "rx" line: a DAI driver
 * asks this to choose its PCM.  Nothing is claimed or allocated.
 *
 * Context: process.
 * Return: true if the line is an EDMA3 event, false otherwise (no such
 * line, another DMA controller, or no @dev).
 */
bool edma_pcm_serves(struct device *dev, enum edma_pcm_dir dir)
{
	return edma_request_is_edma(dev, edma_pcm_line(dir));
}
EXPORT_SYMBOL_GPL(edma_pcm_serves);

/**
 * edma_pcm_open - allocate the channels and slots of a substream
 * @dev: the port device, whose "tx" (playback) or "rx" (capture) request
 *	line names the port channel
 * @dir: EDMA_PCM_PLAYBACK or EDMA_PCM_CAPTURE
 * @params: data register, word size, FIFO level and mode
 * @period_elapsed: called once per period, in order, without locks held
 * @data: its argument
 *
 * With @params->use_sram the platform data (@params->pdata, else the
 * device's) must give SRAM of at least two periods; a copy channel is
 * then taken from EDMA_CHANNEL_ANY on the port channel's controller.
 *
 * Context: process.
 * Return: the substream or an ERR_PTR() (-EPROBE_DEFER while the
 * controller is not there).
 */
struct edma_pcm *edma_pcm_open(struct device *dev, enum edma_pcm_dir dir,
			       const struct edma_pcm_params *params,
			       void (*period_elapsed)(void *data),
			       void *data)
{
	const struct edma_pcm_pdata *pdata;
	struct edma_dma_spec spec;
	struct edma_pcm *pcm;
	enum dma_event_q q;
	int ret;

	if (!dev || !params || !period_elapsed || !params->acnt ||
	    params->acnt > 4)
		return ERR_PTR(-EINVAL);
	pdata = params->pdata ?: dev_get_platdata(dev);
	if (params->use_sram && (!pdata || !pdata->sram_size))
		return ERR_PTR(-EINVAL);
	ret = edma_get_dma_spec(dev, edma_pcm_line(dir), &spec);
	if (ret)
		return ERR_PTR(ret);

	pcm = kzalloc(sizeof(*pcm), GFP_KERNEL);
	if (!pcm)
		return ERR_PTR(-ENOMEM);
	pcm->dev = dev;
	pcm->dir = dir;
	pcm->params = *params;
	pcm->params.pdata = NULL;
	if (pdata) {
		pcm->pdata = *pdata;
	} else {
		pcm->pdata.asp_chan_q = EVENTQ_DEFAULT;
		pcm->pdata.ram_chan_q = EVENTQ_DEFAULT;
	}
	pcm->period_elapsed = period_elapsed;
	pcm->data = data;
	pcm->ram = -1;
	pcm->asp_link[0] = -1;
	pcm->asp_link[1] = -1;
	pcm->ram_link = -1;
	pcm->ram_link2 = -1;
	spin_lock_init(&pcm->lock);

	q = spec.queue;
	if (pcm->pdata.asp_chan_q != EVENTQ_DEFAULT)
		q = pcm->pdata.asp_chan_q;
	pcm->asp = edma_alloc_channel(EDMA_CTLR_CHAN(spec.ctlr, spec.channel),
				      edma_pcm_callback, pcm, q);
	if (pcm->asp < 0) {
		ret = pcm->asp;
		goto err_free;
	}
	ret = edma_pcm_alloc_slot(pcm, &pcm->asp_link[0]) ?:
	      edma_pcm_alloc_slot(pcm, &pcm->asp_link[1]);
	if (ret)
		goto err_slots;
	if (!params->use_sram)
		return pcm;

	/*
	 * Full duplex: playback owns the lower half of the SRAM and capture
	 * the upper, so both directions can run at once.
	 */
	pcm->sram_dma = pcm->pdata.sram_dma +
		(dir == EDMA_PCM_CAPTURE ? pcm->pdata.sram_size / 2 : 0);
	pcm->ram = edma_alloc_channel(EDMA_CHANNEL_ANY, edma_pcm_callback, pcm,
				      pcm->pdata.ram_chan_q);
	if (pcm->ram >= 0 && EDMA_CTLR(pcm->ram) != EDMA_CTLR(pcm->asp)) {
		/* chaining only reaches channels of the same controller */
		edma_free_channel(pcm->ram);
		pcm->ram = -EBUSY;
	}
	if (pcm->ram < 0) {
		ret = pcm->ram;
		pcm->ram = -1;
		goto err_slots;
	}
	ret = edma_pcm_alloc_slot(pcm, &pcm->ram_link);
	if (!ret && dir == EDMA_PCM_PLAYBACK)
		ret = edma_pcm_alloc_slot(pcm, &pcm->ram_link2);
	if (ret)
		goto err_ram;
	return pcm;

err_ram:
	edma_free_channel(pcm->ram);
err_slots:
	edma_pcm_free_slots(pcm);
	edma_free_channel(pcm->asp);
err_free:
	kfree(pcm);
	return ERR_PTR(ret);
}
EXPORT_SYMBOL_GPL(edma_pcm_open);

/**
 * edma_pcm_pingpong_fits - whether a ring can run as SRAM ping-pong
 * @pdata: the SRAM (playback takes its lower half, capture its upper)
 * @dir: EDMA_PCM_PLAYBACK or EDMA_PCM_CAPTURE
 * @period_bytes: bytes per period
 * @periods: periods in the ring
 *
 * The periods alternate between the two halves of the direction's SRAM,
 * so a half holds a period, the ring is even and a period's SRAM index
 * (signed 16-bit) reaches the other half; a playback copy fetches period
 * k + 2 as period k ends, when the ALSA side may start rewriting period
 * k, so it needs four periods.  A DAI driver asks this at hw_params to
 * choose params->use_sram; edma_pcm_prepare() refuses what it denies.
 *
 * Context: any.
 * Return: true if the shape fits.
 */
bool edma_pcm_pingpong_fits(const struct edma_pcm_pdata *pdata,
			    enum edma_pcm_dir dir, unsigned int period_bytes,
			    unsigned int periods)
{
	return pdata && pdata->sram_size && !(periods % 2) &&
	       period_bytes <= 0x7fff &&
	       2 * period_bytes <= pdata->sram_size / 2 &&
	       (dir == EDMA_PCM_CAPTURE || periods >= 4);
}
EXPORT_SYMBOL_GPL(edma_pcm_pingpong_fits);

/**
 * edma_pcm_prepare - program the ring
 * @pcm: a stopped substream
 * @buf: bus address of the ring
 * @period_bytes: bytes per period, a multiple of acnt * fifo_level
 * @periods: periods in the ring, at least 2; in ping-pong mode even, and
 *	at least 4 for playback
 *
 * Context: any; not while the substream runs.
 * Return: 0, -EBUSY while running, -EINVAL for a shape the hardware
 * cannot express.
 */
int edma_pcm_prepare(struct edma_pcm *pcm, dma_addr_t buf,
		     unsigned int period_bytes, unsigned int periods)
{
	unsigned int unit = pcm->params.acnt *
			    max_t(unsigned int, pcm->params.fifo_level, 1);
	unsigned long flags;

	if (!period_bytes || period_bytes % unit || periods < 2 ||
	    period_bytes / unit > 0xffff || unit > 0x7fff)
		return -EINVAL;
	if (edma_pcm_sram(pcm) &&
	    !edma_pcm_pingpong_fits(&pcm->pdata, pcm->dir, period_bytes,
				    periods))
		return -EINVAL;

	spin_lock_irqsave(&pcm->lock, flags);
	if (pcm->running) {
		spin_unlock_irqrestore(&pcm->lock, flags);
		return -EBUSY;
	}
	pcm->buf = buf;
	pcm->period_bytes = period_bytes;
	pcm->periods = periods;
	pcm->done = 0;
	if (edma_pcm_sram(pcm))
		edma_pcm_write_sram(pcm);
	else
		edma_pcm_write_direct(pcm);
	pcm->prepared = true;
	spin_unlock_irqrestore(&pcm->lock, flags);
	return 0;
}
EXPORT_SYMBOL_GPL(edma_pcm_prepare);

/**
 * edma_pcm_trigger - start, stop, pause or resume a substream
 * @pcm: the substream
 * @cmd: EDMA_PCM_START (after prepare), EDMA_PCM_STOP, EDMA_PCM_PAUSE_PUSH
 *	or EDMA_PCM_PAUSE_RELEASE
 *
 * Pausing disables the port channel's event: the transfer holds its
 * position and continues from it on release.  After a stop the substream
 * must be prepared again.
 *
 * Context: any, period_elapsed included.
 * Return: 0, or -EINVAL for a command that does not fit the state.
 */
int edma_pcm_trigger(struct edma_pcm *pcm, enum edma_pcm_cmd cmd)
{
	unsigned long flags;
	int ret = 0;

	spin_lock_irqsave(&pcm->lock, flags);
	switch (cmd) {
	case EDMA_PCM_START:
		if (!pcm->prepared || pcm->running) {
			ret = -EINVAL;
			break;
		}
		pcm->running = true;
		pcm->paused = false;
		/* the initial fill of both SRAM halves goes first */
		if (edma_pcm_sram(pcm) && pcm->dir == EDMA_PCM_PLAYBACK)
			ret = edma_start(pcm->ram);
		if (!ret)
			ret = edma_start(pcm->asp);
		break;
	case EDMA_PCM_STOP:
		edma_stop(pcm->asp);
		if (edma_pcm_sram(pcm))
			edma_stop(pcm->ram);
		pcm->running = false;
		pcm->prepared = false;
		break;
	case EDMA_PCM_PAUSE_PUSH:
		if (!pcm->running) {
			ret = -EINVAL;
			break;
		}
		edma_pause(pcm->asp);
		pcm->paused = true;
		break;
	case EDMA_PCM_PAUSE_RELEASE:
		if (!pcm->running) {
			ret = -EINVAL;
			break;
		}
		pcm->paused = false;
		edma_resume(pcm->asp);
		break;
	default:
		ret = -EINVAL;
	}
	spin_unlock_irqrestore(&pcm->lock, flags);
	return ret;
}
EXPORT_SYMBOL_GPL(edma_pcm_trigger);

/**
 * edma_pcm_pointer - where the hardware is in the ring
 * @pcm: the substream
 *
 * Context: any.
 * Return: bytes from the start of the ring to the next byte the port
 * channel moves (0 while not started).
 */
unsigned int edma_pcm_pointer(struct edma_pcm *pcm)
{
	unsigned int frac, cur, ret = 0;
	unsigned long flags;

	spin_lock_irqsave(&pcm->lock, flags);
	if (pcm->running) {
		cur = edma_pcm_hw_period(pcm, &frac);
		ret = cur * pcm->period_bytes + frac;
	}
	spin_unlock_irqrestore(&pcm->lock, flags);
	return ret;
}
EXPORT_SYMBOL_GPL(edma_pcm_pointer);

/**
 * edma_pcm_get_stats - copy a substream's counters
 * @pcm: the substream
 * @st: filled with the counters
 *
 * Context: any.
 */
void edma_pcm_get_stats(struct edma_pcm *pcm, struct edma_pcm_stats *st)
{
	unsigned long flags;

	spin_lock_irqsave(&pcm->lock, flags);
	*st = pcm->stats;
	spin_unlock_irqrestore(&pcm->lock, flags);
}
EXPORT_SYMBOL_GPL(edma_pcm_get_stats);

/**
 * edma_pcm_close - stop a substream and release its channels and slots
 * @pcm: the substream, or an ERR_PTR()/NULL (ignored)
 *
 * Context: process.
 */
void edma_pcm_close(struct edma_pcm *pcm)
{
	if (IS_ERR_OR_NULL(pcm))
		return;
	edma_pcm_trigger(pcm, EDMA_PCM_STOP);
	edma_pcm_free_slots(pcm);
	if (edma_pcm_sram(pcm))
		edma_free_channel(pcm->ram);
	edma_free_channel(pcm->asp);
	kfree(pcm);
}
EXPORT_SYMBOL_GPL(edma_pcm_close);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("DaVinci PCM DMA client of the private EDMA API");
