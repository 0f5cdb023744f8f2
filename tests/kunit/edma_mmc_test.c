// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: the MMC DMA client (drivers/mmc/host/edma-mmc-client.c) on a
 * DA850 with the EVM's DSP reservations, against the MMC model on MMC1's
 * events (CC1 channels 28 "rx" and 29 "tx").  The DSP leaves Linux eight
 * PaRAM slots on CC1, so most lists are longer than the link slots and
 * are refilled while they run.
 */
#include <kunit/test.h>
#include <linux/err.h>
#include <linux/ioport.h>
#include <linux/platform_device.h>

#include "edma-mmc-client.h"
#include "edma_test_util.h"
#include "mmc_model.h"

#define MT_CTLR		1
#define MT_RX_CH	28
#define MT_TX_CH	29
#define MT_PORT		0x01e1b000	/* MMCSD1 */
#define MT_DRR		(MT_PORT + 0x28)
#define MT_DXR		(MT_PORT + 0x2c)
#define MT_THR		32
#define MT_BLOCKS	2048
#define MT_MAX_SEGS	64

struct mmc_test_ctx {
	struct kunit *test;
	struct mmc_model *card;
	struct platform_device *pdev;
	struct edma_mmc *host;
	bool registered;
	unsigned int dones;
	int err;
	u32 rng;
};

static struct mmc_test_ctx mt;

static u32 mmc_test_rand(void)
{
	mt.rng ^= mt.rng << 13;
	mt.rng ^= mt.rng >> 17;
	mt.rng ^= mt.rng << 5;
	return mt.rng;
}

static const struct edma_mmc_config mmc_test_cfg = {
	.rx_port = MT_DRR,
	.tx_port = MT_DXR,
	.fifo_width = 4,
	.rw_threshold = MT_THR,
};

static int mmc_test_probe(struct platform_device *pdev)
{
	struct edma_mmc *host = devm_edma_mmc_init(&pdev->dev, &mmc_test_cfg);

	if (IS_ERR(host))
		return PTR_ERR(host);
	mt.host = host;
	return 0;
}

static int mmc_test_remove(struct platform_device *pdev)
{
	mt.host = NULL;
	return 0;
}

static struct platform_driver mmc_test_driver = {
	.driver = { .name = "da830-mmc" },
	.probe = mmc_test_probe,
	.remove = mmc_test_remove,
};

static const struct resource mmc_test_res[] = {
	DEFINE_RES_DMA_NAMED(EDMA_DMA_SPEC(MT_CTLR, MT_RX_CH, 0), "rx"),
	DEFINE_RES_DMA_NAMED(EDMA_DMA_SPEC(MT_CTLR, MT_TX_CH, 0), "tx"),
};

static void mmc_test_bind(struct kunit *test)
{
	mt.pdev = host_platform_device_create("da830-mmc", 1, mmc_test_res,
					      ARRAY_SIZE(mmc_test_res), NULL, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(mt.pdev));
	KUNIT_ASSERT_NOT_NULL(test, mt.host);
}

static int mmc_test_init(struct kunit *test)
{
	struct mmc_model_config cfg = {
		.rx_event = MT_RX_CH,
		.tx_event = MT_TX_CH,
		.data_port = MT_PORT,
		.fifo_bytes = 2 * MT_THR,
		.rw_threshold = MT_THR,
		.nblocks = MT_BLOCKS,
	};
	int ret;

	memset(&mt, 0, sizeof(mt));
	mt.test = test;
	mt.rng = 0x6d6d6331;
	ret = edma_test_setup_da850(true);
	if (ret)
		return ret;
	ret = platform_driver_register(&mmc_test_driver);
	if (ret)
		return ret;
	mt.registered = true;
	cfg.cc = edma_test_cc(MT_CTLR);
	mt.card = mmc_model_create(edma_test_board->bus, &cfg);
	return mt.card ? 0 : -ENOMEM;
}

static void mmc_test_exit(struct kunit *test)
{
	if (mt.pdev)
		platform_device_unregister(mt.pdev);
	mt.pdev = NULL;
	if (mt.registered)
		platform_driver_unregister(&mmc_test_driver);
	mmc_model_destroy(mt.card);
	mt.card = NULL;
	edma_test_exit(test);
}

