// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: channel allocation and channel control of the private EDMA API
 * on a simulated DA850 (CC0: 32 channels, 2 TCs, default queue 1; CC1:
 * 32 channels, 1 TC, default queue 0), with and without the da850-evm
 * DSP reservations.
 */
#include <kunit/test.h>
#include <linux/irqflags.h>

#include "edma_test_util.h"

#define CH0(n)	EDMA_CTLR_CHAN(0, n)
#define CH1(n)	EDMA_CTLR_CHAN(1, n)

/* Channels of the DA850 slave maps: started by their peripheral event. */
static bool da850_cc0_event_chan(unsigned int ch)
{
	return ch <= 5 || (ch >= 14 && ch <= 19);
}

/* ---- allocation -------------------------------------------------------- */

static void alloc_channel_by_number_returns_its_handle(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH0(20), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(20));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH1(5), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH1(5));
}

static void alloc_channel_any_returns_first_channel_without_event(
	struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(EDMA_CHANNEL_ANY, edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(6));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(EDMA_CHANNEL_ANY, edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(7));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(EDMA_CHANNEL_ANY, edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(8));
}

static void alloc_channel_any_never_returns_a_slave_map_channel(
	struct kunit *test)
{
	int ch, n = 0;

	while ((ch = edma_alloc_channel(EDMA_CHANNEL_ANY, NULL, NULL,
					EVENTQ_DEFAULT)) >= 0) {
		if (EDMA_CTLR(ch) == 0)
			KUNIT_EXPECT_FALSE_MSG(test,
				da850_cc0_event_chan(EDMA_CHAN_SLOT(ch)),
				"got CC0 event channel %d", EDMA_CHAN_SLOT(ch));
		else
			KUNIT_EXPECT_FALSE_MSG(test,
				EDMA_CHAN_SLOT(ch) == 28 ||
				EDMA_CHAN_SLOT(ch) == 29,
				"got CC1 event channel %d", EDMA_CHAN_SLOT(ch));
		KUNIT_ASSERT_LT(test, ++n, 64);
	}
	/* 20 free channels on CC0 and 30 on CC1 */
	KUNIT_EXPECT_EQ(test, n, 50);
}

static void alloc_channel_any_exhausted_returns_enomem(struct kunit *test)
{
	int i;

	for (i = 0; i < 50; i++)
		KUNIT_ASSERT_GE(test, edma_alloc_channel(EDMA_CHANNEL_ANY, NULL,
							 NULL, EVENTQ_DEFAULT),
				0);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(EDMA_CHANNEL_ANY, NULL, NULL,
						 EVENTQ_DEFAULT), -ENOMEM);
}

static void alloc_channel_any_moves_on_to_the_next_controller(
	struct kunit *test)
{
	int i, ch;

	for (i = 0; i < 20; i++) {
		ch = edma_alloc_channel(EDMA_CHANNEL_ANY, NULL, NULL,
					EVENTQ_DEFAULT);
		KUNIT_ASSERT_EQ(test, EDMA_CTLR(ch), 0);
	}
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(EDMA_CHANNEL_ANY, NULL, NULL,
						 EVENTQ_DEFAULT), CH1(0));
}

/*
 * CC0 channel 20, allocated with no callback:
 *   before: DRAE0[20] = 0
 *   after:  DRAE0[20] = 1, PaRAM 20 = dummy (link 0xffff, ccnt 1), EER[20] = 0
 */
static void alloc_channel_gives_region0_and_a_dummy_set(struct kunit *test)
{
	KUNIT_ASSERT_FALSE(test, edma_test_bit(0, EDMA3_DRAE(0), 20));
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(20), NULL, NULL,
						 EVENTQ_DEFAULT), CH0(20));
	KUNIT_EXPECT_TRUE(test, edma_test_bit(0, EDMA3_DRAE(0), 20));
	KUNIT_EXPECT_TRUE(test, edma_test_param_is_dummy(0, 20));
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_EER, 20));
}

static void alloc_channel_with_callback_enables_its_interrupt(
	struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH1(3), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH1(3));
	KUNIT_EXPECT_TRUE(test, edma_test_chbit(1, EDMA3_IER, 3));
}

static void alloc_channel_without_callback_leaves_interrupt_off(
	struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH1(3), NULL, NULL,
						 EVENTQ_DEFAULT), CH1(3));
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(1, EDMA3_IER, 3));
}

