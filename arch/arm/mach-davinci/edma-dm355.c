// SPDX-License-Identifier: GPL-2.0
/*
 * EDMA3 controller of the DM355.
 *
 * Same CC as the DM644x: a 64K window, two transfer controllers, bulk
 * transfers on the low-priority default queue 1.  The CC's interrupt
 * reaches the AINTC through the ARM_INTMUX, which the SoC code sets up.
 * The TC error lines would take AINTC 18 and 19 from SPI through the same
 * mux, so they are not wired: a TC error stays latched in its ERRSTAT.
 */

#include <linux/dma-mapping.h>
#include <linux/dmaengine.h>
#include <linux/init.h>
#include <linux/ioport.h>
#include <linux/platform_data/edma.h>
#include <linux/platform_device.h>
#include <linux/sizes.h>

#include "edma-soc.h"

static s8 dm355_queue_tc[][2] = {
	{ 0, 0 },
	{ 1, 1 },
	{ -1, -1 }
};

static s8 dm355_queue_priority[][2] = {
	{ 0, 3 },
	{ 1, 7 },
	{ -1, -1 }
};

/* the MMC and SPI numbers of the DM355 differ from the DM644x's */
static const struct dma_slave_map dm355_slave_map[] = {
	{ "davinci-mcbsp.0", "tx", EDMA_FILTER_PARAM(0, 2) },
	{ "davinci-mcbsp.0", "rx", EDMA_FILTER_PARAM(0, 3) },
	{ "davinci-mcbsp.1", "tx", EDMA_FILTER_PARAM(0, 8) },
	{ "davinci-mcbsp.1", "rx", EDMA_FILTER_PARAM(0, 9) },
	{ "spi_davinci.2", "tx", EDMA_FILTER_PARAM(0, 10) },
	{ "spi_davinci.2", "rx", EDMA_FILTER_PARAM(0, 11) },
	{ "spi_davinci.1", "tx", EDMA_FILTER_PARAM(0, 14) },
	{ "spi_davinci.1", "rx", EDMA_FILTER_PARAM(0, 15) },
	{ "spi_davinci.0", "tx", EDMA_FILTER_PARAM(0, 16) },
	{ "spi_davinci.0", "rx", EDMA_FILTER_PARAM(0, 17) },
	{ "dm6441-mmc.0", "rx", EDMA_FILTER_PARAM(0, 26) },
	{ "dm6441-mmc.0", "tx", EDMA_FILTER_PARAM(0, 27) },
	{ "dm6441-mmc.1", "rx", EDMA_FILTER_PARAM(0, 30) },
	{ "dm6441-mmc.1", "tx", EDMA_FILTER_PARAM(0, 31) },
};

static struct edma_soc_info dm355_edma_info = {
	.queue_tc_mapping	= dm355_queue_tc,
	.queue_priority_mapping	= dm355_queue_priority,
	.default_queue		= EVENTQ_1,
	.slave_map		= dm355_slave_map,
	.slavecnt		= ARRAY_SIZE(dm355_slave_map),
};

static struct resource dm355_edma_resources[] = {
	DEFINE_RES_MEM_NAMED(DAVINCI_EDMA_CC_BASE, SZ_64K, "edma3_cc"),
	DEFINE_RES_MEM_NAMED(DAVINCI_EDMA_TC_BASE(0), SZ_1K, "edma3_tc0"),
	DEFINE_RES_MEM_NAMED(DAVINCI_EDMA_TC_BASE(1), SZ_1K, "edma3_tc1"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DAVINCI_EDMA_IRQ_CCINT),
			     "edma3_ccint"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DAVINCI_EDMA_IRQ_CCERRINT),
			     "edma3_ccerrint"),
	/* no TC0/TC1 error lines: ARM_INTMUX gives 18 and 19 to SPI */
};

/**
 * dm355_register_edma - register the DM355's EDMA3 controller
 * @rsv: channels and slots the board leaves to the DSP, or NULL
 *
 * Return: 0 or a negative errno.
 */
int __init dm355_register_edma(struct edma_rsv_info *rsv)
{
	dm355_edma_info.rsv = rsv;
	return davinci_edma_register_cc(0, dm355_edma_resources,
					ARRAY_SIZE(dm355_edma_resources),
					&dm355_edma_info);
}
