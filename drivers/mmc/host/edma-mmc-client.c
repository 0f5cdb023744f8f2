// SPDX-License-Identifier: GPL-2.0
/*
 * DMA half of a DaVinci MMC/SD host driver on the private EDMA API.
 *
 * Segment 0 of a request goes into the channel's own slot, segment i > 0
 * into link slot (i - 1) % K, and each set links to the slot of the next
 * segment (the last one to NULL).  When the list is longer than 1 + K
 * segments, the sets whose completion frees a slot that a later segment
 * needs carry TCINTEN with the channel's own TCC: the completion callback
 * finds, from the LINK field of the channel's slot, which segment runs
 * now and writes the following segments into the slots the hardware has
 * already copied.  The last segment always interrupts; its completion
 * ends the request.
 *
 * Errors reported by the library (a missed event, a transfer error) end
 * the request with -EIO; edma_mmc_abort() ends it with the caller's
 * error (a data timeout, a cancelled request).  Both stop the channel and
 * clean its event state, as davinci_mmc did.
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

#include "edma-mmc-client.h"

#define EDMA_MMC_DEFAULT_LINKS	16
#define EDMA_MMC_LINK_NULL	0xffff

/**
 * struct edma_mmc - one host's DMA state
 * @dev: the host device
 * @cfg: FIFO description
 * @rx: receive channel
 * @tx: transmit channel
 * @links: link slots
 * @nlinks: how many
 * @lock: protects everything below
 * @ch: channel of the running request, or -1
 * @sg: its list (the caller's, valid until @done runs)
 * @nsg: its length
 * @write: its direction
 * @cur: segment the channel is on
 * @next: first segment not yet written to a slot
 * @done: completion of the running request
 * @data: its argument
 * @stats: counters
 */
struct edma_mmc {
	struct device		*dev;
	struct edma_mmc_config	cfg;
	int			rx;
	int			tx;
	int			*links;
	unsigned int		nlinks;

	spinlock_t		lock;	/* see the kernel-doc above */
	int			ch;
	const struct edma_mmc_sg *sg;
	unsigned int		nsg;
	bool			write;
	unsigned int		cur;
	unsigned int		next;
	void			(*done)(void *data, int err);
	void			*data;
	struct edma_mmc_stats	stats;
};

static u16 edma_mmc_slot_link(struct edma_mmc *host, unsigned int seg)
{
	if (seg >= host->nsg)
		return EDMA_MMC_LINK_NULL;
	return EDMA_CHAN_SLOT(host->links[(seg - 1) % host->nlinks]) << 5;
}

/* Slot that holds segment @seg (> 0) before it runs. */
static int edma_mmc_seg_slot(struct edma_mmc *host, unsigned int seg)
{
	return host->links[(seg - 1) % host->nlinks];
}

/* Does segment @seg interrupt: last, or freeing a slot still needed. */
static bool edma_mmc_seg_irq(struct edma_mmc *host, unsigned int seg)
{
	return seg == host->nsg - 1 || seg + 1 + host->nlinks < host->nsg;
}

static void edma_mmc_seg_param(struct edma_mmc *host, struct edmacc_param *p,
			       unsigned int seg)
{
	const struct edma_mmc_sg *sg = &host->sg[seg];
	u32 acnt = host->cfg.fifo_width, thr = host->cfg.rw_threshold;

	memset(p, 0, sizeof(*p));
	p->opt = SYNCDIM | EDMA_TCC(EDMA_CHAN_SLOT(host->ch));
	if (edma_mmc_seg_irq(host, seg))
		p->opt |= TCINTEN;
	p->a_b_cnt = (thr / acnt) << 16 | acnt;
	p->ccnt = sg->len / thr;
	if (host->write) {
		p->src = sg->addr;
		p->dst = host->cfg.tx_port;
		p->src_dst_bidx = acnt;
		p->src_dst_cidx = thr;
	} else {
		p->src = host->cfg.rx_port;
		p->dst = sg->addr;
		p->src_dst_bidx = acnt << 16;
		p->src_dst_cidx = thr << 16;
	}
	p->link_bcntrld = edma_mmc_slot_link(host, seg + 1);
}

/* Write segments into free link slots, up to K ahead of @cur. */
static unsigned int edma_mmc_fill(struct edma_mmc *host)
{
	struct edmacc_param p;
	unsigned int n = 0;

	while (host->next < host->nsg &&
	       host->next <= host->cur + host->nlinks) {
		edma_mmc_seg_param(host, &p, host->next);
		edma_write_slot(edma_mmc_seg_slot(host, host->next), &p);
		host->next++;
		n++;
	}
	return n;
}

