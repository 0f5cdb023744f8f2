// SPDX-License-Identifier: GPL-2.0
/*
 * Network benchmark: one direction, one packet size (or the imix), one
 * path, one load; prints one JSON object of counters.  See
 * bench/README.md.
 *
 *   net_bench --path=ring|percb --dir=rx|tx --size=N|imix [--packets=N]
 *             [--budget=N] [--load=saturation|one] [--addr=fresh|reuse]
 *             [--ring=N] [--check]
 *
 * ring: drivers/net/ethernet/ti/edma_ring_eth.c (NAPI on the rings);
 * percb: bench/percb_eth.c (a callback per descriptor, edma_vchan.c).
 * imix: 64, 576 and 1500 bytes, 7:4:1, interleaved.  Load "one": a frame
 * is in flight only once the previous one was taken (RX) or reclaimed
 * (TX).  TX addresses are fresh by default: each skb's data starts at
 * one of 17 cache-line offsets in turn (17 divides no ring size), so no
 * descriptor sees the address of its previous frame.  --ring: descriptors
 * per ring of the ring path (its default 32; a window of at most 32 of
 * them sits in PaRAM); percb has 32.
 * The measured window is bracketed by callgrind client requests, so a run
 * under callgrind dumps exactly its cost ("measured" part).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <valgrind/callgrind.h>

#include <linux/etherdevice.h>
#include <linux/netdevice.h>
#include <linux/skbuff.h>

#include "edma_net_fixture.h"
#include "host.h"
#include "host_net.h"

static struct {
	const char *path;
	bool rx;
	unsigned int size;	/* 0: imix */
	unsigned int packets;
	int budget;
	bool one;		/* one frame in flight, else saturation */
	bool reuse;		/* TX: the same data address for every skb */
	bool check;
	unsigned int ring;	/* ring path's descriptors, 0: default */
} opt = { "ring", true, 64, 20000, 64, false, false, false, 0 };

/* The drivers' default ring size (edma_ring_eth.c, percb_eth.c) */
#define DEFAULT_RING	32

/* The imix: 7 x 64, 4 x 576, 1 x 1500 bytes in every 12 frames. */
static const unsigned short imix[12] = {
	64, 576, 64, 64, 1500, 64, 576, 64, 64, 576, 64, 576,
};

static unsigned int frame_len(u32 seq)
{
	return opt.size ? opt.size : imix[seq % ARRAY_SIZE(imix)];
}

/*
 * TX headroom cycles through 17 cache lines: fresh addresses.  A power of
 * two would divide the ring size, and each descriptor would see the same
 * offset lap after lap.
 */
#define TX_OFFSETS	17
#define TX_LINE		64

static struct {
	u32 rx_next;
	u32 tx_next;
	u32 tx_sent;
	bool bad;
} b;

/* The stack.  Kept out of the instruction count (README.md). */
void bench_rx_sink(struct sk_buff *skb, void *ctx)
{
	if (opt.check &&
	    !edma_test_frame_check(skb->data - ETH_HLEN, b.rx_next, skb->len + ETH_HLEN))
		b.bad = true;
	b.rx_next++;
	consume_skb(skb);
}

static void bench_tx_sink(const u8 *data, u32 len)
{
	if (opt.check && !edma_test_frame_check(data, b.tx_next, len))
		b.bad = true;
	b.tx_next++;
}

/* RX: frames given to the MAC; TX: skbs the driver took. */
static u32 injected;

static u32 done(void)
{
	return opt.rx ? b.rx_next : b.tx_next;
}

static void rx_round(void)
{
	while (mac_rx_queued(nf.mac) < 128) {
		net_fixture_inject(injected, frame_len(injected));
		injected++;
	}
	host_irq_poll();
	host_softirq_run(opt.budget);
	if (!host_softirq_pending())
		mac_step(nf.mac, ~0u);
}

/* The qdisc hands one skb to the driver; false if it was refused. */
static bool tx_one(bool more)
{
	unsigned int len = frame_len(b.tx_sent);
	unsigned int off = opt.reuse ? 0 : (b.tx_sent % TX_OFFSETS) * TX_LINE;
	struct sk_buff *skb = netdev_alloc_skb(nf.ndev, off + len);

	if (!skb)
		return false;
	skb_reserve(skb, off);
	edma_test_frame_fill(skb_put(skb, len), b.tx_sent, len);
	if (host_netdev_xmit(nf.ndev, skb, more) != NETDEV_TX_OK) {
		kfree_skb(skb);
		return false;
	}
	b.tx_sent++;
	injected = b.tx_sent;
	return true;
}

/* The qdisc: bursts of budget skbs, xmit_more on all but the last. */
static void tx_round(void)
{
	int i;

	for (i = 0; i < opt.budget; i++) {
		if (!tx_one(i + 1 < opt.budget))
			break;
	}
	host_irq_poll();
	host_softirq_run(opt.budget);
	if (!host_softirq_pending())
		mac_step(nf.mac, ~0u);
}

/*
 * How long the CPU idles when a sent frame waits for its reclaim and
 * nothing is due: the ring reports the tail of a burst after tx-usecs
 * (50 to 100 us after the doorbell), the per-descriptor path at once.
 */
#define TX_IDLE_NS	(25 * 1000)

