// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: PaRAM slots of the private EDMA API (allocation, contiguous runs)
 * and the PaRAM helpers, on a simulated DA850 without reservations (each
 * controller: 32 channels owning slots 0..31, free slots 32..127).
 */
#include <kunit/test.h>

#include "edma_test_util.h"

#define S0(n)	EDMA_CTLR_CHAN(0, n)
#define S1(n)	EDMA_CTLR_CHAN(1, n)
#define LINK_OF(slot)	(0x4000 + 32 * (slot))

static bool param_equal(const u32 a[8], const u32 b[8])
{
	return !memcmp(a, b, 8 * sizeof(u32));
}

/* A recognisable full set. */
static void sample_param(struct edmacc_param *p)
{
	p->opt = TCINTEN | EDMA_TCC(9) | SYNCDIM;
	p->src = 0xc0001000;
	p->a_b_cnt = 0x00030040;
	p->dst = 0xc0002000;
	p->src_dst_bidx = 0x00400040;
	p->link_bcntrld = 0x0003ffff;
	p->src_dst_cidx = 0x00c000c0;
	p->ccnt = 7;
}

/* ---- single slots ------------------------------------------------------ */

static void alloc_slot_by_number_returns_its_handle(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(1, 100), S1(100));
	KUNIT_EXPECT_TRUE(test, edma_test_param_is_dummy(1, 100));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 127), S0(127));
}

static void alloc_slot_any_starts_above_the_channels(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, EDMA_SLOT_ANY), S0(32));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, EDMA_SLOT_ANY), S0(33));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(1, EDMA_SLOT_ANY), S1(32));
	KUNIT_EXPECT_TRUE(test, edma_test_param_is_dummy(0, 33));
}

static void alloc_slot_any_skips_taken_slots(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 32), S0(32));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, EDMA_SLOT_ANY), S0(33));
}

static void alloc_slot_of_a_channel_returns_einval(struct kunit *test)
{
	u32 before[8], after[8];

	edma_test_param(0, 5, before);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 5), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 31), -EINVAL);
	edma_test_param(0, 5, after);
	KUNIT_EXPECT_TRUE(test, param_equal(before, after));
}

static void alloc_slot_beyond_the_param_returns_einval(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 128), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 0xffff), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, -2), -EINVAL);
}

static void alloc_slot_twice_returns_ebusy(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 90), S0(90));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 90), -EBUSY);
}

static void alloc_slot_on_missing_controller_returns_einval(
	struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(7, EDMA_SLOT_ANY), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(2, 40), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0xffff, EDMA_SLOT_ANY), -EINVAL);
}

static void alloc_slot_any_exhausted_returns_enomem(struct kunit *test)
{
	int i;

	for (i = 32; i < 128; i++)
		KUNIT_ASSERT_EQ(test, edma_alloc_slot(1, EDMA_SLOT_ANY), S1(i));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(1, EDMA_SLOT_ANY), -ENOMEM);
	/* the other controller is not affected */
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, EDMA_SLOT_ANY), S0(32));
}

static void free_slot_restores_the_dummy_and_allows_reuse(
	struct kunit *test)
{
	struct edmacc_param p;

	sample_param(&p);
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 40), S0(40));
	edma_write_slot(S0(40), &p);
	edma_free_slot(S0(40));
	KUNIT_EXPECT_TRUE(test, edma_test_param_is_dummy(0, 40));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 40), S0(40));
}

static void free_slot_twice_frees_it_once(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 41), S0(41));
	edma_free_slot(S0(41));
	edma_free_slot(S0(41));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 41), S0(41));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 41), -EBUSY);
}

static void free_slot_on_a_channel_handle_changes_nothing(struct kunit *test)
{
	struct edmacc_param p;
	u32 before[8], after[8];
	int ch;

	ch = edma_alloc_channel(EDMA_CHANNEL_ANY, NULL, NULL, EVENTQ_DEFAULT);
	KUNIT_ASSERT_GE(test, ch, 0);
	sample_param(&p);
	edma_write_slot(ch, &p);
	edma_test_param(0, EDMA_CHAN_SLOT(ch), before);
	edma_free_slot(ch);
	edma_test_param(0, EDMA_CHAN_SLOT(ch), after);
	KUNIT_EXPECT_TRUE(test, param_equal(before, after));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(ch, NULL, NULL,
						 EVENTQ_DEFAULT), -EBUSY);
}

