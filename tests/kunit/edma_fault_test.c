// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: fault injection the interrupt and probe suites leave out.
 *
 *  - probe of both DA850 controllers (and of the 3.x form) failing at
 *    every allocation, ioremap, IRQ request and resource lookup in turn,
 *    until it succeeds: every failure unwinds to the allocation and
 *    devres baseline and leaves no interrupt handler behind;
 *  - shared interrupt lines: another device's handler on the completion
 *    and error lines (IRQF_SHARED) sees every delivery, and each handler
 *    claims only its own interrupts;
 *  - spurious TC error interrupts, missed events on channels nobody owns,
 *    TC errors whose TCC names nobody, and the CC running out of
 *    completion codes (EDMA_DMA_TCC_ERROR), each reported to the clients
 *    the README names and to nobody else.
 */
#include <kunit/test.h>
#include <linux/interrupt.h>
#include <linux/ioport.h>
#include <linux/platform_device.h>
#include <linux/sizes.h>

#include "edma-soc.h"
#include "edma_test_util.h"

#define CH0(n)	EDMA_CTLR_CHAN(0, n)

static u64 fault_irq_stat(unsigned int irq, bool handled)
{
	struct host_irq_stats st;

	host_irq_get_stats(irq, &st);
	return handled ? st.handled : st.none;
}

static u64 irq_unhandled(unsigned int irq)
{
	struct host_irq_stats st;

	host_irq_get_stats(irq, &st);
	return st.unhandled;
}

/* ---- probe failures ---------------------------------------------------- */

static int fault_init_bare(struct kunit *test)
{
	return edma_test_setup_bare(&board_da850);
}

static struct edma_rsv_info *fault_rsv[2] = {
	&edma_test_da850_evm_rsv[0], &edma_test_da850_evm_rsv[1]
};

static bool da850_probed(void)
{
	int a = edma_alloc_slot(0, EDMA_SLOT_ANY);
	int b = edma_alloc_slot(1, EDMA_SLOT_ANY);

	if (a >= 0)
		edma_free_slot(a);
	if (b >= 0)
		edma_free_slot(b);
	return a >= 0 && b >= 0;
}

static const unsigned int da850_irqs[] = { 11, 12, 13, 32, 93, 94, 95 };

/*
 * Fail the nth call of one kind while registering both controllers, for
 * n = 1, 2, ... until registration works.  After each failure, removing
 * what was registered must bring allocations and devres entries back to
 * where they were and leave every EDMA line without a handler.
 */
static void da850_probe_fault_walk(struct kunit *test, enum host_fault kind)
{
	unsigned int n, i, failed = 0;
	bool ok = false;

	ET_REQUIRE_FAULT(test, kind);
	for (n = 1; n <= ET_FAULT_WALK_MAX; n++) {
		long allocs = host_alloc_live(), devres = host_devres_live();

		host_fail_inject(kind, n);
		da850_register_edma(fault_rsv);
		host_fail_clear();
		ok = da850_probed();
		if (ok)
			break;
		failed++;
		host_platform_unregister_all();
		KUNIT_EXPECT_EQ_MSG(test, host_alloc_live(), allocs,
				    "fault %d at call %u leaks memory", kind,
				    n);
		KUNIT_EXPECT_EQ_MSG(test, host_devres_live(), devres,
				    "fault %d at call %u leaks devres", kind,
				    n);
		for (i = 0; i < ARRAY_SIZE(da850_irqs); i++)
			KUNIT_EXPECT_FALSE_MSG(test,
				host_irq_has_handler(da850_irqs[i]),
				"fault %d at call %u leaves IRQ %u", kind, n,
				da850_irqs[i]);
		KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, EDMA_SLOT_ANY),
				-EINVAL);
	}
	KUNIT_ASSERT_TRUE(test, ok);
	KUNIT_EXPECT_GE(test, failed, 1u);
	kunit_info(test, "fault %d: %u failing steps walked", kind, failed);
}

static void da850_probe_survives_allocation_failures(struct kunit *test)
{
	da850_probe_fault_walk(test, HOST_FAULT_ALLOC);
}

static void da850_probe_survives_ioremap_failures(struct kunit *test)
{
	da850_probe_fault_walk(test, HOST_FAULT_IOREMAP);
}

static void da850_probe_survives_irq_request_failures(struct kunit *test)
{
	da850_probe_fault_walk(test, HOST_FAULT_IRQ);
}

static void da850_probe_survives_resource_lookup_failures(struct kunit *test)
{
	da850_probe_fault_walk(test, HOST_FAULT_RESOURCE);
}

