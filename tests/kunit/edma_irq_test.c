// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: completion and error interrupts of the private EDMA API, on a
 * simulated DA850 (CC0: ccint 11, ccerr 12, TC errors 13/32; CC1: ccint 93,
 * ccerr 94, TC error 95) and on a 64-channel DM644x controller.
 */
#include <kunit/test.h>
#include <linux/ioport.h>
#include <linux/irqflags.h>
#include <linux/platform_device.h>

#include "edma_test_util.h"

#define CH0(n)	EDMA_CTLR_CHAN(0, n)
#define CH1(n)	EDMA_CTLR_CHAN(1, n)

static u64 irq_handled(unsigned int irq)
{
	struct host_irq_stats st;

	host_irq_get_stats(irq, &st);
	return st.handled;
}

static u64 irq_none(unsigned int irq)
{
	struct host_irq_stats st;

	host_irq_get_stats(irq, &st);
	return st.none;
}

/* Allocate channel ch (by number) with edma_test_cb and a one-shot copy. */
static void setup_copy(struct kunit *test, unsigned int ch,
		       enum dma_event_q q, struct edma_test_buf *src,
		       struct edma_test_buf *dst, size_t len, u8 seed)
{
	edma_test_buf_alloc(test, src, len, seed);
	edma_test_buf_alloc(test, dst, len, 0);
	memset(dst->cpu, 0, len);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(ch, edma_test_cb, dst, q), (int)ch);
	edma_test_program_copy(ch, src, dst, len, EDMA_CHAN_SLOT(ch));
}

/* ---- completions ------------------------------------------------------- */

static void completion_on_cc1_reports_the_controller_in_the_handle(
	struct kunit *test)
{
	struct edma_test_buf src, dst;

	setup_copy(test, CH1(5), EVENTQ_DEFAULT, &src, &dst, 64, 0x51);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH1(5)), 0);
	host_irq_poll();
	KUNIT_ASSERT_EQ(test, edma_test_log.n, 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log.ev[0].ch, (unsigned int)CH1(5));
	KUNIT_EXPECT_EQ(test, edma_test_log.ev[0].status, (u16)EDMA_DMA_COMPLETE);
	KUNIT_EXPECT_PTR_EQ(test, edma_test_log.ev[0].data, (void *)&dst);
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, 64, 0x51));
}

static void completion_interrupt_returns_irq_handled(struct kunit *test)
{
	struct edma_test_buf src, dst;
	u64 before = irq_handled(11);

	setup_copy(test, CH0(20), EVENTQ_DEFAULT, &src, &dst, 16, 0x52);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(20)), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, irq_handled(11), before + 1);
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_IPR, 20));
}

static void completions_in_one_interrupt_arrive_in_channel_order(
	struct kunit *test)
{
	struct edma_test_buf s1, d1, s2, d2, s3, d3;
	u64 before = irq_handled(11);

	setup_copy(test, CH0(7), EVENTQ_DEFAULT, &s1, &d1, 16, 1);
	setup_copy(test, CH0(21), EVENTQ_DEFAULT, &s2, &d2, 16, 2);
	setup_copy(test, CH0(29), EVENTQ_DEFAULT, &s3, &d3, 16, 3);
	local_irq_disable();
	edma_trigger_channel(CH0(29));
	edma_trigger_channel(CH0(7));
	edma_trigger_channel(CH0(21));
	local_irq_enable();
	host_irq_poll();
	KUNIT_ASSERT_EQ(test, edma_test_log.n, 3u);
	KUNIT_EXPECT_EQ(test, edma_test_log.ev[0].ch, (unsigned int)CH0(7));
	KUNIT_EXPECT_EQ(test, edma_test_log.ev[1].ch, (unsigned int)CH0(21));
	KUNIT_EXPECT_EQ(test, edma_test_log.ev[2].ch, (unsigned int)CH0(29));
	KUNIT_EXPECT_EQ(test, irq_handled(11), before + 1);
}

static void spurious_completion_interrupt_returns_irq_none(
	struct kunit *test)
{
	u64 none = irq_none(11);

	host_irq_raise(11);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, irq_none(11), none + 1);
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 0u);
}

static void spurious_error_interrupt_returns_irq_none(struct kunit *test)
{
	u64 none = irq_none(94);

	host_irq_raise(94);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, irq_none(94), none + 1);
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 0u);
}