static void free_slot_not_allocated_changes_nothing(struct kunit *test)
{
	u32 before[8], after[8];

	edma_test_param(0, 70, before);
	edma_free_slot(S0(70));
	edma_free_slot(S0(200));
	edma_free_slot(EDMA_CTLR_CHAN(7, 70));
	edma_test_param(0, 70, after);
	KUNIT_EXPECT_TRUE(test, param_equal(before, after));
}

/* ---- contiguous runs --------------------------------------------------- */

static void alloc_cont_slots_any_returns_a_run_of_dummies(struct kunit *test)
{
	int i;

	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0, EDMA_CONT_PARAMS_ANY,
						    0, 4), S0(32));
	for (i = 32; i < 36; i++) {
		KUNIT_EXPECT_TRUE(test, edma_test_param_is_dummy(0, i));
		KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, i), -EBUSY);
	}
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 36), S0(36));
}

static void alloc_cont_slots_any_skips_a_taken_slot(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 34), S0(34));
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0, EDMA_CONT_PARAMS_ANY,
						    0, 3), S0(35));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 32), S0(32));
}

static void alloc_cont_slots_fixed_exact_starts_at_the_slot(
	struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(1,
			EDMA_CONT_PARAMS_FIXED_EXACT, 50, 4), S1(50));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(1, 53), -EBUSY);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(1, 54), S1(54));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(1, 49), S1(49));
}

static void alloc_cont_slots_fixed_exact_over_a_taken_slot_returns_ebusy(
	struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 52), S0(52));
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0,
			EDMA_CONT_PARAMS_FIXED_EXACT, 50, 4), -EBUSY);
	/* nothing taken, nothing dropped */
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 50), S0(50));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 51), S0(51));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 52), -EBUSY);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 53), S0(53));
}

static void alloc_cont_slots_fixed_not_exact_moves_past_a_taken_slot(
	struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 52), S0(52));
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0,
			EDMA_CONT_PARAMS_FIXED_NOT_EXACT, 50, 4), S0(53));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 50), S0(50));
}

static void alloc_cont_slots_with_bad_count_returns_einval(
	struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0, EDMA_CONT_PARAMS_ANY,
						    0, 0), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0, EDMA_CONT_PARAMS_ANY,
						    0, -1), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0, EDMA_CONT_PARAMS_ANY,
						    0, 97), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0, EDMA_CONT_PARAMS_ANY,
						    0, 96), S0(32));
}

static void alloc_cont_slots_with_bad_start_returns_einval(
	struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0,
			EDMA_CONT_PARAMS_FIXED_EXACT, 10, 2), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0,
			EDMA_CONT_PARAMS_FIXED_NOT_EXACT, 128, 1), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0,
			EDMA_CONT_PARAMS_FIXED_EXACT, -1, 1), -EINVAL);
}

static void alloc_cont_slots_with_bad_id_returns_einval(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0, 1000, 40, 2), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0, 0, 40, 2), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 40), S0(40));
}

static void alloc_cont_slots_on_missing_controller_returns_einval(
	struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(7, EDMA_CONT_PARAMS_ANY,
						    0, 2), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0xffff,
			EDMA_CONT_PARAMS_ANY, 0, 2), -EINVAL);
}

static void alloc_cont_slots_past_the_end_returns_ebusy(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0,
			EDMA_CONT_PARAMS_FIXED_EXACT, 126, 4), -EBUSY);
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0,
			EDMA_CONT_PARAMS_FIXED_NOT_EXACT, 126, 4), -EBUSY);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 126), S0(126));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 127), S0(127));
}

