// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: probing, removing, suspending and resuming EDMA3 controllers.
 * Every case starts from a simulated SoC with no device registered and
 * registers the "edma" devices it needs, in the 3.x form (one device, an
 * array of soc_info) or the later form (one device per controller).
 */
#include <kunit/test.h>
#include <linux/ioport.h>
#include <linux/platform_device.h>
#include <linux/pm.h>
#include <linux/sizes.h>

#include "edma-soc.h"
#include "edma_test_util.h"

#define CH(c, n)	EDMA_CTLR_CHAN(c, n)

static int probe_init_da850(struct kunit *test)
{
	return edma_test_setup_bare(&board_da850);
}

static int probe_init_k2h(struct kunit *test)
{
	return edma_test_setup_bare(&board_k2h);
}

static bool probed(struct platform_device *pdev)
{
	return !IS_ERR_OR_NULL(pdev) && pdev->dev.driver;
}

/* One controller of edma_test_board in the later form: cc, ccint, ccerrint. */
static struct platform_device *register_cc(unsigned int i, int id,
					   struct edma_soc_info *info,
					   bool ccint, bool ccerrint)
{
	const struct board_cc *d = &edma_test_board->soc->cc[i];
	struct resource res[3];
	unsigned int n = 0;

	res[n++] = (struct resource)DEFINE_RES_MEM_NAMED(d->cc_base,
							 d->cc_size,
							 "edma3_cc");
	if (ccint)
		res[n++] = (struct resource)DEFINE_RES_IRQ_NAMED(d->irq_ccint,
								 "edma3_ccint");
	if (ccerrint)
		res[n++] = (struct resource)DEFINE_RES_IRQ_NAMED(d->irq_ccerr,
							"edma3_ccerrint");
	return host_platform_device_create("edma", id, res, n, info,
					   sizeof(*info));
}

static struct edma_soc_info legacy_cc0 = { .default_queue = EVENTQ_1 };
static struct edma_soc_info legacy_cc1 = { .default_queue = EVENTQ_0 };

static struct platform_device *register_legacy(struct edma_soc_info *cc0,
					       struct edma_soc_info *cc1,
					       unsigned int nres)
{
	struct edma_soc_info *info[EDMA_MAX_CC] = { cc0, cc1 };

	return host_platform_device_create("edma", 0, edma_test_da850_legacy_res, nres,
					   info, sizeof(info));
}

/* A copy through a freshly allocated channel of controller c. */
static void expect_copy_works(struct kunit *test, unsigned int c,
			      unsigned int ch)
{
	struct edma_test_buf src, dst;

	edma_test_buf_alloc(test, &src, 64, (u8)(c * 16 + ch));
	edma_test_buf_alloc(test, &dst, 64, 0);
	memset(dst.cpu, 0, 64);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH(c, ch), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), (int)CH(c, ch));
	edma_test_program_copy(CH(c, ch), &src, &dst, 64, ch);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH(c, ch)), 0);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, 64, (u8)(c * 16 + ch)));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH(c, ch), EDMA_DMA_COMPLETE), 1u);
}

/* ---- the later form ---------------------------------------------------- */

static void da850_controllers_get_ids_0_and_1(struct kunit *test)
{
	struct edma_rsv_info *none[2] = { NULL, NULL };

	KUNIT_ASSERT_EQ(test, da850_register_edma(none), 0);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, EDMA_SLOT_ANY), CH(0, 32));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(1, EDMA_SLOT_ANY), CH(1, 32));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(2, EDMA_SLOT_ANY), -EINVAL);
	expect_copy_works(test, 1, 20);
}

static void counts_come_from_cccfg(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, da850_register_edma(NULL), 0);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(0, 31), NULL, NULL,
						 EVENTQ_DEFAULT), CH(0, 31));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(0, 32), NULL, NULL,
						 EVENTQ_DEFAULT), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(1, 127), CH(1, 127));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(1, 128), -EINVAL);
	/* CC0 has two queues, CC1 one */
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(0, 20), NULL, NULL,
						 EVENTQ_1), CH(0, 20));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(0, 21), NULL, NULL,
						 EVENTQ_2), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(1, 20), NULL, NULL,
						 EVENTQ_0), CH(1, 20));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(1, 21), NULL, NULL,
						 EVENTQ_1), -EINVAL);
}

