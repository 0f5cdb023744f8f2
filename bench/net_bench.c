// SPDX-License-Identifier: GPL-2.0
/*
 * Network benchmark: one direction, one packet size, one path, at
 * saturation; prints one JSON object of counters.  See bench/README.md.
 *
 *   net_bench --path=ring|percb --dir=rx|tx --size=N [--packets=N]
 *             [--budget=N] [--check]
 *
 * ring: drivers/net/ethernet/ti/edma_ring_eth.c (NAPI on the rings);
 * percb: bench/percb_eth.c (a callback per descriptor, edma_vchan.c).
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
	unsigned int size;
	unsigned int packets;
	int budget;
	bool check;
} opt = { "ring", true, 64, 20000, 64, false };

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

static u32 injected;

static void rx_round(void)
{
	while (mac_rx_queued(nf.mac) < 128)
		net_fixture_inject(injected++, opt.size);
	host_irq_poll();
	host_softirq_run(opt.budget);
	if (!host_softirq_pending())
		mac_step(nf.mac, ~0u);
}

/* The qdisc: bursts of budget skbs, xmit_more on all but the last. */
static void tx_round(void)
{
	struct sk_buff *skb;
	int i;

	for (i = 0; i < opt.budget; i++) {
		skb = netdev_alloc_skb(nf.ndev, opt.size);
		if (!skb)
			break;
		edma_test_frame_fill(skb_put(skb, opt.size), b.tx_sent, opt.size);
		if (host_netdev_xmit(nf.ndev, skb, i + 1 < opt.budget) !=
		    NETDEV_TX_OK) {
			kfree_skb(skb);
			break;
		}
		b.tx_sent++;
	}
	host_irq_poll();
	host_softirq_run(opt.budget);
	if (!host_softirq_pending())
		mac_step(nf.mac, ~0u);
}

static u32 done(void)
{
	return opt.rx ? b.rx_next : b.tx_next;
}

static void run(u32 n)
{
	u32 until = done() + n;

	while (done() < until && !b.bad) {
		if (opt.rx)
			rx_round();
		else
			tx_round();
	}
}

static int usage(void)
{
	fprintf(stderr, "usage: net_bench --path=ring|percb --dir=rx|tx --size=N [--packets=N] [--budget=N] [--check]\n");
	return 2;
}

int main(int argc, char **argv)
{
	struct host_net_stats ns0, ns1;
	struct net_fixture_counts c0, c1;
	const char *drv;
	u32 n0, n;
	int i;

	for (i = 1; i < argc; i++) {
		if (!strncmp(argv[i], "--path=", 7))
			opt.path = argv[i] + 7;
		else if (!strcmp(argv[i], "--dir=rx"))
			opt.rx = true;
		else if (!strcmp(argv[i], "--dir=tx"))
			opt.rx = false;
		else if (!strncmp(argv[i], "--size=", 7))
			opt.size = atoi(argv[i] + 7);
		else if (!strncmp(argv[i], "--packets=", 10))
			opt.packets = atoi(argv[i] + 10);
		else if (!strncmp(argv[i], "--budget=", 9))
			opt.budget = atoi(argv[i] + 9);
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
	if (opt.size < ETH_ZLEN || opt.size > 1514 || opt.budget < 1)
		return usage();

	host_reset();
	if (net_fixture_setup(drv, 1024) || host_netdev_open(nf.ndev)) {
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

	printf("{\"path\": \"%s\", \"dir\": \"%s\", \"size\": %u, \"budget\": %d, \"packets\": %u, "
	       "\"mmio_reads\": %llu, \"mmio_writes\": %llu, \"irqs\": %llu, "
	       "\"locks\": %llu, \"allocs\": %llu, \"skb_mallocs\": %llu, \"ok\": %s}\n",
	       opt.path, opt.rx ? "rx" : "tx", opt.size, opt.budget, n,
	       c1.mmio_reads - c0.mmio_reads, c1.mmio_writes - c0.mmio_writes,
	       c1.irqs - c0.irqs, c1.locks - c0.locks, c1.allocs - c0.allocs,
	       (unsigned long long)(ns1.skb_mallocs - ns0.skb_mallocs),
	       b.bad ? "false" : "true");

	host_netdev_close(nf.ndev);
	net_fixture_teardown();
	return b.bad || n < opt.packets;
}
