/* SPDX-License-Identifier: GPL-2.0 */
/*
 * EDMA3 descriptions Linux 6.1 has no use for, kept with the host tests:
 * the DM644x and DM646x, which it no longer supports, and the EVM boards'
 * DSP reservations, which its board files define themselves.
 */
#ifndef __ARCH_ARM_MACH_DAVINCI_EDMA_LEGACY_H
#define __ARCH_ARM_MACH_DAVINCI_EDMA_LEGACY_H

#include "edma-soc.h"

/* the DM644x and DM646x TC0/TC1 error lines, which are the EDMA's own */
#define DAVINCI_EDMA_IRQ_TCERR0		18
#define DAVINCI_EDMA_IRQ_TCERR1		19
#define DM646X_EDMA_IRQ_TCERR2		20
#define DM646X_EDMA_IRQ_TCERR3		21

/*
 *   edma-dm644x.c	CONFIG_ARCH_DAVINCI_DM644x	dm644x_register_edma()
 *   edma-dm646x.c	CONFIG_ARCH_DAVINCI_DM646x	dm646x_register_edma()
 *   edma-evm-rsv.c	the boards' DSP reservations below
 */
int dm644x_register_edma(struct edma_rsv_info *rsv);
int dm646x_register_edma(struct edma_rsv_info *rsv);

/*
 * What the EVM boards leave to the DSP (hardware.md 7.4), ready to pass to
 * the helpers.  The OMAP-L138 Hawk board reserves the same as the DA850
 * EVM and uses da850_evm_edma_rsv.  DM644x, DM355 and DM365 boards
 * reserve nothing and pass NULL.
 */
extern struct edma_rsv_info *da850_evm_edma_rsv[2];
extern struct edma_rsv_info da830_evm_edma_rsv;
extern struct edma_rsv_info dm646x_evm_edma_rsv;

#endif /* __ARCH_ARM_MACH_DAVINCI_EDMA_LEGACY_H */
