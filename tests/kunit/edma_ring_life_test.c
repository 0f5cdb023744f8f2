// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: a ring's life.  Requested by name with probe deferral while the
 * controller is absent, released on unbind, torn down with frames in
 * flight returning every buffer once, interrupt coalescing by frames
 * and by microseconds (periods above 4 s included), and, with LPAE's
 * 64-bit dma_addr_t, addresses above 4 GiB refused.
 */
#include <kunit/test.h>

#include <linux/platform_device.h>

#include "edma-soc.h"
#include "edma_ring_test_util.h"
#include "edma_test_util.h"

static int life_init(struct kunit *test)
{
	return ring_test_setup(16, 16, 128);
}

static void request_defers_until_the_controller_probes(struct kunit *test)
{
	ring_test_exit(test);
	KUNIT_ASSERT_EQ(test, ring_test_setup_ext(16, 16, 128, false), 0);
	KUNIT_EXPECT_EQ(test, rt.probe_err, -EPROBE_DEFER);
	KUNIT_EXPECT_PTR_EQ(test, rt.rx, NULL);
	KUNIT_ASSERT_EQ(test, da850_register_edma(NULL), 0);
	host_run_deferred_probes();
	KUNIT_EXPECT_EQ(test, rt.probe_err, 0);
	KUNIT_EXPECT_PTR_NE(test, rt.rx, NULL);
	KUNIT_EXPECT_PTR_NE(test, rt.tx, NULL);
}

static void unbind_releases_channel_and_slots(struct kunit *test)
{
	const int ch = EDMA_CTLR_CHAN(RT_RX_CTLR, RT_CHAN);
	long live = host_devres_live();
	int slot;

	KUNIT_EXPECT_EQ(test, edma_alloc_channel(ch, NULL, NULL, EVENTQ_DEFAULT),
			-EBUSY);
	ring_test_unbind();
	KUNIT_EXPECT_LT(test, host_devres_live(), live);
	KUNIT_EXPECT_EQ(test, host_dma_coherent_live(), 0u);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(ch, NULL, NULL, EVENTQ_DEFAULT),
			ch);
	/* all 96 slots above the channels are free again */
	slot = edma_alloc_cont_slots(RT_RX_CTLR, EDMA_CONT_PARAMS_ANY, 0, 96);
	KUNIT_EXPECT_GE(test, slot, 0);
	if (slot >= 0)
		edma_free_cont_slots(slot, 96);
	edma_free_channel(ch);
}

static void unknown_name_is_enoent(struct kunit *test)
{
	struct edma_ring_config c = {
		.dir = EDMA_RING_TX, .num = 4, .doorbell = rt.regs,
	};

	KUNIT_EXPECT_EQ(test, PTR_ERR(devm_edma_ring_request(&rt.pdev->dev,
							     "bogus", &c)),
			-ENOENT);
	c.num = 3;
	KUNIT_EXPECT_EQ(test, PTR_ERR(devm_edma_ring_request(&rt.pdev->dev,
							     "tx", &c)),
			-EINVAL);
}

static void teardown_returns_every_buffer_once(struct kunit *test)
{
	unsigned int seen[16] = { 0 }, i, n = 0;
	struct ring_test_buf *b;

	KUNIT_ASSERT_EQ(test, ring_test_post_rx(0, 16), 0);
	edma_ring_kick(rt.rx);
	edma_ring_start(rt.rx);
	for (i = 0; i < 5; i++)
		ring_test_inject(i, 64);
	mac_step(rt.mac, 1000);
	/* one taken normally, four complete but unread, eleven in flight */
	b = edma_ring_get_buf(rt.rx, NULL, NULL);
	KUNIT_ASSERT_PTR_NE(test, b, NULL);
	seen[b->id]++;
	edma_ring_stop(rt.rx);
	mac_reset(rt.mac);
	while ((b = edma_ring_get_buf(rt.rx, NULL, NULL))) {
		seen[b->id]++;
		n++;
	}
	KUNIT_EXPECT_EQ(test, n, 4u);
	while ((b = edma_ring_detach_unused_buf(rt.rx))) {
		seen[b->id]++;
		n++;
	}
	KUNIT_EXPECT_EQ(test, n, 15u);
	for (i = 0; i < 16; i++)
		KUNIT_EXPECT_EQ(test, seen[i], 1u);
	KUNIT_EXPECT_EQ(test, edma_ring_num_free(rt.rx), 16u);
	KUNIT_EXPECT_PTR_EQ(test, edma_ring_get_buf(rt.rx, NULL, NULL), NULL);
	/* TX: unkicked frames come back too */
	KUNIT_ASSERT_EQ(test, edma_ring_add_outbuf(rt.tx, rt.buf[0].dma, 8,
						   &rt.buf[0]), 0);
	edma_ring_stop(rt.tx);
	KUNIT_EXPECT_PTR_EQ(test, edma_ring_detach_unused_buf(rt.tx),
			    &rt.buf[0]);
	KUNIT_EXPECT_PTR_EQ(test, edma_ring_detach_unused_buf(rt.tx), NULL);
}

