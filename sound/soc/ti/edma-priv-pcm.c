// SPDX-License-Identifier: GPL-2.0
/*
 * ASoC PCM component of the DaVinci McASP ports on the private EDMA API.
 *
 * The ALSA half of what 3.x's davinci-pcm was: the DMA half (channels,
 * link slots, the SRAM ping-pong) is edma-pcm-client.c; this file maps
 * the PCM operations onto it.  A substream's channels are taken at
 * hw_params, when the DAI driver has said how many words each request of
 * the port moves, and given back at hw_free.
 *
 * The port's platform data (struct davinci_mcasp_pdata, legacy boards)
 * may give event queues and an SRAM pool.  With a pool, one region is
 * taken for the device's lifetime: playback uses its lower half and
 * capture its upper half, and a substream runs in ping-pong mode when its
 * shape fits its half (two periods per half, an even ring, four periods
 * at least for playback), else straight from DDR.
 */
#include <linux/device.h>
#include <linux/dma-mapping.h>
#include <linux/genalloc.h>
#include <linux/module.h>
#include <linux/platform_data/davinci_asp.h>
#include <linux/platform_device.h>
#include <linux/slab.h>
#include <sound/dmaengine_pcm.h>
#include <sound/pcm.h>
#include <sound/pcm_params.h>
#include <sound/soc.h>

#include "edma-pcm-client.h"
#include "edma-priv-pcm.h"

#define EDMA_PRIV_PCM_BUFFER_MAX	(128 * 1024)

/**
 * struct edma_priv_pcm - one port device
 * @component: ours, embedded (the device's drvdata is the DAI driver's)
 * @dev: the port (DAI) device
 * @pdata: queues and SRAM handed to every substream
 * @pool: the SRAM pool @pdata's region came from, or NULL
 * @sram_cpu: the region's CPU address (for gen_pool_free())
 */
struct edma_priv_pcm {
	struct snd_soc_component component;
	struct device		*dev;
	struct edma_pcm_pdata	pdata;
	struct gen_pool		*pool;
	void			*sram_cpu;
};

/**
 * struct edma_priv_pcm_stream - one open substream
 * @substream: the ALSA substream
 * @pcm: the DMA half while hw_params holds channels, else NULL
 */
struct edma_priv_pcm_stream {
	struct snd_pcm_substream	*substream;
	struct edma_pcm			*pcm;
};

static const struct snd_pcm_hardware edma_priv_pcm_hardware = {
	.info			= SNDRV_PCM_INFO_MMAP |
				  SNDRV_PCM_INFO_MMAP_VALID |
				  SNDRV_PCM_INFO_BLOCK_TRANSFER |
				  SNDRV_PCM_INFO_PAUSE |
				  SNDRV_PCM_INFO_INTERLEAVED,
	.buffer_bytes_max	= EDMA_PRIV_PCM_BUFFER_MAX,
	.period_bytes_min	= 32,
	.period_bytes_max	= 64 * 1024,
	.periods_min		= 2,
	.periods_max		= 256,
};

static struct edma_priv_pcm_stream *
edma_priv_pcm_stream(struct snd_pcm_substream *substream)
{
	return substream->runtime->private_data;
}

/* Called from the EDMA completion interrupt, no lock of ours held. */
static void edma_priv_pcm_period_elapsed(void *data)
{
	struct edma_priv_pcm_stream *st = data;

	snd_pcm_period_elapsed(st->substream);
}

static int edma_priv_pcm_open(struct snd_soc_component *component,
			      struct snd_pcm_substream *substream)
{
	struct snd_pcm_runtime *runtime = substream->runtime;
	struct edma_priv_pcm_stream *st;
	int ret;

	ret = snd_soc_set_runtime_hwparams(substream, &edma_priv_pcm_hardware);
	if (ret)
		return ret;
	ret = snd_pcm_hw_constraint_integer(runtime,
					    SNDRV_PCM_HW_PARAM_PERIODS);
	if (ret < 0)
		return ret;
	st = kzalloc(sizeof(*st), GFP_KERNEL);
	if (!st)
		return -ENOMEM;
	st->substream = substream;
	runtime->private_data = st;
	return 0;
}

static void edma_priv_pcm_release(struct edma_priv_pcm_stream *st)
{
	if (st->pcm) {
		edma_pcm_close(st->pcm);
		st->pcm = NULL;
	}
}

static int edma_priv_pcm_close(struct snd_soc_component *component,
			       struct snd_pcm_substream *substream)
{
	struct edma_priv_pcm_stream *st = edma_priv_pcm_stream(substream);

