// SPDX-License-Identifier: GPL-2.0
/*
 * Simulated boards: see board.h.  The descriptions below repeat the
 * addresses and interrupt numbers of hardware.md 7-8; the platform devices
 * themselves come from arch/arm/mach-davinci (or from a test).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/hrtimer.h>
#include <linux/kernel.h>
#include <linux/ktime.h>

#include "board.h"
#include "edma3_bus.h"
#include "host.h"

const struct board_soc board_da850 = {
	.name = "da850",
	.ncc = 2,
	.cc = {
		{
			.cccfg = EDMA3_CCCFG_DA8XX_CC0,
			.cc_base = 0x01c00000, .cc_size = 0x8000,
			.tc_base = { 0x01c08000, 0x01c08400 },
			.irq_ccint = 11, .irq_ccerr = 12,
			.irq_tcerr = { 13, 32, BOARD_NO_IRQ, BOARD_NO_IRQ,
				       BOARD_NO_IRQ, BOARD_NO_IRQ,
				       BOARD_NO_IRQ, BOARD_NO_IRQ },
		},
		{
			.cccfg = EDMA3_CCCFG_DA850_CC1,
			.cc_base = 0x01e30000, .cc_size = 0x8000,
			.tc_base = { 0x01e38000 },
			.irq_ccint = 93, .irq_ccerr = 94,
			.irq_tcerr = { 95, BOARD_NO_IRQ, BOARD_NO_IRQ,
				       BOARD_NO_IRQ, BOARD_NO_IRQ,
				       BOARD_NO_IRQ, BOARD_NO_IRQ,
				       BOARD_NO_IRQ },
		},
	},
	.ddr_base = 0xc0000000, .ddr_size = 16 << 20,
	.sram_base = 0x80000000, .sram_size = 128 << 10,
};

const struct board_soc board_da830 = {
	.name = "da830",
	.ncc = 1,
	.cc = {
		{
			.cccfg = EDMA3_CCCFG_DA8XX_CC0,
			.cc_base = 0x01c00000, .cc_size = 0x8000,
			.tc_base = { 0x01c08000, 0x01c08400 },
			.irq_ccint = 11, .irq_ccerr = 12,
			.irq_tcerr = { 13, 32, BOARD_NO_IRQ, BOARD_NO_IRQ,
				       BOARD_NO_IRQ, BOARD_NO_IRQ,
				       BOARD_NO_IRQ, BOARD_NO_IRQ },
		},
	},
	.ddr_base = 0xc0000000, .ddr_size = 16 << 20,
	.sram_base = 0x80000000, .sram_size = 128 << 10,
};

/*
 * DM644x and DM355: one CC, two TCs, AINTC 16/17.  The DM644x has TC
 * errors on 18/19; the DM355's reach the AINTC only if ARM_INTMUX takes
 * those lines from SPI, which Linux does not do.
 */
#define DAVINCI_2TC_CC(cfg, tcerr0, tcerr1) {				\
	.cccfg = (cfg),							\
	.cc_base = 0x01c00000, .cc_size = 0x10000,			\
	.tc_base = { 0x01c10000, 0x01c10400 },				\
	.irq_ccint = 16, .irq_ccerr = 17,				\
	.irq_tcerr = { (tcerr0), (tcerr1), BOARD_NO_IRQ, BOARD_NO_IRQ,	\
		       BOARD_NO_IRQ, BOARD_NO_IRQ,			\
		       BOARD_NO_IRQ, BOARD_NO_IRQ },			\
}

const struct board_soc board_dm644x = {
	.name = "dm644x",
	.ncc = 1,
	.cc = { DAVINCI_2TC_CC(EDMA3_CCCFG_DM644X, 18, 19) },
	.ddr_base = 0x80000000, .ddr_size = 16 << 20,
};

const struct board_soc board_dm355 = {
	.name = "dm355",
	.ncc = 1,
	.cc = { DAVINCI_2TC_CC(EDMA3_CCCFG_DM355, BOARD_NO_IRQ,
				BOARD_NO_IRQ) },
	.ddr_base = 0x80000000, .ddr_size = 16 << 20,
};

