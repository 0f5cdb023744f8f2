// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: regression tests for the bugs of the old private EDMA API listed
 * in private-api.md section 6, one case per bug (numbered as there), on a
 * simulated DA850 with both controllers registered.
 */
#include <kunit/test.h>
#include <linux/irqflags.h>

#include "edma-soc.h"
#include "edma_test_util.h"

#define CH0(n)	EDMA_CTLR_CHAN(0, n)
#define CH1(n)	EDMA_CTLR_CHAN(1, n)

static void alloc_copy(struct kunit *test, unsigned int ch,
		       struct edma_test_buf *src, struct edma_test_buf *dst, u8 seed)
{
	edma_test_buf_alloc(test, src, 32, seed);
	edma_test_buf_alloc(test, dst, 32, 0);
	memset(dst->cpu, 0, 32);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(ch, edma_test_cb, NULL, EVENTQ_0),
			(int)ch);
	edma_test_program_copy(ch, src, dst, 32, EDMA_CHAN_SLOT(ch));
}

static u64 irq_handled(unsigned int irq)
{
	struct host_irq_stats st;

	host_irq_get_stats(irq, &st);
	return st.handled;
}

/* 1 */
static void old_bug_01_cc1_callback_gets_the_controller_bits(
	struct kunit *test)
{
	struct edma_test_buf src, dst;

	alloc_copy(test, CH1(5), &src, &dst, 0x01);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH1(5)), 0);
	host_irq_poll();
	KUNIT_ASSERT_EQ(test, edma_test_log.n, 1u);
	KUNIT_EXPECT_EQ(test, EDMA_CTLR(edma_test_log.ev[0].ch), 1u);
	KUNIT_EXPECT_EQ(test, EDMA_CHAN_SLOT(edma_test_log.ev[0].ch), 5u);
}

/* 2 */
static void old_bug_02_freeing_a_cc1_channel_leaves_cc0_alone(
	struct kunit *test)
{
	struct edma_test_buf s0, d0, s1, d1;

	alloc_copy(test, CH0(5), &s0, &d0, 0x02);
	alloc_copy(test, CH1(5), &s1, &d1, 0x03);
	edma_free_channel(CH1(5));
	KUNIT_EXPECT_TRUE(test, edma_test_chbit(0, EDMA3_IER, 5));
	KUNIT_EXPECT_TRUE(test, edma_test_bit(0, EDMA3_DRAE(0), 5));
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(1, EDMA3_IER, 5));
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(5)), 0);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&d0, 32, 0x02));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(5), EDMA_DMA_COMPLETE), 1u);
}

/* 3 */
static void old_bug_03_each_line_services_its_own_controller(
	struct kunit *test)
{
	struct edma_test_buf s0, d0, s1, d1;
	u64 h0 = irq_handled(11), h1 = irq_handled(93);

	alloc_copy(test, CH0(7), &s0, &d0, 0x04);
	alloc_copy(test, CH1(7), &s1, &d1, 0x05);
	local_irq_disable();
	edma_trigger_channel(CH1(7));
	edma_trigger_channel(CH0(7));
	local_irq_enable();
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, irq_handled(11), h0 + 1);
	KUNIT_EXPECT_EQ(test, irq_handled(93), h1 + 1);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(7), EDMA_DMA_COMPLETE), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH1(7), EDMA_DMA_COMPLETE), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 2u);
}

/* 4 */
static void old_bug_04_no_callback_after_stop(struct kunit *test)
{
	struct edma_test_buf src, dst;

	alloc_copy(test, CH0(20), &src, &dst, 0x06);
	local_irq_disable();
	edma_trigger_channel(CH0(20));
	edma_stop(CH0(20));
	local_irq_enable();
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 0u);
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_IPR, 20));
}

/* 5 */
static void old_bug_05_failed_cont_slot_request_leaves_no_stray_bits(
	struct kunit *test)
{
	unsigned int s;

	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 34), CH0(34));
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 38), CH0(38));
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0,
			EDMA_CONT_PARAMS_FIXED_EXACT, 32, 8), -EBUSY);
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0,
			EDMA_CONT_PARAMS_FIXED_NOT_EXACT, 100, 40), -EBUSY);
	for (s = 32; s < 128; s++) {
		if (s == 34 || s == 38)
			KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, s), -EBUSY);
		else
			KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, s), CH0(s));
	}
}

