// SPDX-License-Identifier: GPL-2.0
/*
 * DMA API on the simulated bus.
 *
 * Coherent memory: one host arena mapped as the bus window "ddr"; blocks
 * are handed out first-fit, 32-byte aligned, from a list of allocated
 * blocks sorted by address (the gaps are the free space).
 *
 * Streaming mappings: the pages covering the buffer become a RAM window at
 * a free bus address (offset within the page preserved, so alignment is
 * what the driver would see), removed again on unmap.  A buffer that
 * already lies in a RAM window (e.g. coherent memory) maps to its bus
 * address directly.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include <linux/device.h>
#include <linux/dma-mapping.h>
#include <linux/list.h>

#include "edma3_bus.h"
#include "host_internal.h"

#define COHERENT_ALIGN	32
#define MAP_PAGE	4096u
/* Streaming windows go above this bus address (clear of SoC devices). */
#define MAP_FLOOR	0xc0000000u

struct block {
	struct list_head node;
	u32 start;		/* offset in the arena */
	u32 size;		/* rounded to COHERENT_ALIGN */
};

struct mapping {
	struct list_head node;
	u32 window;		/* bus base of the window */
	dma_addr_t addr;	/* what the driver got */
	size_t size;
};

static struct edma3_bus *bus;
static u8 *arena;
static u32 arena_base, arena_size;
static LIST_HEAD(blocks);
static LIST_HEAD(mappings);
static size_t nr_blocks, nr_mappings;
static pthread_mutex_t dma_lock = PTHREAD_MUTEX_INITIALIZER;

int host_dma_init(struct edma3_bus *b, uint32_t ddr_base, uint32_t ddr_size)
{
	if (bus)
		host_dma_exit();
	arena = aligned_alloc(MAP_PAGE, ALIGN(ddr_size, MAP_PAGE));
	if (!arena)
		return -ENOMEM;
	memset(arena, 0, ddr_size);
	if (edma3_bus_add_ram(b, ddr_base, ddr_size, arena, "ddr")) {
		free(arena);
		arena = NULL;
		return -EBUSY;
	}
	bus = b;
	arena_base = ddr_base;
	arena_size = ddr_size;
	return 0;
}

void host_dma_exit(void)
{
	struct mapping *m, *mn;
	struct block *blk, *bn;

	if (!bus)
		return;
	list_for_each_entry_safe(m, mn, &mappings, node) {
		edma3_bus_remove(bus, m->window);
		list_del(&m->node);
		free(m);
	}
	list_for_each_entry_safe(blk, bn, &blocks, node) {
		list_del(&blk->node);
		free(blk);
	}
	nr_blocks = nr_mappings = 0;
	edma3_bus_remove(bus, arena_base);
	free(arena);
	arena = NULL;
	bus = NULL;
}

struct edma3_bus *host_dma_bus(void)
{
	return bus;
}

void *host_dma_to_virt(uint32_t dma)
{
	return bus ? edma3_bus_to_host(bus, dma, 1) : NULL;
}

/*
 * The host memory behind [addr, addr + size) on the 32-bit bus, or NULL.
 * With LPAE dma_addr_t is 64-bit: nothing above 4 GiB is on the bus, and
 * the address must not be cut to 32 bits on the way to the model.
 */
static void *bus_to_host(dma_addr_t addr, size_t size)
{
	if ((u64)addr + size > (1ULL << 32))
		return NULL;
	return edma3_bus_to_host(bus, addr, size);
}

size_t host_dma_coherent_live(void)
{
	return nr_blocks;
}

size_t host_dma_mappings_live(void)
{
	return nr_mappings;
}

/* dma_map_single() below maps any buffer of any device already. */
int host_dma_attach(struct device *dev)
{
	return 0;
}

/* ---- coherent ---------------------------------------------------------- */

/* First gap of size bytes; inserts the block before *pos. dma_lock held. */
static struct block *first_fit(u32 size)
{
	struct block *blk, *nb;
	u32 start = 0;

	list_for_each_entry(blk, &blocks, node) {
		if (blk->start - start >= size)
			break;
		start = blk->start + blk->size;
	}
	if ((u64)start + size > arena_size)
		return NULL;
	nb = malloc(sizeof(*nb));
	if (!nb)
		return NULL;
	nb->start = start;
	nb->size = size;
	/* blk is the first block after the gap, or the list head */
	list_add_tail(&nb->node, &blk->node);
	return nb;
}

void *dma_alloc_coherent(struct device *dev, size_t size,
			 dma_addr_t *dma_handle, gfp_t gfp)
{
	struct block *blk = NULL;

	if (!bus) {
		WARN(1, "dma_alloc_coherent() before host_dma_init()");
		return NULL;
	}
	if (!size || size > arena_size)
		return NULL;
	pthread_mutex_lock(&dma_lock);
	blk = first_fit(ALIGN(size, COHERENT_ALIGN));
	if (blk)
		nr_blocks++;
	pthread_mutex_unlock(&dma_lock);
	if (!blk)
		return NULL;
	memset(arena + blk->start, 0, blk->size);
	*dma_handle = arena_base + blk->start;
	return arena + blk->start;
}

