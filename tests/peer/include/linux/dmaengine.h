/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The dmaengine API as Linux 6.1 shapes it, for 6.1's own
 * drivers/dma/ti/edma.c and drivers/dma/virt-dma.c compiled on the shim
 * (tests/peer): only the types, fields and calls they and a client use.
 * Field names are 6.1's, so the tarball's drivers/dma/dmaengine.h and
 * virt-dma.h compile against it unchanged.  The types the EDMA platform
 * data shares with dmaengine come from the shim's own header.
 */
#ifndef _PEER_DMAENGINE_H
#define _PEER_DMAENGINE_H

#include_next <linux/dmaengine.h>

#include <linux/bitops.h>
#include <linux/bug.h>
#include <linux/device.h>
#include <linux/err.h>
#include <linux/list.h>
#include <linux/scatterlist.h>
#include <linux/sizes.h>
#include <linux/types.h>

typedef s32 dma_cookie_t;
#define DMA_MIN_COOKIE	1

static inline int dma_submit_error(dma_cookie_t cookie)
{
	return cookie < 0 ? cookie : 0;
}

enum dma_transaction_type {
	DMA_MEMCPY,
	DMA_INTERLEAVE,
	DMA_SLAVE,
	DMA_CYCLIC,
	DMA_PRIVATE,
	DMA_TX_TYPE_END,
};

typedef struct { unsigned long bits[1]; } dma_cap_mask_t;
#define dma_cap_set(tx, mask)	set_bit(tx, (mask).bits)
#define dma_cap_clear(tx, mask)	clear_bit(tx, (mask).bits)
#define dma_cap_zero(mask)	((mask).bits[0] = 0)
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
	DMAENGINE_ALIGN_16_BYTES = 4,
	DMAENGINE_ALIGN_32_BYTES = 5,
	DMAENGINE_ALIGN_64_BYTES = 6,
	DMAENGINE_ALIGN_128_BYTES = 7,
	DMAENGINE_ALIGN_256_BYTES = 8,
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
	DMA_PREP_PQ_DISABLE_P = 1 << 2,
	DMA_PREP_PQ_DISABLE_Q = 1 << 3,
	DMA_PREP_CONTINUE = 1 << 4,
	DMA_PREP_FENCE = 1 << 5,
	DMA_CTRL_REUSE = 1 << 6,
	DMA_PREP_CMD = 1 << 7,
	DMA_PREP_REPEAT = 1 << 8,
	DMA_PREP_LOAD_EOT = 1 << 9,
};

/* One chunk of an interleaved frame. */
struct data_chunk {
	size_t size;
	size_t icg;
	size_t dst_icg;
	size_t src_icg;
};

struct dma_interleaved_template {
	dma_addr_t src_start;
	dma_addr_t dst_start;
	enum dma_transfer_direction dir;
	bool src_inc;
	bool dst_inc;
	bool src_sgl;
	bool dst_sgl;
	size_t numf;
	size_t frame_size;
	struct data_chunk sgl[];
};

struct dma_slave_config {
	enum dma_transfer_direction direction;
	phys_addr_t src_addr;
	phys_addr_t dst_addr;
	enum dma_slave_buswidth src_addr_width;
	enum dma_slave_buswidth dst_addr_width;
	u32 src_maxburst;
	u32 dst_maxburst;
	u32 src_port_window_size;
	u32 dst_port_window_size;
	bool device_fc;
	void *peripheral_config;
	size_t peripheral_size;
};

struct dma_device;

struct dma_chan {
	struct dma_device *device;
	struct device *slave;
	dma_cookie_t cookie;
	dma_cookie_t completed_cookie;
	int chan_id;
	struct list_head device_node;
	int client_count;
	int table_count;
	void *private;
};

typedef void (*dma_async_tx_callback)(void *param);
typedef void (*dma_async_tx_callback_result)(void *param,
		const struct dmaengine_result *result);

struct dma_async_tx_descriptor {
	dma_cookie_t cookie;
	enum dma_ctrl_flags flags;
	dma_addr_t phys;
	struct dma_chan *chan;
	dma_cookie_t (*tx_submit)(struct dma_async_tx_descriptor *tx);
	int (*desc_free)(struct dma_async_tx_descriptor *tx);
	dma_async_tx_callback callback;
	dma_async_tx_callback_result callback_result;
	void *callback_param;
};

