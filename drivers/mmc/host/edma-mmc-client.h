/* SPDX-License-Identifier: GPL-2.0 */
/*
 * DMA half of a DaVinci MMC/SD host driver on the private EDMA API.
 *
 * The host's platform device names its request lines "rx" and "tx"
 * (IORESOURCE_DMA resources holding EDMA_DMA_SPEC() values, or DT
 * dmas/dma-names).  A request is a scatter-gather list; each segment
 * becomes one AB-synchronised PaRAM set that moves rw_threshold bytes per
 * controller DMA event between memory and the controller's FIFO.  Lists
 * longer than the link slots are refilled while they run.
 */
#ifndef _DRIVERS_MMC_HOST_EDMA_MMC_CLIENT_H
#define _DRIVERS_MMC_HOST_EDMA_MMC_CLIENT_H

#include <linux/types.h>

struct device;
struct edma_mmc;

/**
 * struct edma_mmc_sg - one segment of a request
 * @addr: bus address
 * @len: bytes, a multiple of rw_threshold and at most 65535 of them
 */
struct edma_mmc_sg {
	dma_addr_t	addr;
	u32		len;
};

/**
 * struct edma_mmc_config - what the host driver knows about its FIFO
 * @rx_port: bus address of the receive data register
 * @tx_port: bus address of the transmit data register
 * @fifo_width: bytes per FIFO access (1, 2 or 4)
 * @rw_threshold: bytes per DMA event, a multiple of @fifo_width
 * @max_links: link slots to take (0: 16; at least 2 are needed to
 *	refill lists longer than the slots)
 */
struct edma_mmc_config {
	dma_addr_t	rx_port;
	dma_addr_t	tx_port;
	u16		fifo_width;
	u16		rw_threshold;
	unsigned int	max_links;
};

/**
 * struct edma_mmc_stats - counters of one host
 * @requests: requests started
 * @segments: segments completed
 * @refills: link slots reprogrammed while a request ran
 * @irqs: completion callbacks received
 * @errors: requests ended by an EDMA error (-EIO)
 * @aborts: requests ended by edma_mmc_abort()
 */
struct edma_mmc_stats {
	u64	requests;
	u64	segments;
	u64	refills;
	u64	irqs;
	u64	errors;
	u64	aborts;
};

struct edma_mmc *devm_edma_mmc_init(struct device *dev,
				    const struct edma_mmc_config *cfg);
unsigned int edma_mmc_max_links(struct edma_mmc *host);
int edma_mmc_submit(struct edma_mmc *host, bool write,
		    const struct edma_mmc_sg *sg, unsigned int nsg,
		    void (*done)(void *data, int err), void *data);
bool edma_mmc_abort(struct edma_mmc *host, int err);
void edma_mmc_get_stats(struct edma_mmc *host, struct edma_mmc_stats *st);

#endif /* _DRIVERS_MMC_HOST_EDMA_MMC_CLIENT_H */
