// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit in UML: the reference NAPI driver (drivers/net/ethernet/ti/
 * edma_ring_eth.c) on Linux's own network stack.
 *
 * A DA850 on the EDMA3 model, the MAC model behind logic_iomem (its
 * registers) and on the model's bus (its FIFOs), and an "edma-ring-eth"
 * platform device whose DMA goes through the kernel's dma-direct: the
 * UML memory sits on the model's bus and the device's DMA range map says
 * so (host_dma_attach()), so the transfer controllers read the very skbs the
 * stack hands to ndo_start_xmit().  The driver registers a real
 * net_device; the cases open it with dev_open(), receive through NAPI,
 * GRO and a packet_type handler, send with dev_queue_xmit() through the
 * qdisc, read ndo_get_stats64 and the ethtool coalescing ops, watch the
 * polls through the napi_poll tracepoint, and close it under traffic.
 *
 * Frames: broadcast, ethertype ETH_P_802_EX1, a 4-byte sequence number
 * and a pattern that follows from it, 60 to 1,514 bytes.
 */
#include <kunit/test.h>
#include <linux/delay.h>
#include <linux/etherdevice.h>
#include <linux/interrupt.h>
#include <linux/ethtool.h>
#include <linux/if_ether.h>
#include <linux/netdevice.h>
#include <linux/netpoll.h>
#include <linux/platform_data/edma.h>
#include <linux/platform_device.h>
#include <linux/rtnetlink.h>
#include <linux/skbuff.h>
#include <linux/slab.h>
#include <trace/events/napi.h>

#include "board.h"
#include "edma3_model.h"
#include "edma-soc.h"
#include "edma3_bus.h"
#include "host.h"
#include "mac_model.h"

#define NT_MAC_BUS	0x01e24000	/* MAC FIFO/status window on the bus */
#define NT_MAC_MMIO	0x01e23000	/* MAC registers for the CPU */
#define NT_RX_CTLR	0
#define NT_TX_CTLR	1
#define NT_CHAN		20
#define NT_RX_QUEUE	64		/* frames the MAC's RX queue holds */
#define NT_FRAMES	100000		/* each way */
#define NT_BURST	16

struct nt_ctx {
	struct board *board;
	struct mac *mac;
	struct platform_device *pdev;
	struct net_device *ndev;
	struct packet_type pt;
	bool pt_added;
	bool hold;		/* the MAC does not run at its doorbells */
	/*
	 * RX: what reached the handler.  Frames come in sequence; a frame
	 * lost to a DMA error leaves a gap, anything else is bad.
	 */
	u32 rx_next;		/* the sequence number expected next */
	u64 rx_got, rx_bad, rx_bytes, rx_gaps;
	/* TX: skbs built, freed, and frames the MAC sent (same rules) */
	u32 tx_seq_seen;
	u64 tx_built, tx_freed, tx_seen, tx_bad, tx_bytes, tx_gaps;
};

static struct nt_ctx nt;

/* ---- frames ------------------------------------------------------------ */

static u8 nt_pattern(u32 seq, unsigned int i)
{
	return (u8)(seq * 7 + i * 13 + (i >> 8));
}

/* A frame of len bytes (ETH_ZLEN..ETH_FRAME_LEN) for seq. */
static void nt_frame_fill(u8 *f, u32 seq, unsigned int len)
{
	struct ethhdr *eh = (struct ethhdr *)f;
	unsigned int i;

	eth_broadcast_addr(eh->h_dest);
	eh->h_source[0] = 0x02;
	memset(eh->h_source + 1, 0x5a, ETH_ALEN - 1);
	eh->h_proto = htons(ETH_P_802_EX1);
	put_unaligned_be32(seq, f + ETH_HLEN);
	for (i = ETH_HLEN + 4; i < len; i++)
		f[i] = nt_pattern(seq, i);
}

/* Does the payload (after the Ethernet header) belong to seq? */
static bool nt_payload_ok(const u8 *p, unsigned int len, u32 *seq)
{
	unsigned int i;

	if (len < 4)
		return false;
	*seq = get_unaligned_be32(p);
	for (i = 4; i < len; i++) {
		if (p[i] != nt_pattern(*seq, i + ETH_HLEN))
			return false;
	}
	return true;
}

/* 7:4:1 of 64, 576 and 1,514 bytes, with a few odd lengths in between. */
static unsigned int nt_len(u32 seq)
{
	static const unsigned int mix[] = {
		64, 576, 64, 1514, 64, 576, 64, 64, 576, 64, 576, 64, 61, 1001,
	};

	return mix[seq % ARRAY_SIZE(mix)];
}

/* ---- the board, the MAC and the device --------------------------------- */

static void nt_event(void *ctx, enum mac_line line)
{
	edma3_event(board_cc(nt.board, line == MAC_LINE_RX ? NT_RX_CTLR :
			     NT_TX_CTLR), NT_CHAN);
}

/* Account a frame of sequence seq against the one expected next. */
static void nt_in_order(u32 seq, u32 *next, u64 *gaps, u64 *bad)
{
	if (seq < *next)
		(*bad)++;
	else
		*gaps += seq - *next;
	*next = seq + 1;
}