static void free_cont_slots_releases_the_run(struct kunit *test)
{
	struct edmacc_param p;
	int first, i;

	first = edma_alloc_cont_slots(0, EDMA_CONT_PARAMS_FIXED_EXACT, 60, 3);
	KUNIT_ASSERT_EQ(test, first, S0(60));
	sample_param(&p);
	edma_write_slot(S0(61), &p);
	KUNIT_EXPECT_EQ(test, edma_free_cont_slots(first, 3), 0);
	for (i = 60; i < 63; i++) {
		KUNIT_EXPECT_TRUE(test, edma_test_param_is_dummy(0, i));
		KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, i), S0(i));
	}
}

static void free_cont_slots_with_a_hole_frees_nothing(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_cont_slots(0,
			EDMA_CONT_PARAMS_FIXED_EXACT, 40, 4), S0(40));
	edma_free_slot(S0(42));
	KUNIT_EXPECT_EQ(test, edma_free_cont_slots(S0(40), 4), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 40), -EBUSY);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 43), -EBUSY);
}

static void free_cont_slots_with_bad_arguments_returns_einval(
	struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_cont_slots(0,
			EDMA_CONT_PARAMS_FIXED_EXACT, 40, 2), S0(40));
	KUNIT_EXPECT_EQ(test, edma_free_cont_slots(S0(40), 0), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_free_cont_slots(S0(40), 200), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_free_cont_slots(EDMA_CTLR_CHAN(7, 40), 2),
			-EINVAL);
	/* a run that covers a channel's slot */
	KUNIT_EXPECT_EQ(test, edma_free_cont_slots(S0(30), 12), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 40), -EBUSY);
}

/* ---- PaRAM helpers ----------------------------------------------------- */

static void set_src_incr_writes_the_address_and_clears_sam(
	struct kunit *test)
{
	u32 w[8];

	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 40), S0(40));
	edma_set_src(S0(40), 0xc0001230, FIFO, W32BIT);
	edma_set_src(S0(40), 0xc0004560, INCR, W8BIT);
	edma_test_param(0, 40, w);
	KUNIT_EXPECT_EQ(test, w[1], 0xc0004560u);
	KUNIT_EXPECT_EQ(test, w[0] & SAM, 0u);
	/* INCR leaves the FIFO width alone */
	KUNIT_EXPECT_EQ(test, w[0] & EDMA_FWID, (u32)W32BIT << 8);
}

static void set_src_fifo_sets_sam_and_the_width(struct kunit *test)
{
	u32 w[8];

	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 40), S0(40));
	edma_set_src(S0(40), 0x01d00000, FIFO, W32BIT);
	edma_test_param(0, 40, w);
	KUNIT_EXPECT_EQ(test, w[1], 0x01d00000u);
	KUNIT_EXPECT_EQ(test, w[0] & (SAM | DAM | EDMA_FWID),
			SAM | (u32)W32BIT << 8);
}

static void set_dest_fifo_sets_dam_and_the_width(struct kunit *test)
{
	u32 w[8];

	KUNIT_ASSERT_EQ(test, edma_alloc_slot(1, 40), S1(40));
	edma_set_dest(S1(40), 0x01d00400, FIFO, W256BIT);
	edma_test_param(1, 40, w);
	KUNIT_EXPECT_EQ(test, w[3], 0x01d00400u);
	KUNIT_EXPECT_EQ(test, w[1], 0u);
	KUNIT_EXPECT_EQ(test, w[0] & (SAM | DAM | EDMA_FWID),
			DAM | (u32)W256BIT << 8);
}

static void set_dest_incr_clears_dam_and_keeps_other_bits(
	struct kunit *test)
{
	u32 w[8];
	int ch;

	ch = edma_alloc_channel(EDMA_CHANNEL_ANY, NULL, NULL, EVENTQ_DEFAULT);
	KUNIT_ASSERT_GE(test, ch, 0);
	edma_set_src(ch, 0x01d00000, FIFO, W16BIT);
	edma_set_dest(ch, 0x01d00400, FIFO, W16BIT);
	edma_set_dest(ch, 0xc0000100, INCR, W8BIT);
	edma_test_param(0, EDMA_CHAN_SLOT(ch), w);
	KUNIT_EXPECT_EQ(test, w[3], 0xc0000100u);
	KUNIT_EXPECT_EQ(test, w[0] & (SAM | DAM), SAM);
	KUNIT_EXPECT_EQ(test, w[0] & EDMA_FWID, (u32)W16BIT << 8);
}