static void probe_programs_queue_tc_map_and_priorities(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, da850_register_edma(NULL), 0);
	KUNIT_EXPECT_EQ(test, edma_test_reg(0, EDMA3_QUEPRI), 0x73u);
	KUNIT_EXPECT_EQ(test, edma_test_reg(0, EDMA3_QUETCMAP), 0x10u);
	KUNIT_EXPECT_EQ(test, edma_test_reg(1, EDMA3_QUEPRI), 0x3u);
	KUNIT_EXPECT_EQ(test, edma_test_reg(1, EDMA3_QUETCMAP), 0x0u);
}

static void probe_applies_a_custom_queue_tc_map(struct kunit *test)
{
	static s8 tcmap[][2] = { { 0, 1 }, { 1, 0 }, { -1, -1 } };
	struct edma_soc_info info = {
		.default_queue = EVENTQ_0,
		.queue_tc_mapping = tcmap,
	};
	struct platform_device *pdev;
	u64 tc1;
	int ch;

	pdev = register_cc(0, 0, &info, true, true);
	KUNIT_ASSERT_TRUE(test, probed(pdev));
	KUNIT_EXPECT_EQ(test, edma_test_reg(0, EDMA3_QUETCMAP), 0x01u);
	KUNIT_EXPECT_EQ(test, edma_test_reg(0, EDMA3_QUEPRI), 0x10u);
	/* queue 0 is now served by TC1 */
	tc1 = edma3_get_stats(edma_test_cc(0))->trs_per_tc[1];
	ch = edma_alloc_channel(EDMA_CHANNEL_ANY, NULL, NULL, EVENTQ_0);
	KUNIT_ASSERT_GE(test, ch, 0);
	edma_set_transfer_params(ch, 4, 1, 1, 0, ASYNC);
	{
		struct edma_test_buf s, d;

		edma_test_buf_alloc(test, &s, 4, 1);
		edma_test_buf_alloc(test, &d, 4, 0);
		edma_set_src(ch, s.dma, INCR, W8BIT);
		edma_set_dest(ch, d.dma, INCR, W8BIT);
		KUNIT_ASSERT_EQ(test, edma_start(ch), 0);
		KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&d, 4, 1));
	}
	KUNIT_EXPECT_EQ(test, edma3_get_stats(edma_test_cc(0))->trs_per_tc[1],
			tc1 + 1);
}

static void default_queue_is_applied_to_new_channels(struct kunit *test)
{
	struct edma_soc_info info = { .default_queue = EVENTQ_0 };

	KUNIT_ASSERT_TRUE(test, probed(register_cc(0, 0, &info, true, true)));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(0, 20), NULL, NULL,
						 EVENTQ_DEFAULT), CH(0, 20));
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 20), 0u);
	/* and to every free channel at probe */
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 31), 0u);
}

static void missing_default_queue_falls_back_to_the_last_queue(
	struct kunit *test)
{
	struct edma_soc_info info = { .default_queue = EVENTQ_DEFAULT };

	KUNIT_ASSERT_TRUE(test, probed(register_cc(0, 0, &info, true, true)));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(0, 20), NULL, NULL,
						 EVENTQ_DEFAULT), CH(0, 20));
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 20), 1u);
}

static void probe_leaves_other_regions_alone(struct kunit *test)
{
	static const u32 drae[4] = { 0, 0x3f003f00, 0x000000ff, 0xc0000000 };
	static const u32 qrae[4] = { 0, 0x3, 0xc, 0x30 };
	unsigned int c, r;

	for (c = 0; c < 2; c++) {
		for (r = 1; r < 4; r++) {
			edma3_write(edma_test_cc(c), EDMA3_DRAE(r), drae[r]);
			edma3_write(edma_test_cc(c), EDMA3_QRAE(r), qrae[r]);
		}
	}
	KUNIT_ASSERT_EQ(test, da850_register_edma(NULL), 0);
	expect_copy_works(test, 0, 20);
	for (c = 0; c < 2; c++) {
		for (r = 1; r < 4; r++) {
			KUNIT_EXPECT_EQ(test, edma_test_reg(c, EDMA3_DRAE(r)), drae[r]);
			KUNIT_EXPECT_EQ(test, edma_test_reg(c, EDMA3_QRAE(r)), qrae[r]);
		}
	}
}

