/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Host build configuration, force-included (-include) into every file
 * compiled against the shim, as the kernel build force-includes its
 * generated autoconf.h.  Only options the shim actually implements.
 */
#ifndef _HOST_KCONFIG_H
#define _HOST_KCONFIG_H

#define CONFIG_TI_PRIV_EDMA	1
#define CONFIG_OF		1
#define CONFIG_OF_ADDRESS	1
#define CONFIG_OF_IRQ		1
#define CONFIG_PM		1
#define CONFIG_PM_SLEEP		1
#define CONFIG_KUNIT		1
/* The word size is the compiler's: the same shim builds for x86-64 and ARM. */
#if __SIZEOF_LONG__ == 8
#define CONFIG_64BIT		1
#endif
/*
 * LPAE (Keystone): the build defines CONFIG_ARM_LPAE, which makes physical
 * and bus addresses 64-bit as in the kernel's Kconfig.
 */
#ifdef CONFIG_ARM_LPAE
#define CONFIG_PHYS_ADDR_T_64BIT	1
#define CONFIG_ARCH_DMA_ADDR_T_64BIT	1
#endif
#define CONFIG_HZ		100

#include <linux/kconfig.h>
/* kbuild force-includes this one too: __iomem, __user... everywhere */
#include <linux/compiler_types.h>

#endif
