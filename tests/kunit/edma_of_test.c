// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: controllers described by a device tree.  Each case builds the
 * SoC's hardware, loads a .dts from tests/dts (compiled by dtc), creates
 * the platform devices from it and lets the "edma" driver probe them.
 */
#include <kunit/test.h>
#include <linux/errno.h>

#include "edma_test_util.h"

#define CH(c, n)	EDMA_CTLR_CHAN(c, n)

static int of_populate(const char *dts)
{
	int ret;

	ret = host_of_load_dts_file(dts);
	return ret ? ret : host_of_platform_populate();
}

static int of_init_legacy(struct kunit *test)
{
	int ret = et_setup_bare(&board_da830);

	/* the DSP's PaRAM, written before Linux boots */
	edma3_write(et_cc(0), EDMA3_PARAM(40) + 4, 0xd5d5d5d5);
	return ret ? ret : of_populate("tests/dts/da830-edma3-legacy.dts");
}

static int of_init_tpcc(struct kunit *test)
{
	int ret = et_setup_bare(&board_da850);

	return ret ? ret : of_populate("tests/dts/da850-edma3-tpcc.dts");
}

static void of_exit(struct kunit *test)
{
	host_of_unload();
	et_exit(test);
}

/* A copy through channel ch of controller c, started by software. */
static void expect_copy(struct kunit *test, unsigned int c, unsigned int ch)
{
	struct et_buf src, dst;
	int h;

	et_buf_alloc(test, &src, 256, (u8)(ch + 1));
	et_buf_alloc(test, &dst, 256, 0);
	memset(dst.cpu, 0, 256);
	h = edma_alloc_channel(CH(c, ch), et_cb, test, EVENTQ_DEFAULT);
	KUNIT_ASSERT_EQ(test, h, (int)CH(c, ch));
	et_program_copy(h, &src, &dst, 256, ch);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(h), 0);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, et_buf_matches(&dst, 256, (u8)(ch + 1)));
	KUNIT_EXPECT_EQ(test, et_log_count(h, EDMA_DMA_COMPLETE), 1u);
}

static void legacy_binding_probes_and_moves_data(struct kunit *test)
{
	expect_copy(test, 0, 5);
}

static void legacy_binding_takes_counts_from_properties(struct kunit *test)
{
	/* 30 and 31 are the DSP's; 29 is the last one Linux may have */
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(0, 29), NULL, NULL,
						 EVENTQ_DEFAULT), CH(0, 29));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(0, 32), NULL, NULL,
						 EVENTQ_DEFAULT), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 127), CH(0, 127));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 128), -EINVAL);
}

static void legacy_binding_reserves_dsp_channels(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(0, 8), NULL, NULL,
						 EVENTQ_DEFAULT), -EBUSY);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(0, 27), NULL, NULL,
						 EVENTQ_DEFAULT), -EBUSY);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(0, 10), NULL, NULL,
						 EVENTQ_DEFAULT), CH(0, 10));
}

static void legacy_binding_leaves_reserved_param_alone(struct kunit *test)
{
	u32 w[8];

	et_param(0, 40, w);
	KUNIT_EXPECT_EQ(test, w[1], 0xd5d5d5d5u);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 40), -EBUSY);
	/* 30 + 26 reserved: the first slot Linux may take is 56 */
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, EDMA_SLOT_ANY), CH(0, 56));
}

static void legacy_binding_programs_queue_maps(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, et_reg(0, EDMA3_QUEPRI) & 0xff, 0x73u);
	KUNIT_EXPECT_EQ(test, et_reg(0, EDMA3_QUETCMAP) & 0xff, 0x10u);
}

static void legacy_binding_applies_the_default_queue(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH(0, 3), NULL, NULL,
						 EVENTQ_DEFAULT), CH(0, 3));
	KUNIT_EXPECT_EQ(test, et_dmaqnum(0, 3), 1u);
}

static struct kunit_case edma_of_legacy_cases[] = {
	KUNIT_CASE(legacy_binding_probes_and_moves_data),
	KUNIT_CASE(legacy_binding_takes_counts_from_properties),
	KUNIT_CASE(legacy_binding_reserves_dsp_channels),
	KUNIT_CASE(legacy_binding_leaves_reserved_param_alone),
	KUNIT_CASE(legacy_binding_programs_queue_maps),
	KUNIT_CASE(legacy_binding_applies_the_default_queue),
	{}
};

static struct kunit_suite edma_of_legacy_suite = {
	.name = "edma_of_legacy",
	.init = of_init_legacy,
	.exit = of_exit,
	.test_cases = edma_of_legacy_cases,
};

static void tpcc_aliases_number_the_controllers(struct kunit *test)
{
	/* CC1 comes first in the tree, yet its alias makes it controller 1 */
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, EDMA_SLOT_ANY), CH(0, 32));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(1, EDMA_SLOT_ANY), CH(1, 32));
	expect_copy(test, 1, 20);
}

static void tpcc_counts_come_from_cccfg(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(1, 31), NULL, NULL,
						 EVENTQ_DEFAULT), CH(1, 31));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(1, 32), NULL, NULL,
						 EVENTQ_DEFAULT), -EINVAL);
	/* CC1 has one queue: queue 1 does not exist there */
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(1, 3), NULL, NULL,
						 EVENTQ_1), -EINVAL);
}

static void tpcc_default_queue_is_the_last_queue(struct kunit *test)
{
	/* CC0 names queue 0; CC1 names none, so its last queue is used */
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH(0, 3), NULL, NULL,
						 EVENTQ_DEFAULT), CH(0, 3));
	KUNIT_EXPECT_EQ(test, et_dmaqnum(0, 3), 0u);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH(1, 3), NULL, NULL,
						 EVENTQ_DEFAULT), CH(1, 3));
	KUNIT_EXPECT_EQ(test, et_dmaqnum(1, 3), 0u);
}

static void tpcc_controllers_report_errors_to_their_clients(
	struct kunit *test)
{
	int h = edma_alloc_channel(CH(1, 7), et_cb, test, EVENTQ_DEFAULT);

	KUNIT_ASSERT_EQ(test, h, (int)CH(1, 7));
	/* the channel's slot holds the dummy set: a second event misses */
	edma3_set_auto_run(et_cc(1), false);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(h), 0);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(h), 0);
	edma3_set_auto_run(et_cc(1), true);
	edma3_run(et_cc(1), 16);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, et_log_count(h, EDMA_DMA_CC_ERROR), 1u);
	KUNIT_EXPECT_EQ(test, et_log_count(CH(0, 7), EDMA_DMA_CC_ERROR), 0u);
}

static struct kunit_case edma_of_tpcc_cases[] = {
	KUNIT_CASE(tpcc_aliases_number_the_controllers),
	KUNIT_CASE(tpcc_counts_come_from_cccfg),
	KUNIT_CASE(tpcc_default_queue_is_the_last_queue),
	KUNIT_CASE(tpcc_controllers_report_errors_to_their_clients),
	{}
};

static struct kunit_suite edma_of_tpcc_suite = {
	.name = "edma_of_tpcc",
	.init = of_init_tpcc,
	.exit = of_exit,
	.test_cases = edma_of_tpcc_cases,
};

kunit_test_suites(&edma_of_legacy_suite, &edma_of_tpcc_suite);