static void set_src_index_negative_keeps_the_dest_half(struct kunit *test)
{
	u32 w[8];

	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 40), S0(40));
	edma_set_dest_index(S0(40), 0x100, 0x200);
	edma_set_src_index(S0(40), -4, -8);
	edma_test_param(0, 40, w);
	KUNIT_EXPECT_EQ(test, w[4], 0x0100fffcu);
	KUNIT_EXPECT_EQ(test, w[6], 0x0200fff8u);
}

static void set_dest_index_negative_keeps_the_src_half(struct kunit *test)
{
	u32 w[8];

	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 40), S0(40));
	edma_set_src_index(S0(40), 4, 8);
	edma_set_dest_index(S0(40), -16, -32);
	edma_test_param(0, 40, w);
	KUNIT_EXPECT_EQ(test, w[4], 0xfff00004u);
	KUNIT_EXPECT_EQ(test, w[6], 0xffe00008u);
}

static void set_index_negative_both_orders_agree(struct kunit *test)
{
	u32 a[8], b[8];

	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 40), S0(40));
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 41), S0(41));
	edma_set_src_index(S0(40), -64, -1);
	edma_set_dest_index(S0(40), 32, -128);
	edma_set_dest_index(S0(41), 32, -128);
	edma_set_src_index(S0(41), -64, -1);
	edma_test_param(0, 40, a);
	edma_test_param(0, 41, b);
	KUNIT_EXPECT_EQ(test, a[4], 0x0020ffc0u);
	KUNIT_EXPECT_EQ(test, a[6], 0xff80ffffu);
	KUNIT_EXPECT_EQ(test, b[4], a[4]);
	KUNIT_EXPECT_EQ(test, b[6], a[6]);
}

static void set_transfer_params_absync_writes_counts_and_syncdim(
	struct kunit *test)
{
	u32 w[8];

	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 40), S0(40));
	edma_set_transfer_params(S0(40), 4, 16, 300, 16, ABSYNC);
	edma_test_param(0, 40, w);
	KUNIT_EXPECT_EQ(test, w[2], (16u << 16) | 4);
	KUNIT_EXPECT_EQ(test, w[7], 300u);
	KUNIT_EXPECT_EQ(test, w[5] >> 16, 16u);
	KUNIT_EXPECT_EQ(test, w[0] & SYNCDIM, SYNCDIM);
}

static void set_transfer_params_keeps_the_link_and_clears_syncdim(
	struct kunit *test)
{
	u32 w[8];

	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 40), S0(40));
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 45), S0(45));
	edma_set_transfer_params(S0(40), 1, 1, 1, 0, ABSYNC);
	edma_link(S0(40), S0(45));
	edma_set_transfer_params(S0(40), 256, 2, 5, 2, ASYNC);
	edma_test_param(0, 40, w);
	KUNIT_EXPECT_EQ(test, w[5], (2u << 16) | LINK_OF(45));
	KUNIT_EXPECT_EQ(test, w[0] & SYNCDIM, 0u);
	KUNIT_EXPECT_EQ(test, w[2], (2u << 16) | 256);
	KUNIT_EXPECT_EQ(test, w[7], 5u);
}

static void link_writes_the_param_offset_and_keeps_bcntrld(
	struct kunit *test)
{
	u32 w[8];
	int ch;

	ch = edma_alloc_channel(EDMA_CHANNEL_ANY, NULL, NULL, EVENTQ_DEFAULT);
	KUNIT_ASSERT_GE(test, ch, 0);
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 100), S0(100));
	edma_set_transfer_params(ch, 4, 4, 1, 0x1234, ASYNC);
	edma_link(ch, S0(100));
	edma_test_param(0, EDMA_CHAN_SLOT(ch), w);
	KUNIT_EXPECT_EQ(test, w[5] & 0xffff, (u32)LINK_OF(100));
	KUNIT_EXPECT_EQ(test, w[5] >> 16, 0x1234u);
}

