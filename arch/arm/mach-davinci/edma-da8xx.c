// SPDX-License-Identifier: GPL-2.0
/*
 * EDMA3 controllers of the DA830 and DA850 (OMAP-L137 / OMAP-L138).
 *
 * Both SoCs have CC0 with two transfer controllers; the DA850 adds CC1 with
 * one (its TC2).  Each controller is one "edma" platform device with the
 * edma3_* resource names; the TC error lines are wired too, so transfer
 * controller errors reach the clients.
 */

#include <linux/dma-mapping.h>
#include <linux/dmaengine.h>
#include <linux/init.h>
#include <linux/ioport.h>
#include <linux/platform_data/edma.h>
#include <linux/platform_device.h>
#include <linux/sizes.h>

#include "edma-soc.h"

/* {queue, priority}: audio on the high-priority queue 0, bulk on queue 1 */
static s8 da8xx_cc0_queue_priority[][2] = {
	{ 0, 3 },
	{ 1, 7 },
	{ -1, -1 }
};

static s8 da850_cc1_queue_priority[][2] = {
	{ 0, 3 },
	{ -1, -1 }
};

static struct edma_soc_info da8xx_cc0_info = {
	.queue_priority_mapping	= da8xx_cc0_queue_priority,
	.default_queue		= EVENTQ_1,
};

static struct edma_soc_info da850_cc1_info = {
	.queue_priority_mapping	= da850_cc1_queue_priority,
	.default_queue		= EVENTQ_0,
};

static struct resource da8xx_cc0_resources[] = {
	DEFINE_RES_MEM_NAMED(DA8XX_EDMA_CC0_BASE, SZ_32K, "edma3_cc"),
	DEFINE_RES_MEM_NAMED(DA8XX_EDMA_TC0_BASE, SZ_1K, "edma3_tc0"),
	DEFINE_RES_MEM_NAMED(DA8XX_EDMA_TC1_BASE, SZ_1K, "edma3_tc1"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DA8XX_EDMA_IRQ_CCINT0), "edma3_ccint"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DA8XX_EDMA_IRQ_CCERRINT), "edma3_ccerrint"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DA8XX_EDMA_IRQ_TCERR0), "edma3_tc0_errint"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DA8XX_EDMA_IRQ_TCERR1), "edma3_tc1_errint"),
};

static struct resource da850_cc1_resources[] = {
	DEFINE_RES_MEM_NAMED(DA850_EDMA_CC1_BASE, SZ_32K, "edma3_cc"),
	DEFINE_RES_MEM_NAMED(DA850_EDMA_TC2_BASE, SZ_1K, "edma3_tc0"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DA850_EDMA_IRQ_CCINT1), "edma3_ccint"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DA850_EDMA_IRQ_CCERR1), "edma3_ccerrint"),
	DEFINE_RES_IRQ_NAMED(DAVINCI_INTC_IRQ(DA850_EDMA_IRQ_TCERR2), "edma3_tc0_errint"),
};

static const struct dma_slave_map da830_cc0_map[] = {
	{ "davinci-mcasp.0", "rx", EDMA_FILTER_PARAM(0, 0) },
	{ "davinci-mcasp.0", "tx", EDMA_FILTER_PARAM(0, 1) },
	{ "davinci-mcasp.1", "rx", EDMA_FILTER_PARAM(0, 2) },
	{ "davinci-mcasp.1", "tx", EDMA_FILTER_PARAM(0, 3) },
	{ "davinci-mcasp.2", "rx", EDMA_FILTER_PARAM(0, 4) },
	{ "davinci-mcasp.2", "tx", EDMA_FILTER_PARAM(0, 5) },
	{ "spi_davinci.0", "rx", EDMA_FILTER_PARAM(0, 14) },
	{ "spi_davinci.0", "tx", EDMA_FILTER_PARAM(0, 15) },
	{ "da830-mmc.0", "rx", EDMA_FILTER_PARAM(0, 16) },
	{ "da830-mmc.0", "tx", EDMA_FILTER_PARAM(0, 17) },
	{ "spi_davinci.1", "rx", EDMA_FILTER_PARAM(0, 18) },
	{ "spi_davinci.1", "tx", EDMA_FILTER_PARAM(0, 19) },
};

static const struct dma_slave_map da850_cc0_map[] = {
	{ "davinci-mcasp.0", "rx", EDMA_FILTER_PARAM(0, 0) },
	{ "davinci-mcasp.0", "tx", EDMA_FILTER_PARAM(0, 1) },
	{ "davinci-mcbsp.0", "rx", EDMA_FILTER_PARAM(0, 2) },
	{ "davinci-mcbsp.0", "tx", EDMA_FILTER_PARAM(0, 3) },
	{ "davinci-mcbsp.1", "rx", EDMA_FILTER_PARAM(0, 4) },
	{ "davinci-mcbsp.1", "tx", EDMA_FILTER_PARAM(0, 5) },
	{ "spi_davinci.0", "rx", EDMA_FILTER_PARAM(0, 14) },
	{ "spi_davinci.0", "tx", EDMA_FILTER_PARAM(0, 15) },
	{ "da830-mmc.0", "rx", EDMA_FILTER_PARAM(0, 16) },
	{ "da830-mmc.0", "tx", EDMA_FILTER_PARAM(0, 17) },
	{ "spi_davinci.1", "rx", EDMA_FILTER_PARAM(0, 18) },
	{ "spi_davinci.1", "tx", EDMA_FILTER_PARAM(0, 19) },
};

static const struct dma_slave_map da850_cc1_map[] = {
	{ "da830-mmc.1", "rx", EDMA_FILTER_PARAM(1, 28) },
	{ "da830-mmc.1", "tx", EDMA_FILTER_PARAM(1, 29) },
};

/**
 * da830_register_edma - register the DA830's EDMA3 controller
 * @rsv: channels and slots the board leaves to the DSP, or NULL
 *
 * Return: 0 or a negative errno.
 */
int __init da830_register_edma(struct edma_rsv_info *rsv)
{
	da8xx_cc0_info.rsv = rsv;
	da8xx_cc0_info.slave_map = da830_cc0_map;
	da8xx_cc0_info.slavecnt = ARRAY_SIZE(da830_cc0_map);
	return davinci_edma_register_cc(0, da8xx_cc0_resources,
					ARRAY_SIZE(da8xx_cc0_resources),
					&da8xx_cc0_info);
}

/**
 * da850_register_edma - register both EDMA3 controllers of the DA850
 * @rsv: per-controller DSP reservations, or NULL for none
 *
 * Return: 0 or a negative errno.
 */
int __init da850_register_edma(struct edma_rsv_info *rsv[2])
{
	int ret;

	da8xx_cc0_info.rsv = rsv ? rsv[0] : NULL;
	da8xx_cc0_info.slave_map = da850_cc0_map;
	da8xx_cc0_info.slavecnt = ARRAY_SIZE(da850_cc0_map);
	ret = davinci_edma_register_cc(0, da8xx_cc0_resources,
				       ARRAY_SIZE(da8xx_cc0_resources),
				       &da8xx_cc0_info);
	if (ret) {
		pr_warn("%s: cannot register EDMA3 CC0: %d\n", __func__, ret);
		return ret;
	}

	da850_cc1_info.rsv = rsv ? rsv[1] : NULL;
	da850_cc1_info.slave_map = da850_cc1_map;
	da850_cc1_info.slavecnt = ARRAY_SIZE(da850_cc1_map);
	return davinci_edma_register_cc(1, da850_cc1_resources,
					ARRAY_SIZE(da850_cc1_resources),
					&da850_cc1_info);
}