static void ring_restarts_after_teardown(struct kunit *test)
{
	unsigned int len;

	ring_test_post_rx(0, 16);
	edma_ring_kick(rt.rx);
	edma_ring_start(rt.rx);
	ring_test_inject(0, 64);
	mac_step(rt.mac, 1000);
	edma_ring_stop(rt.rx);
	mac_reset(rt.mac);
	while (edma_ring_get_buf(rt.rx, NULL, NULL) ||
	       edma_ring_detach_unused_buf(rt.rx))
		;
	ring_test_post_rx(20, 4);
	edma_ring_kick(rt.rx);
	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.rx), 0);
	ring_test_inject(7, 100);
	mac_step(rt.mac, 1000);
	KUNIT_EXPECT_PTR_EQ(test, edma_ring_get_buf(rt.rx, &len, NULL),
			    &rt.buf[20]);
	KUNIT_EXPECT_EQ(test, len, 100u);
	KUNIT_EXPECT_TRUE(test, edma_test_frame_check(rt.buf[20].cpu, 7, 100));
}

/* Arm a fault on every TC of the RX controller: the next frame fails. */
static void fail_next_rx_frame(void)
{
	struct edma3 *cc = edma_test_cc(RT_RX_CTLR);
	unsigned int tc;

	for (tc = 0; tc < EDMA3_MAX_TC; tc++) {
		if (board_da850.cc[RT_RX_CTLR].tc_base[tc])
			edma3_inject_tc_error(cc, tc, 1);
	}
}

static void tc_error_breaks_the_ring_and_calls_back(struct kunit *test)
{
	unsigned int len;

	ring_test_post_rx(0, 8);
	edma_ring_kick(rt.rx);
	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.rx), 0);
	KUNIT_ASSERT_TRUE(test, edma_ring_enable_cb(rt.rx));
	ring_test_inject(0, 64);
	mac_step(rt.mac, 1000);
	host_irq_poll();
	KUNIT_ASSERT_EQ(test, rt.rx_cbs, 1u);
	KUNIT_EXPECT_FALSE(test, edma_ring_is_broken(rt.rx));
	KUNIT_EXPECT_PTR_EQ(test, edma_ring_get_buf(rt.rx, &len, NULL),
			    &rt.buf[0]);
	KUNIT_ASSERT_TRUE(test, edma_ring_enable_cb(rt.rx));

	fail_next_rx_frame();
	ring_test_inject(1, 64);
	mac_step(rt.mac, 1000);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_ring_is_broken(rt.rx));
	KUNIT_EXPECT_EQ(test, rt.rx_cbs, 2u);
	/* the failed frame never completes: the ring stalls there */
	KUNIT_EXPECT_PTR_EQ(test, edma_ring_get_buf(rt.rx, NULL, NULL), NULL);
}

/* Without notification, the error still marks the ring, for the poll. */
static void tc_error_while_polling_marks_the_ring(struct kunit *test)
{
	ring_test_post_rx(0, 8);
	edma_ring_kick(rt.rx);
	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.rx), 0);
	fail_next_rx_frame();
	ring_test_inject(0, 64);
	mac_step(rt.mac, 1000);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_ring_is_broken(rt.rx));
	KUNIT_EXPECT_EQ(test, rt.rx_cbs, 0u);
}

/*
 * An error while the consumer polls (notification off) calls nobody back;
 * the re-arm must then say "poll again", or the ring would sit broken
 * with nothing left to wake its driver.
 */
