// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: a DA850 EVM registered the way 3.10's devices-da8xx.c did it, and
 * left unmodified: one "edma" device carrying both controllers as an
 * edma_soc_info array with counts, queue maps and the DSP's reservations,
 * and a McASP device naming its requests with plain IORESOURCE_DMA
 * resources (channel 1 "tx", channel 0 "rx"); no slave_map, no DT.
 *
 * On it the PCM client runs full duplex, playback and capture at once, in
 * both of its modes: the port channels walking DDR themselves, and the
 * SRAM ping-pong where each direction also takes a RAM channel from
 * EDMA_CHANNEL_ANY, which must not be one of the McASP's.
 */
#include <kunit/test.h>
#include <linux/err.h>
#include <linux/ioport.h>
#include <linux/platform_device.h>
#include <linux/sizes.h>

#include "edma-pcm-client.h"
#include "edma_test_util.h"
#include "mcasp_model.h"
#include "edma-soc.h"

#define LB_PORT		0x01d02000	/* McASP0 DMA data port */
#define LB_TX_CH	1
#define LB_RX_CH	0
#define LB_WORD		4
#define LB_PERIOD	256
#define LB_PERIODS	4

/* ---- the 3.10 registration --------------------------------------------- */

static s8 lb_queue_tc[][2] = { { 0, 0 }, { 1, 1 }, { -1, -1 } };
static s8 lb_queue_prio[][2] = { { 0, 3 }, { 1, 7 }, { -1, -1 } };

static struct edma_soc_info lb_cc0 = {
	.n_channel = 32, .n_region = 4, .n_slot = 128, .n_tc = 2, .n_cc = 1,
	.queue_tc_mapping = lb_queue_tc,
	.queue_priority_mapping = lb_queue_prio,
	.default_queue = EVENTQ_1,
	.rsv = &edma_test_da850_evm_rsv[0],
};

static struct edma_soc_info lb_cc1 = {
	.n_channel = 32, .n_region = 4, .n_slot = 128, .n_tc = 1, .n_cc = 1,
	.queue_tc_mapping = lb_queue_tc,
	.queue_priority_mapping = lb_queue_prio,
	.default_queue = EVENTQ_0,
	.rsv = &edma_test_da850_evm_rsv[1],
};

/* 3.10: .start = DAVINCI_DA8XX_DMA_MCASP0_AXEVT, no queue, no controller */
static const struct resource lb_mcasp_res[] = {
	DEFINE_RES_DMA_NAMED(LB_TX_CH, "tx"),
	DEFINE_RES_DMA_NAMED(LB_RX_CH, "rx"),
};

static struct edma_pcm_pdata lb_pcm_pdata = {
	.asp_chan_q = EVENTQ_0,
	.ram_chan_q = EVENTQ_1,
	.sram_dma = 0x80000000,
	.sram_size = SZ_128K,
};

static struct platform_device *lb_register_edma(void)
{
	struct edma_soc_info *info[EDMA_MAX_CC] = { &lb_cc0, &lb_cc1 };

	return host_platform_device_create("edma", 0, edma_test_da850_legacy_res,
					   ET_DA850_LEGACY_NRES, info,
					   sizeof(info));
}

static struct platform_device *lb_register_mcasp(void)
{
	return host_platform_device_create("davinci-mcasp", 0, lb_mcasp_res,
					   ARRAY_SIZE(lb_mcasp_res),
					   &lb_pcm_pdata, sizeof(lb_pcm_pdata));
}

/* ---- full duplex ------------------------------------------------------- */

struct lb_stream {
	struct kunit *test;
	enum edma_pcm_dir dir;
	struct edma_pcm *pcm;
	struct edma_test_buf ring;
	u64 elapsed;
	u64 mismatches;
};

static struct {
	struct platform_device *mcasp;
	struct mcasp_model *asp;
	struct lb_stream s[2];		/* playback, capture */
	u64 play_idx, rec_idx, sink_mismatches;
} lb;

/* Stream byte idx of a direction: two distinct pseudo-random streams. */
static u8 lb_pat(enum edma_pcm_dir dir, u64 idx)
{
	u32 x = (u32)(idx / 4) * 0x9e3779b9u ^ (dir ? 0x5bd1e995u : 0x1b873593u);

	x ^= x >> 15;
	x *= 0x2c1b3c6du;
	x ^= x >> 12;
	return x >> (8 * (idx % 4));
}

static void lb_fill(u8 *p, enum edma_pcm_dir dir, u64 idx, unsigned int n)
{
	while (n--)
		*p++ = lb_pat(dir, idx++);
}

