// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: the PCM DMA client (sound/soc/ti/edma-pcm-client.c) on a
 * DA850 with the EVM's DSP reservations, playing into and recording from
 * the McASP model on McASP0's events (CC0 channels 1 "tx" and 0 "rx").
 *
 * The stream is a seeded pseudo-random byte sequence addressed by its
 * position, so every played word can be checked against the byte it
 * should be, however the transfer was paused, underrun or recovered.
 */
#include <kunit/test.h>
#include <linux/err.h>
#include <linux/ioport.h>
#include <linux/of.h>
#include <linux/platform_device.h>

#include "edma-pcm-client.h"
#include "edma_test_util.h"
#include "mcasp_model.h"

#define AU_PORT		0x01d02000	/* McASP0 DMA data port */
#define AU_TX_CH	1
#define AU_RX_CH	0
#define AU_WORD		4

struct au_ctx {
	struct kunit *test;
	struct mcasp_model *asp;
	struct edma_pcm *pcm;
	struct platform_device *pdev;
	struct edma_test_buf ring;
	enum edma_pcm_dir dir;
	unsigned int period;		/* bytes */
	unsigned int periods;
	u32 seed;
	u64 elapsed;			/* period callbacks */
	u64 play_idx;			/* next stream byte the port plays */
	u64 rec_idx;			/* next stream byte the port records */
	u64 mismatches;
	bool stop_checking;
	const struct edma_pcm_pdata *params_pdata;	/* au_start's */
};

static struct au_ctx au;

static u8 au_pat(u32 seed, u64 idx)
{
	u32 x = seed ^ (u32)(idx / 4) * 0x9e3779b9u ^ (u32)(idx >> 34);

	x ^= x >> 16;
	x *= 0x7feb352du;
	x ^= x >> 15;
	x *= 0x846ca68bu;
	x ^= x >> 16;
	return x >> (8 * (idx % 4));
}

static void au_fill(u8 *dst, u64 idx, unsigned int len)
{
	while (len--)
		*dst++ = au_pat(au.seed, idx++);
}

static void au_sink(void *ctx, const u8 *data, u32 len)
{
	while (len--)
		au.mismatches += *data++ != au_pat(au.seed, au.play_idx++);
}

static void au_source(void *ctx, u8 *data, u32 len)
{
	au_fill(data, au.rec_idx, len);
	au.rec_idx += len;
}

/* ALSA side: playback refills the period just played, capture checks it */
static void au_period_elapsed(void *data)
{
	unsigned int k = au.elapsed % au.periods;
	u8 *p = au.ring.cpu + (size_t)k * au.period;
	u64 idx = au.elapsed * au.period;
	unsigned int i;

	KUNIT_EXPECT_PTR_EQ(au.test, data, (void *)&au);
	if (au.dir == EDMA_PCM_PLAYBACK) {
		au_fill(p, idx + (u64)au.periods * au.period, au.period);
	} else if (!au.stop_checking) {
		for (i = 0; i < au.period; i++)
			au.mismatches += p[i] != au_pat(au.seed, idx + i);
	}
	au.elapsed++;
}

static struct edma_pcm_pdata au_pdata = {
	.asp_chan_q = EVENTQ_DEFAULT,
	.ram_chan_q = EVENTQ_1,
	.sram_dma = 0x80000000,
	.sram_size = 128 << 10,
};

static const struct resource au_res[] = {
	DEFINE_RES_DMA_NAMED(EDMA_DMA_SPEC(0, AU_TX_CH, 0), "tx"),
	DEFINE_RES_DMA_NAMED(EDMA_DMA_SPEC(0, AU_RX_CH, 0), "rx"),
};

static int au_init(struct kunit *test)
{
	int ret = edma_test_setup_da850(true);

	memset(&au, 0, sizeof(au));
	au.test = test;
	if (ret)
		return ret;
	au.pdev = host_platform_device_create("davinci-mcasp", 0, au_res,
					      ARRAY_SIZE(au_res), &au_pdata,
					      sizeof(au_pdata));
	return IS_ERR(au.pdev) ? PTR_ERR(au.pdev) : 0;
}

