// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: Linux 6.1's own EDMA dmaengine driver (drivers/dma/ti/edma.c and
 * virt-dma.c from Debian's tarball, unmodified) on the EDMA3 model, as a
 * fidelity test of the model: DA850 CC0 described in 6.1's binding
 * (tests/peer/da850-peer.dts), driven through the dmaengine API the way
 * kernel clients drive it.  memcpy on the memcpy channels, slave
 * scatter-gather and cyclic transfers against the MMC model, whose FIFO
 * raises the channel's events, residue mid-transfer and terminate_all.
 * Completions must come the way they do on silicon: the model raises the
 * CC's completion line, the shim delivers it to 6.1's handler, and
 * virt-dma's tasklet runs the callback.
 */
#include <kunit/test.h>
#include <linux/dma-mapping.h>
#include <linux/dmaengine.h>
#include <linux/err.h>
#include <linux/of.h>
#include <linux/of_platform.h>
#include <linux/platform_device.h>
#include <linux/scatterlist.h>

#include "board.h"
#include "edma3_model.h"
#include "host.h"
#include "host_net.h"
#include "mmc_model.h"

#define PEER_CCINT	11			/* DA850 CC0 completion */
#define PEER_CCERRINT	12			/* and error */
#define PEER_RX_CH	16
#define PEER_TX_CH	17
#define PEER_PORT	0x01c40000
#define PEER_DATA	(PEER_PORT + 0x28)	/* the FIFO window */
#define PEER_THR	32			/* bytes per event */
#define PEER_BLOCK	512
#define PEER_BLOCKS	512
#define PEER_MAX_SG	64
#define PEER_MAX_BUFS	16

struct peer_buf {
	u8 *cpu;
	dma_addr_t dma;
	size_t size;
};

static struct {
	struct board *board;
	struct mmc_model *card;
	struct device *mmc;
	struct peer_buf bufs[PEER_MAX_BUFS];
	unsigned int nbufs;
	unsigned int done;		/* completion callbacks */
	unsigned int periods;		/* cyclic period callbacks */
	u64 irqs_at_cb;			/* CC completion IRQs handled by then */
	struct dmaengine_result res;
} peer;

static u64 peer_irqs(void)
{
	struct host_irq_stats st;

	host_irq_get_stats(PEER_CCINT, &st);
	return st.handled;
}

static int peer_init(struct kunit *test)
{
	struct mmc_model_config cfg = {
		.rx_event = PEER_RX_CH,
		.tx_event = PEER_TX_CH,
		.data_port = PEER_DATA,
		.fifo_bytes = 2 * PEER_THR,
		.rw_threshold = PEER_THR,
		.block_size = PEER_BLOCK,
		.nblocks = PEER_BLOCKS,
	};
	struct platform_device *pdev;
	struct device_node *np;
	int ret;

	memset(&peer, 0, sizeof(peer));
	ret = host_run_initcalls();
	if (ret)
		return ret;
	peer.board = board_create(&board_da850);
	if (!peer.board)
		return -ENOMEM;
	ret = host_of_load_dts_file("tests/peer/da850-peer.dts");
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
	peer.mmc = &pdev->dev;
	cfg.cc = board_cc(peer.board, 0);
	peer.card = mmc_model_create(peer.board->bus, &cfg);
	host_irq_reset_stats();
	return peer.card ? 0 : -ENOMEM;
}

static void peer_exit(struct kunit *test)
{
	unsigned int i;

	for (i = 0; i < peer.nbufs; i++)
		dma_free_coherent(NULL, peer.bufs[i].size, peer.bufs[i].cpu,
				  peer.bufs[i].dma);
	mmc_model_destroy(peer.card);
	host_of_unload();
	board_destroy(peer.board);
	memset(&peer, 0, sizeof(peer));
}

static void peer_buf_fill(struct peer_buf *b, u8 seed)
{
	size_t i;

	for (i = 0; i < b->size; i++)
		b->cpu[i] = (u8)(seed + i * 7 + (i >> 8));
}

