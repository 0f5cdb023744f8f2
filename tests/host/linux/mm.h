/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Pages, as far as a driver on a page pool sees them (page_pool.c): a
 * page-aligned PAGE_SIZE block of host memory and what the pool keeps
 * about it.
 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/types.h>

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)

struct page_pool;

struct page {
	void			*addr;		/* PAGE_SIZE bytes, aligned */
	dma_addr_t		dma;		/* the pool's mapping of it */
	struct page_pool	*pp;
	struct page		*next;		/* in the pool's cache */
	struct page		*hnext;		/* in the address hash */
	bool			in_use;		/* handed out by the pool */
};

static inline void *page_address(const struct page *page)
{
	return page->addr;
}

/* The page whose memory holds addr (a pool's pages only). */
struct page *virt_to_head_page(const void *addr);

#endif