static void au_exit(struct kunit *test)
{
	edma_pcm_close(au.pcm);
	au.pcm = NULL;
	mcasp_model_destroy(au.asp);
	au.asp = NULL;
	edma_test_exit(test);
}

/* Port model: numevt words per request, rearm as given. */
static void au_make_port(struct kunit *test, unsigned int numevt,
			 unsigned int rearm)
{
	struct mcasp_model_config cfg = {
		.cc = edma_test_cc(0),
		.tx_event = AU_TX_CH,
		.rx_event = AU_RX_CH,
		.data_port = AU_PORT,
		.word_bytes = AU_WORD,
		.fifo_words = 2 * numevt,
		.numevt = numevt,
		.rate_hz = 96000,
		.rearm_ticks = rearm,
		.tx_sink = au_sink,
		.rx_source = au_source,
	};

	au.asp = mcasp_model_create(edma_test_board->bus, &cfg);
	KUNIT_ASSERT_NOT_NULL(test, au.asp);
}

/* Open, prepare and start a stream of periods x period bytes. */
static void au_start(struct kunit *test, enum edma_pcm_dir dir,
		     unsigned int numevt, bool sram, unsigned int period,
		     unsigned int periods, u32 seed)
{
	struct edma_pcm_params params = {
		.dma_addr = AU_PORT,
		.acnt = AU_WORD,
		.fifo_level = numevt,
		.use_sram = sram,
		.pdata = au.params_pdata,
	};

	au.dir = dir;
	au.period = period;
	au.periods = periods;
	au.seed = seed;
	if (!au.asp)
		au_make_port(test, numevt, 0);
	edma_test_buf_alloc(test, &au.ring, (size_t)period * periods, 0);
	if (dir == EDMA_PCM_PLAYBACK)
		au_fill(au.ring.cpu, 0, period * periods);
	au.pcm = edma_pcm_open(&au.pdev->dev, dir, &params, au_period_elapsed,
			       &au);
	KUNIT_ASSERT_FALSE(test, IS_ERR(au.pcm));
	KUNIT_ASSERT_EQ(test, edma_pcm_prepare(au.pcm, au.ring.dma, period,
					       periods), 0);
	KUNIT_ASSERT_EQ(test, edma_pcm_trigger(au.pcm, EDMA_PCM_START), 0);
	mcasp_model_enable(au.asp, dir == EDMA_PCM_PLAYBACK,
			   dir == EDMA_PCM_CAPTURE);
	host_irq_poll();
}

/*
 * Run the port for n periods' worth of words in steps, delivering
 * interrupts after each; the pointer must only move forward (modulo the
 * ring) between two samples.
 */
static void au_run(struct kunit *test, u64 nperiods, unsigned int step)
{
	u64 words = nperiods * au.period / AU_WORD, done;
	unsigned int ring = au.period * au.periods;
	unsigned int pos = edma_pcm_pointer(au.pcm), now, fwd;
	bool back = false;

	for (done = 0; done < words; done += step) {
		mcasp_model_tick(au.asp, step);
		host_irq_poll();
		now = edma_pcm_pointer(au.pcm);
		fwd = (now + ring - pos) % ring;
		if (fwd > ring / 2)
			back = true;
		pos = now;
	}
	KUNIT_EXPECT_FALSE(test, back);
}

static void au_close(struct kunit *test)
{
	edma_pcm_close(au.pcm);
	au.pcm = NULL;
	mcasp_model_enable(au.asp, false, false);
}

