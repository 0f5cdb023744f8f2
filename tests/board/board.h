/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Simulated boards: EDMA3 models wired to the shim's MMIO, interrupt
 * controller and DMA bus at a SoC's real addresses, so the library is
 * probed through the same platform devices a kernel would register.
 */
#ifndef _TESTS_BOARD_BOARD_H
#define _TESTS_BOARD_BOARD_H

#include <stdbool.h>
#include <stdint.h>

#include "edma3_model.h"

#define BOARD_MAX_CC	5
#define BOARD_NO_IRQ	(-1)

/* One channel controller as the SoC wires it. */
struct board_cc {
	uint32_t cccfg;
	uint32_t cc_base;
	uint32_t cc_size;
	uint32_t tc_base[EDMA3_MAX_TC];	/* 0: not mapped */
	int irq_ccint;			/* region 0 completion line */
	int irq_ccerr;
	int irq_tcerr[EDMA3_MAX_TC];	/* BOARD_NO_IRQ: not wired */
};

struct board_soc {
	const char *name;
	unsigned int ncc;
	struct board_cc cc[BOARD_MAX_CC];
	uint32_t ddr_base;
	uint32_t ddr_size;
	uint32_t sram_base;		/* on-chip RAM, 0 if none */
	uint32_t sram_size;
};

struct board {
	const struct board_soc *soc;
	struct edma3_bus *bus;
	struct edma3 *cc[BOARD_MAX_CC];
	void *sram;
};

extern const struct board_soc board_da850;
extern const struct board_soc board_da830;
extern const struct board_soc board_dm644x;
extern const struct board_soc board_dm355;
extern const struct board_soc board_dm365;
extern const struct board_soc board_dm646x;
extern const struct board_soc board_k2h;
extern const struct board_soc board_k2e;
extern const struct board_soc board_k2l;

const struct board_soc *board_soc_by_name(const char *name);

/*
 * Build the hardware of a SoC: models, bus (DDR for the DMA API, SRAM),
 * MMIO windows and interrupt lines.  Registers no device; the caller
 * registers the controllers (e.g. da850_register_edma()) or its own.
 * Also runs the initcalls once, so the "edma" driver is registered.
 */
struct board *board_create(const struct board_soc *soc);
/* Unregister every platform device, then tear the hardware down. */
void board_destroy(struct board *b);

/* Model of controller i, and the sum of its MMIO/irq counters. */
struct edma3 *board_cc(struct board *b, unsigned int i);

/*
 * Turn the models' drain mode on (bytes per ns nanoseconds, see
 * edma3_set_drain()) on the simulated clock, or off (bytes == 0).  The
 * transfer controllers then finish transfer requests as the clock moves:
 * through MMIO accesses, delays, or host_irq_poll() for a timer.
 */
void board_set_tc_drain(struct board *b, unsigned int bytes, unsigned int ns);

/* Host pointer of a bus address in DDR or SRAM, or NULL. */
void *board_virt(struct board *b, uint32_t bus_addr);

#endif /* _TESTS_BOARD_BOARD_H */