static void rearm_reports_a_ring_that_broke_meanwhile(struct kunit *test)
{
	ring_test_post_rx(0, 8);
	edma_ring_kick(rt.rx);
	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.rx), 0);
	fail_next_rx_frame();
	ring_test_inject(0, 64);
	mac_step(rt.mac, 1000);
	host_irq_poll();
	KUNIT_ASSERT_TRUE(test, edma_ring_is_broken(rt.rx));
	KUNIT_EXPECT_FALSE(test, edma_ring_enable_cb(rt.rx));
	KUNIT_EXPECT_FALSE(test, edma_ring_enable_cb_delayed(rt.rx));
	KUNIT_EXPECT_TRUE(test, edma_ring_poll(rt.rx,
					       edma_ring_enable_cb_prepare(rt.rx)));
	KUNIT_EXPECT_EQ(test, rt.rx_cbs, 0u);
}

/* A TX ring waiting for most of its batch still hears of a break at once. */
static void tc_error_calls_back_past_a_delayed_threshold(struct kunit *test)
{
	struct edma3 *cc = edma_test_cc(RT_TX_CTLR);
	unsigned int i, tc;

	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.tx), 0);
	for (i = 0; i < 8; i++) {
		edma_test_frame_fill(rt.buf[i].cpu, i, 64);
		KUNIT_ASSERT_EQ(test, edma_ring_add_outbuf(rt.tx, rt.buf[i].dma,
							   64, &rt.buf[i]), 0);
	}
	KUNIT_ASSERT_TRUE(test, edma_ring_kick(rt.tx));
	KUNIT_ASSERT_TRUE(test, edma_ring_enable_cb_delayed(rt.tx));
	for (tc = 0; tc < EDMA3_MAX_TC; tc++) {
		if (board_da850.cc[RT_TX_CTLR].tc_base[tc])
			edma3_inject_tc_error(cc, tc, 1);
	}
	mac_step(rt.mac, 1000);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_ring_is_broken(rt.tx));
	KUNIT_EXPECT_EQ(test, rt.tx_cbs, 1u);
}

static void reset_refuses_a_started_or_full_ring(struct kunit *test)
{
	/* started, even empty */
	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.rx), 0);
	KUNIT_EXPECT_EQ(test, edma_ring_reset(rt.rx), -EBUSY);
	edma_ring_stop(rt.rx);
	ring_test_post_rx(0, 4);
	edma_ring_kick(rt.rx);
	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.rx), 0);
	KUNIT_EXPECT_EQ(test, edma_ring_reset(rt.rx), -EBUSY);
	edma_ring_stop(rt.rx);
	KUNIT_EXPECT_EQ(test, edma_ring_reset(rt.rx), -EBUSY);
	while (edma_ring_detach_unused_buf(rt.rx))
		;
	KUNIT_EXPECT_EQ(test, edma_ring_reset(rt.rx), 0);
}

/* Stop, withdraw, take back, reset: the ring runs again, bytes intact. */
static void reset_ring_runs_again(struct kunit *test)
{
	unsigned int len;

	ring_test_post_rx(0, 8);
	edma_ring_kick(rt.rx);
	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.rx), 0);
	fail_next_rx_frame();
	ring_test_inject(0, 64);
	mac_step(rt.mac, 1000);
	host_irq_poll();
	KUNIT_ASSERT_TRUE(test, edma_ring_is_broken(rt.rx));

	edma_ring_stop(rt.rx);
	mac_reset(rt.mac);
	while (edma_ring_get_buf(rt.rx, NULL, NULL) ||
	       edma_ring_detach_unused_buf(rt.rx))
		;
	KUNIT_ASSERT_EQ(test, edma_ring_reset(rt.rx), 0);
	KUNIT_EXPECT_FALSE(test, edma_ring_is_broken(rt.rx));
	ring_test_post_rx(8, 8);
	edma_ring_kick(rt.rx);
	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.rx), 0);
	ring_test_inject(5, 120);
	ring_test_inject(6, 60);
	KUNIT_EXPECT_EQ(test, mac_step(rt.mac, 1000), 2u);
	KUNIT_EXPECT_PTR_EQ(test, edma_ring_get_buf(rt.rx, &len, NULL),
			    &rt.buf[8]);
	KUNIT_EXPECT_EQ(test, len, 120u);
	KUNIT_EXPECT_TRUE(test, edma_test_frame_check(rt.buf[8].cpu, 5, 120));
	KUNIT_EXPECT_PTR_EQ(test, edma_ring_get_buf(rt.rx, &len, NULL),
			    &rt.buf[9]);
	KUNIT_EXPECT_TRUE(test, edma_test_frame_check(rt.buf[9].cpu, 6, 60));
	KUNIT_EXPECT_FALSE(test, edma_ring_is_broken(rt.rx));
}

