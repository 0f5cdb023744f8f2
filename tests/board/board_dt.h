/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Simulated boards built from a loaded device tree (host shim only): the
 * EDMA3 CCs, their TCs and the event crossbars in front of them are
 * created at the tree's translated addresses and wired to the interrupt
 * numbers the shim resolves for them, with DDR and on-chip RAM from a
 * per-SoC table.  Nothing is registered: host_of_platform_populate()
 * creates the devices afterwards.
 */
#ifndef _TESTS_BOARD_BOARD_DT_H
#define _TESTS_BOARD_BOARD_DT_H

#include "board.h"
#include "xbar_model.h"

struct device_node;

#define BOARD_DT_MAX_XBAR	4

struct board_dt_xbar {
	struct device_node *np;
	struct xbar_model *model;
	enum xbar_kind kind;
	unsigned int cc;		/* index of its dma-masters CC */
	uint32_t base;
	uint32_t size;			/* registered window */
};

struct board_dt {
	struct board *b;
	struct board_soc soc;		/* filled from the tree */
	const char *soc_compat;		/* root compatible that matched */
	struct device_node *cc_np[BOARD_MAX_CC];
	/* TC t of CC i: the t-th "ti,tptcs" entry, or NULL */
	struct device_node *tc_np[BOARD_MAX_CC][EDMA3_MAX_TC];
	unsigned int nxbar;
	struct board_dt_xbar xbar[BOARD_DT_MAX_XBAR];
};

/*
 * Build the hardware the loaded tree describes.  NULL with *err set (a
 * negative errno and a message on stderr) if the tree has no EDMA3 CC,
 * names a SoC the table does not know, or an address does not translate.
 */
struct board_dt *board_dt_create(int *err);
/* Unregister every platform device, then tear everything down. */
void board_dt_destroy(struct board_dt *bd);

/* Index of the CC built for np, or -1. */
int board_dt_cc_index(const struct board_dt *bd, const struct device_node *np);
/* The crossbar built for np, or NULL. */
struct board_dt_xbar *board_dt_xbar(struct board_dt *bd,
				    const struct device_node *np);

#endif /* _TESTS_BOARD_BOARD_DT_H */