/* DM365: four TCs, errors of TC2/TC3 on AINTC 61/62 (TC0/TC1: as DM355) */
const struct board_soc board_dm365 = {
	.name = "dm365",
	.ncc = 1,
	.cc = {
		{
			.cccfg = EDMA3_CCCFG_DM365,
			.cc_base = 0x01c00000, .cc_size = 0x10000,
			.tc_base = { 0x01c10000, 0x01c10400, 0x01c10800,
				     0x01c10c00 },
			.irq_ccint = 16, .irq_ccerr = 17,
			.irq_tcerr = { BOARD_NO_IRQ, BOARD_NO_IRQ, 61, 62,
				       BOARD_NO_IRQ, BOARD_NO_IRQ,
				       BOARD_NO_IRQ, BOARD_NO_IRQ },
		},
	},
	.ddr_base = 0x80000000, .ddr_size = 16 << 20,
};

const struct board_soc board_dm646x = {
	.name = "dm646x",
	.ncc = 1,
	.cc = {
		{
			.cccfg = EDMA3_CCCFG_DM646X,
			.cc_base = 0x01c00000, .cc_size = 0x10000,
			.tc_base = { 0x01c10000, 0x01c10400, 0x01c10800,
				     0x01c10c00 },
			.irq_ccint = 16, .irq_ccerr = 17,
			.irq_tcerr = { 18, 19, 20, 21, BOARD_NO_IRQ,
				       BOARD_NO_IRQ, BOARD_NO_IRQ,
				       BOARD_NO_IRQ },
		},
	},
	.ddr_base = 0x80000000, .ddr_size = 16 << 20,
};

/*
 * Keystone 2 (hardware.md 7.3): CC0..CC4 as on the K2H; K2E has all five,
 * K2L the first three.  ARM GIC numbers, already SPI + 32.
 */
#define K2_TCERR(a, b, c, d) { a, b, c, d, BOARD_NO_IRQ, BOARD_NO_IRQ,	\
			       BOARD_NO_IRQ, BOARD_NO_IRQ }
#define K2_CC0 { .cccfg = EDMA3_CCCFG_K2_2TC, .cc_base = 0x02700000,	\
	.cc_size = 0x8000, .tc_base = { 0x02760000, 0x02768000 },	\
	.irq_ccint = 347, .irq_ccerr = 213,				\
	.irq_tcerr = K2_TCERR(215, 216, BOARD_NO_IRQ, BOARD_NO_IRQ) }
#define K2_CC1 { .cccfg = EDMA3_CCCFG_K2_4TC, .cc_base = 0x02720000,	\
	.cc_size = 0x8000,						\
	.tc_base = { 0x02770000, 0x02778000, 0x02780000, 0x02788000 },	\
	.irq_ccint = 356, .irq_ccerr = 217,				\
	.irq_tcerr = K2_TCERR(219, 220, 221, 222) }
#define K2_CC2 { .cccfg = EDMA3_CCCFG_K2_4TC, .cc_base = 0x02740000,	\
	.cc_size = 0x8000,						\
	.tc_base = { 0x02790000, 0x02798000, 0x027a0000, 0x027a8000 },	\
	.irq_ccint = 365, .irq_ccerr = 223,				\
	.irq_tcerr = K2_TCERR(225, 226, 227, 228) }
#define K2_CC3 { .cccfg = EDMA3_CCCFG_K2_2TC, .cc_base = 0x02728000,	\
	.cc_size = 0x8000, .tc_base = { 0x027b0000, 0x027b8000 },	\
	.irq_ccint = 374, .irq_ccerr = 229,				\
	.irq_tcerr = K2_TCERR(231, 232, BOARD_NO_IRQ, BOARD_NO_IRQ) }
#define K2_CC4 { .cccfg = EDMA3_CCCFG_K2_2TC, .cc_base = 0x02708000,	\
	.cc_size = 0x8000, .tc_base = { 0x027b8400, 0x027b8800 },	\
	.irq_ccint = 383, .irq_ccerr = 233,				\
	.irq_tcerr = K2_TCERR(235, 236, BOARD_NO_IRQ, BOARD_NO_IRQ) }

