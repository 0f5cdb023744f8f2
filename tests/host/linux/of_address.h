/* SPDX-License-Identifier: GPL-2.0 */
/* Addresses translate through every parent's "ranges" (of.c). */
#ifndef _LINUX_OF_ADDRESS_H
#define _LINUX_OF_ADDRESS_H

#include <linux/io.h>
#include <linux/ioport.h>
#include <linux/of.h>

int of_address_to_resource(struct device_node *np, int index,
			   struct resource *r);
void __iomem *of_iomap(struct device_node *np, int index);

#endif
