// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: the dmaengine provider (drivers/dma/ti/edma-priv.c) on the
 * library, on a DA850 CC0 described by tests/dmaengine/da850-dmaengine.dts:
 * memcpy on the memcpy channels, slave scatter-gather and cyclic transfers
 * against the MMC model on channels 16/17 found through of_dma, and a
 * direct library user next to the dmaengine user.
 */
#include <kunit/test.h>
#include <linux/dmaengine.h>
#include <linux/err.h>
#include <linux/of.h>
#include <linux/of_platform.h>
#include <linux/platform_device.h>
#include <linux/scatterlist.h>

#include "edma_test_util.h"
#include "host_net.h"
#include "mmc_model.h"

#define DE_RX_CH	16
#define DE_TX_CH	17
#define DE_PORT		0x01c40000
#define DE_DATA		(DE_PORT + 0x28)	/* the FIFO window */
#define DE_THR		32			/* bytes per event */
#define DE_BLOCK	512
#define DE_BLOCKS	256
#define DE_MAX_SG	64

struct de_ctx {
	struct mmc_model *card;
	struct device *mmc;
	unsigned int done;
	unsigned int periods;
	struct dmaengine_result res;
};

static struct de_ctx de;

static int de_init(struct kunit *test)
{
	struct mmc_model_config cfg = {
		.rx_event = DE_RX_CH,
		.tx_event = DE_TX_CH,
		.data_port = DE_DATA,
		.fifo_bytes = 2 * DE_THR,
		.rw_threshold = DE_THR,
		.block_size = DE_BLOCK,
		.nblocks = DE_BLOCKS,
	};
	struct platform_device *pdev;
	struct device_node *np;
	int ret;

	memset(&de, 0, sizeof(de));
	ret = edma_test_setup_bare(&board_da850);
	if (ret)
		return ret;
	ret = host_of_load_dts_file("tests/dmaengine/da850-dmaengine.dts");
	if (!ret)
		ret = host_of_platform_populate();
	if (ret)
		return ret;
	np = of_find_node_by_path("/mmc@1c40000");
	pdev = np ? of_find_device_by_node(np) : NULL;
	of_node_put(np);
	if (!pdev)
		return -ENODEV;
	put_device(&pdev->dev);
	de.mmc = &pdev->dev;
	cfg.cc = edma_test_cc(0);
	de.card = mmc_model_create(edma_test_board->bus, &cfg);
	return de.card ? 0 : -ENOMEM;
}

static void de_exit(struct kunit *test)
{
	mmc_model_destroy(de.card);
	de.card = NULL;
	host_of_unload();
	edma_test_exit(test);
}

static void de_done(void *param, const struct dmaengine_result *res)
{
	de.done++;
	de.res = *res;
}

static void de_period(void *param)
{
	de.periods++;
}

/* Interrupts, then the virt-dma tasklets. */
static void de_run(void)
{
	host_irq_poll();
	host_softirq_run(64);
}

static struct dma_chan *de_memcpy_chan(struct kunit *test)
{
	struct dma_chan *chan = host_dma_request_cap(DMA_MEMCPY);

	KUNIT_ASSERT_NOT_NULL(test, chan);
	return chan;
}

static struct dma_chan *de_slave_chan(struct kunit *test, const char *name,
				      u32 burst)
{
	struct dma_slave_config cfg = {
		.src_addr = DE_DATA,
		.dst_addr = DE_DATA,
		.src_addr_width = DMA_SLAVE_BUSWIDTH_4_BYTES,
		.dst_addr_width = DMA_SLAVE_BUSWIDTH_4_BYTES,
		.src_maxburst = burst,
		.dst_maxburst = burst,
	};
	struct dma_chan *chan = dma_request_chan(de.mmc, name);

	KUNIT_ASSERT_FALSE(test, IS_ERR(chan));
	KUNIT_ASSERT_EQ(test, dmaengine_slave_config(chan, &cfg), 0);
	return chan;
}

static dma_cookie_t de_submit(struct kunit *test,
			      struct dma_async_tx_descriptor *tx)
{
	dma_cookie_t cookie;