static bool cc0_rsv_slot(unsigned int s)
{
	return (s >= 8 && s < 14) || (s >= 24 && s < 28) ||
	       (s >= 30 && s < 80);
}

static void probe_leaves_reserved_slots_alone(struct kunit *test)
{
	struct edma_rsv_info *rsv[2] = {
		&edma_test_da850_evm_rsv[0], &edma_test_da850_evm_rsv[1]
	};
	u32 before[128][8], w[8];
	unsigned int s;

	for (s = 0; s < 128; s++)
		edma_test_param(0, s, before[s]);
	KUNIT_ASSERT_EQ(test, da850_register_edma(rsv), 0);
	for (s = 0; s < 128; s++) {
		edma_test_param(0, s, w);
		if (cc0_rsv_slot(s))
			KUNIT_EXPECT_EQ_MSG(test, memcmp(w, before[s], 32), 0,
					    "reserved slot %u", s);
		else
			KUNIT_EXPECT_TRUE_MSG(test, edma_test_param_is_dummy(0, s),
					      "slot %u", s);
	}
}

/* A DSP range running past the end of PaRAM still protects what exists. */
static void reservation_past_the_end_is_clipped_not_dropped(
	struct kunit *test)
{
	static const s16 slots[][2] = { { 100, 40 }, { -1, -1 } };
	static const s16 chans[][2] = { { 30, 4 }, { -1, -1 } };
	struct edma_rsv_info rsv = { .rsv_chans = chans, .rsv_slots = slots };
	struct edma_soc_info info = { .default_queue = EVENTQ_0, .rsv = &rsv };
	u32 w[8];

	edma3_write(edma_test_cc(0), EDMA3_PARAM(100) + 4, 0xd5d5d5d5);
	edma3_write(edma_test_cc(0), EDMA3_PARAM(127) + 4, 0xd5d5d5d5);
	KUNIT_ASSERT_TRUE(test, probed(register_cc(0, 0, &info, true, true)));
	edma_test_param(0, 100, w);
	KUNIT_EXPECT_EQ(test, w[1], 0xd5d5d5d5u);
	edma_test_param(0, 127, w);
	KUNIT_EXPECT_EQ(test, w[1], 0xd5d5d5d5u);
	KUNIT_EXPECT_TRUE(test, edma_test_param_is_dummy(0, 99));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 110), -EBUSY);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 99), CH(0, 99));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(0, 31), NULL, NULL,
						 EVENTQ_DEFAULT), -EBUSY);
}

static void probe_leaves_reserved_channels_queues_alone(struct kunit *test)
{
	struct edma_rsv_info *rsv[2] = {
		&edma_test_da850_evm_rsv[0], &edma_test_da850_evm_rsv[1]
	};

	edma3_write(edma_test_cc(0), EDMA3_DMAQNUM(1), 0);
	KUNIT_ASSERT_EQ(test, da850_register_edma(rsv), 0);
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 8), 0u);
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 13), 0u);
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 14), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 7), 1u);
	KUNIT_EXPECT_FALSE(test, edma_test_bit(0, EDMA3_DRAE(0), 8));
}