/* The MAC sent a frame: its bytes must be those of the next sequence. */
static void nt_tx_frame(void *ctx, const uint8_t *data, uint32_t len)
{
	const struct ethhdr *eh = (const struct ethhdr *)data;
	u32 seq;

	nt.tx_seen++;
	nt.tx_bytes += len;
	if (len < ETH_ZLEN || eh->h_proto != htons(ETH_P_802_EX1) ||
	    !is_broadcast_ether_addr(eh->h_dest) ||
	    !nt_payload_ok(data + ETH_HLEN, len - ETH_HLEN, &seq) ||
	    len != max_t(unsigned int, nt_len(seq), ETH_ZLEN)) {
		nt.tx_bad++;
		return;
	}
	nt_in_order(seq, &nt.tx_seq_seen, &nt.tx_gaps, &nt.tx_bad);
}

static u32 nt_mmio_read(void *ctx, u32 off)
{
	return mac_mmio_read(ctx, off);
}

/* The MAC works as soon as it is told: the doorbell runs it. */
static void nt_mmio_write(void *ctx, u32 off, u32 val)
{
	mac_mmio_write(ctx, off, val);
	if ((off == MAC_RX_CREDIT || off == MAC_TX_POST) && !nt.hold)
		mac_step(ctx, ~0u);
}

static const struct host_mmio_ops nt_mac_mmio = {
	.read32 = nt_mmio_read,
	.write32 = nt_mmio_write,
};

static const struct resource nt_res[] = {
	DEFINE_RES_MEM_NAMED(NT_MAC_MMIO, MAC_MMIO_SIZE, "regs"),
	DEFINE_RES_MEM_NAMED(NT_MAC_BUS, MAC_BUS_SIZE, "fifo"),
	DEFINE_RES_DMA_NAMED(EDMA_CTLR_CHAN(NT_RX_CTLR, NT_CHAN), "rx"),
	DEFINE_RES_DMA_NAMED(EDMA_CTLR_CHAN(NT_TX_CTLR, NT_CHAN), "tx"),
};

static int nt_rcv(struct sk_buff *skb, struct net_device *dev,
		  struct packet_type *pt, struct net_device *orig_dev)
{
	u32 seq;

	nt.rx_got++;
	nt.rx_bytes += skb->len + ETH_HLEN;
	if (skb_linearize(skb) || skb->pkt_type != PACKET_BROADCAST ||
	    !nt_payload_ok(skb->data, skb->len, &seq) ||
	    skb->len + ETH_HLEN != nt_len(seq))
		nt.rx_bad++;
	else
		nt_in_order(seq, &nt.rx_next, &nt.rx_gaps, &nt.rx_bad);
	consume_skb(skb);
	return NET_RX_SUCCESS;
}

static int nt_init(struct kunit *test)
{
	struct mac_config mc = {
		.rx_queue = NT_RX_QUEUE, .event = nt_event,
		.tx_frame = nt_tx_frame,
	};
	int ret;

	memset(&nt, 0, sizeof(nt));
	nt.board = board_create(&board_da850);
	if (!nt.board)
		return -ENOMEM;
	ret = da850_register_edma(NULL);
	if (ret)
		return ret;
	nt.mac = mac_create(&mc);
	if (!nt.mac ||
	    edma3_bus_add_device(nt.board->bus, NT_MAC_BUS, MAC_BUS_SIZE,
				 &mac_bus_ops, nt.mac, "mac") ||
	    host_mmio_register(NT_MAC_MMIO, MAC_MMIO_SIZE, &nt_mac_mmio,
			       nt.mac))
		return -ENOMEM;
	nt.pdev = platform_device_alloc("edma-ring-eth", 0);
	if (!nt.pdev)
		return -ENOMEM;
	ret = platform_device_add_resources(nt.pdev, nt_res,
					    ARRAY_SIZE(nt_res));
	/* kernel memory on the model's bus, and the device's range map */
	if (!ret)
		ret = host_dma_attach(&nt.pdev->dev);
	if (!ret)
		ret = platform_device_add(nt.pdev);
	if (ret) {
		platform_device_put(nt.pdev);
		nt.pdev = NULL;
		return ret;
	}
	nt.ndev = platform_get_drvdata(nt.pdev);
	if (!nt.ndev)
		return -ENODEV;

	nt.pt.type = htons(ETH_P_802_EX1);
	nt.pt.dev = nt.ndev;
	nt.pt.func = nt_rcv;
	dev_add_pack(&nt.pt);
	nt.pt_added = true;
	return 0;
}

static void nt_exit(struct kunit *test)
{
	if (nt.pt_added)
		dev_remove_pack(&nt.pt);
	if (nt.pdev)
		platform_device_unregister(nt.pdev);
	if (nt.board) {
		if (nt.mac) {
			host_mmio_unregister(NT_MAC_MMIO);
			edma3_bus_remove(nt.board->bus, NT_MAC_BUS);
		}
		host_platform_unregister_all();
		board_destroy(nt.board);
	}
	mac_destroy(nt.mac);
	memset(&nt, 0, sizeof(nt));
}

/* ---- helpers ------------------------------------------------------------- */

static bool nt_irq_pending(void)
{
	return host_irq_pending(nt.board->soc->cc[NT_RX_CTLR].irq_ccint) ||
	       host_irq_pending(nt.board->soc->cc[NT_TX_CTLR].irq_ccint);
}

static int nt_open(void)
{
	int ret;

	rtnl_lock();
	ret = dev_open(nt.ndev, NULL);
	rtnl_unlock();
	return ret;
}

static void nt_close(void)
{
	rtnl_lock();
	dev_close(nt.ndev);
	rtnl_unlock();
}

