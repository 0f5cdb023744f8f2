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
#define CONFIG_64BIT		1
#define CONFIG_HZ		100

#include <linux/kconfig.h>
/* kbuild force-includes this one too: __iomem, __user... everywhere */
#include <linux/compiler_types.h>

#endif