const struct board_soc board_k2h = {
	.name = "k2h",
	.ncc = 5,
	.cc = { K2_CC0, K2_CC1, K2_CC2, K2_CC3, K2_CC4 },
	.ddr_base = 0x80000000, .ddr_size = 16 << 20,
};

const struct board_soc board_k2e = {
	.name = "k2e",
	.ncc = 5,
	.cc = { K2_CC0, K2_CC1, K2_CC2, K2_CC3, K2_CC4 },
	.ddr_base = 0x80000000, .ddr_size = 16 << 20,
};

const struct board_soc board_k2l = {
	.name = "k2l",
	.ncc = 3,
	.cc = { K2_CC0, K2_CC1, K2_CC2 },
	.ddr_base = 0x80000000, .ddr_size = 16 << 20,
};

static const struct board_soc *const board_socs[] = {
	&board_da850, &board_da830, &board_dm644x, &board_dm355, &board_dm365,
	&board_dm646x, &board_k2h, &board_k2e, &board_k2l,
};

const struct board_soc *board_soc_by_name(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(board_socs) / sizeof(board_socs[0]); i++) {
		if (!strcmp(board_socs[i]->name, name))
			return board_socs[i];
	}
	return NULL;
}

/* Interrupt wiring: the model pulses a line, the interrupt controller
 * latches the edge of the IRQ the SoC connects it to. */
struct board_line_ctx {
	const struct board_cc *desc;
};

static struct board_line_ctx line_ctx[BOARD_MAX_CC];

static void board_irq_fn(void *ctx, enum edma3_line line, unsigned int index)
{
	const struct board_cc *d = ((struct board_line_ctx *)ctx)->desc;
	int irq = BOARD_NO_IRQ;

	switch (line) {
	case EDMA3_LINE_CCINT:
		if (index == 0)
			irq = d->irq_ccint;
		break;
	case EDMA3_LINE_CCERR:
		irq = d->irq_ccerr;
		break;
	case EDMA3_LINE_TCERR:
		if (index < EDMA3_MAX_TC)
			irq = d->irq_tcerr[index];
		break;
	default:
		break;
	}
	if (irq != BOARD_NO_IRQ)
		host_irq_raise(irq);
}

static uint32_t cc_read32(void *ctx, uint32_t off)
{
	return edma3_read(ctx, off);
}

static void cc_write32(void *ctx, uint32_t off, uint32_t val)
{
	edma3_write(ctx, off, val);
}

static uint8_t cc_read8(void *ctx, uint32_t off)
{
	return edma3_read8(ctx, off);
}

static void cc_write8(void *ctx, uint32_t off, uint8_t val)
{
	edma3_write8(ctx, off, val);
}

static const struct host_mmio_ops cc_mmio_ops = {
	.read32 = cc_read32,
	.write32 = cc_write32,
	.read8 = cc_read8,
	.write8 = cc_write8,
};

/* A TC window's context: the model and the TC number. */
struct board_tc_ctx {
	struct edma3 *cc;
	unsigned int tc;
};

static struct board_tc_ctx tc_ctx[BOARD_MAX_CC][EDMA3_MAX_TC];

static uint32_t tc_read32(void *ctx, uint32_t off)
{
	struct board_tc_ctx *t = ctx;

	return edma3_tc_read(t->cc, t->tc, off);
}

static void tc_write32(void *ctx, uint32_t off, uint32_t val)
{
	struct board_tc_ctx *t = ctx;

	edma3_tc_write(t->cc, t->tc, off, val);
}

static const struct host_mmio_ops tc_mmio_ops = {
	.read32 = tc_read32,
	.write32 = tc_write32,
};

/*
 * Drain mode: the models read the simulated clock, and an hrtimer per
 * controller retires their transfer requests when the clock passes the
 * end of one (host_irq_poll() runs it, in hard-IRQ context like the
 * completion the TC then signals).
 */
struct board_drain {
	struct hrtimer timer;
	struct edma3 *cc;	/* NULL until the timer is initialised */
};

static struct board_drain drain_ctx[BOARD_MAX_CC];

static uint64_t board_clock(void *ctx)
{
	return ktime_get();
}