/*
 * Take the interrupts the model latched (irq_exit() runs NET_RX/NET_TX),
 * until neither a line nor a softirq is left.  A softirq run that takes
 * long (net_rx_action()'s time limit, __do_softirq()'s restarts) leaves
 * the rest to ksoftirqd, and then no softirq runs inline until it has:
 * the case sleeps to let it, as a sending process blocks.  (6.1's UML
 * does not preempt, so a case that never sleeps would starve it.)
 */
static void nt_service(void)
{
	unsigned int i;

	for (i = 0; i < 1000; i++) {
		host_irq_poll();
		/* softirqs raised outside an interrupt (a wake from xmit) */
		local_bh_disable();
		local_bh_enable();
		if (!local_softirq_pending() && !nt_irq_pending())
			return;
		usleep_range(50, 100);
	}
}

/*
 * Sent frames after the TX ring's last interrupt point are reclaimed by
 * its tx-usecs timer once the doorbells stop: let the link go quiet.
 */
static void nt_tx_idle(void)
{
	unsigned int i;

	for (i = 0; i < 10 && nt.tx_freed < nt.tx_built; i++) {
		usleep_range(2 * EDMA_RING_TX_USECS, 3 * EDMA_RING_TX_USECS);
		nt_service();
	}
}

static struct rtnl_link_stats64 nt_stats(void)
{
	struct rtnl_link_stats64 s;

	dev_get_stats(nt.ndev, &s);
	return s;
}

static void nt_skb_freed(struct sk_buff *skb)
{
	nt.tx_freed++;
}

/* dev_queue_xmit() a frame of sequence seq; its return code. */
static int nt_xmit(u32 seq)
{
	unsigned int len = nt_len(seq);
	struct sk_buff *skb = alloc_skb(len, GFP_KERNEL);

	if (!skb)
		return -ENOMEM;
	nt_frame_fill(skb_put(skb, len), seq, len);
	skb->dev = nt.ndev;
	skb->protocol = htons(ETH_P_802_EX1);
	skb_reset_mac_header(skb);
	skb->destructor = nt_skb_freed;
	nt.tx_built++;
	return dev_queue_xmit(skb);
}

static bool nt_inject(u32 seq)
{
	u8 *f = kmalloc(ETH_FRAME_LEN, GFP_KERNEL);
	bool ok;

	if (!f)
		return false;
	nt_frame_fill(f, seq, nt_len(seq));
	ok = mac_rx_inject(nt.mac, f, nt_len(seq));
	kfree(f);
	return ok;
}

/* Where the traffic stands, for a failing case's message. */
static void nt_dump(struct kunit *test, const char *what, u32 seq)
{
	const struct mac_stats *ms = mac_get_stats(nt.mac);
	unsigned int rx_irq = nt.board->soc->cc[NT_RX_CTLR].irq_ccint;
	unsigned int tx_irq = nt.board->soc->cc[NT_TX_CTLR].irq_ccint;

	kunit_err(test, "%s at %u: mac rx queued %u credits %u delivered %llu events %llu; tx posted %u sent %llu events %llu; handler %llu; skbs %llu built %llu freed; queue %s; irq pending rx %d tx %d",
		  what, seq, mac_rx_queued(nt.mac), mac_rx_credits(nt.mac),
		  ms->rx_delivered, ms->rx_events, mac_tx_posted(nt.mac),
		  ms->tx_frames, ms->tx_events, nt.rx_got, nt.tx_built,
		  nt.tx_freed,
		  netif_queue_stopped(nt.ndev) ? "stopped" : "awake",
		  host_irq_pending(rx_irq), host_irq_pending(tx_irq));
}

/* ---- cases ---------------------------------------------------------------- */

static void netdev_comes_up_on_the_stack(struct kunit *test)
{
	struct ethtool_drvinfo info = { };

	KUNIT_ASSERT_EQ(test, nt.ndev->reg_state, NETREG_REGISTERED);
	KUNIT_EXPECT_TRUE(test, is_valid_ether_addr(nt.ndev->dev_addr));
	KUNIT_EXPECT_FALSE(test, netif_running(nt.ndev));
	KUNIT_ASSERT_EQ(test, nt_open(), 0);
	KUNIT_EXPECT_TRUE(test, netif_running(nt.ndev));
	KUNIT_EXPECT_TRUE(test, netif_carrier_ok(nt.ndev));
	/* the driver gave the MAC its whole RX ring */
	KUNIT_EXPECT_EQ(test, mac_rx_credits(nt.mac), 32u);
	nt.ndev->ethtool_ops->get_drvinfo(nt.ndev, &info);
	KUNIT_EXPECT_STREQ(test, info.driver, "edma-ring-eth");
	KUNIT_EXPECT_STREQ(test, info.bus_info, "edma-ring-eth.0");
	nt_close();
	KUNIT_EXPECT_FALSE(test, netif_running(nt.ndev));
	KUNIT_EXPECT_EQ(test, mac_rx_credits(nt.mac), 0u);
}

/*
 * Frames already waiting in the MAC when the device opens: the MAC raises
 * the first one's event as soon as it gets credits, so the channel must
 * be started before (edma_start() clears an earlier event).
 */
static void open_receives_frames_already_waiting(struct kunit *test)
{
	u32 seq;

	for (seq = 0; seq < 8; seq++)
		KUNIT_ASSERT_TRUE(test, nt_inject(seq));
	KUNIT_ASSERT_EQ(test, nt_open(), 0);
	nt_service();
	KUNIT_EXPECT_EQ(test, nt.rx_got, 8ull);
	KUNIT_EXPECT_EQ(test, nt.rx_bad, 0ull);
	KUNIT_EXPECT_EQ(test, mac_rx_queued(nt.mac), 0u);
	nt_close();
}

