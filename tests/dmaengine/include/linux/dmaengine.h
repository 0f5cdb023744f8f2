/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The dmaengine API for the provider's host tests: what the provider in
 * drivers/dma/ti/edma-priv.c and a consumer use, over a small core in
 * tests/dmaengine/dmaengine.c.  The types the library shares with
 * dmaengine come from the shim's own header (tests/host/linux/
 * dmaengine.h), so the library objects and these agree on them.
 */
#ifndef _HOST_DMAENGINE_PROVIDER_H
#define _HOST_DMAENGINE_PROVIDER_H

#include_next <linux/dmaengine.h>

#include <linux/bitops.h>
#include <linux/device.h>
#include <linux/list.h>
#include <linux/types.h>

struct scatterlist;

typedef s32 dma_cookie_t;
#define DMA_MIN_COOKIE	1

enum dma_transaction_type {
	DMA_MEMCPY,
	DMA_SLAVE,
	DMA_CYCLIC,
	DMA_PRIVATE,
	DMA_TX_TYPE_END,
};

typedef struct { unsigned long bits[1]; } dma_cap_mask_t;
#define dma_cap_set(tx, mask)	set_bit(tx, (mask).bits)
#define dma_has_cap(tx, mask)	test_bit(tx, (mask).bits)

enum dma_slave_buswidth {
	DMA_SLAVE_BUSWIDTH_UNDEFINED = 0,
	DMA_SLAVE_BUSWIDTH_1_BYTE = 1,
	DMA_SLAVE_BUSWIDTH_2_BYTES = 2,
	DMA_SLAVE_BUSWIDTH_3_BYTES = 3,
	DMA_SLAVE_BUSWIDTH_4_BYTES = 4,
	DMA_SLAVE_BUSWIDTH_8_BYTES = 8,
	DMA_SLAVE_BUSWIDTH_16_BYTES = 16,
	DMA_SLAVE_BUSWIDTH_32_BYTES = 32,
	DMA_SLAVE_BUSWIDTH_64_BYTES = 64,
	DMA_SLAVE_BUSWIDTH_128_BYTES = 128,
};

enum dma_residue_granularity {
	DMA_RESIDUE_GRANULARITY_DESCRIPTOR = 0,
	DMA_RESIDUE_GRANULARITY_SEGMENT = 1,
	DMA_RESIDUE_GRANULARITY_BURST = 2,
};

enum dmaengine_alignment {
	DMAENGINE_ALIGN_1_BYTE = 0,
	DMAENGINE_ALIGN_2_BYTES = 1,
	DMAENGINE_ALIGN_4_BYTES = 2,
	DMAENGINE_ALIGN_8_BYTES = 3,
};

enum dmaengine_tx_result {
	DMA_TRANS_NOERROR = 0,
	DMA_TRANS_READ_FAILED,
	DMA_TRANS_WRITE_FAILED,
	DMA_TRANS_ABORTED,
};

struct dmaengine_result {
	enum dmaengine_tx_result result;
	u32 residue;
};

enum dma_ctrl_flags {
	DMA_PREP_INTERRUPT = 1 << 0,
	DMA_CTRL_ACK = 1 << 1,
};

struct dma_slave_config {
	enum dma_transfer_direction direction;
	phys_addr_t src_addr;
	phys_addr_t dst_addr;
	enum dma_slave_buswidth src_addr_width;
	enum dma_slave_buswidth dst_addr_width;
	u32 src_maxburst;
	u32 dst_maxburst;
};

struct dma_device;

struct dma_chan {
	struct dma_device *device;
	dma_cookie_t cookie;
	dma_cookie_t completed_cookie;
	int chan_id;
	struct list_head device_node;
	int client_count;
	bool private_held;
};

typedef void (*dma_async_tx_callback)(void *param);
typedef void (*dma_async_tx_callback_result)(void *param,
		const struct dmaengine_result *result);

struct dma_async_tx_descriptor {
	dma_cookie_t cookie;
	enum dma_ctrl_flags flags;
	struct dma_chan *chan;
	dma_cookie_t (*tx_submit)(struct dma_async_tx_descriptor *tx);
	int (*desc_free)(struct dma_async_tx_descriptor *tx);
	dma_async_tx_callback callback;
	dma_async_tx_callback_result callback_result;
	void *callback_param;
};

struct dma_tx_state {
	dma_cookie_t last;
	dma_cookie_t used;
	u32 residue;
};

typedef bool (*dma_filter_fn)(struct dma_chan *chan, void *filter_param);

struct dma_filter {
	dma_filter_fn fn;
	int mapcnt;
	const struct dma_slave_map *map;
};

struct dma_device {
	struct device *dev;
	struct list_head channels;
	struct list_head global_node;
	struct dma_filter filter;
	dma_cap_mask_t cap_mask;
	u32 src_addr_widths;
	u32 dst_addr_widths;
	u32 directions;
	u32 max_burst;
	enum dma_residue_granularity residue_granularity;
	enum dmaengine_alignment copy_align;