/* 6 */
static void old_bug_06_missing_controllers_are_rejected(struct kunit *test)
{
	static const unsigned int bad[] = { 2, 7, 0x7fff };
	struct edmacc_param p = { 0 };
	unsigned int i, h;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		h = EDMA_CTLR_CHAN(bad[i], 3);
		KUNIT_EXPECT_EQ(test, edma_alloc_channel(h, edma_test_cb, NULL,
							 EVENTQ_DEFAULT),
				-EINVAL);
		KUNIT_EXPECT_EQ(test, edma_alloc_slot(bad[i], EDMA_SLOT_ANY),
				-EINVAL);
		KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(bad[i],
				EDMA_CONT_PARAMS_ANY, 0, 1), -EINVAL);
		KUNIT_EXPECT_EQ(test, edma_start(h), -EINVAL);
		KUNIT_EXPECT_EQ(test, edma_trigger_channel(h), -EINVAL);
		edma_stop(h);
		edma_pause(h);
		edma_resume(h);
		edma_clean_channel(h);
		edma_clear_event(h);
		edma_assign_channel_eventq(h, EVENTQ_0);
		edma_free_channel(h);
		edma_write_slot(h, &p);
		KUNIT_EXPECT_EQ(test, edma_get_position(h, false),
				(dma_addr_t)0);
	}
	KUNIT_EXPECT_EQ(test, host_warn_count(), 0u);
}

/* 7 */
static void old_bug_07_bad_slot_reads_are_defined(struct kunit *test)
{
	struct edmacc_param q, zero = { 0 };
	dma_addr_t s = 0xdead, d = 0xbeef;

	memset(&q, 0x3c, sizeof(q));
	edma_read_slot(CH1(4096), &q);
	KUNIT_EXPECT_EQ(test, memcmp(&q, &zero, sizeof(q)), 0);
	edma_get_position_both(CH1(4096), &s, &d);
	KUNIT_EXPECT_EQ(test, s, (dma_addr_t)0);
	KUNIT_EXPECT_EQ(test, d, (dma_addr_t)0);
}

/* 8 */
static void old_bug_08_double_frees_are_refused(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_cont_slots(0,
			EDMA_CONT_PARAMS_FIXED_EXACT, 60, 2), CH0(60));
	KUNIT_EXPECT_EQ(test, edma_free_cont_slots(CH0(60), 2), 0);
	KUNIT_EXPECT_EQ(test, edma_free_cont_slots(CH0(60), 2), -EINVAL);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(20), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(20));
	edma_free_channel(CH0(20));
	edma_free_channel(CH0(20));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH0(20), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(20));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH0(20), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), -EBUSY);
}

/* 9 */
static void old_bug_09_negative_src_index_keeps_the_dest_half(
	struct kunit *test)
{
	u32 w[8];

	KUNIT_ASSERT_EQ(test, edma_alloc_slot(1, 50), CH1(50));
	edma_set_dest_index(CH1(50), 8, 16);
	edma_set_src_index(CH1(50), -1, -32768);
	edma_test_param(1, 50, w);
	KUNIT_EXPECT_EQ(test, w[4], 0x0008ffffu);
	KUNIT_EXPECT_EQ(test, w[6], 0x00108000u);
}

/* 10 */
static void old_bug_10_clean_channel_leaves_ccerr_alone(struct kunit *test)
{
	int ch;

	ch = edma_alloc_channel(EDMA_CHANNEL_ANY, edma_test_cb, NULL, EVENTQ_0);
	KUNIT_ASSERT_GE(test, ch, 0);
	local_irq_disable();
	/* another channel's queue reached its threshold */
	edma3_write(edma_test_cc(0), EDMA3_QWMTHRA,
		    (edma_test_reg(0, EDMA3_QWMTHRA) & ~0x1f00u) | 0x100);
	edma3_tc_stall(edma_test_cc(0), 1, true);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(21), edma_test_cb, NULL,
						 EVENTQ_1), CH0(21));
	edma_trigger_channel(CH0(21));
	KUNIT_ASSERT_TRUE(test, edma_test_reg(0, EDMA3_CCERR) & BIT(1));
	edma_clean_channel(ch);
	KUNIT_EXPECT_TRUE(test, edma_test_reg(0, EDMA3_CCERR) & BIT(1));
	local_irq_enable();
	host_irq_poll();
	/* the error handler reported and cleared it */
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(21), EDMA_DMA_QUEUE_ERROR), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(ch, EDMA_DMA_QUEUE_ERROR), 0u);
	KUNIT_EXPECT_FALSE(test, edma_test_reg(0, EDMA3_CCERR) & BIT(1));
}

/* 11 */
static void old_bug_11_queue_and_tc_errors_reach_the_clients(
	struct kunit *test)
{
	struct edma_test_buf s0, d0;

