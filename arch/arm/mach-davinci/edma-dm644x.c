// SPDX-License-Identifier: GPL-2.0
/*
 * EDMA3 controller of the DM644x (DaVinci DM6441/DM6443/DM6446).
 *
 * One CC with a 64K window and two transfer controllers.  The bulk queue 1
 * is the default and the lowest priority; queue 0 serves audio.
 */

#include <linux/dma-mapping.h>
#include <linux/dmaengine.h>
#include <linux/init.h>
#include <linux/ioport.h>
#include <linux/platform_data/edma.h>
#include <linux/platform_device.h>
#include <linux/sizes.h>

#include "edma-legacy.h"

static s8 dm644x_queue_tc[][2] = {
	{ 0, 0 },
	{ 1, 1 },
	{ -1, -1 }
};

static s8 dm644x_queue_priority[][2] = {
	{ 0, 3 },
	{ 1, 7 },
	{ -1, -1 }
};

static const struct dma_slave_map dm644x_slave_map[] = {
	{ "davinci-mcbsp", "tx", EDMA_FILTER_PARAM(0, 2) },
	{ "davinci-mcbsp", "rx", EDMA_FILTER_PARAM(0, 3) },
	{ "spi_davinci", "tx", EDMA_FILTER_PARAM(0, 16) },
	{ "spi_davinci", "rx", EDMA_FILTER_PARAM(0, 17) },
	{ "dm6441-mmc.0", "rx", EDMA_FILTER_PARAM(0, 26) },
	{ "dm6441-mmc.0", "tx", EDMA_FILTER_PARAM(0, 27) },
};

static struct edma_soc_info dm644x_edma_info = {
	.queue_tc_mapping	= dm644x_queue_tc,
	.queue_priority_mapping	= dm644x_queue_priority,
	.default_queue		= EVENTQ_1,
	.slave_map		= dm644x_slave_map,
	.slavecnt		= ARRAY_SIZE(dm644x_slave_map),
};

static struct resource dm644x_edma_resources[] = {
	DEFINE_RES_MEM_NAMED(DAVINCI_EDMA_CC_BASE, SZ_64K, "edma3_cc"),
	DEFINE_RES_MEM_NAMED(DAVINCI_EDMA_TC_BASE(0), SZ_1K, "edma3_tc0"),
	DEFINE_RES_MEM_NAMED(DAVINCI_EDMA_TC_BASE(1), SZ_1K, "edma3_tc1"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DAVINCI_EDMA_IRQ_CCINT),
			     "edma3_ccint"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DAVINCI_EDMA_IRQ_CCERRINT),
			     "edma3_ccerrint"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DAVINCI_EDMA_IRQ_TCERR0),
			     "edma3_tc0_errint"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DAVINCI_EDMA_IRQ_TCERR1),
			     "edma3_tc1_errint"),
};

/**
 * dm644x_register_edma - register the DM644x's EDMA3 controller
 * @rsv: channels and slots the board leaves to the DSP, or NULL
 *
 * Return: 0 or a negative errno.
 */
int __init dm644x_register_edma(struct edma_rsv_info *rsv)
{
	dm644x_edma_info.rsv = rsv;
	return davinci_edma_register_cc(0, dm644x_edma_resources,
					ARRAY_SIZE(dm644x_edma_resources),
					&dm644x_edma_info);
}