static void completion_without_callback_is_not_reported(struct kunit *test)
{
	struct edma_test_buf src, dst;
	u64 none = irq_none(11), handled = irq_handled(11);

	edma_test_buf_alloc(test, &src, 16, 0x53);
	edma_test_buf_alloc(test, &dst, 16, 0);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(20), NULL, NULL,
						 EVENTQ_DEFAULT), CH0(20));
	edma_test_program_copy(CH0(20), &src, &dst, 16, 20);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(20)), 0);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, 16, 0x53));
	KUNIT_EXPECT_TRUE(test, edma_test_chbit(0, EDMA3_IPR, 20));
	KUNIT_EXPECT_EQ(test, irq_none(11), none);
	KUNIT_EXPECT_EQ(test, irq_handled(11), handled);
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 0u);
}

static void completion_goes_to_the_channel_named_by_tcc(struct kunit *test)
{
	struct edma_test_buf src, dst;

	setup_copy(test, CH0(20), EVENTQ_DEFAULT, &src, &dst, 16, 0x54);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(22), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(22));
	edma_test_program_copy(CH0(20), &src, &dst, 16, 22);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(20)), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(22), EDMA_DMA_COMPLETE), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(20), EDMA_DMA_COMPLETE), 0u);
}

static struct edma_test_buf reentry_src, reentry_dst;

/* From hard-IRQ context: start the second transfer. */
static void start_next_cb(unsigned int ch, u16 status, void *data)
{
	edma_test_cb(ch, status, data);
	if (status == EDMA_DMA_COMPLETE && data)
		edma_trigger_channel((unsigned int)(uintptr_t)data);
}

static void callback_may_start_another_transfer(struct kunit *test)
{
	struct edma_test_buf s1, d1;

	edma_test_buf_alloc(test, &s1, 32, 0x55);
	edma_test_buf_alloc(test, &d1, 32, 0);
	setup_copy(test, CH0(21), EVENTQ_DEFAULT, &reentry_src, &reentry_dst,
		   32, 0x56);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(20), start_next_cb,
						 (void *)(uintptr_t)CH0(21),
						 EVENTQ_DEFAULT), CH0(20));
	edma_test_program_copy(CH0(20), &s1, &d1, 32, 20);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(20)), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(20), EDMA_DMA_COMPLETE), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(21), EDMA_DMA_COMPLETE), 1u);
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&reentry_dst, 32, 0x56));
	KUNIT_EXPECT_EQ(test, host_locks_held(), 0u);
}

static void chained_transfer_fires_the_second_channels_callback(
	struct kunit *test)
{
	struct edma_test_buf s1, d1, s2, d2;
	struct edmacc_param p;

	setup_copy(test, CH0(20), EVENTQ_DEFAULT, &s1, &d1, 32, 0x57);
	setup_copy(test, CH0(22), EVENTQ_DEFAULT, &s2, &d2, 32, 0x58);
	edma_test_copy_param(&p, s1.dma, d1.dma, 32, 1, 22);
	p.opt &= ~TCINTEN;
	p.opt |= TCCHEN;
	edma_write_slot(CH0(20), &p);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(20)), 0);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&d1, 32, 0x57));
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&d2, 32, 0x58));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(22), EDMA_DMA_COMPLETE), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(20), EDMA_DMA_COMPLETE), 0u);
}

/* ---- errors ------------------------------------------------------------ */

static void missed_event_reports_cc_error_to_that_channel_only(
	struct kunit *test)
{
	struct edma_test_buf s1, d1, s2, d2;

	setup_copy(test, CH0(14), EVENTQ_1, &s1, &d1, 16, 0x61);
	setup_copy(test, CH0(15), EVENTQ_1, &s2, &d2, 16, 0x62);
	KUNIT_ASSERT_EQ(test, edma_start(CH0(14)), 0);
	KUNIT_ASSERT_EQ(test, edma_start(CH0(15)), 0);
	edma3_tc_stall(edma_test_cc(0), 1, true);
	edma3_event(edma_test_cc(0), 14);
	edma3_event(edma_test_cc(0), 14);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(14), EDMA_DMA_CC_ERROR), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 1u);
	KUNIT_EXPECT_FALSE(test, edma_test_bit(0, EDMA3_EMR, 14));
}

/*
 * A freed channel keeps no callback: events that still reach it (the
 * peripheral did not stop) raise a missed event that the handler clears
 * without calling the client that freed it, whose data may be gone.
 */
