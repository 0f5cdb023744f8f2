/* SPDX-License-Identifier: GPL-2.0 */
/*
 * TI EDMA3: what the other parts of the library (the ring in edma-ring.c)
 * need from the controller core in edma.c.  Not for drivers.
 *
 * The core owns allocation and every read-modify-write of a controller
 * register under its one lock.  A data path that has allocated its channel
 * and slots through the core may write those slots' PaRAM words and the
 * write-1-to-set/clear bits of its own channel straight through the
 * controller's register window: such writes touch nothing another owner
 * holds, so they need no lock.
 */
#ifndef __ARM_COMMON_EDMA_INTERNAL_H
#define __ARM_COMMON_EDMA_INTERNAL_H

#include <linux/types.h>

struct device;
struct device_node;
struct edma_dma_spec;
struct of_phandle_args;

/* Shadow region 0 channel block and PaRAM, as offsets from the CC base. */
#define EDMA_INT_SHADOW0	0x2000
#define EDMA_INT_SH_ICR		0x70
#define EDMA_INT_SH_IECR	0x58
#define EDMA_INT_SH_IESR	0x60
#define EDMA_INT_PARM(slot)	(0x4000 + (slot) * 32)

/*
 * edma_cc_lookup - register window and device of controller ctlr
 *
 * Returns the CC base, or NULL if no such controller is probed; *dev is
 * set to the controller's device when dev is not NULL.  The window stays
 * valid while the caller holds a channel of that controller.
 */
void __iomem *edma_cc_lookup(unsigned int ctlr, struct device **dev);

/* For the crossbar routers (edma-xbar.c); see the kernel-doc in edma.c. */
int edma_of_ctlr(struct device_node *np);
int edma_claim_channel(unsigned int ctlr, unsigned int ch, int queue);
int edma_claim_free_channel(unsigned int ctlr, const unsigned long *skip);

/* edma-xbar.c: "dmas" entries that go through a DMA crossbar */
bool edma_xbar_node(struct device_node *np);
int edma_xbar_route(const struct of_phandle_args *args,
		    struct edma_dma_spec *spec);

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

#endif /* __ARM_COMMON_EDMA_INTERNAL_H */
