/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TI EDMA3 common library: what its files share.  Not for drivers.
 *
 *   edma.c        controllers, channel and slot allocation, the channel API
 *   edma-drain.c  waiting for a stopped channel's requests in flight
 *   edma-param.c  the PaRAM API (addresses, indexes, counts, links, sets)
 *   edma-bind.c   driver-model binding: DMA requests, claims, devm helpers
 *   edma-irq.c    completion, error and transfer controller interrupts
 *   edma-probe.c  probe from platform data, hardware init, DT TC devices
 *   edma-of.c     platform data from the device tree
 *   edma-pm.c     system suspend and resume
 *   edma-xbar.c   DMA crossbar routers
 *   edma-ring.c   the notify + poll ring for network drivers
 *   edma-debugfs.c what the controllers and rings are doing, in debugfs
 *
 * The core owns allocation and every read-modify-write of a controller
 * register under its one lock.  A data path that has allocated its channel
 * and slots through the core may write those slots' PaRAM words and the
 * write-1-to-set/clear bits of its own channel straight through the
 * accessors below (edma_slot_regs(), edma_chan_shadow_regs()): such writes
 * touch nothing another owner holds, so they need no lock.
 */
#ifndef __ARM_COMMON_EDMA_INTERNAL_H
#define __ARM_COMMON_EDMA_INTERNAL_H

#include <linux/atomic.h>
#include <linux/bitmap.h>
#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/list.h>
#include <linux/mod_devicetable.h>
#include <linux/platform_data/edma.h>
#include <linux/pm.h>
#include <linux/seqlock.h>
#include <linux/spinlock.h>
#include <linux/types.h>

#include "edma-regs.h"

struct dentry;
struct device;
struct device_node;
struct edma_ring;
struct notifier_block;
struct of_phandle_args;
struct platform_device;
struct resource;

#define EDMA_MAX_DMACH		64
#define EDMA_MAX_PARAMENTRY	512
#define EDMA_MAX_TC		8
#define EDMA_BANKS		(EDMA_MAX_DMACH / 32)

struct edma_cc;

/*
 * A transfer controller.  Platform-data TCs live in their controller's
 * tc[]; device-tree TCs are their own "ti,edma3-tptc" devices, bound by
 * edma_tptc_driver and linked to the controller whose "ti,tptcs" lists
 * them, whichever of the two probes last.
 */
struct edma_tc {
	struct edma_cc		*cc;	/* NULL while unlinked (edma_lock) */
	void __iomem		*base;
	unsigned int		index;	/* TC number, as QUETCMAP names it */
	int			irq;	/* error interrupt, < 0 if none */
	struct device		*dev;	/* device-tree TC: its device */
	struct list_head	node;	/* device-tree TC: in edma_dt_tcs */
};

/*
 * Written under edma_lock; the interrupt handlers read them without it:
 * callback and data inside the generation count gen, queue with READ_ONCE.
 * busy counts handlers between their generation check and the end of
 * the callback.
 */
struct edma_client {
	seqcount_t		gen;
	atomic_t		busy;
	void (*callback)(unsigned int channel, u16 ch_status, void *data);
	void			*data;
	u8			queue;
	/* the device that allocated the channel, when known (debugfs) */
	struct device		*owner;
};

/*
 * Errors the interrupt handlers saw, by kind, for debugfs: Linux's
 * missed events, event queue thresholds exceeded (by queue), TCC errors
 * and transfer controller errors (by TC number).  Handlers of different
 * lines count concurrently, hence atomics.
 */
struct edma_err_counts {
	atomic_t		missed_event;
	atomic_t		queue_threshold[EDMA_MAX_TC];
	atomic_t		tcc_error;
	atomic_t		tc_error[EDMA_MAX_TC];
};

