// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit in UML: the dmaengine provider (drivers/dma/ti/edma-priv.c) under
 * the real dmaengine core, virt-dma, interrupt core and lockdep, on a
 * DA850 registered with its platform data (da850_register_edma(): the
 * SoC's dma_slave_map).  Consumers ask dma_request_chan() by name, as
 * davinci_mmc and edma-pcm do:
 *  - slave scatter-gather against the MMC FIFO model ("da830-mmc.0",
 *    channels 16/17): bytes, and the residue after every burst;
 *  - cyclic transmit against the McASP-like model ("davinci-mcasp.0",
 *    channel 1): the words played, one callback per period, the residue
 *    against what the port took, and nothing moves after terminate.
 */
#include <kunit/test.h>
#include <linux/dmaengine.h>
#include <linux/err.h>
#include <linux/platform_device.h>
#include <linux/scatterlist.h>
#include <linux/slab.h>

#include "edma_test_util.h"
#include "mcasp_model.h"
#include "mmc_model.h"

#define EUD_MMC_RX	16
#define EUD_MMC_TX	17
#define EUD_MMC_DATA	(0x01c40000 + 0x28)	/* MMCSD0 FIFO window */
#define EUD_THR		32			/* bytes per MMC event */
#define EUD_BLOCK	512
#define EUD_BLOCKS	64
#define EUD_SEGS	5

#define EUD_ASP_TX	1
#define EUD_ASP_PORT	0x01d02000		/* McASP0 DMA data port */
#define EUD_WORD	4
#define EUD_NUMEVT	4			/* words per request */
#define EUD_PERIOD	256			/* bytes */
#define EUD_PERIODS	4
#define EUD_PLAY	(EUD_PERIOD * EUD_PERIODS * 3)	/* bytes kept */

struct eud_ctx {
	struct platform_device *mmc_pdev;
	struct platform_device *asp_pdev;
	struct mmc_model *card;
	struct mcasp_model *asp;
	unsigned int done;
	unsigned int periods;
	struct dmaengine_result res;
	u8 played[EUD_PLAY];
	u32 nplayed;
};

static struct eud_ctx *eud;

static void eud_sink(void *ctx, const u8 *data, u32 len)
{
	u32 n = min_t(u32, len, EUD_PLAY - eud->nplayed);

	memcpy(eud->played + eud->nplayed, data, n);
	eud->nplayed += n;
}

static int eud_init(struct kunit *test)
{
	struct mmc_model_config mc = {
		.rx_event = EUD_MMC_RX,
		.tx_event = EUD_MMC_TX,
		.data_port = EUD_MMC_DATA,
		.fifo_bytes = 2 * EUD_THR,
		.rw_threshold = EUD_THR,
		.block_size = EUD_BLOCK,
		.nblocks = EUD_BLOCKS,
	};
	struct mcasp_model_config ac = {
		.tx_event = EUD_ASP_TX,
		.rx_event = MCASP_NO_EVENT,
		.data_port = EUD_ASP_PORT,
		.word_bytes = EUD_WORD,
		.fifo_words = 2 * EUD_NUMEVT,
		.numevt = EUD_NUMEVT,
		.rate_hz = 48000,
		.tx_sink = eud_sink,
	};
	int ret;

	eud = kunit_kzalloc(test, sizeof(*eud), GFP_KERNEL);
	if (!eud)
		return -ENOMEM;
	ret = edma_test_setup_da850(false);
	if (ret)
		return ret;
	/* the consumers' devices: the slave map names them */
	eud->mmc_pdev = host_platform_device_create("da830-mmc", 0, NULL, 0,
						    NULL, 0);
	eud->asp_pdev = host_platform_device_create("davinci-mcasp", 0, NULL,
						    0, NULL, 0);
	if (IS_ERR(eud->mmc_pdev) || IS_ERR(eud->asp_pdev))
		return -ENODEV;
	mc.cc = edma_test_cc(0);
	ac.cc = edma_test_cc(0);
	eud->card = mmc_model_create(edma_test_board->bus, &mc);
	eud->asp = mcasp_model_create(edma_test_board->bus, &ac);
	return eud->card && eud->asp ? 0 : -ENOMEM;
}

static void eud_exit(struct kunit *test)
{
	if (eud && eud->card)
		mmc_model_destroy(eud->card);
	if (eud && eud->asp)
		mcasp_model_destroy(eud->asp);
	/* the board's teardown unregisters the consumers' devices */
	edma_test_exit(test);
}

static void eud_done(void *param, const struct dmaengine_result *res)
{
	eud->done++;
	eud->res = *res;
}

static void eud_period(void *param)
{
	eud->periods++;
}

static struct dma_chan *eud_mmc_chan(struct kunit *test, const char *name)
{
	struct dma_slave_config cfg = {
		.src_addr = EUD_MMC_DATA,
		.dst_addr = EUD_MMC_DATA,
		.src_addr_width = DMA_SLAVE_BUSWIDTH_4_BYTES,
		.dst_addr_width = DMA_SLAVE_BUSWIDTH_4_BYTES,
		.src_maxburst = EUD_THR / 4,
		.dst_maxburst = EUD_THR / 4,
	};
	struct dma_chan *chan = dma_request_chan(&eud->mmc_pdev->dev, name);

	KUNIT_ASSERT_FALSE(test, IS_ERR(chan));
	KUNIT_ASSERT_EQ(test, dmaengine_slave_config(chan, &cfg), 0);
	return chan;
}

/* len bytes of buf in EUD_SEGS segments of whole events, with gaps. */
static void eud_shape(struct scatterlist *sg, const struct edma_test_buf *buf,
		      u32 len)
{
	u32 units = len / EUD_THR, per = units / EUD_SEGS, off = 0;
	unsigned int i;

	sg_init_table(sg, EUD_SEGS);
	for (i = 0; i < EUD_SEGS; i++) {
		u32 u = i == EUD_SEGS - 1 ? units - per * (EUD_SEGS - 1) : per;

		sg_dma_address(&sg[i]) = buf->dma + off;
		sg_dma_len(&sg[i]) = u * EUD_THR;
		off += u * EUD_THR + 4 * (i + 1);
	}
}

static bool eud_sg_matches(const struct edma_test_buf *buf, struct scatterlist *sg,
			   const u8 *want)
{
	unsigned int i;

	for (i = 0; i < EUD_SEGS; i++) {
		if (memcmp(buf->cpu + (sg_dma_address(&sg[i]) - buf->dma),
			   want, sg_dma_len(&sg[i])))
			return false;
		want += sg_dma_len(&sg[i]);
	}
	return true;
}

/*
 * Step the card one event at a time until the callback ran and the card
 * has stored what it got; after every step the residue is what the DMA
 * has not moved yet, to the byte.
 */
static void eud_card_run(struct kunit *test, struct dma_chan *chan,
			 dma_cookie_t cookie, u32 len, bool write)
{
	const struct mmc_model_stats *st = mmc_model_stats(eud->card);
	struct dma_tx_state ts;
	unsigned int guard = 0, bad = 0;
	u64 moved;

	while ((!eud->done || mmc_model_busy(eud->card)) && guard++ < 10000) {
		mmc_model_step(eud->card, EUD_THR);
		if (dmaengine_tx_status(chan, cookie, &ts) == DMA_IN_PROGRESS) {
			moved = write ? st->dma_bytes_in : st->dma_bytes_out;
			if (ts.residue != len - moved && bad++ < 3)
				KUNIT_FAIL(test, "residue %u after %llu of %u bytes",
					   ts.residue, moved, len);
		}
		host_irq_poll();
	}
	KUNIT_EXPECT_EQ(test, eud->done, 1u);
	KUNIT_EXPECT_EQ(test, eud->res.result, DMA_TRANS_NOERROR);
	KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie, &ts),
			DMA_COMPLETE);
	KUNIT_EXPECT_EQ(test, ts.residue, 0u);
	KUNIT_EXPECT_EQ(test, st->bad_accesses, 0ull);
}

