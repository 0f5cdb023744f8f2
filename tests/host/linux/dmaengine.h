/* SPDX-License-Identifier: GPL-2.0 */
/* Only the types the EDMA platform data shares with dmaengine. */
#ifndef _LINUX_DMAENGINE_H
#define _LINUX_DMAENGINE_H

#include <linux/types.h>

enum dma_transfer_direction {
	DMA_MEM_TO_MEM,
	DMA_MEM_TO_DEV,
	DMA_DEV_TO_MEM,
	DMA_DEV_TO_DEV,
	DMA_TRANS_NONE,
};

enum dma_status {
	DMA_COMPLETE,
	DMA_IN_PROGRESS,
	DMA_PAUSED,
	DMA_ERROR,
	DMA_OUT_OF_ORDER,
};

struct dma_slave_map {
	const char *devname;
	const char *slave;
	void *param;
};

#endif