static void alloc_channel_programs_the_requested_queue(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(21), NULL, NULL,
						 EVENTQ_0), CH0(21));
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 21), 0u);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(22), NULL, NULL,
						 EVENTQ_1), CH0(22));
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 22), 1u);
}

static void alloc_channel_default_queue_is_the_platform_default(
	struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(21), NULL, NULL,
						 EVENTQ_DEFAULT), CH0(21));
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 21), 1u);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH1(21), NULL, NULL,
						 EVENTQ_DEFAULT), CH1(21));
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(1, 21), 0u);
}

static void alloc_channel_with_missing_queue_returns_einval(
	struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH0(21), NULL, NULL,
						 EVENTQ_2), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH1(21), NULL, NULL,
						 EVENTQ_1), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(EDMA_CHANNEL_ANY, NULL, NULL,
						 EVENTQ_7), -EINVAL);
	/* nothing was taken */
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH0(21), NULL, NULL,
						 EVENTQ_DEFAULT), CH0(21));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(EDMA_CHANNEL_ANY, NULL, NULL,
						 EVENTQ_DEFAULT), CH0(6));
}

static void alloc_channel_on_missing_controller_returns_einval(
	struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(EDMA_CTLR_CHAN(7, 0), edma_test_cb,
						 NULL, EVENTQ_DEFAULT),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(EDMA_CTLR_CHAN(2, 1), edma_test_cb,
						 NULL, EVENTQ_DEFAULT),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(EDMA_CTLR_CHAN(0x7fff, 1),
						 edma_test_cb, NULL, EVENTQ_DEFAULT),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel((int)EDMA_CTLR_CHAN(0xffffu,
								     0),
						 edma_test_cb, NULL, EVENTQ_DEFAULT),
			-EINVAL);
}

static void alloc_channel_out_of_range_returns_einval(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH0(32), NULL, NULL,
						 EVENTQ_DEFAULT), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH1(0xffff), NULL, NULL,
						 EVENTQ_DEFAULT), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(-2, NULL, NULL,
						 EVENTQ_DEFAULT), -EINVAL);
}

static void alloc_channel_twice_returns_ebusy(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(14), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(14));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH0(14), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), -EBUSY);
}

static void alloc_channel_any_does_not_take_a_numbered_channel(
	struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(6), NULL, NULL,
						 EVENTQ_DEFAULT), CH0(6));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(EDMA_CHANNEL_ANY, NULL, NULL,
						 EVENTQ_DEFAULT), CH0(7));
}

/* ---- free -------------------------------------------------------------- */

static void free_channel_makes_it_allocatable_again(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(20), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(20));
	edma_free_channel(CH0(20));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH0(20), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(20));
}

static void free_channel_disables_interrupt_region_and_restores_dummy(
	struct kunit *test)
{
	struct edmacc_param p = { .opt = TCINTEN, .a_b_cnt = 0x10004,
				  .ccnt = 1, .link_bcntrld = 0xffff };

	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(20), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(20));
	edma_write_slot(CH0(20), &p);
	KUNIT_ASSERT_FALSE(test, edma_test_param_is_dummy(0, 20));
	KUNIT_ASSERT_EQ(test, edma_start(CH0(20)), 0);
	edma_free_channel(CH0(20));
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_IER, 20));
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_EER, 20));
	KUNIT_EXPECT_FALSE(test, edma_test_bit(0, EDMA3_DRAE(0), 20));
	KUNIT_EXPECT_TRUE(test, edma_test_param_is_dummy(0, 20));
}

static void free_channel_twice_frees_it_once(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH1(4), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH1(4));
	edma_free_channel(CH1(4));
	edma_free_channel(CH1(4));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH1(4), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH1(4));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH1(4), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), -EBUSY);
}

static void free_channel_on_a_slot_handle_changes_nothing(struct kunit *test)
{
	struct edmacc_param p = { .opt = 0x1234, .src = 0xc0000000,
				  .link_bcntrld = 0xffff, .ccnt = 1 };
	u32 before[8], after[8];

	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 64), CH0(64));
	edma_write_slot(CH0(64), &p);
	edma_test_param(0, 64, before);
	edma_free_channel(CH0(64));
	edma_test_param(0, 64, after);
	KUNIT_EXPECT_EQ(test, memcmp(before, after, sizeof(before)), 0);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 64), -EBUSY);
}