static void eud_card_fill(u32 seed)
{
	u8 *s = mmc_model_storage(eud->card);
	unsigned int i;

	for (i = 0; i < EUD_BLOCK * EUD_BLOCKS; i++) {
		seed = seed * 1103515245 + 12345;
		s[i] = seed >> 16;
	}
}

static dma_cookie_t eud_submit(struct kunit *test,
			       struct dma_async_tx_descriptor *tx)
{
	dma_cookie_t cookie;

	KUNIT_ASSERT_NOT_NULL(test, tx);
	tx->callback_result = eud_done;
	cookie = dmaengine_submit(tx);
	KUNIT_ASSERT_GT(test, cookie, 0);
	return cookie;
}

/* A 16-block read into five scattered segments. */
static void eud_mmc_read_sg(struct kunit *test)
{
	const u32 len = 16 * EUD_BLOCK;
	struct dma_chan *chan = eud_mmc_chan(test, "rx");
	struct dma_async_tx_descriptor *tx;
	struct scatterlist sg[EUD_SEGS];
	struct dma_tx_state ts;
	const u8 *want;
	dma_cookie_t cookie;
	struct edma_test_buf buf;

	/* the library gave the provider exactly that channel */
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(EDMA_CTLR_CHAN(0, EUD_MMC_RX),
						 NULL, NULL, EVENTQ_DEFAULT),
			-EBUSY);
	eud_card_fill(7);
	edma_test_buf_alloc(test, &buf, len + 64, 0);
	memset(buf.cpu, 0, buf.size);
	eud_shape(sg, &buf, len);
	tx = dmaengine_prep_slave_sg(chan, sg, EUD_SEGS, DMA_DEV_TO_MEM,
				     DMA_PREP_INTERRUPT);
	cookie = eud_submit(test, tx);
	/* (virt-dma finds only issued descriptors: no residue before) */
	dma_async_issue_pending(chan);
	KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie, &ts),
			DMA_IN_PROGRESS);
	KUNIT_EXPECT_EQ(test, ts.residue, len);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(eud->card, false, 2, 16), 0);
	eud_card_run(test, chan, cookie, len, false);
	want = mmc_model_storage(eud->card) + 2 * EUD_BLOCK;
	KUNIT_EXPECT_TRUE(test, eud_sg_matches(&buf, sg, want));
	KUNIT_EXPECT_EQ(test, mmc_model_stats(eud->card)->dma_bytes_out,
			(u64)len);
	dmaengine_terminate_sync(chan);
	dma_release_channel(chan);
}