static void peer_buf_alloc(struct kunit *test, struct peer_buf *b,
			   size_t size, u8 seed)
{
	KUNIT_ASSERT_LT(test, peer.nbufs, (unsigned int)PEER_MAX_BUFS);
	b->size = size;
	b->cpu = dma_alloc_coherent(NULL, size, &b->dma, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, b->cpu);
	peer.bufs[peer.nbufs++] = *b;
	peer_buf_fill(b, seed);
}

static bool peer_buf_matches(const struct peer_buf *b, size_t len, u8 seed)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (b->cpu[i] != (u8)(seed + i * 7 + (i >> 8)))
			return false;
	return true;
}

/* Every callback notes how many completion interrupts 6.1 had handled. */
static void peer_done(void *param, const struct dmaengine_result *res)
{
	peer.done++;
	peer.res = *res;
	peer.irqs_at_cb = peer_irqs();
}

static void peer_period(void *param)
{
	peer.periods++;
	peer.irqs_at_cb = peer_irqs();
}

/*
 * No missed event, no queue or TC error: the CC's error registers are
 * clear and its error line never fired.  What 6.1 programs on real
 * silicon raises no error there either.
 */
static void peer_expect_no_errors(struct kunit *test)
{
	struct edma3 *cc = board_cc(peer.board, 0);
	struct host_irq_stats st;

	host_irq_get_stats(PEER_CCERRINT, &st);
	KUNIT_EXPECT_EQ(test, st.raised, 0u);
	KUNIT_EXPECT_EQ(test, edma3_peek(cc, EDMA3_EMR), 0u);
	KUNIT_EXPECT_EQ(test, edma3_peek(cc, EDMA3_EMRH), 0u);
	KUNIT_EXPECT_EQ(test, edma3_peek(cc, EDMA3_CCERR), 0u);
}

/* Deliver interrupts, then run virt-dma's tasklets. */
static void peer_run(void)
{
	host_irq_poll();
	host_softirq_run(64);
}

static struct dma_chan *peer_memcpy_chan(struct kunit *test)
{
	dma_cap_mask_t mask;
	struct dma_chan *chan;

	dma_cap_zero(mask);
	dma_cap_set(DMA_MEMCPY, mask);
	chan = dma_request_chan_by_mask(&mask);
	KUNIT_ASSERT_FALSE(test, IS_ERR(chan));
	return chan;
}

static struct dma_chan *peer_slave_chan(struct kunit *test, const char *name,
					u32 burst)
{
	struct dma_slave_config cfg = {
		.src_addr = PEER_DATA,
		.dst_addr = PEER_DATA,
		.src_addr_width = DMA_SLAVE_BUSWIDTH_4_BYTES,
		.dst_addr_width = DMA_SLAVE_BUSWIDTH_4_BYTES,
		.src_maxburst = burst,
		.dst_maxburst = burst,
	};
	struct dma_chan *chan = dma_request_chan(peer.mmc, name);

	KUNIT_ASSERT_FALSE(test, IS_ERR(chan));
	KUNIT_ASSERT_EQ(test, dmaengine_slave_config(chan, &cfg), 0);
	return chan;
}

static dma_cookie_t peer_submit(struct kunit *test,
				struct dma_async_tx_descriptor *tx)
{
	dma_cookie_t cookie;

	KUNIT_ASSERT_NOT_NULL(test, tx);
	tx->callback_result = peer_done;
	cookie = dmaengine_submit(tx);
	KUNIT_ASSERT_GT(test, cookie, 0);
	return cookie;
}

/* Split len bytes of buf into n segments of whole events, with gaps. */
static unsigned int peer_shape(struct scatterlist *sg,
			       const struct peer_buf *buf, u32 len,
			       unsigned int n)
{
	u32 units = len / PEER_THR, per = units / n, off = 0;
	unsigned int i;

	sg_init_table(sg, n);
	for (i = 0; i < n; i++) {
		u32 u = i == n - 1 ? units - per * (n - 1) : per;

		sg[i].dma_address = buf->dma + off;
		sg[i].dma_length = u * PEER_THR;
		off += u * PEER_THR + 4 * (i % 3);
	}
	return n;
}