static void duplicate_controller_id_fails_cleanly(struct kunit *test)
{
	struct edma_soc_info info = { .default_queue = EVENTQ_0 };
	struct platform_device *first, *dup;
	long allocs, devres;

	ET_REQUIRE(test, HOST_CAP_SAME_NAME_DEVICES);

	first = register_cc(0, 0, &info, true, true);
	KUNIT_ASSERT_TRUE(test, probed(first));
	devres = host_devres_live();
	dup = register_cc(1, 0, &info, true, true);
	KUNIT_ASSERT_FALSE(test, IS_ERR_OR_NULL(dup));
	KUNIT_EXPECT_FALSE(test, probed(dup));
	KUNIT_EXPECT_EQ(test, host_devres_live(), devres);
	KUNIT_EXPECT_FALSE(test, host_irq_has_handler(93));
	allocs = host_alloc_live();
	platform_device_unregister(dup);
	KUNIT_EXPECT_LT(test, host_alloc_live(), allocs);
	/* controller 0 is still the first one */
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(1, EDMA_SLOT_ANY), -EINVAL);
	expect_copy_works(test, 0, 20);
}

static void missing_completion_irq_fails_the_probe(struct kunit *test)
{
	struct edma_soc_info info = { .default_queue = EVENTQ_0 };
	long devres = host_devres_live();

	KUNIT_EXPECT_FALSE(test, probed(register_cc(0, 0, &info, false,
						    true)));
	KUNIT_EXPECT_EQ(test, host_devres_live(), devres);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, EDMA_SLOT_ANY), -EINVAL);
}

static void missing_error_irq_still_probes(struct kunit *test)
{
	struct edma_soc_info info = { .default_queue = EVENTQ_0 };

	KUNIT_ASSERT_TRUE(test, probed(register_cc(0, 0, &info, true,
						   false)));
	expect_copy_works(test, 0, 20);
}

static void unnumbered_devices_take_the_first_free_ids(struct kunit *test)
{
	struct edma_soc_info info = { .default_queue = EVENTQ_0 };

	ET_REQUIRE(test, HOST_CAP_SAME_NAME_DEVICES);

	KUNIT_ASSERT_TRUE(test, probed(register_cc(1, -1, &info, true, true)));
	KUNIT_ASSERT_TRUE(test, probed(register_cc(0, -1, &info, true, true)));
	/* the first device registered became controller 0: DA850's CC1 */
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 100), CH(0, 100));
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(1, 101), CH(1, 101));
	KUNIT_EXPECT_TRUE(test, edma_test_param_is_dummy(1, 100));
	KUNIT_EXPECT_TRUE(test, edma_test_param_is_dummy(0, 101));
}

/* ---- the 3.x form ------------------------------------------------------ */

static void legacy_form_registers_both_controllers(struct kunit *test)
{
	struct platform_device *pdev;

	pdev = register_legacy(&legacy_cc0, &legacy_cc1,
			       ET_DA850_LEGACY_NRES);
	KUNIT_ASSERT_TRUE(test, probed(pdev));
	expect_copy_works(test, 0, 20);
	expect_copy_works(test, 1, 21);
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(1, 25), 0u);
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 25), 1u);
}

static void legacy_form_counts_override_cccfg(struct kunit *test)
{
	struct edma_soc_info small = {
		.n_channel = 16, .n_slot = 64, .n_tc = 1,
		.default_queue = EVENTQ_0,
	};

	KUNIT_ASSERT_TRUE(test, probed(register_legacy(&small, NULL,
					ET_DA850_LEGACY_NRES)));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(0, 16), NULL, NULL,
						 EVENTQ_DEFAULT), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(0, 15), NULL, NULL,
						 EVENTQ_DEFAULT), CH(0, 15));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(0, 14), NULL, NULL,
						 EVENTQ_1), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, EDMA_SLOT_ANY), CH(0, 16));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 64), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(1, EDMA_SLOT_ANY), -EINVAL);
}

static void legacy_form_numbers_tcs_across_controllers(struct kunit *test)
{
	struct edma_test_buf src, dst;

	/* n_tc left 0: CC0 has two TCs by CCCFG, so CC1's TC is edma_tc2 */
	KUNIT_ASSERT_TRUE(test, probed(register_legacy(&legacy_cc0,
					&legacy_cc1,
					ET_DA850_LEGACY_NRES)));
	edma_test_buf_alloc(test, &src, 16, 0x21);
	edma_test_buf_alloc(test, &dst, 16, 0);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH(1, 20), edma_test_cb, NULL,
						 EVENTQ_0), CH(1, 20));
	edma_test_program_copy(CH(1, 20), &src, &dst, 16, 20);
	edma3_inject_tc_error(edma_test_cc(1), 0, 1);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH(1, 20)), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH(1, 20), EDMA_DMA_TC_ERROR), 1u);
}

