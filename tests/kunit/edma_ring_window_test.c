// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: rings larger than PaRAM.  A 256-descriptor ring on DA850 (128
 * PaRAM sets per controller) keeps 32 descriptors in PaRAM: the device is
 * credited with no more than the window, the rest waits in memory and is
 * loaded by later kicks as the consumer frees slots; frames come and go
 * intact and in order across many laps of both circles; teardown returns
 * loaded and waiting buffers alike.
 */
#include <kunit/test.h>
#include <linux/platform_device.h>

#include "edma_ring_test_util.h"
#include "edma_test_util.h"

#define NUM	256
#define WIN	32	/* the library's default for rings above 32 */
#define BUF	256

static int window_init(struct kunit *test)
{
	return ring_test_setup_window(NUM, 0, BUF);
}

/* The next TX frame the MAC must send: checked byte for byte. */
static u32 tx_next;
static bool tx_bad;

static void tx_check(const u8 *data, u32 len)
{
	if (!edma_test_frame_check(data, tx_next, len))
		tx_bad = true;
	tx_next++;
}

static void window_of_32_takes_96_sets(struct kunit *test)
{
	int slot;

	/* both controllers hold a 256-descriptor ring; 96 sets each */
	KUNIT_ASSERT_PTR_NE(test, rt.rx, NULL);
	KUNIT_ASSERT_PTR_NE(test, rt.tx, NULL);
	KUNIT_EXPECT_LT(test, edma_alloc_cont_slots(RT_RX_CTLR,
						    EDMA_CONT_PARAMS_ANY, 0, 1),
			0);
	ring_test_unbind();
	slot = edma_alloc_cont_slots(RT_RX_CTLR, EDMA_CONT_PARAMS_ANY, 0, 96);
	KUNIT_EXPECT_GE(test, slot, 0);
	if (slot >= 0)
		edma_free_cont_slots(slot, 96);
}

static void bad_windows_are_refused(struct kunit *test)
{
	struct edma_ring_config c = {
		.dir = EDMA_RING_TX, .num = 64, .doorbell = rt.regs,
	};

	/* refused before the channel is looked at (it is taken) */
	c.window = 3;
	KUNIT_EXPECT_EQ(test, PTR_ERR(devm_edma_ring_request(&rt.pdev->dev,
							     "tx", &c)),
			-EINVAL);
	c.window = 128;
	KUNIT_EXPECT_EQ(test, PTR_ERR(devm_edma_ring_request(&rt.pdev->dev,
							     "tx", &c)),
			-EINVAL);
}

/* The device gets credits for the window only, and more as slots free. */
static void rx_device_never_runs_past_the_window(struct kunit *test)
{
	unsigned int len[10], i, n;
	void *tok[10];

	KUNIT_ASSERT_EQ(test, ring_test_post_rx(0, NUM), 0);
	KUNIT_EXPECT_TRUE(test, edma_ring_kick(rt.rx));
	KUNIT_EXPECT_EQ(test, mac_rx_credits(rt.mac), (u32)WIN);
	KUNIT_EXPECT_EQ(test, edma_ring_num_pending(rt.rx), NUM - WIN);
	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.rx), 0);
	for (i = 0; i < 100; i++)
		KUNIT_ASSERT_TRUE(test, ring_test_inject(i, 60 + i));
	KUNIT_EXPECT_EQ(test, mac_step(rt.mac, ~0u), (unsigned int)WIN);
	KUNIT_EXPECT_EQ(test, mac_rx_queued(rt.mac), 100u - WIN);

	n = edma_ring_get_bufs(rt.rx, tok, len, NULL, 10);
	KUNIT_ASSERT_EQ(test, n, 10u);
	for (i = 0; i < n; i++) {
		KUNIT_EXPECT_PTR_EQ(test, tok[i], &rt.buf[i]);
		KUNIT_EXPECT_TRUE(test, edma_test_frame_check(rt.buf[i].cpu, i,
							      len[i]));
	}
	/* nothing moves until a kick loads the freed slots */
	KUNIT_EXPECT_EQ(test, mac_step(rt.mac, ~0u), 0u);
	KUNIT_EXPECT_TRUE(test, edma_ring_kick(rt.rx));
	KUNIT_EXPECT_EQ(test, mac_rx_credits(rt.mac), 10u);
	KUNIT_EXPECT_EQ(test, edma_ring_num_pending(rt.rx), NUM - WIN - 10);
	KUNIT_EXPECT_EQ(test, mac_step(rt.mac, ~0u), 10u);
	/* a full window: a kick has nothing to load */
	KUNIT_EXPECT_FALSE(test, edma_ring_kick(rt.rx));
}