static bool peer_sg_matches(const struct peer_buf *buf,
			    struct scatterlist *sg, unsigned int n,
			    const u8 *want)
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

static void peer_fill_card(u32 seed)
{
	u8 *s = mmc_model_storage(peer.card);
	unsigned int i;

	for (i = 0; i < PEER_BLOCK * PEER_BLOCKS; i++) {
		seed = seed * 1103515245 + 12345;
		s[i] = seed >> 16;
	}
}

/* Step the card until it is done and a callback ran (or give up). */
static void peer_card_run(unsigned int done)
{
	unsigned int guard = 0;

	while ((mmc_model_busy(peer.card) || peer.done == done) &&
	       guard++ < 200000) {
		mmc_model_step(peer.card, 2 * PEER_THR);
		peer_run();
	}
}

/* The channel's event enable, as the CC has it. */
static bool peer_eer(unsigned int ch)
{
	return edma3_peek(board_cc(peer.board, 0),
			  EDMA3_GLOBAL + EDMA3_EER) & BIT(ch);
}

static void peer_card_steps(unsigned int n)
{
	while (n--) {
		mmc_model_step(peer.card, 2 * PEER_THR);
		peer_run();
	}
}

/* ---- probe --------------------------------------------------------------- */

/* 6.1 probed the CC from the tree: both TCs, memcpy and slave channels. */
static void peer_probe_from_dt(struct kunit *test)
{
	struct dma_chan *rx, *tx, *mc;

	rx = peer_slave_chan(test, "rx", 8);
	tx = peer_slave_chan(test, "tx", 8);
	mc = peer_memcpy_chan(test);
	KUNIT_EXPECT_PTR_NE(test, rx, tx);
	KUNIT_EXPECT_TRUE(test, dma_has_cap(DMA_SLAVE, rx->device->cap_mask));
	KUNIT_EXPECT_TRUE(test, dma_has_cap(DMA_CYCLIC, rx->device->cap_mask));
	KUNIT_EXPECT_TRUE(test, dma_has_cap(DMA_MEMCPY, mc->device->cap_mask));
	KUNIT_EXPECT_TRUE(test, host_irq_has_handler(PEER_CCINT));
	KUNIT_EXPECT_TRUE(test, host_irq_has_handler(PEER_CCERRINT));
	/* ti,tptcs = <&tc0 7>, <&tc1 0>: 6.1 wrote those priorities */
	KUNIT_EXPECT_EQ(test, edma3_peek(board_cc(peer.board, 0),
					 EDMA3_QUEPRI) & 0x77, 0x07u);
	dma_release_channel(mc);
	dma_release_channel(tx);
	dma_release_channel(rx);
}

/* ---- memcpy -------------------------------------------------------------- */

/*
 * Sizes around 6.1's splits: one ACNT array, one array of 32 KiB - 1
 * (SZ_32K - 1 bytes is one BCNT frame), and past 64 KiB, where 6.1 uses
 * two PaRAM sets (ACNT x BCNT, then the rest) chained in one descriptor.
 */
