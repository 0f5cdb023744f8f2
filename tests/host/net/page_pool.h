/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Page pools (page_pool.c), with 6.1's calls: order-0 pages mapped once
 * for the device and recycled through a cache, as a NAPI driver's RX
 * ring uses them for zero-copy receive.
 */
#ifndef _NET_PAGE_POOL_H
#define _NET_PAGE_POOL_H

#include <linux/dma-direction.h>
#include <linux/mm.h>
#include <linux/types.h>

#define PP_FLAG_DMA_MAP		BIT(0)	/* map pages for the device */
#define PP_FLAG_DMA_SYNC_DEV	BIT(1)	/* sync max_len for it on recycle */

struct device;

struct page_pool_params {
	unsigned int		flags;
	unsigned int		order;
	unsigned int		pool_size;
	int			nid;
	struct device		*dev;
	enum dma_data_direction	dma_dir;
	unsigned int		max_len;
	unsigned int		offset;
};

struct page_pool *page_pool_create(const struct page_pool_params *params);
void page_pool_destroy(struct page_pool *pool);
struct page *page_pool_alloc_pages(struct page_pool *pool, gfp_t gfp);
void page_pool_put_defragged_page(struct page_pool *pool, struct page *page,
				  unsigned int dma_sync_size,
				  bool allow_direct);

static inline struct page *page_pool_dev_alloc_pages(struct page_pool *pool)
{
	return page_pool_alloc_pages(pool, 0);
}

static inline dma_addr_t page_pool_get_dma_addr(struct page *page)
{
	return page->dma;
}

static inline void page_pool_put_full_page(struct page_pool *pool,
					   struct page *page,
					   bool allow_direct)
{
	page_pool_put_defragged_page(pool, page, -1, allow_direct);
}

static inline void page_pool_recycle_direct(struct page_pool *pool,
					    struct page *page)
{
	page_pool_put_full_page(pool, page, true);
}

#endif
