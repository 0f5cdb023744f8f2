/* SPDX-License-Identifier: GPL-2.0 */
/*
 * EDMA3 controller descriptions of the DaVinci SoCs: the registration
 * helpers the SoC and board files call, and the addresses and interrupt
 * numbers they use.
 */
#ifndef __ARCH_ARM_MACH_DAVINCI_EDMA_SOC_H
#define __ARCH_ARM_MACH_DAVINCI_EDMA_SOC_H

#include <linux/dma-mapping.h>
#include <linux/err.h>
#include <linux/platform_data/edma.h>
#include <linux/platform_device.h>

/*
 * DAVINCI_INTC_IRQ(): the Linux number of an AINTC or cp_intc line.  The
 * host tests run the SoC files against a bare interrupt controller whose
 * numbers are the hardware's.
 */
#ifdef CONFIG_ARCH_DAVINCI
#include "common.h"
#else
#define DAVINCI_INTC_IRQ(n)	(n)
#endif

/* DA830 / DA850 (OMAP-L137 / OMAP-L138), cp_intc numbers */
#define DA8XX_EDMA_CC0_BASE	0x01c00000
#define DA8XX_EDMA_TC0_BASE	0x01c08000
#define DA8XX_EDMA_TC1_BASE	0x01c08400
#define DA850_EDMA_CC1_BASE	0x01e30000
#define DA850_EDMA_TC2_BASE	0x01e38000
#define DA8XX_EDMA_IRQ_CCINT0	11
#define DA8XX_EDMA_IRQ_CCERRINT	12
#define DA8XX_EDMA_IRQ_TCERR0	13
#define DA8XX_EDMA_IRQ_TCERR1	32
#define DA850_EDMA_IRQ_CCINT1	93
#define DA850_EDMA_IRQ_CCERR1	94
#define DA850_EDMA_IRQ_TCERR2	95

/*
 * DM644x, DM355, DM365 and DM646x: one CC with a 64K window and two or four
 * TCs 1K apart; AINTC numbers.  The DM355 and DM365 have no TC0/TC1
 * error line: AINTC 18 and 19 carry them only when ARM_INTMUX routes them
 * away from SPI, which Linux does not do.
 */
#define DAVINCI_EDMA_CC_BASE		0x01c00000
#define DAVINCI_EDMA_TC_BASE(n)		(0x01c10000 + 0x400 * (n))
#define DAVINCI_EDMA_IRQ_CCINT		16
#define DAVINCI_EDMA_IRQ_CCERRINT	17
#define DM365_EDMA_IRQ_TCERR2		61
#define DM365_EDMA_IRQ_TCERR3		62

/*
 * Which file describes which SoC (one Kconfig symbol each):
 *
 *   edma-dm355.c	CONFIG_ARCH_DAVINCI_DM355	dm355_register_edma()
 *   edma-dm365.c	CONFIG_ARCH_DAVINCI_DM365	dm365_register_edma()
 *   edma-da8xx.c	CONFIG_ARCH_DAVINCI_DA830,	da830_register_edma(),
 *			CONFIG_ARCH_DAVINCI_DA850	da850_register_edma()
 *
 * Makefile.edma spells the same as kbuild lines.  The DM644x and DM646x,
 * which Linux no longer supports, are in edma-legacy.h.
 */
/*
 * Every SoC file registers its controllers the same way: an "edma"
 * platform device numbered @id, with the CC's and TCs' resources, the
 * controller description as platform data (copied by the driver core)
 * and a 32-bit DMA mask, since PaRAM holds 32-bit bus addresses.
 */
static inline int __init davinci_edma_register_cc(int id,
						  const struct resource *res,
						  unsigned int num_res,
						  const struct edma_soc_info *info)
{
	struct platform_device_info pdevinfo = {
		.name		= "edma",
		.id		= id,
		.res		= res,
		.num_res	= num_res,
		.data		= info,
		.size_data	= sizeof(*info),
		.dma_mask	= DMA_BIT_MASK(32),
	};

	return PTR_ERR_OR_ZERO(platform_device_register_full(&pdevinfo));
}

int da830_register_edma(struct edma_rsv_info *rsv);
int da850_register_edma(struct edma_rsv_info *rsv[2]);
int dm355_register_edma(struct edma_rsv_info *rsv);
int dm365_register_edma(struct edma_rsv_info *rsv);

#endif /* __ARCH_ARM_MACH_DAVINCI_EDMA_SOC_H */