static void missed_event_on_a_freed_channel_reaches_nobody(
	struct kunit *test)
{
	struct edma_test_buf s1, d1;

	setup_copy(test, CH0(14), EVENTQ_1, &s1, &d1, 16, 0x63);
	KUNIT_ASSERT_EQ(test, edma_start(CH0(14)), 0);
	edma_free_channel(CH0(14));
	edma3_tc_stall(edma_test_cc(0), 1, true);
	edma3_event(edma_test_cc(0), 14);
	edma3_event(edma_test_cc(0), 14);
	KUNIT_ASSERT_TRUE(test, edma_test_bit(0, EDMA3_EMR, 14));
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 0u);
	KUNIT_EXPECT_FALSE(test, edma_test_bit(0, EDMA3_EMR, 14));
}

static void event_on_a_null_set_reports_cc_error(struct kunit *test)
{
	int ch;

	ch = edma_alloc_channel(EDMA_CHANNEL_ANY, edma_test_cb, NULL, EVENTQ_DEFAULT);
	KUNIT_ASSERT_GE(test, ch, 0);
	/* the dummy set links to NULL: the second trigger hits a null set */
	KUNIT_ASSERT_EQ(test, edma_start(ch), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 0u);
	KUNIT_ASSERT_EQ(test, edma_start(ch), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(ch, EDMA_DMA_CC_ERROR), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 1u);
}

static void missed_event_handling_unblocks_the_channel(struct kunit *test)
{
	struct edma_test_buf src, dst;
	int ch;

	ch = edma_alloc_channel(EDMA_CHANNEL_ANY, edma_test_cb, NULL, EVENTQ_DEFAULT);
	KUNIT_ASSERT_GE(test, ch, 0);
	KUNIT_ASSERT_EQ(test, edma_start(ch), 0);
	KUNIT_ASSERT_EQ(test, edma_start(ch), 0);
	host_irq_poll();
	KUNIT_ASSERT_EQ(test, edma_test_log_count(ch, EDMA_DMA_CC_ERROR), 1u);
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_SER, EDMA_CHAN_SLOT(ch)));
	KUNIT_EXPECT_FALSE(test, edma_test_bit(0, EDMA3_EMR, EDMA_CHAN_SLOT(ch)));

	edma_test_buf_alloc(test, &src, 16, 0x63);
	edma_test_buf_alloc(test, &dst, 16, 0);
	edma_test_program_copy(ch, &src, &dst, 16, EDMA_CHAN_SLOT(ch));
	KUNIT_ASSERT_EQ(test, edma_start(ch), 0);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, 16, 0x63));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(ch, EDMA_DMA_COMPLETE), 1u);
}

static void queue_threshold_reports_queue_error_to_that_queues_channels(
	struct kunit *test)
{
	struct edma_test_buf s[3], d[3];

	setup_copy(test, CH0(20), EVENTQ_0, &s[0], &d[0], 16, 1);
	setup_copy(test, CH0(21), EVENTQ_0, &s[1], &d[1], 16, 2);
	setup_copy(test, CH0(22), EVENTQ_1, &s[2], &d[2], 16, 3);
	/* queue 0 signals at two entries */
	edma3_write(edma_test_cc(0), EDMA3_QWMTHRA,
		    (edma_test_reg(0, EDMA3_QWMTHRA) & ~0x1fu) | 2);
	edma3_tc_stall(edma_test_cc(0), 0, true);
	edma_trigger_channel(CH0(20));
	edma_trigger_channel(CH0(21));
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(20), EDMA_DMA_QUEUE_ERROR), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(21), EDMA_DMA_QUEUE_ERROR), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(22), EDMA_DMA_QUEUE_ERROR), 0u);
	KUNIT_EXPECT_EQ(test, edma_test_reg(0, EDMA3_CCERR) & 1, 0u);
}

static void full_queue_reports_queue_error(struct kunit *test)
{
	unsigned int n, got = 0;
	int ch[16];

	/* sixteen manual channels on queue 1, whose TC does not move */
	for (n = 0; n < 16; n++) {
		ch[n] = edma_alloc_channel(EDMA_CHANNEL_ANY, edma_test_cb, NULL,
					   EVENTQ_1);
		KUNIT_ASSERT_GE(test, ch[n], 0);
		KUNIT_ASSERT_EQ(test, EDMA_CTLR(ch[n]), 0);
	}
	edma3_tc_stall(edma_test_cc(0), 1, true);
	local_irq_disable();
	for (n = 0; n < 16; n++)
		edma_trigger_channel(ch[n]);
	local_irq_enable();
	host_irq_poll();
	for (n = 0; n < 16; n++)
		got += edma_test_log_count(ch[n], EDMA_DMA_QUEUE_ERROR);
	KUNIT_EXPECT_EQ(test, got, 16u);
}

