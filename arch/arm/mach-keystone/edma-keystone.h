/* SPDX-License-Identifier: GPL-2.0 */
/*
 * EDMA3 controllers of the Keystone 2 SoCs, registered as platform devices
 * for boots whose device tree does not describe them (see
 * arch/arm/boot/dts/keystone-k2-edma.dtsi for the device tree form).
 */
#ifndef __ARCH_ARM_MACH_KEYSTONE_EDMA_KEYSTONE_H
#define __ARCH_ARM_MACH_KEYSTONE_EDMA_KEYSTONE_H

enum keystone_edma_soc {
	KEYSTONE_EDMA_K2H,	/* TCI6636K2H, TCI6638K2K: five CCs */
	KEYSTONE_EDMA_K2E,	/* 66AK2E: five CCs, laid out as on K2H */
	KEYSTONE_EDMA_K2L,	/* TCI6630K2L: CC0..CC2 of the K2H layout */
};

/* CC register windows (32K each); K2L has CC0..CC2 */
#define KEYSTONE_EDMA_CC0_BASE		0x02700000
#define KEYSTONE_EDMA_CC1_BASE		0x02720000
#define KEYSTONE_EDMA_CC2_BASE		0x02740000
#define KEYSTONE_EDMA_CC3_BASE		0x02728000
#define KEYSTONE_EDMA_CC4_BASE		0x02708000

int keystone_register_edma(enum keystone_edma_soc soc);

#endif /* __ARCH_ARM_MACH_KEYSTONE_EDMA_KEYSTONE_H */