static void free_channel_on_missing_controller_is_harmless(
	struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(20), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(20));
	edma_free_channel(EDMA_CTLR_CHAN(7, 20));
	edma_free_channel(EDMA_CTLR_CHAN(0xffffu, 20));
	KUNIT_EXPECT_TRUE(test, edma_test_chbit(0, EDMA3_IER, 20));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH0(20), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), -EBUSY);
}

/* ---- start / stop ------------------------------------------------------ */

static void start_on_a_manual_channel_moves_the_bytes(struct kunit *test)
{
	struct edma_test_buf src, dst;
	int ch;

	edma_test_buf_alloc(test, &src, 256, 0x11);
	edma_test_buf_alloc(test, &dst, 256, 0);
	memset(dst.cpu, 0, 256);
	ch = edma_alloc_channel(EDMA_CHANNEL_ANY, edma_test_cb, &dst, EVENTQ_DEFAULT);
	KUNIT_ASSERT_GE(test, ch, 0);
	edma_test_program_copy(ch, &src, &dst, 256, EDMA_CHAN_SLOT(ch));
	KUNIT_EXPECT_EQ(test, edma_start(ch), 0);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, 256, 0x11));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(ch, EDMA_DMA_COMPLETE), 1u);
}

static void start_on_an_event_channel_waits_for_the_event(struct kunit *test)
{
	struct edma_test_buf src, dst;

	edma_test_buf_alloc(test, &src, 64, 0x22);
	edma_test_buf_alloc(test, &dst, 64, 0);
	memset(dst.cpu, 0, 64);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(14), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(14));
	edma_test_program_copy(CH0(14), &src, &dst, 64, 14);
	KUNIT_ASSERT_EQ(test, edma_start(CH0(14)), 0);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_is_zero(&dst, 64));
	KUNIT_EXPECT_TRUE(test, edma_test_chbit(0, EDMA3_EER, 14));
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 0u);

	edma3_event(edma_test_cc(0), 14);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, 64, 0x22));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(14), EDMA_DMA_COMPLETE), 1u);
}

static void start_clears_a_stale_event(struct kunit *test)
{
	struct edma_test_buf src, dst;

	edma_test_buf_alloc(test, &src, 64, 0x33);
	edma_test_buf_alloc(test, &dst, 64, 0);
	memset(dst.cpu, 0, 64);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(15), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(15));
	edma_test_program_copy(CH0(15), &src, &dst, 64, 15);
	/* an event from before the start, latched while the event was off */
	edma3_event(edma_test_cc(0), 15);
	KUNIT_ASSERT_TRUE(test, edma_test_chbit(0, EDMA3_ER, 15));
	KUNIT_ASSERT_EQ(test, edma_start(CH0(15)), 0);
	host_irq_poll();
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_ER, 15));
	KUNIT_EXPECT_TRUE(test, edma_test_buf_is_zero(&dst, 64));
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 0u);
}

static void start_on_unallocated_channel_returns_einval(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_start(CH0(20)), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_start(CH0(40)), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_start(EDMA_CTLR_CHAN(7, 1)), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_start(EDMA_CTLR_CHAN(0xffffu, 1)), -EINVAL);
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_EER, 20));
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_ESR, 20));
}

static void stop_disables_the_event(struct kunit *test)
{
	struct edma_test_buf src, dst;

	edma_test_buf_alloc(test, &src, 64, 0x44);
	edma_test_buf_alloc(test, &dst, 64, 0);
	memset(dst.cpu, 0, 64);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(16), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(16));
	edma_test_program_copy(CH0(16), &src, &dst, 64, 16);
	KUNIT_ASSERT_EQ(test, edma_start(CH0(16)), 0);
	edma_stop(CH0(16));
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_EER, 16));
	edma3_event(edma_test_cc(0), 16);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_is_zero(&dst, 64));
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 0u);
}

/*
 * A completion the handler has not serviced yet (interrupts off):
 *   before stop: IPR[ch] = 1, bytes landed
 *   after stop:  IPR[ch] = 0, no callback once interrupts are back on
 */