static void peer_memcpy_sizes(struct kunit *test)
{
	static const size_t lens[] = { 4, 1000, 4096, 32767, 65535, 65536,
				       100000, 300001 };
	struct dma_chan *chan = peer_memcpy_chan(test);
	struct dma_tx_state st;
	struct peer_buf src, dst;
	dma_cookie_t cookie;
	unsigned int i;
	u64 irqs;

	for (i = 0; i < ARRAY_SIZE(lens); i++) {
		peer_buf_alloc(test, &src, lens[i] + 16, (u8)(i + 3));
		peer_buf_alloc(test, &dst, lens[i] + 16, 0);
		memset(dst.cpu, 0, dst.size);
		cookie = peer_submit(test, dmaengine_prep_dma_memcpy(chan,
				dst.dma, src.dma, lens[i], DMA_PREP_INTERRUPT));
		KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie, &st),
				DMA_IN_PROGRESS);
		irqs = peer_irqs();
		dma_async_issue_pending(chan);
		/* nothing completes before the interrupt is delivered */
		KUNIT_EXPECT_EQ(test, peer.done, i);
		peer_run();
		KUNIT_EXPECT_EQ(test, peer.done, i + 1);
		KUNIT_EXPECT_GT(test, peer.irqs_at_cb, irqs);
		KUNIT_EXPECT_EQ(test, peer.res.result, DMA_TRANS_NOERROR);
		KUNIT_EXPECT_TRUE(test, peer_buf_matches(&dst, lens[i],
							 (u8)(i + 3)));
		/* not a byte past the end */
		KUNIT_EXPECT_EQ(test, dst.cpu[lens[i]], 0);
		KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie, &st),
				DMA_COMPLETE);
		KUNIT_EXPECT_EQ(test, st.residue, 0u);
		kunit_info(test, "%zu bytes: ok\n", lens[i]);
		dma_free_coherent(NULL, src.size, src.cpu, src.dma);
		dma_free_coherent(NULL, dst.size, dst.cpu, dst.dma);
		peer.nbufs -= 2;
	}
	peer_expect_no_errors(test);
	dma_release_channel(chan);
}

/* Descriptors issued together complete in order, one callback each. */
static void peer_memcpy_queue(struct kunit *test)
{
	struct dma_chan *chan = peer_memcpy_chan(test);
	struct peer_buf src[4], dst[4];
	dma_cookie_t cookie[4];
	unsigned int i;

	for (i = 0; i < 4; i++) {
		peer_buf_alloc(test, &src[i], 3000, (u8)(0x40 + i));
		peer_buf_alloc(test, &dst[i], 3000, 0);
		memset(dst[i].cpu, 0, 3000);
		cookie[i] = peer_submit(test, dmaengine_prep_dma_memcpy(chan,
				dst[i].dma, src[i].dma, 3000,
				DMA_PREP_INTERRUPT));
	}
	dma_async_issue_pending(chan);
	for (i = 0; i < 8; i++)
		peer_run();
	KUNIT_EXPECT_EQ(test, peer.done, 4u);
	for (i = 0; i < 4; i++) {
		KUNIT_EXPECT_TRUE(test, peer_buf_matches(&dst[i], 3000,
							 (u8)(0x40 + i)));
		KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie[i],
							  NULL), DMA_COMPLETE);
	}
	peer_expect_no_errors(test);
	dma_release_channel(chan);
}

/* ---- slave scatter-gather ------------------------------------------------ */

/*
 * 64 KiB from the card in 40 segments: more than 6.1's MAX_NR_SG (16)
 * PaRAM sets, so the descriptor runs in batches, 6.1 reloading the sets
 * from its completion interrupt.
 */
static void peer_sg_read(struct kunit *test)
{
	const u32 len = 128 * PEER_BLOCK;
	struct dma_chan *chan = peer_slave_chan(test, "rx", PEER_THR / 4);
	struct scatterlist sg[PEER_MAX_SG];
	struct dma_tx_state st;
	dma_cookie_t cookie;
	struct peer_buf buf;
	unsigned int n;

	peer_fill_card(7);
	peer_buf_alloc(test, &buf, len + PEER_MAX_SG * 8, 0);
	memset(buf.cpu, 0, buf.size);
	n = peer_shape(sg, &buf, len, 40);
	cookie = peer_submit(test, dmaengine_prep_slave_sg(chan, sg, n,
			DMA_DEV_TO_MEM, DMA_PREP_INTERRUPT));
	dma_async_issue_pending(chan);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(peer.card, false, 0, 128), 0);
	peer_card_run(0);
	KUNIT_EXPECT_EQ(test, peer.done, 1u);
	KUNIT_EXPECT_GT(test, peer.irqs_at_cb, 0u);
	KUNIT_EXPECT_EQ(test, peer.res.result, DMA_TRANS_NOERROR);
	KUNIT_EXPECT_TRUE(test, peer_sg_matches(&buf, sg, n,
						mmc_model_storage(peer.card)));
	KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie, &st),
			DMA_COMPLETE);
	KUNIT_EXPECT_EQ(test, mmc_model_stats(peer.card)->bad_accesses, 0u);
	peer_expect_no_errors(test);
	dma_release_channel(chan);
}

