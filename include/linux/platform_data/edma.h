/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TI EDMA3 private API and platform data.
 *
 * An EDMA3 channel controller (CC) owns up to 64 DMA channels, a parameter
 * RAM (PaRAM) of up to 512 transfer descriptors ("slots") and up to eight
 * event queues, each served by one transfer controller (TC).  A channel is
 * triggered by its peripheral event, by software, or by the completion of
 * another transfer ("chaining"); each trigger makes the CC hand one transfer
 * request to a TC and then update or reload (link) the channel's PaRAM set.
 *
 * Handles: every channel and slot number passed to or returned by this API
 * is EDMA_CTLR_CHAN(controller, index).  Controllers are numbered from 0 in
 * the order the platform (or device tree) describes them; there is no fixed
 * limit on their number.
 *
 * The first part of this header (event queues, handle macros, platform
 * data) is shared with the dmaengine driver in drivers/dma/ti.  The private
 * API below it is only visible when CONFIG_TI_PRIV_EDMA is enabled, because
 * that driver keeps static helpers with the same names.
 */
#ifndef __LINUX_PLATFORM_DATA_EDMA_H
#define __LINUX_PLATFORM_DATA_EDMA_H

#include <linux/bitops.h>
#include <linux/bits.h>
#include <linux/types.h>

enum dma_event_q {
	EVENTQ_0 = 0,
	EVENTQ_1 = 1,
	EVENTQ_2 = 2,
	EVENTQ_3 = 3,
	EVENTQ_4 = 4,
	EVENTQ_5 = 5,
	EVENTQ_6 = 6,
	EVENTQ_7 = 7,
	EVENTQ_DEFAULT = -1
};

#define EDMA_CTLR_CHAN(ctlr, chan)	(((ctlr) << 16) | (chan))
#define EDMA_CTLR(i)			((i) >> 16)
#define EDMA_CHAN_SLOT(i)		((i) & 0xffff)

#define EDMA_FILTER_PARAM(ctlr, chan)	((int[]) { EDMA_CTLR_CHAN(ctlr, chan) })

/*
 * A DMA request line as the driver model describes it: an IORESOURCE_DMA
 * resource named after the request ("rx", "tx") whose value is
 * EDMA_DMA_SPEC(ctlr, chan, queue), or a DT "dmas" entry <&edma chan
 * [queue]>.  Channels are below 64, so bits 12..15 of the handle are free
 * to carry the event queue plus one (0: the controller's default queue);
 * a plain EDMA_CTLR_CHAN() value means the default queue.
 */
#define EDMA_DMA_SPEC(ctlr, chan, queue) \
	(EDMA_CTLR_CHAN(ctlr, chan) | (((queue) + 1) & 0xf) << 12)
#define EDMA_SPEC_CHAN(i)		((i) & 0x3f)
#define EDMA_SPEC_QUEUE(i)		((int)(((i) >> 12) & 0xf) - 1)

/**
 * struct edma_rsv_info - resources a board keeps away from Linux
 * @rsv_chans: {first, count} channel ranges used by another core (the DSP),
 *	terminated by {-1, -1}.  Linux never hands them out for
 *	EDMA_CHANNEL_ANY and never writes their enable or region bits.
 * @rsv_slots: {first, count} PaRAM slot ranges owned by another core,
 *	terminated by {-1, -1}.  Linux never allocates or writes them.
 */
struct edma_rsv_info {
	const s16	(*rsv_chans)[2];
	const s16	(*rsv_slots)[2];
};

struct dma_slave_map;

/**
 * struct edma_soc_info - description of one EDMA3 channel controller
 * @n_channel: number of DMA channels; 0 reads it from CCCFG
 * @n_region: number of shadow regions; 0 reads it from CCCFG
 * @n_slot: number of PaRAM slots; 0 reads it from CCCFG
 * @n_tc: number of transfer controllers (event queues); 0 reads CCCFG
 * @n_cc: number of controllers the device carries (legacy, informational)
 * @default_queue: queue for channels allocated with EVENTQ_DEFAULT
 * @rsv: channels and slots reserved for another core, or NULL
 * @queue_tc_mapping: {queue, tc} pairs terminated by {-1, -1}, or NULL for
 *	the identity mapping
 * @queue_priority_mapping: {queue, priority} pairs terminated by {-1, -1},
 *	or NULL for "queue n has priority n"
 * @xbar_chans: {event, channel} crossbar pairs terminated by {-1, -1}; the
 *	channels are marked as driven by a hardware event
 * @memcpy_channels: channels without a hardware event, terminated by -1
 * @slave_map: peripheral channel table (param is EDMA_FILTER_PARAM); its
 *	channels are marked as driven by a hardware event
 * @slavecnt: number of entries in @slave_map
 *
 * Both the 3.x form (counts given, "edma" device carrying an array of these
 * for up to two controllers) and the later form (one "edma" device per
 * controller, counts read from the hardware) are accepted.
 */
