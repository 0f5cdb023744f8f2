/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The virt-dma helper API (drivers/dma/virt-dma.h) for the host tests,
 * written for the shim: descriptors move submitted -> issued -> (provider)
 * -> completed, and a tasklet runs the completion callbacks.
 */
#ifndef _HOST_VIRT_DMA_H
#define _HOST_VIRT_DMA_H

#include <linux/interrupt.h>
#include <linux/list.h>
#include <linux/spinlock.h>

#include "dmaengine.h"

struct virt_dma_desc {
	struct dma_async_tx_descriptor tx;
	struct dmaengine_result tx_result;
	struct list_head node;
};

struct virt_dma_chan {
	struct dma_chan chan;
	struct tasklet_struct task;
	void (*desc_free)(struct virt_dma_desc *vd);
	spinlock_t lock;
	struct list_head desc_allocated;
	struct list_head desc_submitted;
	struct list_head desc_issued;
	struct list_head desc_completed;
	struct list_head desc_terminated;
	struct virt_dma_desc *cyclic;
};

static inline struct virt_dma_chan *to_virt_chan(struct dma_chan *chan)
{
	return container_of(chan, struct virt_dma_chan, chan);
}

void vchan_init(struct virt_dma_chan *vc, struct dma_device *dmadev);
struct virt_dma_desc *vchan_find_desc(struct virt_dma_chan *vc,
				      dma_cookie_t cookie);
void vchan_dma_desc_free_list(struct virt_dma_chan *vc,
			      struct list_head *head);
struct dma_async_tx_descriptor *vchan_tx_prep(struct virt_dma_chan *vc,
					      struct virt_dma_desc *vd,
					      unsigned long tx_flags);
bool vchan_issue_pending(struct virt_dma_chan *vc);
void vchan_cookie_complete(struct virt_dma_desc *vd);
void vchan_cyclic_callback(struct virt_dma_desc *vd);
void vchan_terminate_vdesc(struct virt_dma_desc *vd);
struct virt_dma_desc *vchan_next_desc(struct virt_dma_chan *vc);
void vchan_get_all_descriptors(struct virt_dma_chan *vc,
			       struct list_head *head);
void vchan_free_chan_resources(struct virt_dma_chan *vc);
void vchan_synchronize(struct virt_dma_chan *vc);

#endif