static void peer_sg_write(struct kunit *test)
{
	const u32 len = 32 * PEER_BLOCK;
	struct dma_chan *chan = peer_slave_chan(test, "tx", PEER_THR / 4);
	struct scatterlist sg[PEER_MAX_SG];
	struct peer_buf buf;
	unsigned int n;

	peer_buf_alloc(test, &buf, len + PEER_MAX_SG * 8, 0x5a);
	n = peer_shape(sg, &buf, len, 25);
	peer_submit(test, dmaengine_prep_slave_sg(chan, sg, n, DMA_MEM_TO_DEV,
						  DMA_PREP_INTERRUPT));
	dma_async_issue_pending(chan);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(peer.card, true, 8, 32), 0);
	peer_card_run(0);
	KUNIT_EXPECT_EQ(test, peer.done, 1u);
	KUNIT_EXPECT_GT(test, peer.irqs_at_cb, 0u);
	KUNIT_EXPECT_TRUE(test, peer_sg_matches(&buf, sg, n,
			mmc_model_storage(peer.card) + 8 * PEER_BLOCK));
	KUNIT_EXPECT_EQ(test, mmc_model_stats(peer.card)->bad_accesses, 0u);
	peer_expect_no_errors(test);
	dma_release_channel(chan);
}

/*
 * maxburst 1: 6.1 programs A-synchronized sets (one 4-byte array per
 * event) and, for a segment of 64 Ki arrays or more, splits it into a
 * first frame of the remainder and frames of 65535 arrays that the CC
 * reloads from BCNTRLD.  The whole card (256 KiB, 65536 arrays) in one
 * segment: a first frame of one array, then one of 65535.
 */
static void peer_sg_read_async_bcntrld(struct kunit *test)
{
	const u32 len = PEER_BLOCKS * PEER_BLOCK;
	struct mmc_model_config cfg = {
		.cc = board_cc(peer.board, 0),
		.rx_event = PEER_RX_CH,
		.tx_event = PEER_TX_CH,
		.data_port = PEER_DATA,
		.fifo_bytes = 8,
		.rw_threshold = 4,
		.block_size = PEER_BLOCK,
		.nblocks = PEER_BLOCKS,
	};
	struct dma_chan *chan;
	struct scatterlist sg[1];
	unsigned int guard = 0;
	struct peer_buf buf;

	mmc_model_destroy(peer.card);
	peer.card = mmc_model_create(peer.board->bus, &cfg);
	KUNIT_ASSERT_NOT_NULL(test, peer.card);
	chan = peer_slave_chan(test, "rx", 1);
	peer_fill_card(23);
	peer_buf_alloc(test, &buf, len + 64, 0);
	memset(buf.cpu, 0, buf.size);
	sg_init_table(sg, 1);
	sg[0].dma_address = buf.dma;
	sg[0].dma_length = len;
	peer_submit(test, dmaengine_prep_slave_sg(chan, sg, 1, DMA_DEV_TO_MEM,
						  DMA_PREP_INTERRUPT));
	dma_async_issue_pending(chan);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(peer.card, false, 0, PEER_BLOCKS),
			0);
	while ((mmc_model_busy(peer.card) || !peer.done) && guard++ < 100000) {
		mmc_model_step(peer.card, 4096);
		peer_run();
	}
	KUNIT_EXPECT_EQ(test, peer.done, 1u);
	KUNIT_EXPECT_EQ(test, memcmp(buf.cpu, mmc_model_storage(peer.card),
				     len), 0);
	KUNIT_EXPECT_EQ(test, buf.cpu[len], 0);
	KUNIT_EXPECT_EQ(test, mmc_model_stats(peer.card)->bad_accesses, 0u);
	peer_expect_no_errors(test);
	dma_release_channel(chan);
}

