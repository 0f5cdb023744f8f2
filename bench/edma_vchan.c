// SPDX-License-Identifier: GPL-2.0
/*
 * A virt-dma-like channel over the classic edma_* API: what a dmaengine
 * provider does for a client, rebuilt on the same library and MAC model as
 * the rings so the two can be measured side by side (bench/README.md).
 *
 * One descriptor per buffer, allocated at prep time.  Each one lives on
 * the lists of drivers/dma/virt-dma.c in turn (allocated, submitted,
 * issued, completed), every move under the channel lock with interrupts
 * off.  The hardware runs one descriptor at a time: its PaRAM set is
 * written into the channel, the peripheral's request gate is opened, the
 * event runs the data set, which chains to a status set that copies the
 * peripheral's status word and interrupts.  The completion handler (hard
 * IRQ) records the status, loads the next issued descriptor and schedules
 * the tasklet, which calls each descriptor's callback and frees it.
 */
#include <linux/device.h>
#include <linux/dma-mapping.h>
#include <linux/err.h>
#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/slab.h>
#include <linux/spinlock.h>

#include "edma_vchan.h"

/* PaRAM sets start at 0x4000 in the controller, 32 bytes each. */
#define EVC_PARM_LINK(slot)	(0x4000 + EDMA_CHAN_SLOT(slot) * 32)
#define EVC_NULL_LINK		0xffff

struct evc_desc {
	struct list_head	node;
	struct evc_chan		*chan;
	struct edmacc_param	param;
	evc_cookie_t		cookie;
	u32			status;
	evc_callback_t		callback;
	void			*callback_param;
};

struct evc_chan {
	struct device		*dev;
	spinlock_t		lock;		/* the lists and active */
	struct tasklet_struct	task;
	struct list_head	allocated;
	struct list_head	submitted;
	struct list_head	issued;
	struct list_head	completed;
	struct evc_desc		*active;
	evc_cookie_t		cookie;
	enum evc_dir		dir;
	unsigned int		channel;
	int			status_slot;
	u32			*status;
	dma_addr_t		status_dma;
	dma_addr_t		fifo;
	void __iomem		*gate;
};

/* Load the next issued descriptor and open the gate; lock held. */
static void evc_start_next(struct evc_chan *c)
{
	struct evc_desc *d;

	d = list_first_entry_or_null(&c->issued, struct evc_desc, node);
	if (!d)
		return;
	list_del(&d->node);
	c->active = d;
	edma_write_slot(c->channel, &d->param);
	writel(1, c->gate);
}

/* Library callback, hard IRQ. */
static void evc_irq(unsigned int channel, u16 ch_status, void *data)
{
	struct evc_chan *c = data;
	struct evc_desc *d;
	unsigned long flags;

	spin_lock_irqsave(&c->lock, flags);
	d = c->active;
	if (d) {
		c->active = NULL;
		d->status = ch_status == EDMA_DMA_COMPLETE ?
			    READ_ONCE(*c->status) : 0;
		WRITE_ONCE(*c->status, 0);
		list_add_tail(&d->node, &c->completed);
		evc_start_next(c);
	}
	spin_unlock_irqrestore(&c->lock, flags);
	if (d)
		tasklet_schedule(&c->task);
}

static void evc_complete(struct tasklet_struct *t)
{
	struct evc_chan *c = from_tasklet(c, t, task);
	struct evc_desc *d, *tmp;
	LIST_HEAD(done);

	spin_lock_irq(&c->lock);
	list_splice_tail_init(&c->completed, &done);
	spin_unlock_irq(&c->lock);

	list_for_each_entry_safe(d, tmp, &done, node) {
		list_del(&d->node);
		if (d->callback)
			d->callback(d->callback_param, d->status);
		kfree(d);
	}
}

/**
 * evc_prep_slave_single - prepare one frame transfer
 * @chan: the channel
 * @buf: bus address of the buffer
 * @len: bytes to move (RX: the buffer size, TX: the frame)
 * @cb: called once the frame is done, from the tasklet
 * @param: passed to @cb with the peripheral's status word
 *
 * Context: any.
 * Return: the descriptor, or NULL.
 */
struct evc_desc *evc_prep_slave_single(struct evc_chan *chan, dma_addr_t buf,
				       unsigned int len, evc_callback_t cb,
				       void *param)
{
	struct edmacc_param *p;
	struct evc_desc *d;
	unsigned long flags;

	d = kzalloc(sizeof(*d), GFP_NOWAIT);
	if (!d)
		return NULL;
	d->chan = chan;
	d->callback = cb;
	d->callback_param = param;
	p = &d->param;
	p->opt = EDMA_TCC(EDMA_CHAN_SLOT(chan->channel)) | TCCHEN;
	if (chan->dir == EVC_DEV_TO_MEM) {
		p->src = chan->fifo;
		p->dst = buf;
	} else {
		p->src = buf;
		p->dst = chan->fifo;
	}
	p->a_b_cnt = 1 << 16 | len;
	p->link_bcntrld = EVC_PARM_LINK(chan->status_slot);
	p->ccnt = 1;

	spin_lock_irqsave(&chan->lock, flags);
	list_add_tail(&d->node, &chan->allocated);
	spin_unlock_irqrestore(&chan->lock, flags);
	return d;
}

