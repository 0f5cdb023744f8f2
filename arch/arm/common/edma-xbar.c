// SPDX-License-Identifier: GPL-2.0
/*
 * TI EDMA3: the DMA request crossbars in front of a channel controller.
 *
 * AM33xx/AM43xx ("ti,am335x-edma-crossbar"): every EDMA channel has a byte
 * in the TPCC_EVT_MUX registers selecting which extra SoC event drives it
 * (0 keeps the channel's own event).  A "dmas" entry is <channel queue
 * mux>: the channel is fixed, the crossbar only picks its source.
 *
 * DRA7 ("ti,dra7-dma-crossbar"): every EDMA request line (channel) has a
 * 16-bit register holding the crossbar input routed to it.  A "dmas" entry
 * is <input queue>, and the router picks a channel nobody uses.
 *
 * Routes are programmed when a consumer looks its request up with
 * edma_get_dma_spec(), as dmaengine routes a request when it is made.  A
 * DRA7 input keeps its channel for the router's lifetime: looking it up
 * again returns the same channel, and no route is ever torn down.
 * Crossbars whose "dma-masters" is not an EDMA3 controller (DRA7's sDMA
 * crossbar shares the compatible) are left to other drivers.
 */
#include <linux/bitmap.h>
#include <linux/io.h>
#include <linux/list.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/of.h>
#include <linux/of_device.h>
#include <linux/platform_data/edma.h>
#include <linux/platform_device.h>

#include "edma-internal.h"

#define EDMA_XBAR_LINES		64	/* request lines of one controller */

enum edma_xbar_kind {
	EDMA_XBAR_AM335X,
	EDMA_XBAR_DRA7,
};

struct edma_xbar {
	struct device		*dev;
	void __iomem		*base;
	resource_size_t		size;
	enum edma_xbar_kind	kind;
	struct device_node	*master;	/* the controller's node */
	u32			nr_inputs;	/* "dma-requests" */

	/* edma_xbar_mutex protects everything below */
	struct list_head	node;		/* in edma_xbars */
	/* DRA7: lines the router may not use, and the routes it made */
	DECLARE_BITMAP(skip, EDMA_XBAR_LINES);
	DECLARE_BITMAP(routed, EDMA_XBAR_LINES);
	u16			input[EDMA_XBAR_LINES];
};

static LIST_HEAD(edma_xbars);
static DEFINE_MUTEX(edma_xbar_mutex);

static const struct of_device_id edma_xbar_of_ids[] = {
	{
		.compatible = "ti,am335x-edma-crossbar",
		.data = (void *)EDMA_XBAR_AM335X,
	}, {
		.compatible = "ti,dra7-dma-crossbar",
		.data = (void *)EDMA_XBAR_DRA7,
	},
	{ }
};
MODULE_DEVICE_TABLE(of, edma_xbar_of_ids);

/* Whether a "dmas" phandle points at a crossbar this file handles. */
bool edma_xbar_node(struct device_node *np)
{
	return of_match_node(edma_xbar_of_ids, np);
}

static struct edma_xbar *edma_xbar_find(struct device_node *np)
{
	struct edma_xbar *xbar;

	lockdep_assert_held(&edma_xbar_mutex);
	list_for_each_entry(xbar, &edma_xbars, node) {
		if (xbar->dev->of_node == np)
			return xbar;
	}
	return NULL;
}

/*
 * Byte of channel ch in TPCC_EVT_MUX_0_3 .. _60_63: in order, except that
 * the last register holds channel 63 in its lowest byte and 60 in its
 * highest (AM335x TRM, control module).
 */
static unsigned int edma_am335x_mux_offset(unsigned int ch)
{
	return ch >= 60 ? 63 - (ch - 60) : ch;
}

static int edma_xbar_am335x(struct edma_xbar *xbar,
			    const struct of_phandle_args *args, int ctlr,
			    struct edma_dma_spec *spec)
{
	unsigned int ch, mux, off;
	int queue, ret;

	if (args->args_count != 3) {
		dev_err(xbar->dev, "want <channel queue mux>, got %d cells\n",
			args->args_count);
		return -EINVAL;
	}
	ch = args->args[0];
	queue = args->args[1];
	mux = args->args[2];
	off = edma_am335x_mux_offset(ch);
	if (ch >= EDMA_XBAR_LINES || off >= xbar->size ||
	    mux >= xbar->nr_inputs) {
		dev_err(xbar->dev, "channel %u / event %u out of range\n", ch,
			mux);
		return -EINVAL;
	}
	ret = edma_claim_channel(ctlr, ch, queue);
	if (ret)
		return ret;
	writeb(mux, xbar->base + off);
	spec->ctlr = ctlr;
	spec->channel = ch;
	spec->queue = queue;
	return 0;
}

static int edma_xbar_dra7(struct edma_xbar *xbar,
			  const struct of_phandle_args *args, int ctlr,
			  struct edma_dma_spec *spec)
{
	unsigned int in, line;
	int ch, queue, ret;

