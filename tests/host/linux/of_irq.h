/* SPDX-License-Identifier: GPL-2.0 */
/*
 * One flat interrupt controller: 1-cell specifiers are the IRQ number,
 * 2-cell ones <irq flags>, 3-cell GIC ones <type irq flags> map SPIs to
 * irq + 32 and PPIs to irq + 16.
 */
#ifndef _LINUX_OF_IRQ_H
#define _LINUX_OF_IRQ_H

#include <linux/irq.h>
#include <linux/of.h>

int of_irq_get(struct device_node *np, int index);
int of_irq_get_byname(struct device_node *np, const char *name);
int of_irq_count(struct device_node *np);
unsigned int irq_of_parse_and_map(struct device_node *np, int index);

#endif
