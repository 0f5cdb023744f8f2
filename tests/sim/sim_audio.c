// SPDX-License-Identifier: GPL-2.0
/*
 * make run: the audio client.  A McASP-like port model plays and records
 * 48 kHz stereo (32-bit slots) in real simulated time; the PCM DMA client
 * plays through the SRAM ping-pong where the SoC has SRAM and records
 * straight into DDR.  Every played and recorded byte is checked against
 * a position-addressed pseudo-random stream.
 */
#include <linux/dma-mapping.h>
#include <linux/err.h>
#include <linux/errno.h>
#include <linux/ioport.h>
#include <linux/kernel.h>
#include <linux/platform_device.h>
#include <linux/string.h>

#include <stdio.h>

#include "board.h"
#include "host.h"
#include "edma-pcm-client.h"
#include "mcasp_model.h"
#include "sim.h"

#define SA_RATE		96000	/* words per second: 48 kHz x 2 slots */
#define SA_WORD		4
#define SA_NUMEVT	8
#define SA_PERIOD	1024
#define SA_PERIODS	8
#define SA_RING		(SA_PERIOD * SA_PERIODS)

struct sa_stream {
	struct edma_pcm *pcm;
	void *cpu;
	dma_addr_t dma;
	u64 elapsed;
};

static struct {
	const struct sim_env *env;
	struct mcasp_model *port;
	struct platform_device *pdev;
	struct edma_pcm_pdata pdata;
	struct sa_stream play, cap;
	u64 play_idx, rec_idx;
	u64 mismatches;
	u64 mmio;
	int status;
} sa;

static u8 sa_pat(u32 seed, u64 idx)
{
	u32 x = seed ^ (u32)(idx / 4) * 0x9e3779b9u;

	x ^= x >> 16;
	x *= 0x7feb352du;
	x ^= x >> 15;
	x *= 0x846ca68bu;
	x ^= x >> 16;
	return x >> (8 * (idx % 4));
}

#define SA_PLAY_SEED	0xa0d10001u
#define SA_REC_SEED	0xa0d10002u

static void sa_fill(u8 *dst, u64 idx, unsigned int len)
{
	while (len--)
		*dst++ = sa_pat(SA_PLAY_SEED, idx++);
}

static void sa_sink(void *ctx, const u8 *data, u32 len)
{
	while (len--)
		sa.mismatches += *data++ != sa_pat(SA_PLAY_SEED, sa.play_idx++);
}

static void sa_source(void *ctx, u8 *data, u32 len)
{
	while (len--)
		*data++ = sa_pat(SA_REC_SEED, sa.rec_idx++);
}

/* ALSA side: refill the period just played */
static void sa_play_elapsed(void *data)
{
	unsigned int k = sa.play.elapsed % SA_PERIODS;

	sa_fill((u8 *)sa.play.cpu + k * SA_PERIOD,
		(sa.play.elapsed + SA_PERIODS) * SA_PERIOD, SA_PERIOD);
	sa.play.elapsed++;
}

/* ALSA side: read the period just recorded */
static void sa_cap_elapsed(void *data)
{
	unsigned int k = sa.cap.elapsed % SA_PERIODS, i;
	const u8 *p = (const u8 *)sa.cap.cpu + k * SA_PERIOD;
	u64 idx = sa.cap.elapsed * SA_PERIOD;

	for (i = 0; i < SA_PERIOD; i++)
		sa.mismatches += p[i] != sa_pat(SA_REC_SEED, idx + i);
	sa.cap.elapsed++;
}

static int sa_open(struct sa_stream *s, enum edma_pcm_dir dir, bool sram,
		   void (*elapsed)(void *data))
{
	struct edma_pcm_params params = {
		.dma_addr = sa.env->audio_port,
		.acnt = SA_WORD,
		.fifo_level = SA_NUMEVT,
		.use_sram = sram,
	};
	int ret;

	s->cpu = dma_alloc_coherent(NULL, SA_RING, &s->dma, GFP_KERNEL);
	if (!s->cpu)
		return -ENOMEM;
	if (dir == EDMA_PCM_PLAYBACK)
		sa_fill(s->cpu, 0, SA_RING);
	s->pcm = edma_pcm_open(&sa.pdev->dev, dir, &params, elapsed, NULL);
	if (IS_ERR(s->pcm)) {
		ret = PTR_ERR(s->pcm);
		s->pcm = NULL;
		return ret;
	}
	ret = edma_pcm_prepare(s->pcm, s->dma, SA_PERIOD, SA_PERIODS);
	return ret ?: edma_pcm_trigger(s->pcm, EDMA_PCM_START);
}