/*
 * One frame in flight: it goes in, and the CPU takes its interrupt and
 * runs NAPI until nothing is left before the next one comes.
 */
static void one_round(void)
{
	unsigned int i;

	if (opt.rx) {
		net_fixture_inject(injected, frame_len(injected));
		injected++;
	} else if (!tx_one(false)) {
		return;
	}
	for (i = 0; i < 64; i++) {
		host_irq_poll();
		host_softirq_run(opt.budget);
		if (!host_softirq_pending())
			mac_step(nf.mac, ~0u);
		if (done() == injected && !host_softirq_pending() &&
		    (opt.rx || host_skb_live() == 0))
			break;
		if (!opt.rx && done() == injected && !host_softirq_pending())
			host_time_advance_ns(TX_IDLE_NS);
	}
}

static void run(u32 n)
{
	u32 until = done() + n;

	while (done() < until && !b.bad) {
		if (opt.one)
			one_round();
		else if (opt.rx)
			rx_round();
		else
			tx_round();
	}
}

static int usage(void)
{
	fprintf(stderr, "usage: net_bench --path=ring|percb --dir=rx|tx --size=N|imix [--packets=N] [--budget=N] [--load=saturation|one] [--addr=fresh|reuse] [--ring=N] [--check]\n");
	return 2;
}

int main(int argc, char **argv)
{
	struct host_net_stats ns0, ns1;
	struct net_fixture_counts c0, c1;
	const char *drv;
	char size[16];
	u32 n0, n;
	int i;

	for (i = 1; i < argc; i++) {
		if (!strncmp(argv[i], "--path=", 7))
			opt.path = argv[i] + 7;
		else if (!strcmp(argv[i], "--dir=rx"))
			opt.rx = true;
		else if (!strcmp(argv[i], "--dir=tx"))
			opt.rx = false;
		else if (!strcmp(argv[i], "--size=imix"))
			opt.size = 0;
		else if (!strncmp(argv[i], "--size=", 7))
			opt.size = atoi(argv[i] + 7);
		else if (!strcmp(argv[i], "--load=one"))
			opt.one = true;
		else if (!strcmp(argv[i], "--load=saturation"))
			opt.one = false;
		else if (!strcmp(argv[i], "--addr=reuse"))
			opt.reuse = true;
		else if (!strcmp(argv[i], "--addr=fresh"))
			opt.reuse = false;
		else if (!strncmp(argv[i], "--packets=", 10))
			opt.packets = atoi(argv[i] + 10);
		else if (!strncmp(argv[i], "--budget=", 9))
			opt.budget = atoi(argv[i] + 9);
		else if (!strncmp(argv[i], "--ring=", 7))
			opt.ring = atoi(argv[i] + 7);
		else if (!strcmp(argv[i], "--check"))
			opt.check = true;
		else
			return usage();
	}
	if (!strcmp(opt.path, "ring"))
		drv = "edma-ring-eth";
	else if (!strcmp(opt.path, "percb"))
		drv = "edma-percb-eth";
	else
		return usage();
	if ((opt.size && (opt.size < ETH_ZLEN || opt.size > 1514)) ||
	    opt.budget < 1 || (opt.ring && strcmp(opt.path, "ring")))
		return usage();

	host_reset();
	if (net_fixture_setup(drv, 1024, opt.ring) || host_netdev_open(nf.ndev)) {
		fprintf(stderr, "net_bench: setup failed\n");
		return 1;
	}
	host_net_set_rx_hook(bench_rx_sink, NULL);
	nf.tx_frame = bench_tx_sink;
	nf.auto_step = true;

	/* Warm up: rings full, caches of skbs and mappings in use. */
	run(2000);
	net_fixture_counts(&c0, opt.rx);
	host_net_get_stats(&ns0);
	n0 = done();
	CALLGRIND_ZERO_STATS;
	run(opt.packets);
	CALLGRIND_DUMP_STATS_AT("measured");
	net_fixture_counts(&c1, opt.rx);
	host_net_get_stats(&ns1);
	n = done() - n0;

	if (opt.size)
		snprintf(size, sizeof(size), "%u", opt.size);
	else
		strcpy(size, "\"imix\"");
	printf("{\"path\": \"%s\", \"dir\": \"%s\", \"size\": %s, \"budget\": %d, "
	       "\"load\": \"%s\", \"ring_size\": %u, \"packets\": %u, "
	       "\"mmio_reads\": %llu, \"mmio_writes\": %llu, \"irqs\": %llu, "
	       "\"locks\": %llu, \"allocs\": %llu, \"skb_mallocs\": %llu, \"ok\": %s}\n",
	       opt.path, opt.rx ? "rx" : "tx", size, opt.budget,
	       opt.one ? "one" : "saturation", opt.ring ?: DEFAULT_RING, n,
	       c1.mmio_reads - c0.mmio_reads, c1.mmio_writes - c0.mmio_writes,
	       c1.irqs - c0.irqs, c1.locks - c0.locks, c1.allocs - c0.allocs,
	       (unsigned long long)(ns1.skb_mallocs - ns0.skb_mallocs),
	       b.bad ? "false" : "true");

	host_netdev_close(nf.ndev);
	net_fixture_teardown();
	return b.bad || n < opt.packets;
}