static void mmc_test_done(void *data, int err)
{
	KUNIT_EXPECT_PTR_EQ(mt.test, data, (void *)&mt);
	mt.dones++;
	mt.err = err;
}

/*
 * Split len bytes into nseg segments of random multiples of MT_THR,
 * placed in order with random gaps inside buf.
 */
static unsigned int mmc_test_shape(struct edma_mmc_sg *sg, const struct edma_test_buf *buf,
			     u32 len)
{
	u32 units = len / MT_THR, off = 0, n;
	unsigned int nsg = 0;

	while (units) {
		n = nsg == MT_MAX_SEGS - 1 ? units : 1 + mmc_test_rand() % 8;
		if (mmc_test_rand() % 4 == 0)
			n = 1 + mmc_test_rand() % 32;
		n = min(n, units);
		off += (mmc_test_rand() % 4) * 4;
		sg[nsg].addr = buf->dma + off;
		sg[nsg].len = n * MT_THR;
		off += sg[nsg].len;
		units -= n;
		nsg++;
	}
	return nsg;
}

/* Run one request through the card; returns the completion error. */
static int mmc_test_xfer(struct kunit *test, bool write, u32 lba, u32 nblocks,
		   const struct edma_mmc_sg *sg, unsigned int nsg)
{
	unsigned int dones = mt.dones, guard = 0;

	KUNIT_ASSERT_EQ(test, edma_mmc_submit(mt.host, write, sg, nsg,
					      mmc_test_done, &mt), 0);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(mt.card, write, lba, nblocks), 0);
	while ((mmc_model_busy(mt.card) || mt.dones == dones) &&
	       guard++ < 1000000) {
		mmc_model_step(mt.card, 2 * MT_THR);
		host_irq_poll();
	}
	KUNIT_EXPECT_EQ(test, mt.dones, dones + 1);
	return mt.err;
}

static void mmc_test_gather(u8 *dst, const struct edma_test_buf *buf,
		      const struct edma_mmc_sg *sg, unsigned int nsg)
{
	unsigned int i;

	for (i = 0; i < nsg; i++) {
		memcpy(dst, buf->cpu + (sg[i].addr - buf->dma), sg[i].len);
		dst += sg[i].len;
	}
}

static void mmc_test_scatter(const struct edma_test_buf *buf,
		       const struct edma_mmc_sg *sg, unsigned int nsg,
		       const u8 *src)
{
	unsigned int i;

	for (i = 0; i < nsg; i++) {
		memcpy(buf->cpu + (sg[i].addr - buf->dma), src, sg[i].len);
		src += sg[i].len;
	}
}

static void random_sg_10000_blocks_write_and_read_back_exact(struct kunit *t)
{
	static struct edma_mmc_sg sg[MT_MAX_SEGS];
	static u8 want[16 * 512], got[16 * 512];
	struct edma_mmc_stats st;
	unsigned int blocks = 0, nsg, i, bad = 0, max_nsg = 0;
	struct edma_test_buf buf;
	u32 lba, n;

	mmc_test_bind(t);
	edma_test_buf_alloc(t, &buf, 2 * sizeof(want), 0);
	while (blocks < 10000) {
		n = 1 + mmc_test_rand() % 16;
		lba = mmc_test_rand() % (MT_BLOCKS - n);
		for (i = 0; i < n * 512; i++)
			want[i] = mmc_test_rand();

		nsg = mmc_test_shape(sg, &buf, n * 512);
		max_nsg = max(max_nsg, nsg);
		mmc_test_scatter(&buf, sg, nsg, want);
		KUNIT_ASSERT_EQ(t, mmc_test_xfer(t, true, lba, n, sg, nsg), 0);
		bad += memcmp(mmc_model_storage(mt.card) + lba * 512, want,
			      n * 512) != 0;

		nsg = mmc_test_shape(sg, &buf, n * 512);
		memset(buf.cpu, 0, buf.size);
		KUNIT_ASSERT_EQ(t, mmc_test_xfer(t, false, lba, n, sg, nsg), 0);
		mmc_test_gather(got, &buf, sg, nsg);
		bad += memcmp(got, want, n * 512) != 0;
		blocks += n;
	}
	KUNIT_EXPECT_EQ(t, bad, 0u);
	KUNIT_EXPECT_EQ(t, mmc_model_stats(mt.card)->bad_accesses, 0ull);
	edma_mmc_get_stats(mt.host, &st);
	KUNIT_EXPECT_EQ(t, edma_mmc_max_links(mt.host), 8u);
	KUNIT_EXPECT_GT(t, max_nsg, 9u);
	KUNIT_EXPECT_GT(t, st.refills, 0ull);
	KUNIT_EXPECT_EQ(t, st.errors, 0ull);
}

