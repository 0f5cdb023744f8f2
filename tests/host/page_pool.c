// SPDX-License-Identifier: GPL-2.0
/*
 * Page pools for the shim: pages are page-aligned host blocks, mapped for
 * the pool's device with the DMA API's streaming windows when the pool
 * asks for it, and kept in a cache when they come back, so a recycled
 * page keeps its bus address, as in the kernel.  A hash from address to
 * page stands for virt_to_head_page().  Pages in use when the pool is
 * destroyed are freed as they come back.
 */
#include <stdlib.h>
#include <string.h>

#include <linux/dma-mapping.h>
#include <linux/err.h>
#include <linux/slab.h>
#include <net/page_pool.h>

#include "host.h"
#include "host_internal.h"
#include "host_net.h"

struct page_pool {
	struct page_pool_params	p;
	struct page		*cache;		/* pages back from use */
	unsigned long		inflight;	/* handed out, not back */
	bool			destroyed;
};

#define PAGE_HASH	1024

static struct page *page_hash[PAGE_HASH];
static long pages_live;

static unsigned int page_hash_of(const void *addr)
{
	return ((uintptr_t)addr >> PAGE_SHIFT) % PAGE_HASH;
}

struct page *virt_to_head_page(const void *addr)
{
	const void *base = (const void *)((uintptr_t)addr & ~(PAGE_SIZE - 1));
	struct page *pg;

	for (pg = page_hash[page_hash_of(base)]; pg; pg = pg->hnext)
		if (pg->addr == base)
			return pg;
	host_fatal("virt_to_head_page: %p is no pool's page", addr);
	return NULL;
}

long host_pages_live(void)
{
	return pages_live;
}

struct page_pool *page_pool_create(const struct page_pool_params *params)
{
	struct page_pool *pool;

	if (params->order || (params->flags & ~(PP_FLAG_DMA_MAP |
						PP_FLAG_DMA_SYNC_DEV)))
		return ERR_PTR(-EINVAL);
	pool = kzalloc(sizeof(*pool), GFP_KERNEL);
	if (!pool)
		return ERR_PTR(-ENOMEM);
	pool->p = *params;
	return pool;
}

static void page_free(struct page_pool *pool, struct page *page)
{
	struct page **pp = &page_hash[page_hash_of(page->addr)];

	while (*pp != page)
		pp = &(*pp)->hnext;
	*pp = page->hnext;
	if (pool->p.flags & PP_FLAG_DMA_MAP)
		dma_unmap_single(pool->p.dev, page->dma, PAGE_SIZE,
				 pool->p.dma_dir);
	free(page->addr);
	free(page);
	pages_live--;
}

static struct page *page_new(struct page_pool *pool)
{
	struct page *page;

	if (host_fail_check(HOST_FAULT_ALLOC))
		return NULL;
	page = calloc(1, sizeof(*page));
	if (!page)
		return NULL;
	page->addr = aligned_alloc(PAGE_SIZE, PAGE_SIZE);
	if (!page->addr) {
		free(page);
		return NULL;
	}
	page->pp = pool;
	if (pool->p.flags & PP_FLAG_DMA_MAP) {
		page->dma = dma_map_single(pool->p.dev, page->addr, PAGE_SIZE,
					   pool->p.dma_dir);
		if (dma_mapping_error(pool->p.dev, page->dma)) {
			free(page->addr);
			free(page);
			return NULL;
		}
	}
	page->hnext = page_hash[page_hash_of(page->addr)];
	page_hash[page_hash_of(page->addr)] = page;
	pages_live++;
	return page;
}

struct page *page_pool_alloc_pages(struct page_pool *pool, gfp_t gfp)
{
	struct page *page = pool->cache;

	if (page)
		pool->cache = page->next;
	else
		page = page_new(pool);
	if (page) {
		page->in_use = true;
		pool->inflight++;
	}
	return page;
}

void page_pool_put_defragged_page(struct page_pool *pool, struct page *page,
				  unsigned int dma_sync_size,
				  bool allow_direct)
{
	if (WARN(!page->in_use || page->pp != pool,
		 "page_pool: page %p put twice or to another pool", page))
		return;
	page->in_use = false;
	pool->inflight--;
	if (pool->destroyed) {
		page_free(pool, page);
		if (!pool->inflight)
			kfree(pool);
		return;
	}
	/*
	 * PP_FLAG_DMA_SYNC_DEV would sync max_len bytes here; the shim's
	 * memory is coherent with its DMA, and the page is mapped for as
	 * long as the pool has it, so there is nothing to do or check.
	 */
	page->next = pool->cache;
	pool->cache = page;
}

void page_pool_destroy(struct page_pool *pool)
{
	struct page *page;

	if (!pool)
		return;
	while ((page = pool->cache)) {
		pool->cache = page->next;
		page_free(pool, page);
	}
	/* pages still with the stack free themselves, the last one the pool */
	pool->destroyed = true;
	if (!pool->inflight)
		kfree(pool);
}

static void page_pool_reset(void)
{
	memset(page_hash, 0, sizeof(page_hash));
	pages_live = 0;
}

static void __attribute__((constructor)) page_pool_register_reset(void)
{
	host_register_internal_reset(page_pool_reset);
}
