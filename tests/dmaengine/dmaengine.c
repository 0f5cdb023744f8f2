// SPDX-License-Identifier: GPL-2.0
/*
 * A small dmaengine core and virt-dma for the provider's host tests:
 * device registration, channel lookup (of_dma, slave map, capability),
 * and the virtual-channel descriptor lists with a completion tasklet.
 * Written for the shim; only the calls the provider and the tests make.
 */
#include <linux/dmaengine.h>
#include <linux/err.h>
#include <linux/of.h>
#include <linux/of_dma.h>
#include <linux/slab.h>

/*
 * HOST_DMAENGINE_CORE_ONLY: the core alone, for a provider that brings its
 * own virt-dma (tests/peer: Linux 6.1's drivers/dma/virt-dma.c).
 */
#ifndef HOST_DMAENGINE_CORE_ONLY
#include "dma/virt-dma.h"
#endif

static LIST_HEAD(dma_devices);
static LIST_HEAD(of_dma_list);

int dma_async_device_register(struct dma_device *device)
{
	struct dma_chan *chan;
	int id = 0;

	if (!device || !device->dev || !device->device_alloc_chan_resources ||
	    !device->device_tx_status || !device->device_issue_pending)
		return -EINVAL;
	list_for_each_entry(chan, &device->channels, device_node) {
		chan->device = device;
		chan->chan_id = id++;
		chan->client_count = 0;
	}
	list_add_tail(&device->global_node, &dma_devices);
	return 0;
}

void dma_async_device_unregister(struct dma_device *device)
{
	struct dma_chan *chan;

	list_for_each_entry(chan, &device->channels, device_node)
		WARN_ONCE(chan->client_count,
			  "dma: channel %d still in use at unregister\n",
			  chan->chan_id);
	list_del(&device->global_node);
}

struct dma_chan *dma_get_slave_channel(struct dma_chan *chan)
{
	if (chan->client_count)
		return NULL;
	if (chan->device->device_alloc_chan_resources(chan) < 0)
		return NULL;
	chan->client_count = 1;
	return chan;
}

void dma_release_channel(struct dma_chan *chan)
{
	if (!chan || !chan->client_count)
		return;
	if (chan->device->device_free_chan_resources)
		chan->device->device_free_chan_resources(chan);
	chan->client_count = 0;
}

static struct dma_chan *of_request(struct device *dev, const char *name)
{
	struct of_phandle_args args;
	struct dma_chan *chan = NULL;
	struct of_dma *ofdma;
	int index;

	index = of_property_match_string(dev->of_node, "dma-names", name);
	if (index < 0)
		return ERR_PTR(-ENODEV);
	if (of_parse_phandle_with_args(dev->of_node, "dmas", "#dma-cells",
				       index, &args))
		return ERR_PTR(-ENODEV);
	list_for_each_entry(ofdma, &of_dma_list, of_dma_controllers) {
		if (ofdma->of_node == args.np) {
			chan = ofdma->of_dma_xlate(&args, ofdma);
			break;
		}
	}
	of_node_put(args.np);
	return chan ? chan : ERR_PTR(-EPROBE_DEFER);
}

struct dma_chan *dma_request_chan(struct device *dev, const char *name)
{
	const struct dma_slave_map *map;
	struct dma_device *device;
	struct dma_chan *chan;
	int i;

	if (dev->of_node)
		return of_request(dev, name);
	list_for_each_entry(device, &dma_devices, global_node) {
		for (i = 0; i < device->filter.mapcnt; i++) {
			map = &device->filter.map[i];
			if (strcmp(map->devname, dev_name(dev)) ||
			    strcmp(map->slave, name))
				continue;
			list_for_each_entry(chan, &device->channels,
					    device_node) {
				if (!chan->client_count &&
				    device->filter.fn(chan, map->param))
					return dma_get_slave_channel(chan) ?:
						ERR_PTR(-EBUSY);
			}
		}
	}
	return ERR_PTR(-ENODEV);
}