	KUNIT_ASSERT_NOT_NULL(test, tx);
	tx->callback_result = de_done;
	cookie = dmaengine_submit(tx);
	KUNIT_ASSERT_GT(test, cookie, 0);
	return cookie;
}

/* Split len bytes of buf into n segments of whole events, with gaps. */
static unsigned int de_shape(struct scatterlist *sg, const struct edma_test_buf *buf,
			     u32 len, unsigned int n)
{
	u32 units = len / DE_THR, per = units / n, off = 0;
	unsigned int i;

	sg_init_table(sg, n);
	for (i = 0; i < n; i++) {
		u32 u = i == n - 1 ? units - per * (n - 1) : per;

		sg[i].dma_address = buf->dma + off;
		sg[i].dma_length = u * DE_THR;
		off += u * DE_THR + 4 * (i % 3);
	}
	return n;
}

static bool de_sg_matches(const struct edma_test_buf *buf, struct scatterlist *sg,
			  unsigned int n, const u8 *want)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		if (memcmp(buf->cpu + (sg[i].dma_address - buf->dma), want,
			   sg[i].dma_length))
			return false;
		want += sg[i].dma_length;
	}
	return true;
}

/* Step the card until it is done and the callback ran (or give up). */
static void de_card_run(unsigned int done)
{
	unsigned int guard = 0;

	while ((mmc_model_busy(de.card) || de.done == done) &&
	       guard++ < 100000) {
		mmc_model_step(de.card, 2 * DE_THR);
		de_run();
	}
}

static void de_fill_card(u32 seed)
{
	u8 *s = mmc_model_storage(de.card);
	unsigned int i;

	for (i = 0; i < DE_BLOCK * DE_BLOCKS; i++) {
		seed = seed * 1103515245 + 12345;
		s[i] = seed >> 16;
	}
}

/* ---- memcpy -------------------------------------------------------------- */

static void de_memcpy_copies_bytes(struct kunit *test)
{
	/* 100000 bytes: six 16 KiB arrays chained to a 1696-byte rest */
	static const size_t lens[] = { 4, 4096, 65535, 100000 };
	struct dma_chan *chan = de_memcpy_chan(test);
	struct dma_tx_state st;
	struct edma_test_buf src, dst;
	dma_cookie_t cookie;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(lens); i++) {
		edma_test_buf_alloc(test, &src, lens[i], (u8)(i + 3));
		edma_test_buf_alloc(test, &dst, lens[i], 0);
		memset(dst.cpu, 0, lens[i]);
		cookie = de_submit(test, dmaengine_prep_dma_memcpy(chan,
				dst.dma, src.dma, lens[i], DMA_PREP_INTERRUPT));
		KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie, &st),
				DMA_IN_PROGRESS);
		dma_async_issue_pending(chan);
		de_run();
		KUNIT_EXPECT_EQ(test, de.done, i + 1);
		KUNIT_EXPECT_EQ(test, de.res.result, DMA_TRANS_NOERROR);
		KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, lens[i],
						       (u8)(i + 3)));
		KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie, &st),
				DMA_COMPLETE);
		KUNIT_EXPECT_EQ(test, st.residue, 0u);
	}
	dma_release_channel(chan);
}

/* Descriptors issued together complete in order, one callback each. */
static void de_memcpy_queue_in_order(struct kunit *test)
{
	struct dma_chan *chan = de_memcpy_chan(test);
	struct edma_test_buf src[4], dst[4];
	dma_cookie_t cookie[4];
	unsigned int i;

	for (i = 0; i < 4; i++) {
		edma_test_buf_alloc(test, &src[i], 1024, (u8)(0x40 + i));
		edma_test_buf_alloc(test, &dst[i], 1024, 0);
		memset(dst[i].cpu, 0, 1024);
		cookie[i] = de_submit(test, dmaengine_prep_dma_memcpy(chan,
				dst[i].dma, src[i].dma, 1024,
				DMA_PREP_INTERRUPT));
	}
	dma_async_issue_pending(chan);
	de_run();
	KUNIT_EXPECT_EQ(test, de.done, 4u);
	for (i = 0; i < 4; i++) {
		KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst[i], 1024,
						       (u8)(0x40 + i)));
		KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie[i], NULL),
				DMA_COMPLETE);
	}
	dma_release_channel(chan);
}