static void playback_10000_periods_bytes_and_callbacks_exact(struct kunit *t)
{
	const struct mcasp_model_stats *st;
	struct edma_pcm_stats ps;

	au_start(t, EDMA_PCM_PLAYBACK, 8, false, 256, 4, 0x1234);
	au_run(t, 10000, 16);
	st = mcasp_model_stats(au.asp);
	KUNIT_EXPECT_EQ(t, au.mismatches, 0ull);
	KUNIT_EXPECT_EQ(t, st->underruns, 0ull);
	KUNIT_EXPECT_EQ(t, st->played_words, 10000ull * 256 / AU_WORD);
	/* the DMA runs a FIFO ahead of the serializer */
	KUNIT_EXPECT_EQ(t, au.elapsed,
			(st->dma_bytes_in - 8 * AU_WORD) / 256);
	KUNIT_EXPECT_GE(t, au.elapsed, 9999ull);
	edma_pcm_get_stats(au.pcm, &ps);
	KUNIT_EXPECT_EQ(t, ps.periods, au.elapsed);
	KUNIT_EXPECT_EQ(t, ps.errors, 0ull);
}

static void playback_one_word_per_event_is_exact(struct kunit *test)
{
	au_start(test, EDMA_PCM_PLAYBACK, 1, false, 64, 3, 77);
	au_run(test, 600, 1);
	KUNIT_EXPECT_EQ(test, au.mismatches, 0ull);
	KUNIT_EXPECT_EQ(test, mcasp_model_stats(au.asp)->underruns, 0ull);
	KUNIT_EXPECT_GE(test, au.elapsed, 599ull);
}

/* Interrupts delivered only every few periods still give every period. */
static void coalesced_interrupts_give_every_period_once(struct kunit *test)
{
	au_start(test, EDMA_PCM_PLAYBACK, 8, false, 128, 8, 5);
	/* two periods between deliveries: one IRQ edge for both */
	au_run(test, 400, 64);
	KUNIT_EXPECT_EQ(test, au.mismatches, 0ull);
	KUNIT_EXPECT_GE(test, au.elapsed, 399ull);
	KUNIT_EXPECT_LE(test, au.elapsed, 401ull);
}

static void capture_10000_periods_bytes_exact(struct kunit *test)
{
	au_start(test, EDMA_PCM_CAPTURE, 8, false, 256, 4, 0xbeef);
	au_run(test, 10000, 16);
	KUNIT_EXPECT_EQ(test, au.mismatches, 0ull);
	KUNIT_EXPECT_EQ(test, mcasp_model_stats(au.asp)->overruns, 0ull);
	KUNIT_EXPECT_GE(test, au.elapsed, 9999ull);
}

static void sram_pingpong_playback_is_exact(struct kunit *test)
{
	struct edma_pcm_stats ps;

	au_start(test, EDMA_PCM_PLAYBACK, 8, true, 512, 6, 0x5a5a);
	au_run(test, 3000, 16);
	KUNIT_EXPECT_EQ(test, au.mismatches, 0ull);
	KUNIT_EXPECT_EQ(test, mcasp_model_stats(au.asp)->underruns, 0ull);
	KUNIT_EXPECT_GE(test, au.elapsed, 2999ull);
	KUNIT_EXPECT_LE(test, au.elapsed, 3001ull);
	edma_pcm_get_stats(au.pcm, &ps);
	KUNIT_EXPECT_EQ(test, ps.errors, 0ull);
}

static void sram_pingpong_capture_two_periods_is_exact(struct kunit *test)
{
	au_start(test, EDMA_PCM_CAPTURE, 4, true, 256, 2, 99);
	au_run(test, 500, 8);
	KUNIT_EXPECT_EQ(test, au.mismatches, 0ull);
	KUNIT_EXPECT_GE(test, au.elapsed, 499ull);
}

static void sram_pingpong_capture_is_exact(struct kunit *test)
{
	au_start(test, EDMA_PCM_CAPTURE, 8, true, 512, 4, 0x77);
	au_run(test, 3000, 16);
	KUNIT_EXPECT_EQ(test, au.mismatches, 0ull);
	KUNIT_EXPECT_GE(test, au.elapsed, 2999ull);
}