static void lb_sink(void *ctx, const u8 *data, u32 len)
{
	while (len--)
		lb.sink_mismatches +=
			*data++ != lb_pat(EDMA_PCM_PLAYBACK, lb.play_idx++);
}

static void lb_source(void *ctx, u8 *data, u32 len)
{
	lb_fill(data, EDMA_PCM_CAPTURE, lb.rec_idx, len);
	lb.rec_idx += len;
}

/* Playback refills the period just played; capture checks the one taken */
static void lb_period_elapsed(void *data)
{
	struct lb_stream *s = data;
	u8 *p = s->ring.cpu + (s->elapsed % LB_PERIODS) * LB_PERIOD;
	u64 idx = s->elapsed * LB_PERIOD;
	unsigned int i;

	if (s->dir == EDMA_PCM_PLAYBACK) {
		lb_fill(p, s->dir, idx + LB_PERIODS * LB_PERIOD, LB_PERIOD);
	} else {
		for (i = 0; i < LB_PERIOD; i++)
			s->mismatches += p[i] != lb_pat(s->dir, idx + i);
	}
	s->elapsed++;
}

static void lb_open(struct kunit *test, struct lb_stream *s,
		    enum edma_pcm_dir dir, bool sram)
{
	struct edma_pcm_params params = {
		.dma_addr = LB_PORT,
		.acnt = LB_WORD,
		.fifo_level = 8,
		.use_sram = sram,
	};

	s->test = test;
	s->dir = dir;
	edma_test_buf_alloc(test, &s->ring, LB_PERIOD * LB_PERIODS, 0);
	if (dir == EDMA_PCM_PLAYBACK)
		lb_fill(s->ring.cpu, dir, 0, LB_PERIOD * LB_PERIODS);
	s->pcm = edma_pcm_open(&lb.mcasp->dev, dir, &params,
			       lb_period_elapsed, s);
	KUNIT_ASSERT_FALSE(test, IS_ERR(s->pcm));
	KUNIT_ASSERT_EQ(test, edma_pcm_prepare(s->pcm, s->ring.dma, LB_PERIOD,
					       LB_PERIODS), 0);
}

static int lb_init(struct kunit *test)
{
	struct platform_device *edma;
	int ret;

	memset(&lb, 0, sizeof(lb));
	ret = edma_test_setup_bare(&board_da850);
	if (ret)
		return ret;
	/* 3.10's order: the SoC's edma device first, the board's McASP later */
	edma = lb_register_edma();
	lb.mcasp = lb_register_mcasp();
	if (IS_ERR(edma) || IS_ERR(lb.mcasp))
		return -ENODEV;
	return 0;
}

static void lb_exit(struct kunit *test)
{
	unsigned int i;

	for (i = 0; i < 2; i++)
		edma_pcm_close(lb.s[i].pcm);
	mcasp_model_destroy(lb.asp);
	edma_test_exit(test);
}

static void lb_full_duplex(struct kunit *test, bool sram)
{
	struct lb_stream *play = &lb.s[0], *rec = &lb.s[1];
	struct mcasp_model_config cfg = {
		.cc = edma_test_cc(0),
		.tx_event = LB_TX_CH,
		.rx_event = LB_RX_CH,
		.data_port = LB_PORT,
		.word_bytes = LB_WORD,
		.fifo_words = 16,
		.numevt = 8,
		.rate_hz = 48000,
		.tx_sink = lb_sink,
		.rx_source = lb_source,
	};
	const struct mcasp_model_stats *st;
	unsigned int step;

	lb.asp = mcasp_model_create(edma_test_board->bus, &cfg);
	KUNIT_ASSERT_NOT_NULL(test, lb.asp);
	lb_open(test, play, EDMA_PCM_PLAYBACK, sram);
	lb_open(test, rec, EDMA_PCM_CAPTURE, sram);
	KUNIT_ASSERT_EQ(test, edma_pcm_trigger(play->pcm, EDMA_PCM_START), 0);
	KUNIT_ASSERT_EQ(test, edma_pcm_trigger(rec->pcm, EDMA_PCM_START), 0);
	mcasp_model_enable(lb.asp, true, true);
	host_irq_poll();
	for (step = 0; step < 2000 * LB_PERIOD / LB_WORD; step += 16) {
		mcasp_model_tick(lb.asp, 16);
		host_irq_poll();
	}

	st = mcasp_model_stats(lb.asp);
	KUNIT_EXPECT_EQ(test, st->underruns, 0ull);
	KUNIT_EXPECT_EQ(test, st->overruns, 0ull);
	KUNIT_EXPECT_EQ(test, st->bad_accesses, 0ull);
	KUNIT_EXPECT_EQ(test, lb.sink_mismatches, 0ull);
	KUNIT_EXPECT_EQ(test, rec->mismatches, 0ull);
	KUNIT_EXPECT_GE(test, play->elapsed, 1999ull);
	KUNIT_EXPECT_GE(test, rec->elapsed, 1999ull);
	KUNIT_EXPECT_EQ(test, st->played_words, 2000ull * LB_PERIOD / LB_WORD);
}

