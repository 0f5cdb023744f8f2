// SPDX-License-Identifier: GPL-2.0
/*
 * make run: the network client.  The reference NAPI driver
 * (drivers/net/ethernet/ti/edma_ring_eth.c) binds its "rx" and "tx" rings
 * on a MAC model; every 100 us step a few frames of random length arrive
 * and a few are sent, NAPI polls under a budget of 64, and every frame is
 * checked on the far side: received ones in order and intact, transmitted
 * ones as the MAC puts them on the wire.  The rings are small because the
 * EVM leaves most of the PaRAM to the DSP (three sets per descriptor).
 */
#include <linux/err.h>
#include <linux/etherdevice.h>
#include <linux/errno.h>
#include <linux/ioport.h>
#include <linux/kernel.h>
#include <linux/netdevice.h>
#include <linux/platform_data/edma.h>
#include <linux/platform_data/edma_ring_eth.h>
#include <linux/platform_device.h>
#include <linux/skbuff.h>
#include <linux/string.h>

#include <stdio.h>

#include "board.h"
#include "host.h"
#include "host_net.h"
#include "mac_model.h"
#include "sim.h"

#define SN_MAC_BUS	0x01e24000	/* the MAC's FIFO/status bus window */
#define SN_MAC_MMIO	0x01e23000	/* its registers for the CPU */
#define SN_RX_PER_STEP	3
#define SN_TX_PER_STEP	2
#define SN_BUDGET	64

static struct {
	const struct sim_env *env;
	struct mac *mac;
	struct platform_device *pdev;
	struct net_device *ndev;
	bool mmio, bus;
	u32 rx_sent, rx_next, tx_sent, tx_next;
	u64 rx_bytes, tx_bytes, mismatches, irq0;
	u32 rng;
	int status;
} sn;

static u32 sn_rand(void)
{
	sn.rng ^= sn.rng << 13;
	sn.rng ^= sn.rng >> 17;
	sn.rng ^= sn.rng << 5;
	return sn.rng;
}

/* Frame seq's bytes follow from seq; its first word is seq itself. */
static void sn_fill(u8 *p, u32 seq, unsigned int len)
{
	unsigned int i;

	for (i = 0; i < len; i++)
		p[i] = (u8)(seq * 31 + i * 7);
	memcpy(p, &seq, sizeof(seq));
}

static bool sn_check(const u8 *p, u32 seq, unsigned int len)
{
	unsigned int i;
	u32 got;

	memcpy(&got, p, sizeof(got));
	if (got != seq)
		return false;
	for (i = sizeof(seq); i < len; i++) {
		if (p[i] != (u8)(seq * 31 + i * 7))
			return false;
	}
	return true;
}

static unsigned int sn_len(void)
{
	return 60 + sn_rand() % (1500 - 60 + 1);
}

static void sn_event(void *ctx, enum mac_line line)
{
	edma3_event(board_cc(sn.env->board, sn.env->net_ctlr),
		    line == MAC_LINE_RX ? sn.env->net_rx : sn.env->net_tx);
}

/* The stack sees the frame past its Ethernet header (eth_type_trans). */
static void sn_rx(struct sk_buff *skb, void *ctx)
{
	if (!sn_check(skb->data - ETH_HLEN, sn.rx_next, skb->len + ETH_HLEN))
		sn.mismatches++;
	sn.rx_bytes += skb->len + ETH_HLEN;
	sn.rx_next++;
	consume_skb(skb);
}

static void sn_tx_frame(void *ctx, const uint8_t *data, uint32_t len)
{
	if (!sn_check(data, sn.tx_next, len))
		sn.mismatches++;
	sn.tx_bytes += len;
	sn.tx_next++;
}

static u32 sn_mmio_read(void *ctx, u32 off)
{
	return mac_mmio_read(ctx, off);
}

static void sn_mmio_write(void *ctx, u32 off, u32 val)
{
	mac_mmio_write(ctx, off, val);
}

static const struct host_mmio_ops sn_mac_mmio = {
	.read32 = sn_mmio_read,
	.write32 = sn_mmio_write,
};

static u64 sn_irqs(void)
{
	struct host_irq_stats st;

	host_irq_get_stats(sn.env->board->soc->cc[sn.env->net_ctlr].irq_ccint,
			   &st);
	return st.delivered;
}

