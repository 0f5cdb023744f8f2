// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: the ring under a NAPI-style driver.  The budget is honoured
 * exactly, notifications racing a re-enable are never lost, bursts of
 * frames arrive without loss, duplication or reordering, and the per-packet
 * counters stay within the targets at saturation with budget 64.
 */
#include <kunit/test.h>

#include "edma_ring_test_util.h"
#include "edma_test_util.h"

#define RX_IRQ		11	/* DA850 CC0 completion line */
#define TX_IRQ		93	/* DA850 CC1 completion line */

/* Driver state of the simulated NAPI loop. */
static struct {
	u32 rx_next;		/* sequence number expected next */
	u32 tx_next;		/* sequence number the MAC must send next */
	u32 tx_done;		/* frames reclaimed */
	unsigned int next_buf;	/* fresh-buffer mode: next pool buffer */
	bool fresh;		/* post a new buffer instead of recycling */
	bool bad;
} nd;

static int napi_init(struct kunit *test)
{
	memset(&nd, 0, sizeof(nd));
	return ring_test_setup(32, 32, 128);
}

static void rx_refill(struct ring_test_buf *b)
{
	if (nd.fresh)
		b = &rt.buf[nd.next_buf++ % RT_NBUF];
	if (edma_ring_add_inbuf(rt.rx, b->dma, b))
		nd.bad = true;
}

/* One NAPI poll: at most budget frames; refills and kicks once. */
static int rx_poll(int budget)
{
	unsigned int len;
	struct ring_test_buf *b;
	int done = 0;

	while (done < budget) {
		b = edma_ring_get_buf(rt.rx, &len, NULL);
		if (!b) {
			/* hand the buffers back; the MAC catches up */
			if (edma_ring_kick_prepare(rt.rx))
				edma_ring_notify(rt.rx);
			if (!mac_step(rt.mac, 1000))
				break;
			continue;
		}
		if (!edma_test_frame_check(b->cpu, nd.rx_next, len))
			nd.bad = true;
		nd.rx_next++;
		done++;
		rx_refill(b);
	}
	if (edma_ring_kick_prepare(rt.rx))
		edma_ring_notify(rt.rx);
	return done;
}

/* What net_rx_action does with one NAPI instance; returns frames. */
static int rx_napi_run(int budget)
{
	unsigned int opaque;
	int work, total = 0;

	host_irq_poll();
	while (rt.rx_scheduled) {
		work = rx_poll(budget);
		total += work;
		if (work == budget)
			break;		/* more: polled again next round */
		rt.rx_scheduled = false;
		opaque = edma_ring_enable_cb_prepare(rt.rx);
		if (edma_ring_poll(rt.rx, opaque)) {
			edma_ring_disable_cb(rt.rx);
			rt.rx_scheduled = true;
		}
	}
	return total;
}

static void rx_start(void)
{
	rt.napi = true;
	ring_test_post_rx(0, rt.rx_num);
	edma_ring_kick(rt.rx);
	edma_ring_start(rt.rx);
	edma_ring_enable_cb(rt.rx);
}

static void poll_stops_at_the_budget(struct kunit *test)
{
	unsigned int i;

	rx_start();
	for (i = 0; i < 40; i++)
		KUNIT_ASSERT_TRUE(test, ring_test_inject(i, 64));
	mac_step(rt.mac, 1000);
	host_irq_poll();
	KUNIT_ASSERT_TRUE(test, rt.rx_scheduled);
	KUNIT_EXPECT_EQ(test, rx_poll(16), 16);
	KUNIT_EXPECT_EQ(test, rx_poll(16), 16);
	KUNIT_EXPECT_EQ(test, rx_poll(16), 8);
	KUNIT_EXPECT_EQ(test, nd.rx_next, 40u);
	KUNIT_EXPECT_FALSE(test, nd.bad);
}

static void budget_zero_consumes_nothing(struct kunit *test)
{
	rx_start();
	KUNIT_ASSERT_TRUE(test, ring_test_inject(0, 64));
	mac_step(rt.mac, 1000);
	KUNIT_EXPECT_EQ(test, rx_poll(0), 0);
	KUNIT_EXPECT_EQ(test, edma_ring_num_free(rt.rx), 0u);
	KUNIT_EXPECT_EQ(test, rx_poll(1), 1);
	KUNIT_EXPECT_EQ(test, nd.rx_next, 1u);
}

