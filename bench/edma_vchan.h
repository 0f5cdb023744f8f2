/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A virt-dma-like channel over the classic edma_* API, for comparison
 * with the rings: prep -> submit -> issue_pending -> one callback per
 * descriptor, run from a tasklet.  See edma_vchan.c.
 */
#ifndef _BENCH_EDMA_VCHAN_H
#define _BENCH_EDMA_VCHAN_H

#include <linux/platform_data/edma.h>
#include <linux/types.h>

struct device;
struct evc_chan;
struct evc_desc;

typedef int evc_cookie_t;
typedef void (*evc_callback_t)(void *param, u32 status);

enum evc_dir {
	EVC_DEV_TO_MEM,
	EVC_MEM_TO_DEV,
};

/**
 * struct evc_config - a channel moving frames to or from a peripheral
 * @dir: EVC_DEV_TO_MEM (RX) or EVC_MEM_TO_DEV (TX)
 * @fifo: bus address of the peripheral's frame window
 * @status: bus address of its status register, read after each frame
 * @gate: the peripheral's DMA request gate, written with 1 each time a
 *	descriptor is loaded into the channel (what a level-triggered
 *	request line does in hardware)
 */
struct evc_config {
	enum evc_dir		dir;
	dma_addr_t		fifo;
	dma_addr_t		status;
	void __iomem		*gate;
};

struct evc_chan *devm_evc_request(struct device *dev, const char *name,
				  const struct evc_config *cfg);
struct evc_desc *evc_prep_slave_single(struct evc_chan *chan, dma_addr_t buf,
				       unsigned int len, evc_callback_t cb,
				       void *param);
evc_cookie_t evc_submit(struct evc_desc *desc);
void evc_issue_pending(struct evc_chan *chan);
void evc_terminate_all(struct evc_chan *chan);
void evc_synchronize(struct evc_chan *chan);

#endif