/*
 * Which segment the channel is on, from its slot; nsg once the last one
 * finished (the slot then holds a NULL set).
 */
static unsigned int edma_mmc_progress(struct edma_mmc *host)
{
	unsigned int k = host->nlinks, i, x;
	struct edmacc_param p;
	u16 link;

	edma_read_slot(host->ch, &p);
	link = p.link_bcntrld & 0xffff;
	if (link == EDMA_MMC_LINK_NULL) {
		if (!(p.a_b_cnt & 0xffff) || !(p.a_b_cnt >> 16) || !p.ccnt)
			return host->nsg;
		return host->nsg - 1;
	}
	/* the segment running links to slot (i % K) */
	for (x = 0; x < k; x++) {
		if ((EDMA_CHAN_SLOT(host->links[x]) << 5) == link)
			break;
	}
	if (x == k)
		return host->cur;
	i = host->cur + (x + k - host->cur % k) % k;
	return min(i, host->nsg - 1);
}

static void edma_mmc_finish_locked(struct edma_mmc *host,
				   void (**done)(void *, int), void **data)
{
	edma_stop(host->ch);
	edma_clean_channel(host->ch);
	*done = host->done;
	*data = host->data;
	host->ch = -1;
	host->sg = NULL;
	host->done = NULL;
}

static void edma_mmc_callback(unsigned int ch, u16 status, void *arg)
{
	struct edma_mmc *host = arg;
	void (*done)(void *data, int err) = NULL;
	void *data = NULL;
	unsigned long flags;
	unsigned int now;
	int err = 0;

	spin_lock_irqsave(&host->lock, flags);
	if (host->ch != (int)ch)
		goto out;
	if (status != EDMA_DMA_COMPLETE) {
		host->stats.errors++;
		err = -EIO;
		edma_mmc_finish_locked(host, &done, &data);
		goto out;
	}
	host->stats.irqs++;
	now = edma_mmc_progress(host);
	host->stats.segments += now - host->cur;
	host->cur = now;
	if (now >= host->nsg) {
		edma_mmc_finish_locked(host, &done, &data);
		goto out;
	}
	host->stats.refills += edma_mmc_fill(host);
out:
	spin_unlock_irqrestore(&host->lock, flags);
	if (done)
		done(data, err);
}

/**
 * edma_mmc_submit - start a scatter-gather transfer
 * @host: the host
 * @write: true for memory to card, false for card to memory
 * @sg: segments; the array must stay valid until @done runs
 * @nsg: number of segments, at least 1
 * @done: called once, from the completion interrupt or from
 *	edma_mmc_abort(), with 0, -EIO or the abort's error; no lock held
 * @data: its argument
 *
 * The channel is started on its controller event; the host driver then
 * issues the data command.
 *
 * Context: any.
 * Return: 0, -EBUSY while a request runs, -EINVAL for a segment the
 * hardware cannot express (or a list needing refills with one link slot).
 */
int edma_mmc_submit(struct edma_mmc *host, bool write,
		    const struct edma_mmc_sg *sg, unsigned int nsg,
		    void (*done)(void *data, int err), void *data)
{
	u32 thr = host->cfg.rw_threshold;
	struct edmacc_param p;
	unsigned long flags;
	unsigned int i;
	int ret;

	if (!sg || !nsg || !done)
		return -EINVAL;
	/* refilling tells segments apart by the slot they link to */
	if (nsg > 1 + host->nlinks && host->nlinks < 2)
		return -EINVAL;
	for (i = 0; i < nsg; i++) {
		if (!sg[i].len || sg[i].len % thr || sg[i].len / thr > 0xffff)
			return -EINVAL;
	}

	spin_lock_irqsave(&host->lock, flags);
	if (host->ch >= 0) {
		spin_unlock_irqrestore(&host->lock, flags);
		return -EBUSY;
	}
	host->ch = write ? host->tx : host->rx;
	host->write = write;
	host->sg = sg;
	host->nsg = nsg;
	host->cur = 0;
	host->next = 1;
	host->done = done;
	host->data = data;
	host->stats.requests++;
	edma_mmc_fill(host);
	edma_mmc_seg_param(host, &p, 0);
	edma_write_slot(host->ch, &p);
	ret = edma_start(host->ch);
	if (ret) {
		host->ch = -1;
		host->sg = NULL;
		host->done = NULL;
	}
	spin_unlock_irqrestore(&host->lock, flags);
	return ret;
}
EXPORT_SYMBOL_GPL(edma_mmc_submit);

