// SPDX-License-Identifier: GPL-2.0
/*
 * Simulated 32-bit system bus for the EDMA3 model.
 *
 * A bus is a small unsorted array of windows.  Each window is either RAM
 * (a bus range backed by host memory) or a device (accesses go to ops).
 * Windows never overlap, so a lookup is a linear scan: the number of windows
 * is tiny (DDR, SRAM, a few FIFOs) and clarity beats speed here.
 *
 * An access must lie wholly inside one window; anything else is a bus error
 * (-1), which the transfer controllers turn into ERRSTAT.BUSERR.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "edma3_bus.h"

#define EDMA3_BUS_NAME_LEN	32
#define EDMA3_BUS_SPACE		(1ull << 32)

struct edma3_bus_window {
	uint32_t base;
	uint64_t size;			/* 64-bit: a window may end at 2^32 */
	void *host;			/* RAM windows */
	const struct edma3_bus_dev_ops *ops;	/* device windows */
	void *ctx;
	char name[EDMA3_BUS_NAME_LEN];
};

/*
 * The windows, sorted by base: they never overlap, so a lookup is a
 * binary search (a ring's RX pages are a window each, a thousand on K2).
 */
struct edma3_bus {
	struct edma3_bus_window *win;
	unsigned int nr;
	unsigned int cap;
};

struct edma3_bus *edma3_bus_create(void)
{
	return calloc(1, sizeof(struct edma3_bus));
}

void edma3_bus_destroy(struct edma3_bus *bus)
{
	if (!bus)
		return;
	free(bus->win);
	free(bus);
}

static uint64_t win_end(const struct edma3_bus_window *w)
{
	return (uint64_t)w->base + w->size;
}