static void coalescing_by_frames_interrupts_every_nth(struct kunit *test)
{
	unsigned int i;

	KUNIT_ASSERT_EQ(test, edma_ring_set_coalesce(rt.rx, 50, 4), 0);
	ring_test_post_rx(0, 16);
	edma_ring_kick(rt.rx);
	edma_ring_start(rt.rx);
	KUNIT_EXPECT_TRUE(test, edma_ring_enable_cb(rt.rx));
	for (i = 0; i < 3; i++) {
		ring_test_inject(i, 64);
		mac_step(rt.mac, 1000);
		host_irq_poll();
	}
	KUNIT_EXPECT_EQ(test, rt.rx_cbs, 0u);
	ring_test_inject(3, 64);
	mac_step(rt.mac, 1000);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, rt.rx_cbs, 1u);
	KUNIT_EXPECT_EQ(test, edma_ring_set_coalesce(rt.rx, 0, 4), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_ring_set_coalesce(rt.tx, 0, 4), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_ring_set_coalesce(rt.tx, 10, 0), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_ring_set_coalesce(rt.tx, 10, 17), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_ring_set_coalesce(rt.tx, 10, 1), 0);
}

static void tx_post_frames(unsigned int first, unsigned int n)
{
	unsigned int i;

	for (i = first; i < first + n; i++)
		edma_ring_add_outbuf(rt.tx, rt.buf[i].dma, 40 + i, &rt.buf[i]);
}

/*
 * TX interrupts at fixed points, every quarter of the window (4 of 16
 * here), whatever the bursts: a kick writes the frames' address and
 * length and no interrupt bit.
 */
static void tx_interrupts_at_fixed_points_only(struct kunit *test)
{
	const struct edma3_stats *st = edma3_get_stats(edma_test_cc(RT_TX_CTLR));
	unsigned int i;
	u64 writes;

	edma_ring_start(rt.tx);
	KUNIT_EXPECT_TRUE(test, edma_ring_enable_cb(rt.tx));
	tx_post_frames(0, 6);
	writes = st->param_writes;
	edma_ring_kick(rt.tx);
	KUNIT_EXPECT_EQ(test, st->param_writes - writes, 12ull);
	for (i = 0; i < 6; i++) {
		KUNIT_EXPECT_EQ(test, mac_step(rt.mac, 1), 1u);
		host_irq_poll();
		KUNIT_EXPECT_EQ(test, rt.tx_cbs, i < 3 ? 0u : 1u);	/* frame 3 */
	}
	tx_post_frames(6, 3);
	edma_ring_kick(rt.tx);
	for (i = 6; i < 9; i++) {
		KUNIT_EXPECT_EQ(test, mac_step(rt.mac, 1), 1u);
		host_irq_poll();
		KUNIT_EXPECT_EQ(test, rt.tx_cbs, i < 7 ? 1u : 2u);	/* frame 7 */
	}
}

/*
 * The frames of a burst after its last fixed point are reported by the
 * tx-usecs timer once doorbells stopped for a period: one period after a
 * lone doorbell, and a doorbell in between postpones it (up to two).
 */
/* n frames sent, short of the first fixed point, reclaim armed */
static void tx_usecs_send(struct kunit *test, unsigned int n)
{
	edma_ring_start(rt.tx);
	KUNIT_ASSERT_EQ(test, edma_ring_set_coalesce(rt.tx, 50, 4), 0);
	tx_post_frames(0, n);
	edma_ring_kick(rt.tx);
	KUNIT_EXPECT_TRUE(test, edma_ring_enable_cb_delayed(rt.tx));
	KUNIT_EXPECT_EQ(test, mac_step(rt.mac, 1000), n);
}

static void tx_usecs_reports_a_lone_frame_one_period_on(struct kunit *test)
{
	tx_usecs_send(test, 1);
	host_time_advance_ns(40 * 1000);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, rt.tx_cbs, 0u);
	host_time_advance_ns(20 * 1000);	/* 60 us */
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, rt.tx_cbs, 1u);
}

