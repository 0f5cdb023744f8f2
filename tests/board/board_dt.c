// SPDX-License-Identifier: GPL-2.0
/*
 * Simulated boards built from a loaded device tree: see board_dt.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/of.h>
#include <linux/of_address.h>
#include <linux/of_irq.h>

#include "board_dt.h"
#include "host.h"

/*
 * What the tree does not say: each SoC's CCCFG (counts of channels, PaRAM
 * sets and queues), DDR as the EDMA sees it and one on-chip RAM.
 *
 * Sources: DA850 and Keystone 2 values are hardware.md 7.2 (the
 * OMAP-L138 and KeyStone II EDMA3 user's guides); AM335x/AM437x 64
 * channels, 256 PaRAM sets, 3 TCs (AM335x TRM, EDMA3 "TPCC" integration
 * table); K2G 64/512/2 per CC (66AK2G12 data manual); DRA7 64/512/2
 * (DRA7xx TRM, EDMA integration).  The CCCFG encodings are those of the
 * existing constants with the same counts.  On-chip RAM: DA850 shared
 * RAM 128 KiB at 0x80000000, K2G MSMC 1 MiB at 0x0c000000, AM335x OCMC
 * 64 KiB, AM437x OCMC 256 KiB and DRA7 OCMC_RAM1 512 KiB at 0x40300000.
 */
#define DT_DDR_SIZE	(16u << 20)

struct dt_soc_cc {
	uint32_t base;		/* 0: any CC of this SoC */
	uint32_t cccfg;
};

struct dt_soc {
	const char *compat;
	uint32_t ddr_base;
	uint32_t sram_base;
	uint32_t sram_size;
	struct dt_soc_cc cc[3];
};

static const struct dt_soc dt_socs[] = {
	{ "ti,da850", 0xc0000000, 0x80000000, 128 << 10,
	  { { 0x01c00000, EDMA3_CCCFG_DA8XX_CC0 },
	    { 0x01e30000, EDMA3_CCCFG_DA850_CC1 } } },
	{ "ti,k2g", 0x80000000, 0x0c000000, 1 << 20,
	  { { 0, EDMA3_CCCFG_K2_2TC } } },
	{ "ti,am33xx", 0x80000000, 0x40300000, 64 << 10,
	  { { 0, EDMA3_CCCFG_AM33XX } } },
	{ "ti,am4372", 0x80000000, 0x40300000, 256 << 10,
	  { { 0, EDMA3_CCCFG_AM33XX } } },
	{ "ti,dra7", 0x80000000, 0x40300000, 512 << 10,
	  { { 0, EDMA3_CCCFG_K2_2TC } } },
};

static const struct dt_soc *dt_soc_lookup(struct device_node *root)
{
	size_t i;

	for (i = 0; i < sizeof(dt_socs) / sizeof(dt_socs[0]); i++)
		if (of_device_is_compatible(root, dt_socs[i].compat))
			return &dt_socs[i];
	return NULL;
}

static uint32_t dt_cccfg(const struct dt_soc *s, uint32_t base)
{
	size_t i;

	for (i = 0; i < sizeof(s->cc) / sizeof(s->cc[0]); i++)
		if (s->cc[i].cccfg && (!s->cc[i].base || s->cc[i].base == base))
			return s->cc[i].cccfg;
	return 0;
}

/* The line the model raises for np's interrupt name (NULL: the first). */
static int dt_irq(struct device_node *np, const char *name)
{
	int index = name ? of_property_match_string(np, "interrupt-names",
						    name) : 0;
	int line = index < 0 ? index : host_of_irq_line(np, index);

	return line > 0 ? line : BOARD_NO_IRQ;
}

static int dt_fail(int *err, int e, const char *what, struct device_node *np)
{
	fprintf(stderr, "board_dt: %s%s%s\n", what, np ? ": " : "",
		np ? of_node_full_name(np) : "");
	*err = e;
	return e;
}

/* The CC of node np: its "edma3_cc" region, interrupts and TCs. */
static int dt_add_cc(struct board_dt *bd, const struct dt_soc *s,
		     struct device_node *np, int *err)
{
	unsigned int i = bd->soc.ncc, t;
	struct board_cc *cc = &bd->soc.cc[i];
	struct of_phandle_args tc;
	struct resource r;
	int idx;

	if (i == BOARD_MAX_CC)
		return dt_fail(err, -ENOSPC, "too many CCs", np);
	idx = of_property_match_string(np, "reg-names", "edma3_cc");
	if (of_address_to_resource(np, idx < 0 ? 0 : idx, &r))
		return dt_fail(err, -EINVAL, "CC reg does not translate", np);
	cc->cc_base = r.start;
	cc->cc_size = resource_size(&r);
	cc->cccfg = dt_cccfg(s, cc->cc_base);
	if (!cc->cccfg)
		return dt_fail(err, -ENODEV, "no CCCFG for CC", np);
	cc->irq_ccint = dt_irq(np, "edma3_ccint");
	cc->irq_ccerr = dt_irq(np, "edma3_ccerrint");
	for (t = 0; t < EDMA3_MAX_TC; t++) {
		cc->irq_tcerr[t] = BOARD_NO_IRQ;
		if (of_parse_phandle_with_fixed_args(np, "ti,tptcs", 1, t,
						     &tc))
			continue;
		/* the board borrows the node: the tree outlives it */
		of_node_put(tc.np);
		if (of_address_to_resource(tc.np, 0, &r))
			return dt_fail(err, -EINVAL,
				       "TC reg does not translate", tc.np);
		bd->tc_np[i][t] = tc.np;
		cc->tc_base[t] = r.start;
		cc->irq_tcerr[t] = dt_irq(tc.np, NULL);
	}
	bd->cc_np[i] = np;
	bd->soc.ncc++;
	return 0;
}