static void link_of_a_slot_to_itself_is_allowed(struct kunit *test)
{
	u32 w[8];

	KUNIT_ASSERT_EQ(test, edma_alloc_slot(1, 127), S1(127));
	edma_link(S1(127), S1(127));
	edma_test_param(1, 127, w);
	KUNIT_EXPECT_EQ(test, w[5] & 0xffff, (u32)LINK_OF(127));
}

static void unlink_writes_the_null_link(struct kunit *test)
{
	u32 w[8];

	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 40), S0(40));
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 41), S0(41));
	edma_set_transfer_params(S0(40), 1, 1, 1, 7, ASYNC);
	edma_link(S0(40), S0(41));
	edma_unlink(S0(40));
	edma_test_param(0, 40, w);
	KUNIT_EXPECT_EQ(test, w[5], (7u << 16) | 0xffff);
}

static void link_across_controllers_is_refused(struct kunit *test)
{
	u32 before[8], after[8];

	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 40), S0(40));
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(1, 41), S1(41));
	edma_test_param(0, 40, before);
	edma_link(S0(40), S1(41));
	edma_test_param(0, 40, after);
	KUNIT_EXPECT_TRUE(test, param_equal(before, after));
}

static void link_to_an_unallocated_slot_is_refused(struct kunit *test)
{
	u32 before[8], after[8];

	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 40), S0(40));
	edma_test_param(0, 40, before);
	edma_link(S0(40), S0(50));
	edma_link(S0(40), S0(500));
	edma_test_param(0, 40, after);
	KUNIT_EXPECT_TRUE(test, param_equal(before, after));
}

static void link_from_an_unallocated_slot_is_refused(struct kunit *test)
{
	u32 before[8], after[8];

	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 41), S0(41));
	edma_test_param(0, 40, before);
	edma_link(S0(40), S0(41));
	edma_unlink(S0(40));
	edma_test_param(0, 40, after);
	KUNIT_EXPECT_TRUE(test, param_equal(before, after));
}

static void write_slot_then_read_slot_round_trips(struct kunit *test)
{
	struct edmacc_param p, q;
	u32 w[8];

	sample_param(&p);
	memset(&q, 0x5a, sizeof(q));
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(1, 77), S1(77));
	edma_write_slot(S1(77), &p);
	edma_read_slot(S1(77), &q);
	KUNIT_EXPECT_EQ(test, memcmp(&p, &q, sizeof(p)), 0);
	edma_test_param(1, 77, w);
	KUNIT_EXPECT_EQ(test, memcmp(&p, w, sizeof(p)), 0);
}

static void write_slot_to_an_unallocated_slot_changes_nothing(
	struct kunit *test)
{
	struct edmacc_param p;
	u32 before[8], after[8], chan[8], chan2[8];

	sample_param(&p);
	edma_test_param(0, 70, before);
	edma_test_param(0, 3, chan);
	edma_write_slot(S0(70), &p);
	edma_write_slot(S0(3), &p);
	edma_write_slot(S0(128), &p);
	edma_write_slot(EDMA_CTLR_CHAN(7, 70), &p);
	edma_test_param(0, 70, after);
	edma_test_param(0, 3, chan2);
	KUNIT_EXPECT_TRUE(test, param_equal(before, after));
	KUNIT_EXPECT_TRUE(test, param_equal(chan, chan2));
}

static void write_slot_with_null_param_warns(struct kunit *test)
{
	u32 before[8], after[8];
	unsigned int warns;

	ET_REQUIRE(test, HOST_CAP_WARN);
	warns = host_warn_count();
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 40), S0(40));
	edma_test_param(0, 40, before);
	edma_write_slot(S0(40), NULL);
	edma_test_param(0, 40, after);
	KUNIT_EXPECT_EQ(test, host_warn_count(), warns + 1);
	KUNIT_EXPECT_TRUE(test, param_equal(before, after));
}