static void tx_usecs_reports_the_tail_of_a_burst(struct kunit *test)
{
	const u64 us = 1000;

	tx_usecs_send(test, 3);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, rt.tx_cbs, 0u);
	host_time_advance_ns(30 * us);
	tx_post_frames(3, 1);
	edma_ring_kick(rt.tx);		/* 30 us: postpones */
	KUNIT_EXPECT_EQ(test, mac_step(rt.mac, 1000), 1u);
	host_time_advance_ns(60 * us);	/* 90 us: a doorbell this period */
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, rt.tx_cbs, 1u);	/* frame 3: a fixed point */
	while (edma_ring_get_buf(rt.tx, NULL, NULL))
		;
	tx_post_frames(4, 2);
	edma_ring_kick(rt.tx);		/* 90 us */
	KUNIT_EXPECT_TRUE(test, edma_ring_enable_cb_delayed(rt.tx));
	KUNIT_EXPECT_EQ(test, mac_step(rt.mac, 1000), 2u);
	host_time_advance_ns(50 * us);	/* 140 us: the kick was seen */
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, rt.tx_cbs, 1u);
	host_time_advance_ns(50 * us);	/* 190 us: a quiet period */
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, rt.tx_cbs, 2u);
	KUNIT_EXPECT_EQ(test, rt.tx_seen, 6ull);
}

static void coalescing_by_usecs_reports_a_short_burst(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_ring_set_coalesce(rt.rx, 50, 8), 0);
	ring_test_post_rx(0, 16);
	edma_ring_kick(rt.rx);
	edma_ring_start(rt.rx);
	rt.napi = true;
	KUNIT_EXPECT_TRUE(test, edma_ring_enable_cb(rt.rx));
	ring_test_inject(0, 64);
	mac_step(rt.mac, 1000);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, rt.rx_cbs, 0u);
	host_time_advance_ns(20 * 1000);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, rt.rx_cbs, 0u);
	host_time_advance_ns(40 * 1000);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, rt.rx_cbs, 1u);
	KUNIT_EXPECT_TRUE(test, rt.rx_scheduled);
}

static void delayed_enable_waits_for_most_tx_work(struct kunit *test)
{
	unsigned int i;

	edma_ring_start(rt.tx);
	for (i = 0; i < 8; i++)
		edma_ring_add_outbuf(rt.tx, rt.buf[i].dma, 32, &rt.buf[i]);
	edma_ring_kick(rt.tx);
	KUNIT_EXPECT_TRUE(test, edma_ring_enable_cb_delayed(rt.tx));
	mac_step(rt.mac, 3);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, rt.tx_cbs, 0u);
	mac_step(rt.mac, 1000);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, rt.tx_cbs, 1u);
	/* everything done already: delayed enable says so */
	for (i = 0; i < 8; i++)
		edma_ring_get_buf(rt.tx, NULL, NULL);
	for (i = 0; i < 4; i++)
		edma_ring_add_outbuf(rt.tx, rt.buf[i].dma, 32, &rt.buf[i]);
	edma_ring_kick(rt.tx);
	edma_ring_disable_cb(rt.tx);
	mac_step(rt.mac, 1000);
	KUNIT_EXPECT_FALSE(test, edma_ring_enable_cb_delayed(rt.tx));
}

/* disable_cb writes IECR once if notification was on, and nothing after. */
static void disable_cb_twice_writes_one_register(struct kunit *test)
{
	const struct edma3_stats *st = edma3_get_stats(edma_test_cc(RT_RX_CTLR));
	u64 writes;

	KUNIT_ASSERT_TRUE(test, edma_ring_enable_cb(rt.rx));
	KUNIT_ASSERT_TRUE(test, edma_test_chbit(RT_RX_CTLR, EDMA3_IER, RT_CHAN));
	writes = st->mmio_writes;
	edma_ring_disable_cb(rt.rx);
	KUNIT_EXPECT_EQ(test, st->mmio_writes - writes, 1ull);
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(RT_RX_CTLR, EDMA3_IER, RT_CHAN));
	edma_ring_disable_cb(rt.rx);
	KUNIT_EXPECT_EQ(test, st->mmio_writes - writes, 1ull);
}

/*
 * The threshold is exactly three quarters: of 8 frames in flight, the
 * 6th completing is what makes delayed enable report the work done.
 */
static void delayed_enable_threshold_is_the_sixth_of_eight(
	struct kunit *test)
{
	unsigned int i;