/*
 * Without DMA_PREP_INTERRUPT a copy raises no interrupt: tx_status()
 * sees it done and completes it, then starts the next (dma_sync_wait(),
 * dmatest's polled=1).  Two sets (a 16 KiB array chained to a rest),
 * then a single one.
 */
static void de_memcpy_polled(struct kunit *test)
{
	static const size_t lens[] = { 100000, 4096 };
	struct dma_chan *chan = de_memcpy_chan(test);
	struct host_irq_stats irq;
	struct edma_test_buf src[2], dst[2];
	struct dma_tx_state st;
	dma_cookie_t cookie[2];
	unsigned int i;

	for (i = 0; i < 2; i++) {
		edma_test_buf_alloc(test, &src[i], lens[i], (u8)(0x51 + i));
		edma_test_buf_alloc(test, &dst[i], lens[i], 0);
		memset(dst[i].cpu, 0, lens[i]);
		cookie[i] = de_submit(test, dmaengine_prep_dma_memcpy(chan,
				dst[i].dma, src[i].dma, lens[i], 0));
	}
	host_irq_reset_stats();
	dma_async_issue_pending(chan);
	de_run();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst[0], lens[0], 0x51));
	KUNIT_EXPECT_EQ(test, de.done, 0u);
	/* the second waits behind the first until someone polls */
	KUNIT_EXPECT_TRUE(test, edma_test_buf_is_zero(&dst[1], lens[1]));
	KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie[1], &st),
			DMA_IN_PROGRESS);
	KUNIT_EXPECT_EQ(test, st.residue, (u32)lens[1]);

	KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie[0], &st),
			DMA_COMPLETE);
	KUNIT_EXPECT_EQ(test, st.residue, 0u);
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst[1], lens[1], 0x52));
	KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie[1], &st),
			DMA_COMPLETE);
	KUNIT_EXPECT_EQ(test, st.residue, 0u);
	de_run();
	KUNIT_EXPECT_EQ(test, de.done, 2u);
	KUNIT_EXPECT_EQ(test, de.res.result, DMA_TRANS_NOERROR);
	/* no completion interrupt at all */
	host_irq_get_stats(board_da850.cc[0].irq_ccint, &irq);
	KUNIT_EXPECT_EQ(test, irq.raised, (u64)0);
	dma_release_channel(chan);
}

/* Slave channels cannot memcpy; memcpy channels take no slave config use. */
static void de_memcpy_only_on_memcpy_channels(struct kunit *test)
{
	struct dma_chan *rx = de_slave_chan(test, "rx", 8);

	KUNIT_EXPECT_NULL(test, dmaengine_prep_dma_memcpy(rx, 0xc0000000,
							  0xc0001000, 64, 0));
	dma_release_channel(rx);
}

/* ---- slave scatter-gather ------------------------------------------------ */

/* Read 64 KiB from the card in 40 segments: more sets than slots. */
static void de_sg_read_refills(struct kunit *test)
{
	const u32 len = 128 * DE_BLOCK;
	struct dma_chan *chan = de_slave_chan(test, "rx", DE_THR / 4);
	struct scatterlist sg[DE_MAX_SG];
	struct dma_tx_state st;
	dma_cookie_t cookie;
	struct edma_test_buf buf;
	unsigned int n;

	de_fill_card(7);
	edma_test_buf_alloc(test, &buf, len + DE_MAX_SG * 8, 0);
	memset(buf.cpu, 0, buf.size);
	n = de_shape(sg, &buf, len, 40);
	cookie = de_submit(test, dmaengine_prep_slave_sg(chan, sg, n,
			DMA_DEV_TO_MEM, DMA_PREP_INTERRUPT));
	dma_async_issue_pending(chan);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(de.card, false, 0, 128), 0);
	de_card_run(0);
	KUNIT_EXPECT_EQ(test, de.done, 1u);
	KUNIT_EXPECT_EQ(test, de.res.result, DMA_TRANS_NOERROR);
	KUNIT_EXPECT_TRUE(test, de_sg_matches(&buf, sg, n,
					      mmc_model_storage(de.card)));
	KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie, &st),
			DMA_COMPLETE);
	KUNIT_EXPECT_EQ(test, mmc_model_stats(de.card)->bad_accesses, 0u);
	dma_release_channel(chan);
}