static void legacy_form_without_memory_resource_returns_enodev(
	struct kunit *test)
{
	long devres = host_devres_live();

	/* skip the MEM resources: start at the first IRQ */
	KUNIT_EXPECT_FALSE(test, probed(host_platform_device_create("edma", 0,
			   edma_test_da850_legacy_res + 5, ET_DA850_LEGACY_NRES - 5,
			   (struct edma_soc_info *[EDMA_MAX_CC]){
				&legacy_cc0, NULL },
			   EDMA_MAX_CC * sizeof(void *))));
	KUNIT_EXPECT_EQ(test, host_devres_live(), devres);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, EDMA_SLOT_ANY), -EINVAL);
}

/*
 * A single later-form soc_info with a misnamed memory resource must not be
 * taken for the 3.x array of pointers.
 */
static void unnamed_memory_resource_is_not_read_as_legacy_data(
	struct kunit *test)
{
	const struct board_cc *d = &edma_test_board->soc->cc[0];
	struct edma_soc_info info = { .default_queue = EVENTQ_0 };
	struct resource res[] = {
		DEFINE_RES_MEM_NAMED(d->cc_base, d->cc_size, "regs"),
		DEFINE_RES_IRQ_NAMED(d->irq_ccint, "edma3_ccint"),
	};

	KUNIT_EXPECT_FALSE(test, probed(host_platform_device_create("edma",
			   0, res, ARRAY_SIZE(res), &info, sizeof(info))));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, EDMA_SLOT_ANY), -EINVAL);
}

/* ---- failures, removal ----------------------------------------------- */

static void probe_failure_unwinds(struct kunit *test, enum host_fault kind)
{
	struct edma_soc_info info = { .default_queue = EVENTQ_0 };
	unsigned int n, failed = 0;
	bool ok = false;

	ET_REQUIRE_FAULT(test, kind);
	for (n = 1; n <= ET_FAULT_WALK_MAX && !ok; n++) {
		long allocs = host_alloc_live(), devres = host_devres_live();
		struct platform_device *pdev;

		host_fail_inject(kind, n);
		pdev = register_cc(0, 0, &info, true, true);
		host_fail_clear();
		ok = probed(pdev);
		if (ok)
			break;
		failed++;
		KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, EDMA_SLOT_ANY),
				-EINVAL);
		KUNIT_EXPECT_FALSE(test, host_irq_has_handler(11));
		if (!IS_ERR_OR_NULL(pdev))
			platform_device_unregister(pdev);
		KUNIT_EXPECT_EQ_MSG(test, host_alloc_live(), allocs,
				    "fault %d at call %u", kind, n);
		KUNIT_EXPECT_EQ_MSG(test, host_devres_live(), devres,
				    "fault %d at call %u", kind, n);
	}
	KUNIT_EXPECT_TRUE(test, ok);
	KUNIT_EXPECT_GE(test, failed, 1u);
	expect_copy_works(test, 0, 20);
}

static void probe_failing_an_allocation_unwinds(struct kunit *test)
{
	probe_failure_unwinds(test, HOST_FAULT_ALLOC);
}

static void probe_failing_an_ioremap_unwinds(struct kunit *test)
{
	probe_failure_unwinds(test, HOST_FAULT_IOREMAP);
}

static void probe_failing_an_irq_request_unwinds(struct kunit *test)
{
	probe_failure_unwinds(test, HOST_FAULT_IRQ);
}

