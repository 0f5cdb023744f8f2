/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_IRQ_H
#define _LINUX_IRQ_H

#include <linux/interrupt.h>

#define NR_IRQS		1024
#define IRQ_TYPE_NONE		0x00
#define IRQ_TYPE_EDGE_RISING	0x01
#define IRQ_TYPE_EDGE_FALLING	0x02
#define IRQ_TYPE_EDGE_BOTH	0x03
#define IRQ_TYPE_LEVEL_HIGH	0x04
#define IRQ_TYPE_LEVEL_LOW	0x08

#endif