static void de_sg_write(struct kunit *test)
{
	const u32 len = 32 * DE_BLOCK;
	struct dma_chan *chan = de_slave_chan(test, "tx", DE_THR / 4);
	struct scatterlist sg[DE_MAX_SG];
	struct edma_test_buf buf;
	unsigned int n;

	edma_test_buf_alloc(test, &buf, len + DE_MAX_SG * 8, 0x5a);
	n = de_shape(sg, &buf, len, 25);
	de_submit(test, dmaengine_prep_slave_sg(chan, sg, n, DMA_MEM_TO_DEV,
						DMA_PREP_INTERRUPT));
	dma_async_issue_pending(chan);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(de.card, true, 8, 32), 0);
	de_card_run(0);
	KUNIT_EXPECT_EQ(test, de.done, 1u);
	KUNIT_EXPECT_TRUE(test, de_sg_matches(&buf, sg, n,
			mmc_model_storage(de.card) + 8 * DE_BLOCK));
	KUNIT_EXPECT_EQ(test, mmc_model_stats(de.card)->bad_accesses, 0u);
	dma_release_channel(chan);
}

/* Residue counts down in whole bursts; paused, it does not move. */
static void de_sg_pause_resume_residue(struct kunit *test)
{
	const u32 len = 16 * DE_BLOCK;
	struct dma_chan *chan = de_slave_chan(test, "rx", DE_THR / 4);
	struct scatterlist sg[4];
	struct dma_tx_state st;
	dma_cookie_t cookie;
	struct edma_test_buf buf;
	u32 r0, r1;
	unsigned int i;

	de_fill_card(11);
	edma_test_buf_alloc(test, &buf, len + 64, 0);
	de_shape(sg, &buf, len, 4);
	cookie = de_submit(test, dmaengine_prep_slave_sg(chan, sg, 4,
			DMA_DEV_TO_MEM, DMA_PREP_INTERRUPT));
	dma_async_issue_pending(chan);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(de.card, false, 0, 16), 0);
	for (i = 0; i < 40; i++) {
		mmc_model_step(de.card, 2 * DE_THR);
		de_run();
	}
	KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie, &st),
			DMA_IN_PROGRESS);
	r0 = st.residue;
	KUNIT_EXPECT_LT(test, r0, len);
	KUNIT_EXPECT_GT(test, r0, 0u);
	KUNIT_EXPECT_EQ(test, r0 % DE_THR, 0u);

	KUNIT_ASSERT_EQ(test, dmaengine_pause(chan), 0);
	for (i = 0; i < 40; i++) {
		mmc_model_step(de.card, 2 * DE_THR);
		de_run();
	}
	KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie, &st),
			DMA_PAUSED);
	r1 = st.residue;
	/* what the TC had in hand when paused may still land */
	KUNIT_EXPECT_LE(test, r0 - r1, DE_THR);
	KUNIT_EXPECT_EQ(test, de.done, 0u);

	KUNIT_ASSERT_EQ(test, dmaengine_resume(chan), 0);
	de_card_run(0);
	KUNIT_EXPECT_EQ(test, de.done, 1u);
	KUNIT_EXPECT_TRUE(test, de_sg_matches(&buf, sg, 4,
					      mmc_model_storage(de.card)));
	KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie, &st),
			DMA_COMPLETE);
	dma_release_channel(chan);
}