/* 6.1's residue mid-transfer: between 0 and len, whole bursts, falling. */
static void peer_sg_residue(struct kunit *test)
{
	const u32 len = 16 * PEER_BLOCK;
	struct dma_chan *chan = peer_slave_chan(test, "rx", PEER_THR / 4);
	struct scatterlist sg[4];
	struct dma_tx_state st;
	dma_cookie_t cookie;
	struct peer_buf buf;
	u32 r0, r1;

	peer_fill_card(11);
	peer_buf_alloc(test, &buf, len + 64, 0);
	peer_shape(sg, &buf, len, 4);
	cookie = peer_submit(test, dmaengine_prep_slave_sg(chan, sg, 4,
			DMA_DEV_TO_MEM, DMA_PREP_INTERRUPT));
	dma_async_issue_pending(chan);
	/* issued, not started: all of it is left */
	KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie, &st),
			DMA_IN_PROGRESS);
	KUNIT_EXPECT_EQ(test, st.residue, len);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(peer.card, false, 0, 16), 0);
	peer_card_steps(40);
	KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie, &st),
			DMA_IN_PROGRESS);
	r0 = st.residue;
	KUNIT_EXPECT_LT(test, r0, len);
	KUNIT_EXPECT_GT(test, r0, 0u);
	KUNIT_EXPECT_EQ(test, r0 % PEER_THR, 0u);
	/* what the card moved is what the residue says is gone */
	KUNIT_EXPECT_EQ(test, (u64)(len - r0),
			mmc_model_stats(peer.card)->dma_bytes_out);
	peer_card_steps(20);
	KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie, &st),
			DMA_IN_PROGRESS);
	r1 = st.residue;
	KUNIT_EXPECT_LT(test, r1, r0);
	KUNIT_EXPECT_EQ(test, peer.done, 0u);
	peer_card_run(0);
	KUNIT_EXPECT_EQ(test, peer.done, 1u);
	KUNIT_EXPECT_TRUE(test, peer_sg_matches(&buf, sg, 4,
						mmc_model_storage(peer.card)));
	KUNIT_EXPECT_EQ(test, dmaengine_tx_status(chan, cookie, &st),
			DMA_COMPLETE);
	KUNIT_EXPECT_EQ(test, st.residue, 0u);
	peer_expect_no_errors(test);
	dma_release_channel(chan);
}

/* Paused, the events wait and the residue stands; resumed, all lands. */
static void peer_sg_pause_resume(struct kunit *test)
{
	const u32 len = 16 * PEER_BLOCK;
	struct dma_chan *chan = peer_slave_chan(test, "rx", PEER_THR / 4);
	struct scatterlist sg[4];
	struct dma_tx_state st;
	dma_cookie_t cookie;
	struct peer_buf buf;
	u32 r0;

	peer_fill_card(19);
	peer_buf_alloc(test, &buf, len + 64, 0);
	peer_shape(sg, &buf, len, 4);
	cookie = peer_submit(test, dmaengine_prep_slave_sg(chan, sg, 4,
			DMA_DEV_TO_MEM, DMA_PREP_INTERRUPT));
	dma_async_issue_pending(chan);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(peer.card, false, 0, 16), 0);
	peer_card_steps(40);
	KUNIT_ASSERT_EQ(test, dmaengine_pause(chan), 0);
	KUNIT_EXPECT_FALSE(test, peer_eer(PEER_RX_CH));
	dmaengine_tx_status(chan, cookie, &st);
	r0 = st.residue;
	KUNIT_EXPECT_GT(test, r0, 0u);
	peer_card_steps(40);
	dmaengine_tx_status(chan, cookie, &st);
	KUNIT_EXPECT_EQ(test, st.residue, r0);
	KUNIT_EXPECT_EQ(test, peer.done, 0u);
	KUNIT_ASSERT_EQ(test, dmaengine_resume(chan), 0);
	KUNIT_EXPECT_TRUE(test, peer_eer(PEER_RX_CH));
	peer_card_run(0);
	KUNIT_EXPECT_EQ(test, peer.done, 1u);
	KUNIT_EXPECT_TRUE(test, peer_sg_matches(&buf, sg, 4,
						mmc_model_storage(peer.card)));
	KUNIT_EXPECT_EQ(test, mmc_model_stats(peer.card)->bad_accesses, 0u);
	peer_expect_no_errors(test);
	dma_release_channel(chan);
}