struct dma_chan *host_dma_request_cap(enum dma_transaction_type cap)
{
	struct dma_device *device;
	struct dma_chan *chan;

	list_for_each_entry(device, &dma_devices, global_node) {
		if (!dma_has_cap(cap, device->cap_mask))
			continue;
		list_for_each_entry(chan, &device->channels, device_node)
			if (!chan->client_count && dma_get_slave_channel(chan))
				return chan;
	}
	return NULL;
}

int of_dma_controller_register(struct device_node *np,
			       struct dma_chan *(*of_dma_xlate)
			       (struct of_phandle_args *, struct of_dma *),
			       void *data)
{
	struct of_dma *ofdma = kzalloc(sizeof(*ofdma), GFP_KERNEL);

	if (!ofdma)
		return -ENOMEM;
	ofdma->of_node = np;
	ofdma->of_dma_xlate = of_dma_xlate;
	ofdma->of_dma_data = data;
	list_add_tail(&ofdma->of_dma_controllers, &of_dma_list);
	return 0;
}

void of_dma_controller_free(struct device_node *np)
{
	struct of_dma *ofdma, *tmp;

	list_for_each_entry_safe(ofdma, tmp, &of_dma_list, of_dma_controllers) {
		if (ofdma->of_node == np) {
			list_del(&ofdma->of_dma_controllers);
			kfree(ofdma);
		}
	}
}

#ifndef HOST_DMAENGINE_CORE_ONLY
/* ---- virt-dma ------------------------------------------------------------ */

static struct virt_dma_desc *to_vd(struct dma_async_tx_descriptor *tx)
{
	return container_of(tx, struct virt_dma_desc, tx);
}

static dma_cookie_t vchan_tx_submit(struct dma_async_tx_descriptor *tx)
{
	struct virt_dma_chan *vc = to_virt_chan(tx->chan);
	unsigned long flags;
	dma_cookie_t cookie;

	spin_lock_irqsave(&vc->lock, flags);
	cookie = dma_cookie_assign(tx);
	list_move_tail(&to_vd(tx)->node, &vc->desc_submitted);
	spin_unlock_irqrestore(&vc->lock, flags);
	return cookie;
}

struct dma_async_tx_descriptor *vchan_tx_prep(struct virt_dma_chan *vc,
					      struct virt_dma_desc *vd,
					      unsigned long tx_flags)
{
	unsigned long flags;

	memset(&vd->tx, 0, sizeof(vd->tx));
	vd->tx.chan = &vc->chan;
	vd->tx.flags = tx_flags;
	vd->tx.tx_submit = vchan_tx_submit;
	vd->tx_result.result = DMA_TRANS_NOERROR;
	vd->tx_result.residue = 0;
	spin_lock_irqsave(&vc->lock, flags);
	list_add_tail(&vd->node, &vc->desc_allocated);
	spin_unlock_irqrestore(&vc->lock, flags);
	return &vd->tx;
}

bool vchan_issue_pending(struct virt_dma_chan *vc)
{
	lockdep_assert_held(&vc->lock);
	list_splice_tail_init(&vc->desc_submitted, &vc->desc_issued);
	return !list_empty(&vc->desc_issued);
}

void vchan_cookie_complete(struct virt_dma_desc *vd)
{
	struct virt_dma_chan *vc = to_virt_chan(vd->tx.chan);

	dma_cookie_complete(&vd->tx);
	list_add_tail(&vd->node, &vc->desc_completed);
	tasklet_schedule(&vc->task);
}

void vchan_cyclic_callback(struct virt_dma_desc *vd)
{
	struct virt_dma_chan *vc = to_virt_chan(vd->tx.chan);

	vc->cyclic = vd;
	tasklet_schedule(&vc->task);
}

void vchan_terminate_vdesc(struct virt_dma_desc *vd)
{
	struct virt_dma_chan *vc = to_virt_chan(vd->tx.chan);

	list_add_tail(&vd->node, &vc->desc_terminated);
	if (vc->cyclic == vd)
		vc->cyclic = NULL;
}

