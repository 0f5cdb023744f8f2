/* SPDX-License-Identifier: GPL-2.0 */
/* Scatterlists for the provider's host tests: flat arrays, no chaining. */
#ifndef _LINUX_SCATTERLIST_H
#define _LINUX_SCATTERLIST_H

#include <linux/string.h>
#include <linux/types.h>

struct scatterlist {
	dma_addr_t dma_address;
	unsigned int dma_length;
};

#define sg_dma_address(sg)	((sg)->dma_address)
#define sg_dma_len(sg)		((sg)->dma_length)

static inline struct scatterlist *sg_next(struct scatterlist *sg)
{
	return sg + 1;
}

#define for_each_sg(sglist, sg, nr, __i) \
	for (__i = 0, sg = (sglist); __i < (nr); __i++, sg = sg_next(sg))

static inline void sg_init_table(struct scatterlist *sgl, unsigned int n)
{
	memset(sgl, 0, sizeof(*sgl) * n);
}

#endif