static u64 peer_errirqs(void)
{
	struct host_irq_stats st;

	host_irq_get_stats(PEER_CCERRINT, &st);
	return st.handled;
}

/*
 * A missed event (a second event while the first is still latched in ER,
 * here while paused) sets EMR and pulses the CC's error line; 6.1's
 * handler clears EMR and SER and re-triggers the channel.  With every
 * error bit clear the line is quiet, so the next miss pulses it again:
 * both misses must reach 6.1's handler.
 */
static void peer_sg_missed_event(struct kunit *test)
{
	const u32 len = 16 * PEER_BLOCK;
	struct dma_chan *chan = peer_slave_chan(test, "rx", PEER_THR / 4);
	struct edma3 *cc = board_cc(peer.board, 0);
	struct scatterlist sg[4];
	struct peer_buf buf;
	unsigned int round;

	peer_fill_card(29);
	peer_buf_alloc(test, &buf, len + 64, 0);
	peer_shape(sg, &buf, len, 4);
	peer_submit(test, dmaengine_prep_slave_sg(chan, sg, 4, DMA_DEV_TO_MEM,
						  DMA_PREP_INTERRUPT));
	dma_async_issue_pending(chan);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(peer.card, false, 0, 16), 0);
	peer_card_steps(20);
	for (round = 1; round <= 2; round++) {
		KUNIT_ASSERT_EQ(test, dmaengine_pause(chan), 0);
		mmc_model_raise_spurious(peer.card);
		mmc_model_raise_spurious(peer.card);
		KUNIT_EXPECT_TRUE(test, edma3_peek(cc, EDMA3_EMR) &
					BIT(PEER_RX_CH));
		peer_run();
		KUNIT_EXPECT_EQ(test, peer_errirqs(), (u64)round);
		KUNIT_EXPECT_EQ(test, edma3_peek(cc, EDMA3_EMR), 0u);
		KUNIT_EXPECT_EQ(test, edma3_peek(cc, EDMA3_CCERR), 0u);
		/* 6.1 restarted the channel: its event is enabled again */
		KUNIT_EXPECT_TRUE(test, peer_eer(PEER_RX_CH));
	}
	KUNIT_ASSERT_EQ(test, dmaengine_terminate_sync(chan), 0);
	mmc_model_abort(peer.card);
	KUNIT_EXPECT_EQ(test, peer.done, 0u);
	dma_release_channel(chan);
}

/* Terminated mid-transfer: no callback, no more writes, channel reusable. */
static void peer_sg_terminate(struct kunit *test)
{
	const u32 len = 16 * PEER_BLOCK;
	struct dma_chan *chan = peer_slave_chan(test, "rx", PEER_THR / 4);
	struct scatterlist sg[4];
	struct peer_buf buf, copy;

	peer_fill_card(13);
	peer_buf_alloc(test, &buf, len + 64, 0);
	peer_buf_alloc(test, &copy, len + 64, 0);
	memset(buf.cpu, 0, buf.size);
	peer_shape(sg, &buf, len, 4);
	peer_submit(test, dmaengine_prep_slave_sg(chan, sg, 4, DMA_DEV_TO_MEM,
						  DMA_PREP_INTERRUPT));
	dma_async_issue_pending(chan);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(peer.card, false, 0, 16), 0);
	peer_card_steps(30);
	KUNIT_EXPECT_TRUE(test, peer_eer(PEER_RX_CH));
	KUNIT_ASSERT_EQ(test, dmaengine_terminate_sync(chan), 0);
	mmc_model_abort(peer.card);
	memcpy(copy.cpu, buf.cpu, buf.size);
	/* some bytes landed before the terminate, none after */
	KUNIT_EXPECT_NE(test, buf.cpu[0] | buf.cpu[1] | buf.cpu[2], 0);
	/* 6.1 turned the event off in the CC */
	KUNIT_EXPECT_FALSE(test, peer_eer(PEER_RX_CH));
	peer_card_steps(30);
	KUNIT_EXPECT_EQ(test, memcmp(copy.cpu, buf.cpu, buf.size), 0);
	KUNIT_EXPECT_EQ(test, peer.done, 0u);

	/* the channel runs the next transfer */
	peer_submit(test, dmaengine_prep_slave_sg(chan, sg, 4, DMA_DEV_TO_MEM,
						  DMA_PREP_INTERRUPT));
	dma_async_issue_pending(chan);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(peer.card, false, 16, 16), 0);
	peer_card_run(0);
	KUNIT_EXPECT_EQ(test, peer.done, 1u);
	KUNIT_EXPECT_TRUE(test, peer_sg_matches(&buf, sg, 4,
			mmc_model_storage(peer.card) + 16 * PEER_BLOCK));
	KUNIT_EXPECT_EQ(test, mmc_model_stats(peer.card)->bad_accesses, 0u);
	peer_expect_no_errors(test);
	dma_release_channel(chan);
}