static void stop_drops_a_completion_not_yet_serviced(struct kunit *test)
{
	struct edma_test_buf src, dst;
	int ch;

	edma_test_buf_alloc(test, &src, 32, 0x55);
	edma_test_buf_alloc(test, &dst, 32, 0);
	ch = edma_alloc_channel(EDMA_CHANNEL_ANY, edma_test_cb, NULL, EVENTQ_DEFAULT);
	KUNIT_ASSERT_GE(test, ch, 0);
	edma_test_program_copy(ch, &src, &dst, 32, EDMA_CHAN_SLOT(ch));

	local_irq_disable();
	KUNIT_EXPECT_EQ(test, edma_start(ch), 0);
	KUNIT_EXPECT_TRUE(test, edma_test_chbit(0, EDMA3_IPR, EDMA_CHAN_SLOT(ch)));
	edma_stop(ch);
	local_irq_enable();
	host_irq_poll();

	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_IPR, EDMA_CHAN_SLOT(ch)));
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 0u);
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, 32, 0x55));
}

/* An AB-sync set of two frames: one frame per event. */
static void program_two_frames(unsigned int ch, const struct edma_test_buf *src,
			       const struct edma_test_buf *dst, u16 frame)
{
	struct edmacc_param p;

	edma_test_copy_param(&p, src->dma, dst->dma, frame, 1, EDMA_CHAN_SLOT(ch));
	p.ccnt = 2;
	p.src_dst_cidx = (u32)frame << 16 | frame;
	edma_write_slot(ch, &p);
}

static void pause_stops_servicing_events(struct kunit *test)
{
	struct edma_test_buf src, dst;

	edma_test_buf_alloc(test, &src, 64, 0x66);
	edma_test_buf_alloc(test, &dst, 64, 0);
	memset(dst.cpu, 0, 64);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(17), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(17));
	program_two_frames(CH0(17), &src, &dst, 32);
	KUNIT_ASSERT_EQ(test, edma_start(CH0(17)), 0);
	edma3_event(edma_test_cc(0), 17);
	KUNIT_ASSERT_TRUE(test, edma_test_buf_matches(&dst, 32, 0x66));

	edma_pause(CH0(17));
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_EER, 17));
	edma3_event(edma_test_cc(0), 17);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_chbit(0, EDMA3_ER, 17));
	KUNIT_EXPECT_TRUE(test, edma_test_buf_is_zero(&(struct edma_test_buf){
		.cpu = dst.cpu + 32 }, 32));
}

static void resume_services_the_event_latched_while_paused(
	struct kunit *test)
{
	struct edma_test_buf src, dst;

	edma_test_buf_alloc(test, &src, 64, 0x77);
	edma_test_buf_alloc(test, &dst, 64, 0);
	memset(dst.cpu, 0, 64);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(18), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(18));
	program_two_frames(CH0(18), &src, &dst, 32);
	KUNIT_ASSERT_EQ(test, edma_start(CH0(18)), 0);
	edma3_event(edma_test_cc(0), 18);
	edma_pause(CH0(18));
	edma3_event(edma_test_cc(0), 18);
	KUNIT_ASSERT_TRUE(test, edma_test_buf_is_zero(&(struct edma_test_buf){
		.cpu = dst.cpu + 32 }, 32));

	edma_resume(CH0(18));
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_chbit(0, EDMA3_EER, 18));
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, 64, 0x77));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(18), EDMA_DMA_COMPLETE), 1u);
}

static void clear_event_drops_a_latched_event(struct kunit *test)
{
	struct edma_test_buf src, dst;

	edma_test_buf_alloc(test, &src, 64, 0x12);
	edma_test_buf_alloc(test, &dst, 64, 0);
	memset(dst.cpu, 0, 64);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(19), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(19));
	edma_test_program_copy(CH0(19), &src, &dst, 64, 19);
	KUNIT_ASSERT_EQ(test, edma_start(CH0(19)), 0);
	edma_pause(CH0(19));
	edma3_event(edma_test_cc(0), 19);
	KUNIT_ASSERT_TRUE(test, edma_test_chbit(0, EDMA3_ER, 19));
	edma_clear_event(CH0(19));
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_ER, 19));
	edma_resume(CH0(19));
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_is_zero(&dst, 64));
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 0u);
}

static void trigger_channel_runs_an_event_channel_once(struct kunit *test)
{
	struct edma_test_buf src, dst;

	edma_test_buf_alloc(test, &src, 48, 0x13);
	edma_test_buf_alloc(test, &dst, 48, 0);
	memset(dst.cpu, 0, 48);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH1(28), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH1(28));
	edma_test_program_copy(CH1(28), &src, &dst, 48, 28);
	KUNIT_EXPECT_EQ(test, edma_trigger_channel(CH1(28)), 0);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, 48, 0x13));
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(1, EDMA3_EER, 28));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH1(28), EDMA_DMA_COMPLETE), 1u);
}

