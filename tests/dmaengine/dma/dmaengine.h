/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The provider-side cookie helpers of drivers/dma/dmaengine.h, for the
 * host tests: cookies count up from DMA_MIN_COOKIE per channel.
 */
#ifndef _HOST_DMA_DMAENGINE_H
#define _HOST_DMA_DMAENGINE_H

#include <linux/dmaengine.h>

static inline void dma_cookie_init(struct dma_chan *chan)
{
	chan->cookie = DMA_MIN_COOKIE;
	chan->completed_cookie = DMA_MIN_COOKIE;
}

static inline dma_cookie_t dma_cookie_assign(struct dma_async_tx_descriptor *tx)
{
	struct dma_chan *chan = tx->chan;
	dma_cookie_t cookie = chan->cookie + 1;

	if (cookie < DMA_MIN_COOKIE)
		cookie = DMA_MIN_COOKIE;
	tx->cookie = chan->cookie = cookie;
	return cookie;
}

static inline void dma_cookie_complete(struct dma_async_tx_descriptor *tx)
{
	tx->chan->completed_cookie = tx->cookie;
	tx->cookie = 0;
}

static inline enum dma_status dma_cookie_status(struct dma_chan *chan,
						dma_cookie_t cookie,
						struct dma_tx_state *state)
{
	dma_cookie_t used = chan->cookie, complete = chan->completed_cookie;

	if (state) {
		state->last = complete;
		state->used = used;
		state->residue = 0;
	}
	/* no wrap in a test run */
	return cookie <= complete ? DMA_COMPLETE : DMA_IN_PROGRESS;
}

#endif