	edma_ring_start(rt.tx);
	for (i = 0; i < 8; i++)
		edma_ring_add_outbuf(rt.tx, rt.buf[i].dma, 32, &rt.buf[i]);
	edma_ring_kick(rt.tx);
	KUNIT_ASSERT_EQ(test, mac_step(rt.mac, 5), 5u);
	KUNIT_EXPECT_TRUE(test, edma_ring_enable_cb_delayed(rt.tx));
	KUNIT_ASSERT_EQ(test, mac_step(rt.mac, 1), 1u);
	KUNIT_EXPECT_FALSE(test, edma_ring_enable_cb_delayed(rt.tx));
	mac_step(rt.mac, 1000);
}

/*
 * rx-usecs above 2^32 ns (~4.29 s).  The period must be a 64-bit product:
 * unsigned int * NSEC_PER_USEC is a 32-bit one on 32-bit ARM, where 5 s
 * became a 705 ms timer and 4294968 us a 704 ns one (an interrupt storm).
 * Both places are covered: the timer started by enable_cb and the one a
 * fruitless expiry forwards.
 */
static void usecs_wait(struct kunit *test, u64 ns, unsigned int cbs)
{
	host_time_advance_ns(ns);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, rt.rx_cbs, cbs);
}

static void one_frame(unsigned int seq)
{
	ring_test_inject(seq, 64);
	mac_step(rt.mac, 1000);
	host_irq_poll();
}

static void rearm(struct kunit *test)
{
	KUNIT_EXPECT_PTR_NE(test, edma_ring_get_buf(rt.rx, NULL, NULL), NULL);
	rt.rx_scheduled = false;
	KUNIT_EXPECT_TRUE(test, edma_ring_enable_cb(rt.rx));
}

static void coalescing_by_usecs_above_4s_does_not_wrap(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_ring_set_coalesce(rt.rx, 5000000, 8), 0);
	ring_test_post_rx(0, 16);
	edma_ring_kick(rt.rx);
	edma_ring_start(rt.rx);
	rt.napi = true;
	/* started by enable_cb: nothing before 5 s */
	KUNIT_EXPECT_TRUE(test, edma_ring_enable_cb(rt.rx));
	one_frame(0);
	KUNIT_EXPECT_EQ(test, rt.rx_cbs, 0u);
	usecs_wait(test, 1000000000ull, 0);
	usecs_wait(test, 4100000000ull, 1);

	/* forwarded after an expiry that found nothing: 5 s again */
	rearm(test);
	usecs_wait(test, 5100000000ull, 1);
	one_frame(1);
	usecs_wait(test, 1000000000ull, 1);
	usecs_wait(test, 4000000000ull, 2);

	/* 4294968 us is 2^32 + 704 ns: a 32-bit product leaves 704 ns */
	KUNIT_ASSERT_EQ(test, edma_ring_set_coalesce(rt.rx, 4294968, 8), 0);
	rearm(test);
	one_frame(2);
	usecs_wait(test, 1000000ull, 2);
	usecs_wait(test, 4294968000ull, 3);
}

#ifdef CONFIG_ARCH_DMA_ADDR_T_64BIT
static void param_snapshot(unsigned int cc, u32 *w)
{
	unsigned int s;

	for (s = 0; s < 128; s++)
		edma_test_param(cc, s, w + 8 * s);
}

/*
 * LPAE: a buffer above 4 GiB is refused, not posted with its low word
 * (0x1c0001230 would have made the ring write to 0xc0001230).
 */
static void lpae_buffer_above_4g_is_refused(struct kunit *test)
{
	u32 *before = kunit_kcalloc(test, 2 * 128 * 8, 4, GFP_KERNEL);
	u32 *after = kunit_kcalloc(test, 2 * 128 * 8, 4, GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, before);
	KUNIT_ASSERT_NOT_NULL(test, after);
	param_snapshot(RT_RX_CTLR, before);
	param_snapshot(RT_TX_CTLR, before + 128 * 8);
	KUNIT_EXPECT_EQ(test, edma_ring_add_inbuf(rt.rx, 0x1c0001230ull,
						  &rt.buf[0]), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_ring_add_inbuf(rt.rx, rt.buf[1].dma |
						  1ull << 32, &rt.buf[1]),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, edma_ring_add_outbuf(rt.tx, rt.buf[2].dma |
						   1ull << 40, 32, &rt.buf[2]),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, edma_ring_num_free(rt.rx), 16u);
	KUNIT_EXPECT_EQ(test, edma_ring_num_free(rt.tx), 16u);
	param_snapshot(RT_RX_CTLR, after);
	param_snapshot(RT_TX_CTLR, after + 128 * 8);
	KUNIT_EXPECT_EQ(test, memcmp(before, after, 2 * 128 * 8 * 4), 0);
	/* a buffer that fits still goes, and its frame lands */
	KUNIT_ASSERT_EQ(test, edma_ring_add_inbuf(rt.rx, rt.buf[3].dma,
						  &rt.buf[3]), 0);
	edma_ring_kick(rt.rx);
	edma_ring_start(rt.rx);
	one_frame(9);
	KUNIT_EXPECT_PTR_EQ(test, edma_ring_get_buf(rt.rx, NULL, NULL),
			    &rt.buf[3]);
	KUNIT_EXPECT_TRUE(test, edma_test_frame_check(rt.buf[3].cpu, 9, 64));
}