struct edma_cc {
	struct device		*dev;
	void __iomem		*base;
	unsigned int		id;
	unsigned int		num_channels;
	unsigned int		num_slots;
	unsigned int		num_tc;
	bool			chmap_exist;
	unsigned int		default_queue;
	u8			queue_tc[EDMA_MAX_TC];
	u8			queue_prio[EDMA_MAX_TC];
	struct edma_tc		tc[EDMA_MAX_TC];
	/* device-tree TCs by queue ("ti,tptcs" order); linked under edma_lock */
	struct device_node	*tc_np[EDMA_MAX_TC];
	struct edma_tc		*dt_tc[EDMA_MAX_TC];
	/* PaRAM of the allocated slots across suspend, num_slots entries */
	struct edmacc_param	*saved_params;
	struct edma_err_counts	errs;
	/* its debugfs directory (edma-debugfs.c), or NULL/ERR_PTR */
	struct dentry		*debugfs;

	/* edma_lock protects everything below */
	struct list_head	node;	/* in edma_ccs */
	/* slot (and channel n's slot n) allocated by a Linux client */
	DECLARE_BITMAP(slot_inuse, EDMA_MAX_PARAMENTRY);
	/* slots and channels the board reserved for another core */
	DECLARE_BITMAP(slot_rsv, EDMA_MAX_PARAMENTRY);
	DECLARE_BITMAP(chan_rsv, EDMA_MAX_DMACH);
	/*
	 * How edma_start() starts a channel.  A channel is claimed when a
	 * device's DMA request names it (an IORESOURCE_DMA resource, a DT
	 * "dmas" entry, slave_map, xbar_chans, or a crossbar route): it is
	 * then started by enabling its peripheral event.  Any other channel,
	 * and every memcpy channel, is triggered by software, as in 3.x.
	 * Claims are never dropped; EDMA_CHANNEL_ANY hands out only
	 * unclaimed channels.
	 */
	DECLARE_BITMAP(chan_claimed, EDMA_MAX_DMACH);
	DECLARE_BITMAP(chan_manual, EDMA_MAX_DMACH);
	/* reserved channels per 32-channel bank, for the error handler */
	u32			rsv_mask[EDMA_BANKS];
	/* software copies of IER and EER, so no register is read back */
	u32			ier[EDMA_BANKS];
	u32			eer[EDMA_BANKS];
	/* channels whose IER bit their user (a ring) sets directly */
	DECLARE_BITMAP(chan_ier_ext, EDMA_MAX_DMACH);
	/* that IER bit as the ring last wrote it (atomic bitops, no lock) */
	DECLARE_BITMAP(ier_ext, EDMA_MAX_DMACH);
	struct edma_client	client[EDMA_MAX_DMACH];
	/* platform data's peripheral table, for a dmaengine provider */
	const struct dma_slave_map *slave_map;
	int			slavecnt;
};

/*
 * All probed controllers, sorted by id, and the one lock (see edma.c):
 * it protects the list, every controller's allocation state and software
 * register copies, and every read-modify-write of a controller register.
 */
extern struct list_head edma_ccs;
extern spinlock_t edma_lock;

/* What a free slot holds: a "dummy" set that moves nothing, linked to NULL */
extern const struct edmacc_param edma_dummy_paramset;

static inline void edma_lock_irqsave(unsigned long *flags)
	__acquires(&edma_lock)
{
	spin_lock_irqsave(&edma_lock, *flags);
}

static inline void edma_unlock(unsigned long flags)
	__releases(&edma_lock)
{
	spin_unlock_irqrestore(&edma_lock, flags);
}

static inline u32 edma_read(struct edma_cc *cc, unsigned int offset)
{
	return readl(cc->base + offset);
}

static inline void edma_write(struct edma_cc *cc, unsigned int offset, u32 val)
{
	writel(val, cc->base + offset);
}

