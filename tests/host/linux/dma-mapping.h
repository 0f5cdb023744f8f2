/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The DMA API over the simulated 32-bit bus (dma.c): coherent buffers come
 * from the "ddr" window set up by host_dma_init(); streaming mappings put
 * any host buffer in a window of its own until it is unmapped, so the
 * model sees exactly the memory the driver handed to the device.
 */
#ifndef _LINUX_DMA_MAPPING_H
#define _LINUX_DMA_MAPPING_H

#include <linux/device.h>
#include <linux/dma-direction.h>
#include <linux/err.h>
#include <linux/types.h>

#define DMA_BIT_MASK(n)		(((n) == 64) ? ~0ULL : ((1ULL << (n)) - 1))
#define DMA_MAPPING_ERROR	(~(dma_addr_t)0)

void *dma_alloc_coherent(struct device *dev, size_t size,
			 dma_addr_t *dma_handle, gfp_t gfp);
void dma_free_coherent(struct device *dev, size_t size, void *cpu_addr,
		       dma_addr_t dma_handle);
void *dmam_alloc_coherent(struct device *dev, size_t size,
			  dma_addr_t *dma_handle, gfp_t gfp);
void dmam_free_coherent(struct device *dev, size_t size, void *cpu_addr,
			dma_addr_t dma_handle);

dma_addr_t dma_map_single(struct device *dev, void *ptr, size_t size,
			  enum dma_data_direction dir);
void dma_unmap_single(struct device *dev, dma_addr_t addr, size_t size,
		      enum dma_data_direction dir);
void dma_sync_single_for_cpu(struct device *dev, dma_addr_t addr,
			     size_t size, enum dma_data_direction dir);
void dma_sync_single_for_device(struct device *dev, dma_addr_t addr,
				size_t size, enum dma_data_direction dir);

#define dma_map_single_attrs(d, p, s, dir, a)	dma_map_single(d, p, s, dir)
#define dma_unmap_single_attrs(d, a, s, dir, at) \
	dma_unmap_single(d, a, s, dir)

static inline int dma_mapping_error(struct device *dev, dma_addr_t addr)
{
	return addr == DMA_MAPPING_ERROR ? -ENOMEM : 0;
}

static inline int dma_set_mask(struct device *dev, u64 mask)
{
	if (dev->dma_mask)
		*dev->dma_mask = mask;
	return 0;
}

static inline int dma_set_coherent_mask(struct device *dev, u64 mask)
{
	dev->coherent_dma_mask = mask;
	return 0;
}

static inline int dma_set_mask_and_coherent(struct device *dev, u64 mask)
{
	dma_set_mask(dev, mask);
	return dma_set_coherent_mask(dev, mask);
}

static inline int dma_coerce_mask_and_coherent(struct device *dev, u64 mask)
{
	return dma_set_mask_and_coherent(dev, mask);
}

#endif