/* Terminated mid-transfer: no callback, no more writes, channel reusable. */
static void de_sg_terminate_mid_transfer(struct kunit *test)
{
	const u32 len = 16 * DE_BLOCK;
	struct dma_chan *chan = de_slave_chan(test, "rx", DE_THR / 4);
	struct scatterlist sg[4];
	struct edma_test_buf buf, copy;
	unsigned int i;

	de_fill_card(13);
	edma_test_buf_alloc(test, &buf, len + 64, 0);
	edma_test_buf_alloc(test, &copy, len + 64, 0);
	memset(buf.cpu, 0, buf.size);
	de_shape(sg, &buf, len, 4);
	de_submit(test, dmaengine_prep_slave_sg(chan, sg, 4, DMA_DEV_TO_MEM,
						DMA_PREP_INTERRUPT));
	dma_async_issue_pending(chan);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(de.card, false, 0, 16), 0);
	for (i = 0; i < 30; i++) {
		mmc_model_step(de.card, 2 * DE_THR);
		de_run();
	}
	KUNIT_ASSERT_EQ(test, dmaengine_terminate_sync(chan), 0);
	mmc_model_abort(de.card);
	memcpy(copy.cpu, buf.cpu, buf.size);
	KUNIT_EXPECT_FALSE(test, edma_test_buf_is_zero(&buf, buf.size));
	for (i = 0; i < 30; i++) {
		mmc_model_step(de.card, 2 * DE_THR);
		de_run();
	}
	KUNIT_EXPECT_EQ(test, memcmp(copy.cpu, buf.cpu, buf.size), 0);
	KUNIT_EXPECT_EQ(test, de.done, 0u);
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_EER, DE_RX_CH));

	/* the channel runs the next transfer */
	de_submit(test, dmaengine_prep_slave_sg(chan, sg, 4, DMA_DEV_TO_MEM,
						DMA_PREP_INTERRUPT));
	dma_async_issue_pending(chan);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(de.card, false, 16, 16), 0);
	de_card_run(0);
	KUNIT_EXPECT_EQ(test, de.done, 1u);
	KUNIT_EXPECT_TRUE(test, de_sg_matches(&buf, sg, 4,
			mmc_model_storage(de.card) + 16 * DE_BLOCK));
	dma_release_channel(chan);
}

/* ---- cyclic --------------------------------------------------------------- */

/* 8 KiB read into a 4-period 2 KiB ring: 4 laps of period callbacks. */
static void de_cyclic_period_callbacks(struct kunit *test)
{
	const u32 period = 512, buflen = 4 * period, total = 16 * DE_BLOCK;
	struct dma_chan *chan = de_slave_chan(test, "rx", DE_THR / 4);
	struct dma_async_tx_descriptor *tx;
	struct dma_tx_state st;
	dma_cookie_t cookie;
	unsigned int guard = 0;
	struct edma_test_buf buf;

	de_fill_card(17);
	edma_test_buf_alloc(test, &buf, buflen, 0);
	tx = dmaengine_prep_dma_cyclic(chan, buf.dma, buflen, period,
				       DMA_DEV_TO_MEM, DMA_PREP_INTERRUPT);
	KUNIT_ASSERT_NOT_NULL(test, tx);
	tx->callback = de_period;
	cookie = dmaengine_submit(tx);
	dma_async_issue_pending(chan);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(de.card, false, 0, 16), 0);
	while (mmc_model_busy(de.card) && guard++ < 100000) {
		mmc_model_step(de.card, DE_THR);
		de_run();
		/* the residue is within the ring and counts whole bursts */
		KUNIT_ASSERT_EQ(test, dmaengine_tx_status(chan, cookie, &st),
				DMA_IN_PROGRESS);
		KUNIT_ASSERT_LE(test, st.residue, buflen);
		KUNIT_ASSERT_EQ(test, st.residue % DE_THR, 0u);
	}
	de_run();
	KUNIT_EXPECT_EQ(test, de.periods, total / period);
	/* the ring holds the last lap */
	KUNIT_EXPECT_EQ(test, memcmp(buf.cpu, mmc_model_storage(de.card) +
				     total - buflen, buflen), 0);
	KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie, &st),
			DMA_IN_PROGRESS);
	KUNIT_EXPECT_EQ(test, st.residue, buflen);
	KUNIT_ASSERT_EQ(test, dmaengine_terminate_sync(chan), 0);
	dma_release_channel(chan);
}