static int sa_init(const struct sim_env *env)
{
	struct resource res[] = {
		DEFINE_RES_DMA_NAMED(EDMA_DMA_SPEC(env->audio_ctlr,
						   env->audio_tx, 0), "tx"),
		DEFINE_RES_DMA_NAMED(EDMA_DMA_SPEC(env->audio_ctlr,
						   env->audio_rx, 1), "rx"),
	};
	struct mcasp_model_config cfg = {
		.cc = board_cc(env->board, env->audio_ctlr),
		.tx_event = env->audio_tx,
		.rx_event = env->audio_rx,
		.data_port = env->audio_port,
		.word_bytes = SA_WORD,
		.fifo_words = 4 * SA_NUMEVT,
		.numevt = SA_NUMEVT,
		.rate_hz = SA_RATE,
		.rearm_ticks = 4,
		.tx_sink = sa_sink,
		.rx_source = sa_source,
	};

	memset(&sa, 0, sizeof(sa));
	sa.env = env;
	sa.pdata.asp_chan_q = EVENTQ_DEFAULT;
	sa.pdata.ram_chan_q = EVENTQ_DEFAULT;
	sa.pdata.sram_dma = env->sram_base;
	sa.pdata.sram_size = env->sram_size;
	sa.pdev = host_platform_device_create("davinci-mcasp", 0, res,
					      ARRAY_SIZE(res), &sa.pdata,
					      sizeof(sa.pdata));
	if (IS_ERR(sa.pdev))
		return sa.status = PTR_ERR(sa.pdev);
	sa.port = mcasp_model_create(env->board->bus, &cfg);
	if (!sa.port)
		return sa.status = -ENOMEM;
	sa.status = sa_open(&sa.play, EDMA_PCM_PLAYBACK, env->sram_size,
			    sa_play_elapsed) ?:
		    sa_open(&sa.cap, EDMA_PCM_CAPTURE, false, sa_cap_elapsed);
	if (!sa.status)
		mcasp_model_enable(sa.port, true, true);
	return sa.status;
}

static void sa_step(uint64_t now_ns)
{
	if (!sa.status)
		mcasp_model_run_until(sa.port, now_ns);
}

static void sa_progress(char *buf, unsigned int len)
{
	snprintf(buf, len, "audio %llu/%llu periods out/in",
		 (unsigned long long)sa.play.elapsed,
		 (unsigned long long)sa.cap.elapsed);
}

static void sa_report(struct sim_report *r)
{
	struct edma_pcm_stats p = { 0 }, c = { 0 };
	const struct mcasp_model_stats *st =
		sa.port ? mcasp_model_stats(sa.port) : NULL;

	if (sa.play.pcm)
		edma_pcm_get_stats(sa.play.pcm, &p);
	if (sa.cap.pcm)
		edma_pcm_get_stats(sa.cap.pcm, &c);
	r->unit = "periods";
	snprintf(r->where, sizeof(r->where), "CC%u ch %u/%u%s",
		 sa.env->audio_ctlr, sa.env->audio_tx, sa.env->audio_rx,
		 sa.env->sram_size ? " +SRAM" : "");
	r->bytes = (sa.play.elapsed + sa.cap.elapsed) * SA_PERIOD;
	r->units = sa.play.elapsed + sa.cap.elapsed;
	r->irqs = p.irqs + c.irqs;
	r->recovered = p.recoveries + c.recoveries;
	r->mismatches = sa.mismatches;
	r->status = sa.status;
	/* a stream that stopped moving, or that starved, failed */
	if (!r->status && (!sa.play.elapsed || !sa.cap.elapsed))
		r->status = -EIO;
	if (!r->status && st && (st->underruns || st->overruns) &&
	    !r->recovered)
		r->status = -EIO;
}

static void sa_exit(void)
{
	edma_pcm_close(sa.play.pcm);
	edma_pcm_close(sa.cap.pcm);
	if (sa.port)
		mcasp_model_enable(sa.port, false, false);
	mcasp_model_destroy(sa.port);
	if (sa.play.cpu)
		dma_free_coherent(NULL, SA_RING, sa.play.cpu, sa.play.dma);
	if (sa.cap.cpu)
		dma_free_coherent(NULL, SA_RING, sa.cap.cpu, sa.cap.dma);
	memset(&sa, 0, sizeof(sa));
}

const struct sim_client_ops sim_audio_client = {
	.name = "audio",
	.init = sa_init,
	.step = sa_step,
	.progress = sa_progress,
	.report = sa_report,
	.exit = sa_exit,
};