static void frame_between_prepare_and_poll_is_seen(struct kunit *test)
{
	unsigned int opaque;

	rx_start();
	edma_ring_disable_cb(rt.rx);
	opaque = edma_ring_enable_cb_prepare(rt.rx);
	KUNIT_ASSERT_TRUE(test, ring_test_inject(0, 64));
	mac_step(rt.mac, 1000);
	/* the interrupt fires, and poll reports the frame as well */
	KUNIT_EXPECT_TRUE(test, edma_ring_poll(rt.rx, opaque));
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, rt.rx_cbs, 1u);
	KUNIT_EXPECT_TRUE(test, rt.rx_scheduled);
}

static void frame_while_disabled_is_reported_by_enable(struct kunit *test)
{
	rx_start();
	edma_ring_disable_cb(rt.rx);
	KUNIT_ASSERT_TRUE(test, ring_test_inject(0, 64));
	mac_step(rt.mac, 1000);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, rt.rx_cbs, 0u);
	KUNIT_EXPECT_FALSE(test, edma_ring_enable_cb(rt.rx));
	/* the stale completion did not raise an interrupt on re-enable */
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, rt.rx_cbs, 0u);
	KUNIT_EXPECT_EQ(test, rx_poll(64), 1);
	KUNIT_EXPECT_TRUE(test, edma_ring_enable_cb(rt.rx));
	KUNIT_ASSERT_TRUE(test, ring_test_inject(1, 64));
	mac_step(rt.mac, 1000);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, rt.rx_cbs, 1u);
}

static u32 prng_state;

static u32 prng(void)
{
	prng_state ^= prng_state << 13;
	prng_state ^= prng_state >> 17;
	prng_state ^= prng_state << 5;
	return prng_state;
}

/* 100k under ASan; 'make ring-stress' builds this without it for 1M. */
#ifndef RING_STRESS_PACKETS
#define RING_STRESS_PACKETS	100000
#endif
#define STRESS_PACKETS	RING_STRESS_PACKETS

static void rx_bursts_arrive_in_order(struct kunit *test)
{
	u32 injected = 0, burst, i;

	prng_state = 0x1234567;
	rx_start();
	while (nd.rx_next < STRESS_PACKETS && !nd.bad) {
		burst = prng() % 100;
		for (i = 0; i < burst && injected < STRESS_PACKETS; i++) {
			if (!ring_test_inject(injected, 16 + prng() % 113))
				break;
			injected++;
		}
		mac_step(rt.mac, prng() % 64);
		rx_napi_run(64);
		if (injected == STRESS_PACKETS)
			mac_step(rt.mac, 1000);
	}
	KUNIT_EXPECT_FALSE(test, nd.bad);
	KUNIT_EXPECT_EQ(test, nd.rx_next, (u32)STRESS_PACKETS);
	KUNIT_EXPECT_EQ(test, mac_get_stats(rt.mac)->rx_dropped, 0u);
}

static void tx_check(const u8 *data, u32 len)
{
	if (!edma_test_frame_check(data, nd.tx_next, len))
		nd.bad = true;
	nd.tx_next++;
}

static void tx_reclaim(void)
{
	while (edma_ring_get_buf(rt.tx, NULL, NULL))
		nd.tx_done++;
}

/* ndo_start_xmit for n frames, reclaiming in place; one kick per burst. */
static void tx_burst(u32 *seq, unsigned int n, unsigned int len)
{
	struct ring_test_buf *b;

	while (n--) {
		tx_reclaim();
		if (!edma_ring_num_free(rt.tx)) {
			edma_ring_kick(rt.tx);
			mac_step(rt.mac, 1000);
			tx_reclaim();
		}
		b = &rt.buf[*seq % RT_NBUF];
		edma_test_frame_fill(b->cpu, *seq, len);
		if (edma_ring_add_outbuf(rt.tx, b->dma, len, b))
			nd.bad = true;
		(*seq)++;
	}
	edma_ring_kick(rt.tx);
}

static void tx_bursts_leave_in_order(struct kunit *test)
{
	u32 seq = 0;

	prng_state = 0x7654321;
	rt.tx_check = tx_check;
	edma_ring_start(rt.tx);
	while (seq < STRESS_PACKETS && !nd.bad) {
		tx_burst(&seq, min(STRESS_PACKETS - seq, prng() % 80),
			 8 + prng() % 120);
		mac_step(rt.mac, prng() % 64);
	}
	mac_step(rt.mac, 1000);
	tx_reclaim();
	KUNIT_EXPECT_FALSE(test, nd.bad);
	KUNIT_EXPECT_EQ(test, nd.tx_next, (u32)STRESS_PACKETS);
	KUNIT_EXPECT_EQ(test, nd.tx_done, (u32)STRESS_PACKETS);
}

/* ---- counters at saturation, budget 64 ---------------------------------- */

struct counts {
	u64 reads, writes, irqs;
};

