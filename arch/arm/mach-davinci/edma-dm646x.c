// SPDX-License-Identifier: GPL-2.0
/*
 * EDMA3 controller of the DM646x (DaVinci DM6467).
 *
 * One CC with a 64K window and four transfer controllers; the C64x+ DSP
 * shares it, so the EVM board keeps part of it away from Linux (see
 * dm646x_evm_edma_rsv).  Queue 1, the highest priority, is the default.
 */

#include <linux/dma-mapping.h>
#include <linux/dmaengine.h>
#include <linux/init.h>
#include <linux/ioport.h>
#include <linux/platform_data/edma.h>
#include <linux/platform_device.h>
#include <linux/sizes.h>

#include "edma-legacy.h"

static s8 dm646x_queue_tc[][2] = {
	{ 0, 0 },
	{ 1, 1 },
	{ 2, 2 },
	{ 3, 3 },
	{ -1, -1 }
};

static s8 dm646x_queue_priority[][2] = {
	{ 0, 4 },
	{ 1, 0 },
	{ 2, 5 },
	{ 3, 1 },
	{ -1, -1 }
};

static const struct dma_slave_map dm646x_slave_map[] = {
	{ "davinci-mcasp.0", "tx", EDMA_FILTER_PARAM(0, 6) },
	{ "davinci-mcasp.0", "rx", EDMA_FILTER_PARAM(0, 9) },
	{ "davinci-mcasp.1", "tx", EDMA_FILTER_PARAM(0, 12) },
	{ "spi_davinci", "tx", EDMA_FILTER_PARAM(0, 16) },
	{ "spi_davinci", "rx", EDMA_FILTER_PARAM(0, 17) },
};

static struct edma_soc_info dm646x_edma_info = {
	.queue_tc_mapping	= dm646x_queue_tc,
	.queue_priority_mapping	= dm646x_queue_priority,
	.default_queue		= EVENTQ_1,
	.slave_map		= dm646x_slave_map,
	.slavecnt		= ARRAY_SIZE(dm646x_slave_map),
};

static struct resource dm646x_edma_resources[] = {
	DEFINE_RES_MEM_NAMED(DAVINCI_EDMA_CC_BASE, SZ_64K, "edma3_cc"),
	DEFINE_RES_MEM_NAMED(DAVINCI_EDMA_TC_BASE(0), SZ_1K, "edma3_tc0"),
	DEFINE_RES_MEM_NAMED(DAVINCI_EDMA_TC_BASE(1), SZ_1K, "edma3_tc1"),
	DEFINE_RES_MEM_NAMED(DAVINCI_EDMA_TC_BASE(2), SZ_1K, "edma3_tc2"),
	DEFINE_RES_MEM_NAMED(DAVINCI_EDMA_TC_BASE(3), SZ_1K, "edma3_tc3"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DAVINCI_EDMA_IRQ_CCINT),
			     "edma3_ccint"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DAVINCI_EDMA_IRQ_CCERRINT),
			     "edma3_ccerrint"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DAVINCI_EDMA_IRQ_TCERR0),
			     "edma3_tc0_errint"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DAVINCI_EDMA_IRQ_TCERR1),
			     "edma3_tc1_errint"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DM646X_EDMA_IRQ_TCERR2),
			     "edma3_tc2_errint"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DM646X_EDMA_IRQ_TCERR3),
			     "edma3_tc3_errint"),
};

/**
 * dm646x_register_edma - register the DM646x's EDMA3 controller
 * @rsv: channels and slots the board leaves to the DSP, or NULL
 *
 * Return: 0 or a negative errno.
 */
int __init dm646x_register_edma(struct edma_rsv_info *rsv)
{
	dm646x_edma_info.rsv = rsv;
	return davinci_edma_register_cc(0, dm646x_edma_resources,
					ARRAY_SIZE(dm646x_edma_resources),
					&dm646x_edma_info);
}