static int dt_add_xbar(struct board_dt *bd, struct device_node *np,
		       enum xbar_kind kind, int *err)
{
	struct board_dt_xbar *x = &bd->xbar[bd->nxbar];
	struct device_node *master;
	struct resource r;
	uint32_t lines = 64;
	int cc;

	master = of_parse_phandle(np, "dma-masters", 0);
	cc = master ? board_dt_cc_index(bd, master) : -1;
	if (master)
		of_property_read_u32(master, "dma-requests", &lines);
	of_node_put(master);
	/* DRA7 also has an SDMA crossbar: only EDMA masters are modelled */
	if (cc < 0)
		return 0;
	if (bd->nxbar == BOARD_DT_MAX_XBAR)
		return dt_fail(err, -ENOSPC, "too many crossbars", np);
	if (of_address_to_resource(np, 0, &r))
		return dt_fail(err, -EINVAL, "crossbar reg does not translate",
			       np);
	if (lines > edma3_num_channels(bd->b->cc[cc]))
		lines = edma3_num_channels(bd->b->cc[cc]);
	x->model = xbar_create(kind, lines, bd->b->cc[cc]);
	if (!x->model)
		return dt_fail(err, -ENOMEM, "xbar_create", np);
	x->np = np;
	x->kind = kind;
	x->cc = cc;
	x->base = r.start;
	/*
	 * The block decodes what the hardware has even where the tree's
	 * reg is shorter (DRA7's EDMA crossbar: reg 0x7c, 64 lines of 16
	 * bits), so a driver that programs every line finds registers.
	 */
	x->size = xbar_window(x->model);
	if (x->size < resource_size(&r))
		x->size = resource_size(&r);
	bd->nxbar++;
	return 0;
}

static uint32_t xbar_mmio_read32(void *ctx, uint32_t off)
{
	return xbar_read32(ctx, off);
}

static void xbar_mmio_write32(void *ctx, uint32_t off, uint32_t val)
{
	xbar_write32(ctx, off, val);
}

static uint8_t xbar_mmio_read8(void *ctx, uint32_t off)
{
	return xbar_read8(ctx, off);
}

static void xbar_mmio_write8(void *ctx, uint32_t off, uint8_t val)
{
	xbar_write8(ctx, off, val);
}

static const struct host_mmio_ops xbar_mmio_ops = {
	.read32 = xbar_mmio_read32,
	.write32 = xbar_mmio_write32,
	.read8 = xbar_mmio_read8,
	.write8 = xbar_mmio_write8,
};

static void dt_free(struct board_dt *bd)
{
	unsigned int i;

	for (i = 0; i < bd->nxbar; i++) {
		host_mmio_unregister(bd->xbar[i].base);
		xbar_destroy(bd->xbar[i].model);
	}
	free(bd);
}

struct board_dt *board_dt_create(int *err)
{
	struct device_node *root = host_of_root(), *np;
	const struct dt_soc *s;
	struct board_dt *bd;
	unsigned int i;

	*err = 0;
	if (!root) {
		dt_fail(err, -ENOENT, "no device tree loaded", NULL);
		return NULL;
	}
	s = dt_soc_lookup(root);
	if (!s) {
		dt_fail(err, -ENODEV, "SoC not in the table", root);
		return NULL;
	}
	bd = calloc(1, sizeof(*bd));
	if (!bd) {
		*err = -ENOMEM;
		return NULL;
	}
	bd->soc_compat = s->compat;
	bd->soc.name = s->compat;
	bd->soc.ddr_base = s->ddr_base;
	bd->soc.ddr_size = DT_DDR_SIZE;
	bd->soc.sram_base = s->sram_base;
	bd->soc.sram_size = s->sram_size;
	for_each_compatible_node(np, NULL, "ti,edma3-tpcc") {
		if (of_device_is_available(np) && dt_add_cc(bd, s, np, err))
			goto fail;
	}
	if (!bd->soc.ncc) {
		dt_fail(err, -ENODEV, "no available ti,edma3-tpcc", NULL);
		goto fail;
	}
	bd->b = board_create(&bd->soc);
	for_each_compatible_node(np, NULL, "ti,am335x-edma-crossbar") {
		if (of_device_is_available(np) &&
		    dt_add_xbar(bd, np, XBAR_AM335X, err))
			goto fail_board;
	}
	for_each_compatible_node(np, NULL, "ti,dra7-dma-crossbar") {
		if (of_device_is_available(np) &&
		    dt_add_xbar(bd, np, XBAR_DRA7, err))
			goto fail_board;
	}
	for (i = 0; i < bd->nxbar; i++) {
		if (host_mmio_register(bd->xbar[i].base, bd->xbar[i].size,
				       &xbar_mmio_ops, bd->xbar[i].model)) {
			dt_fail(err, -EBUSY, "crossbar window overlaps",
				bd->xbar[i].np);
			bd->nxbar = i;
			goto fail_board;
		}
	}
	return bd;

fail_board:
	board_destroy(bd->b);
fail:
	dt_free(bd);
	return NULL;
}

void board_dt_destroy(struct board_dt *bd)
{
	if (!bd)
		return;
	board_destroy(bd->b);
	dt_free(bd);
}

int board_dt_cc_index(const struct board_dt *bd, const struct device_node *np)
{
	unsigned int i;

	for (i = 0; i < bd->soc.ncc; i++)
		if (bd->cc_np[i] == np)
			return i;
	return -1;
}

struct board_dt_xbar *board_dt_xbar(struct board_dt *bd,
				    const struct device_node *np)
{
	unsigned int i;

	for (i = 0; i < bd->nxbar; i++)
		if (bd->xbar[i].np == np)
			return &bd->xbar[i];
	return NULL;
}
