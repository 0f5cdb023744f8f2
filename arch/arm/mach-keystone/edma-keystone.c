// SPDX-License-Identifier: GPL-2.0
/*
 * EDMA3 controllers of the Keystone 2 SoCs K2H/K2K, K2E and K2L.
 *
 * K2H and K2E carry five channel controllers with 2, 4, 4, 2 and 2
 * transfer controllers; K2L carries the first three.  Every CC has 64 DMA
 * channels and 512 PaRAM sets, which the library reads from CCCFG.  The
 * addresses follow TI's EDMA3 LLD configuration for these parts, which
 * gives the K2E and K2L the K2H numbers.  The completion lines (region 0)
 * are GIC interrupt IDs (SPI + 32).  The error lines are not GIC inputs:
 * 213, 215, 216, ... are events of the chip interrupt controller CIC2,
 * which reach the ARM only where software maps them to a CIC2 output;
 * this platform data describes a system that does (the host model wires
 * them as lines of their own), the device tree one that does not
 * (keystone-k2-edma.dtsi).
 *
 * Queue 0 of every CC is the default and the lowest priority, as on the
 * K2G: bulk copies go there, peripherals pick a faster queue.
 */

#include <linux/dma-mapping.h>
#include <linux/errno.h>
#include <linux/init.h>
#include <linux/ioport.h>
#include <linux/kernel.h>
#include <linux/platform_data/edma.h>
#include <linux/platform_device.h>
#include <linux/sizes.h>

#include "edma-keystone.h"

#define KEYSTONE_EDMA_MAX_TC	4
#define KEYSTONE_EDMA_MAX_RES	(3 + 2 * KEYSTONE_EDMA_MAX_TC)

struct keystone_edma_cc {
	u32		cc_base;
	unsigned int	num_tc;
	u32		tc_base[KEYSTONE_EDMA_MAX_TC];
	unsigned int	irq_ccint;
	unsigned int	irq_ccerrint;
	unsigned int	irq_tcerr[KEYSTONE_EDMA_MAX_TC];
};

static const struct keystone_edma_cc keystone_edma_ccs[] __initconst = {
	{
		.cc_base	= KEYSTONE_EDMA_CC0_BASE,
		.num_tc		= 2,
		.tc_base	= { 0x02760000, 0x02768000 },
		.irq_ccint	= 347,
		.irq_ccerrint	= 213,
		.irq_tcerr	= { 215, 216 },
	},
	{
		.cc_base	= KEYSTONE_EDMA_CC1_BASE,
		.num_tc		= 4,
		.tc_base	= { 0x02770000, 0x02778000,
				    0x02780000, 0x02788000 },
		.irq_ccint	= 356,
		.irq_ccerrint	= 217,
		.irq_tcerr	= { 219, 220, 221, 222 },
	},
	{
		.cc_base	= KEYSTONE_EDMA_CC2_BASE,
		.num_tc		= 4,
		.tc_base	= { 0x02790000, 0x02798000,
				    0x027a0000, 0x027a8000 },
		.irq_ccint	= 365,
		.irq_ccerrint	= 223,
		.irq_tcerr	= { 225, 226, 227, 228 },
	},
	{
		.cc_base	= KEYSTONE_EDMA_CC3_BASE,
		.num_tc		= 2,
		.tc_base	= { 0x027b0000, 0x027b8000 },
		.irq_ccint	= 374,
		.irq_ccerrint	= 229,
		.irq_tcerr	= { 231, 232 },
	},
	{
		.cc_base	= KEYSTONE_EDMA_CC4_BASE,
		.num_tc		= 2,
		.tc_base	= { 0x027b8400, 0x027b8800 },
		.irq_ccint	= 383,
		.irq_ccerrint	= 233,
		.irq_tcerr	= { 235, 236 },
	},
};

static const char * const keystone_edma_tc_names[] = {
	"edma3_tc0", "edma3_tc1", "edma3_tc2", "edma3_tc3",
};