/*
 * A DAI driver whose device carries platform data of its own kind (McASP's
 * struct davinci_mcasp_pdata) passes queues and SRAM in the parameters;
 * the device's platform data is then not read.
 */
static void params_pdata_stands_in_for_the_device_one(struct kunit *test)
{
	static const u8 foreign[sizeof(struct edma_pcm_pdata)];
	struct platform_device *own;

	own = host_platform_device_create("davinci-mcasp", 2, au_res,
					  ARRAY_SIZE(au_res), foreign,
					  sizeof(foreign));
	KUNIT_ASSERT_FALSE(test, IS_ERR(own));
	au.pdev = own;
	au.params_pdata = &au_pdata;
	au_start(test, EDMA_PCM_PLAYBACK, 8, true, 512, 4, 0x1234);
	au_run(test, 200, 16);
	KUNIT_EXPECT_EQ(test, au.mismatches, 0ull);
	KUNIT_EXPECT_GE(test, au.elapsed, 199ull);
}

static void pause_stops_data_and_resume_loses_nothing(struct kunit *test)
{
	const struct mcasp_model_stats *st;
	u64 in, played, elapsed;
	unsigned int pos;

	au_start(test, EDMA_PCM_PLAYBACK, 8, false, 256, 4, 3);
	au_run(test, 10, 16);
	st = mcasp_model_stats(au.asp);
	KUNIT_ASSERT_EQ(test, edma_pcm_trigger(au.pcm, EDMA_PCM_PAUSE_PUSH),
			0);
	in = st->dma_bytes_in;
	pos = edma_pcm_pointer(au.pcm);
	elapsed = au.elapsed;
	played = st->played_words;
	mcasp_model_tick(au.asp, 1000);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, st->dma_bytes_in, in);
	KUNIT_EXPECT_EQ(test, edma_pcm_pointer(au.pcm), pos);
	KUNIT_EXPECT_EQ(test, au.elapsed, elapsed);
	/* the port drained its FIFO, then played silence */
	KUNIT_EXPECT_LE(test, st->played_words, played + 16);
	KUNIT_EXPECT_GT(test, st->underruns, 900ull);

	KUNIT_ASSERT_EQ(test, edma_pcm_trigger(au.pcm,
					       EDMA_PCM_PAUSE_RELEASE), 0);
	au_run(test, 40, 16);
	KUNIT_EXPECT_EQ(test, au.mismatches, 0ull);
	KUNIT_EXPECT_GE(test, au.elapsed, elapsed + 39);
}

/*
 * The controller stops serving (auto-run off) while the port keeps
 * asking: the port's second request is a missed event, the client cleans
 * the channel and lets events in again, and the stream carries on from
 * where it was, with silence for the gap and nothing lost or repeated.
 */
static void missed_event_is_recovered_without_loss(struct kunit *test)
{
	const struct mcasp_model_stats *st;
	struct edma_pcm_stats ps;
	u64 elapsed;

	au_make_port(test, 8, 4);
	au_start(test, EDMA_PCM_PLAYBACK, 8, false, 256, 4, 0xe77);
	au_run(test, 20, 16);
	edma3_set_auto_run(edma_test_cc(0), false);
	mcasp_model_tick(au.asp, 64);
	host_irq_poll();
	edma_pcm_get_stats(au.pcm, &ps);
	KUNIT_EXPECT_GE(test, ps.errors, 1ull);
	KUNIT_EXPECT_GE(test, ps.recoveries, 1ull);
	edma3_set_auto_run(edma_test_cc(0), true);
	host_irq_poll();

	elapsed = au.elapsed;
	au_run(test, 100, 16);
	st = mcasp_model_stats(au.asp);
	KUNIT_EXPECT_GT(test, st->underruns, 0ull);
	KUNIT_EXPECT_GT(test, st->rearms, 0ull);
	KUNIT_EXPECT_EQ(test, au.mismatches, 0ull);
	KUNIT_EXPECT_GE(test, au.elapsed, elapsed + 95);
	KUNIT_EXPECT_FALSE(test, edma_test_bit(0, EDMA3_EMR, AU_TX_CH));
}