static void tc_error_reports_tc_error_to_the_failing_channel(
	struct kunit *test)
{
	struct edma_test_buf s1, d1, s2, d2;

	setup_copy(test, CH0(20), EVENTQ_1, &s1, &d1, 16, 0x64);
	setup_copy(test, CH0(21), EVENTQ_1, &s2, &d2, 16, 0x65);
	edma3_inject_tc_error(edma_test_cc(0), 1, 1);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(21)), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(21), EDMA_DMA_TC_ERROR), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(21), EDMA_DMA_COMPLETE), 0u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(20), EDMA_DMA_TC_ERROR), 0u);
	KUNIT_EXPECT_EQ(test, edma3_tc_read(edma_test_cc(0), 1, EDMA3_TC_ERRSTAT), 0u);
}

static void transfer_to_an_unmapped_address_reports_tc_error(
	struct kunit *test)
{
	struct edma_test_buf src, dst;
	struct edmacc_param p;

	setup_copy(test, CH0(20), EVENTQ_0, &src, &dst, 16, 0x66);
	edma_test_copy_param(&p, src.dma, 0x10000000, 16, 1, 20);
	edma_write_slot(CH0(20), &p);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(20)), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(20), EDMA_DMA_TC_ERROR), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(20), EDMA_DMA_COMPLETE), 0u);
}

static void tc_error_on_cc1_reaches_the_cc1_channel(struct kunit *test)
{
	struct edma_test_buf src, dst;

	setup_copy(test, CH1(20), EVENTQ_0, &src, &dst, 16, 0x67);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(20), edma_test_cb, NULL,
						 EVENTQ_0), CH0(20));
	edma3_inject_tc_error(edma_test_cc(1), 0, 1);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH1(20)), 0);
	host_irq_poll();
	KUNIT_ASSERT_EQ(test, edma_test_log.n, 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log.ev[0].ch, (unsigned int)CH1(20));
	KUNIT_EXPECT_EQ(test, edma_test_log.ev[0].status, (u16)EDMA_DMA_TC_ERROR);
}

static void transfer_after_a_tc_error_completes(struct kunit *test)
{
	struct edma_test_buf src, dst;

	setup_copy(test, CH0(20), EVENTQ_1, &src, &dst, 16, 0x68);
	edma3_inject_tc_error(edma_test_cc(0), 1, 1);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(20)), 0);
	host_irq_poll();
	KUNIT_ASSERT_EQ(test, edma_test_log_count(CH0(20), EDMA_DMA_TC_ERROR), 1u);
	edma_test_program_copy(CH0(20), &src, &dst, 16, 20);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(20)), 0);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, 16, 0x68));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(20), EDMA_DMA_COMPLETE), 1u);
}

static struct kunit_case edma_irq_cases[] = {
	KUNIT_CASE(completion_on_cc1_reports_the_controller_in_the_handle),
	KUNIT_CASE(completion_interrupt_returns_irq_handled),
	KUNIT_CASE(completions_in_one_interrupt_arrive_in_channel_order),
	KUNIT_CASE(spurious_completion_interrupt_returns_irq_none),
	KUNIT_CASE(spurious_error_interrupt_returns_irq_none),
	KUNIT_CASE(completion_without_callback_is_not_reported),
	KUNIT_CASE(completion_goes_to_the_channel_named_by_tcc),
	KUNIT_CASE(callback_may_start_another_transfer),
	KUNIT_CASE(chained_transfer_fires_the_second_channels_callback),
	KUNIT_CASE(missed_event_reports_cc_error_to_that_channel_only),
	KUNIT_CASE(missed_event_on_a_freed_channel_reaches_nobody),
	KUNIT_CASE(event_on_a_null_set_reports_cc_error),
	KUNIT_CASE(missed_event_handling_unblocks_the_channel),
	KUNIT_CASE(queue_threshold_reports_queue_error_to_that_queues_channels),
	KUNIT_CASE(full_queue_reports_queue_error),
	KUNIT_CASE(tc_error_reports_tc_error_to_the_failing_channel),
	KUNIT_CASE(transfer_to_an_unmapped_address_reports_tc_error),
	KUNIT_CASE(tc_error_on_cc1_reaches_the_cc1_channel),
	KUNIT_CASE(transfer_after_a_tc_error_completes),
	{}
};