static inline void
dma_async_tx_descriptor_init(struct dma_async_tx_descriptor *tx,
			     struct dma_chan *chan)
{
	tx->chan = chan;
}

static inline bool
dmaengine_desc_test_reuse(struct dma_async_tx_descriptor *tx)
{
	return (tx->flags & DMA_CTRL_REUSE) == DMA_CTRL_REUSE;
}

static inline void
dmaengine_desc_clear_reuse(struct dma_async_tx_descriptor *tx)
{
	tx->flags &= ~DMA_CTRL_REUSE;
}

struct dma_tx_state {
	dma_cookie_t last;
	dma_cookie_t used;
	u32 residue;
	u32 in_flight_bytes;
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
	unsigned int chancnt;
	u32 src_addr_widths;
	u32 dst_addr_widths;
	u32 directions;
	u32 min_burst;
	u32 max_burst;
	u32 max_sg_burst;
	bool descriptor_reuse;
	enum dma_residue_granularity residue_granularity;
	enum dmaengine_alignment copy_align;

	int (*device_alloc_chan_resources)(struct dma_chan *chan);
	void (*device_free_chan_resources)(struct dma_chan *chan);
	struct dma_async_tx_descriptor *(*device_prep_dma_memcpy)(
		struct dma_chan *chan, dma_addr_t dst, dma_addr_t src,
		size_t len, unsigned long flags);
	struct dma_async_tx_descriptor *(*device_prep_interleaved_dma)(
		struct dma_chan *chan, struct dma_interleaved_template *xt,
		unsigned long flags);
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

static inline size_t dmaengine_get_dst_icg(struct dma_interleaved_template *xt,
					   struct data_chunk *chunk)
{
	if (!xt->dst_inc)
		return 0;
	return xt->dst_sgl ? (chunk->dst_icg ? chunk->dst_icg : chunk->icg) : 0;
}

static inline size_t dmaengine_get_src_icg(struct dma_interleaved_template *xt,
					   struct data_chunk *chunk)
{
	if (!xt->src_inc)
		return 0;
	return xt->src_sgl ? (chunk->src_icg ? chunk->src_icg : chunk->icg) : 0;
}

static inline enum dma_status dma_async_is_complete(dma_cookie_t cookie,
		dma_cookie_t last_complete, dma_cookie_t last_used)
{
	if (last_complete <= last_used) {
		if (cookie <= last_complete || cookie > last_used)
			return DMA_COMPLETE;
	} else if (cookie <= last_complete && cookie > last_used) {
		return DMA_COMPLETE;
	}
	return DMA_IN_PROGRESS;
}

/* The core: tests/dmaengine/dmaengine.c (HOST_DMAENGINE_CORE_ONLY). */
int dma_async_device_register(struct dma_device *device);
void dma_async_device_unregister(struct dma_device *device);
struct dma_chan *dma_request_chan(struct device *dev, const char *name);
struct dma_chan *host_dma_request_cap(enum dma_transaction_type cap);
void dma_release_channel(struct dma_chan *chan);

/* Any free channel of a device that has every capability in mask. */
static inline struct dma_chan *dma_request_chan_by_mask(const dma_cap_mask_t *m)
{
	unsigned int cap;

	for (cap = 0; cap < DMA_TX_TYPE_END; cap++) {
		if (test_bit(cap, m->bits)) {
			struct dma_chan *chan = host_dma_request_cap(cap);

			return chan ? chan : ERR_PTR(-ENODEV);
		}
	}
	return ERR_PTR(-EINVAL);
}

/* Consumer side, as include/linux/dmaengine.h has them. */
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

static inline int dmaengine_terminate_async(struct dma_chan *chan)
{
	return chan->device->device_terminate_all ?
		chan->device->device_terminate_all(chan) : -ENOSYS;
}

static inline void dmaengine_synchronize(struct dma_chan *chan)
{
	if (chan->device->device_synchronize)
		chan->device->device_synchronize(chan);
}

static inline int dmaengine_terminate_sync(struct dma_chan *chan)
{
	int ret = dmaengine_terminate_async(chan);

	if (!ret)
		dmaengine_synchronize(chan);
	return ret;
}

#endif /* _PEER_DMAENGINE_H */
