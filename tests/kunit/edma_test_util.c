// SPDX-License-Identifier: GPL-2.0
/*
 * Shared fixture of the EDMA private-API suites (see edma_test_util.h).
 */
#include <linux/ioport.h>
#include <linux/sizes.h>
#include <linux/string.h>

#include "edma-soc.h"
#include "edma_test_util.h"

struct board *et_board;
struct et_log et_log;

/* da850-evm: what the board file leaves to the DSP (hardware.md 7.4) */
static const s16 et_cc0_rsv_chans[][2] = {
	{ 8, 6 }, { 24, 4 }, { 30, 2 }, { -1, -1 }
};
static const s16 et_cc0_rsv_slots[][2] = {
	{ 8, 6 }, { 24, 4 }, { 30, 50 }, { -1, -1 }
};
static const s16 et_cc1_rsv_chans[][2] = {
	{ 0, 28 }, { 30, 2 }, { -1, -1 }
};
static const s16 et_cc1_rsv_slots[][2] = {
	{ 0, 28 }, { 30, 90 }, { -1, -1 }
};

struct edma_rsv_info et_da850_evm_rsv[2] = {
	{ .rsv_chans = et_cc0_rsv_chans, .rsv_slots = et_cc0_rsv_slots },
	{ .rsv_chans = et_cc1_rsv_chans, .rsv_slots = et_cc1_rsv_slots },
};

const struct resource et_da850_legacy_res[ET_DA850_LEGACY_NRES] = {
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
static struct et_buf et_bufs[ET_MAX_BUFS];
static unsigned int et_nbufs;

int et_setup_bare(const struct board_soc *soc)
{
	et_log_reset();
	et_nbufs = 0;
	et_board = board_create(soc);
	return et_board ? 0 : -ENOMEM;
}

int et_setup_da850(bool dsp)
{
	struct edma_rsv_info *rsv[2] = {
		&et_da850_evm_rsv[0], &et_da850_evm_rsv[1]
	};
	int ret;

	ret = et_setup_bare(&board_da850);
	if (ret)
		return ret;
	ret = da850_register_edma(dsp ? rsv : NULL);
	if (ret)
		et_teardown();
	return ret;
}

void et_teardown(void)
{
	unsigned int i;

	for (i = 0; i < et_nbufs; i++) {
		struct et_buf *b = &et_bufs[i];

		dma_free_coherent(NULL, b->size, b->cpu, b->dma);
		b->cpu = NULL;
	}
	et_nbufs = 0;
	board_destroy(et_board);
	et_board = NULL;
}

int et_init_da850(struct kunit *test)
{
	return et_setup_da850(false);
}

int et_init_da850_dsp(struct kunit *test)
{
	return et_setup_da850(true);
}

void et_exit(struct kunit *test)
{
	et_teardown();
}

struct edma3 *et_cc(unsigned int i)
{
	return et_board ? board_cc(et_board, i) : NULL;
}

void et_cb(unsigned int ch, u16 status, void *data)
{
	struct et_event *e;

	if (et_log.n >= ET_LOG_MAX)
		return;
	e = &et_log.ev[et_log.n++];
	e->ch = ch;
	e->status = status;
	e->data = data;
}

void et_log_reset(void)
{
	memset(&et_log, 0, sizeof(et_log));
}

unsigned int et_log_count(unsigned int ch, u16 status)
{
	unsigned int i, n = 0;

	for (i = 0; i < et_log.n; i++)
		n += et_log.ev[i].ch == ch && et_log.ev[i].status == status;
	return n;
}

u32 et_reg(unsigned int i, u32 offset)
{
	return edma3_peek(et_cc(i), offset);
}

bool et_bit(unsigned int i, u32 offset, unsigned int ch)
{
	return et_reg(i, offset + (ch >> 5) * 4) & BIT(ch & 31);
}

bool et_chbit(unsigned int i, u32 reg, unsigned int ch)
{
	return et_bit(i, EDMA3_GLOBAL + reg, ch);
}

unsigned int et_dmaqnum(unsigned int i, unsigned int ch)
{
	return (et_reg(i, EDMA3_DMAQNUM(ch >> 3)) >> ((ch & 7) * 4)) & 7;
}

void et_param(unsigned int i, unsigned int slot, u32 words[8])
{
	edma3_peek_param(et_cc(i), slot, words);
}

bool et_param_is_dummy(unsigned int i, unsigned int slot)
{
	static const u32 dummy[8] = { 0, 0, 0, 0, 0, 0xffff, 0, 1 };
	u32 w[8];

	et_param(i, slot, w);
	return !memcmp(w, dummy, sizeof(w));
}

void et_buf_fill(struct et_buf *b, u8 seed)
{
	size_t k;

	for (k = 0; k < b->size; k++)
		b->cpu[k] = (u8)(seed + k * 7 + (k >> 8));
}

bool et_buf_matches(const struct et_buf *b, size_t len, u8 seed)
{
	size_t k;

	for (k = 0; k < len; k++) {
		if (b->cpu[k] != (u8)(seed + k * 7 + (k >> 8)))
			return false;
	}
	return true;
}

bool et_buf_is_zero(const struct et_buf *b, size_t len)
{
	size_t k;

	for (k = 0; k < len; k++) {
		if (b->cpu[k])
			return false;
	}
	return true;
}

void et_buf_alloc(struct kunit *test, struct et_buf *b, size_t size,
		  u8 seed)
{
	KUNIT_ASSERT_LT(test, et_nbufs, (unsigned int)ET_MAX_BUFS);
	b->size = size;
	b->cpu = dma_alloc_coherent(NULL, size, &b->dma, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, b->cpu);
	et_bufs[et_nbufs++] = *b;
	et_buf_fill(b, seed);
}

void et_copy_param(struct edmacc_param *p, dma_addr_t src, dma_addr_t dst,
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

void et_program_copy(unsigned int slot, const struct et_buf *src,
		     const struct et_buf *dst, size_t len, unsigned int tcc)
{
	struct edmacc_param p;

	et_copy_param(&p, src->dma, dst->dma, len, 1, tcc);
	edma_write_slot(slot, &p);
}