static void read_slot_with_null_param_warns(struct kunit *test)
{
	unsigned int warns;

	ET_REQUIRE(test, HOST_CAP_WARN);
	warns = host_warn_count();
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 40), S0(40));
	edma_read_slot(S0(40), NULL);
	KUNIT_EXPECT_EQ(test, host_warn_count(), warns + 1);
}

static void read_slot_of_any_existing_slot_needs_no_ownership(
	struct kunit *test)
{
	struct edmacc_param q;
	u32 w[8];

	edma_read_slot(S0(70), &q);
	edma_test_param(0, 70, w);
	KUNIT_EXPECT_EQ(test, memcmp(&q, w, sizeof(q)), 0);
}

static void read_slot_of_a_missing_slot_zero_fills(struct kunit *test)
{
	struct edmacc_param q, zero = { 0 };

	memset(&q, 0xa5, sizeof(q));
	edma_read_slot(S0(128), &q);
	KUNIT_EXPECT_EQ(test, memcmp(&q, &zero, sizeof(q)), 0);
	memset(&q, 0xa5, sizeof(q));
	edma_read_slot(EDMA_CTLR_CHAN(7, 40), &q);
	KUNIT_EXPECT_EQ(test, memcmp(&q, &zero, sizeof(q)), 0);
}

static void get_position_reads_source_and_destination(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 40), S0(40));
	edma_set_src(S0(40), 0xc0001000, INCR, W8BIT);
	edma_set_dest(S0(40), 0xc0002000, INCR, W8BIT);
	KUNIT_EXPECT_EQ(test, edma_get_position(S0(40), false),
			(dma_addr_t)0xc0001000);
	KUNIT_EXPECT_EQ(test, edma_get_position(S0(40), true),
			(dma_addr_t)0xc0002000);
}

static void get_position_follows_a_running_transfer(struct kunit *test)
{
	struct edma_test_buf src, dst;
	struct edmacc_param p;
	int ch;

	edma_test_buf_alloc(test, &src, 64, 0x31);
	edma_test_buf_alloc(test, &dst, 64, 0);
	ch = edma_alloc_channel(EDMA_CHANNEL_ANY, edma_test_cb, NULL, EVENTQ_DEFAULT);
	KUNIT_ASSERT_GE(test, ch, 0);
	/* A-sync, four arrays of 16 bytes: one array per trigger */
	edma_test_copy_param(&p, src.dma, dst.dma, 16, 4, EDMA_CHAN_SLOT(ch));
	p.opt &= ~SYNCDIM;
	edma_write_slot(ch, &p);
	KUNIT_ASSERT_EQ(test, edma_start(ch), 0);
	KUNIT_EXPECT_EQ(test, edma_get_position(ch, false), src.dma + 16);
	KUNIT_EXPECT_EQ(test, edma_get_position(ch, true), dst.dma + 16);
	KUNIT_EXPECT_EQ(test, edma_trigger_channel(ch), 0);
	KUNIT_EXPECT_EQ(test, edma_get_position(ch, true), dst.dma + 32);
}

static void get_position_of_a_missing_slot_returns_zero(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_get_position(S0(128), false),
			(dma_addr_t)0);
	KUNIT_EXPECT_EQ(test, edma_get_position(EDMA_CTLR_CHAN(7, 1), true),
			(dma_addr_t)0);
}

static void get_position_both_fills_what_it_is_given(struct kunit *test)
{
	dma_addr_t s = 1, d = 1;

	KUNIT_ASSERT_EQ(test, edma_alloc_slot(1, 40), S1(40));
	edma_set_src(S1(40), 0xc0003000, INCR, W8BIT);
	edma_set_dest(S1(40), 0xc0004000, INCR, W8BIT);
	edma_get_position_both(S1(40), &s, &d);
	KUNIT_EXPECT_EQ(test, s, (dma_addr_t)0xc0003000);
	KUNIT_EXPECT_EQ(test, d, (dma_addr_t)0xc0004000);
	d = 1;
	edma_get_position_both(S1(40), NULL, &d);
	KUNIT_EXPECT_EQ(test, d, (dma_addr_t)0xc0004000);
	edma_get_position_both(S1(40), NULL, NULL);
	edma_get_position_both(S1(500), &s, &d);
	KUNIT_EXPECT_EQ(test, s, (dma_addr_t)0);
	KUNIT_EXPECT_EQ(test, d, (dma_addr_t)0);
}