static void rx_frames_reach_a_packet_handler(struct kunit *test)
{
	struct rtnl_link_stats64 s;
	u32 seq = 0, i;

	KUNIT_ASSERT_EQ(test, nt_open(), 0);
	while (seq < NT_FRAMES) {
		for (i = 0; i < NT_BURST && seq < NT_FRAMES; i++, seq++)
			KUNIT_ASSERT_TRUE(test, nt_inject(seq));
		mac_step(nt.mac, ~0u);
		nt_service();
		/* NAPI has taken every frame: the MAC queue is empty */
		if (mac_rx_queued(nt.mac))
			nt_dump(test, "rx stalled", seq);
		KUNIT_ASSERT_EQ(test, mac_rx_queued(nt.mac), 0u);
	}
	s = nt_stats();
	kunit_info(test, "rx: %llu frames (%llu bytes) injected, %llu at the handler, %llu bad, %llu dropped by the MAC, %llu by the driver",
		   (u64)NT_FRAMES, nt.rx_bytes, nt.rx_got, nt.rx_bad,
		   mac_get_stats(nt.mac)->rx_dropped, s.rx_dropped);
	KUNIT_EXPECT_EQ(test, nt.rx_got, (u64)NT_FRAMES);
	KUNIT_EXPECT_EQ(test, nt.rx_bad, 0ull);
	KUNIT_EXPECT_EQ(test, nt.rx_gaps, 0ull);
	KUNIT_EXPECT_EQ(test, mac_get_stats(nt.mac)->rx_dropped, 0ull);
	KUNIT_EXPECT_EQ(test, s.rx_packets, (u64)NT_FRAMES);
	KUNIT_EXPECT_EQ(test, s.rx_bytes, nt.rx_bytes);
	KUNIT_EXPECT_EQ(test, s.rx_dropped, 0ull);
	KUNIT_EXPECT_EQ(test, s.rx_errors, 0ull);
	nt_close();
}

static void tx_frames_leave_through_the_mac(struct kunit *test)
{
	struct rtnl_link_stats64 s;
	u32 seq = 0, i;
	int ret;

	KUNIT_ASSERT_EQ(test, nt_open(), 0);
	while (seq < NT_FRAMES) {
		for (i = 0; i < NT_BURST && seq < NT_FRAMES; i++, seq++) {
			ret = nt_xmit(seq);
			if (ret != NET_XMIT_SUCCESS)
				nt_dump(test, "tx refused", seq);
			KUNIT_ASSERT_EQ_MSG(test, ret, NET_XMIT_SUCCESS,
					    "frame %u", seq);
		}
		nt_service();
	}
	nt_service();
	s = nt_stats();
	kunit_info(test, "tx: %llu frames sent with dev_queue_xmit(), %llu left the MAC (%llu bytes), %llu bad, %llu dropped, %llu skbs freed",
		   nt.tx_built, nt.tx_seen, nt.tx_bytes, nt.tx_bad,
		   s.tx_dropped, nt.tx_freed);
	KUNIT_EXPECT_EQ(test, nt.tx_seen, (u64)NT_FRAMES);
	KUNIT_EXPECT_EQ(test, nt.tx_bad, 0ull);
	KUNIT_EXPECT_EQ(test, nt.tx_gaps, 0ull);
	KUNIT_EXPECT_EQ(test, s.tx_packets, (u64)NT_FRAMES);
	KUNIT_EXPECT_EQ(test, s.tx_bytes, nt.tx_bytes);
	KUNIT_EXPECT_EQ(test, s.tx_dropped, 0ull);
	KUNIT_EXPECT_EQ(test, s.tx_errors, 0ull);
	/* every skb came back to the stack: nothing held, nothing leaked */
	KUNIT_EXPECT_EQ(test, nt.tx_freed, nt.tx_built);
	nt_close();
}

static unsigned int nt_rx_irqs(void)
{
	struct host_irq_stats st;

	host_irq_get_stats(nt.board->soc->cc[NT_RX_CTLR].irq_ccint, &st);
	return st.delivered;
}

/* Frames one by one, each looked for at once: interrupts per frame. */
static unsigned int nt_rx_one_by_one(struct kunit *test, u32 first,
				     unsigned int n)
{
	unsigned int irqs = nt_rx_irqs(), i;

	for (i = 0; i < n; i++) {
		KUNIT_EXPECT_TRUE(test, nt_inject(first + i));
		mac_step(nt.mac, ~0u);
		nt_service();
	}
	return nt_rx_irqs() - irqs;
}

/* ethtool -C, as the ethtool netlink code calls it: under RTNL */
static int nt_set_coalesce(struct ethtool_coalesce *ec)
{
	struct kernel_ethtool_coalesce kec = { };
	int ret;

	rtnl_lock();
	ret = nt.ndev->ethtool_ops->set_coalesce(nt.ndev, ec, &kec, NULL);
	rtnl_unlock();
	return ret;
}