static void trigger_channel_on_unallocated_channel_returns_einval(
	struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_trigger_channel(CH1(28)), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_trigger_channel(EDMA_CTLR_CHAN(7, 0)),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, edma_trigger_channel(CH0(64)), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma3_get_stats(edma_test_cc(1))->manual_triggers, 0u);
}

static void clean_channel_clears_missed_and_secondary_events(
	struct kunit *test)
{
	struct edma_test_buf src, dst;

	edma_test_buf_alloc(test, &src, 32, 0x14);
	edma_test_buf_alloc(test, &dst, 32, 0);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(14), edma_test_cb, NULL,
						 EVENTQ_1), CH0(14));
	edma_test_program_copy(CH0(14), &src, &dst, 32, 14);
	KUNIT_ASSERT_EQ(test, edma_start(CH0(14)), 0);
	edma3_tc_stall(edma_test_cc(0), 1, true);

	local_irq_disable();
	edma3_event(edma_test_cc(0), 14);
	edma3_event(edma_test_cc(0), 14);
	KUNIT_EXPECT_TRUE(test, edma_test_bit(0, EDMA3_EMR, 14));
	KUNIT_EXPECT_TRUE(test, edma_test_chbit(0, EDMA3_SER, 14));
	edma_clean_channel(CH0(14));
	KUNIT_EXPECT_FALSE(test, edma_test_bit(0, EDMA3_EMR, 14));
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_SER, 14));
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_ER, 14));
	local_irq_enable();
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(14), EDMA_DMA_CC_ERROR), 0u);
}

/* ---- queues ------------------------------------------------------------ */

static void assign_channel_eventq_moves_the_channel(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(20), NULL, NULL,
						 EVENTQ_1), CH0(20));
	edma_assign_channel_eventq(CH0(20), EVENTQ_0);
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 20), 0u);
	edma_assign_channel_eventq(CH0(20), EVENTQ_1);
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 20), 1u);
}

static void assign_channel_eventq_default_is_the_platform_default(
	struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(20), NULL, NULL,
						 EVENTQ_0), CH0(20));
	edma_assign_channel_eventq(CH0(20), EVENTQ_DEFAULT);
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 20), 1u);
}

static void assign_channel_eventq_to_missing_queue_is_ignored(
	struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(20), NULL, NULL,
						 EVENTQ_0), CH0(20));
	edma_assign_channel_eventq(CH0(20), EVENTQ_2);
	edma_assign_channel_eventq(CH0(20), (enum dma_event_q)-5);
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 20), 0u);
}

/*
 * DMAQNUM2 holds channels 16..23, a nibble each; channels 20..23 on Q1:
 *   before: 20:1 21:1 22:1 23:1
 *   after:  20:1 21:0 22:1 23:1   (21 moved to Q0; 22 moved there and back)
 */
static void assign_channel_eventq_keeps_the_neighbours_queues(
	struct kunit *test)
{
	unsigned int ch;

	for (ch = 20; ch < 24; ch++)
		KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(ch), NULL, NULL,
							 EVENTQ_1), CH0(ch));
	edma_assign_channel_eventq(CH0(21), EVENTQ_0);
	edma_assign_channel_eventq(CH0(22), EVENTQ_0);
	edma_assign_channel_eventq(CH0(22), EVENTQ_1);
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 20), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 21), 0u);
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 22), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 23), 1u);
}

static void assign_channel_eventq_on_unallocated_channel_is_ignored(
	struct kunit *test)
{
	unsigned int q = edma_test_dmaqnum(0, 20);

	edma_assign_channel_eventq(CH0(20), q ? EVENTQ_0 : EVENTQ_1);
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 20), q);
}