static void legacy_probe_survives_every_failure(struct kunit *test)
{
	static struct edma_soc_info cc0 = { .default_queue = EVENTQ_1 };
	static struct edma_soc_info cc1 = { .default_queue = EVENTQ_0 };
	struct edma_soc_info *info[EDMA_MAX_CC] = { &cc0, &cc1 };
	enum host_fault kind;
	unsigned int n;

	ET_REQUIRE_FAULT(test, HOST_FAULT_ALLOC);
	for (kind = 0; kind < HOST_FAULT_NR; kind++) {
		bool ok = false;

		if (!host_can_fail(kind))
			continue;
		for (n = 1; n <= ET_FAULT_WALK_MAX && !ok; n++) {
			long allocs = host_alloc_live();
			long devres = host_devres_live();

			host_fail_inject(kind, n);
			host_platform_device_create("edma", 0, edma_test_da850_legacy_res,
						    ET_DA850_LEGACY_NRES,
						    info, sizeof(info));
			host_fail_clear();
			ok = da850_probed();
			host_platform_unregister_all();
			KUNIT_EXPECT_EQ_MSG(test, host_alloc_live(), allocs,
					    "fault %d at call %u", kind, n);
			KUNIT_EXPECT_EQ_MSG(test, host_devres_live(), devres,
					    "fault %d at call %u", kind, n);
			KUNIT_EXPECT_FALSE(test, host_irq_has_handler(11));
		}
		KUNIT_EXPECT_TRUE_MSG(test, ok, "fault %d never recovered",
				      kind);
	}
}

static struct kunit_case edma_fault_probe_cases[] = {
	KUNIT_CASE(da850_probe_survives_allocation_failures),
	KUNIT_CASE(da850_probe_survives_ioremap_failures),
	KUNIT_CASE(da850_probe_survives_irq_request_failures),
	KUNIT_CASE(da850_probe_survives_resource_lookup_failures),
	KUNIT_CASE(legacy_probe_survives_every_failure),
	{}
};

static struct kunit_suite edma_fault_probe_suite = {
	.name = "edma_fault_probe",
	.init = fault_init_bare,
	.exit = edma_test_exit,
	.test_cases = edma_fault_probe_cases,
};

/* ---- shared and spurious interrupts ------------------------------------ */

/* Another device on a shared line: it claims only what it raised. */
struct other_dev {
	unsigned int calls;
	bool pending;
};

static irqreturn_t other_handler(int irq, void *dev_id)
{
	struct other_dev *o = dev_id;

	o->calls++;
	if (!o->pending)
		return IRQ_NONE;
	o->pending = false;
	return IRQ_HANDLED;
}

static void shared_completion_line_serves_both_devices(struct kunit *test)
{
	struct other_dev other = { 0 };
	struct edma_test_buf src, dst;
	u64 handled, none, unhandled = irq_unhandled(11);
	/* the other handler's IRQ_NONE, where each handler is counted */
	u64 other_none = host_can(HOST_CAP_HANDLER_STATS) ? 1 : 0;

	KUNIT_ASSERT_EQ(test, request_irq(host_irq_linux(11), other_handler,
					  IRQF_SHARED, "other", &other), 0);
	edma_test_buf_alloc(test, &src, 32, 0x21);
	edma_test_buf_alloc(test, &dst, 32, 0);
	memset(dst.cpu, 0, 32);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(20), edma_test_cb, NULL,
						 EVENTQ_0), CH0(20));
	edma_test_program_copy(CH0(20), &src, &dst, 32, 20);

	/* the EDMA interrupt: the library claims it, the other does not */
	handled = fault_irq_stat(11, true);
	none = fault_irq_stat(11, false);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(20)), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(20), EDMA_DMA_COMPLETE), 1u);
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, 32, 0x21));
	KUNIT_EXPECT_EQ(test, other.calls, 1u);
	KUNIT_EXPECT_EQ(test, fault_irq_stat(11, true), handled + 1);
	KUNIT_EXPECT_EQ(test, fault_irq_stat(11, false), none + other_none);

	/* the other device's interrupt: the library says IRQ_NONE */
	other.pending = true;
	host_irq_raise(11);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, other.calls, 2u);
	KUNIT_EXPECT_FALSE(test, other.pending);
	KUNIT_EXPECT_EQ(test, fault_irq_stat(11, true), handled + 2);
	KUNIT_EXPECT_EQ(test, fault_irq_stat(11, false), none + 2 * other_none);
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 1u);
	KUNIT_EXPECT_EQ(test, irq_unhandled(11), unhandled);

	free_irq(host_irq_linux(11), &other);
}