/* Write one bit of a 64-bit register pair in shadow region 0. */
static inline void edma_sh_write_bit(struct edma_cc *cc, unsigned int reg,
				     unsigned int ch)
{
	edma_write(cc, EDMA_SHADOW0 + reg + (ch >> 5) * 4, BIT(ch & 31));
}

static inline void edma_write_bit(struct edma_cc *cc, unsigned int reg,
				  unsigned int ch)
{
	edma_write(cc, reg + (ch >> 5) * 4, BIT(ch & 31));
}

static inline void edma_modify(struct edma_cc *cc, unsigned int offset,
			       u32 mask, u32 val)
{
	u32 old = edma_read(cc, offset);

	edma_write(cc, offset, (old & ~mask) | (val & mask));
}

static inline void edma_write_param(struct edma_cc *cc, unsigned int slot,
				    const struct edmacc_param *param)
{
	memcpy_toio(cc->base + PARM_OFFSET(slot), param, PARM_SIZE);
}

static inline bool edma_slot_owned(struct edma_cc *cc, unsigned int slot)
{
	return slot < cc->num_slots && test_bit(slot, cc->slot_inuse);
}

/* edma.c: look-ups, under edma_lock */
struct edma_cc *edma_find_cc(unsigned int ctlr);
struct edma_cc *edma_lock_ctlr(unsigned int ctlr, unsigned long *flags)
	__acquires(&edma_lock);
struct edma_cc *edma_lock_chan_ctlr(unsigned int channel, const char *func,
				    unsigned long *flags)
	__acquires(&edma_lock);
struct edma_cc *edma_lock_slot_ctlr(unsigned int slot, const char *func,
				    unsigned long *flags)
	__acquires(&edma_lock);

/* edma.c: channel state, under edma_lock */
void edma_set_queue(struct edma_cc *cc, unsigned int ch, unsigned int queue);
void edma_set_region0(struct edma_cc *cc, unsigned int ch, bool on);
void edma_stop_locked(struct edma_cc *cc, unsigned int ch);
void edma_stop_client_locked(struct edma_cc *cc, unsigned int ch);
void edma_enable_irq_locked(struct edma_cc *cc, unsigned int ch, bool enable);

/* edma-drain.c: a stopped channel's requests in flight */
void edma_drain_chan_locked(struct edma_cc *cc, unsigned int ch);

/* edma-irq.c */
irqreturn_t edma_completion_handler(int irq, void *dev_id);
irqreturn_t edma_error_handler(int irq, void *dev_id);
irqreturn_t edma_tc_error_handler(int irq, void *dev_id);

/* edma-bind.c */
extern const struct of_device_id edma_of_ids[];
extern struct notifier_block edma_bus_nb;
int edma_claim_one(struct device *dev, void *cc);

/* edma-probe.c and edma-of.c: one controller's resources and its setup */
struct edma_cc_res {
	struct resource	*mem;
	int		ccint;
	int		ccerrint;	/* < 0: not wired */
	const char	*tc_fmt;	/* TC register window names, or NULL */
	const char	*tcerr_fmt;	/* TC error interrupt names */
	unsigned int	first_tc;	/* number of this controller's TC0 */
	unsigned int	num_tc;		/* out: TCs the controller has */
	/* device tree: the TC nodes of "ti,tptcs", by queue */
	struct device_node *tc_np[EDMA_MAX_TC];
};

int edma_get_edma3_res(struct platform_device *pdev, struct edma_cc_res *r);
int edma_setup_cc(struct platform_device *pdev,
		  const struct edma_soc_info *info, struct edma_cc_res *r,
		  int want_id);
int edma_probe_of(struct platform_device *pdev);
void edma_write_queue_map(struct edma_cc *cc);

/* edma-pm.c */
extern const struct dev_pm_ops edma_pm_ops;

/* edma.c: the device a channel's user allocated it for (debugfs) */
void edma_set_owner(unsigned int channel, struct device *dev);

