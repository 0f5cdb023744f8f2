// SPDX-License-Identifier: GPL-2.0
/*
 * DMA event crossbar models: see xbar_model.h.
 */
#include <stdlib.h>
#include <string.h>

#include "xbar_model.h"

#define XBAR_MAX_LINES	64

struct xbar_model {
	enum xbar_kind kind;
	unsigned int lines;
	struct edma3 *cc;
	uint16_t mux[XBAR_MAX_LINES];	/* per EDMA request line */
};

struct xbar_model *xbar_create(enum xbar_kind kind, unsigned int lines,
			       struct edma3 *cc)
{
	struct xbar_model *x;

	if (!lines || lines > XBAR_MAX_LINES || !cc)
		return NULL;
	x = calloc(1, sizeof(*x));
	if (!x)
		return NULL;
	x->kind = kind;
	x->lines = lines;
	x->cc = cc;
	return x;
}

void xbar_destroy(struct xbar_model *x)
{
	free(x);
}

uint32_t xbar_window(const struct xbar_model *x)
{
	/* AM335x: the 16 TPCC_EVT_MUX words; DRA7: 16 bits per line */
	return x->kind == XBAR_AM335X ? 64 : 2 * x->lines;
}

/* AM335x: the channel a byte offset belongs to (60..63 reversed). */
static unsigned int am335x_chan(uint32_t off)
{
	return off >= 60 ? 123 - off : off;
}

uint8_t xbar_read8(struct xbar_model *x, uint32_t off)
{
	unsigned int line;

	if (off >= xbar_window(x))
		return 0;
	if (x->kind == XBAR_AM335X) {
		line = am335x_chan(off);
		return line < x->lines ? (uint8_t)x->mux[line] : 0;
	}
	return (uint8_t)(x->mux[off / 2] >> (8 * (off & 1)));
}

void xbar_write8(struct xbar_model *x, uint32_t off, uint8_t val)
{
	unsigned int line;

	if (off >= xbar_window(x))
		return;
	if (x->kind == XBAR_AM335X) {
		line = am335x_chan(off);
		if (line < x->lines)
			x->mux[line] = val;
		return;
	}
	line = off / 2;
	if (off & 1)
		x->mux[line] = (x->mux[line] & 0x00ff) | val << 8;
	else
		x->mux[line] = (x->mux[line] & 0xff00) | val;
}

uint32_t xbar_read32(struct xbar_model *x, uint32_t off)
{
	uint32_t v = 0;
	int i;

	for (i = 3; i >= 0; i--)
		v = v << 8 | xbar_read8(x, (off & ~3u) + i);
	return v;
}

void xbar_write32(struct xbar_model *x, uint32_t off, uint32_t val)
{
	int i;

	for (i = 0; i < 4; i++)
		xbar_write8(x, (off & ~3u) + i, (uint8_t)(val >> (8 * i)));
}

unsigned int xbar_mux(const struct xbar_model *x, unsigned int line)
{
	return line < x->lines ? x->mux[line] : 0;
}

unsigned int xbar_fire(struct xbar_model *x, unsigned int input)
{
	unsigned int ch, n = 0;

	if (!input)
		return 0;
	for (ch = 0; ch < x->lines; ch++) {
		if (x->mux[ch] == input) {
			edma3_event(x->cc, ch);
			n++;
		}
	}
	return n;
}

unsigned int xbar_direct(struct xbar_model *x, unsigned int ch)
{
	if (x->kind != XBAR_AM335X || ch >= x->lines || x->mux[ch])
		return 0;
	edma3_event(x->cc, ch);
	return 1;
}