static void shared_error_line_serves_both_devices(struct kunit *test)
{
	struct other_dev other = { 0 };
	int ch;

	KUNIT_ASSERT_EQ(test, request_irq(host_irq_linux(12), other_handler,
					  IRQF_SHARED, "other", &other), 0);
	ch = edma_alloc_channel(EDMA_CHANNEL_ANY, edma_test_cb, NULL, EVENTQ_0);
	KUNIT_ASSERT_GE(test, ch, 0);
	/* the dummy set links to NULL: the second trigger is missed */
	edma_trigger_channel(ch);
	edma_trigger_channel(ch);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(ch, EDMA_DMA_CC_ERROR), 1u);
	KUNIT_EXPECT_GE(test, other.calls, 1u);

	other.pending = true;
	host_irq_raise(12);
	host_irq_poll();
	KUNIT_EXPECT_FALSE(test, other.pending);
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 1u);
	KUNIT_EXPECT_EQ(test, irq_unhandled(12), 0u);
	free_irq(host_irq_linux(12), &other);
}

static void shared_line_outlives_the_controller(struct kunit *test)
{
	struct other_dev other = { .pending = true };

	KUNIT_ASSERT_EQ(test, request_irq(host_irq_linux(11), other_handler,
					  IRQF_SHARED, "other", &other), 0);
	host_platform_unregister_all();
	KUNIT_EXPECT_TRUE(test, host_irq_has_handler(11));
	host_irq_raise(11);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, other.calls, 1u);
	KUNIT_EXPECT_FALSE(test, other.pending);
	free_irq(host_irq_linux(11), &other);
	KUNIT_EXPECT_FALSE(test, host_irq_has_handler(11));
}

static void spurious_tc_error_interrupt_returns_irq_none(struct kunit *test)
{
	u64 none13 = fault_irq_stat(13, false), none95 = fault_irq_stat(95, false);

	host_irq_raise(13);
	host_irq_raise(95);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, fault_irq_stat(13, false), none13 + 1);
	KUNIT_EXPECT_EQ(test, fault_irq_stat(95, false), none95 + 1);
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 0u);
}

/* ---- errors nobody owns ------------------------------------------------ */

static void missed_event_on_a_free_channel_is_cleared_quietly(
	struct kunit *test)
{
	int ch;

	ch = edma_alloc_channel(CH0(20), edma_test_cb, NULL, EVENTQ_0);
	KUNIT_ASSERT_EQ(test, ch, CH0(20));
	/* channel 21 is nobody's: its event latches, the second is missed */
	edma3_event(edma_test_cc(0), 21);
	edma3_event(edma_test_cc(0), 21);
	KUNIT_ASSERT_TRUE(test, edma_test_bit(0, EDMA3_EMR, 21));
	host_irq_poll();
	KUNIT_EXPECT_FALSE(test, edma_test_bit(0, EDMA3_EMR, 21));
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 0u);
	KUNIT_EXPECT_EQ(test, fault_irq_stat(12, true), 1u);
}

static void tc_error_naming_nobody_goes_to_that_tcs_channels(
	struct kunit *test)
{
	struct edma_test_buf src, dst;
	struct edmacc_param p;
	int a, b, c;

	edma_test_buf_alloc(test, &src, 16, 0x31);
	edma_test_buf_alloc(test, &dst, 16, 0);
	a = edma_alloc_channel(CH0(20), edma_test_cb, NULL, EVENTQ_1);
	b = edma_alloc_channel(CH0(21), edma_test_cb, NULL, EVENTQ_1);
	c = edma_alloc_channel(CH0(22), edma_test_cb, NULL, EVENTQ_0);
	KUNIT_ASSERT_GE(test, c, 0);
	/* channel 20 runs a set whose TCC (23) is nobody's */
	edma_test_copy_param(&p, src.dma, dst.dma, 16, 1, 23);
	edma_write_slot(a, &p);
	edma3_inject_tc_error(edma_test_cc(0), 1, 1);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(a), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(a, EDMA_DMA_TC_ERROR), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(b, EDMA_DMA_TC_ERROR), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(c, EDMA_DMA_TC_ERROR), 0u);
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 2u);
}

static void running_out_of_completion_codes_reports_tcc_error(
	struct kunit *test)
{
	struct edma_test_buf src, dst;
	unsigned int n, complete = 0;