/* LPAE: peripheral addresses above 4 GiB fail the request. */
static void lpae_request_above_4g_is_refused(struct kunit *test)
{
	const int ch = EDMA_CTLR_CHAN(RT_RX_CTLR, RT_CHAN);
	struct edma_ring_config c = {
		.dir = EDMA_RING_RX, .num = 4, .doorbell = rt.regs,
		.buf_len = 64, .fifo = RT_MAC_BUS | 1ull << 32,
		.status = RT_MAC_BUS + 0x100,
	};
	int slot;

	ring_test_unbind();
	KUNIT_EXPECT_EQ(test, PTR_ERR(devm_edma_ring_request(&rt.pdev->dev,
							     "rx", &c)),
			-EINVAL);
	c.fifo = RT_MAC_BUS;
	c.status = 0x200000000ull + RT_MAC_BUS;
	KUNIT_EXPECT_EQ(test, PTR_ERR(devm_edma_ring_request(&rt.pdev->dev,
							     "rx", &c)),
			-EINVAL);
	/* nothing was taken: the channel and the ring's slots are free */
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(ch, NULL, NULL, EVENTQ_DEFAULT),
			ch);
	slot = edma_alloc_cont_slots(RT_RX_CTLR, EDMA_CONT_PARAMS_ANY, 0, 96);
	KUNIT_EXPECT_GE(test, slot, 0);
	if (slot >= 0)
		edma_free_cont_slots(slot, 96);
	edma_free_channel(ch);
}
#endif

static struct kunit_case ring_life_cases[] = {
	KUNIT_CASE(request_defers_until_the_controller_probes),
	KUNIT_CASE(unbind_releases_channel_and_slots),
	KUNIT_CASE(unknown_name_is_enoent),
	KUNIT_CASE(teardown_returns_every_buffer_once),
	KUNIT_CASE(ring_restarts_after_teardown),
	KUNIT_CASE(tc_error_breaks_the_ring_and_calls_back),
	KUNIT_CASE(tc_error_while_polling_marks_the_ring),
	KUNIT_CASE(rearm_reports_a_ring_that_broke_meanwhile),
	KUNIT_CASE(tc_error_calls_back_past_a_delayed_threshold),
	KUNIT_CASE(reset_refuses_a_started_or_full_ring),
	KUNIT_CASE(reset_ring_runs_again),
	KUNIT_CASE(coalescing_by_frames_interrupts_every_nth),
	KUNIT_CASE(coalescing_by_usecs_reports_a_short_burst),
	KUNIT_CASE(tx_interrupts_at_fixed_points_only),
	KUNIT_CASE(tx_usecs_reports_a_lone_frame_one_period_on),
	KUNIT_CASE(tx_usecs_reports_the_tail_of_a_burst),
	KUNIT_CASE(delayed_enable_waits_for_most_tx_work),
	KUNIT_CASE(delayed_enable_threshold_is_the_sixth_of_eight),
	KUNIT_CASE(disable_cb_twice_writes_one_register),
	KUNIT_CASE(coalescing_by_usecs_above_4s_does_not_wrap),
#ifdef CONFIG_ARCH_DMA_ADDR_T_64BIT
	KUNIT_CASE(lpae_buffer_above_4g_is_refused),
	KUNIT_CASE(lpae_request_above_4g_is_refused),
#endif
	{}
};

static struct kunit_suite ring_life_suite = {
	.name = "edma_ring_life",
	.init = life_init,
	.exit = ring_test_exit,
	.test_cases = ring_life_cases,
};

kunit_test_suite(ring_life_suite);