/* edma-ring.c: a snapshot of a ring for debugfs, taken without a lock */
struct edma_ring_info {
	unsigned int	ctlr;
	unsigned int	ch;
	unsigned int	num;
	unsigned int	win;		/* of num, in PaRAM at once */
	bool		rx;
	bool		started;
	bool		broken;
	bool		cb_enabled;
	/*
	 * free-running indices: posted, kicked, loaded into PaRAM and handed
	 * to the device, taken back
	 */
	unsigned int	avail;
	unsigned int	kicked;
	unsigned int	loaded;
	unsigned int	last_used;
	unsigned int	free;
	/* doorbells, interrupts, callbacks, polls, error completions */
	unsigned long	kicks;
	unsigned long	irqs;
	unsigned long	notifies;
	unsigned long	polls;
	unsigned long	errors;
};

void edma_ring_get_info(const struct edma_ring *ring,
			struct edma_ring_info *info);

/* edma-debugfs.c; without CONFIG_DEBUG_FS, nothing */
#ifdef CONFIG_DEBUG_FS
void edma_debugfs_add_cc(struct edma_cc *cc);
void edma_debugfs_remove_cc(struct edma_cc *cc);
struct dentry *edma_debugfs_add_ring(struct edma_ring *ring,
				     struct device *dev, const char *name);
void edma_debugfs_remove_ring(struct dentry *d);
#else
static inline void edma_debugfs_add_cc(struct edma_cc *cc) { }
static inline void edma_debugfs_remove_cc(struct edma_cc *cc) { }
static inline struct dentry *edma_debugfs_add_ring(struct edma_ring *ring,
						   struct device *dev,
						   const char *name)
{
	return NULL;
}

static inline void edma_debugfs_remove_ring(struct dentry *d) { }
#endif

/*
 * For edma-ring.c, whose data path writes the PaRAM of its own slots and
 * the interrupt enable bits of its own channel without the lock.
 */
bool edma_ctlr_present(unsigned int ctlr);

/*
 * edma_slot_regs - the PaRAM set of an allocated slot
 *
 * Returns the address of slot @slot's set (struct edmacc_param, PARM_*
 * word offsets); the sets of a run from edma_alloc_cont_slots() follow it
 * PARM_SIZE apart.  NULL if @slot is not allocated.  Valid until freed.
 */
void __iomem *edma_slot_regs(unsigned int slot);

/*
 * edma_chan_shadow_regs - the shadow region 0 bank of an allocated channel
 *
 * Returns the address to which the SH_* offsets are added for the
 * register word (of each pair) that holds @channel's bit, BIT(ch & 31).
 * NULL if @channel is not allocated.  Valid until freed.
 */
void __iomem *edma_chan_shadow_regs(unsigned int channel);

/*
 * edma_int_ier_map - let the owner of a channel write its IER bit itself
 *
 * For a data path that enables and disables its channel's interrupt with
 * IESR/IECR writes of its own.  The owner mirrors every such write in bit
 * EDMA_CHAN_SLOT(channel) of the returned map with set_bit()/clear_bit(),
 * and resume restores IER from that bit instead of the core's copy (which
 * keeps the channel enabled for the completion handler).  Ends when the
 * channel is freed.  Returns NULL if @channel is not allocated.
 */
unsigned long *edma_int_ier_map(unsigned int channel);

/* For the crossbar routers (edma-xbar.c); see the kernel-doc in edma-bind.c. */
int edma_of_ctlr(struct device_node *np);
int edma_claim_channel(unsigned int ctlr, unsigned int ch, int queue);
int edma_claim_free_channel(unsigned int ctlr, const unsigned long *skip);

/* edma-xbar.c: "dmas" entries that go through a DMA crossbar */
bool edma_xbar_node(struct device_node *np);
int edma_xbar_route(const struct of_phandle_args *args,
		    struct edma_dma_spec *spec);

#endif /* __ARM_COMMON_EDMA_INTERNAL_H */