/**
 * edma_mmc_abort - end the running request early
 * @host: the host
 * @err: error for its completion (-ETIMEDOUT for a data timeout)
 *
 * Stops the channel and cleans its event state, then calls the request's
 * completion with @err.
 *
 * Context: any.
 * Return: true if a request was running.
 */
bool edma_mmc_abort(struct edma_mmc *host, int err)
{
	void (*done)(void *data, int err) = NULL;
	void *data = NULL;
	unsigned long flags;

	spin_lock_irqsave(&host->lock, flags);
	if (host->ch >= 0) {
		host->stats.aborts++;
		edma_mmc_finish_locked(host, &done, &data);
	}
	spin_unlock_irqrestore(&host->lock, flags);
	if (done)
		done(data, err);
	return done;
}
EXPORT_SYMBOL_GPL(edma_mmc_abort);

/**
 * edma_mmc_max_links - link slots the host got
 * @host: the host
 *
 * A request of up to 1 + this many segments runs without refills.
 *
 * Context: any.
 * Return: the number of link slots.
 */
unsigned int edma_mmc_max_links(struct edma_mmc *host)
{
	return host->nlinks;
}
EXPORT_SYMBOL_GPL(edma_mmc_max_links);

/**
 * edma_mmc_get_stats - copy a host's counters
 * @host: the host
 * @st: filled with the counters
 *
 * Context: any.
 */
void edma_mmc_get_stats(struct edma_mmc *host, struct edma_mmc_stats *st)
{
	unsigned long flags;

	spin_lock_irqsave(&host->lock, flags);
	*st = host->stats;
	spin_unlock_irqrestore(&host->lock, flags);
}
EXPORT_SYMBOL_GPL(edma_mmc_get_stats);

static void edma_mmc_release(void *arg)
{
	struct edma_mmc *host = arg;
	unsigned int i;

	edma_mmc_abort(host, -ESHUTDOWN);
	edma_stop(host->rx);
	edma_stop(host->tx);
	for (i = 0; i < host->nlinks; i++)
		edma_free_slot(host->links[i]);
	host->nlinks = 0;
}

/**
 * devm_edma_mmc_init - take a host's channels and link slots
 * @dev: the host device, naming its "rx" and "tx" request lines
 * @cfg: FIFO description
 *
 * Everything is released when the driver unbinds; a request still running
 * then completes with -ESHUTDOWN.
 *
 * Context: process (probe).
 * Return: the host or an ERR_PTR() (-EPROBE_DEFER while the controller
 * is not there, -ENOMEM without at least one link slot).
 */
struct edma_mmc *devm_edma_mmc_init(struct device *dev,
				    const struct edma_mmc_config *cfg)
{
	unsigned int want = cfg->max_links ?: EDMA_MMC_DEFAULT_LINKS;
	struct edma_mmc *host;
	int ret, slot;

	if (!cfg->fifo_width || cfg->fifo_width > 4 || !cfg->rw_threshold ||
	    cfg->rw_threshold % cfg->fifo_width ||
	    cfg->rw_threshold > 0x7fff)
		return ERR_PTR(-EINVAL);
	host = devm_kzalloc(dev, sizeof(*host), GFP_KERNEL);
	if (!host)
		return ERR_PTR(-ENOMEM);
	host->links = devm_kcalloc(dev, want, sizeof(*host->links),
				   GFP_KERNEL);
	if (!host->links)
		return ERR_PTR(-ENOMEM);
	host->dev = dev;
	host->cfg = *cfg;
	host->ch = -1;
	spin_lock_init(&host->lock);

	host->rx = devm_edma_alloc_channel(dev, "rx", edma_mmc_callback, host);
	if (host->rx < 0)
		return ERR_PTR(host->rx);
	host->tx = devm_edma_alloc_channel(dev, "tx", edma_mmc_callback, host);
	if (host->tx < 0)
		return ERR_PTR(host->tx);
	/* the link slots serve both channels */
	if (EDMA_CTLR(host->rx) != EDMA_CTLR(host->tx))
		return ERR_PTR(-EINVAL);

	/* as many as there are, up to what was asked for */
	while (host->nlinks < want) {
		slot = edma_alloc_slot(EDMA_CTLR(host->rx), EDMA_SLOT_ANY);
		if (slot < 0)
			break;
		host->links[host->nlinks++] = slot;
	}
	ret = devm_add_action_or_reset(dev, edma_mmc_release, host);
	if (ret)
		return ERR_PTR(ret);
	if (!host->nlinks)
		return ERR_PTR(-ENOMEM);
	return host;
}
EXPORT_SYMBOL_GPL(devm_edma_mmc_init);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("DaVinci MMC/SD DMA client of the private EDMA API");