/* Index of the first window whose base is above addr (0..nr). */
static unsigned int bus_upper(const struct edma3_bus *bus, uint64_t addr)
{
	unsigned int lo = 0, hi = bus->nr;

	while (lo < hi) {
		unsigned int mid = lo + (hi - lo) / 2;

		if (bus->win[mid].base <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* A window [base, base + size) intersects, or NULL. */
static struct edma3_bus_window *bus_overlap(struct edma3_bus *bus,
					   uint64_t base, uint64_t size)
{
	unsigned int i = bus_upper(bus, base);

	/* the last window starting at or below base, then the next one */
	if (i && base < win_end(&bus->win[i - 1]))
		return &bus->win[i - 1];
	if (i < bus->nr && bus->win[i].base < base + size)
		return &bus->win[i];
	return NULL;
}

static int bus_add(struct edma3_bus *bus, const struct edma3_bus_window *nw)
{
	unsigned int i;

	if (!bus || !nw->size || win_end(nw) > EDMA3_BUS_SPACE)
		return -1;
	if (bus_overlap(bus, nw->base, nw->size))
		return -1;
	if (bus->nr == bus->cap) {
		unsigned int cap = bus->cap ? 2 * bus->cap : 8;
		struct edma3_bus_window *win;

		win = realloc(bus->win, cap * sizeof(*win));
		if (!win)
			return -1;
		bus->win = win;
		bus->cap = cap;
	}
	i = bus_upper(bus, nw->base);
	memmove(&bus->win[i + 1], &bus->win[i],
		(bus->nr - i) * sizeof(*bus->win));
	bus->win[i] = *nw;
	bus->nr++;
	return 0;
}

static void win_init(struct edma3_bus_window *w, uint32_t base,
		     uint32_t size, const char *name)
{
	memset(w, 0, sizeof(*w));
	w->base = base;
	w->size = size;
	if (name) {
		strncpy(w->name, name, sizeof(w->name) - 1);
		w->name[sizeof(w->name) - 1] = '\0';
	}
}

int edma3_bus_add_ram(struct edma3_bus *bus, uint32_t base, uint32_t size,
		      void *host, const char *name)
{
	struct edma3_bus_window w;

	if (!host)
		return -1;
	win_init(&w, base, size, name);
	w.host = host;
	return bus_add(bus, &w);
}

int edma3_bus_add_device(struct edma3_bus *bus, uint32_t base, uint32_t size,
			 const struct edma3_bus_dev_ops *ops, void *ctx,
			 const char *name)
{
	struct edma3_bus_window w;

	if (!ops)
		return -1;
	win_init(&w, base, size, name);
	w.ops = ops;
	w.ctx = ctx;
	return bus_add(bus, &w);
}

int edma3_bus_remove(struct edma3_bus *bus, uint32_t base)
{
	unsigned int i;

	if (!bus)
		return -1;
	i = bus_upper(bus, base);
	if (!i || bus->win[i - 1].base != base)
		return -1;
	memmove(&bus->win[i - 1], &bus->win[i],
		(bus->nr - i) * sizeof(*bus->win));
	bus->nr--;
	return 0;
}

static uint64_t round_up64(uint64_t v, uint64_t align)
{
	return (v + align - 1) / align * align;
}

int edma3_bus_find_free(struct edma3_bus *bus, uint32_t floor, uint32_t size,
			uint32_t align, uint32_t *base)
{
	uint64_t cand;
	struct edma3_bus_window *w;

	if (!bus || !size || !base)
		return -1;
	if (!align)
		align = 1;
	/* Candidates only move upwards past windows, so this terminates. */
	cand = round_up64(floor, align);
	while (cand + size <= EDMA3_BUS_SPACE) {
		w = bus_overlap(bus, cand, size);
		if (!w) {
			*base = (uint32_t)cand;
			return 0;
		}
		cand = round_up64(win_end(w), align);
	}
	return -1;
}

/* The window that wholly contains [addr, addr + len), or NULL. */
static struct edma3_bus_window *bus_find(struct edma3_bus *bus,
					 uint32_t addr, uint32_t len)
{
	uint64_t end = (uint64_t)addr + len;
	struct edma3_bus_window *w;
	unsigned int i;

	if (!bus)
		return NULL;
	i = bus_upper(bus, addr);
	if (!i)
		return NULL;
	w = &bus->win[i - 1];
	return end <= win_end(w) ? w : NULL;
}

int edma3_bus_read(struct edma3_bus *bus, uint32_t addr, void *buf,
		   uint32_t len)
{
	struct edma3_bus_window *w;

	if (!len)
		return 0;
	w = bus_find(bus, addr, len);
	if (!w)
		return -1;
	if (w->host) {
		memcpy(buf, (uint8_t *)w->host + (addr - w->base), len);
		return 0;
	}
	if (!w->ops->read)
		return -1;
	return w->ops->read(w->ctx, addr, buf, len) ? -1 : 0;
}

int edma3_bus_write(struct edma3_bus *bus, uint32_t addr, const void *buf,
		    uint32_t len)
{
	struct edma3_bus_window *w;

	if (!len)
		return 0;
	w = bus_find(bus, addr, len);
	if (!w)
		return -1;
	if (w->host) {
		memmove((uint8_t *)w->host + (addr - w->base), buf, len);
		return 0;
	}
	if (!w->ops->write)
		return -1;
	return w->ops->write(w->ctx, addr, buf, len) ? -1 : 0;
}

void *edma3_bus_to_host(struct edma3_bus *bus, uint32_t addr, uint32_t len)
{
	struct edma3_bus_window *w = bus_find(bus, addr, len ? len : 1);

	if (!w || !w->host)
		return NULL;
	return (uint8_t *)w->host + (addr - w->base);
}

bool edma3_bus_from_host(struct edma3_bus *bus, const void *host,
			 uint32_t *addr)
{
	uintptr_t p = (uintptr_t)host;
	unsigned int i;

	if (!bus)
		return false;
	for (i = 0; i < bus->nr; i++) {
		struct edma3_bus_window *w = &bus->win[i];
		uintptr_t start = (uintptr_t)w->host;

		if (!w->host || p < start || p - start >= w->size)
			continue;
		if (addr)
			*addr = w->base + (uint32_t)(p - start);
		return true;
	}
	return false;
}
