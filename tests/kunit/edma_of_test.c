// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: controllers described by a device tree.  Each case builds the
 * SoC's hardware, loads a .dts from tests/dts (compiled by dtc), creates
 * the platform devices from it and lets the "edma" driver probe them.
 */
#include <kunit/test.h>
#include <linux/errno.h>
#include <linux/of.h>
#include <linux/of_platform.h>
#include <linux/platform_device.h>

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
	int ret = edma_test_setup_bare(&board_da830);

	/* the DSP's PaRAM, written before Linux boots */
	edma3_write(edma_test_cc(0), EDMA3_PARAM(40) + 4, 0xd5d5d5d5);
	return ret ? ret : of_populate("tests/dts/da830-edma3-legacy.dts");
}

static int of_init_tpcc(struct kunit *test)
{
	int ret = edma_test_setup_bare(&board_da850);

	/* the DSP's PaRAM (slots 32..81), written before Linux boots */
	edma3_write(edma_test_cc(0), EDMA3_PARAM(40) + 4, 0xd5d5d5d5);
	edma3_write(edma_test_cc(0), EDMA3_PARAM(81) + 4, 0xd5d5d5d5);
	return ret ? ret : of_populate("tests/dts/da850-edma3-tpcc.dts");
}

static struct device *of_dev(const char *path)
{
	struct device_node *np = of_find_node_by_path(path);
	struct platform_device *pdev = np ? of_find_device_by_node(np) : NULL;

	of_node_put(np);
	if (!pdev)
		return NULL;
	/* the populated device outlives the case; drop the lookup's ref */
	put_device(&pdev->dev);
	return &pdev->dev;
}

static void of_exit(struct kunit *test)
{
	host_of_unload();
	edma_test_exit(test);
}

/* A copy through channel ch of controller c, started by software. */
static void expect_copy(struct kunit *test, unsigned int c, unsigned int ch)
{
	struct edma_test_buf src, dst;
	int h;

	edma_test_buf_alloc(test, &src, 256, (u8)(ch + 1));
	edma_test_buf_alloc(test, &dst, 256, 0);
	memset(dst.cpu, 0, 256);
	h = edma_alloc_channel(CH(c, ch), edma_test_cb, test, EVENTQ_DEFAULT);
	KUNIT_ASSERT_EQ(test, h, (int)CH(c, ch));
	edma_test_program_copy(h, &src, &dst, 256, ch);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(h), 0);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, 256, (u8)(ch + 1)));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(h, EDMA_DMA_COMPLETE), 1u);
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

	edma_test_param(0, 40, w);
	KUNIT_EXPECT_EQ(test, w[1], 0xd5d5d5d5u);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 40), -EBUSY);
	/* 30 + 26 reserved: the first slot Linux may take is 56 */
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, EDMA_SLOT_ANY), CH(0, 56));
}

/* No "ti,tptcs" in the 3.x binding: queue n, TC n, priority n. */
static void legacy_binding_programs_queue_maps(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_test_reg(0, EDMA3_QUEPRI) & 0xff, 0x10u);
	KUNIT_EXPECT_EQ(test, edma_test_reg(0, EDMA3_QUETCMAP) & 0xff, 0x10u);
}

static void legacy_binding_applies_the_default_queue(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH(0, 3), NULL, NULL,
						 EVENTQ_DEFAULT), CH(0, 3));
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 3), 1u);
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
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, EDMA_SLOT_ANY), CH(0, 82));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(1, EDMA_SLOT_ANY), CH(1, 32));
	expect_copy(test, 1, 20);
}

static void tpcc_counts_come_from_cccfg(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(1, 30), NULL, NULL,
						 EVENTQ_DEFAULT), CH(1, 30));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(1, 32), NULL, NULL,
						 EVENTQ_DEFAULT), -EINVAL);
	/* CC1 has one queue: queue 1 does not exist there */
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(1, 3), NULL, NULL,
						 EVENTQ_1), -EINVAL);
}

static void tpcc_default_queue_follows_tptcs(struct kunit *test)
{
	/* CC0: queue 0 has the lowest priority; CC1 has one queue */
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH(0, 3), NULL, NULL,
						 EVENTQ_DEFAULT), CH(0, 3));
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 3), 0u);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH(1, 3), NULL, NULL,
						 EVENTQ_DEFAULT), CH(1, 3));
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(1, 3), 0u);
}

static void tpcc_controllers_report_errors_to_their_clients(
	struct kunit *test)
{
	int h = edma_alloc_channel(CH(1, 7), edma_test_cb, test, EVENTQ_DEFAULT);

	KUNIT_ASSERT_EQ(test, h, (int)CH(1, 7));
	/* the channel's slot holds the dummy set: a second event misses */
	edma3_set_auto_run(edma_test_cc(1), false);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(h), 0);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(h), 0);
	edma3_set_auto_run(edma_test_cc(1), true);
	edma3_run(edma_test_cc(1), 16);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(h, EDMA_DMA_CC_ERROR), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH(0, 7), EDMA_DMA_CC_ERROR), 0u);
}

