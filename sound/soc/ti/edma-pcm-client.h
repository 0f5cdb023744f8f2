/* SPDX-License-Identifier: GPL-2.0 */
/*
 * DMA half of a DaVinci McASP/ASP PCM driver on the private EDMA API.
 *
 * One struct edma_pcm is one open substream.  The port's platform device
 * names its request lines "tx" and "rx" (IORESOURCE_DMA resources holding
 * EDMA_DMA_SPEC() values, or DT dmas/dma-names); its platform data, a
 * struct edma_pcm_pdata, may override the event queues and gives the
 * on-chip SRAM used for the ping-pong mode (a DAI driver may pass the same
 * in struct edma_pcm_params instead).
 *
 * The buffer is a ring of @periods periods.  The "ALSA side" passes a
 * period_elapsed function that is called once per period, in order, from
 * the EDMA completion interrupt and without any lock held (so it may call
 * edma_pcm_trigger() itself).
 */
#ifndef _SOUND_SOC_DAVINCI_EDMA_PCM_CLIENT_H
#define _SOUND_SOC_DAVINCI_EDMA_PCM_CLIENT_H

#include <linux/types.h>
#include <linux/platform_data/edma.h>

struct device;
struct edma_pcm;

enum edma_pcm_dir {
	EDMA_PCM_PLAYBACK,
	EDMA_PCM_CAPTURE,
};

enum edma_pcm_cmd {
	EDMA_PCM_START,
	EDMA_PCM_STOP,
	EDMA_PCM_PAUSE_PUSH,
	EDMA_PCM_PAUSE_RELEASE,
};

/**
 * struct edma_pcm_pdata - platform data of the port device
 * @asp_chan_q: queue of the port's channel; EVENTQ_DEFAULT keeps the one
 *	the request line names
 * @ram_chan_q: queue of the SRAM ping-pong copy channel
 * @sram_dma: bus address of on-chip SRAM for the ping-pong mode
 * @sram_size: its size in bytes; 0 disables the ping-pong mode.  Playback
 *	uses the lower half and capture the upper half, so that both
 *	directions may run at once; a period is at most a quarter of it.
 */
struct edma_pcm_pdata {
	enum dma_event_q	asp_chan_q;
	enum dma_event_q	ram_chan_q;
	dma_addr_t		sram_dma;
	unsigned int		sram_size;
};

/**
 * struct edma_pcm_params - what the DAI driver tells the DMA side
 * @dma_addr: bus address of the port's DMA data register
 * @acnt: bytes per serializer word (1, 2 or 4)
 * @fifo_level: words per DMA request (the port's FIFO threshold); 0 or 1
 *	moves one word per request
 * @use_sram: play or record through the SRAM ping-pong buffer
 * @pdata: queues and SRAM to use instead of the device's platform data,
 *	for a DAI driver whose device carries platform data of its own kind;
 *	NULL takes the device's
 */
struct edma_pcm_params {
	dma_addr_t			dma_addr;
	u16				acnt;
	u16				fifo_level;
	bool				use_sram;
	const struct edma_pcm_pdata	*pdata;
};

/**
 * struct edma_pcm_stats - counters of one substream
 * @periods: period_elapsed calls
 * @irqs: completion callbacks received
 * @errors: error callbacks received
 * @recoveries: times the port channel was cleaned and restarted
 */
struct edma_pcm_stats {
	u64	periods;
	u64	irqs;
	u64	errors;
	u64	recoveries;
};

bool edma_pcm_serves(struct device *dev, enum edma_pcm_dir dir);
bool edma_pcm_pingpong_fits(const struct edma_pcm_pdata *pdata,
			    enum edma_pcm_dir dir, unsigned int period_bytes,
			    unsigned int periods);
struct edma_pcm *edma_pcm_open(struct device *dev, enum edma_pcm_dir dir,
			       const struct edma_pcm_params *params,
			       void (*period_elapsed)(void *data),
			       void *data);
int edma_pcm_prepare(struct edma_pcm *pcm, dma_addr_t buf,
		     unsigned int period_bytes, unsigned int periods);
int edma_pcm_trigger(struct edma_pcm *pcm, enum edma_pcm_cmd cmd);
unsigned int edma_pcm_pointer(struct edma_pcm *pcm);
void edma_pcm_get_stats(struct edma_pcm *pcm, struct edma_pcm_stats *st);
void edma_pcm_close(struct edma_pcm *pcm);

#endif /* _SOUND_SOC_DAVINCI_EDMA_PCM_CLIENT_H */
