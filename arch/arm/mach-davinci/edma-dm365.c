// SPDX-License-Identifier: GPL-2.0
/*
 * EDMA3 controller of the DM365.
 *
 * One CC with a 64K window and four transfer controllers.  Queues 0-2 run
 * at the lowest priority; queue 3 has the highest and is also the default.
 * TC2/TC3 errors arrive on AINTC 61/62.  TC0/TC1 errors would take 18/19
 * from SPI through ARM_INTMUX, so they are not wired.
 */

#include <linux/dma-mapping.h>
#include <linux/dmaengine.h>
#include <linux/init.h>
#include <linux/ioport.h>
#include <linux/platform_data/edma.h>
#include <linux/platform_device.h>
#include <linux/sizes.h>

#include "edma-soc.h"

static s8 dm365_queue_tc[][2] = {
	{ 0, 0 },
	{ 1, 1 },
	{ 2, 2 },
	{ 3, 3 },
	{ -1, -1 }
};

static s8 dm365_queue_priority[][2] = {
	{ 0, 7 },
	{ 1, 7 },
	{ 2, 7 },
	{ 3, 0 },
	{ -1, -1 }
};

static const struct dma_slave_map dm365_slave_map[] = {
	{ "davinci-mcbsp", "tx", EDMA_FILTER_PARAM(0, 2) },
	{ "davinci-mcbsp", "rx", EDMA_FILTER_PARAM(0, 3) },
	{ "davinci_voicecodec", "tx", EDMA_FILTER_PARAM(0, 2) },
	{ "davinci_voicecodec", "rx", EDMA_FILTER_PARAM(0, 3) },
	{ "spi_davinci.2", "tx", EDMA_FILTER_PARAM(0, 10) },
	{ "spi_davinci.2", "rx", EDMA_FILTER_PARAM(0, 11) },
	{ "spi_davinci.1", "tx", EDMA_FILTER_PARAM(0, 14) },
	{ "spi_davinci.1", "rx", EDMA_FILTER_PARAM(0, 15) },
	{ "spi_davinci.0", "tx", EDMA_FILTER_PARAM(0, 16) },
	{ "spi_davinci.0", "rx", EDMA_FILTER_PARAM(0, 17) },
	{ "spi_davinci.3", "tx", EDMA_FILTER_PARAM(0, 18) },
	{ "spi_davinci.3", "rx", EDMA_FILTER_PARAM(0, 19) },
	{ "da830-mmc.0", "rx", EDMA_FILTER_PARAM(0, 26) },
	{ "da830-mmc.0", "tx", EDMA_FILTER_PARAM(0, 27) },
	{ "da830-mmc.1", "rx", EDMA_FILTER_PARAM(0, 30) },
	{ "da830-mmc.1", "tx", EDMA_FILTER_PARAM(0, 31) },
};

static struct edma_soc_info dm365_edma_info = {
	.queue_tc_mapping	= dm365_queue_tc,
	.queue_priority_mapping	= dm365_queue_priority,
	.default_queue		= EVENTQ_3,
	.slave_map		= dm365_slave_map,
	.slavecnt		= ARRAY_SIZE(dm365_slave_map),
};

static struct resource dm365_edma_resources[] = {
	DEFINE_RES_MEM_NAMED(DAVINCI_EDMA_CC_BASE, SZ_64K, "edma3_cc"),
	DEFINE_RES_MEM_NAMED(DAVINCI_EDMA_TC_BASE(0), SZ_1K, "edma3_tc0"),
	DEFINE_RES_MEM_NAMED(DAVINCI_EDMA_TC_BASE(1), SZ_1K, "edma3_tc1"),
	DEFINE_RES_MEM_NAMED(DAVINCI_EDMA_TC_BASE(2), SZ_1K, "edma3_tc2"),
	DEFINE_RES_MEM_NAMED(DAVINCI_EDMA_TC_BASE(3), SZ_1K, "edma3_tc3"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DAVINCI_EDMA_IRQ_CCINT),
			     "edma3_ccint"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DAVINCI_EDMA_IRQ_CCERRINT),
			     "edma3_ccerrint"),
	/* no TC0/TC1 error lines: ARM_INTMUX gives 18 and 19 to SPI */
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DM365_EDMA_IRQ_TCERR2),
			     "edma3_tc2_errint"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DM365_EDMA_IRQ_TCERR3),
			     "edma3_tc3_errint"),
};

/**
 * dm365_register_edma - register the DM365's EDMA3 controller
 * @rsv: channels and slots the board leaves to another master, or NULL
 *
 * Return: 0 or a negative errno.
 */
int __init dm365_register_edma(struct edma_rsv_info *rsv)
{
	dm365_edma_info.rsv = rsv;
	return davinci_edma_register_cc(0, dm365_edma_resources,
					ARRAY_SIZE(dm365_edma_resources),
					&dm365_edma_info);
}