static void coalescing_set_through_ethtool_ops(struct kunit *test)
{
	const struct ethtool_ops *ops = nt.ndev->ethtool_ops;
	struct kernel_ethtool_coalesce kec = { };
	struct ethtool_coalesce ec = { };
	unsigned int irqs;
	int ret;

	KUNIT_ASSERT_EQ(test, nt_open(), 0);
	KUNIT_EXPECT_EQ(test, ops->supported_coalesce_params,
			(u32)(ETHTOOL_COALESCE_RX_USECS |
			      ETHTOOL_COALESCE_RX_MAX_FRAMES |
			      ETHTOOL_COALESCE_TX_USECS |
			      ETHTOOL_COALESCE_TX_MAX_FRAMES));
	KUNIT_ASSERT_EQ(test, ops->get_coalesce(nt.ndev, &ec, &kec, NULL), 0);
	KUNIT_EXPECT_EQ(test, ec.rx_max_coalesced_frames, 1u);
	/* TX: a quarter of the 32-descriptor window, and the ring's timer */
	KUNIT_EXPECT_EQ(test, ec.tx_max_coalesced_frames, 8u);
	KUNIT_EXPECT_EQ(test, ec.tx_coalesce_usecs, (u32)EDMA_RING_TX_USECS);
	/* one interrupt per frame while each is taken before the next */
	irqs = nt_rx_one_by_one(test, 0, 32);
	KUNIT_EXPECT_EQ(test, irqs, 32u);

	/* rx-frames 8, and an rx-usecs far longer than the loop below */
	ec.rx_max_coalesced_frames = 8;
	ec.rx_coalesce_usecs = 1000000;
	ret = nt_set_coalesce(&ec);
	KUNIT_ASSERT_EQ(test, ret, 0);
	memset(&ec, 0, sizeof(ec));
	KUNIT_ASSERT_EQ(test, ops->get_coalesce(nt.ndev, &ec, &kec, NULL), 0);
	KUNIT_EXPECT_EQ(test, ec.rx_max_coalesced_frames, 8u);
	KUNIT_EXPECT_EQ(test, ec.rx_coalesce_usecs, 1000000u);
	KUNIT_EXPECT_EQ(test, ec.tx_max_coalesced_frames, 8u);
	irqs = nt_rx_one_by_one(test, 32, 32);
	KUNIT_EXPECT_EQ(test, irqs, 4u);
	KUNIT_EXPECT_EQ(test, nt.rx_got, 64ull);
	KUNIT_EXPECT_EQ(test, nt.rx_bad, 0ull);

	/* more frames than the ring: refused, the setting stays */
	ec.rx_max_coalesced_frames = 64;
	ret = nt_set_coalesce(&ec);
	KUNIT_EXPECT_EQ(test, ret, -EINVAL);
	KUNIT_ASSERT_EQ(test, ops->get_coalesce(nt.ndev, &ec, &kec, NULL), 0);
	KUNIT_EXPECT_EQ(test, ec.rx_max_coalesced_frames, 8u);

	/* TX, with the device up: set, read back; beyond the window refused */
	ec.tx_max_coalesced_frames = 4;
	ec.tx_coalesce_usecs = 200;
	ret = nt_set_coalesce(&ec);
	KUNIT_EXPECT_EQ(test, ret, 0);
	ec.tx_max_coalesced_frames = 64;
	ret = nt_set_coalesce(&ec);
	KUNIT_EXPECT_EQ(test, ret, -EINVAL);
	memset(&ec, 0, sizeof(ec));
	KUNIT_ASSERT_EQ(test, ops->get_coalesce(nt.ndev, &ec, &kec, NULL), 0);
	KUNIT_EXPECT_EQ(test, ec.tx_max_coalesced_frames, 4u);
	KUNIT_EXPECT_EQ(test, ec.tx_coalesce_usecs, 200u);
	nt_close();
}

/*
 * A frame lands and its interrupt comes while set_coalesce has NAPI
 * parked (the model latched the line; the first PaRAM write of the
 * change delivers it): the callback cannot schedule NAPI then, so the
 * driver must poll once afterwards or the frame waits for the next one.
 */
static void coalescing_change_keeps_a_frame_that_landed(struct kunit *test)
{
	struct ethtool_coalesce ec = {
		.rx_max_coalesced_frames = 8, .rx_coalesce_usecs = 1000000,
	};
	unsigned int irqs;
	int ret;

	KUNIT_ASSERT_EQ(test, nt_open(), 0);
	irqs = nt_rx_irqs();
	KUNIT_ASSERT_TRUE(test, nt_inject(0));
	mac_step(nt.mac, ~0u);
	KUNIT_ASSERT_TRUE(test, nt_irq_pending());
	ret = nt_set_coalesce(&ec);
	KUNIT_ASSERT_EQ(test, ret, 0);
	KUNIT_EXPECT_EQ(test, nt_rx_irqs() - irqs, 1u);
	KUNIT_EXPECT_EQ(test, nt.rx_got, 1ull);
	nt_service();
	KUNIT_EXPECT_EQ(test, nt.rx_got, 1ull);
	KUNIT_EXPECT_EQ(test, nt.rx_bad, 0ull);
	nt_close();
}

/* Arm a fault on every TC of controller ctlr: its next request fails. */
static void nt_fail_next(unsigned int ctlr)
{
	unsigned int tc;

	for (tc = 0; tc < EDMA3_MAX_TC; tc++) {
		if (nt.board->soc->cc[ctlr].tc_base[tc])
			edma3_inject_tc_error(board_cc(nt.board, ctlr), tc, 1);
	}
}

/*
 * A TC error in the middle of RX traffic: the ring breaks, the driver's
 * poll resets it, and traffic goes on.  The failed frame is lost (one
 * gap, one rx error); the frames after it arrive whole and in order.
 */