	int (*device_alloc_chan_resources)(struct dma_chan *chan);
	void (*device_free_chan_resources)(struct dma_chan *chan);
	struct dma_async_tx_descriptor *(*device_prep_dma_memcpy)(
		struct dma_chan *chan, dma_addr_t dst, dma_addr_t src,
		size_t len, unsigned long flags);
	struct dma_async_tx_descriptor *(*device_prep_slave_sg)(
		struct dma_chan *chan, struct scatterlist *sgl,
		unsigned int sg_len, enum dma_transfer_direction direction,
		unsigned long flags, void *context);
	struct dma_async_tx_descriptor *(*device_prep_dma_cyclic)(
		struct dma_chan *chan, dma_addr_t buf_addr, size_t buf_len,
		size_t period_len, enum dma_transfer_direction direction,
		unsigned long flags);
	int (*device_config)(struct dma_chan *chan,
			     struct dma_slave_config *config);
	int (*device_pause)(struct dma_chan *chan);
	int (*device_resume)(struct dma_chan *chan);
	int (*device_terminate_all)(struct dma_chan *chan);
	void (*device_synchronize)(struct dma_chan *chan);
	enum dma_status (*device_tx_status)(struct dma_chan *chan,
					    dma_cookie_t cookie,
					    struct dma_tx_state *txstate);
	void (*device_issue_pending)(struct dma_chan *chan);
};

static inline bool is_slave_direction(enum dma_transfer_direction d)
{
	return d == DMA_MEM_TO_DEV || d == DMA_DEV_TO_MEM;
}

int dma_async_device_register(struct dma_device *device);
void dma_async_device_unregister(struct dma_device *device);
struct dma_chan *dma_get_slave_channel(struct dma_chan *chan);
struct dma_chan *dma_request_chan(struct device *dev, const char *name);
/* any free channel of a device with capability cap (dmatest's way) */
struct dma_chan *host_dma_request_cap(enum dma_transaction_type cap);
void dma_release_channel(struct dma_chan *chan);

static inline int dmaengine_slave_config(struct dma_chan *chan,
					 struct dma_slave_config *config)
{
	return chan->device->device_config ?
		chan->device->device_config(chan, config) : -ENOSYS;
}

static inline struct dma_async_tx_descriptor *
dmaengine_prep_slave_sg(struct dma_chan *chan, struct scatterlist *sgl,
			unsigned int sg_len, enum dma_transfer_direction dir,
			unsigned long flags)
{
	if (!chan->device->device_prep_slave_sg)
		return NULL;
	return chan->device->device_prep_slave_sg(chan, sgl, sg_len, dir,
						  flags, NULL);
}

static inline struct dma_async_tx_descriptor *
dmaengine_prep_dma_cyclic(struct dma_chan *chan, dma_addr_t buf,
			  size_t len, size_t period,
			  enum dma_transfer_direction dir, unsigned long flags)
{
	if (!chan->device->device_prep_dma_cyclic)
		return NULL;
	return chan->device->device_prep_dma_cyclic(chan, buf, len, period,
						    dir, flags);
}

static inline struct dma_async_tx_descriptor *
dmaengine_prep_dma_memcpy(struct dma_chan *chan, dma_addr_t dst,
			  dma_addr_t src, size_t len, unsigned long flags)
{
	if (!chan->device->device_prep_dma_memcpy)
		return NULL;
	return chan->device->device_prep_dma_memcpy(chan, dst, src, len,
						    flags);
}

static inline dma_cookie_t dmaengine_submit(struct dma_async_tx_descriptor *d)
{
	return d->tx_submit(d);
}

static inline void dma_async_issue_pending(struct dma_chan *chan)
{
	chan->device->device_issue_pending(chan);
}

static inline enum dma_status dmaengine_tx_status(struct dma_chan *chan,
						  dma_cookie_t cookie,
						  struct dma_tx_state *state)
{
	return chan->device->device_tx_status(chan, cookie, state);
}

static inline int dmaengine_pause(struct dma_chan *chan)
{
	return chan->device->device_pause ?
		chan->device->device_pause(chan) : -ENOSYS;
}

static inline int dmaengine_resume(struct dma_chan *chan)
{
	return chan->device->device_resume ?
		chan->device->device_resume(chan) : -ENOSYS;
}

static inline int dmaengine_terminate_sync(struct dma_chan *chan)
{
	int ret = chan->device->device_terminate_all(chan);

	if (!ret && chan->device->device_synchronize)
		chan->device->device_synchronize(chan);
	return ret;
}

static inline void dma_set_residue(struct dma_tx_state *state, u32 residue)
{
	if (state)
		state->residue = residue;
}

#endif