static int sn_init(const struct sim_env *env)
{
	struct edma_ring_eth_platform_data pdata = {
		.rx_ring_size = env->net_rx_ring,
		.tx_ring_size = env->net_tx_ring,
		.rx_window = env->net_rx_win,
		.tx_window = env->net_tx_win,
	};
	struct mac_config mc = {
		.rx_queue = 64,
		.event = sn_event,
		.tx_frame = sn_tx_frame,
	};
	struct resource res[] = {
		DEFINE_RES_MEM_NAMED(SN_MAC_MMIO, MAC_MMIO_SIZE, "regs"),
		DEFINE_RES_MEM_NAMED(SN_MAC_BUS, MAC_BUS_SIZE, "fifo"),
		DEFINE_RES_DMA_NAMED(EDMA_CTLR_CHAN(env->net_ctlr, env->net_rx),
				     "rx"),
		DEFINE_RES_DMA_NAMED(EDMA_CTLR_CHAN(env->net_ctlr, env->net_tx),
				     "tx"),
	};

	memset(&sn, 0, sizeof(sn));
	sn.env = env;
	sn.rng = 0x6d2b79f5;
	if (!env->net_rx_ring)
		return -ENODEV;
	sn.mac = mac_create(&mc);
	if (!sn.mac)
		return sn.status = -ENOMEM;
	if (edma3_bus_add_device(env->board->bus, SN_MAC_BUS, MAC_BUS_SIZE,
				 &mac_bus_ops, sn.mac, "mac"))
		return sn.status = -EBUSY;
	sn.bus = true;
	if (host_mmio_register(SN_MAC_MMIO, MAC_MMIO_SIZE, &sn_mac_mmio,
			       sn.mac))
		return sn.status = -EBUSY;
	sn.mmio = true;
	host_net_set_rx_hook(sn_rx, NULL);
	sn.pdev = host_platform_device_create("edma-ring-eth", 0, res,
					      ARRAY_SIZE(res), &pdata,
					      sizeof(pdata));
	if (IS_ERR(sn.pdev)) {
		sn.status = PTR_ERR(sn.pdev);
		sn.pdev = NULL;
		return sn.status;
	}
	sn.ndev = host_netdev_get(NULL);
	if (!sn.ndev)
		return sn.status = -ENODEV;
	sn.status = host_netdev_open(sn.ndev);
	sn.irq0 = sn_irqs();
	return sn.status;
}

/* Let the MAC, the controller and NAPI run until nothing moves. */
static void sn_settle(void)
{
	unsigned int i;

	for (i = 0; i < 16; i++) {
		unsigned int moved = mac_step(sn.mac, ~0u);

		host_irq_poll();
		if (!host_softirq_run(SN_BUDGET) && !moved &&
		    !host_softirq_pending())
			break;
	}
}

static void sn_step(uint64_t now_ns)
{
	u8 frame[MAC_MAX_FRAME];
	struct sk_buff *skb;
	unsigned int i, len;

	if (sn.status || !sn.ndev)
		return;
	for (i = 0; i < SN_RX_PER_STEP; i++) {
		len = sn_len();
		sn_fill(frame, sn.rx_sent, len);
		if (mac_rx_inject(sn.mac, frame, len))
			sn.rx_sent++;
	}
	for (i = 0; i < SN_TX_PER_STEP; i++) {
		len = sn_len();
		skb = netdev_alloc_skb(sn.ndev, len);
		if (!skb)
			break;
		sn_fill(skb_put(skb, len), sn.tx_sent, len);
		if (host_netdev_xmit(sn.ndev, skb,
				     i + 1 < SN_TX_PER_STEP) != NETDEV_TX_OK) {
			dev_kfree_skb_any(skb);
			break;
		}
		sn.tx_sent++;
	}
	sn_settle();
}

static void sn_progress(char *buf, unsigned int len)
{
	snprintf(buf, len, "net %u/%u packets rx/tx", sn.rx_next,
		 sn.tx_next);
}

static void sn_report(struct sim_report *r)
{
	if (sn.ndev)
		sn_settle();
	r->unit = "packets";
	snprintf(r->where, sizeof(r->where), "CC%u ch %u/%u, %u+%u (%u+%u)",
		 sn.env->net_ctlr, sn.env->net_rx, sn.env->net_tx,
		 sn.env->net_rx_ring, sn.env->net_tx_ring, sn.env->net_rx_win,
		 sn.env->net_tx_win);
	r->bytes = sn.rx_bytes + sn.tx_bytes;
	r->units = sn.rx_next + sn.tx_next;
	r->irqs = sn.ndev ? sn_irqs() - sn.irq0 : 0;
	r->mismatches = sn.mismatches;
	r->status = sn.status;
	/* everything sent arrived, or the run lost frames */
	if (!r->status && (sn.rx_next != sn.rx_sent || sn.tx_next != sn.tx_sent))
		r->status = -EIO;
}

static void sn_exit(void)
{
	if (sn.ndev)
		host_netdev_close(sn.ndev);
	if (sn.pdev)
		platform_device_unregister(sn.pdev);
	host_net_set_rx_hook(NULL, NULL);
	if (sn.mmio)
		host_mmio_unregister(SN_MAC_MMIO);
	if (sn.bus)
		edma3_bus_remove(sn.env->board->bus, SN_MAC_BUS);
	mac_destroy(sn.mac);
	host_skb_cache_drain();
	memset(&sn, 0, sizeof(sn));
}

const struct sim_client_ops sim_net_client = {
	.name = "net",
	.init = sn_init,
	.step = sn_step,
	.progress = sn_progress,
	.report = sn_report,
	.exit = sn_exit,
};
