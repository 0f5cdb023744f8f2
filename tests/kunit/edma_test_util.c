// SPDX-License-Identifier: GPL-2.0
/*
 * Shared fixture of the EDMA private-API suites (see edma_test_util.h).
 */
#include <linux/ioport.h>
#include <linux/sizes.h>
#include <linux/string.h>

#include "edma-soc.h"
#include "edma_test_util.h"

struct board *edma_test_board;
struct edma_test_log edma_test_log;

/* da850-evm: what the board file leaves to the DSP (hardware.md 7.4) */
static const s16 edma_test_cc0_rsv_chans[][2] = {
	{ 8, 6 }, { 24, 4 }, { 30, 2 }, { -1, -1 }
};
static const s16 edma_test_cc0_rsv_slots[][2] = {
	{ 8, 6 }, { 24, 4 }, { 30, 50 }, { -1, -1 }
};
static const s16 edma_test_cc1_rsv_chans[][2] = {
	{ 0, 28 }, { 30, 2 }, { -1, -1 }
};
static const s16 edma_test_cc1_rsv_slots[][2] = {
	{ 0, 28 }, { 30, 90 }, { -1, -1 }
};

struct edma_rsv_info edma_test_da850_evm_rsv[2] = {
	{ .rsv_chans = edma_test_cc0_rsv_chans, .rsv_slots = edma_test_cc0_rsv_slots },
	{ .rsv_chans = edma_test_cc1_rsv_chans, .rsv_slots = edma_test_cc1_rsv_slots },
};

const struct resource edma_test_da850_legacy_res[ET_DA850_LEGACY_NRES] = {
	DEFINE_RES_MEM_NAMED(DA8XX_EDMA_CC0_BASE, SZ_32K, "edma_cc0"),
	DEFINE_RES_MEM_NAMED(DA8XX_EDMA_TC0_BASE, SZ_1K, "edma_tc0"),
	DEFINE_RES_MEM_NAMED(DA8XX_EDMA_TC1_BASE, SZ_1K, "edma_tc1"),
	DEFINE_RES_MEM_NAMED(DA850_EDMA_CC1_BASE, SZ_32K, "edma_cc1"),
	DEFINE_RES_MEM_NAMED(DA850_EDMA_TC2_BASE, SZ_1K, "edma_tc2"),
	DEFINE_RES_IRQ_NAMED(DA8XX_EDMA_IRQ_CCINT0, "edma0"),
	DEFINE_RES_IRQ_NAMED(DA8XX_EDMA_IRQ_CCERRINT, "edma0_err"),
	DEFINE_RES_IRQ_NAMED(DA850_EDMA_IRQ_CCINT1, "edma1"),
	DEFINE_RES_IRQ_NAMED(DA850_EDMA_IRQ_CCERR1, "edma1_err"),
	DEFINE_RES_IRQ_NAMED(DA8XX_EDMA_IRQ_TCERR0, "edma_tc0_err"),
	DEFINE_RES_IRQ_NAMED(DA8XX_EDMA_IRQ_TCERR1, "edma_tc1_err"),
	DEFINE_RES_IRQ_NAMED(DA850_EDMA_IRQ_TCERR2, "edma_tc2_err"),
};

/* Buffers live until the case ends; the fixture frees them. */
#define ET_MAX_BUFS	32
static struct edma_test_buf edma_test_bufs[ET_MAX_BUFS];
static unsigned int edma_test_nbufs;

int edma_test_setup_bare(const struct board_soc *soc)
{
	edma_test_log_reset();
	edma_test_nbufs = 0;
	edma_test_board = board_create(soc);
	return edma_test_board ? 0 : -ENOMEM;
}

int edma_test_setup_da850(bool dsp)
{
	struct edma_rsv_info *rsv[2] = {
		&edma_test_da850_evm_rsv[0], &edma_test_da850_evm_rsv[1]
	};
	int ret;

	ret = edma_test_setup_bare(&board_da850);
	if (ret)
		return ret;
	ret = da850_register_edma(dsp ? rsv : NULL);
	if (ret)
		edma_test_teardown();
	return ret;
}

void edma_test_teardown(void)
{
	unsigned int i;

	for (i = 0; i < edma_test_nbufs; i++) {
		struct edma_test_buf *b = &edma_test_bufs[i];

		dma_free_coherent(NULL, b->size, b->cpu, b->dma);
		b->cpu = NULL;
	}
	edma_test_nbufs = 0;
	board_destroy(edma_test_board);
	edma_test_board = NULL;
}

