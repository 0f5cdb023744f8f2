// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: the ring's data path.  Buffers posted with a token come back with
 * the frame's bytes, length and status, in order; one doorbell per batch;
 * budget handling; teardown returns every buffer once.
 */
#include <kunit/test.h>

#include "edma_ring_test_util.h"
#include "edma_test_util.h"

static int ring_init(struct kunit *test)
{
	return ring_test_setup(16, 16, 256);
}

static void rx_round_trip_returns_bytes_length_and_token(struct kunit *test)
{
	static const unsigned int lens[] = { 60, 1, 256, 128, 4, 200 };
	unsigned int i, len;
	u32 status;
	struct ring_test_buf *b;

	KUNIT_ASSERT_EQ(test, ring_test_post_rx(0, 8), 0);
	KUNIT_EXPECT_TRUE(test, edma_ring_kick(rt.rx));
	KUNIT_EXPECT_EQ(test, mac_rx_credits(rt.mac), 8u);
	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.rx), 0);
	KUNIT_EXPECT_PTR_EQ(test, edma_ring_get_buf(rt.rx, &len, &status),
			    NULL);
	for (i = 0; i < ARRAY_SIZE(lens); i++)
		KUNIT_ASSERT_TRUE(test, ring_test_inject(100 + i, lens[i]));
	KUNIT_EXPECT_EQ(test, mac_step(rt.mac, 100), ARRAY_SIZE(lens));
	for (i = 0; i < ARRAY_SIZE(lens); i++) {
		status = 0xdead;
		b = edma_ring_get_buf(rt.rx, &len, &status);
		KUNIT_ASSERT_PTR_EQ(test, b, &rt.buf[i]);
		KUNIT_EXPECT_EQ(test, len, lens[i]);
		KUNIT_EXPECT_EQ(test, status, 0u);
		KUNIT_EXPECT_TRUE(test, edma_test_frame_check(b->cpu, 100 + i, len));
	}
	KUNIT_EXPECT_PTR_EQ(test, edma_ring_get_buf(rt.rx, NULL, NULL), NULL);
	KUNIT_EXPECT_EQ(test, mac_rx_credits(rt.mac), 2u);
}

static void tx_round_trip_sends_the_bytes_in_order(struct kunit *test)
{
	static const unsigned int lens[] = { 60, 1514, 7, 64 };
	unsigned int i, len;
	struct ring_test_buf *b;

	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.tx), 0);
	for (i = 0; i < ARRAY_SIZE(lens); i++) {
		b = &rt.buf[i];
		len = min(lens[i], rt.buf_len);
		edma_test_frame_fill(b->cpu, 500 + i, len);
		KUNIT_ASSERT_EQ(test,
				edma_ring_add_outbuf(rt.tx, b->dma, len, b), 0);
	}
	KUNIT_EXPECT_TRUE(test, edma_ring_kick_prepare(rt.tx));
	edma_ring_notify(rt.tx);
	KUNIT_EXPECT_EQ(test, mac_get_stats(rt.mac)->post_writes, 1u);
	KUNIT_EXPECT_EQ(test, mac_step(rt.mac, 100), ARRAY_SIZE(lens));
	for (i = 0; i < ARRAY_SIZE(lens); i++) {
		b = edma_ring_get_buf(rt.tx, &len, NULL);
		KUNIT_ASSERT_PTR_EQ(test, b, &rt.buf[i]);
		KUNIT_EXPECT_EQ(test, len, min(lens[i], rt.buf_len));
	}
	KUNIT_EXPECT_EQ(test, rt.tx_seen, (u64)ARRAY_SIZE(lens));
	KUNIT_EXPECT_PTR_EQ(test, edma_ring_get_buf(rt.tx, NULL, NULL), NULL);
}