static void calls_after_removal_fail_cleanly(struct kunit *test)
{
	struct edmacc_param p = { 0 }, q;
	dma_addr_t s = 1, d = 1;
	int ch, slot;

	KUNIT_ASSERT_EQ(test, da850_register_edma(NULL), 0);
	ch = edma_alloc_channel(EDMA_CHANNEL_ANY, edma_test_cb, NULL, EVENTQ_DEFAULT);
	KUNIT_ASSERT_GE(test, ch, 0);
	slot = edma_alloc_slot(0, EDMA_SLOT_ANY);
	KUNIT_ASSERT_GE(test, slot, 0);
	host_platform_unregister_all();

	KUNIT_EXPECT_EQ(test, edma_start(ch), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_trigger_channel(ch), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(EDMA_CHANNEL_ANY, edma_test_cb, NULL,
						 EVENTQ_DEFAULT), -ENOMEM);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(1, 3), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, EDMA_SLOT_ANY), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0, EDMA_CONT_PARAMS_ANY,
						    0, 2), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_free_cont_slots(slot, 1), -EINVAL);
	edma_stop(ch);
	edma_pause(ch);
	edma_resume(ch);
	edma_clean_channel(ch);
	edma_clear_event(ch);
	edma_assign_channel_eventq(ch, EVENTQ_0);
	edma_set_src(slot, 0, INCR, W8BIT);
	edma_set_dest(slot, 0, INCR, W8BIT);
	edma_set_src_index(slot, 1, 1);
	edma_set_dest_index(slot, 1, 1);
	edma_set_transfer_params(slot, 1, 1, 1, 1, ASYNC);
	edma_link(ch, slot);
	edma_unlink(slot);
	edma_write_slot(slot, &p);
	memset(&q, 0xff, sizeof(q));
	edma_read_slot(slot, &q);
	KUNIT_EXPECT_TRUE(test, !memcmp(&q, &p, sizeof(q)));
	KUNIT_EXPECT_EQ(test, edma_get_position(slot, true), (dma_addr_t)0);
	edma_get_position_both(slot, &s, &d);
	KUNIT_EXPECT_EQ(test, s, (dma_addr_t)0);
	KUNIT_EXPECT_EQ(test, d, (dma_addr_t)0);
	edma_free_slot(slot);
	edma_free_channel(ch);
	KUNIT_EXPECT_EQ(test, host_warn_count(), 0u);
}

static void controller_can_be_probed_again_after_removal(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, da850_register_edma(NULL), 0);
	KUNIT_ASSERT_GE(test, edma_alloc_channel(CH(0, 20), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), 0);
	host_platform_unregister_all();
	KUNIT_ASSERT_EQ(test, da850_register_edma(NULL), 0);
	expect_copy_works(test, 0, 20);
	expect_copy_works(test, 1, 20);
}

/* ---- system sleep ------------------------------------------------------ */