/* ---- bad input ------------------------------------------------------------ */

static void de_bad_configs_rejected(struct kunit *test)
{
	struct dma_chan *chan = de_slave_chan(test, "rx", 8);
	struct dma_slave_config cfg = {
		.src_addr = DE_DATA,
		.src_addr_width = DMA_SLAVE_BUSWIDTH_3_BYTES,
	};
	struct scatterlist sg[1];
	struct edma_test_buf buf;

	edma_test_buf_alloc(test, &buf, 4096, 0);
	KUNIT_EXPECT_EQ(test, dmaengine_slave_config(chan, &cfg), -EINVAL);
	cfg.src_addr_width = DMA_SLAVE_BUSWIDTH_16_BYTES;
	KUNIT_EXPECT_EQ(test, dmaengine_slave_config(chan, &cfg), -EINVAL);
	cfg.src_addr_width = DMA_SLAVE_BUSWIDTH_4_BYTES;
	/* a burst must fit CIDX, a signed 16-bit byte offset */
	cfg.src_maxburst = 0x8000;
	KUNIT_EXPECT_EQ(test, dmaengine_slave_config(chan, &cfg), -EINVAL);
	cfg.src_maxburst = 0x10000;
	KUNIT_EXPECT_EQ(test, dmaengine_slave_config(chan, &cfg), -EINVAL);

	/* the earlier good config (4 bytes x 8) stays: 100 is not a burst */
	sg_init_table(sg, 1);
	sg[0].dma_address = buf.dma;
	sg[0].dma_length = 100;
	KUNIT_EXPECT_NULL(test, dmaengine_prep_slave_sg(chan, sg, 1,
			DMA_DEV_TO_MEM, 0));
	sg[0].dma_length = 0;
	KUNIT_EXPECT_NULL(test, dmaengine_prep_slave_sg(chan, sg, 1,
			DMA_DEV_TO_MEM, 0));
	sg[0].dma_length = 64;
	KUNIT_EXPECT_NULL(test, dmaengine_prep_slave_sg(chan, sg, 1,
			DMA_MEM_TO_MEM, 0));
	/* a config may leave a width undefined, a transfer may not use it */
	cfg.src_addr_width = DMA_SLAVE_BUSWIDTH_UNDEFINED;
	cfg.src_maxburst = 8;
	KUNIT_EXPECT_EQ(test, dmaengine_slave_config(chan, &cfg), 0);
	KUNIT_EXPECT_NULL(test, dmaengine_prep_slave_sg(chan, sg, 1,
			DMA_DEV_TO_MEM, 0));
	KUNIT_EXPECT_NULL(test, dmaengine_prep_slave_sg(chan, sg, 1,
			DMA_MEM_TO_DEV, 0));
	cfg.src_addr_width = DMA_SLAVE_BUSWIDTH_4_BYTES;
	KUNIT_EXPECT_EQ(test, dmaengine_slave_config(chan, &cfg), 0);
	/* cyclic: not whole periods, too many periods, zero period */
	KUNIT_EXPECT_NULL(test, dmaengine_prep_dma_cyclic(chan, buf.dma, 4096,
			1000, DMA_DEV_TO_MEM, 0));
	KUNIT_EXPECT_NULL(test, dmaengine_prep_dma_cyclic(chan, buf.dma, 4096,
			64, DMA_DEV_TO_MEM, 0));
	KUNIT_EXPECT_NULL(test, dmaengine_prep_dma_cyclic(chan, buf.dma, 4096,
			0, DMA_DEV_TO_MEM, 0));
	/* nothing half-done was left behind: a good one still works */
	KUNIT_EXPECT_NOT_NULL(test, dmaengine_prep_dma_cyclic(chan, buf.dma,
			4096, 1024, DMA_DEV_TO_MEM, 0));
	KUNIT_EXPECT_EQ(test, dmaengine_terminate_sync(chan), 0);
	dma_release_channel(chan);
}

