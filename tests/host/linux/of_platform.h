/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_OF_PLATFORM_H
#define _LINUX_OF_PLATFORM_H

#include <linux/of_device.h>
#include <linux/platform_device.h>

struct platform_device *of_find_device_by_node(struct device_node *np);

#endif
