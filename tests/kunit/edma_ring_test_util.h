/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Shared fixture of the ring suites: a DA850 with both controllers, the
 * MAC model wired to them (RX on CC0 channel 20, TX on CC1 channel 20), a
 * client device "edma-ring-test" whose driver requests the "rx" and "tx"
 * rings at probe, a pool of coherent packet buffers, and a NAPI-style poll
 * loop for the counters and stress cases.
 */
#ifndef _TESTS_KUNIT_EDMA_RING_TEST_UTIL_H
#define _TESTS_KUNIT_EDMA_RING_TEST_UTIL_H

#include <kunit/test.h>
#include <linux/dma-mapping.h>
#include <linux/platform_data/edma.h>

#include "mac_model.h"
#include "edma_test_frame.h"

#define RT_MAC_BUS	0x01e24000	/* MAC FIFO/status window on the bus */
#define RT_MAC_MMIO	0x01e23000	/* MAC registers for the CPU */
#define RT_RX_CTLR	0
#define RT_TX_CTLR	1
#define RT_CHAN		20
#define RT_NBUF		256

struct ring_test_buf {
	u8 *cpu;
	dma_addr_t dma;
	unsigned int id;
};

struct ring_test_ctx {
	struct platform_device *pdev;
	struct mac *mac;
	void __iomem *regs;
	struct edma_ring *rx, *tx;
	int probe_err;
	unsigned int rx_num, tx_num, buf_len;
	unsigned int rx_window, tx_window;	/* 0: the library's default */
	/* callbacks seen; with napi set they disable, as NAPI would */
	unsigned int rx_cbs, tx_cbs;
	bool napi;
	bool rx_scheduled, tx_scheduled;
	/* buffer pool */
	u8 *pool;
	dma_addr_t pool_dma;
	struct ring_test_buf buf[RT_NBUF];
	/* TX frames the MAC sent: checked by ring_test_tx_check when set */
	void (*tx_check)(const u8 *data, u32 len);
	u64 tx_seen;
	/* if set, brackets every CPU access to the MAC's registers */
	void (*mac_hold)(bool hold);
};

extern struct ring_test_ctx rt;

/* Board, MAC, driver and device; rx_num/tx_num descriptors. */
int ring_test_setup(unsigned int rx_num, unsigned int tx_num, unsigned int buf_len);
void ring_test_exit(struct kunit *test);
/* Same, registering the controllers only if controllers is true. */
int ring_test_setup_ext(unsigned int rx_num, unsigned int tx_num,
		 unsigned int buf_len, bool controllers);
/* Both rings of num descriptors, window of them in PaRAM. */
int ring_test_setup_window(unsigned int num, unsigned int window,
			   unsigned int buf_len);
/* Point rt.buf[] into the pool once the driver has probed. */
void ring_test_init_pool(void);
/* Unbind the client driver (devm release). */
void ring_test_unbind(void);

/* Inject a frame of len bytes with a pattern from seq; true if queued. */
bool ring_test_inject(u32 seq, unsigned int len);

/* Post count RX buffers from the pool starting at buf[first]. */
int ring_test_post_rx(unsigned int first, unsigned int count);

#endif