/* "ti,tptcs" = <&tc0 7>, <&tc1 0>: QUEPRI as 6.1's driver programs it */
static void tpcc_tptcs_set_queue_priorities(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_test_reg(0, EDMA3_QUEPRI) & 0x77, 0x07u);
	KUNIT_EXPECT_EQ(test, edma_test_reg(0, EDMA3_QUETCMAP) & 0x77, 0x10u);
	KUNIT_EXPECT_EQ(test, edma_test_reg(1, EDMA3_QUEPRI) & 0x7, 0x7u);
}

/* The TC nodes are bound: error interrupts enabled and handled. */
static void tpcc_tc_nodes_are_bound(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma3_tc_read(edma_test_cc(0), 0, EDMA3_TC_ERREN), 0xdu);
	KUNIT_EXPECT_EQ(test, edma3_tc_read(edma_test_cc(0), 1, EDMA3_TC_ERREN), 0xdu);
	KUNIT_EXPECT_EQ(test, edma3_tc_read(edma_test_cc(1), 0, EDMA3_TC_ERREN), 0xdu);
	KUNIT_EXPECT_TRUE(test, host_irq_has_handler(13));
	KUNIT_EXPECT_TRUE(test, host_irq_has_handler(32));
	KUNIT_EXPECT_TRUE(test, host_irq_has_handler(95));
}

/* The TC nodes' own resume gives them their error enables back. */
static void tpcc_tc_nodes_resume_their_error_enables(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, host_pm_suspend(), 0);
	edma3_reset(edma_test_cc(0));
	edma3_reset(edma_test_cc(1));
	KUNIT_ASSERT_EQ(test, edma3_tc_read(edma_test_cc(0), 1, EDMA3_TC_ERREN), 0u);
	KUNIT_ASSERT_EQ(test, host_pm_resume(), 0);
	KUNIT_EXPECT_EQ(test, edma3_tc_read(edma_test_cc(0), 0, EDMA3_TC_ERREN), 0xdu);
	KUNIT_EXPECT_EQ(test, edma3_tc_read(edma_test_cc(0), 1, EDMA3_TC_ERREN), 0xdu);
	KUNIT_EXPECT_EQ(test, edma3_tc_read(edma_test_cc(1), 0, EDMA3_TC_ERREN), 0xdu);
}

/* A bus error on CC0's TC1 reaches the channel on queue 1, and only it. */
static void tpcc_tc_error_reaches_its_channel(struct kunit *test)
{
	struct edma_test_buf src, dst;
	int h;

	edma_test_buf_alloc(test, &src, 64, 0x5a);
	edma_test_buf_alloc(test, &dst, 64, 0);
	h = edma_alloc_channel(CH(0, 9), edma_test_cb, test, EVENTQ_1);
	KUNIT_ASSERT_EQ(test, h, (int)CH(0, 9));
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH(0, 10), edma_test_cb, test,
						 EVENTQ_0), CH(0, 10));
	edma_test_program_copy(h, &src, &dst, 64, 9);
	edma3_inject_tc_error(edma_test_cc(0), 1, 1);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(h), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(h, EDMA_DMA_TC_ERROR), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH(0, 10), EDMA_DMA_TC_ERROR), 0u);
	KUNIT_EXPECT_EQ(test, edma3_tc_read(edma_test_cc(0), 1, EDMA3_TC_ERRSTAT), 0u);
}

/* "ti,edma-reserved-slot-ranges": never handed out, never written. */
static void tpcc_reserved_slot_ranges_are_left_alone(struct kunit *test)
{
	u32 w[8];
	int slot;

	edma_test_param(0, 40, w);
	KUNIT_EXPECT_EQ(test, w[1], 0xd5d5d5d5u);
	edma_test_param(0, 81, w);
	KUNIT_EXPECT_EQ(test, w[1], 0xd5d5d5d5u);
	KUNIT_EXPECT_TRUE(test, edma_test_param_is_dummy(0, 82));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 32), -EBUSY);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 81), -EBUSY);
	while ((slot = edma_alloc_slot(0, EDMA_SLOT_ANY)) >= 0) {
		KUNIT_EXPECT_TRUE(test, EDMA_CHAN_SLOT(slot) < 32 ||
					EDMA_CHAN_SLOT(slot) > 81);
	}
	KUNIT_EXPECT_EQ(test, slot, -ENOMEM);
}

/* "dma-channel-mask": channel 31 of CC1 is not Linux's. */
static void tpcc_channel_mask_reserves_channels(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(1, 31), NULL, NULL,
						 EVENTQ_DEFAULT), -EBUSY);
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(1, 31), 0u);
	KUNIT_EXPECT_FALSE(test, edma_test_bit(1, EDMA3_DRAE(0), 31));
}