static void setters_on_an_unallocated_slot_change_nothing(struct kunit *test)
{
	u32 before[8], after[8];

	edma_test_param(0, 80, before);
	edma_set_src(S0(80), 0xc0000000, FIFO, W64BIT);
	edma_set_dest(S0(80), 0xc0000000, FIFO, W64BIT);
	edma_set_src_index(S0(80), -1, -1);
	edma_set_dest_index(S0(80), -1, -1);
	edma_set_transfer_params(S0(80), 1, 2, 3, 4, ABSYNC);
	edma_unlink(S0(80));
	edma_test_param(0, 80, after);
	KUNIT_EXPECT_TRUE(test, param_equal(before, after));
}

static void setters_on_a_missing_controller_do_not_crash(struct kunit *test)
{
	struct edmacc_param p;
	unsigned int bad = EDMA_CTLR_CHAN(7, 40);

	sample_param(&p);
	edma_set_src(bad, 0, INCR, W8BIT);
	edma_set_dest(bad, 0, INCR, W8BIT);
	edma_set_src_index(bad, 1, 1);
	edma_set_dest_index(bad, 1, 1);
	edma_set_transfer_params(bad, 1, 1, 1, 1, ASYNC);
	edma_link(bad, bad);
	edma_unlink(bad);
	edma_write_slot(bad, &p);
	edma_free_slot(bad);
	KUNIT_EXPECT_EQ(test, edma_free_cont_slots(bad, 1), -EINVAL);
	KUNIT_EXPECT_EQ(test, host_warn_count(), 0u);
}

static void linked_reload_runs_a_second_transfer(struct kunit *test)
{
	struct edma_test_buf a, b, dst;
	struct edmacc_param p;
	int ch, link;

	ET_REQUIRE(test, HOST_CAP_IRQ_AT_ENABLE);
	edma_test_buf_alloc(test, &a, 32, 0x41);
	edma_test_buf_alloc(test, &b, 32, 0x42);
	edma_test_buf_alloc(test, &dst, 64, 0);
	memset(dst.cpu, 0, 64);
	ch = edma_alloc_channel(EDMA_CHANNEL_ANY, edma_test_cb, NULL, EVENTQ_DEFAULT);
	KUNIT_ASSERT_GE(test, ch, 0);
	link = edma_alloc_slot(0, EDMA_SLOT_ANY);
	KUNIT_ASSERT_GE(test, link, 0);

	edma_test_copy_param(&p, a.dma, dst.dma, 32, 1, EDMA_CHAN_SLOT(ch));
	edma_write_slot(ch, &p);
	edma_test_copy_param(&p, b.dma, dst.dma + 32, 32, 1, EDMA_CHAN_SLOT(ch));
	edma_write_slot(link, &p);
	edma_link(ch, link);

	KUNIT_ASSERT_EQ(test, edma_start(ch), 0);
	KUNIT_EXPECT_TRUE(test, edma_test_buf_is_zero(&(struct edma_test_buf){
		.cpu = dst.cpu + 32 }, 32));
	KUNIT_ASSERT_EQ(test, edma_start(ch), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, memcmp(dst.cpu, a.cpu, 32), 0);
	KUNIT_EXPECT_EQ(test, memcmp(dst.cpu + 32, b.cpu, 32), 0);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(ch, EDMA_DMA_COMPLETE), 2u);
}