static void counts_now(struct counts *c, unsigned int ctlr, u32 mac_reg,
		       unsigned int irq)
{
	const struct edma3_stats *es = edma3_get_stats(edma_test_cc(ctlr));
	struct host_mmio_stats ms;
	struct host_irq_stats is;

	host_mmio_get_stats(RT_MAC_MMIO, &ms);
	host_irq_get_stats(irq, &is);
	c->reads = es->mmio_reads + ms.reads;
	c->writes = es->mmio_writes + ms.writes;
	c->irqs = is.delivered;
}

#define SAT_PACKETS	20000

static void rx_saturation(struct kunit *test, bool fresh)
{
	struct counts a, b;
	u32 injected = 0;

	nd.fresh = fresh;
	rx_start();
	/* warm up, then measure */
	counts_now(&a, RT_RX_CTLR, MAC_RX_CREDIT, RX_IRQ);
	while (nd.rx_next < SAT_PACKETS && !nd.bad) {
		while (mac_rx_queued(rt.mac) < 128)
			ring_test_inject(injected++, 64);
		rx_napi_run(64);
		if (!rt.rx_scheduled) {
			mac_step(rt.mac, 1000);
			host_irq_poll();
		}
	}
	counts_now(&b, RT_RX_CTLR, MAC_RX_CREDIT, RX_IRQ);
	KUNIT_EXPECT_FALSE(test, nd.bad);
	kunit_info(test, "RX %s: per 1000 packets: %llu MMIO reads, %llu writes, %llu IRQs\n",
		   fresh ? "fresh buffers" : "recycled buffers",
		   (b.reads - a.reads) * 1000 / nd.rx_next,
		   (b.writes - a.writes) * 1000 / nd.rx_next,
		   (b.irqs - a.irqs) * 1000 / nd.rx_next);
	/* at most 0.05 reads, 0.02 interrupts per packet */
	KUNIT_EXPECT_LE(test, (b.reads - a.reads) * 100, (u64)nd.rx_next * 5);
	KUNIT_EXPECT_LE(test, (b.irqs - a.irqs) * 100, (u64)nd.rx_next * 2);
	/* one PaRAM write per new buffer, one doorbell per refill batch */
	KUNIT_EXPECT_LE(test, b.writes - a.writes,
			(u64)nd.rx_next * (fresh ? 1 : 0) + nd.rx_next / 16 +
			16);
}

static void rx_saturation_recycled_stays_in_budget(struct kunit *test)
{
	rx_saturation(test, false);
}

static void rx_saturation_fresh_writes_once_per_buffer(struct kunit *test)
{
	rx_saturation(test, true);
}

static void tx_saturation_reads_no_register_per_packet(struct kunit *test)
{
	struct counts a, b;
	u32 seq = 0;

	edma_ring_start(rt.tx);
	counts_now(&a, RT_TX_CTLR, MAC_TX_POST, TX_IRQ);
	while (seq < SAT_PACKETS) {
		tx_burst(&seq, 64, 64);
		mac_step(rt.mac, 64);
	}
	mac_step(rt.mac, 1000);
	tx_reclaim();
	counts_now(&b, RT_TX_CTLR, MAC_TX_POST, TX_IRQ);
	kunit_info(test, "TX: per 1000 packets: %llu MMIO reads, %llu writes, %llu IRQs\n",
		   (b.reads - a.reads) * 1000 / seq,
		   (b.writes - a.writes) * 1000 / seq,
		   (b.irqs - a.irqs) * 1000 / seq);
	KUNIT_EXPECT_EQ(test, nd.tx_done, seq);
	KUNIT_EXPECT_LE(test, (b.reads - a.reads) * 100, (u64)seq * 5);
}

static struct kunit_case ring_napi_cases[] = {
	KUNIT_CASE(poll_stops_at_the_budget),
	KUNIT_CASE(budget_zero_consumes_nothing),
	KUNIT_CASE(frame_between_prepare_and_poll_is_seen),
	KUNIT_CASE(frame_while_disabled_is_reported_by_enable),
	KUNIT_CASE(rx_bursts_arrive_in_order),
	KUNIT_CASE(tx_bursts_leave_in_order),
	KUNIT_CASE(rx_saturation_recycled_stays_in_budget),
	KUNIT_CASE(rx_saturation_fresh_writes_once_per_buffer),
	KUNIT_CASE(tx_saturation_reads_no_register_per_packet),
	{}
};

static struct kunit_suite ring_napi_suite = {
	.name = "edma_ring_napi",
	.init = napi_init,
	.exit = ring_test_exit,
	.test_cases = ring_napi_cases,
};

kunit_test_suite(ring_napi_suite);