/* Free slots per controller and free software channels. */
struct au_alloc_state {
	int slots[2];
	int channels;
};

static void au_alloc_state(struct au_alloc_state *s)
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
		s->slots[c] = n;
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
	s->channels = n;
	for (i = 0; i < n; i++)
		edma_free_channel(held[i]);
}

static void close_returns_every_channel_and_slot(struct kunit *test)
{
	struct au_alloc_state before, after;

	au_alloc_state(&before);
	KUNIT_ASSERT_GT(test, before.slots[0], 4);

	au_start(test, EDMA_PCM_PLAYBACK, 8, false, 256, 4, 1);
	au_run(test, 5, 16);
	au_close(test);
	au_start(test, EDMA_PCM_PLAYBACK, 8, true, 256, 4, 2);
	au_run(test, 5, 16);
	au_close(test);
	au_start(test, EDMA_PCM_CAPTURE, 8, true, 256, 4, 3);
	au_run(test, 5, 16);
	au_close(test);

	au_alloc_state(&after);
	KUNIT_EXPECT_EQ(test, after.slots[0], before.slots[0]);
	KUNIT_EXPECT_EQ(test, after.slots[1], before.slots[1]);
	KUNIT_EXPECT_EQ(test, after.channels, before.channels);
	/* the port channel is free again too */
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_EER, AU_TX_CH));
}

static void stop_then_prepare_plays_again(struct kunit *test)
{
	au_start(test, EDMA_PCM_PLAYBACK, 8, false, 256, 4, 11);
	au_run(test, 8, 16);
	KUNIT_ASSERT_EQ(test, edma_pcm_trigger(au.pcm, EDMA_PCM_STOP), 0);
	KUNIT_EXPECT_EQ(test, edma_pcm_trigger(au.pcm, EDMA_PCM_START),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, edma_pcm_pointer(au.pcm), 0u);
	/* a fresh stream from the ring's start */
	mcasp_model_enable(au.asp, false, false);
	au.play_idx = 0;
	au.elapsed = 0;
	au_fill(au.ring.cpu, 0, 4 * 256);
	KUNIT_ASSERT_EQ(test, edma_pcm_prepare(au.pcm, au.ring.dma, 256, 4),
			0);
	KUNIT_ASSERT_EQ(test, edma_pcm_trigger(au.pcm, EDMA_PCM_START), 0);
	mcasp_model_enable(au.asp, true, false);
	au_run(test, 20, 16);
	KUNIT_EXPECT_EQ(test, au.mismatches, 0ull);
	KUNIT_EXPECT_GE(test, au.elapsed, 19ull);
}

static void bad_shapes_are_refused(struct kunit *test)
{
	struct edma_pcm_params params = {
		.dma_addr = AU_PORT, .acnt = AU_WORD, .fifo_level = 8,
		.use_sram = true,
	};

	au.pcm = edma_pcm_open(&au.pdev->dev, EDMA_PCM_PLAYBACK, &params,
			       au_period_elapsed, &au);
	KUNIT_ASSERT_FALSE(test, IS_ERR(au.pcm));
	/* not a multiple of a request, odd ring in ping-pong, too big */
	KUNIT_EXPECT_EQ(test, edma_pcm_prepare(au.pcm, 0xc0000000, 100, 4),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, edma_pcm_prepare(au.pcm, 0xc0000000, 256, 3),
			-EINVAL);
	/* a ping-pong playback fetches two periods ahead: four at least */
	KUNIT_EXPECT_EQ(test, edma_pcm_prepare(au.pcm, 0xc0000000, 256, 2),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, edma_pcm_prepare(au.pcm, 0xc0000000, 65536, 2),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, edma_pcm_trigger(au.pcm, EDMA_PCM_START),
			-EINVAL);
}