static const char * const keystone_edma_tcerr_names[] = {
	"edma3_tc0_errint", "edma3_tc1_errint",
	"edma3_tc2_errint", "edma3_tc3_errint",
};

static s8 keystone_edma_2tc_queue_tc[][2] = {
	{ 0, 0 },
	{ 1, 1 },
	{ -1, -1 }
};

static s8 keystone_edma_4tc_queue_tc[][2] = {
	{ 0, 0 },
	{ 1, 1 },
	{ 2, 2 },
	{ 3, 3 },
	{ -1, -1 }
};

/* {queue, priority}: 0 is the highest priority, 7 the lowest */
static s8 keystone_edma_2tc_queue_priority[][2] = {
	{ 0, 7 },
	{ 1, 0 },
	{ -1, -1 }
};

static s8 keystone_edma_4tc_queue_priority[][2] = {
	{ 0, 7 },
	{ 1, 5 },
	{ 2, 2 },
	{ 3, 0 },
	{ -1, -1 }
};

static int __init keystone_edma_register_cc(unsigned int id,
					    const struct keystone_edma_cc *cc)
{
	struct resource res[KEYSTONE_EDMA_MAX_RES];
	struct edma_soc_info info = {
		.default_queue	= EVENTQ_0,
	};
	struct platform_device_info pdevinfo = {
		.name		= "edma",
		.id		= id,
		.res		= res,
		.data		= &info,
		.size_data	= sizeof(info),
		.dma_mask	= DMA_BIT_MASK(32),
	};
	unsigned int n = 0, t;

	if (cc->num_tc == 4) {
		info.queue_tc_mapping = keystone_edma_4tc_queue_tc;
		info.queue_priority_mapping = keystone_edma_4tc_queue_priority;
	} else {
		info.queue_tc_mapping = keystone_edma_2tc_queue_tc;
		info.queue_priority_mapping = keystone_edma_2tc_queue_priority;
	}

	res[n++] = (struct resource)DEFINE_RES_MEM_NAMED(cc->cc_base, SZ_32K,
							 "edma3_cc");
	for (t = 0; t < cc->num_tc; t++)
		res[n++] = (struct resource)
			DEFINE_RES_MEM_NAMED(cc->tc_base[t], SZ_1K,
					     keystone_edma_tc_names[t]);
	res[n++] = (struct resource)DEFINE_RES_IRQ_NAMED(cc->irq_ccint,
							 "edma3_ccint");
	res[n++] = (struct resource)DEFINE_RES_IRQ_NAMED(cc->irq_ccerrint,
							 "edma3_ccerrint");
	for (t = 0; t < cc->num_tc; t++)
		res[n++] = (struct resource)
			DEFINE_RES_IRQ_NAMED(cc->irq_tcerr[t],
					     keystone_edma_tcerr_names[t]);
	pdevinfo.num_res = n;

	return PTR_ERR_OR_ZERO(platform_device_register_full(&pdevinfo));
}

/**
 * keystone_register_edma - register the EDMA3 controllers of a Keystone 2
 * @soc: which SoC
 *
 * The controllers become "edma" devices 0..4 (0..2 on K2L), so CC n is
 * controller n of the private EDMA API.
 *
 * Return: 0 or a negative errno; the controllers registered before a
 * failure stay registered.
 */
int __init keystone_register_edma(enum keystone_edma_soc soc)
{
	unsigned int i, ncc;
	int ret;

	switch (soc) {
	case KEYSTONE_EDMA_K2H:
	case KEYSTONE_EDMA_K2E:
		ncc = 5;
		break;
	case KEYSTONE_EDMA_K2L:
		ncc = 3;
		break;
	default:
		return -EINVAL;
	}

	for (i = 0; i < ncc; i++) {
		ret = keystone_edma_register_cc(i, &keystone_edma_ccs[i]);
		if (ret) {
			pr_warn("%s: cannot register EDMA3 CC%u: %d\n",
				__func__, i, ret);
			return ret;
		}
	}
	return 0;
}