/* A batch is what as many get_buf() calls would return, in order. */
static void get_bufs_takes_a_batch_in_order(struct kunit *test)
{
	static const unsigned int lens[] = { 60, 1, 256, 128, 4 };
	unsigned int len[8], i, n;
	void *tok[8];
	u32 st[8];

	KUNIT_ASSERT_EQ(test, ring_test_post_rx(0, 8), 0);
	KUNIT_ASSERT_TRUE(test, edma_ring_kick(rt.rx));
	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.rx), 0);
	KUNIT_EXPECT_EQ(test, edma_ring_get_bufs(rt.rx, tok, len, st, 8), 0u);
	for (i = 0; i < ARRAY_SIZE(lens); i++)
		KUNIT_ASSERT_TRUE(test, ring_test_inject(300 + i, lens[i]));
	KUNIT_ASSERT_EQ(test, mac_step(rt.mac, 100), ARRAY_SIZE(lens));

	n = edma_ring_get_bufs(rt.rx, tok, len, st, 3);
	KUNIT_ASSERT_EQ(test, n, 3u);
	KUNIT_EXPECT_EQ(test, edma_ring_num_free(rt.rx), 16u - 8 + 3);
	n += edma_ring_get_bufs(rt.rx, tok + 3, len + 3, NULL, 8);
	KUNIT_ASSERT_EQ(test, n, (unsigned int)ARRAY_SIZE(lens));
	for (i = 0; i < n; i++) {
		KUNIT_EXPECT_PTR_EQ(test, tok[i], (void *)&rt.buf[i]);
		KUNIT_EXPECT_EQ(test, len[i], lens[i]);
		KUNIT_EXPECT_TRUE(test, edma_test_frame_check(rt.buf[i].cpu,
							     300 + i, lens[i]));
	}
	for (i = 0; i < 3; i++)
		KUNIT_EXPECT_EQ(test, st[i], 0u);
	KUNIT_EXPECT_EQ(test, edma_ring_get_bufs(rt.rx, tok, NULL, NULL, 8), 0u);
	KUNIT_EXPECT_PTR_EQ(test, edma_ring_get_buf(rt.rx, NULL, NULL), NULL);
	KUNIT_EXPECT_EQ(test, edma_ring_num_free(rt.rx), 16u - 8 + 5);
}

/* Batches across the end of the ring, the slots reused in between. */
static void get_bufs_wraps_around_the_ring(struct kunit *test)
{
	unsigned int i, seq = 0, taken = 0, n;
	void *tok[8];

	KUNIT_ASSERT_EQ(test, edma_ring_start(rt.rx), 0);
	while (taken < 40) {
		n = edma_ring_num_free(rt.rx);
		for (i = 0; i < n; i++)
			KUNIT_ASSERT_EQ(test, edma_ring_add_inbuf(rt.rx,
				rt.buf[(taken + 16 - n + i) % 16].dma,
				&rt.buf[(taken + 16 - n + i) % 16]), 0);
		edma_ring_kick(rt.rx);
		for (i = 0; i < 6; i++)
			KUNIT_ASSERT_TRUE(test, ring_test_inject(seq++, 64));
		KUNIT_ASSERT_EQ(test, mac_step(rt.mac, 100), 6u);
		/* room for more: slots of the lap before must not count */
		n = edma_ring_get_bufs(rt.rx, tok, NULL, NULL, 8);
		KUNIT_ASSERT_EQ(test, n, 6u);
		for (i = 0; i < n; i++) {
			struct ring_test_buf *b = tok[i];

			KUNIT_EXPECT_PTR_EQ(test, tok[i],
					    (void *)&rt.buf[(taken + i) % 16]);
			KUNIT_EXPECT_TRUE(test,
					  edma_test_frame_check(b->cpu,
								taken + i, 64));
		}
		taken += n;
	}
}

static struct kunit_case ring_basic_cases[] = {
	KUNIT_CASE(rx_round_trip_returns_bytes_length_and_token),
	KUNIT_CASE(tx_round_trip_sends_the_bytes_in_order),
	KUNIT_CASE(get_bufs_takes_a_batch_in_order),
	KUNIT_CASE(get_bufs_wraps_around_the_ring),
	{}
};

static struct kunit_suite ring_basic_suite = {
	.name = "edma_ring_basic",
	.init = ring_init,
	.exit = ring_test_exit,
	.test_cases = ring_basic_cases,
};

kunit_test_suite(ring_basic_suite);
