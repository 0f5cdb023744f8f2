/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Force-included (-include) into the suites when tests/uml builds them,
 * and into the library's ring (edma-ring.c), whose status words the model
 * writes over the bus.
 *
 * The suites take coherent buffers with dma_alloc_coherent(NULL, ...) and
 * hand the bus addresses to the EDMA3 model, which reaches memory only
 * through the board's "ddr" window.  The kernel's DMA API knows nothing
 * of that window (and wants a device), so the calls go to the harness,
 * which carves the buffers out of the window's backing store.
 */
#ifndef _EDMA_UML_DMA_H
#define _EDMA_UML_DMA_H

#include <linux/dma-mapping.h>

void *edma_uml_dma_alloc(struct device *dev, size_t size,
			 dma_addr_t *dma_handle, gfp_t gfp);
void edma_uml_dma_free(struct device *dev, size_t size, void *cpu_addr,
		       dma_addr_t dma_handle);
void *edma_uml_dmam_alloc(struct device *dev, size_t size,
			  dma_addr_t *dma_handle, gfp_t gfp);

#define dma_alloc_coherent(dev, size, handle, gfp) \
	edma_uml_dma_alloc(dev, size, handle, gfp)
#define dma_free_coherent(dev, size, cpu, handle) \
	edma_uml_dma_free(dev, size, cpu, handle)
#define dmam_alloc_coherent(dev, size, handle, gfp) \
	edma_uml_dmam_alloc(dev, size, handle, gfp)

#endif