/* A 12-block write from five scattered segments. */
static void eud_mmc_write_sg(struct kunit *test)
{
	const u32 len = 12 * EUD_BLOCK;
	struct dma_chan *chan = eud_mmc_chan(test, "tx");
	struct dma_async_tx_descriptor *tx;
	struct scatterlist sg[EUD_SEGS];
	dma_cookie_t cookie;
	struct edma_test_buf buf;
	u8 *want;
	unsigned int i, off = 0;

	edma_test_buf_alloc(test, &buf, len + 64, 0x3c);
	eud_shape(sg, &buf, len);
	want = kunit_kzalloc(test, len, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, want);
	for (i = 0; i < EUD_SEGS; i++) {
		memcpy(want + off, buf.cpu + (sg_dma_address(&sg[i]) - buf.dma),
		       sg_dma_len(&sg[i]));
		off += sg_dma_len(&sg[i]);
	}
	tx = dmaengine_prep_slave_sg(chan, sg, EUD_SEGS, DMA_MEM_TO_DEV,
				     DMA_PREP_INTERRUPT);
	cookie = eud_submit(test, tx);
	dma_async_issue_pending(chan);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(eud->card, true, 5, 12), 0);
	eud_card_run(test, chan, cookie, len, true);
	KUNIT_EXPECT_EQ(test, memcmp(mmc_model_storage(eud->card) +
				     5 * EUD_BLOCK, want, len), 0);
	dmaengine_terminate_sync(chan);
	dma_release_channel(chan);
}