void dma_free_coherent(struct device *dev, size_t size, void *cpu_addr,
		       dma_addr_t dma_handle)
{
	struct block *blk, *found = NULL;

	if (!cpu_addr)
		return;
	pthread_mutex_lock(&dma_lock);
	list_for_each_entry(blk, &blocks, node) {
		if (arena + blk->start == cpu_addr) {
			found = blk;
			list_del(&blk->node);
			nr_blocks--;
			break;
		}
	}
	pthread_mutex_unlock(&dma_lock);
	if (WARN(!found, "dma_free_coherent(%p): not allocated", cpu_addr))
		return;
	WARN(dma_handle != arena_base + found->start ||
	     ALIGN(size, COHERENT_ALIGN) != found->size,
	     "dma_free_coherent(%p): handle 0x%08llx / size %zu do not match "
	     "the allocation (0x%08x, %u)", cpu_addr,
	     (unsigned long long)dma_handle, size,
	     arena_base + found->start, found->size);
	free(found);
}

struct dmam_res {
	void *vaddr;
	dma_addr_t dma;
	size_t size;
};

static void dmam_release(struct device *dev, void *res)
{
	struct dmam_res *r = res;

	dma_free_coherent(dev, r->size, r->vaddr, r->dma);
}

static int dmam_match(struct device *dev, void *res, void *vaddr)
{
	return ((struct dmam_res *)res)->vaddr == vaddr;
}

void *dmam_alloc_coherent(struct device *dev, size_t size,
			  dma_addr_t *dma_handle, gfp_t gfp)
{
	struct dmam_res *r = devres_alloc(dmam_release, sizeof(*r), gfp);

	if (!r)
		return NULL;
	r->vaddr = dma_alloc_coherent(dev, size, dma_handle, gfp);
	if (!r->vaddr) {
		devres_free(r);
		return NULL;
	}
	r->dma = *dma_handle;
	r->size = size;
	devres_add(dev, r);
	return r->vaddr;
}

void dmam_free_coherent(struct device *dev, size_t size, void *cpu_addr,
			dma_addr_t dma_handle)
{
	WARN_ON(devres_release(dev, dmam_release, dmam_match, cpu_addr));
}

/* ---- streaming --------------------------------------------------------- */

static dma_addr_t map_window(void *ptr, size_t size)
{
	uintptr_t page = (uintptr_t)ptr & ~(uintptr_t)(MAP_PAGE - 1);
	u32 off = (uintptr_t)ptr - page, win_size, base;
	struct mapping *m;

	if ((u64)size + off > U32_MAX - MAP_PAGE)
		return DMA_MAPPING_ERROR;
	win_size = ALIGN(size + off, MAP_PAGE);
	m = malloc(sizeof(*m));
	if (!m)
		return DMA_MAPPING_ERROR;
	pthread_mutex_lock(&dma_lock);
	if (edma3_bus_find_free(bus, MAP_FLOOR, win_size, MAP_PAGE, &base) ||
	    edma3_bus_add_ram(bus, base, win_size, (void *)page, "dma-map")) {
		pthread_mutex_unlock(&dma_lock);
		free(m);
		return DMA_MAPPING_ERROR;
	}
	m->window = base;
	m->addr = base + off;
	m->size = size;
	list_add_tail(&m->node, &mappings);
	nr_mappings++;
	pthread_mutex_unlock(&dma_lock);
	return m->addr;
}

dma_addr_t dma_map_single(struct device *dev, void *ptr, size_t size,
			  enum dma_data_direction dir)
{
	u32 addr;

	if (WARN(!bus, "dma_map_single() before host_dma_init()") ||
	    !ptr || !size)
		return DMA_MAPPING_ERROR;
	/* Already visible to the bus (e.g. coherent or SRAM memory). */
	if (edma3_bus_from_host(bus, ptr, &addr) &&
	    edma3_bus_to_host(bus, addr, size) == ptr)
		return addr;
	return map_window(ptr, size);
}

static struct mapping *find_mapping(dma_addr_t addr)
{
	struct mapping *m;

	list_for_each_entry(m, &mappings, node)
		if (m->addr == addr)
			return m;
	return NULL;
}

void dma_unmap_single(struct device *dev, dma_addr_t addr, size_t size,
		      enum dma_data_direction dir)
{
	struct mapping *m;

	if (!bus)
		return;
	pthread_mutex_lock(&dma_lock);
	m = find_mapping(addr);
	if (m) {
		edma3_bus_remove(bus, m->window);
		list_del(&m->node);
		nr_mappings--;
	}
	pthread_mutex_unlock(&dma_lock);
	if (!m) {
		/* Direct mappings of bus-visible memory have no window. */
		WARN(!bus_to_host(addr, size),
		     "dma_unmap_single(0x%08llx): not mapped",
		     (unsigned long long)addr);
		return;
	}
	WARN(m->size != size,
	     "dma_unmap_single(0x%08llx): size %zu, mapped %zu",
	     (unsigned long long)addr, size, m->size);
	free(m);
}

void dma_sync_single_for_cpu(struct device *dev, dma_addr_t addr,
			     size_t size, enum dma_data_direction dir)
{
	WARN(bus && !bus_to_host(addr, size),
	     "dma_sync_single_for_cpu(0x%08llx): not mapped",
	     (unsigned long long)addr);
}

void dma_sync_single_for_device(struct device *dev, dma_addr_t addr,
				size_t size, enum dma_data_direction dir)
{
	WARN(bus && !bus_to_host(addr, size),
	     "dma_sync_single_for_device(0x%08llx): not mapped",
	     (unsigned long long)addr);
}
