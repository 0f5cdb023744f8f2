/* SPDX-License-Identifier: GPL-2.0 */
/*
 * EDMA3 controller descriptions of the DaVinci SoCs: the registration
 * helpers board files call, and the addresses and interrupt numbers they
 * use.  In a kernel tree the tree's own definitions take precedence.
 */
#ifndef __ARCH_ARM_MACH_DAVINCI_EDMA_SOC_H
#define __ARCH_ARM_MACH_DAVINCI_EDMA_SOC_H

struct edma_rsv_info;

#ifndef DAVINCI_INTC_IRQ
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

int da830_register_edma(struct edma_rsv_info *rsv);
int da850_register_edma(struct edma_rsv_info *rsv[2]);

#endif /* __ARCH_ARM_MACH_DAVINCI_EDMA_SOC_H */
