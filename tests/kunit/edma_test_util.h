/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shared fixture of the EDMA private-API suites: a simulated board with
 * its controllers registered, a log of channel callbacks, DMA buffers that
 * are released with the board, and shorthands for looking at the model's
 * registers and PaRAM without disturbing it.
 */
#ifndef _TESTS_KUNIT_EDMA_TEST_UTIL_H
#define _TESTS_KUNIT_EDMA_TEST_UTIL_H

#include <kunit/test.h>
#include <linux/dma-mapping.h>
#include <linux/ioport.h>
#include <linux/platform_data/edma.h>

#include "board.h"
#include "edma3_model.h"
#include "host.h"

/* ---- board ----------------------------------------------------------- */

/* The board of the running case (NULL between cases). */
extern struct board *edma_test_board;

/*
 * Build a DA850 and register both controllers through
 * da850_register_edma(), with the da850-evm DSP reservations of
 * hardware.md 7.4 when dsp is true.  Returns 0 or a negative errno.
 */
int edma_test_setup_da850(bool dsp);
/* Build a SoC and register nothing: the case registers what it needs. */
int edma_test_setup_bare(const struct board_soc *soc);
/* Free the case's DMA buffers, unregister every device, drop the board. */
void edma_test_teardown(void);

/* Ready-made suite init/exit callbacks. */
int edma_test_init_da850(struct kunit *test);
int edma_test_init_da850_dsp(struct kunit *test);
void edma_test_exit(struct kunit *test);

/* The da850-evm reservations, per controller. */
extern struct edma_rsv_info edma_test_da850_evm_rsv[2];
/*
 * The 3.x DA850 "edma" device's resources (both controllers and the three
 * TCs, named as 3.x named them); the TC entries come after the first five.
 */
#define ET_DA850_LEGACY_NRES	12
extern const struct resource edma_test_da850_legacy_res[ET_DA850_LEGACY_NRES];

/* Model of controller i. */
struct edma3 *edma_test_cc(unsigned int i);

/* Skip the running case if the harness cannot do cap (see host_can()). */
#define ET_REQUIRE(test, cap)						\
	do {								\
		if (!host_can(cap))					\
			kunit_skip(test, "not in this harness: %s", #cap); \
	} while (0)

/* Skip the running case if calls of that kind cannot be failed here. */
#define ET_REQUIRE_FAULT(test, kind)					\
	do {								\
		if (!host_can_fail(kind))				\
			kunit_skip(test, "no fault injection for kind %d " \
				   "in this harness", (int)(kind));	\
	} while (0)

/*
 * How far a fault walk (fail call 1, 2, ... until the operation works)
 * may go: in a kernel every slab allocation of the task counts, the
 * driver core's and the dmaengine core's too.
 */
#define ET_FAULT_WALK_MAX	1000

/* ---- callbacks --------------------------------------------------------- */

#define ET_LOG_MAX	128

struct edma_test_event {
	unsigned int ch;
	u16 status;
	void *data;
};

struct edma_test_log {
	unsigned int n;
	struct edma_test_event ev[ET_LOG_MAX];
};

/* Every edma_test_cb() call lands here; emptied before every case. */
extern struct edma_test_log edma_test_log;

void edma_test_cb(unsigned int ch, u16 status, void *data);
void edma_test_log_reset(void);
/* How many logged calls match (ch, status). */
unsigned int edma_test_log_count(unsigned int ch, u16 status);

/* ---- registers --------------------------------------------------------- */

/* A register of controller i, read through the model's backdoor. */
u32 edma_test_reg(unsigned int i, u32 offset);
/* Bit ch of a 64-bit pair whose low word is at offset (EMR, DRAE...). */
bool edma_test_bit(unsigned int i, u32 offset, unsigned int ch);
/* Bit ch of a channel register (EDMA3_IER...) in the global view. */
bool edma_test_chbit(unsigned int i, u32 reg, unsigned int ch);
/* The DMAQNUM field of channel ch. */
unsigned int edma_test_dmaqnum(unsigned int i, unsigned int ch);
/* PaRAM set of slot on controller i. */
void edma_test_param(unsigned int i, unsigned int slot, u32 words[8]);
/* Is the set of slot exactly the library's dummy set? */
bool edma_test_param_is_dummy(unsigned int i, unsigned int slot);

/* ---- memory ------------------------------------------------------------ */

struct edma_test_buf {
	u8 *cpu;
	dma_addr_t dma;
	size_t size;
};

/* A coherent buffer filled with a pattern derived from seed. */
void edma_test_buf_alloc(struct kunit *test, struct edma_test_buf *b, size_t size,
		  u8 seed);
/* Fill with the pattern of seed / check it. */
void edma_test_buf_fill(struct edma_test_buf *b, u8 seed);
bool edma_test_buf_matches(const struct edma_test_buf *b, size_t len, u8 seed);
bool edma_test_buf_is_zero(const struct edma_test_buf *b, size_t len);

/*
 * A one-trigger AB-synchronised copy of bcnt arrays of acnt bytes that
 * reports completion code tcc (TCINTEN) and links to NULL.
 */
void edma_test_copy_param(struct edmacc_param *p, dma_addr_t src, dma_addr_t dst,
		   u16 acnt, u16 bcnt, unsigned int tcc);

/* Fill slot (an owned handle) with such a copy. */
void edma_test_program_copy(unsigned int slot, const struct edma_test_buf *src,
		     const struct edma_test_buf *dst, size_t len, unsigned int tcc);

#endif /* _TESTS_KUNIT_EDMA_TEST_UTIL_H */