	if (args->args_count < 1 || args->args_count > 2) {
		dev_err(xbar->dev, "want <input [queue]>, got %d cells\n",
			args->args_count);
		return -EINVAL;
	}
	in = args->args[0];
	queue = args->args_count > 1 ? (int)args->args[1] : EVENTQ_DEFAULT;
	if (in >= xbar->nr_inputs) {
		dev_err(xbar->dev, "input %u out of range\n", in);
		return -EINVAL;
	}
	ch = -1;
	for_each_set_bit(line, xbar->routed, EDMA_XBAR_LINES) {
		if (xbar->input[line] == in) {
			ch = line;
			break;
		}
	}
	if (ch < 0) {
		ch = edma_claim_free_channel(ctlr, xbar->skip);
		if (ch < 0) {
			dev_err(xbar->dev, "no free channel for input %u\n",
				in);
			return ch;
		}
		writew(in, xbar->base + ch * 2);
		xbar->input[ch] = in;
		set_bit(ch, xbar->routed);
	}
	/* the route stays; a queue the controller lacks fails the lookup */
	ret = edma_claim_channel(ctlr, ch, queue);
	if (ret)
		return ret;
	spec->ctlr = ctlr;
	spec->channel = ch;
	spec->queue = queue;
	return 0;
}

/*
 * Route a "dmas" entry through the crossbar args->np, filling @spec with
 * the channel it reaches, which is claimed for its peripheral event.
 * Returns -EPROBE_DEFER while the crossbar or its controller, both
 * enabled, are not probed yet; -ENODEV if either is disabled; -EINVAL
 * for cells out of range.
 */
int edma_xbar_route(const struct of_phandle_args *args,
		    struct edma_dma_spec *spec)
{
	struct edma_xbar *xbar;
	int ctlr, ret;

	if (!of_device_is_available(args->np))
		return -ENODEV;
	mutex_lock(&edma_xbar_mutex);
	xbar = edma_xbar_find(args->np);
	if (!xbar) {
		ret = -EPROBE_DEFER;
		goto out;
	}
	ctlr = edma_of_ctlr(xbar->master);
	if (ctlr < 0)
		ret = ctlr;
	else if (xbar->kind == EDMA_XBAR_AM335X)
		ret = edma_xbar_am335x(xbar, args, ctlr, spec);
	else
		ret = edma_xbar_dra7(xbar, args, ctlr, spec);
out:
	mutex_unlock(&edma_xbar_mutex);
	return ret;
}

/* "ti,reserved-dma-request-ranges" = <first count>...: lines not to use. */
static void edma_xbar_read_skip(struct edma_xbar *xbar)
{
	struct device_node *np = xbar->dev->of_node;
	const char *prop = "ti,reserved-dma-request-ranges";
	int i, n = of_property_count_u32_elems(np, prop);
	u32 first, count;

	for (i = 0; i + 1 < n; i += 2) {
		if (of_property_read_u32_index(np, prop, i, &first) ||
		    of_property_read_u32_index(np, prop, i + 1, &count))
			break;
		if (first >= EDMA_XBAR_LINES)
			continue;
		bitmap_set(xbar->skip, first,
			   min_t(u32, count, EDMA_XBAR_LINES - first));
	}
	/* lines whose register lies outside the window cannot be routed */
	if (xbar->size / 2 < EDMA_XBAR_LINES)
		bitmap_set(xbar->skip, xbar->size / 2,
			   EDMA_XBAR_LINES - xbar->size / 2);
}

static void edma_xbar_unlist(void *data)
{
	struct edma_xbar *xbar = data;

	mutex_lock(&edma_xbar_mutex);
	list_del(&xbar->node);
	mutex_unlock(&edma_xbar_mutex);
}

static const struct of_device_id edma_xbar_master_ids[] = {
	{ .compatible = "ti,edma3-tpcc", },
	{ .compatible = "ti,edma3", },
	{ }
};

static int edma_xbar_probe(struct platform_device *pdev)
{
	struct device *dev = &pdev->dev;
	struct edma_xbar *xbar;
	struct resource *res;

	xbar = devm_kzalloc(dev, sizeof(*xbar), GFP_KERNEL);
	if (!xbar)
		return -ENOMEM;
	xbar->dev = dev;
	xbar->kind = (uintptr_t)of_device_get_match_data(dev);
	xbar->master = of_parse_phandle(dev->of_node, "dma-masters", 0);
	if (!xbar->master)
		return dev_err_probe(dev, -EINVAL, "no dma-masters\n");
	/* DT nodes outlive this device: keep the pointer only */
	of_node_put(xbar->master);
	if (!of_match_node(edma_xbar_master_ids, xbar->master))
		return -ENODEV;
	if (of_property_read_u32(dev->of_node, "dma-requests",
				 &xbar->nr_inputs))
		return dev_err_probe(dev, -EINVAL, "no dma-requests\n");
	res = platform_get_resource(pdev, IORESOURCE_MEM, 0);
	xbar->base = devm_ioremap_resource(dev, res);
	if (IS_ERR(xbar->base))
		return PTR_ERR(xbar->base);
	xbar->size = resource_size(res);
	if (xbar->kind == EDMA_XBAR_DRA7)
		edma_xbar_read_skip(xbar);

	mutex_lock(&edma_xbar_mutex);
	list_add_tail(&xbar->node, &edma_xbars);
	mutex_unlock(&edma_xbar_mutex);
	return devm_add_action_or_reset(dev, edma_xbar_unlist, xbar);
}

static struct platform_driver edma_xbar_driver = {
	.driver = {
		.name		= "edma-xbar",
		.of_match_table	= edma_xbar_of_ids,
	},
	.probe	= edma_xbar_probe,
};

static int __init edma_xbar_init(void)
{
	return platform_driver_register(&edma_xbar_driver);
}
arch_initcall(edma_xbar_init);
