/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Simulated 32-bit system bus seen by the EDMA3 transfer controllers.
 *
 * PaRAM holds 32-bit bus addresses while the host is 64-bit, so every
 * buffer a transfer may touch lives in a window the bus knows: RAM windows
 * map a bus range onto host memory (DDR, on-chip SRAM, buffers mapped with
 * the shim's DMA API), device windows route accesses to a peripheral model
 * (a FIFO).  An access outside every window is a bus error, as a real TC
 * would report it.  Plain C, no Linux headers.
 */
#ifndef EDMA3_BUS_H
#define EDMA3_BUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct edma3_bus_dev_ops {
	/* Return 0, or -1 for a bus error.  addr is the absolute bus address. */
	int (*read)(void *ctx, uint32_t addr, void *buf, uint32_t len);
	int (*write)(void *ctx, uint32_t addr, const void *buf, uint32_t len);
};

struct edma3_bus;

struct edma3_bus *edma3_bus_create(void);
void edma3_bus_destroy(struct edma3_bus *bus);

/* Map [base, base+size) onto host memory.  Returns 0 or -1 on overlap. */
int edma3_bus_add_ram(struct edma3_bus *bus, uint32_t base, uint32_t size,
		      void *host, const char *name);
/* Route [base, base+size) to a device model. */
int edma3_bus_add_device(struct edma3_bus *bus, uint32_t base, uint32_t size,
			 const struct edma3_bus_dev_ops *ops, void *ctx,
			 const char *name);
/* Remove the window starting at base.  Returns 0 or -1 if none. */
int edma3_bus_remove(struct edma3_bus *bus, uint32_t base);
/* Find a free, aligned bus range of size bytes at or above floor. */
int edma3_bus_find_free(struct edma3_bus *bus, uint32_t floor, uint32_t size,
			uint32_t align, uint32_t *base);

/* Transfers; a range that is not wholly inside one window fails (-1). */
int edma3_bus_read(struct edma3_bus *bus, uint32_t addr, void *buf,
		   uint32_t len);
int edma3_bus_write(struct edma3_bus *bus, uint32_t addr, const void *buf,
		    uint32_t len);
/* Host pointer of a RAM address range, or NULL. */
void *edma3_bus_to_host(struct edma3_bus *bus, uint32_t addr, uint32_t len);
/* Bus address of a host pointer inside a RAM window; false if none. */
bool edma3_bus_from_host(struct edma3_bus *bus, const void *host,
			 uint32_t *addr);

#endif /* EDMA3_BUS_H */