struct edma_soc_info {
	unsigned int		n_channel;
	unsigned int		n_region;
	unsigned int		n_slot;
	unsigned int		n_tc;
	unsigned int		n_cc;
	enum dma_event_q	default_queue;
	struct edma_rsv_info	*rsv;
	s8			(*queue_tc_mapping)[2];
	s8			(*queue_priority_mapping)[2];
	const s16		(*xbar_chans)[2];
	s32			*memcpy_channels;
	const struct dma_slave_map *slave_map;
	int			slavecnt;
};

#if IS_ENABLED(CONFIG_TI_PRIV_EDMA)

/* PaRAM set: eight 32-bit words, 32 bytes, laid out as the hardware does. */
struct edmacc_param {
	u32 opt;
	u32 src;
	u32 a_b_cnt;		/* BCNT in 31:16, ACNT in 15:0 */
	u32 dst;
	u32 src_dst_bidx;	/* DSTBIDX in 31:16, SRCBIDX in 15:0 (s16) */
	u32 link_bcntrld;	/* BCNTRLD in 31:16, LINK in 15:0 */
	u32 src_dst_cidx;	/* DSTCIDX in 31:16, SRCCIDX in 15:0 (s16) */
	u32 ccnt;		/* CCNT in 15:0 */
} __packed;

/* PaRAM OPT bits */
#define SAM		BIT(0)
#define DAM		BIT(1)
#define SYNCDIM		BIT(2)
#define STATIC		BIT(3)
#define EDMA_FWID	(0x07 << 8)
#define TCCMODE		BIT(11)
#define EDMA_TCC(t)	((t) << 12)
#define TCINTEN		BIT(20)
#define ITCINTEN	BIT(21)
#define TCCHEN		BIT(22)
#define ITCCHEN		BIT(23)

/*
 * Status passed to a channel callback.  The callback runs in hard-IRQ
 * context and receives the channel as EDMA_CTLR_CHAN(ctlr, channel).
 *
 * EDMA_DMA_COMPLETE	a PaRAM set with TCC == channel completed
 * EDMA_DMA_CC_ERROR	an event for the channel was missed (EMR): it was
 *			triggered while still pending, or ran into a NULL set
 * EDMA_DMA_TC1_ERROR	legacy name, never reported
 * EDMA_DMA_TC2_ERROR	legacy name, never reported
 * EDMA_DMA_QUEUE_ERROR	the event queue the channel is mapped to reached
 *			its watermark threshold (CCERR.QTHRXCD)
 * EDMA_DMA_TC_ERROR	the transfer controller serving the channel's queue
 *			reported a bus or transfer-request error; a TC
 *			records one failing request at a time, so when two
 *			fail before the handler runs, only the channel the
 *			recorded one names is told
 * EDMA_DMA_TCC_ERROR	the CC hit its limit of outstanding completion codes
 *			(CCERR.TCCERR); sent to every channel with a callback
 */
#define EDMA_DMA_COMPLETE	1
#define EDMA_DMA_CC_ERROR	2
#define EDMA_DMA_TC1_ERROR	3
#define EDMA_DMA_TC2_ERROR	4
#define EDMA_DMA_QUEUE_ERROR	5
#define EDMA_DMA_TC_ERROR	6
#define EDMA_DMA_TCC_ERROR	7

enum address_mode {
	INCR = 0,
	FIFO = 1
};

enum fifo_width {
	W8BIT = 0,
	W16BIT = 1,
	W32BIT = 2,
	W64BIT = 3,
	W128BIT = 4,
	W256BIT = 5
};

enum sync_dimension {
	ASYNC = 0,
	ABSYNC = 1
};

#define EDMA_CHANNEL_ANY		-1	/* for edma_alloc_channel() */
#define EDMA_SLOT_ANY			-1	/* for edma_alloc_slot() */
#define EDMA_CONT_PARAMS_ANY		 1001
#define EDMA_CONT_PARAMS_FIXED_EXACT	 1002
#define EDMA_CONT_PARAMS_FIXED_NOT_EXACT 1003

/* The 3.x platform device carries an array of this many soc_info pointers. */
#define EDMA_MAX_CC		2

struct device;

/**
 * struct edma_dma_spec - a device's DMA request line, from the driver model
 * @ctlr: controller number
 * @channel: channel (event) number on that controller
 * @queue: event queue, or EVENTQ_DEFAULT
 */
struct edma_dma_spec {
	unsigned int		ctlr;
	unsigned int		channel;
	enum dma_event_q	queue;
};