/* A channel to be started: its completion must wait for the event. */
static int start_copy(struct kunit *test, unsigned int ch, int queue,
		      struct edma_test_buf *dst)
{
	struct edma_test_buf src;
	int h;

	edma_test_buf_alloc(test, &src, 128, (u8)ch);
	edma_test_buf_alloc(test, dst, 128, 0);
	memset(dst->cpu, 0, 128);
	h = edma_alloc_channel(CH(0, ch), edma_test_cb, test, queue);
	KUNIT_ASSERT_EQ(test, h, (int)CH(0, ch));
	edma_test_program_copy(h, &src, dst, 128, ch);
	KUNIT_ASSERT_EQ(test, edma_start(h), 0);
	host_irq_poll();
	return h;
}

/* Channel 1 is a consumer's "tx": edma_start() waits for its event. */
static void tpcc_dmas_channels_wait_for_their_event(struct kunit *test)
{
	struct edma_test_buf dst;
	int h = start_copy(test, 1, EVENTQ_1, &dst);

	KUNIT_EXPECT_TRUE(test, edma_test_buf_is_zero(&dst, 128));
	KUNIT_EXPECT_TRUE(test, edma_test_chbit(0, EDMA3_EER, 1));
	edma3_event(edma_test_cc(0), 1);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, 128, 1));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(h, EDMA_DMA_COMPLETE), 1u);
}

/*
 * Nobody names channel 5, and 20 and 21 are memcpy channels (a consumer
 * names 21 all the same): all three start at once.
 */
static void tpcc_unclaimed_and_memcpy_channels_start_by_software(
	struct kunit *test)
{
	struct edma_test_buf d5, d20, d21;
	int h5 = start_copy(test, 5, EVENTQ_DEFAULT, &d5);
	int h20 = start_copy(test, 20, EVENTQ_DEFAULT, &d20);
	int h21 = start_copy(test, 21, EVENTQ_DEFAULT, &d21);

	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&d5, 128, 5));
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&d20, 128, 20));
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&d21, 128, 21));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(h5, EDMA_DMA_COMPLETE), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(h20, EDMA_DMA_COMPLETE), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(h21, EDMA_DMA_COMPLETE), 1u);
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_EER, 5));
}

/* EDMA_CHANNEL_ANY never hands out a channel a consumer names. */
static void tpcc_any_channel_skips_claimed_channels(struct kunit *test)
{
	int h;

	while ((h = edma_alloc_channel(EDMA_CHANNEL_ANY, NULL, NULL,
				       EVENTQ_DEFAULT)) >= 0) {
		KUNIT_EXPECT_NE(test, h, (int)CH(0, 0));
		KUNIT_EXPECT_NE(test, h, (int)CH(0, 1));
		KUNIT_EXPECT_NE(test, h, (int)CH(1, 31));
	}
	KUNIT_EXPECT_EQ(test, h, -ENOMEM);
	/* ... while it stays available by number */
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(0, 0), NULL, NULL,
						 EVENTQ_DEFAULT), CH(0, 0));
}

static void tpcc_dma_spec_follows_the_binding(struct kunit *test)
{
	struct device *dev = of_dev("/mcasp@1d00000");
	struct edma_dma_spec spec;

	KUNIT_ASSERT_NOT_NULL(test, dev);
	KUNIT_ASSERT_EQ(test, edma_get_dma_spec(dev, "rx", &spec), 0);
	KUNIT_EXPECT_EQ(test, spec.ctlr, 0u);
	KUNIT_EXPECT_EQ(test, spec.channel, 0u);
	KUNIT_EXPECT_EQ(test, (int)spec.queue, 1);
	/* CC0 has two queues: the TC cell 5 names none */
	KUNIT_EXPECT_EQ(test, edma_get_dma_spec(dev, "bad-queue", &spec),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, edma_get_dma_spec(dev, "none", &spec), -ENOENT);
}

static struct kunit_case edma_of_tpcc_cases[] = {
	KUNIT_CASE(tpcc_tptcs_set_queue_priorities),
	KUNIT_CASE(tpcc_tc_nodes_are_bound),
	KUNIT_CASE(tpcc_tc_nodes_resume_their_error_enables),
	KUNIT_CASE(tpcc_tc_error_reaches_its_channel),
	KUNIT_CASE(tpcc_reserved_slot_ranges_are_left_alone),
	KUNIT_CASE(tpcc_channel_mask_reserves_channels),
	KUNIT_CASE(tpcc_dmas_channels_wait_for_their_event),
	KUNIT_CASE(tpcc_unclaimed_and_memcpy_channels_start_by_software),
	KUNIT_CASE(tpcc_any_channel_skips_claimed_channels),
	KUNIT_CASE(tpcc_dma_spec_follows_the_binding),
	KUNIT_CASE(tpcc_aliases_number_the_controllers),
	KUNIT_CASE(tpcc_counts_come_from_cccfg),
	KUNIT_CASE(tpcc_default_queue_follows_tptcs),
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