static void resume_restores_what_linux_owns(struct kunit *test)
{
	struct platform_device *pdev;
	const struct dev_pm_ops *pm;
	struct edma_test_buf src, dst;
	u32 chan[8], link[8], w[8];
	int slot;

	KUNIT_ASSERT_EQ(test, da850_register_edma(NULL), 0);
	pdev = host_platform_find_device("edma.0");
	KUNIT_ASSERT_NOT_NULL(test, pdev);
	KUNIT_ASSERT_NOT_NULL(test, pdev->dev.driver);
	pm = pdev->dev.driver->pm;
	KUNIT_ASSERT_NOT_NULL(test, pm);
	KUNIT_ASSERT_NOT_NULL(test, pm->suspend_late);
	KUNIT_ASSERT_NOT_NULL(test, pm->resume_early);

	edma_test_buf_alloc(test, &src, 64, 0x5e);
	edma_test_buf_alloc(test, &dst, 64, 0);
	memset(dst.cpu, 0, 64);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH(0, 20), edma_test_cb, NULL,
						 EVENTQ_0), CH(0, 20));
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH(0, 14), NULL, NULL,
						 EVENTQ_0), CH(0, 14));
	KUNIT_ASSERT_EQ(test, edma_start(CH(0, 14)), 0);
	slot = edma_alloc_slot(0, EDMA_SLOT_ANY);
	KUNIT_ASSERT_GE(test, slot, 0);
	edma_test_program_copy(CH(0, 20), &src, &dst, 64, 20);
	edma_test_program_copy(slot, &src, &dst, 32, 20);
	edma_test_param(0, 20, chan);
	edma_test_param(0, EDMA_CHAN_SLOT(slot), link);

	KUNIT_ASSERT_EQ(test, pm->suspend_late(&pdev->dev), 0);
	edma3_reset(edma_test_cc(0));
	KUNIT_ASSERT_FALSE(test, edma_test_param_is_dummy(0, 20));
	KUNIT_ASSERT_EQ(test, pm->resume_early(&pdev->dev), 0);

	edma_test_param(0, 20, w);
	KUNIT_EXPECT_EQ(test, memcmp(w, chan, sizeof(w)), 0);
	edma_test_param(0, EDMA_CHAN_SLOT(slot), w);
	KUNIT_EXPECT_EQ(test, memcmp(w, link, sizeof(w)), 0);
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 20), 0u);
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 14), 0u);
	KUNIT_EXPECT_TRUE(test, edma_test_chbit(0, EDMA3_IER, 20));
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_IER, 14));
	KUNIT_EXPECT_TRUE(test, edma_test_chbit(0, EDMA3_EER, 14));
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_EER, 20));
	KUNIT_EXPECT_TRUE(test, edma_test_bit(0, EDMA3_DRAE(0), 20));
	KUNIT_EXPECT_TRUE(test, edma_test_bit(0, EDMA3_DRAE(0), 14));
	KUNIT_EXPECT_FALSE(test, edma_test_bit(0, EDMA3_DRAE(0), 21));
	KUNIT_EXPECT_EQ(test, edma_test_reg(0, EDMA3_QUEPRI), 0x73u);

	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH(0, 20)), 0);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, 64, 0x5e));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH(0, 20), EDMA_DMA_COMPLETE), 1u);
}

static void resume_keeps_the_other_controller_alone(struct kunit *test)
{
	struct platform_device *pdev;
	u32 before[8], after[8];

	KUNIT_ASSERT_EQ(test, da850_register_edma(NULL), 0);
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(1, 40), CH(1, 40));
	pdev = host_platform_find_device("edma.0");
	KUNIT_ASSERT_NOT_NULL(test, pdev);
	KUNIT_ASSERT_NOT_NULL(test, pdev->dev.driver);
	edma3_write(edma_test_cc(1), EDMA3_PARAM(40) + 4, 0x1234);
	edma_test_param(1, 40, before);
	KUNIT_ASSERT_EQ(test, pdev->dev.driver->pm->suspend_late(&pdev->dev),
			0);
	edma3_write(edma_test_cc(1), EDMA3_PARAM(40) + 4, 0x5678);
	KUNIT_ASSERT_EQ(test, pdev->dev.driver->pm->resume_early(&pdev->dev),
			0);
	edma_test_param(1, 40, after);
	KUNIT_EXPECT_EQ(test, after[1], 0x5678u);
	before[1] = 0x5678;
	KUNIT_EXPECT_EQ(test, memcmp(before, after, sizeof(after)), 0);
}