/*
 * The ping-pong shape rule a DAI driver asks at hw_params: each limit on
 * its own, for both directions (128 KiB of SRAM: 32 KiB per period at
 * most, and the signed 16-bit SRAM index caps a period below that).
 */
static void pingpong_shape_rule(struct kunit *test)
{
	const struct edma_pcm_pdata none = { .sram_size = 0 };
	const struct edma_pcm_pdata small = { .sram_size = 4096 };

	KUNIT_EXPECT_TRUE(test, edma_pcm_pingpong_fits(&au_pdata,
					EDMA_PCM_CAPTURE, 256, 2));
	KUNIT_EXPECT_FALSE(test, edma_pcm_pingpong_fits(&au_pdata,
					EDMA_PCM_CAPTURE, 256, 3));
	KUNIT_EXPECT_TRUE(test, edma_pcm_pingpong_fits(&au_pdata,
					EDMA_PCM_PLAYBACK, 256, 4));
	KUNIT_EXPECT_FALSE(test, edma_pcm_pingpong_fits(&au_pdata,
					EDMA_PCM_PLAYBACK, 256, 2));
	KUNIT_EXPECT_TRUE(test, edma_pcm_pingpong_fits(&au_pdata,
					EDMA_PCM_CAPTURE, 0x7fff, 2));
	KUNIT_EXPECT_FALSE(test, edma_pcm_pingpong_fits(&au_pdata,
					EDMA_PCM_CAPTURE, 0x8000, 2));
	/* a direction's half holds two periods */
	KUNIT_EXPECT_TRUE(test, edma_pcm_pingpong_fits(&small,
					EDMA_PCM_CAPTURE, 1024, 2));
	KUNIT_EXPECT_FALSE(test, edma_pcm_pingpong_fits(&small,
					EDMA_PCM_CAPTURE, 1056, 2));
	KUNIT_EXPECT_FALSE(test, edma_pcm_pingpong_fits(&none,
					EDMA_PCM_CAPTURE, 256, 2));
	KUNIT_EXPECT_FALSE(test, edma_pcm_pingpong_fits(NULL,
					EDMA_PCM_CAPTURE, 256, 2));
}

static void open_without_request_line_fails(struct kunit *test)
{
	struct edma_pcm_params params = { .dma_addr = AU_PORT, .acnt = 4 };
	struct platform_device *bare;
	struct edma_pcm *pcm;

	bare = host_platform_device_create("davinci-mcasp", 1, NULL, 0,
					   NULL, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(bare));
	pcm = edma_pcm_open(&bare->dev, EDMA_PCM_PLAYBACK, &params,
			    au_period_elapsed, &au);
	KUNIT_EXPECT_EQ(test, PTR_ERR(pcm), (long)-ENOENT);
	/* ping-pong needs SRAM in the platform data */
	params.use_sram = true;
	pcm = edma_pcm_open(&bare->dev, EDMA_PCM_PLAYBACK, &params,
			    au_period_elapsed, &au);
	KUNIT_EXPECT_EQ(test, PTR_ERR(pcm), (long)-EINVAL);
}

/* ---- which ports are ours: edma_pcm_serves() ------------------------ */

static int au_lines_init(struct kunit *test)
{
	memset(&au, 0, sizeof(au));
	au.test = test;
	ET_REQUIRE(test, HOST_CAP_OF);
	return host_of_load_dts_file("tests/dts/mcasp-dma-lines.dts");
}

static void au_lines_exit(struct kunit *test)
{
	host_platform_unregister_all();
	host_of_unload();
}

/* Whether the port at node @path is served, for each direction. */
static void au_expect_served(struct kunit *test, const char *path,
			     bool play, bool rec)
{
	struct device_node *np = of_find_node_by_path(path);
	struct platform_device *pdev;

	KUNIT_ASSERT_NOT_NULL(test, np);
	pdev = host_platform_device_create("davinci-mcasp", PLATFORM_DEVID_AUTO,
					   NULL, 0, NULL, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(pdev));
	pdev->dev.of_node = np;
	KUNIT_EXPECT_EQ(test, edma_pcm_serves(&pdev->dev, EDMA_PCM_PLAYBACK),
			play);
	KUNIT_EXPECT_EQ(test, edma_pcm_serves(&pdev->dev, EDMA_PCM_CAPTURE),
			rec);
	pdev->dev.of_node = NULL;
	of_node_put(np);
}