/*
 * Many laps of the window and of the ring: each frame lands in the
 * buffer posted for it, intact, in order, with every refill at a new
 * place in the window.
 */
static void rx_laps_arrive_in_order(struct kunit *test)
{
	unsigned int len[16], i, n, got = 0, injected = 0;
	void *tok[16];
	bool bad = false;
	u32 kicks = 0;

	KUNIT_ASSERT_EQ(test, ring_test_post_rx(0, NUM), 0);
	edma_ring_kick(rt.rx);
	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.rx), 0);
	while (got < 3000 && !bad) {
		for (; injected < 3000 && mac_rx_queued(rt.mac) < 40; injected++)
			ring_test_inject(injected, 14 + injected % 240);
		mac_step(rt.mac, 1 + got % 37);
		n = edma_ring_get_bufs(rt.rx, tok, len, NULL, 1 + got % 16);
		for (i = 0; i < n; i++, got++) {
			struct ring_test_buf *b = tok[i];

			if (b != &rt.buf[got % NUM] ||
			    !edma_test_frame_check(b->cpu, got, len[i]))
				bad = true;
			edma_ring_add_inbuf(rt.rx, b->dma, b);
		}
		if (edma_ring_kick(rt.rx))
			kicks++;
		KUNIT_ASSERT_LE(test, mac_rx_credits(rt.mac), (u32)WIN);
	}
	KUNIT_EXPECT_FALSE(test, bad);
	KUNIT_EXPECT_EQ(test, got, 3000u);
	KUNIT_EXPECT_EQ(test, mac_get_stats(rt.mac)->rx_dropped, 0u);
	KUNIT_EXPECT_GT(test, kicks, 0u);
}

static void tx_post(unsigned int first, unsigned int count)
{
	unsigned int i;

	for (i = first; i < first + count; i++) {
		struct ring_test_buf *b = &rt.buf[i % NUM];
		unsigned int len = 60 + i % 190;

		edma_test_frame_fill(b->cpu, i, len);
		edma_ring_add_outbuf(rt.tx, b->dma, len, b);
	}
}

/* Frames kicked past the window wait, then go in order with each kick. */
static void tx_frames_past_the_window_wait_for_a_kick(struct kunit *test)
{
	unsigned int i, sent = 0;
	struct ring_test_buf *b;

	tx_next = 0;
	tx_bad = false;
	rt.tx_check = tx_check;
	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.tx), 0);
	tx_post(0, 100);
	KUNIT_EXPECT_TRUE(test, edma_ring_kick(rt.tx));
	KUNIT_EXPECT_EQ(test, mac_tx_posted(rt.mac), (u32)WIN);
	KUNIT_EXPECT_EQ(test, edma_ring_num_pending(rt.tx), 100u - WIN);
	while (sent < 100) {
		unsigned int moved = mac_step(rt.mac, ~0u);

		KUNIT_ASSERT_GT(test, moved, 0u);
		for (i = 0; i < moved; i++, sent++) {
			b = edma_ring_get_buf(rt.tx, NULL, NULL);
			KUNIT_ASSERT_PTR_EQ(test, b, &rt.buf[sent]);
		}
		/* reclaim alone loads nothing: the frames still wait */
		KUNIT_EXPECT_EQ(test, mac_step(rt.mac, ~0u), 0u);
		KUNIT_EXPECT_EQ(test, edma_ring_kick(rt.tx), sent < 100);
	}
	KUNIT_EXPECT_EQ(test, tx_next, 100u);
	KUNIT_EXPECT_FALSE(test, tx_bad);
	KUNIT_EXPECT_EQ(test, edma_ring_num_pending(rt.tx), 0u);
}

/*
 * enable_cb_delayed() waits for three quarters of what the device holds,
 * not of what was kicked: a threshold among frames still in memory would
 * point at a slot whose status is another descriptor's, here one already
 * taken, and the callback would never come.
 */
static void tx_delayed_callback_counts_loaded_frames_only(struct kunit *test)
{
	unsigned int i;

	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.tx), 0);
	tx_post(0, 100);
	edma_ring_kick(rt.tx);
	KUNIT_EXPECT_EQ(test, mac_step(rt.mac, 20), 20u);
	for (i = 0; i < 20; i++)
		KUNIT_ASSERT_PTR_EQ(test, edma_ring_get_buf(rt.tx, NULL, NULL),
				    &rt.buf[i]);
	KUNIT_EXPECT_TRUE(test, edma_ring_enable_cb_delayed(rt.tx));
	KUNIT_EXPECT_EQ(test, mac_step(rt.mac, ~0u), WIN - 20u);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, rt.tx_cbs, 1u);
}