static void one_segment_per_block_refills_every_slot(struct kunit *test)
{
	static struct edma_mmc_sg sg[64];
	struct edma_mmc_stats st;
	unsigned int i;
	struct edma_test_buf buf;

	mmc_test_bind(test);
	edma_test_buf_alloc(test, &buf, 64 * MT_THR, 0x42);
	/* 64 one-event segments through 8 link slots, reversed in memory */
	for (i = 0; i < 64; i++) {
		sg[i].addr = buf.dma + (63 - i) * MT_THR;
		sg[i].len = MT_THR;
	}
	KUNIT_ASSERT_EQ(test, mmc_test_xfer(test, true, 7, 4, sg, 64), 0);
	for (i = 0; i < 64; i++)
		KUNIT_EXPECT_EQ(test, memcmp(mmc_model_storage(mt.card) +
					     7 * 512 + i * MT_THR,
					     buf.cpu + (63 - i) * MT_THR,
					     MT_THR), 0);
	edma_mmc_get_stats(mt.host, &st);
	KUNIT_EXPECT_EQ(test, st.segments, 64ull);
	KUNIT_EXPECT_EQ(test, st.refills, 64ull - 1 - 8);
}

static void missed_event_ends_request_with_eio(struct kunit *test)
{
	static struct edma_mmc_sg sg[1];
	struct edma_test_buf buf;

	mmc_test_bind(test);
	edma_test_buf_alloc(test, &buf, 4096, 0);
	sg[0].addr = buf.dma;
	sg[0].len = 4096;
	KUNIT_ASSERT_EQ(test, edma_mmc_submit(mt.host, false, sg, 1, mmc_test_done,
					      &mt), 0);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(mt.card, false, 0, 8), 0);
	/* the controller stops serving; the card asks twice */
	edma3_set_auto_run(edma_test_cc(MT_CTLR), false);
	mmc_model_step(mt.card, 64);
	mmc_model_raise_spurious(mt.card);
	mmc_model_raise_spurious(mt.card);
	host_irq_poll();
	edma3_set_auto_run(edma_test_cc(MT_CTLR), true);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, mt.dones, 1u);
	KUNIT_EXPECT_EQ(test, mt.err, -EIO);
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(MT_CTLR, EDMA3_EER, MT_RX_CH));
	KUNIT_EXPECT_FALSE(test, edma_test_bit(MT_CTLR, EDMA3_EMR, MT_RX_CH));

	/* the host driver stops the card; the next request works */
	mmc_model_abort(mt.card);
	memset(mmc_model_storage(mt.card), 0x5c, 4096);
	KUNIT_EXPECT_EQ(test, mmc_test_xfer(test, false, 0, 8, sg, 1), 0);
	KUNIT_EXPECT_EQ(test, memcmp(buf.cpu, mmc_model_storage(mt.card),
				     4096), 0);
}

