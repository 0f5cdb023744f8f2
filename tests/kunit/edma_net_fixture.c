// SPDX-License-Identifier: GPL-2.0
/*
 * Network fixture: see edma_net_fixture.h.
 */
#include <linux/errno.h>
#include <linux/err.h>
#include <linux/ioport.h>
#include <linux/platform_data/edma.h>
#include <linux/platform_data/edma_ring_eth.h>
#include <linux/platform_device.h>
#include <linux/string.h>

#include "edma-soc.h"
#include "edma_net_fixture.h"
#include "host.h"
#include "host_net.h"

struct net_fixture_ctx nf;

static void net_fixture_event(void *ctx, enum mac_line line)
{
	edma3_event(board_cc(nf.board, line == MAC_LINE_RX ? NF_RX_CTLR :
			     NF_TX_CTLR), NF_CHAN);
}

static void net_fixture_tx_frame(void *ctx, const uint8_t *data, uint32_t len)
{
	if (nf.tx_frame)
		nf.tx_frame(data, len);
}

static u32 net_fixture_mmio_read(void *ctx, u32 off)
{
	return mac_mmio_read(ctx, off);
}

static void net_fixture_mmio_write(void *ctx, u32 off, u32 val)
{
	mac_mmio_write(ctx, off, val);
	if (nf.auto_step && (off == MAC_RX_CREDIT || off == MAC_TX_POST))
		mac_step(ctx, nf.step_max ? nf.step_max : ~0u);
}

static const struct host_mmio_ops net_fixture_mac_mmio = {
	.read32 = net_fixture_mmio_read,
	.write32 = net_fixture_mmio_write,
};

static const struct resource net_fixture_res[] = {
	DEFINE_RES_MEM_NAMED(NF_MAC_MMIO, MAC_MMIO_SIZE, "regs"),
	DEFINE_RES_MEM_NAMED(NF_MAC_BUS, MAC_BUS_SIZE, "fifo"),
	DEFINE_RES_DMA_NAMED(EDMA_CTLR_CHAN(NF_RX_CTLR, NF_CHAN), "rx"),
	DEFINE_RES_DMA_NAMED(EDMA_CTLR_CHAN(NF_TX_CTLR, NF_CHAN), "tx"),
};

int net_fixture_setup(const char *drv, unsigned int rx_queue,
		      unsigned int ring_size)
{
	struct edma_ring_eth_platform_data pdata = {
		.rx_ring_size = ring_size, .tx_ring_size = ring_size,
	};
	struct mac_config mc = {
		.rx_queue = rx_queue, .event = net_fixture_event,
		.tx_frame = net_fixture_tx_frame,
	};
	int ret;

	memset(&nf, 0, sizeof(nf));
	nf.rx_queue = rx_queue;
	nf.board = board_create(&board_da850);
	if (!nf.board)
		return -ENOMEM;
	ret = da850_register_edma(NULL);
	if (ret)
		return ret;
	nf.mac = mac_create(&mc);
	if (!nf.mac ||
	    edma3_bus_add_device(nf.board->bus, NF_MAC_BUS, MAC_BUS_SIZE,
				 &mac_bus_ops, nf.mac, "mac") ||
	    host_mmio_register(NF_MAC_MMIO, MAC_MMIO_SIZE, &net_fixture_mac_mmio,
			       nf.mac))
		return -ENOMEM;
	/* the driver maps skbs: the device reaches kernel memory */
	nf.pdev = platform_device_alloc(drv, 0);
	if (!nf.pdev)
		return -ENOMEM;
	ret = platform_device_add_resources(nf.pdev, net_fixture_res,
					    ARRAY_SIZE(net_fixture_res));
	if (!ret && ring_size)
		ret = platform_device_add_data(nf.pdev, &pdata, sizeof(pdata));
	if (!ret)
		ret = host_dma_attach(&nf.pdev->dev);
	if (!ret)
		ret = platform_device_add(nf.pdev);
	if (ret) {
		platform_device_put(nf.pdev);
		nf.pdev = NULL;
		return ret;
	}
	nf.ndev = host_netdev_get(NULL);
	return nf.ndev ? 0 : -ENODEV;
}

void net_fixture_teardown(void)
{
	if (nf.board) {
		host_platform_unregister_all();
		if (nf.mac) {
			host_mmio_unregister(NF_MAC_MMIO);
			edma3_bus_remove(nf.board->bus, NF_MAC_BUS);
		}
		board_destroy(nf.board);
	}
	mac_destroy(nf.mac);
	host_skb_cache_drain();
	memset(&nf, 0, sizeof(nf));
}

void net_fixture_counts(struct net_fixture_counts *c, bool rx)
{
	unsigned int ctlr = rx ? NF_RX_CTLR : NF_TX_CTLR;
	const struct edma3_stats *es = edma3_get_stats(board_cc(nf.board, ctlr));
	struct host_mmio_stats ms;
	struct host_irq_stats is;

	host_mmio_get_stats(NF_MAC_MMIO, &ms);
	host_irq_get_stats(nf.board->soc->cc[ctlr].irq_ccint, &is);
	c->mmio_reads = es->mmio_reads + ms.reads;
	c->mmio_writes = es->mmio_writes + ms.writes;
	c->irqs = is.delivered;
	c->locks = host_lock_count();
	c->allocs = host_fail_calls(HOST_FAULT_ALLOC);
}

bool net_fixture_inject(u32 seq, unsigned int len)
{
	u8 frame[MAC_MAX_FRAME];

	edma_test_frame_fill(frame, seq, len);
	return mac_rx_inject(nf.mac, frame, len);
}