/* ---- sharing a controller with a direct user ------------------------------ */

static void de_direct_user_shares_controller(struct kunit *test)
{
	const u32 len = 64 * DE_BLOCK;
	struct scatterlist sg[DE_MAX_SG];
	struct edmacc_param before, after;
	struct dma_chan *mc, *rx;
	struct edma_test_buf buf, src, dst;
	int direct, slot, busy;
	unsigned int n;

	/* a direct user holds tx: dmaengine cannot have it ... */
	busy = edma_alloc_channel(EDMA_CTLR_CHAN(0, DE_TX_CH), NULL, NULL,
				  EVENTQ_DEFAULT);
	KUNIT_ASSERT_EQ(test, busy, (int)EDMA_CTLR_CHAN(0, DE_TX_CH));
	KUNIT_EXPECT_TRUE(test, IS_ERR(dma_request_chan(de.mmc, "tx")));

	/* ... and dmaengine's channels are not the library's to give */
	rx = de_slave_chan(test, "rx", DE_THR / 4);
	mc = de_memcpy_chan(test);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(EDMA_CTLR_CHAN(0, DE_RX_CH),
						 NULL, NULL, EVENTQ_DEFAULT),
			-EBUSY);

	/* a direct copy with a slot of its own, next to a refilling SG */
	direct = edma_alloc_channel(EDMA_CHANNEL_ANY, edma_test_cb, test,
				    EVENTQ_DEFAULT);
	KUNIT_ASSERT_GE(test, direct, 0);
	slot = edma_alloc_slot(0, EDMA_SLOT_ANY);
	KUNIT_ASSERT_GE(test, slot, 0);
	edma_test_buf_alloc(test, &src, 4096, 0x77);
	edma_test_buf_alloc(test, &dst, 4096, 0);
	memset(dst.cpu, 0, 4096);
	edma_test_program_copy(slot, &src, &dst, 4096, EDMA_CHAN_SLOT(direct));
	edma_read_slot(slot, &before);

	de_fill_card(19);
	edma_test_buf_alloc(test, &buf, len + DE_MAX_SG * 8, 0);
	n = de_shape(sg, &buf, len, 50);
	de_submit(test, dmaengine_prep_slave_sg(rx, sg, n, DMA_DEV_TO_MEM,
						DMA_PREP_INTERRUPT));
	dma_async_issue_pending(rx);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(de.card, false, 0, 64), 0);
	de_card_run(0);
	KUNIT_EXPECT_EQ(test, de.done, 1u);
	KUNIT_EXPECT_TRUE(test, de_sg_matches(&buf, sg, n,
					      mmc_model_storage(de.card)));
	/* the refills never wrote the direct user's slot */
	edma_read_slot(slot, &after);
	KUNIT_EXPECT_EQ(test, memcmp(&before, &after, sizeof(before)), 0);

	edma_write_slot(direct, &after);
	KUNIT_ASSERT_EQ(test, edma_start(direct), 0);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, 4096, 0x77));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(direct, EDMA_DMA_COMPLETE), 1u);

	edma_free_slot(slot);
	edma_free_channel(direct);
	edma_free_channel(busy);
	dma_release_channel(mc);
	dma_release_channel(rx);
	/* released, tx goes to dmaengine now */
	rx = dma_request_chan(de.mmc, "tx");
	KUNIT_EXPECT_FALSE(test, IS_ERR(rx));
	if (!IS_ERR(rx))
		dma_release_channel(rx);
}

/* ---- platform data: the SoC's dma_slave_map --------------------------- */

#define DP_RX_CH	28			/* CC1, "da830-mmc.1" "rx" */
#define DP_DATA		(0x01e1b000 + 0x28)	/* MMCSD1 */

static struct platform_device *dp_pdev;