struct virt_dma_desc *vchan_next_desc(struct virt_dma_chan *vc)
{
	return list_first_entry_or_null(&vc->desc_issued,
					struct virt_dma_desc, node);
}

struct virt_dma_desc *vchan_find_desc(struct virt_dma_chan *vc,
				      dma_cookie_t cookie)
{
	struct virt_dma_desc *vd;

	list_for_each_entry(vd, &vc->desc_issued, node)
		if (vd->tx.cookie == cookie)
			return vd;
	return NULL;
}

void vchan_get_all_descriptors(struct virt_dma_chan *vc,
			       struct list_head *head)
{
	list_splice_tail_init(&vc->desc_allocated, head);
	list_splice_tail_init(&vc->desc_submitted, head);
	list_splice_tail_init(&vc->desc_issued, head);
	list_splice_tail_init(&vc->desc_completed, head);
	list_splice_tail_init(&vc->desc_terminated, head);
}

void vchan_dma_desc_free_list(struct virt_dma_chan *vc,
			      struct list_head *head)
{
	struct virt_dma_desc *vd, *tmp;

	list_for_each_entry_safe(vd, tmp, head, node) {
		list_del(&vd->node);
		vc->desc_free(vd);
	}
}

static void invoke(struct dma_async_tx_descriptor *tx,
		   const struct dmaengine_result *res)
{
	if (tx->callback_result)
		tx->callback_result(tx->callback_param, res);
	else if (tx->callback)
		tx->callback(tx->callback_param);
}

static void vchan_complete(struct tasklet_struct *t)
{
	struct virt_dma_chan *vc = from_tasklet(vc, t, task);
	struct virt_dma_desc *vd, *tmp, *cyclic;
	struct dma_async_tx_descriptor tx;
	struct dmaengine_result res;
	unsigned long flags;
	LIST_HEAD(head);

	spin_lock_irqsave(&vc->lock, flags);
	list_splice_tail_init(&vc->desc_completed, &head);
	cyclic = vc->cyclic;
	if (cyclic) {
		vc->cyclic = NULL;
		tx = cyclic->tx;
		res = cyclic->tx_result;
	}
	spin_unlock_irqrestore(&vc->lock, flags);
	if (cyclic)
		invoke(&tx, &res);
	list_for_each_entry_safe(vd, tmp, &head, node) {
		tx = vd->tx;
		res = vd->tx_result;
		list_del(&vd->node);
		vc->desc_free(vd);
		invoke(&tx, &res);
	}
}

void vchan_init(struct virt_dma_chan *vc, struct dma_device *dmadev)
{
	dma_cookie_init(&vc->chan);
	spin_lock_init(&vc->lock);
	INIT_LIST_HEAD(&vc->desc_allocated);
	INIT_LIST_HEAD(&vc->desc_submitted);
	INIT_LIST_HEAD(&vc->desc_issued);
	INIT_LIST_HEAD(&vc->desc_completed);
	INIT_LIST_HEAD(&vc->desc_terminated);
	vc->cyclic = NULL;
	tasklet_setup(&vc->task, vchan_complete);
	vc->chan.device = dmadev;
	list_add_tail(&vc->chan.device_node, &dmadev->channels);
}

void vchan_synchronize(struct virt_dma_chan *vc)
{
	unsigned long flags;
	LIST_HEAD(head);

	tasklet_kill(&vc->task);
	spin_lock_irqsave(&vc->lock, flags);
	list_splice_tail_init(&vc->desc_terminated, &head);
	spin_unlock_irqrestore(&vc->lock, flags);
	vchan_dma_desc_free_list(vc, &head);
}

void vchan_free_chan_resources(struct virt_dma_chan *vc)
{
	unsigned long flags;
	LIST_HEAD(head);

	spin_lock_irqsave(&vc->lock, flags);
	vchan_get_all_descriptors(vc, &head);
	spin_unlock_irqrestore(&vc->lock, flags);
	vchan_dma_desc_free_list(vc, &head);
}

#endif /* !HOST_DMAENGINE_CORE_ONLY */