static void rx_dma_error_resets_the_ring(struct kunit *test)
{
	struct rtnl_link_stats64 s;
	u32 seq;

	KUNIT_ASSERT_EQ(test, nt_open(), 0);
	for (seq = 0; seq < 100; seq++) {
		KUNIT_ASSERT_TRUE(test, nt_inject(seq));
		if (seq == 40)
			nt_fail_next(NT_RX_CTLR);
		mac_step(nt.mac, ~0u);
		nt_service();
	}
	s = nt_stats();
	kunit_info(test, "rx error: %llu frames at the handler, %llu lost, %llu bad; rx_errors %llu",
		   nt.rx_got, nt.rx_gaps, nt.rx_bad, s.rx_errors);
	KUNIT_EXPECT_EQ(test, s.rx_errors, 1ull);
	KUNIT_EXPECT_EQ(test, nt.rx_bad, 0ull);
	KUNIT_EXPECT_LE(test, nt.rx_gaps, 1ull);
	KUNIT_EXPECT_EQ(test, nt.rx_got + nt.rx_gaps, 100ull);
	KUNIT_EXPECT_EQ(test, nt.rx_next, 100u);
	KUNIT_EXPECT_EQ(test, mac_rx_credits(nt.mac), 32u);
	nt_close();
}

/* The same on TX: the failed frame is dropped, the ones after it leave. */
static void tx_dma_error_resets_the_ring(struct kunit *test)
{
	struct rtnl_link_stats64 s;
	u32 seq;

	KUNIT_ASSERT_EQ(test, nt_open(), 0);
	for (seq = 0; seq < 100; seq++) {
		if (seq == 40)
			nt_fail_next(NT_TX_CTLR);
		KUNIT_ASSERT_EQ(test, nt_xmit(seq), NET_XMIT_SUCCESS);
		nt_service();
	}
	nt_tx_idle();
	s = nt_stats();
	kunit_info(test, "tx error: %llu frames sent, %llu lost, %llu bad; tx_errors %llu tx_dropped %llu, %llu skbs freed",
		   nt.tx_seen, nt.tx_gaps, nt.tx_bad, s.tx_errors,
		   s.tx_dropped, nt.tx_freed);
	KUNIT_EXPECT_EQ(test, s.tx_errors, 1ull);
	KUNIT_EXPECT_EQ(test, nt.tx_bad, 0ull);
	KUNIT_EXPECT_EQ(test, nt.tx_seen + nt.tx_gaps, 100ull);
	KUNIT_EXPECT_EQ(test, s.tx_packets, nt.tx_seen);
	KUNIT_EXPECT_EQ(test, s.tx_dropped, nt.tx_gaps);
	KUNIT_EXPECT_EQ(test, nt.tx_freed, nt.tx_built);
	KUNIT_EXPECT_TRUE(test, !netif_queue_stopped(nt.ndev));
	nt_close();
}

/*
 * Traffic both ways in flight when the device closes: every frame the
 * MAC delivered is counted, received or dropped; every skb the stack
 * gave the driver comes back; the MAC is left with no credit.
 */
static void close_under_traffic_loses_nothing(struct kunit *test)
{
	struct rtnl_link_stats64 s;
	u32 seq, rx_in = 0, posted;
	unsigned int round;

	KUNIT_ASSERT_EQ(test, nt_open(), 0);
	for (round = 0; round < 20; round++) {
		for (seq = 0; seq < 40; seq++) {
			if (nt_inject(rx_in))
				rx_in++;
		}
		mac_step(nt.mac, ~0u);
		/* the last round's TX frames stay in the MAC, posted */
		nt.hold = round == 19;
		for (seq = 0; seq < 40; seq++)
			KUNIT_ASSERT_EQ(test, nt_xmit(nt.tx_built),
					NET_XMIT_SUCCESS);
		/* service every other round, not the last: close finds work */
		if (!(round & 1))
			nt_service();
	}
	posted = mac_tx_posted(nt.mac);
	nt_close();
	nt_service();
	s = nt_stats();
	kunit_info(test, "close: rx %u in, %llu at the handler, %llu dropped at close, %u still in the MAC; tx %llu built, %llu sent, %u posted and unsent at close, %llu dropped, %llu freed",
		   rx_in, nt.rx_got, s.rx_dropped, mac_rx_queued(nt.mac),
		   nt.tx_built, nt.tx_seen, posted, s.tx_dropped, nt.tx_freed);
	KUNIT_EXPECT_EQ(test, mac_rx_credits(nt.mac), 0u);
	KUNIT_EXPECT_EQ(test, mac_tx_posted(nt.mac), 0u);
	KUNIT_EXPECT_EQ(test, nt.rx_bad, 0ull);
	KUNIT_EXPECT_EQ(test, nt.tx_bad, 0ull);
	KUNIT_EXPECT_EQ(test, s.rx_packets, nt.rx_got);
	/* what the MAC delivered was received or dropped at close */
	KUNIT_EXPECT_EQ(test, mac_get_stats(nt.mac)->rx_delivered,
			s.rx_packets + s.rx_dropped);
	KUNIT_EXPECT_EQ(test, (u64)rx_in,
			mac_get_stats(nt.mac)->rx_delivered +
			mac_rx_queued(nt.mac));
	KUNIT_EXPECT_EQ(test, s.tx_packets, nt.tx_seen);
	/* what the driver had posted and the MAC not sent: dropped */
	KUNIT_EXPECT_GT(test, posted, 0u);
	KUNIT_EXPECT_EQ(test, s.tx_dropped, (u64)posted);
	KUNIT_EXPECT_EQ(test, nt.tx_freed, nt.tx_built);
	/* it was under traffic: frames were in flight both ways */
	KUNIT_EXPECT_GT(test, s.rx_dropped + mac_rx_queued(nt.mac), 0ull);
	KUNIT_EXPECT_LT(test, nt.tx_seen, nt.tx_built);
	KUNIT_EXPECT_GT(test, nt.tx_seen, 0ull);
}

