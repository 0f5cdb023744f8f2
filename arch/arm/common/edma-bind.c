// SPDX-License-Identifier: GPL-2.0
/*
 * TI EDMA3 private API: binding clients to their channels through the
 * driver model.  A device's DMA requests (IORESOURCE_DMA resources, DT
 * "dmas", crossbar routes) name channels; those channels are claimed, to
 * be started by their peripheral event, and looked up by name for the
 * client (edma_get_dma_spec(), devm_edma_alloc_channel()).
 */

#include <linux/bitmap.h>
#include <linux/device.h>
#include <linux/dmaengine.h>
#include <linux/export.h>
#include <linux/mod_devicetable.h>
#include <linux/module.h>
#include <linux/notifier.h>
#include <linux/of.h>
#include <linux/platform_data/edma.h>
#include <linux/platform_device.h>
#include <linux/spinlock.h>
#include <linux/string.h>

#include "edma-internal.h"

/* The channel controllers' compatibles (the driver's match table). */
const struct of_device_id edma_of_ids[] = {
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

	cc = edma_lock_ctlr(ctlr, &flags);
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

	cc = edma_lock_ctlr(ctlr, &flags);
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
int edma_claim_one(struct device *dev, void *cc)
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

struct notifier_block edma_bus_nb = {
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
EXPORT_SYMBOL_GPL(edma_of_dma_spec);

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
EXPORT_SYMBOL_GPL(edma_find_ctlr);

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

/*
 * A platform device's request from the slave maps of the probed
 * controllers (dev_name() and request name, as dmaengine matches them).
 */
static int edma_get_map_spec(struct device *dev, const char *name,
			     struct edma_dma_spec *spec)
{
	const struct dma_slave_map *map;
	unsigned long flags;
	struct edma_cc *cc;
	int handle = -1;
	int i;

	edma_lock_irqsave(&flags);
	list_for_each_entry(cc, &edma_ccs, node) {
		for (i = 0, map = cc->slave_map; i < cc->slavecnt; i++, map++) {
			if (map->param && !strcmp(map->devname, dev_name(dev)) &&
			    !strcmp(map->slave, name)) {
				handle = *(const int *)map->param;
				break;
			}
		}
		if (handle >= 0)
			break;
	}
	edma_unlock(flags);
	if (handle < 0)
		return -ENOENT;
	if (!edma_ctlr_present(EDMA_CTLR(handle)))
		return -EPROBE_DEFER;
	spec->ctlr = EDMA_CTLR(handle);
	spec->channel = EDMA_CHAN_SLOT(handle);
	spec->queue = EVENTQ_DEFAULT;
	return edma_claim_channel(spec->ctlr, spec->channel, spec->queue);
}

/**
 * edma_get_dma_spec - look up a device's DMA request line by name
 * @dev: the client device
 * @name: the request's name ("rx", "tx", ...)
 * @spec: filled with controller, channel and queue
 *
 * The line comes from the device tree ("dmas"/"dma-names"), from a named
 * IORESOURCE_DMA resource of a platform device, whose value is
 * EDMA_DMA_SPEC() or EDMA_CTLR_CHAN(), or else from the slave map of a
 * probed controller's platform data (the device's dev_name() and @name,
 * on the controller's default queue).  This is the one lookup every
 * client uses, classic or ring; there is no filter function.
 *
 * A "dmas" entry may go through a "ti,am335x-edma-crossbar" or
 * "ti,dra7-dma-crossbar" router, which is programmed here, as dmaengine
 * routes a request when it is looked up.  The channel is claimed: it will
 * be started by its peripheral event.
 *
 * Context: process (it may parse the device tree).
 * Return: 0; -ENOENT if the device names no such request (a slave map
 * is only known once its controller is probed); -EPROBE_DEFER
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
		return edma_get_map_spec(dev, name, spec);
	val = res->start;
	if (!edma_ctlr_present(EDMA_CTLR(val)))
		return -EPROBE_DEFER;
	spec->ctlr = EDMA_CTLR(val);
	spec->channel = EDMA_SPEC_CHAN(val);
	spec->queue = EDMA_SPEC_QUEUE(val);
	return edma_claim_channel(spec->ctlr, spec->channel, spec->queue);
}
EXPORT_SYMBOL_GPL(edma_get_dma_spec);

/* Whether a DT request line ends at an EDMA3 CC, maybe through a router. */
static bool edma_of_request_is_edma(struct device_node *np, const char *name)
{
	struct of_phandle_args args;
	struct device_node *master;
	bool ret;
	int i;

	i = of_property_match_string(np, "dma-names", name);
	if (i < 0 || of_parse_phandle_with_args(np, "dmas", "#dma-cells", i,
						&args))
		return false;
	ret = of_match_node(edma_of_ids, args.np);
	if (!ret && edma_xbar_node(args.np)) {
		/* a DRA7 router may feed the sDMA instead: look at its master */
		master = of_parse_phandle(args.np, "dma-masters", 0);
		ret = master && of_match_node(edma_of_ids, master);
		of_node_put(master);
	}
	of_node_put(args.np);
	return ret;
}

/**
 * edma_request_is_edma - whether a device's request line is an EDMA3 event
 * @dev: the client device
 * @name: the request's name ("rx", "tx", ...)
 *
 * True for a named IORESOURCE_DMA resource of a platform device (every
 * DaVinci EDMA3 is the library's once it is built) and for a DT "dmas"
 * entry that ends at an EDMA3 channel controller, directly or through a
 * crossbar.  Unlike edma_get_dma_spec(), nothing is claimed or routed,
 * and the controller need not be probed yet: a driver that can work with
 * several DMA engines asks this to choose its DMA path at probe.
 *
 * Context: process.
 * Return: true if the line is an EDMA3 event, false otherwise (no such
 * line, another DMA controller, or no @dev or @name).
 */
bool edma_request_is_edma(struct device *dev, const char *name)
{
	if (!dev || !name)
		return false;
	if (dev->of_node)
		return edma_of_request_is_edma(dev->of_node, name);
	return dev_is_platform(dev) &&
	       platform_get_resource_byname(to_platform_device(dev),
					    IORESOURCE_DMA, name);
}
EXPORT_SYMBOL_GPL(edma_request_is_edma);

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
	edma_set_owner(ch, dev);
	ret = devm_add_action_or_reset(dev, edma_devm_free_channel,
				       (void *)(unsigned long)ch);
	return ret ? ret : ch;
}
EXPORT_SYMBOL_GPL(devm_edma_alloc_channel);