static void transfer_runs_on_the_tc_of_its_queue(struct kunit *test)
{
	const struct edma3_stats *st = edma3_get_stats(edma_test_cc(0));
	struct edma_test_buf src, dst;
	u64 tc0, tc1;
	int ch;

	edma_test_buf_alloc(test, &src, 16, 0x15);
	edma_test_buf_alloc(test, &dst, 16, 0);
	ch = edma_alloc_channel(EDMA_CHANNEL_ANY, edma_test_cb, NULL, EVENTQ_0);
	KUNIT_ASSERT_GE(test, ch, 0);
	edma_test_program_copy(ch, &src, &dst, 16, EDMA_CHAN_SLOT(ch));
	tc0 = st->trs_per_tc[0];
	tc1 = st->trs_per_tc[1];
	KUNIT_ASSERT_EQ(test, edma_start(ch), 0);
	KUNIT_EXPECT_EQ(test, st->trs_per_tc[0], tc0 + 1);
	KUNIT_EXPECT_EQ(test, st->trs_per_tc[1], tc1);

	edma_assign_channel_eventq(ch, EVENTQ_1);
	edma_test_program_copy(ch, &src, &dst, 16, EDMA_CHAN_SLOT(ch));
	KUNIT_ASSERT_EQ(test, edma_start(ch), 0);
	KUNIT_EXPECT_EQ(test, st->trs_per_tc[1], tc1 + 1);
}

static struct kunit_case edma_api_cases[] = {
	KUNIT_CASE(alloc_channel_by_number_returns_its_handle),
	KUNIT_CASE(alloc_channel_any_returns_first_channel_without_event),
	KUNIT_CASE(alloc_channel_any_never_returns_a_slave_map_channel),
	KUNIT_CASE(alloc_channel_any_exhausted_returns_enomem),
	KUNIT_CASE(alloc_channel_any_moves_on_to_the_next_controller),
	KUNIT_CASE(alloc_channel_gives_region0_and_a_dummy_set),
	KUNIT_CASE(alloc_channel_with_callback_enables_its_interrupt),
	KUNIT_CASE(alloc_channel_without_callback_leaves_interrupt_off),
	KUNIT_CASE(alloc_channel_programs_the_requested_queue),
	KUNIT_CASE(alloc_channel_default_queue_is_the_platform_default),
	KUNIT_CASE(alloc_channel_with_missing_queue_returns_einval),
	KUNIT_CASE(alloc_channel_on_missing_controller_returns_einval),
	KUNIT_CASE(alloc_channel_out_of_range_returns_einval),
	KUNIT_CASE(alloc_channel_twice_returns_ebusy),
	KUNIT_CASE(alloc_channel_any_does_not_take_a_numbered_channel),
	KUNIT_CASE(free_channel_makes_it_allocatable_again),
	KUNIT_CASE(free_channel_disables_interrupt_region_and_restores_dummy),
	KUNIT_CASE(free_channel_twice_frees_it_once),
	KUNIT_CASE(free_channel_on_a_slot_handle_changes_nothing),
	KUNIT_CASE(free_channel_on_missing_controller_is_harmless),
	KUNIT_CASE(start_on_a_manual_channel_moves_the_bytes),
	KUNIT_CASE(start_on_an_event_channel_waits_for_the_event),
	KUNIT_CASE(start_clears_a_stale_event),
	KUNIT_CASE(start_on_unallocated_channel_returns_einval),
	KUNIT_CASE(stop_disables_the_event),
	KUNIT_CASE(stop_drops_a_completion_not_yet_serviced),
	KUNIT_CASE(pause_stops_servicing_events),
	KUNIT_CASE(resume_services_the_event_latched_while_paused),
	KUNIT_CASE(clear_event_drops_a_latched_event),
	KUNIT_CASE(trigger_channel_runs_an_event_channel_once),
	KUNIT_CASE(trigger_channel_on_unallocated_channel_returns_einval),
	KUNIT_CASE(clean_channel_clears_missed_and_secondary_events),
	KUNIT_CASE(assign_channel_eventq_moves_the_channel),
	KUNIT_CASE(assign_channel_eventq_default_is_the_platform_default),
	KUNIT_CASE(assign_channel_eventq_to_missing_queue_is_ignored),
	KUNIT_CASE(assign_channel_eventq_keeps_the_neighbours_queues),
	KUNIT_CASE(assign_channel_eventq_on_unallocated_channel_is_ignored),
	KUNIT_CASE(transfer_runs_on_the_tc_of_its_queue),
	{}
};

static struct kunit_suite edma_api_suite = {
	.name = "edma_api",
	.init = edma_test_init_da850,
	.exit = edma_test_exit,
	.test_cases = edma_api_cases,
};