static struct kunit_case edma_probe_cases[] = {
	KUNIT_CASE(da850_controllers_get_ids_0_and_1),
	KUNIT_CASE(counts_come_from_cccfg),
	KUNIT_CASE(probe_programs_queue_tc_map_and_priorities),
	KUNIT_CASE(probe_applies_a_custom_queue_tc_map),
	KUNIT_CASE(default_queue_is_applied_to_new_channels),
	KUNIT_CASE(missing_default_queue_falls_back_to_the_last_queue),
	KUNIT_CASE(probe_leaves_other_regions_alone),
	KUNIT_CASE(probe_leaves_reserved_slots_alone),
	KUNIT_CASE(reservation_past_the_end_is_clipped_not_dropped),
	KUNIT_CASE(probe_leaves_reserved_channels_queues_alone),
	KUNIT_CASE(duplicate_controller_id_fails_cleanly),
	KUNIT_CASE(missing_completion_irq_fails_the_probe),
	KUNIT_CASE(missing_error_irq_still_probes),
	KUNIT_CASE(unnumbered_devices_take_the_first_free_ids),
	KUNIT_CASE(legacy_form_registers_both_controllers),
	KUNIT_CASE(legacy_form_counts_override_cccfg),
	KUNIT_CASE(legacy_form_numbers_tcs_across_controllers),
	KUNIT_CASE(legacy_form_without_memory_resource_returns_enodev),
	KUNIT_CASE(unnamed_memory_resource_is_not_read_as_legacy_data),
	KUNIT_CASE(probe_failing_an_allocation_unwinds),
	KUNIT_CASE(probe_failing_an_ioremap_unwinds),
	KUNIT_CASE(probe_failing_an_irq_request_unwinds),
	KUNIT_CASE(calls_after_removal_fail_cleanly),
	KUNIT_CASE(controller_can_be_probed_again_after_removal),
	KUNIT_CASE(resume_restores_what_linux_owns),
	KUNIT_CASE(resume_keeps_the_other_controller_alone),
	{}
};

static struct kunit_suite edma_probe_suite = {
	.name = "edma_probe",
	.init = probe_init_da850,
	.exit = edma_test_exit,
	.test_cases = edma_probe_cases,
};

/* ---- Keystone 2 K2H: five controllers ---------------------------------- */

static void k2h_five_controllers_are_all_usable(struct kunit *test)
{
	struct edma_soc_info info[BOARD_MAX_CC];
	unsigned int c;

	for (c = 0; c < 5; c++) {
		info[c] = (struct edma_soc_info){ .default_queue = EVENTQ_0 };
		KUNIT_ASSERT_TRUE(test, probed(register_cc(c, c, &info[c],
							   true, true)));
	}
	for (c = 0; c < 5; c++) {
		KUNIT_EXPECT_EQ(test, edma_alloc_slot(c, EDMA_SLOT_ANY),
				(int)CH(c, 64));
		KUNIT_EXPECT_EQ(test, edma_alloc_slot(c, 511), (int)CH(c, 511));
		expect_copy_works(test, c, 10 + c);
	}
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(5, EDMA_SLOT_ANY), -EINVAL);
}

static void k2h_channel_map_points_at_the_channels_slot(struct kunit *test)
{
	struct edma_soc_info info = { .default_queue = EVENTQ_0 };

	KUNIT_ASSERT_TRUE(test, probed(register_cc(3, 3, &info, true, true)));
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH(3, 45), NULL, NULL,
						 EVENTQ_DEFAULT), CH(3, 45));
	KUNIT_EXPECT_EQ(test, edma_test_reg(3, EDMA3_DCHMAP(45)), 45u << 5);
	expect_copy_works(test, 3, 46);
}

static void k2h_queue_count_comes_from_cccfg(struct kunit *test)
{
	struct edma_soc_info info = { .default_queue = EVENTQ_DEFAULT };

	KUNIT_ASSERT_TRUE(test, probed(register_cc(1, 1, &info, true, true)));
	KUNIT_ASSERT_TRUE(test, probed(register_cc(0, 0, &info, true, true)));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(1, 1), NULL, NULL,
						 EVENTQ_3), CH(1, 1));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(0, 1), NULL, NULL,
						 EVENTQ_2), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(1, 2), NULL, NULL,
						 EVENTQ_DEFAULT), CH(1, 2));
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(1, 2), 3u);
}

static struct kunit_case edma_probe_k2h_cases[] = {
	KUNIT_CASE(k2h_five_controllers_are_all_usable),
	KUNIT_CASE(k2h_channel_map_points_at_the_channels_slot),
	KUNIT_CASE(k2h_queue_count_comes_from_cccfg),
	{}
};

static struct kunit_suite edma_probe_k2h_suite = {
	.name = "edma_probe_k2h",
	.init = probe_init_k2h,
	.exit = edma_test_exit,
	.test_cases = edma_probe_k2h_cases,
};

kunit_test_suites(&edma_probe_suite, &edma_probe_k2h_suite);