static struct kunit_suite edma_irq_suite = {
	.name = "edma_irq",
	.init = edma_test_init_da850,
	.exit = edma_test_exit,
	.test_cases = edma_irq_cases,
};

/* ---- a 64-channel controller: both banks ------------------------------- */

static struct edma_soc_info dm644x_info = {
	.default_queue = EVENTQ_1,
};

static int irq64_init(struct kunit *test)
{
	static const struct resource res[] = {
		DEFINE_RES_MEM_NAMED(0x01c00000, 0x10000, "edma3_cc"),
		DEFINE_RES_IRQ_NAMED(16, "edma3_ccint"),
		DEFINE_RES_IRQ_NAMED(17, "edma3_ccerrint"),
	};
	struct platform_device *pdev;
	int ret;

	ret = edma_test_setup_bare(&board_dm644x);
	if (ret)
		return ret;
	pdev = host_platform_device_create("edma", 0, res, ARRAY_SIZE(res),
					   &dm644x_info, sizeof(dm644x_info));
	if (IS_ERR(pdev)) {
		edma_test_teardown();
		return PTR_ERR(pdev);
	}
	return 0;
}

static void both_banks_complete_in_one_interrupt(struct kunit *test)
{
	struct edma_test_buf s1, d1, s2, d2;
	u64 before = irq_handled(16);

	setup_copy(test, CH0(3), EVENTQ_DEFAULT, &s1, &d1, 32, 0x71);
	setup_copy(test, CH0(40), EVENTQ_DEFAULT, &s2, &d2, 32, 0x72);
	local_irq_disable();
	edma_trigger_channel(CH0(40));
	edma_trigger_channel(CH0(3));
	local_irq_enable();
	host_irq_poll();
	KUNIT_ASSERT_EQ(test, edma_test_log.n, 2u);
	KUNIT_EXPECT_EQ(test, edma_test_log.ev[0].ch, (unsigned int)CH0(3));
	KUNIT_EXPECT_EQ(test, edma_test_log.ev[1].ch, (unsigned int)CH0(40));
	KUNIT_EXPECT_EQ(test, irq_handled(16), before + 1);
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&d1, 32, 0x71));
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&d2, 32, 0x72));
}

static void high_bank_completion_alone_is_reported(struct kunit *test)
{
	struct edma_test_buf src, dst;

	setup_copy(test, CH0(63), EVENTQ_DEFAULT, &src, &dst, 32, 0x73);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(63)), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(63), EDMA_DMA_COMPLETE), 1u);
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_IPR, 63));
}

static void high_bank_missed_event_reports_cc_error(struct kunit *test)
{
	int ch;

	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(45), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(45));
	ch = CH0(45);
	edma_trigger_channel(ch);
	edma_trigger_channel(ch);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(ch, EDMA_DMA_CC_ERROR), 1u);
	KUNIT_EXPECT_FALSE(test, edma_test_bit(0, EDMA3_EMR, 45));
}

static void high_bank_channel_any_reaches_past_32(struct kunit *test)
{
	unsigned int n;
	int ch = -1;

	for (n = 0; n < 64; n++) {
		ch = edma_alloc_channel(EDMA_CHANNEL_ANY, NULL, NULL,
					EVENTQ_DEFAULT);
		KUNIT_ASSERT_EQ(test, ch, (int)CH0(n));
	}
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(EDMA_CHANNEL_ANY, NULL, NULL,
						 EVENTQ_DEFAULT), -ENOMEM);
	KUNIT_EXPECT_TRUE(test, edma_test_bit(0, EDMA3_DRAE(0), 63));
}

static struct kunit_case edma_irq64_cases[] = {
	KUNIT_CASE(both_banks_complete_in_one_interrupt),
	KUNIT_CASE(high_bank_completion_alone_is_reported),
	KUNIT_CASE(high_bank_missed_event_reports_cc_error),
	KUNIT_CASE(high_bank_channel_any_reaches_past_32),
	{}
};

static struct kunit_suite edma_irq64_suite = {
	.name = "edma_irq64",
	.init = irq64_init,
	.exit = edma_test_exit,
	.test_cases = edma_irq64_cases,
};

kunit_test_suites(&edma_irq_suite, &edma_irq64_suite);