	alloc_copy(test, CH0(20), &s0, &d0, 0x07);
	edma3_inject_tc_error(edma_test_cc(0), 0, 1);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(20)), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(20), EDMA_DMA_TC_ERROR), 1u);

	edma3_write(edma_test_cc(0), EDMA3_QWMTHRA,
		    (edma_test_reg(0, EDMA3_QWMTHRA) & ~0x1fu) | 1);
	edma3_tc_stall(edma_test_cc(0), 0, true);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(20)), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(20), EDMA_DMA_QUEUE_ERROR), 1u);
}

/* 12 */
static void old_bug_12_probe_keeps_the_dsp_regions(struct kunit *test)
{
	struct edma_rsv_info *rsv[2] = {
		&edma_test_da850_evm_rsv[0], &edma_test_da850_evm_rsv[1]
	};
	unsigned int r;

	host_platform_unregister_all();
	for (r = 1; r < 4; r++) {
		edma3_write(edma_test_cc(0), EDMA3_DRAE(r), 0x0f003f00u << (r - 1));
		edma3_write(edma_test_cc(1), EDMA3_DRAE(r), 0xcfffffffu >> r);
		edma3_write(edma_test_cc(0), EDMA3_QRAE(r), r);
	}
	KUNIT_ASSERT_EQ(test, da850_register_edma(rsv), 0);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(20), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(20));
	edma_free_channel(CH0(20));
	for (r = 1; r < 4; r++) {
		KUNIT_EXPECT_EQ(test, edma_test_reg(0, EDMA3_DRAE(r)),
				0x0f003f00u << (r - 1));
		KUNIT_EXPECT_EQ(test, edma_test_reg(1, EDMA3_DRAE(r)),
				0xcfffffffu >> r);
		KUNIT_EXPECT_EQ(test, edma_test_reg(0, EDMA3_QRAE(r)), r);
	}
}

/* 17 */
static void old_bug_17_register_updates_keep_the_neighbours_bits(
	struct kunit *test)
{
	unsigned int ch;

	for (ch = 16; ch < 24; ch++)
		KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH1(ch), edma_test_cb, NULL,
							 EVENTQ_0), CH1(ch));
	edma_free_channel(CH1(19));
	edma_assign_channel_eventq(CH1(20), EVENTQ_0);
	for (ch = 16; ch < 24; ch++) {
		KUNIT_EXPECT_EQ(test, edma_test_bit(1, EDMA3_DRAE(0), ch), ch != 19);
		KUNIT_EXPECT_EQ(test, edma_test_chbit(1, EDMA3_IER, ch), ch != 19);
		KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(1, ch), 0u);
	}
	KUNIT_EXPECT_EQ(test, host_locks_held(), 0u);
}

static void freed_slave_map_channel_is_not_handed_out_by_any(
	struct kunit *test)
{
	int ch;

	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(14), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(14));
	edma_free_channel(CH0(14));
	while ((ch = edma_alloc_channel(EDMA_CHANNEL_ANY, NULL, NULL,
					EVENTQ_DEFAULT)) >= 0 &&
	       EDMA_CTLR(ch) == 0)
		KUNIT_EXPECT_NE(test, ch, CH0(14));
}

static struct kunit_case edma_regress_cases[] = {
	KUNIT_CASE(old_bug_01_cc1_callback_gets_the_controller_bits),
	KUNIT_CASE(old_bug_02_freeing_a_cc1_channel_leaves_cc0_alone),
	KUNIT_CASE(old_bug_03_each_line_services_its_own_controller),
	KUNIT_CASE(old_bug_04_no_callback_after_stop),
	KUNIT_CASE(old_bug_05_failed_cont_slot_request_leaves_no_stray_bits),
	KUNIT_CASE(old_bug_06_missing_controllers_are_rejected),
	KUNIT_CASE(old_bug_07_bad_slot_reads_are_defined),
	KUNIT_CASE(old_bug_08_double_frees_are_refused),
	KUNIT_CASE(old_bug_09_negative_src_index_keeps_the_dest_half),
	KUNIT_CASE(old_bug_10_clean_channel_leaves_ccerr_alone),
	KUNIT_CASE(old_bug_11_queue_and_tc_errors_reach_the_clients),
	KUNIT_CASE(old_bug_12_probe_keeps_the_dsp_regions),
	KUNIT_CASE(old_bug_17_register_updates_keep_the_neighbours_bits),
	KUNIT_CASE(freed_slave_map_channel_is_not_handed_out_by_any),
	{}
};

static struct kunit_suite edma_regress_suite = {
	.name = "edma_regress",
	.init = edma_test_init_da850,
	.exit = edma_test_exit,
	.test_cases = edma_regress_cases,
};

kunit_test_suite(edma_regress_suite);