static void bus_error_ends_request_with_eio(struct kunit *test)
{
	static struct edma_mmc_sg sg[1];
	struct edma_test_buf buf;

	mmc_test_bind(test);
	edma_test_buf_alloc(test, &buf, 1024, 0);
	sg[0].addr = buf.dma;
	sg[0].len = 1024;
	edma3_inject_tc_error(edma_test_cc(MT_CTLR), 0, 1);
	KUNIT_EXPECT_EQ(test, mmc_test_xfer(test, true, 3, 2, sg, 1), -EIO);
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(MT_CTLR, EDMA3_EER, MT_TX_CH));
	mmc_model_abort(mt.card);
	memset(buf.cpu, 0xa5, 1024);
	KUNIT_EXPECT_EQ(test, mmc_test_xfer(test, true, 3, 2, sg, 1), 0);
	KUNIT_EXPECT_EQ(test, memcmp(mmc_model_storage(mt.card) + 3 * 512,
				     buf.cpu, 1024), 0);
}

static void timeout_abort_stops_the_channel(struct kunit *test)
{
	static struct edma_mmc_sg sg[2];
	struct edma_mmc_stats st;
	struct edma_test_buf buf;
	unsigned int i;

	mmc_test_bind(test);
	edma_test_buf_alloc(test, &buf, 2048, 0);
	sg[0].addr = buf.dma;
	sg[0].len = 1024;
	sg[1].addr = buf.dma + 1024;
	sg[1].len = 1024;
	KUNIT_ASSERT_EQ(test, edma_mmc_submit(mt.host, false, sg, 2, mmc_test_done,
					      &mt), 0);
	KUNIT_EXPECT_EQ(test, edma_mmc_submit(mt.host, false, sg, 2, mmc_test_done,
					      &mt), -EBUSY);
	KUNIT_ASSERT_EQ(test, mmc_model_cmd(mt.card, false, 0, 4), 0);
	mmc_model_step(mt.card, 256);
	host_irq_poll();
	mmc_model_stall(mt.card, true);
	for (i = 0; i < 100; i++) {
		mmc_model_step(mt.card, 64);
		host_irq_poll();
	}
	KUNIT_EXPECT_EQ(test, mt.dones, 0u);
	/* the host's data timeout fires */
	KUNIT_EXPECT_TRUE(test, edma_mmc_abort(mt.host, -ETIMEDOUT));
	KUNIT_EXPECT_EQ(test, mt.dones, 1u);
	KUNIT_EXPECT_EQ(test, mt.err, -ETIMEDOUT);
	KUNIT_EXPECT_FALSE(test, edma_mmc_abort(mt.host, -ETIMEDOUT));
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(MT_CTLR, EDMA3_EER, MT_RX_CH));
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(MT_CTLR, EDMA3_ER, MT_RX_CH));
	mmc_model_abort(mt.card);
	mmc_model_stall(mt.card, false);
	KUNIT_EXPECT_EQ(test, mmc_test_xfer(test, false, 0, 4, sg, 2), 0);
	KUNIT_EXPECT_EQ(test, memcmp(mmc_model_storage(mt.card), buf.cpu,
				     2048), 0);
	edma_mmc_get_stats(mt.host, &st);
	KUNIT_EXPECT_EQ(test, st.aborts, 1ull);
}

static void bad_lists_are_refused(struct kunit *test)
{
	struct edma_mmc_sg sg[1] = { { .addr = 0xc0000000, .len = 100 } };

	mmc_test_bind(test);
	KUNIT_EXPECT_EQ(test, edma_mmc_submit(mt.host, true, sg, 1, mmc_test_done,
					      &mt), -EINVAL);
	sg[0].len = 0;
	KUNIT_EXPECT_EQ(test, edma_mmc_submit(mt.host, true, sg, 1, mmc_test_done,
					      &mt), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_mmc_submit(mt.host, true, sg, 0, mmc_test_done,
					      &mt), -EINVAL);
}

/* Free slots per controller and free software channels. */
static void mmc_test_alloc_state(int st[3])
{
	static int held[1024];
	int n, i, c, h;

	for (c = 0; c < 2; c++) {
		for (n = 0; n < 1024; n++) {
			h = edma_alloc_slot(c, EDMA_SLOT_ANY);
			if (h < 0)
				break;
			held[n] = h;
		}
		st[c] = n;
		for (i = 0; i < n; i++)
			edma_free_slot(held[i]);
	}
	for (n = 0; n < 1024; n++) {
		h = edma_alloc_channel(EDMA_CHANNEL_ANY, NULL, NULL,
				       EVENTQ_DEFAULT);
		if (h < 0)
			break;
		held[n] = h;
	}
	st[2] = n;
	for (i = 0; i < n; i++)
		edma_free_channel(held[i]);
}