/**
 * struct edma_ctlr_info - a controller, as a dmaengine provider sees it
 * @ctlr: controller number (the EDMA_CTLR() of its handles)
 * @dev: the device that carries it
 * @num_channels: DMA channels
 * @num_slots: PaRAM slots
 * @num_queues: event queues
 * @memcpy: channels without a peripheral event (memcpy_channels,
 *	"ti,edma-memcpy-channels")
 * @slave_map: the platform data's peripheral table, or NULL
 * @slavecnt: entries in @slave_map
 */
struct edma_ctlr_info {
	unsigned int		ctlr;
	struct device		*dev;
	unsigned int		num_channels;
	unsigned int		num_slots;
	unsigned int		num_queues;
	DECLARE_BITMAP(memcpy, 64);
	const struct dma_slave_map *slave_map;
	int			slavecnt;
};

struct of_phandle_args;

/* driver-model binding */
int edma_of_dma_spec(const struct of_phandle_args *args,
		     struct edma_dma_spec *spec);
int edma_find_ctlr(struct device *dev, unsigned int from,
		   struct edma_ctlr_info *info);
bool edma_request_is_edma(struct device *dev, const char *name);
int edma_get_dma_spec(struct device *dev, const char *name,
		      struct edma_dma_spec *spec);
int devm_edma_alloc_channel(struct device *dev, const char *name,
			    void (*callback)(unsigned int channel,
					     u16 ch_status, void *data),
			    void *data);

/* channels: allocation, queues, control */
int edma_alloc_channel(int channel,
		       void (*callback)(unsigned int channel, u16 ch_status,
					void *data),
		       void *data, enum dma_event_q eventq_no);
void edma_free_channel(unsigned int channel);
void edma_assign_channel_eventq(unsigned int channel,
				enum dma_event_q eventq_no);
int edma_start(unsigned int channel);
void edma_stop(unsigned int channel);
void edma_pause(unsigned int channel);
void edma_resume(unsigned int channel);
void edma_clean_channel(unsigned int channel);
void edma_clear_event(unsigned int channel);
int edma_trigger_channel(unsigned int channel);

/* slots */
int edma_alloc_slot(unsigned int ctlr, int slot);
void edma_free_slot(unsigned int slot);
int edma_alloc_cont_slots(unsigned int ctlr, unsigned int id, int slot,
			  int count);
int edma_free_cont_slots(unsigned int slot, int count);

/*
 * PaRAM helpers.  PaRAM holds 32-bit bus addresses: with LPAE's 64-bit
 * dma_addr_t, edma_set_src()/edma_set_dest() refuse an address above
 * 4 GiB (dev_err, slot untouched) rather than cut it.
 */
void edma_set_src(unsigned int slot, dma_addr_t src_port,
		  enum address_mode mode, enum fifo_width width);
void edma_set_dest(unsigned int slot, dma_addr_t dest_port,
		   enum address_mode mode, enum fifo_width width);
dma_addr_t edma_get_position(unsigned int slot, bool dst);
void edma_get_position_both(unsigned int slot, dma_addr_t *src,
			    dma_addr_t *dst);
void edma_set_src_index(unsigned int slot, s16 src_bidx, s16 src_cidx);
void edma_set_dest_index(unsigned int slot, s16 dest_bidx, s16 dest_cidx);
void edma_set_transfer_params(unsigned int slot, u16 acnt, u16 bcnt,
			      u16 ccnt, u16 bcnt_rld,
			      enum sync_dimension sync_mode);
void edma_link(unsigned int from, unsigned int to);
void edma_unlink(unsigned int from);
void edma_write_slot(unsigned int slot, const struct edmacc_param *param);
void edma_read_slot(unsigned int slot, struct edmacc_param *param);

/* ---- rings: a notify + poll interface for network drivers ----------- */

/*
 * A ring is a channel plus a circle of PaRAM descriptors that moves whole
 * frames between a peripheral's FIFO and caller-owned buffers, shaped after
 * the virtqueue API so a NAPI driver can pull completions with a budget:
 *
 *	add_inbuf/add_outbuf	post a buffer with an opaque token (no MMIO
 *				read, no lock, no allocation)
 *	kick_prepare + notify	one doorbell per batch of posted buffers
 *	get_buf			pull one completion: token, length, status
 *	disable_cb/enable_cb*	notification control with a race-free re-arm
 *
 * After each frame the ring copies the peripheral's status register (see
 * EDMA_RING_ST_*) into a per-descriptor word in coherent memory, so
 * completions are found by reading memory.  The ring's notify callback runs
 * in hard-IRQ context, at most once per re-arm.
 *
 * Serialization: like a virtqueue the ring takes no lock.  The caller runs
 * the producer calls (add_*, kick_prepare) and the consumer calls (get_buf,
 * enable_cb*, poll, detach_unused_buf) each from one context at a time
 * (NAPI poll, or the TX queue lock).  edma_ring_notify() and
 * edma_ring_disable_cb() may be called from anywhere, the notify callback
 * included.
 */