/**
 * evc_submit - queue a prepared descriptor
 * @desc: from evc_prep_slave_single()
 *
 * Context: any.
 * Return: its cookie.
 */
evc_cookie_t evc_submit(struct evc_desc *desc)
{
	struct evc_chan *c = desc->chan;
	unsigned long flags;
	evc_cookie_t cookie;

	spin_lock_irqsave(&c->lock, flags);
	cookie = ++c->cookie;
	desc->cookie = cookie;
	list_move_tail(&desc->node, &c->submitted);
	spin_unlock_irqrestore(&c->lock, flags);
	return cookie;
}

/**
 * evc_issue_pending - hand the submitted descriptors to the hardware
 * @chan: the channel
 *
 * Context: any.
 */
void evc_issue_pending(struct evc_chan *chan)
{
	unsigned long flags;

	spin_lock_irqsave(&chan->lock, flags);
	list_splice_tail_init(&chan->submitted, &chan->issued);
	if (!chan->active)
		evc_start_next(chan);
	spin_unlock_irqrestore(&chan->lock, flags);
}

/**
 * evc_terminate_all - stop the channel and free every descriptor
 * @chan: the channel
 *
 * Callbacks of descriptors not completed yet are not called; completed
 * ones still are, from the tasklet (see evc_synchronize()).
 *
 * Context: any.
 */
void evc_terminate_all(struct evc_chan *chan)
{
	struct evc_desc *d, *tmp;
	unsigned long flags;
	LIST_HEAD(dead);

	spin_lock_irqsave(&chan->lock, flags);
	edma_stop(chan->channel);
	if (chan->active)
		list_add_tail(&chan->active->node, &dead);
	chan->active = NULL;
	list_splice_tail_init(&chan->issued, &dead);
	list_splice_tail_init(&chan->submitted, &dead);
	list_splice_tail_init(&chan->allocated, &dead);
	spin_unlock_irqrestore(&chan->lock, flags);
	list_for_each_entry_safe(d, tmp, &dead, node)
		kfree(d);
	edma_start(chan->channel);
}

/**
 * evc_synchronize - wait until no callback runs any more
 * @chan: the channel
 *
 * Context: process.
 */
void evc_synchronize(struct evc_chan *chan)
{
	tasklet_kill(&chan->task);
}

static void evc_release(void *data)
{
	struct evc_chan *c = data;

	struct evc_desc *d, *tmp;

	evc_terminate_all(c);
	edma_stop(c->channel);
	evc_synchronize(c);
	/* Completed after the tasklet ran: the client is gone, free only. */
	list_for_each_entry_safe(d, tmp, &c->completed, node)
		kfree(d);
	edma_free_channel(c->channel);
	edma_free_slot(c->status_slot);
}

/**
 * devm_evc_request - a channel on a device's named DMA request
 * @dev: the client device
 * @name: "rx" or "tx"
 * @cfg: direction and peripheral addresses
 *
 * Context: process.
 * Return: the channel or an ERR_PTR.
 */
struct evc_chan *devm_evc_request(struct device *dev, const char *name,
				  const struct evc_config *cfg)
{
	struct edma_dma_spec spec;
	struct edmacc_param s = { };
	struct evc_chan *c;
	int ret;

	ret = edma_get_dma_spec(dev, name, &spec);
	if (ret)
		return ERR_PTR(ret);
	c = devm_kzalloc(dev, sizeof(*c), GFP_KERNEL);
	if (!c)
		return ERR_PTR(-ENOMEM);
	c->status = dmam_alloc_coherent(dev, sizeof(u32), &c->status_dma,
					GFP_KERNEL);
	if (!c->status)
		return ERR_PTR(-ENOMEM);
	*c->status = 0;
	c->dev = dev;
	c->dir = cfg->dir;
	c->fifo = cfg->fifo;
	c->gate = cfg->gate;
	spin_lock_init(&c->lock);
	tasklet_setup(&c->task, evc_complete);
	INIT_LIST_HEAD(&c->allocated);
	INIT_LIST_HEAD(&c->submitted);
	INIT_LIST_HEAD(&c->issued);
	INIT_LIST_HEAD(&c->completed);

	ret = edma_alloc_slot(spec.ctlr, EDMA_SLOT_ANY);
	if (ret < 0)
		return ERR_PTR(ret);
	c->status_slot = ret;
	ret = edma_alloc_channel(EDMA_CTLR_CHAN(spec.ctlr, spec.channel),
				 evc_irq, c, spec.queue);
	if (ret < 0) {
		edma_free_slot(c->status_slot);
		return ERR_PTR(ret);
	}
	c->channel = ret;

	/* The status set: 4 bytes from the status register, then interrupt. */
	s.opt = EDMA_TCC(spec.channel) | TCINTEN;
	s.src = cfg->status;
	s.dst = c->status_dma;
	s.a_b_cnt = 1 << 16 | sizeof(u32);
	s.link_bcntrld = EVC_NULL_LINK;
	s.ccnt = 1;
	edma_write_slot(c->status_slot, &s);
	ret = edma_start(c->channel);
	if (ret) {
		edma_free_channel(c->channel);
		edma_free_slot(c->status_slot);
		return ERR_PTR(ret);
	}
	ret = devm_add_action_or_reset(dev, evc_release, c);
	return ret ? ERR_PTR(ret) : c;
}