	edma_test_buf_alloc(test, &src, 16, 0x41);
	edma_test_buf_alloc(test, &dst, 16, 0);
	for (n = 0; n < 32; n++) {
		KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(n), edma_test_cb, NULL,
							 n < 16 ? EVENTQ_0 :
							 EVENTQ_1), CH0(n));
		edma_test_program_copy(CH0(n), &src, &dst, 16, n);
	}
	/*
	 * Both TCs stop: 32 transfers want a completion code, the CC keeps
	 * 31.  The TCs move again before interrupts are taken, as they do
	 * on silicon (a TC that never drains makes the CC flag TCCERR again
	 * on every evaluation, so its interrupt would never stop).
	 */
	edma3_tc_stall(edma_test_cc(0), 0, true);
	edma3_tc_stall(edma_test_cc(0), 1, true);
	local_irq_disable();
	for (n = 0; n < 32; n++)
		edma_trigger_channel(CH0(n));
	KUNIT_EXPECT_TRUE(test, edma_test_reg(0, EDMA3_CCERR) & BIT(16));
	edma3_tc_stall(edma_test_cc(0), 0, false);
	edma3_tc_stall(edma_test_cc(0), 1, false);
	edma3_run(edma_test_cc(0), 1000);
	local_irq_enable();
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_reg(0, EDMA3_CCERR), 0u);
	for (n = 0; n < 32; n++) {
		KUNIT_EXPECT_EQ_MSG(test,
				    edma_test_log_count(CH0(n), EDMA_DMA_TCC_ERROR),
				    1u, "channel %u", n);
		complete += edma_test_log_count(CH0(n), EDMA_DMA_COMPLETE);
	}
	/* the held-back transfer still ran */
	KUNIT_EXPECT_EQ(test, complete, 32u);
}

static struct kunit_case edma_fault_irq_cases[] = {
	KUNIT_CASE(shared_completion_line_serves_both_devices),
	KUNIT_CASE(shared_error_line_serves_both_devices),
	KUNIT_CASE(shared_line_outlives_the_controller),
	KUNIT_CASE(spurious_tc_error_interrupt_returns_irq_none),
	KUNIT_CASE(missed_event_on_a_free_channel_is_cleared_quietly),
	KUNIT_CASE(tc_error_naming_nobody_goes_to_that_tcs_channels),
	KUNIT_CASE(running_out_of_completion_codes_reports_tcc_error),
	{}
};

/* ---- errors of the other core (DSP) ----------------------------------- */

/* Two missed events on DSP channel 8 of CC0 (da850-evm reserves 8..13). */
static void dsp_misses_an_event(void)
{
	edma3_event(edma_test_cc(0), 8);
	edma3_event(edma_test_cc(0), 8);
}

static void dsp_missed_event_is_left_for_the_dsp(struct kunit *test)
{
	dsp_misses_an_event();
	KUNIT_ASSERT_TRUE(test, edma_test_bit(0, EDMA3_EMR, 8));
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_bit(0, EDMA3_EMR, 8));
	KUNIT_EXPECT_EQ(test, fault_irq_stat(12, false), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 0u);
}

static void linux_error_after_the_dsp_cleans_up_is_reported(
	struct kunit *test)
{
	int ch = edma_alloc_channel(CH0(20), edma_test_cb, NULL, EVENTQ_0);

	KUNIT_ASSERT_EQ(test, ch, CH0(20));
	dsp_misses_an_event();
	host_irq_poll();
	/* the line stays high while the DSP's bit is set: no new edge */
	edma3_event(edma_test_cc(0), 20);
	edma3_event(edma_test_cc(0), 20);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(ch, EDMA_DMA_CC_ERROR), 0u);
	/* the DSP's handler clears its bit and re-arms the line */
	edma3_write(edma_test_cc(0), EDMA3_EMCR, BIT(8));
	edma3_write(edma_test_cc(0), EDMA3_EEVAL, 1);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(ch, EDMA_DMA_CC_ERROR), 1u);
	KUNIT_EXPECT_FALSE(test, edma_test_bit(0, EDMA3_EMR, 20));
}

static struct kunit_case edma_fault_dsp_cases[] = {
	KUNIT_CASE(dsp_missed_event_is_left_for_the_dsp),
	KUNIT_CASE(linux_error_after_the_dsp_cleans_up_is_reported),
	{}
};

static struct kunit_suite edma_fault_dsp_suite = {
	.name = "edma_fault_dsp",
	.init = edma_test_init_da850_dsp,
	.exit = edma_test_exit,
	.test_cases = edma_fault_dsp_cases,
};

static struct kunit_suite edma_fault_irq_suite = {
	.name = "edma_fault_irq",
	.init = edma_test_init_da850,
	.exit = edma_test_exit,
	.test_cases = edma_fault_irq_cases,
};

kunit_test_suites(&edma_fault_probe_suite, &edma_fault_irq_suite,
		  &edma_fault_dsp_suite);
