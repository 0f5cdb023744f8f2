/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Models of the DMA event crossbars that sit in front of an EDMA3 CC on
 * OMAP-family SoCs.  Plain C, no Linux headers.
 *
 * ti,am335x-edma-crossbar (AM335x/AM437x control module, TPCC_EVT_MUX_x_y):
 *   one byte per EDMA channel; 0 leaves the channel on its direct event,
 *   N > 0 connects crossbar event N instead.  Byte e of the block belongs
 *   to channel e, except in the last word (channels 60..63) whose byte
 *   order is reversed: channel 63 is the lowest byte (AM335x TRM,
 *   TPCC_EVT_MUX_60_63; 6.1's drivers/dma/ti/dma-crossbar.c writes it so).
 *
 * ti,dra7-dma-crossbar (DRA7 CTRL_CORE_DMA_EDMA_DREQ_x): one 16-bit field
 * per EDMA request line, holding the crossbar input routed to that line;
 * 0 routes nothing.  DRA7 EDMA channels have no direct events.
 *
 * Both reset to 0.  An input that fires raises the EDMA event of every
 * channel whose mux selects it (edma3_event()).
 */
#ifndef XBAR_MODEL_H
#define XBAR_MODEL_H

#include <stdint.h>

#include "edma3_model.h"

enum xbar_kind {
	XBAR_AM335X,
	XBAR_DRA7,
};

struct xbar_model;

/* lines: EDMA request lines behind the crossbar (at most 64). */
struct xbar_model *xbar_create(enum xbar_kind kind, unsigned int lines,
			       struct edma3 *cc);
void xbar_destroy(struct xbar_model *x);

/* Bytes of register space the block decodes. */
uint32_t xbar_window(const struct xbar_model *x);

/* MMIO, offsets from the block's base. */
uint32_t xbar_read32(struct xbar_model *x, uint32_t off);
void xbar_write32(struct xbar_model *x, uint32_t off, uint32_t val);
uint8_t xbar_read8(struct xbar_model *x, uint32_t off);
void xbar_write8(struct xbar_model *x, uint32_t off, uint8_t val);

/* Backdoor: the mux value of EDMA request line (channel) line. */
unsigned int xbar_mux(const struct xbar_model *x, unsigned int line);

/*
 * Crossbar input fires: an EDMA event on every channel whose mux selects
 * it (input 0 selects nothing).  Returns how many channels got one.
 */
unsigned int xbar_fire(struct xbar_model *x, unsigned int input);

/*
 * The direct event of channel ch (AM335x): reaches the CC only while the
 * channel's mux is 0.  Returns 1 if it did, else 0.
 */
unsigned int xbar_direct(struct xbar_model *x, unsigned int ch);

#endif /* XBAR_MODEL_H */