static void board_drain_arm(void *ctx, uint64_t when)
{
	struct board_drain *d = ctx;

	hrtimer_start(&d->timer, when, HRTIMER_MODE_ABS);
}

static enum hrtimer_restart board_drain_fire(struct hrtimer *t)
{
	struct board_drain *d = container_of(t, struct board_drain, timer);

	edma3_tick(d->cc);	/* re-arms through board_drain_arm() */
	return HRTIMER_NORESTART;
}

/* Cancel the timer, if it was ever set up (a kernel's needs its init). */
static void board_drain_stop(struct board_drain *d)
{
	if (d->cc)
		hrtimer_cancel(&d->timer);
	d->cc = NULL;
}

void board_set_tc_drain(struct board *b, unsigned int bytes, unsigned int ns)
{
	unsigned int i;

	for (i = 0; i < b->soc->ncc; i++) {
		struct board_drain *d = &drain_ctx[i];

		if (!bytes) {
			edma3_set_drain(b->cc[i], 0, 0, NULL, NULL, NULL);
			board_drain_stop(d);
			continue;
		}
		if (!d->cc) {
			hrtimer_init(&d->timer, CLOCK_MONOTONIC,
				     HRTIMER_MODE_ABS);
			d->timer.function = board_drain_fire;
			d->cc = b->cc[i];
		}
		edma3_set_drain(b->cc[i], bytes, ns, board_clock,
				board_drain_arm, d);
	}
}

static void board_die(const char *what)
{
	fprintf(stderr, "board: %s failed\n", what);
	abort();
}

struct board *board_create(const struct board_soc *soc)
{
	struct board *b = calloc(1, sizeof(*b));
	unsigned int i, t;

	if (!b)
		board_die("calloc");
	b->soc = soc;
	b->bus = edma3_bus_create();
	if (!b->bus)
		board_die("bus");
	if (host_dma_init(b->bus, soc->ddr_base, soc->ddr_size))
		board_die("host_dma_init");
	if (soc->sram_size) {
		b->sram = calloc(1, soc->sram_size);
		if (!b->sram || edma3_bus_add_ram(b->bus, soc->sram_base,
						  soc->sram_size, b->sram,
						  "sram"))
			board_die("sram");
	}
	for (i = 0; i < soc->ncc; i++) {
		const struct board_cc *d = &soc->cc[i];
		struct edma3_config cfg = {
			.name = soc->name,
			.cccfg = d->cccfg,
		};

		line_ctx[i].desc = d;
		b->cc[i] = edma3_create(&cfg, b->bus, board_irq_fn,
					&line_ctx[i]);
		if (!b->cc[i])
			board_die("edma3_create");
		if (host_mmio_register(d->cc_base, d->cc_size, &cc_mmio_ops,
				       b->cc[i]))
			board_die("mmio cc");
		for (t = 0; t < edma3_num_tc(b->cc[i]); t++) {
			if (!d->tc_base[t])
				continue;
			tc_ctx[i][t].cc = b->cc[i];
			tc_ctx[i][t].tc = t;
			if (host_mmio_register(d->tc_base[t], EDMA3_TC_WINDOW,
					       &tc_mmio_ops, &tc_ctx[i][t]))
				board_die("mmio tc");
		}
	}
	host_run_initcalls();
	return b;
}

void board_destroy(struct board *b)
{
	unsigned int i, t;

	if (!b)
		return;
	host_platform_unregister_all();
	for (i = 0; i < b->soc->ncc; i++) {
		const struct board_cc *d = &b->soc->cc[i];

		for (t = 0; t < EDMA3_MAX_TC; t++) {
			if (d->tc_base[t])
				host_mmio_unregister(d->tc_base[t]);
		}
		host_mmio_unregister(d->cc_base);
		board_drain_stop(&drain_ctx[i]);
		edma3_destroy(b->cc[i]);
	}
	host_dma_exit();
	edma3_bus_destroy(b->bus);
	free(b->sram);
	free(b);
}

struct edma3 *board_cc(struct board *b, unsigned int i)
{
	return i < b->soc->ncc ? b->cc[i] : NULL;
}

void *board_virt(struct board *b, uint32_t bus_addr)
{
	return edma3_bus_to_host(b->bus, bus_addr, 1);
}