static int dp_init(struct kunit *test)
{
	struct mmc_model_config cfg = {
		.rx_event = DP_RX_CH,
		.tx_event = DP_RX_CH + 1,
		.data_port = DP_DATA,
		.fifo_bytes = 2 * DE_THR,
		.rw_threshold = DE_THR,
		.block_size = DE_BLOCK,
		.nblocks = DE_BLOCKS,
	};
	int ret;

	memset(&de, 0, sizeof(de));
	ret = edma_test_setup_da850(false);
	if (ret)
		return ret;
	dp_pdev = host_platform_device_create("da830-mmc", 1, NULL, 0, NULL, 0);
	if (IS_ERR(dp_pdev))
		return PTR_ERR(dp_pdev);
	de.mmc = &dp_pdev->dev;
	cfg.cc = edma_test_cc(1);
	de.card = mmc_model_create(edma_test_board->bus, &cfg);
	return de.card ? 0 : -ENOMEM;
}

static void dp_exit(struct kunit *test)
{
	mmc_model_destroy(de.card);
	de.card = NULL;
	if (!IS_ERR_OR_NULL(dp_pdev))
		platform_device_unregister(dp_pdev);
	dp_pdev = NULL;
	edma_test_exit(test);
}

/* dma_request_chan() finds CC1 channel 28 through da850's slave map. */
static void dp_slave_map_read(struct kunit *test)
{
	const u32 len = 8 * DE_BLOCK;
	struct dma_slave_config cfg = {
		.src_addr = DP_DATA,
		.src_addr_width = DMA_SLAVE_BUSWIDTH_4_BYTES,
		.src_maxburst = DE_THR / 4,
	};
	struct dma_chan *chan = dma_request_chan(de.mmc, "rx");
	struct scatterlist sg[3];
	struct edma_test_buf buf;

	KUNIT_ASSERT_FALSE(test, IS_ERR(chan));
	/* the library gave the provider exactly that channel */
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(EDMA_CTLR_CHAN(1, DP_RX_CH),
						 NULL, NULL, EVENTQ_DEFAULT),
			-EBUSY);
	KUNIT_ASSERT_EQ(test, dmaengine_slave_config(chan, &cfg), 0);
	de_fill_card(23);
	edma_test_buf_alloc(test, &buf, len + 64, 0);
	de_shape(sg, &buf, len, 3);
	de_submit(test, dmaengine_prep_slave_sg(chan, sg, 3, DMA_DEV_TO_MEM,
						DMA_PREP_INTERRUPT));
	dma_async_issue_pending(chan);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(de.card, false, 0, 8), 0);
	de_card_run(0);
	KUNIT_EXPECT_EQ(test, de.done, 1u);
	KUNIT_EXPECT_TRUE(test, de_sg_matches(&buf, sg, 3,
					      mmc_model_storage(de.card)));
	dma_release_channel(chan);
	/* no map entry, no channel */
	KUNIT_EXPECT_TRUE(test, IS_ERR(dma_request_chan(de.mmc, "cmd")));
}

static struct kunit_case dp_cases[] = {
	KUNIT_CASE(dp_slave_map_read),
	{}
};

static struct kunit_suite dp_suite = {
	.name = "edma_dmaengine_pdata",
	.init = dp_init,
	.exit = dp_exit,
	.test_cases = dp_cases,
};

static struct kunit_case de_cases[] = {
	KUNIT_CASE(de_memcpy_copies_bytes),
	KUNIT_CASE(de_memcpy_queue_in_order),
	KUNIT_CASE(de_memcpy_polled),
	KUNIT_CASE(de_memcpy_only_on_memcpy_channels),
	KUNIT_CASE(de_sg_read_refills),
	KUNIT_CASE(de_sg_write),
	KUNIT_CASE(de_sg_pause_resume_residue),
	KUNIT_CASE(de_sg_terminate_mid_transfer),
	KUNIT_CASE(de_cyclic_period_callbacks),
	KUNIT_CASE(de_bad_configs_rejected),
	KUNIT_CASE(de_direct_user_shares_controller),
	{}
};

static struct kunit_suite de_suite = {
	.name = "edma_dmaengine",
	.init = de_init,
	.exit = de_exit,
	.test_cases = de_cases,
};
kunit_test_suites(&de_suite, &dp_suite);