static void unbind_returns_every_channel_and_slot(struct kunit *test)
{
	static struct edma_mmc_sg sg[1];
	int before[3], bound[3], after[3], ch;
	struct edma_test_buf buf;

	mmc_test_alloc_state(before);
	mmc_test_bind(test);
	mmc_test_alloc_state(bound);
	KUNIT_EXPECT_EQ(test, bound[MT_CTLR], before[MT_CTLR] - 8);
	edma_test_buf_alloc(test, &buf, 512, 0);
	sg[0].addr = buf.dma;
	sg[0].len = 512;
	KUNIT_EXPECT_EQ(test, mmc_test_xfer(test, true, 1, 1, sg, 1), 0);
	/* unbind in the middle of a request: it ends with -ESHUTDOWN */
	KUNIT_ASSERT_EQ(test, edma_mmc_submit(mt.host, false, sg, 1, mmc_test_done,
					      &mt), 0);
	platform_device_unregister(mt.pdev);
	mt.pdev = NULL;
	KUNIT_EXPECT_EQ(test, mt.err, -ESHUTDOWN);
	mmc_test_alloc_state(after);
	KUNIT_EXPECT_EQ(test, after[0], before[0]);
	KUNIT_EXPECT_EQ(test, after[1], before[1]);
	KUNIT_EXPECT_EQ(test, after[2], before[2]);
	/* both event channels can be taken again */
	ch = edma_alloc_channel(EDMA_CTLR_CHAN(MT_CTLR, MT_RX_CH), NULL, NULL,
				EVENTQ_DEFAULT);
	KUNIT_EXPECT_EQ(test, ch, EDMA_CTLR_CHAN(MT_CTLR, MT_RX_CH));
	edma_free_channel(ch);
	ch = edma_alloc_channel(EDMA_CTLR_CHAN(MT_CTLR, MT_TX_CH), NULL, NULL,
				EVENTQ_DEFAULT);
	KUNIT_EXPECT_EQ(test, ch, EDMA_CTLR_CHAN(MT_CTLR, MT_TX_CH));
	edma_free_channel(ch);
}

static void probe_defers_until_the_controller_is_there(struct kunit *test)
{
	struct platform_device *pdev;
	struct edma_dma_spec spec;
	static const struct resource res[] = {
		DEFINE_RES_DMA_NAMED(EDMA_DMA_SPEC(3, 1, 0), "rx"),
		DEFINE_RES_DMA_NAMED(EDMA_DMA_SPEC(3, 2, 0), "tx"),
	};

	/* a controller number nothing registered */
	pdev = host_platform_device_create("da830-mmc", 2, res,
					   ARRAY_SIZE(res), NULL, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(pdev));
	KUNIT_EXPECT_EQ(test, edma_get_dma_spec(&pdev->dev, "rx", &spec),
			-EPROBE_DEFER);
	KUNIT_EXPECT_NULL(test, mt.host);
	KUNIT_EXPECT_GE(test, host_deferred_count(), 1u);
}

static struct kunit_case edma_mmc_cases[] = {
	KUNIT_CASE(random_sg_10000_blocks_write_and_read_back_exact),
	KUNIT_CASE(one_segment_per_block_refills_every_slot),
	KUNIT_CASE(missed_event_ends_request_with_eio),
	KUNIT_CASE(bus_error_ends_request_with_eio),
	KUNIT_CASE(timeout_abort_stops_the_channel),
	KUNIT_CASE(bad_lists_are_refused),
	KUNIT_CASE(unbind_returns_every_channel_and_slot),
	KUNIT_CASE(probe_defers_until_the_controller_is_there),
	{}
};

static struct kunit_suite edma_mmc_suite = {
	.name = "edma_mmc",
	.init = mmc_test_init,
	.exit = mmc_test_exit,
	.test_cases = edma_mmc_cases,
};
kunit_test_suite(edma_mmc_suite);