/* A batch never takes a buffer the window did not hold. */
static void get_bufs_stops_at_the_window(struct kunit *test)
{
	void *tok[2 * WIN];
	unsigned int i;

	KUNIT_ASSERT_EQ(test, ring_test_post_rx(0, NUM), 0);
	edma_ring_kick(rt.rx);
	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.rx), 0);
	for (i = 0; i < 2 * WIN; i++)
		ring_test_inject(i, 64);
	KUNIT_EXPECT_EQ(test, mac_step(rt.mac, ~0u), (unsigned int)WIN);
	KUNIT_EXPECT_EQ(test, edma_ring_get_bufs(rt.rx, tok, NULL, NULL,
						 2 * WIN), (unsigned int)WIN);
	KUNIT_EXPECT_PTR_EQ(test, tok[WIN - 1], &rt.buf[WIN - 1]);
	KUNIT_EXPECT_PTR_EQ(test, edma_ring_get_buf(rt.rx, NULL, NULL), NULL);
}

/* Stop mid-ring: completed, loaded and waiting buffers all come back. */
static void teardown_returns_loaded_and_waiting_buffers(struct kunit *test)
{
	unsigned int i, len;
	struct ring_test_buf *b;

	KUNIT_ASSERT_EQ(test, ring_test_post_rx(0, 100), 0);
	edma_ring_kick(rt.rx);
	edma_ring_start(rt.rx);
	for (i = 0; i < 5; i++)
		ring_test_inject(i, 64);
	KUNIT_EXPECT_EQ(test, mac_step(rt.mac, ~0u), 5u);
	edma_ring_stop(rt.rx);
	mac_reset(rt.mac);
	for (i = 0; i < 5; i++)
		KUNIT_EXPECT_PTR_EQ(test, edma_ring_get_buf(rt.rx, NULL, NULL),
				    &rt.buf[i]);
	for (i = 5; i < 100; i++)
		KUNIT_EXPECT_PTR_EQ(test, edma_ring_detach_unused_buf(rt.rx),
				    &rt.buf[i]);
	KUNIT_EXPECT_PTR_EQ(test, edma_ring_detach_unused_buf(rt.rx), NULL);
	KUNIT_EXPECT_EQ(test, edma_ring_num_free(rt.rx), (unsigned int)NUM);
	KUNIT_EXPECT_EQ(test, edma_ring_num_pending(rt.rx), 0u);

	/* again, from slot 100 % 32 of the window */
	KUNIT_ASSERT_EQ(test, edma_ring_reset(rt.rx), 0);
	KUNIT_ASSERT_EQ(test, ring_test_post_rx(0, NUM), 0);
	edma_ring_kick(rt.rx);
	KUNIT_EXPECT_EQ(test, mac_rx_credits(rt.mac), (u32)WIN);
	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.rx), 0);
	for (i = 0; i < 3; i++)
		ring_test_inject(50 + i, 100);
	KUNIT_EXPECT_EQ(test, mac_step(rt.mac, ~0u), 3u);
	for (i = 0; i < 3; i++) {
		b = edma_ring_get_buf(rt.rx, &len, NULL);
		KUNIT_ASSERT_PTR_EQ(test, b, &rt.buf[i]);
		KUNIT_EXPECT_TRUE(test, edma_test_frame_check(b->cpu, 50 + i,
							      len));
	}
}

static struct kunit_case window_cases[] = {
	KUNIT_CASE(window_of_32_takes_96_sets),
	KUNIT_CASE(bad_windows_are_refused),
	KUNIT_CASE(rx_device_never_runs_past_the_window),
	KUNIT_CASE(rx_laps_arrive_in_order),
	KUNIT_CASE(tx_frames_past_the_window_wait_for_a_kick),
	KUNIT_CASE(tx_delayed_callback_counts_loaded_frames_only),
	KUNIT_CASE(get_bufs_stops_at_the_window),
	KUNIT_CASE(teardown_returns_loaded_and_waiting_buffers),
	{}
};

static struct kunit_suite window_suite = {
	.name = "edma_ring_window",
	.init = window_init,
	.exit = ring_test_exit,
	.test_cases = window_cases,
};

kunit_test_suite(window_suite);