/* tx-usecs of a new TX ring (see edma_ring_set_coalesce()) */
#define EDMA_RING_TX_USECS	50

/* Status word the peripheral offers, and that get_buf() decodes. */
#define EDMA_RING_ST_DONE	BIT(31)		/* the frame is complete */
#define EDMA_RING_ST_ERR(x)	(((x) >> 16) & 0x7fff)	/* device errors */
#define EDMA_RING_ST_LEN(x)	((x) & 0xffff)	/* bytes in the frame */

enum edma_ring_dir {
	EDMA_RING_RX,		/* peripheral FIFO -> memory */
	EDMA_RING_TX,		/* memory -> peripheral FIFO */
};

struct edma_ring;

/**
 * struct edma_ring_config - how a ring talks to its peripheral
 * @dir: EDMA_RING_RX or EDMA_RING_TX
 * @num: number of descriptors (buffers the ring holds), a power of two
 * @window: how many of them PaRAM holds at once, three slots each: a power
 *	of two, at most @num; 0 for @num or 32, whichever is less.  The device
 *	is never more than @window frames ahead of the CPU; the rest wait
 *	in memory (see edma_ring_num_pending())
 * @fifo: bus address of the peripheral's frame window; RX reads a frame
 *	from it, TX writes one to it, both from its first byte (below 4 GiB,
 *	as every address the ring is given: PaRAM holds 32 bits)
 * @status: bus address of the peripheral's status register, read once per
 *	frame after the data (the read ends the frame); it must return
 *	EDMA_RING_ST_DONE | errors << 16 | length
 * @doorbell: peripheral register that edma_ring_notify() writes with the
 *	number of buffers posted since the last notify (RX: credits, TX:
 *	frames to send)
 * @buf_len: RX only, bytes of every receive buffer (the transfer size)
 * @callback: called in hard-IRQ context when completions are pending and
 *	notification is enabled; may be NULL
 * @priv: for the caller, see edma_ring_priv()
 */
struct edma_ring_config {
	enum edma_ring_dir	dir;
	unsigned int		num;
	unsigned int		window;
	dma_addr_t		fifo;
	dma_addr_t		status;
	void __iomem		*doorbell;
	unsigned int		buf_len;
	void (*callback)(struct edma_ring *ring);
	void			*priv;
};

struct edma_ring *devm_edma_ring_request(struct device *dev, const char *name,
					 const struct edma_ring_config *config);
void *edma_ring_priv(struct edma_ring *ring);
int edma_ring_start(struct edma_ring *ring);
void edma_ring_stop(struct edma_ring *ring);
bool edma_ring_is_broken(const struct edma_ring *ring);
int edma_ring_reset(struct edma_ring *ring);

int edma_ring_add_inbuf(struct edma_ring *ring, dma_addr_t buf, void *token);
int edma_ring_add_outbuf(struct edma_ring *ring, dma_addr_t buf,
			 unsigned int len, void *token);
unsigned int edma_ring_num_free(const struct edma_ring *ring);
bool edma_ring_kick_prepare(struct edma_ring *ring);
void edma_ring_notify(struct edma_ring *ring);
bool edma_ring_kick(struct edma_ring *ring);
unsigned int edma_ring_num_pending(struct edma_ring *ring);

void *edma_ring_get_buf(struct edma_ring *ring, unsigned int *len,
			u32 *status);
unsigned int edma_ring_get_bufs(struct edma_ring *ring, void **tokens,
				unsigned int *lens, u32 *status,
				unsigned int max);
void edma_ring_disable_cb(struct edma_ring *ring);
unsigned int edma_ring_enable_cb_prepare(struct edma_ring *ring);
bool edma_ring_poll(struct edma_ring *ring, unsigned int last_used);
bool edma_ring_enable_cb(struct edma_ring *ring);
bool edma_ring_enable_cb_delayed(struct edma_ring *ring);
int edma_ring_set_coalesce(struct edma_ring *ring, unsigned int usecs,
			   unsigned int frames);
void edma_ring_get_coalesce(const struct edma_ring *ring, unsigned int *usecs,
			    unsigned int *frames);
void *edma_ring_detach_unused_buf(struct edma_ring *ring);

#endif /* CONFIG_TI_PRIV_EDMA */

#endif /* __LINUX_PLATFORM_DATA_EDMA_H */