static struct kunit_case edma_slot_cases[] = {
	KUNIT_CASE(alloc_slot_by_number_returns_its_handle),
	KUNIT_CASE(alloc_slot_any_starts_above_the_channels),
	KUNIT_CASE(alloc_slot_any_skips_taken_slots),
	KUNIT_CASE(alloc_slot_of_a_channel_returns_einval),
	KUNIT_CASE(alloc_slot_beyond_the_param_returns_einval),
	KUNIT_CASE(alloc_slot_twice_returns_ebusy),
	KUNIT_CASE(alloc_slot_on_missing_controller_returns_einval),
	KUNIT_CASE(alloc_slot_any_exhausted_returns_enomem),
	KUNIT_CASE(free_slot_restores_the_dummy_and_allows_reuse),
	KUNIT_CASE(free_slot_twice_frees_it_once),
	KUNIT_CASE(free_slot_on_a_channel_handle_changes_nothing),
	KUNIT_CASE(free_slot_not_allocated_changes_nothing),
	KUNIT_CASE(alloc_cont_slots_any_returns_a_run_of_dummies),
	KUNIT_CASE(alloc_cont_slots_any_skips_a_taken_slot),
	KUNIT_CASE(alloc_cont_slots_fixed_exact_starts_at_the_slot),
	KUNIT_CASE(alloc_cont_slots_fixed_exact_over_a_taken_slot_returns_ebusy),
	KUNIT_CASE(alloc_cont_slots_fixed_not_exact_moves_past_a_taken_slot),
	KUNIT_CASE(alloc_cont_slots_with_bad_count_returns_einval),
	KUNIT_CASE(alloc_cont_slots_with_bad_start_returns_einval),
	KUNIT_CASE(alloc_cont_slots_with_bad_id_returns_einval),
	KUNIT_CASE(alloc_cont_slots_on_missing_controller_returns_einval),
	KUNIT_CASE(alloc_cont_slots_past_the_end_returns_ebusy),
	KUNIT_CASE(free_cont_slots_releases_the_run),
	KUNIT_CASE(free_cont_slots_with_a_hole_frees_nothing),
	KUNIT_CASE(free_cont_slots_with_bad_arguments_returns_einval),
	KUNIT_CASE(set_src_incr_writes_the_address_and_clears_sam),
	KUNIT_CASE(set_src_fifo_sets_sam_and_the_width),
	KUNIT_CASE(set_dest_fifo_sets_dam_and_the_width),
	KUNIT_CASE(set_dest_incr_clears_dam_and_keeps_other_bits),
	KUNIT_CASE(set_src_index_negative_keeps_the_dest_half),
	KUNIT_CASE(set_dest_index_negative_keeps_the_src_half),
	KUNIT_CASE(set_index_negative_both_orders_agree),
	KUNIT_CASE(set_transfer_params_absync_writes_counts_and_syncdim),
	KUNIT_CASE(set_transfer_params_keeps_the_link_and_clears_syncdim),
	KUNIT_CASE(link_writes_the_param_offset_and_keeps_bcntrld),
	KUNIT_CASE(link_of_a_slot_to_itself_is_allowed),
	KUNIT_CASE(unlink_writes_the_null_link),
	KUNIT_CASE(link_across_controllers_is_refused),
	KUNIT_CASE(link_to_an_unallocated_slot_is_refused),
	KUNIT_CASE(link_from_an_unallocated_slot_is_refused),
	KUNIT_CASE(write_slot_then_read_slot_round_trips),
	KUNIT_CASE(write_slot_to_an_unallocated_slot_changes_nothing),
	KUNIT_CASE(write_slot_with_null_param_warns),
	KUNIT_CASE(read_slot_with_null_param_warns),
	KUNIT_CASE(read_slot_of_any_existing_slot_needs_no_ownership),
	KUNIT_CASE(read_slot_of_a_missing_slot_zero_fills),
	KUNIT_CASE(get_position_reads_source_and_destination),
	KUNIT_CASE(get_position_follows_a_running_transfer),
	KUNIT_CASE(get_position_of_a_missing_slot_returns_zero),
	KUNIT_CASE(get_position_both_fills_what_it_is_given),
	KUNIT_CASE(setters_on_an_unallocated_slot_change_nothing),
	KUNIT_CASE(setters_on_a_missing_controller_do_not_crash),
	KUNIT_CASE(linked_reload_runs_a_second_transfer),
	{}
};

static struct kunit_suite edma_slot_suite = {
	.name = "edma_slot",
	.init = edma_test_init_da850,
	.exit = edma_test_exit,
	.test_cases = edma_slot_cases,
};

kunit_test_suite(edma_slot_suite);