/* ---- cyclic -------------------------------------------------------------- */

/* 16 KiB read into a 4-period 2 KiB ring: 8 laps of period callbacks. */
static void peer_cyclic(struct kunit *test)
{
	const u32 period = 512, buflen = 4 * period, total = 32 * PEER_BLOCK;
	struct dma_chan *chan = peer_slave_chan(test, "rx", PEER_THR / 4);
	struct dma_async_tx_descriptor *tx;
	struct dma_tx_state st;
	dma_cookie_t cookie;
	unsigned int guard = 0;
	struct peer_buf buf;

	peer_fill_card(17);
	peer_buf_alloc(test, &buf, buflen, 0);
	tx = dmaengine_prep_dma_cyclic(chan, buf.dma, buflen, period,
				       DMA_DEV_TO_MEM, DMA_PREP_INTERRUPT);
	KUNIT_ASSERT_NOT_NULL(test, tx);
	tx->callback = peer_period;
	cookie = dmaengine_submit(tx);
	dma_async_issue_pending(chan);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(peer.card, false, 0, 32), 0);
	while (mmc_model_busy(peer.card) && guard++ < 100000) {
		mmc_model_step(peer.card, PEER_THR);
		peer_run();
		KUNIT_ASSERT_EQ(test, dmaengine_tx_status(chan, cookie, &st),
				DMA_IN_PROGRESS);
		KUNIT_ASSERT_LE(test, st.residue, buflen);
		KUNIT_ASSERT_GT(test, st.residue, 0u);
	}
	peer_run();
	KUNIT_EXPECT_EQ(test, peer.periods, total / period);
	KUNIT_EXPECT_GE(test, peer.irqs_at_cb, (u64)(total / period));
	/* the ring holds the last lap */
	KUNIT_EXPECT_EQ(test, memcmp(buf.cpu, mmc_model_storage(peer.card) +
				     total - buflen, buflen), 0);
	KUNIT_EXPECT_EQ(test, mmc_model_stats(peer.card)->bad_accesses, 0u);
	KUNIT_ASSERT_EQ(test, dmaengine_terminate_sync(chan), 0);
	peer_expect_no_errors(test);
	dma_release_channel(chan);
}

static struct kunit_case peer_cases[] = {
	KUNIT_CASE(peer_probe_from_dt),
	KUNIT_CASE(peer_memcpy_sizes),
	KUNIT_CASE(peer_memcpy_queue),
	KUNIT_CASE(peer_sg_read),
	KUNIT_CASE(peer_sg_write),
	KUNIT_CASE(peer_sg_read_async_bcntrld),
	KUNIT_CASE(peer_sg_residue),
	KUNIT_CASE(peer_sg_pause_resume),
	KUNIT_CASE(peer_sg_missed_event),
	KUNIT_CASE(peer_sg_terminate),
	KUNIT_CASE(peer_cyclic),
	{}
};

static struct kunit_suite peer_suite = {
	.name = "edma_peer_6_1",
	.init = peer_init,
	.exit = peer_exit,
	.test_cases = peer_cases,
};
kunit_test_suite(peer_suite);