	edma_priv_pcm_release(st);
	kfree(st);
	substream->runtime->private_data = NULL;
	return 0;
}

static int edma_priv_pcm_hw_params(struct snd_soc_component *component,
				   struct snd_pcm_substream *substream,
				   struct snd_pcm_hw_params *params)
{
	struct edma_priv_pcm *ep = container_of(component,
						struct edma_priv_pcm,
						component);
	struct snd_soc_pcm_runtime *rtd = asoc_substream_to_rtd(substream);
	struct edma_priv_pcm_stream *st = edma_priv_pcm_stream(substream);
	struct snd_dmaengine_dai_dma_data *dma_data;
	struct edma_pcm_params pp = { .pdata = &ep->pdata };
	enum edma_pcm_dir dir;
	int width;

	dma_data = snd_soc_dai_get_dma_data(asoc_rtd_to_cpu(rtd, 0),
					    substream);
	if (!dma_data || !dma_data->addr)
		return -EINVAL;
	width = snd_pcm_format_physical_width(params_format(params));
	if (width < 8 || width > 32)
		return -EINVAL;
	pp.dma_addr = dma_data->addr;
	pp.acnt = dma_data->addr_width ?: width / 8;
	pp.fifo_level = dma_data->maxburst;
	dir = substream->stream == SNDRV_PCM_STREAM_PLAYBACK ?
	      EDMA_PCM_PLAYBACK : EDMA_PCM_CAPTURE;
	pp.use_sram = edma_pcm_pingpong_fits(&ep->pdata, dir,
					     params_period_bytes(params),
					     params_periods(params));

	/* hw_params may come again without hw_free: a new shape */
	edma_priv_pcm_release(st);
	st->pcm = edma_pcm_open(ep->dev, dir, &pp,
				edma_priv_pcm_period_elapsed, st);
	if (IS_ERR(st->pcm)) {
		int ret = PTR_ERR(st->pcm);

		st->pcm = NULL;
		dev_err(ep->dev, "no EDMA for the %s: %d\n",
			dir == EDMA_PCM_PLAYBACK ? "playback" : "capture", ret);
		return ret;
	}
	return 0;
}

static int edma_priv_pcm_hw_free(struct snd_soc_component *component,
				 struct snd_pcm_substream *substream)
{
	edma_priv_pcm_release(edma_priv_pcm_stream(substream));
	return 0;
}

static int edma_priv_pcm_prepare(struct snd_soc_component *component,
				 struct snd_pcm_substream *substream)
{
	struct edma_priv_pcm_stream *st = edma_priv_pcm_stream(substream);
	struct snd_pcm_runtime *runtime = substream->runtime;
	int ret;

	if (!st->pcm)
		return -EBADFD;
	ret = edma_pcm_prepare(st->pcm, runtime->dma_addr,
			       snd_pcm_lib_period_bytes(substream),
			       runtime->periods);
	if (ret)
		dev_err(component->dev,
			"a ring of %u periods of %zu bytes does not fit the port: %d\n",
			runtime->periods, snd_pcm_lib_period_bytes(substream),
			ret);
	return ret;
}

/*
 * A stopped substream is prepared again before it starts, so STOP and
 * SUSPEND both end the transfer (no SNDRV_PCM_INFO_RESUME: the port
 * loses its state across a suspend anyway).
 */
static int edma_priv_pcm_trigger(struct snd_soc_component *component,
				 struct snd_pcm_substream *substream, int cmd)
{
	struct edma_priv_pcm_stream *st = edma_priv_pcm_stream(substream);

	if (!st->pcm)
		return -EBADFD;
	switch (cmd) {
	case SNDRV_PCM_TRIGGER_START:
		return edma_pcm_trigger(st->pcm, EDMA_PCM_START);
	case SNDRV_PCM_TRIGGER_STOP:
	case SNDRV_PCM_TRIGGER_SUSPEND:
		return edma_pcm_trigger(st->pcm, EDMA_PCM_STOP);
	case SNDRV_PCM_TRIGGER_PAUSE_PUSH:
		return edma_pcm_trigger(st->pcm, EDMA_PCM_PAUSE_PUSH);
	case SNDRV_PCM_TRIGGER_PAUSE_RELEASE:
		return edma_pcm_trigger(st->pcm, EDMA_PCM_PAUSE_RELEASE);
	default:
		return -EINVAL;
	}
}

