// SPDX-License-Identifier: GPL-2.0
/*
 * TI EDMA3 private API: platform data from the device tree, for the
 * "ti,edma3-tpcc" binding (Documentation/devicetree/bindings/dma/
 * ti,edma3-tpcc.yaml) and the 3.x "ti,edma3" nodes.
 */

#include <linux/device.h>
#include <linux/err.h>
#include <linux/minmax.h>
#include <linux/of.h>
#include <linux/platform_data/edma.h>
#include <linux/platform_device.h>
#include <linux/slab.h>

#include "edma-internal.h"

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
int edma_probe_of(struct platform_device *pdev)
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
int edma_probe_of(struct platform_device *pdev)
{
	return -ENODEV;
}
#endif