/* ---- with the da850-evm DSP reservations -------------------------------- */

static bool da850_evm_cc0_rsv_chan(unsigned int ch)
{
	return (ch >= 8 && ch < 14) || (ch >= 24 && ch < 28) || ch >= 30;
}

static void alloc_reserved_channel_returns_ebusy(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH0(8), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), -EBUSY);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH0(31), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), -EBUSY);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH1(0), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), -EBUSY);
	KUNIT_EXPECT_FALSE(test, edma_test_bit(0, EDMA3_DRAE(0), 8));
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_IER, 8));
}

static void alloc_channel_any_skips_reserved_channels(struct kunit *test)
{
	static const unsigned int want[] = { 6, 7, 20, 21, 22, 23, 28, 29 };
	unsigned int i;
	int ch;

	for (i = 0; i < ARRAY_SIZE(want); i++) {
		ch = edma_alloc_channel(EDMA_CHANNEL_ANY, NULL, NULL,
					EVENTQ_DEFAULT);
		KUNIT_EXPECT_EQ(test, ch, CH0(want[i]));
		if (ch >= 0)
			KUNIT_EXPECT_FALSE(test, da850_evm_cc0_rsv_chan(
						   EDMA_CHAN_SLOT(ch)));
	}
	/* CC1 keeps nothing for Linux but its MMC events */
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(EDMA_CHANNEL_ANY, NULL, NULL,
						 EVENTQ_DEFAULT), -ENOMEM);
}

static void alloc_reserved_slot_returns_ebusy(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 40), -EBUSY);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 79), -EBUSY);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(1, 100), -EBUSY);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 80), CH0(80));
}

static void alloc_slot_any_skips_reserved_slots(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, EDMA_SLOT_ANY), CH0(80));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(1, EDMA_SLOT_ANY), CH1(120));
}

static void alloc_cont_slots_never_covers_reserved_slots(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0,
			EDMA_CONT_PARAMS_FIXED_EXACT, 78, 4), -EBUSY);
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0,
			EDMA_CONT_PARAMS_FIXED_NOT_EXACT, 32, 4), CH0(80));
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(1,
			EDMA_CONT_PARAMS_ANY, 0, 8), CH1(120));
}

static void write_to_reserved_slot_leaves_it_alone(struct kunit *test)
{
	struct edmacc_param p = { .opt = 1, .ccnt = 1 };
	u32 before[8], after[8];

	edma_test_param(0, 50, before);
	edma_write_slot(CH0(50), &p);
	edma_set_src(CH0(50), 0xc0000000, INCR, W8BIT);
	edma_link(CH0(50), CH0(50));
	edma_test_param(0, 50, after);
	KUNIT_EXPECT_EQ(test, memcmp(before, after, sizeof(before)), 0);
}

static void free_of_reserved_channel_leaves_it_alone(struct kunit *test)
{
	u32 drae = edma_test_reg(0, EDMA3_DRAE(0));
	u32 param[8], again[8];

	edma_test_param(0, 9, param);
	edma_free_channel(CH0(9));
	edma_stop(CH0(9));
	KUNIT_EXPECT_EQ(test, edma_test_reg(0, EDMA3_DRAE(0)), drae);
	edma_test_param(0, 9, again);
	KUNIT_EXPECT_EQ(test, memcmp(param, again, sizeof(param)), 0);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH0(9), NULL, NULL,
						 EVENTQ_DEFAULT), -EBUSY);
}

static struct kunit_case edma_api_dsp_cases[] = {
	KUNIT_CASE(alloc_reserved_channel_returns_ebusy),
	KUNIT_CASE(alloc_channel_any_skips_reserved_channels),
	KUNIT_CASE(alloc_reserved_slot_returns_ebusy),
	KUNIT_CASE(alloc_slot_any_skips_reserved_slots),
	KUNIT_CASE(alloc_cont_slots_never_covers_reserved_slots),
	KUNIT_CASE(write_to_reserved_slot_leaves_it_alone),
	KUNIT_CASE(free_of_reserved_channel_leaves_it_alone),
	{}
};

static struct kunit_suite edma_api_dsp_suite = {
	.name = "edma_api_dsp",
	.init = edma_test_init_da850_dsp,
	.exit = edma_test_exit,
	.test_cases = edma_api_dsp_cases,
};

kunit_test_suites(&edma_api_suite, &edma_api_dsp_suite);