/*
 * Cyclic playback of four periods: every word played is the buffer's,
 * in order and around the ring; one callback per period the port took;
 * the residue is what is left of the pass the port is in.
 */
static void eud_mcasp_cyclic(struct kunit *test)
{
	const u32 len = EUD_PERIOD * EUD_PERIODS;
	struct dma_slave_config cfg = {
		.dst_addr = EUD_ASP_PORT,
		.dst_addr_width = DMA_SLAVE_BUSWIDTH_4_BYTES,
		.dst_maxburst = EUD_NUMEVT,
	};
	const struct mcasp_model_stats *st = mcasp_model_stats(eud->asp);
	struct dma_async_tx_descriptor *tx;
	struct dma_tx_state ts;
	struct dma_chan *chan;
	dma_cookie_t cookie;
	struct edma_test_buf buf;
	unsigned int i, bad = 0;
	u64 taken;

	chan = dma_request_chan(&eud->asp_pdev->dev, "tx");
	KUNIT_ASSERT_FALSE(test, IS_ERR(chan));
	KUNIT_ASSERT_EQ(test, dmaengine_slave_config(chan, &cfg), 0);
	edma_test_buf_alloc(test, &buf, len, 0x11);
	tx = dmaengine_prep_dma_cyclic(chan, buf.dma, len, EUD_PERIOD,
				       DMA_MEM_TO_DEV, DMA_PREP_INTERRUPT);
	KUNIT_ASSERT_NOT_NULL(test, tx);
	tx->callback = eud_period;
	cookie = dmaengine_submit(tx);
	dma_async_issue_pending(chan);
	mcasp_model_enable(eud->asp, true, false);
	host_irq_poll();

	for (i = 0; i < EUD_PLAY / EUD_WORD; i++) {
		mcasp_model_tick(eud->asp, 1);
		host_irq_poll();
		taken = st->dma_bytes_in;
		KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie, &ts),
				DMA_IN_PROGRESS);
		if (ts.residue != len - taken % len && bad++ < 3)
			KUNIT_FAIL(test, "residue %u after %llu bytes taken",
				   ts.residue, taken);
		if (eud->periods != taken / EUD_PERIOD && bad++ < 3)
			KUNIT_FAIL(test, "%u period callbacks after %llu bytes",
				   eud->periods, taken);
	}
	KUNIT_EXPECT_EQ(test, st->underruns, 0ull);
	KUNIT_EXPECT_EQ(test, st->bad_accesses, 0ull);
	KUNIT_ASSERT_EQ(test, eud->nplayed, (u32)EUD_PLAY);
	for (i = 0; i < EUD_PLAY; i += len)
		KUNIT_EXPECT_EQ(test, memcmp(eud->played + i, buf.cpu, len), 0);
	KUNIT_EXPECT_GE(test, eud->periods, 3u * EUD_PERIODS);

	/* stopped: the port starves, the DMA takes nothing more */
	KUNIT_EXPECT_EQ(test, dmaengine_terminate_sync(chan), 0);
	taken = st->dma_bytes_in;
	mcasp_model_tick(eud->asp, 64);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, st->dma_bytes_in, taken);
	KUNIT_EXPECT_GT(test, st->underruns, 0ull);
	mcasp_model_enable(eud->asp, false, false);
	dma_release_channel(chan);
}

static struct kunit_case eud_cases[] = {
	KUNIT_CASE(eud_mmc_read_sg),
	KUNIT_CASE(eud_mmc_write_sg),
	KUNIT_CASE(eud_mcasp_cyclic),
	{}
};

static struct kunit_suite eud_suite = {
	.name = "edma_uml_dmaengine",
	.init = eud_init,
	.exit = eud_exit,
	.test_cases = eud_cases,
};

kunit_test_suite(eud_suite);