static void line_at_an_edma3_cc_is_served(struct kunit *test)
{
	au_expect_served(test, "/mcasp-edma", true, true);
}

static void line_at_an_sdma_is_not(struct kunit *test)
{
	au_expect_served(test, "/mcasp-sdma", false, false);
}

/* A crossbar is followed to the controller it feeds (dma-masters). */
static void line_through_a_crossbar_follows_its_master(struct kunit *test)
{
	au_expect_served(test, "/mcasp-edma-xbar", true, true);
	au_expect_served(test, "/mcasp-sdma-xbar", false, false);
}

/* Legacy boards: a named IORESOURCE_DMA resource is an EDMA3 event. */
static void named_dma_resource_is_served(struct kunit *test)
{
	static const struct resource tx_only[] = {
		DEFINE_RES_DMA_NAMED(EDMA_CTLR_CHAN(0, AU_TX_CH), "tx"),
	};
	struct platform_device *pdev;

	pdev = host_platform_device_create("davinci-mcasp", PLATFORM_DEVID_AUTO,
					   tx_only, ARRAY_SIZE(tx_only),
					   NULL, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(pdev));
	KUNIT_EXPECT_TRUE(test, edma_pcm_serves(&pdev->dev,
						EDMA_PCM_PLAYBACK));
	KUNIT_EXPECT_FALSE(test, edma_pcm_serves(&pdev->dev,
						 EDMA_PCM_CAPTURE));
	KUNIT_EXPECT_FALSE(test, edma_pcm_serves(NULL, EDMA_PCM_PLAYBACK));
}

static struct kunit_case edma_audio_lines_cases[] = {
	KUNIT_CASE(line_at_an_edma3_cc_is_served),
	KUNIT_CASE(line_at_an_sdma_is_not),
	KUNIT_CASE(line_through_a_crossbar_follows_its_master),
	{}
};

static struct kunit_suite edma_audio_lines_suite = {
	.name = "edma_audio_lines",
	.init = au_lines_init,
	.exit = au_lines_exit,
	.test_cases = edma_audio_lines_cases,
};

static struct kunit_case edma_audio_cases[] = {
	KUNIT_CASE(playback_10000_periods_bytes_and_callbacks_exact),
	KUNIT_CASE(playback_one_word_per_event_is_exact),
	KUNIT_CASE(coalesced_interrupts_give_every_period_once),
	KUNIT_CASE(capture_10000_periods_bytes_exact),
	KUNIT_CASE(sram_pingpong_playback_is_exact),
	KUNIT_CASE(sram_pingpong_capture_two_periods_is_exact),
	KUNIT_CASE(sram_pingpong_capture_is_exact),
	KUNIT_CASE(params_pdata_stands_in_for_the_device_one),
	KUNIT_CASE(pause_stops_data_and_resume_loses_nothing),
	KUNIT_CASE(missed_event_is_recovered_without_loss),
	KUNIT_CASE(close_returns_every_channel_and_slot),
	KUNIT_CASE(stop_then_prepare_plays_again),
	KUNIT_CASE(bad_shapes_are_refused),
	KUNIT_CASE(pingpong_shape_rule),
	KUNIT_CASE(open_without_request_line_fails),
	KUNIT_CASE(named_dma_resource_is_served),
	{}
};

static struct kunit_suite edma_audio_suite = {
	.name = "edma_audio",
	.init = au_init,
	.exit = au_exit,
	.test_cases = edma_audio_cases,
};
kunit_test_suites(&edma_audio_suite, &edma_audio_lines_suite);
