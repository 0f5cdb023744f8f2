/* SPDX-License-Identifier: GPL-2.0 */
/*
 * ASoC PCM component of the DaVinci McASP/ASP ports on the private EDMA
 * API: what a DAI driver registers instead of edma-pcm when the EDMA3
 * common library (TI_PRIV_EDMA) drives the controllers.
 */
#ifndef _SOUND_SOC_TI_EDMA_PRIV_PCM_H
#define _SOUND_SOC_TI_EDMA_PRIV_PCM_H

struct device;

#if IS_ENABLED(CONFIG_SND_SOC_TI_EDMA_PRIV_PCM)
#include "edma-pcm-client.h"

int edma_priv_pcm_platform_register(struct device *dev);

/* Whether the port's playback line is an EDMA3 event of the library. */
static inline bool edma_priv_pcm_serves(struct device *dev)
{
	return edma_pcm_serves(dev, EDMA_PCM_PLAYBACK);
}
#else
static inline int edma_priv_pcm_platform_register(struct device *dev)
{
	return -ENODEV;
}

static inline bool edma_priv_pcm_serves(struct device *dev)
{
	return false;
}
#endif

#endif /* _SOUND_SOC_TI_EDMA_PRIV_PCM_H */
