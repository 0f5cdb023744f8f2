// SPDX-License-Identifier: GPL-2.0
/*
 * EDMA3 channels and PaRAM slots the DaVinci EVM boards leave to the DSP
 * (hardware.md 7.4), for the registration helpers of edma-legacy.h.  Each
 * table is {first, count} pairs ending in {-1, -1}; the slot tables cover
 * the reserved channels' own PaRAM sets plus the DSP's link sets.
 */

#include <linux/platform_data/edma.h>
#include <linux/types.h>

#include "edma-legacy.h"

/* DA850 EVM and OMAP-L138 Hawk, CC0 */
static const s16 da850_evm_cc0_rsv_chans[][2] = {
	{ 8, 6 },
	{ 24, 4 },
	{ 30, 2 },
	{ -1, -1 }
};

static const s16 da850_evm_cc0_rsv_slots[][2] = {
	{ 8, 6 },
	{ 24, 4 },
	{ 30, 50 },
	{ -1, -1 }
};

/* DA850 EVM and OMAP-L138 Hawk, CC1 */
static const s16 da850_evm_cc1_rsv_chans[][2] = {
	{ 0, 28 },
	{ 30, 2 },
	{ -1, -1 }
};

static const s16 da850_evm_cc1_rsv_slots[][2] = {
	{ 0, 28 },
	{ 30, 90 },
	{ -1, -1 }
};

static struct edma_rsv_info da850_evm_cc0_rsv = {
	.rsv_chans	= da850_evm_cc0_rsv_chans,
	.rsv_slots	= da850_evm_cc0_rsv_slots,
};

static struct edma_rsv_info da850_evm_cc1_rsv = {
	.rsv_chans	= da850_evm_cc1_rsv_chans,
	.rsv_slots	= da850_evm_cc1_rsv_slots,
};

struct edma_rsv_info *da850_evm_edma_rsv[2] = {
	&da850_evm_cc0_rsv,
	&da850_evm_cc1_rsv,
};

/* DA830 EVM */
static const s16 da830_evm_rsv_chans[][2] = {
	{ 8, 2 },
	{ 12, 2 },
	{ 24, 4 },
	{ 30, 2 },
	{ -1, -1 }
};

static const s16 da830_evm_rsv_slots[][2] = {
	{ 8, 2 },
	{ 12, 2 },
	{ 24, 4 },
	{ 30, 26 },
	{ -1, -1 }
};

struct edma_rsv_info da830_evm_edma_rsv = {
	.rsv_chans	= da830_evm_rsv_chans,
	.rsv_slots	= da830_evm_rsv_slots,
};

/* DM646x EVM: the DSP also owns every slot from 128 up */
static const s16 dm646x_evm_rsv_chans[][2] = {
	{ 0, 4 },
	{ 13, 3 },
	{ 24, 4 },
	{ 30, 2 },
	{ 54, 3 },
	{ -1, -1 }
};

static const s16 dm646x_evm_rsv_slots[][2] = {
	{ 0, 4 },
	{ 13, 3 },
	{ 24, 4 },
	{ 30, 2 },
	{ 54, 3 },
	{ 128, 384 },
	{ -1, -1 }
};

struct edma_rsv_info dm646x_evm_edma_rsv = {
	.rsv_chans	= dm646x_evm_rsv_chans,
	.rsv_slots	= dm646x_evm_rsv_slots,
};