/*
 * The MAC holds what is posted: the driver fills its TX ring, stops the
 * queue, and the qdisc keeps the rest.  When the MAC sends, completions
 * wake the queue and the qdisc drains: every frame leaves, in order.
 */
static void tx_queue_stops_when_full_and_wakes(struct kunit *test)
{
	const u32 frames = 100;
	struct rtnl_link_stats64 s;
	u32 seq;

	KUNIT_ASSERT_EQ(test, nt_open(), 0);
	nt.hold = true;
	for (seq = 0; seq < frames; seq++)
		KUNIT_ASSERT_EQ_MSG(test, nt_xmit(seq), NET_XMIT_SUCCESS,
				    "frame %u", seq);
	nt_service();
	KUNIT_EXPECT_TRUE(test, netif_queue_stopped(nt.ndev));
	KUNIT_EXPECT_EQ(test, nt.tx_seen, 0ull);
	KUNIT_EXPECT_GT(test, mac_tx_posted(nt.mac), 0u);
	KUNIT_EXPECT_LT(test, mac_tx_posted(nt.mac), frames);

	nt.hold = false;
	while (nt.tx_seen < frames && mac_step(nt.mac, ~0u))
		nt_service();
	nt_tx_idle();
	s = nt_stats();
	KUNIT_EXPECT_FALSE(test, netif_queue_stopped(nt.ndev));
	KUNIT_EXPECT_EQ(test, nt.tx_seen, (u64)frames);
	KUNIT_EXPECT_EQ(test, nt.tx_gaps, 0ull);
	KUNIT_EXPECT_EQ(test, nt.tx_bad, 0ull);
	KUNIT_EXPECT_EQ(test, s.tx_packets, (u64)frames);
	KUNIT_EXPECT_EQ(test, s.tx_dropped, 0ull);
	KUNIT_EXPECT_EQ(test, nt.tx_freed, nt.tx_built);
	nt_close();
}

/*
 * The driver unbound while the interface is up, with frames in flight
 * both ways: unregistering the net_device closes it, the MAC is left
 * with no credit and nothing posted, and every skb comes back.
 */
static void unbind_while_up_frees_everything(struct kunit *test)
{
	u32 seq, rx_in = 0;

	KUNIT_ASSERT_EQ(test, nt_open(), 0);
	for (seq = 0; seq < 40; seq++)
		if (nt_inject(seq))
			rx_in++;
	mac_step(nt.mac, ~0u);
	nt_service();
	/* more land in the ring, and NAPI does not run before the unbind */
	for (seq = 0; seq < 20; seq++)
		rx_in += nt_inject(rx_in);
	mac_step(nt.mac, ~0u);
	nt.hold = true;
	for (seq = 0; seq < 60; seq++)
		KUNIT_ASSERT_EQ(test, nt_xmit(seq), NET_XMIT_SUCCESS);
	mac_step(nt.mac, ~0u);
	KUNIT_ASSERT_GT(test, nt.rx_got, 0ull);
	KUNIT_ASSERT_LT(test, nt.rx_got, (u64)rx_in);

	/* the handler is on the device's list: off it before the device goes */
	dev_remove_pack(&nt.pt);
	nt.pt_added = false;
	device_release_driver(&nt.pdev->dev);
	nt.ndev = NULL;
	nt_service();
	KUNIT_EXPECT_NULL(test, platform_get_drvdata(nt.pdev));
	KUNIT_EXPECT_EQ(test, mac_rx_credits(nt.mac), 0u);
	KUNIT_EXPECT_EQ(test, mac_tx_posted(nt.mac), 0u);
	KUNIT_EXPECT_EQ(test, nt.rx_bad, 0ull);
	KUNIT_EXPECT_EQ(test, nt.tx_bad, 0ull);
	KUNIT_EXPECT_GT(test, nt.tx_seen, 0ull);
	KUNIT_EXPECT_LT(test, nt.tx_seen, nt.tx_built);
	KUNIT_EXPECT_EQ(test, nt.tx_freed, nt.tx_built);
}

/*
 * The polls the stack makes, seen at its napi_poll tracepoint: how many,
 * how many took their whole budget, and any that took more.
 */
struct nt_polls {
	struct net_device *dev;
	unsigned int polls, full, over, frames;
};

static void nt_napi_poll_probe(void *data, struct napi_struct *napi,
			       int work, int budget)
{
	struct nt_polls *p = data;

	if (napi->dev != p->dev || !work)
		return;
	p->polls++;
	p->frames += work;
	p->full += work == budget;
	p->over += work > budget;
}

/*
 * NAPI polls the driver with the instance's weight as its budget: with
 * weights 1, 8 and 64, no poll takes more than its budget, a burst
 * bigger than the budget is taken in full polls, and every frame
 * arrives, in order.
 */
