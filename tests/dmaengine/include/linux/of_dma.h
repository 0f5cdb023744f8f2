/* SPDX-License-Identifier: GPL-2.0 */
/* of_dma controllers for the provider's host tests (tests/dmaengine). */
#ifndef _LINUX_OF_DMA_H
#define _LINUX_OF_DMA_H

#include <linux/dmaengine.h>
#include <linux/of.h>

struct of_dma {
	struct list_head of_dma_controllers;
	struct device_node *of_node;
	struct dma_chan *(*of_dma_xlate)(struct of_phandle_args *args,
					 struct of_dma *ofdma);
	void *of_dma_data;
};

int of_dma_controller_register(struct device_node *np,
			       struct dma_chan *(*of_dma_xlate)
			       (struct of_phandle_args *, struct of_dma *),
			       void *data);
void of_dma_controller_free(struct device_node *np);

#endif
