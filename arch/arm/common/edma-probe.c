// SPDX-License-Identifier: GPL-2.0
/*
 * TI EDMA3 private API: probe.  One struct edma_cc per channel controller,
 * from platform data (the 3.x "edma" device carrying up to EDMA_MAX_CC
 * controllers, or one "edma" device per controller) or from the device
 * tree (edma-of.c); the hardware is put in a known state without touching
 * what belongs to another core.  Device-tree transfer controllers are
 * devices of their own ("ti,edma3-tptc"), bound here too.
 */

#include <linux/bitmap.h>
#include <linux/device.h>
#include <linux/dmaengine.h>
#include <linux/err.h>
#include <linux/init.h>
#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/list.h>
#include <linux/minmax.h>
#include <linux/mod_devicetable.h>
#include <linux/module.h>
#include <linux/notifier.h>
#include <linux/of.h>
#include <linux/platform_data/edma.h>
#include <linux/platform_device.h>
#include <linux/pm.h>
#include <linux/pm_runtime.h>
#include <linux/seqlock.h>
#include <linux/slab.h>
#include <linux/spinlock.h>

#include "edma-internal.h"

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

/* ---- channel controllers ------------------------------------------------ */

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

	cc->num_channels = CCCFG_NUM_DMACH(cccfg) ?
			   BIT(CCCFG_NUM_DMACH(cccfg) + 1) : 0;
	cc->num_slots = BIT(CCCFG_NUM_PAENTRY(cccfg) + 4);
	cc->num_tc = CCCFG_NUM_EVQUE(cccfg) + 1;
	cc->chmap_exist = cccfg & CCCFG_CHMAP_EXIST;

	if (info->n_channel)
		cc->num_channels = info->n_channel;
	if (info->n_slot)
		cc->num_slots = info->n_slot;
	if (info->n_tc)
		cc->num_tc = info->n_tc;

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

/* Program which TC serves each queue, and the queues' priorities. */
void edma_write_queue_map(struct edma_cc *cc)
{
	u32 tcmap = 0, prio = 0;
	unsigned int i;

	for (i = 0; i < cc->num_tc; i++) {
		tcmap |= cc->queue_tc[i] << (i * 4);
		prio |= cc->queue_prio[i] << (i * 4);
	}
	edma_write(cc, EDMA_QUETCMAP, tcmap);
	edma_write(cc, EDMA_QUEPRI, prio);
}

/*
 * Put the hardware in a known state without touching what belongs to
 * another core: reserved slots keep their PaRAM, reserved channels their
 * queue, mapping and region bits, and other regions are not written.
 */
static void edma_init_hw(struct edma_cc *cc)
{
	unsigned long flags;
	unsigned int i;

	/* not registered yet: the lock only satisfies the *_locked helpers */
	edma_lock_irqsave(&flags);
	for (i = 0; i < cc->num_slots; i++) {
		if (!test_bit(i, cc->slot_rsv))
			edma_write_param(cc, i, &edma_dummy_paramset);
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
	edma_write_queue_map(cc);
	edma_unlock(flags);
}

/* Optional TC register windows and error interrupts. */
static int edma_setup_tcs(struct platform_device *pdev, struct edma_cc *cc,
			  const struct edma_cc_res *r)
{
	struct resource *res;
	void __iomem *base;
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
		tc->irq = irq;
		if (!res)
			continue;
		/* mapped for its status too (edma-drain.c) */
		base = devm_ioremap_resource(&pdev->dev, res);
		if (IS_ERR(base))
			return PTR_ERR(base);
		tc->base = base;
		if (irq < 0)
			continue;
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

	edma_debugfs_remove_cc(cc);
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

int edma_setup_cc(struct platform_device *pdev,
		  const struct edma_soc_info *info, struct edma_cc_res *r,
		  int want_id)
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
	edma_debugfs_add_cc(cc);
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

int edma_get_edma3_res(struct platform_device *pdev, struct edma_cc_res *r)
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