static void rx_polls_honour_the_budget(struct kunit *test)
{
	static const int weights[] = { 1, 8, 64 };
	struct nt_polls p = { .dev = nt.ndev };
	struct napi_struct *napi;
	u32 seq = 0, i, w;

	KUNIT_ASSERT_EQ(test,
			register_trace_napi_poll(nt_napi_poll_probe, &p), 0);
	/* no assertion until the probe is gone: p lives on this stack */
	for (w = 0; w < ARRAY_SIZE(weights); w++) {
		/* the weight is read at each poll; set it while down */
		list_for_each_entry(napi, &nt.ndev->napi_list, dev_list)
			napi->weight = weights[w];
		memset(&p, 0, sizeof(p));
		p.dev = nt.ndev;
		if (nt_open()) {
			KUNIT_FAIL(test, "open failed");
			break;
		}
		for (i = 0; i < 3; i++) {
			u32 burst = 2 * weights[w] + 1, k;

			for (k = 0; k < burst && k < NT_RX_QUEUE; k++, seq++)
				KUNIT_EXPECT_TRUE(test, nt_inject(seq));
			mac_step(nt.mac, ~0u);
			nt_service();
		}
		nt_close();
		kunit_info(test, "weight %d: %u polls took %u frames, %u of them the whole budget\n",
			   weights[w], p.polls, p.frames, p.full);
		KUNIT_EXPECT_EQ(test, p.over, 0u);
		KUNIT_EXPECT_GT(test, p.full, 0u);
		KUNIT_EXPECT_GE(test, p.polls,
				(p.frames + weights[w] - 1) / weights[w]);
	}
	unregister_trace_napi_poll(nt_napi_poll_probe, &p);
	tracepoint_synchronize_unregister();
	KUNIT_EXPECT_EQ(test, nt.rx_got, (u64)seq);
	KUNIT_EXPECT_EQ(test, nt.rx_gaps, 0ull);
	KUNIT_EXPECT_EQ(test, nt.rx_bad, 0ull);
}

/*
 * netconsole's poll: with interrupts off, netpoll calls each NAPI
 * instance of the device with budget 0, scheduled or not.  Budget 0 is TX
 * work only: the driver reclaims what the MAC sent and takes no RX frame,
 * from a context where lockdep would see any lock it shares with the
 * interrupt path.  The received frames still arrive afterwards, through
 * the interrupt they raised.
 */
static void netpoll_reclaims_tx_and_takes_no_rx(struct kunit *test)
{
	struct rtnl_link_stats64 s;
	struct netpoll *np;
	unsigned long flags;
	u32 seq;
	int ret;

	KUNIT_ASSERT_EQ(test, nt_open(), 0);
	np = kzalloc(sizeof(*np), GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, np);
	rtnl_lock();
	ret = __netpoll_setup(np, nt.ndev);
	rtnl_unlock();
	if (ret)
		kfree(np);
	KUNIT_ASSERT_EQ(test, ret, 0);

	/* 8 frames out and 3 in; their interrupts stay latched */
	for (seq = 0; seq < 8; seq++)
		KUNIT_EXPECT_EQ(test, nt_xmit(seq), NET_XMIT_SUCCESS);
	for (seq = 0; seq < 3; seq++)
		KUNIT_EXPECT_TRUE(test, nt_inject(seq));
	mac_step(nt.mac, ~0u);
	KUNIT_EXPECT_EQ(test, nt.tx_seen, 8ull);
	KUNIT_EXPECT_EQ(test, nt_stats().tx_packets, 0ull);
	KUNIT_EXPECT_TRUE(test, nt_irq_pending());

	/* as netpoll_send_skb() polls a busy device */
	local_irq_save(flags);
	rcu_read_lock();
	netpoll_poll_dev(nt.ndev);
	rcu_read_unlock();
	local_irq_restore(flags);

	s = nt_stats();
	KUNIT_EXPECT_EQ(test, s.tx_packets, 8ull);
	KUNIT_EXPECT_EQ(test, s.rx_packets, 0ull);
	KUNIT_EXPECT_EQ(test, nt.rx_got, 0ull);

	/*
	 * The interrupts, and NET_TX: skbs freed with interrupts off wait
	 * on the completion queue (dev_kfree_skb_any()).  TX counts no
	 * frame twice.
	 */
	nt_service();
	KUNIT_EXPECT_EQ(test, nt.tx_freed, 8ull);
	KUNIT_EXPECT_EQ(test, nt_stats().tx_packets, 8ull);
	KUNIT_EXPECT_EQ(test, nt.rx_got, 3ull);
	KUNIT_EXPECT_EQ(test, nt.rx_gaps, 0ull);
	KUNIT_EXPECT_EQ(test, nt.rx_bad, 0ull);

	rtnl_lock();
	__netpoll_free(np);
	rtnl_unlock();
	nt_close();
}

static struct kunit_case edma_net_cases[] = {
	KUNIT_CASE(netdev_comes_up_on_the_stack),
	KUNIT_CASE(open_receives_frames_already_waiting),
	KUNIT_CASE(rx_frames_reach_a_packet_handler),
	KUNIT_CASE(tx_frames_leave_through_the_mac),
	KUNIT_CASE(coalescing_set_through_ethtool_ops),
	KUNIT_CASE(coalescing_change_keeps_a_frame_that_landed),
	KUNIT_CASE(rx_dma_error_resets_the_ring),
	KUNIT_CASE(tx_dma_error_resets_the_ring),
	KUNIT_CASE(close_under_traffic_loses_nothing),
	KUNIT_CASE(tx_queue_stops_when_full_and_wakes),
	KUNIT_CASE(unbind_while_up_frees_everything),
	KUNIT_CASE(rx_polls_honour_the_budget),
	KUNIT_CASE(netpoll_reclaims_tx_and_takes_no_rx),
	{}
};

static struct kunit_suite edma_net_suite = {
	.name = "edma_uml_net",
	.init = nt_init,
	.exit = nt_exit,
	.test_cases = edma_net_cases,
};

kunit_test_suite(edma_net_suite);