int edma_test_init_da850(struct kunit *test)
{
	return edma_test_setup_da850(false);
}

int edma_test_init_da850_dsp(struct kunit *test)
{
	return edma_test_setup_da850(true);
}

void edma_test_exit(struct kunit *test)
{
	edma_test_teardown();
}

struct edma3 *edma_test_cc(unsigned int i)
{
	return edma_test_board ? board_cc(edma_test_board, i) : NULL;
}

void edma_test_cb(unsigned int ch, u16 status, void *data)
{
	struct edma_test_event *e;

	if (edma_test_log.n >= ET_LOG_MAX)
		return;
	e = &edma_test_log.ev[edma_test_log.n++];
	e->ch = ch;
	e->status = status;
	e->data = data;
}

void edma_test_log_reset(void)
{
	memset(&edma_test_log, 0, sizeof(edma_test_log));
}

unsigned int edma_test_log_count(unsigned int ch, u16 status)
{
	unsigned int i, n = 0;

	for (i = 0; i < edma_test_log.n; i++)
		n += edma_test_log.ev[i].ch == ch && edma_test_log.ev[i].status == status;
	return n;
}

u32 edma_test_reg(unsigned int i, u32 offset)
{
	return edma3_peek(edma_test_cc(i), offset);
}

bool edma_test_bit(unsigned int i, u32 offset, unsigned int ch)
{
	return edma_test_reg(i, offset + (ch >> 5) * 4) & BIT(ch & 31);
}

bool edma_test_chbit(unsigned int i, u32 reg, unsigned int ch)
{
	return edma_test_bit(i, EDMA3_GLOBAL + reg, ch);
}

unsigned int edma_test_dmaqnum(unsigned int i, unsigned int ch)
{
	return (edma_test_reg(i, EDMA3_DMAQNUM(ch >> 3)) >> ((ch & 7) * 4)) & 7;
}

void edma_test_param(unsigned int i, unsigned int slot, u32 words[8])
{
	edma3_peek_param(edma_test_cc(i), slot, words);
}

bool edma_test_param_is_dummy(unsigned int i, unsigned int slot)
{
	static const u32 dummy[8] = { 0, 0, 0, 0, 0, 0xffff, 0, 1 };
	u32 w[8];

	edma_test_param(i, slot, w);
	return !memcmp(w, dummy, sizeof(w));
}

void edma_test_buf_fill(struct edma_test_buf *b, u8 seed)
{
	size_t k;

	for (k = 0; k < b->size; k++)
		b->cpu[k] = (u8)(seed + k * 7 + (k >> 8));
}

bool edma_test_buf_matches(const struct edma_test_buf *b, size_t len, u8 seed)
{
	size_t k;

	for (k = 0; k < len; k++) {
		if (b->cpu[k] != (u8)(seed + k * 7 + (k >> 8)))
			return false;
	}
	return true;
}

bool edma_test_buf_is_zero(const struct edma_test_buf *b, size_t len)
{
	size_t k;

	for (k = 0; k < len; k++) {
		if (b->cpu[k])
			return false;
	}
	return true;
}

void edma_test_buf_alloc(struct kunit *test, struct edma_test_buf *b, size_t size,
		  u8 seed)
{
	KUNIT_ASSERT_LT(test, edma_test_nbufs, (unsigned int)ET_MAX_BUFS);
	b->size = size;
	b->cpu = dma_alloc_coherent(NULL, size, &b->dma, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, b->cpu);
	edma_test_bufs[edma_test_nbufs++] = *b;
	edma_test_buf_fill(b, seed);
}

void edma_test_copy_param(struct edmacc_param *p, dma_addr_t src, dma_addr_t dst,
		   u16 acnt, u16 bcnt, unsigned int tcc)
{
	memset(p, 0, sizeof(*p));
	p->opt = TCINTEN | EDMA_TCC(tcc) | SYNCDIM;
	p->src = src;
	p->dst = dst;
	p->a_b_cnt = (u32)bcnt << 16 | acnt;
	p->src_dst_bidx = (u32)acnt << 16 | acnt;
	p->link_bcntrld = 0xffff;
	p->ccnt = 1;
}

void edma_test_program_copy(unsigned int slot, const struct edma_test_buf *src,
		     const struct edma_test_buf *dst, size_t len, unsigned int tcc)
{
	struct edmacc_param p;

	edma_test_copy_param(&p, src->dma, dst->dma, len, 1, tcc);
	edma_write_slot(slot, &p);
}