static void duplex_direct_mode_bytes_exact(struct kunit *test)
{
	lb_full_duplex(test, false);
}

static void duplex_sram_ping_pong_bytes_exact(struct kunit *test)
{
	lb_full_duplex(test, true);
}

/* ---- the channels the McASP names --------------------------------------- */

/* 3.x: the channels a device names are started by their event... */
static void named_channels_wait_for_their_event(struct kunit *test)
{
	struct edma_test_buf src, dst;
	int h;

	edma_test_buf_alloc(test, &src, 64, 7);
	edma_test_buf_alloc(test, &dst, 64, 0);
	memset(dst.cpu, 0, 64);
	h = edma_alloc_channel(LB_RX_CH, edma_test_cb, NULL, EVENTQ_DEFAULT);
	KUNIT_ASSERT_EQ(test, h, LB_RX_CH);
	edma_test_program_copy(h, &src, &dst, 64, LB_RX_CH);
	KUNIT_ASSERT_EQ(test, edma_start(h), 0);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_is_zero(&dst, 64));
	edma3_event(edma_test_cc(0), LB_RX_CH);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, 64, 7));
}

/* ... and any other channel allocated by number by software, as 3.x did */
static void unnamed_channel_by_number_starts_by_software(struct kunit *test)
{
	struct edma_test_buf src, dst;
	int h;

	edma_test_buf_alloc(test, &src, 64, 9);
	edma_test_buf_alloc(test, &dst, 64, 0);
	memset(dst.cpu, 0, 64);
	h = edma_alloc_channel(5, edma_test_cb, NULL, EVENTQ_DEFAULT);
	KUNIT_ASSERT_EQ(test, h, 5);
	edma_test_program_copy(h, &src, &dst, 64, 5);
	KUNIT_ASSERT_EQ(test, edma_start(h), 0);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, 64, 9));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(h, EDMA_DMA_COMPLETE), 1u);
}

/* Take every channel EDMA_CHANNEL_ANY gives; none may be the McASP's. */
static void expect_any_never_returns_the_mcasps(struct kunit *test)
{
	int h, n = 0;

	while ((h = edma_alloc_channel(EDMA_CHANNEL_ANY, NULL, NULL,
				       EVENTQ_DEFAULT)) >= 0) {
		KUNIT_EXPECT_NE(test, h, LB_TX_CH);
		KUNIT_EXPECT_NE(test, h, LB_RX_CH);
		n++;
	}
	KUNIT_EXPECT_EQ(test, h, -ENOMEM);
	/* CC0: 32 less 12 of the DSP's and 2 of the McASP's; CC1: 2 left */
	KUNIT_EXPECT_EQ(test, n, 32 - 12 - 2 + 2);
}

static void any_channel_is_never_the_mcasps(struct kunit *test)
{
	expect_any_never_returns_the_mcasps(test);
}

/* The McASP registered before the controllers: seen when they register. */
static void device_registered_first_is_claimed_too(struct kunit *test)
{
	struct platform_device *edma;

	/* lb_init registered both: start over in the other order */
	edma_test_exit(test);
	KUNIT_ASSERT_EQ(test, edma_test_setup_bare(&board_da850), 0);
	lb.mcasp = lb_register_mcasp();
	edma = lb_register_edma();
	KUNIT_ASSERT_FALSE(test, IS_ERR(edma));
	expect_any_never_returns_the_mcasps(test);
}

static struct kunit_case edma_legacy_board_cases[] = {
	KUNIT_CASE(duplex_direct_mode_bytes_exact),
	KUNIT_CASE(duplex_sram_ping_pong_bytes_exact),
	KUNIT_CASE(named_channels_wait_for_their_event),
	KUNIT_CASE(unnamed_channel_by_number_starts_by_software),
	KUNIT_CASE(any_channel_is_never_the_mcasps),
	KUNIT_CASE(device_registered_first_is_claimed_too),
	{}
};

static struct kunit_suite edma_legacy_board_suite = {
	.name = "edma_legacy_board",
	.init = lb_init,
	.exit = lb_exit,
	.test_cases = edma_legacy_board_cases,
};

kunit_test_suite(edma_legacy_board_suite);