static snd_pcm_uframes_t
edma_priv_pcm_pointer(struct snd_soc_component *component,
		      struct snd_pcm_substream *substream)
{
	struct edma_priv_pcm_stream *st = edma_priv_pcm_stream(substream);

	if (!st->pcm)
		return 0;
	return bytes_to_frames(substream->runtime, edma_pcm_pointer(st->pcm));
}

static int edma_priv_pcm_construct(struct snd_soc_component *component,
				   struct snd_soc_pcm_runtime *rtd)
{
	snd_pcm_set_managed_buffer_all(rtd->pcm, SNDRV_DMA_TYPE_DEV,
				       component->dev,
				       EDMA_PRIV_PCM_BUFFER_MAX,
				       EDMA_PRIV_PCM_BUFFER_MAX);
	return 0;
}

static const struct snd_soc_component_driver edma_priv_pcm_component = {
	.name		= "edma-priv-pcm",
	.open		= edma_priv_pcm_open,
	.close		= edma_priv_pcm_close,
	.hw_params	= edma_priv_pcm_hw_params,
	.hw_free	= edma_priv_pcm_hw_free,
	.prepare	= edma_priv_pcm_prepare,
	.trigger	= edma_priv_pcm_trigger,
	.pointer	= edma_priv_pcm_pointer,
	.pcm_construct	= edma_priv_pcm_construct,
};

static void edma_priv_pcm_free_sram(void *data)
{
	struct edma_priv_pcm *ep = data;

	gen_pool_free(ep->pool, (unsigned long)ep->sram_cpu,
		      ep->pdata.sram_size);
}

static void edma_priv_pcm_unregister(void *data)
{
	snd_soc_unregister_component_by_driver(data, &edma_priv_pcm_component);
}

/* Queues and the SRAM region from a legacy board's McASP platform data. */
static int edma_priv_pcm_from_pdata(struct edma_priv_pcm *ep)
{
	const struct davinci_mcasp_pdata *pdata = dev_get_platdata(ep->dev);
	unsigned int half;
	dma_addr_t dma;

	ep->pdata.asp_chan_q = EVENTQ_DEFAULT;
	ep->pdata.ram_chan_q = EVENTQ_DEFAULT;
	if (!pdata)
		return 0;
	ep->pdata.asp_chan_q = pdata->asp_chan_q;
	ep->pdata.ram_chan_q = pdata->ram_chan_q;
	half = max(pdata->sram_size_playback, pdata->sram_size_capture);
	if (!pdata->sram_pool || !half)
		return 0;
	ep->sram_cpu = gen_pool_dma_alloc(pdata->sram_pool, 2 * half, &dma);
	if (!ep->sram_cpu) {
		/* the port still works from DDR */
		dev_warn(ep->dev, "no %u bytes of SRAM for ping-pong\n",
			 2 * half);
		return 0;
	}
	ep->pool = pdata->sram_pool;
	ep->pdata.sram_dma = dma;
	ep->pdata.sram_size = 2 * half;
	return devm_add_action_or_reset(ep->dev, edma_priv_pcm_free_sram, ep);
}

/**
 * edma_priv_pcm_platform_register - register the PCM component of a port
 * @dev: the McASP device, whose "tx" and "rx" DMA request lines (named
 *	IORESOURCE_DMA resources or DT dmas/dma-names) are EDMA3 events
 *
 * What davinci-mcasp registers instead of edma_pcm_platform_register()
 * when edma_priv_pcm_serves() says the library drives the port's
 * controller.  Resources live as long as @dev is bound.
 *
 * Context: process (the DAI driver's probe).
 * Return: 0 or a negative errno.
 */
int edma_priv_pcm_platform_register(struct device *dev)
{
	struct edma_priv_pcm *ep;
	int ret;

	ep = devm_kzalloc(dev, sizeof(*ep), GFP_KERNEL);
	if (!ep)
		return -ENOMEM;
	ep->dev = dev;
	ret = edma_priv_pcm_from_pdata(ep);
	if (ret)
		return ret;
	ret = snd_soc_component_initialize(&ep->component,
					   &edma_priv_pcm_component, dev);
	if (ret)
		return ret;
	ret = snd_soc_add_component(&ep->component, NULL, 0);
	if (ret)
		return ret;
	return devm_add_action_or_reset(dev, edma_priv_pcm_unregister, dev);
}
EXPORT_SYMBOL_GPL(edma_priv_pcm_platform_register);

MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("ASoC PCM of the DaVinci McASP on the private EDMA API");
