/* SPDX-License-Identifier: GPL-2.0 */
/*
 * A DA850 with both EDMA3 controllers, the MAC model on the bus (RX
 * request on CC0 channel 20, TX on CC1 channel 20) and a platform device
 * for a network driver: "regs" (MAC registers), "fifo" (its bus window),
 * "rx"/"tx" DMA requests.  Shared by the NAPI driver suite and the
 * network benchmark; no KUnit in here.
 *
 * With auto_step set, every doorbell write lets the MAC run until it can
 * move nothing more, as hardware that is faster than the CPU would.
 */
#ifndef _TESTS_KUNIT_EDMA_NET_FIXTURE_H
#define _TESTS_KUNIT_EDMA_NET_FIXTURE_H

#include <linux/types.h>

#include "board.h"
#include "mac_model.h"
#include "edma_test_frame.h"

#define NF_MAC_BUS	0x01e24000	/* FIFO/status window on the bus */
#define NF_MAC_MMIO	0x01e23000	/* MAC registers for the CPU */
#define NF_RX_CTLR	0
#define NF_TX_CTLR	1
#define NF_CHAN		20

struct net_device;
struct platform_device;

struct net_fixture_ctx {
	struct board *board;
	struct mac *mac;
	struct platform_device *pdev;
	struct net_device *ndev;
	bool auto_step;
	unsigned int step_max;		/* frames per auto step, 0: all */
	unsigned int rx_queue;		/* MAC RX queue depth */
	void (*tx_frame)(const u8 *data, u32 len);
};

extern struct net_fixture_ctx nf;

/*
 * Board, MAC and a device named drv (probed if its driver is there), with
 * ring_size descriptors per direction in its platform data (0: the
 * driver's default).
 */
int net_fixture_setup(const char *drv, unsigned int rx_queue,
		      unsigned int ring_size);
void net_fixture_teardown(void);

/* Counters of one direction: its controller and IRQ line, plus the MAC. */
struct net_fixture_counts {
	u64 mmio_reads;
	u64 mmio_writes;
	u64 irqs;
	u64 locks;
	u64 allocs;
};

void net_fixture_counts(struct net_fixture_counts *c, bool rx);

/* A frame of len bytes whose contents follow from seq; false if dropped. */
bool net_fixture_inject(u32 seq, unsigned int len);

#endif
