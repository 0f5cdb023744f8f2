// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: the SoC descriptions of arch/arm/mach-davinci and
 * arch/arm/mach-keystone.  Every suite builds one simulated SoC, registers
 * its controllers through the helper a board file calls (with the EVM's
 * DSP reservations where the EVM has them) and checks what the library
 * made of them against hardware.md 7 and 8: the counts read from CCCFG,
 * the queue priorities and default queue, the TC error lines, the
 * reservations, and a transfer on every controller.  The last suite probes
 * the Keystone 2 device-tree fragment instead.
 */
#include <kunit/test.h>
#include <linux/errno.h>

#include "edma-keystone.h"
#include "edma-legacy.h"
#include "edma_test_util.h"

#define CH(c, n)	EDMA_CTLR_CHAN(c, n)

/* What a DSP left in a PaRAM set it owns before Linux booted. */
#define DSP_WORD	0xd5d5d5d5u

/* One controller as hardware.md describes it. */
struct cc_expect {
	unsigned int nch;	/* DMA channels */
	unsigned int nslot;	/* PaRAM sets */
	unsigned int ntc;	/* queues = transfer controllers */
	u32 quepri;		/* QUEPRI: priority of queue q in bits 4q */
	unsigned int dflt;	/* default queue */
	unsigned int free_ch;	/* a channel the board leaves to Linux */
	int rsv_ch;		/* a channel reserved for the DSP, or -1 */
	int rsv_slot;		/* a PaRAM set reserved for the DSP, or -1 */
};

struct soc_expect {
	const struct board_soc *board;
	int (*reg)(void);
	unsigned int ncc;
	struct cc_expect cc[5];
};

static int reg_da850(void)
{
	return da850_register_edma(da850_evm_edma_rsv);
}

static int reg_da830(void)
{
	return da830_register_edma(&da830_evm_edma_rsv);
}

static int reg_dm644x(void)
{
	return dm644x_register_edma(NULL);
}

static int reg_dm355(void)
{
	return dm355_register_edma(NULL);
}

static int reg_dm365(void)
{
	return dm365_register_edma(NULL);
}

static int reg_dm646x(void)
{
	return dm646x_register_edma(&dm646x_evm_edma_rsv);
}

static int reg_k2h(void)
{
	return keystone_register_edma(KEYSTONE_EDMA_K2H);
}

static int reg_k2e(void)
{
	return keystone_register_edma(KEYSTONE_EDMA_K2E);
}

static int reg_k2l(void)
{
	return keystone_register_edma(KEYSTONE_EDMA_K2L);
}

#define NO_RSV		.rsv_ch = -1, .rsv_slot = -1
#define K2_2TC		{ 64, 512, 2, 0x07, 0, 20, NO_RSV }
#define K2_4TC		{ 64, 512, 4, 0x0257, 0, 20, NO_RSV }

static const struct soc_expect exp_da850 = {
	&board_da850, reg_da850, 2, {
		{ 32, 128, 2, 0x73, 1, 20, .rsv_ch = 8, .rsv_slot = 40 },
		{ 32, 128, 1, 0x3, 0, 29, .rsv_ch = 0, .rsv_slot = 100 },
	}
};

static const struct soc_expect exp_da830 = {
	&board_da830, reg_da830, 1, {
		{ 32, 128, 2, 0x73, 1, 20, .rsv_ch = 12, .rsv_slot = 40 },
	}
};

static const struct soc_expect exp_dm644x = {
	&board_dm644x, reg_dm644x, 1, {
		{ 64, 128, 2, 0x73, 1, 20, NO_RSV },
	}
};

static const struct soc_expect exp_dm355 = {
	&board_dm355, reg_dm355, 1, {
		{ 64, 128, 2, 0x73, 1, 20, NO_RSV },
	}
};

static const struct soc_expect exp_dm365 = {
	&board_dm365, reg_dm365, 1, {
		{ 64, 256, 4, 0x0777, 3, 20, NO_RSV },
	}
};

static const struct soc_expect exp_dm646x = {
	&board_dm646x, reg_dm646x, 1, {
		{ 64, 512, 4, 0x1504, 1, 20, .rsv_ch = 54, .rsv_slot = 200 },
	}
};

static const struct soc_expect exp_k2h = {
	&board_k2h, reg_k2h, 5, { K2_2TC, K2_4TC, K2_4TC, K2_2TC, K2_2TC }
};

static const struct soc_expect exp_k2e = {
	&board_k2e, reg_k2e, 5, { K2_2TC, K2_4TC, K2_4TC, K2_2TC, K2_2TC }
};

static const struct soc_expect exp_k2l = {
	&board_k2l, reg_k2l, 3, { K2_2TC, K2_4TC, K2_4TC }
};

/* The SoC of the running case. */
static const struct soc_expect *cur;

static int soc_init(const struct soc_expect *e)
{
	unsigned int c;
	int ret;

	ret = edma_test_setup_bare(e->board);
	if (ret)
		return ret;
	cur = e;
	for (c = 0; c < e->ncc; c++) {
		if (e->cc[c].rsv_slot >= 0)
			edma3_write(edma_test_cc(c), EDMA3_PARAM(e->cc[c].rsv_slot) + 4,
				    DSP_WORD);
	}
	ret = e->reg();
	if (ret)
		edma_test_teardown();
	return ret;
}

static void soc_exit(struct kunit *test)
{
	edma_test_exit(test);
	cur = NULL;
}

/* ---- checks shared by every SoC ---------------------------------------- */

/* A one-shot copy through channel ch of controller c on queue q. */
static void copy_on(struct kunit *test, unsigned int c, unsigned int ch,
		    enum dma_event_q q)
{
	u8 seed = (u8)(c * 32 + ch + q + 1);
	unsigned int done = edma_test_log_count(CH(c, ch), EDMA_DMA_COMPLETE);
	struct edma_test_buf src, dst;

	edma_test_buf_alloc(test, &src, 128, seed);
	edma_test_buf_alloc(test, &dst, 128, 0);
	memset(dst.cpu, 0, 128);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH(c, ch), edma_test_cb, NULL, q),
			(int)CH(c, ch));
	edma_test_program_copy(CH(c, ch), &src, &dst, 128, ch);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH(c, ch)), 0);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, 128, seed));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH(c, ch), EDMA_DMA_COMPLETE),
			done + 1);
	edma_free_channel(CH(c, ch));
}

static bool exists(int ret, unsigned int handle)
{
	return ret == (int)handle || ret == -EBUSY;
}

static void channel_count_matches_hardware(struct kunit *test)
{
	unsigned int c, n;
	int ret;

	for (c = 0; c < cur->ncc; c++) {
		n = cur->cc[c].nch;
		ret = edma_alloc_channel(CH(c, n - 1), NULL, NULL,
					 EVENTQ_DEFAULT);
		KUNIT_EXPECT_TRUE(test, exists(ret, CH(c, n - 1)));
		KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(c, n), NULL, NULL,
							 EVENTQ_DEFAULT),
				-EINVAL);
	}
}

static void slot_count_matches_hardware(struct kunit *test)
{
	unsigned int c, n;

	for (c = 0; c < cur->ncc; c++) {
		n = cur->cc[c].nslot;
		KUNIT_EXPECT_TRUE(test, exists(edma_alloc_slot(c, n - 1),
					       CH(c, n - 1)));
		KUNIT_EXPECT_EQ(test, edma_alloc_slot(c, n), -EINVAL);
	}
}

static void queue_count_matches_hardware(struct kunit *test)
{
	unsigned int c, n, ch;

	for (c = 0; c < cur->ncc; c++) {
		n = cur->cc[c].ntc;
		ch = cur->cc[c].free_ch;
		KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(c, ch), NULL, NULL,
							 n - 1), (int)CH(c, ch));
		edma_free_channel(CH(c, ch));
		KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(c, ch), NULL, NULL,
							 n), -EINVAL);
	}
}

static void queue_priorities_land_in_quepri(struct kunit *test)
{
	unsigned int c;
	u32 mask;

	for (c = 0; c < cur->ncc; c++) {
		mask = GENMASK(4 * cur->cc[c].ntc - 1, 0) & 0x77777777;
		KUNIT_EXPECT_EQ(test, edma_test_reg(c, EDMA3_QUEPRI) & mask,
				cur->cc[c].quepri);
	}
}

static void default_queue_lands_in_dmaqnum(struct kunit *test)
{
	unsigned int c, ch;

	for (c = 0; c < cur->ncc; c++) {
		ch = cur->cc[c].free_ch;
		KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH(c, ch), NULL, NULL,
							 EVENTQ_DEFAULT),
				(int)CH(c, ch));
		KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(c, ch), cur->cc[c].dflt);
	}
}

static void each_queue_is_served_by_its_own_tc(struct kunit *test)
{
	unsigned int c, q;
	u64 before;

	for (c = 0; c < cur->ncc; c++) {
		for (q = 0; q < cur->cc[c].ntc; q++) {
			before = edma3_get_stats(edma_test_cc(c))->trs_per_tc[q];
			copy_on(test, c, cur->cc[c].free_ch, q);
			KUNIT_EXPECT_EQ(test,
					edma3_get_stats(edma_test_cc(c))->trs_per_tc[q],
					before + 1);
		}
	}
}

static void every_controller_moves_data(struct kunit *test)
{
	unsigned int c;

	for (c = 0; c < cur->ncc; c++)
		copy_on(test, c, cur->cc[c].free_ch, EVENTQ_DEFAULT);
	KUNIT_EXPECT_EQ(test, edma_test_log.n, cur->ncc);
}

static void every_interrupt_line_has_a_handler(struct kunit *test)
{
	const struct board_cc *d;
	unsigned int c, t;

	for (c = 0; c < cur->ncc; c++) {
		d = &cur->board->cc[c];
		KUNIT_EXPECT_TRUE(test, host_irq_has_handler(d->irq_ccint));
		KUNIT_EXPECT_TRUE(test, host_irq_has_handler(d->irq_ccerr));
		for (t = 0; t < cur->cc[c].ntc; t++)
			if (d->irq_tcerr[t] != BOARD_NO_IRQ)
				KUNIT_EXPECT_TRUE(test,
					host_irq_has_handler(d->irq_tcerr[t]));
	}
}

/*
 * Lines the board leaves to other peripherals (the DM355/DM365 TC0/TC1
 * errors, which ARM_INTMUX gives to SPI) are not taken: the SoC file
 * claims exactly the CC lines and the wired TC error lines.
 */
static void only_the_wired_lines_have_a_handler(struct kunit *test)
{
	const struct board_cc *d;
	unsigned int c, t, irq, wired = 0, taken = 0;

	for (c = 0; c < cur->ncc; c++) {
		d = &cur->board->cc[c];
		wired += 2;
		for (t = 0; t < cur->cc[c].ntc; t++)
			wired += d->irq_tcerr[t] != BOARD_NO_IRQ;
	}
	for (irq = 0; irq < HOST_NR_IRQS; irq++)
		taken += host_irq_has_handler(irq);
	KUNIT_EXPECT_EQ(test, taken, wired);
}

/*
 * The last TC whose error line is wired (the last controller's last TC,
 * except on the DM355/DM365) reports an error to its channel.
 */
static void last_tc_error_reaches_the_channel(struct kunit *test)
{
	unsigned int c = cur->ncc, ch, q = 0;
	struct edma_test_buf src, dst;

	while (c-- > 0) {
		for (q = cur->cc[c].ntc; q-- > 0; )
			if (cur->board->cc[c].irq_tcerr[q] != BOARD_NO_IRQ)
				break;
		if (q < cur->cc[c].ntc)
			break;
	}
	if (c >= cur->ncc)
		kunit_skip(test, "no TC error line reaches the interrupt controller");
	ch = cur->cc[c].free_ch;

	edma_test_buf_alloc(test, &src, 64, 0x5a);
	edma_test_buf_alloc(test, &dst, 64, 0);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH(c, ch), edma_test_cb, NULL, q),
			(int)CH(c, ch));
	edma_test_program_copy(CH(c, ch), &src, &dst, 64, ch);
	edma3_inject_tc_error(edma_test_cc(c), q, 1);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH(c, ch)), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH(c, ch), EDMA_DMA_TC_ERROR), 1u);
	KUNIT_EXPECT_EQ(test, edma3_tc_read(edma_test_cc(c), q, EDMA3_TC_ERRSTAT),
			0u);
}

/* ---- board reservations ------------------------------------------------ */

static void reserved_channel_is_busy(struct kunit *test)
{
	unsigned int c;
	int ch;

	for (c = 0; c < cur->ncc; c++) {
		ch = cur->cc[c].rsv_ch;
		KUNIT_ASSERT_GE(test, ch, 0);
		KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(c, ch), NULL, NULL,
							 EVENTQ_DEFAULT),
				-EBUSY);
	}
}

static void reserved_slot_keeps_the_dsp_param(struct kunit *test)
{
	unsigned int c;
	int slot;
	u32 w[8];

	for (c = 0; c < cur->ncc; c++) {
		slot = cur->cc[c].rsv_slot;
		KUNIT_ASSERT_GE(test, slot, 0);
		edma_test_param(c, slot, w);
		KUNIT_EXPECT_EQ(test, w[1], DSP_WORD);
		KUNIT_EXPECT_EQ(test, edma_alloc_slot(c, slot), -EBUSY);
	}
}

static bool in_pairs(const s16 (*pairs)[2], unsigned int n)
{
	for (; pairs && pairs[0][0] >= 0; pairs++) {
		if (n >= pairs[0][0] && n < pairs[0][0] + pairs[0][1])
			return true;
	}
	return false;
}

static const struct edma_rsv_info *board_rsv(unsigned int c)
{
	if (cur == &exp_da850)
		return da850_evm_edma_rsv[c];
	if (cur == &exp_da830)
		return &da830_evm_edma_rsv;
	if (cur == &exp_dm646x)
		return &dm646x_evm_edma_rsv;
	return NULL;
}

static void channel_any_never_returns_a_reserved_channel(struct kunit *test)
{
	const struct edma_rsv_info *rsv;
	unsigned int n, bad = 0;
	int ch;

	for (n = 0; n < 64 * cur->ncc; n++) {
		ch = edma_alloc_channel(EDMA_CHANNEL_ANY, NULL, NULL,
					EVENTQ_DEFAULT);
		if (ch < 0)
			break;
		rsv = board_rsv(EDMA_CTLR(ch));
		KUNIT_ASSERT_NOT_NULL(test, rsv);
		bad += in_pairs(rsv->rsv_chans, EDMA_CHAN_SLOT(ch));
	}
	KUNIT_EXPECT_GT(test, n, 0u);
	KUNIT_EXPECT_EQ(test, bad, 0u);
}

static void slot_any_never_returns_a_reserved_slot(struct kunit *test)
{
	const struct edma_rsv_info *rsv = board_rsv(0);
	unsigned int n, bad = 0;
	int slot;

	for (n = 0; n < 512; n++) {
		slot = edma_alloc_slot(0, EDMA_SLOT_ANY);
		if (slot < 0)
			break;
		bad += in_pairs(rsv->rsv_slots, EDMA_CHAN_SLOT(slot));
	}
	KUNIT_EXPECT_GT(test, n, 0u);
	KUNIT_EXPECT_EQ(test, bad, 0u);
}

/* ---- suites ------------------------------------------------------------ */

#define DEFINE_SOC_CASES(soc)						\
	static struct kunit_case soc##_cases[] = {			\
		KUNIT_CASE(channel_count_matches_hardware),		\
		KUNIT_CASE(slot_count_matches_hardware),		\
		KUNIT_CASE(queue_count_matches_hardware),		\
		KUNIT_CASE(queue_priorities_land_in_quepri),		\
		KUNIT_CASE(default_queue_lands_in_dmaqnum),		\
		KUNIT_CASE(each_queue_is_served_by_its_own_tc),		\
		KUNIT_CASE(every_controller_moves_data),		\
		KUNIT_CASE(every_interrupt_line_has_a_handler),		\
		KUNIT_CASE(only_the_wired_lines_have_a_handler),	\
		KUNIT_CASE(last_tc_error_reaches_the_channel),		\
		{}							\
	}

#define DEFINE_SOC_RSV_CASES(soc)					\
	static struct kunit_case soc##_cases[] = {			\
		KUNIT_CASE(channel_count_matches_hardware),		\
		KUNIT_CASE(slot_count_matches_hardware),		\
		KUNIT_CASE(queue_count_matches_hardware),		\
		KUNIT_CASE(queue_priorities_land_in_quepri),		\
		KUNIT_CASE(default_queue_lands_in_dmaqnum),		\
		KUNIT_CASE(each_queue_is_served_by_its_own_tc),		\
		KUNIT_CASE(every_controller_moves_data),		\
		KUNIT_CASE(every_interrupt_line_has_a_handler),		\
		KUNIT_CASE(only_the_wired_lines_have_a_handler),	\
		KUNIT_CASE(last_tc_error_reaches_the_channel),		\
		KUNIT_CASE(reserved_channel_is_busy),			\
		KUNIT_CASE(reserved_slot_keeps_the_dsp_param),		\
		KUNIT_CASE(channel_any_never_returns_a_reserved_channel), \
		KUNIT_CASE(slot_any_never_returns_a_reserved_slot),	\
		{}							\
	}

#define DEFINE_SOC_SUITE(soc)						\
	static int soc##_init(struct kunit *test)			\
	{								\
		return soc_init(&exp_##soc);				\
	}								\
	static struct kunit_suite soc##_suite = {			\
		.name = "edma_soc_" #soc,				\
		.init = soc##_init,					\
		.exit = soc_exit,					\
		.test_cases = soc##_cases,				\
	}

DEFINE_SOC_RSV_CASES(da850);
DEFINE_SOC_SUITE(da850);

DEFINE_SOC_RSV_CASES(da830);
DEFINE_SOC_SUITE(da830);

DEFINE_SOC_CASES(dm644x);
DEFINE_SOC_SUITE(dm644x);

DEFINE_SOC_CASES(dm355);
DEFINE_SOC_SUITE(dm355);

DEFINE_SOC_CASES(dm365);
DEFINE_SOC_SUITE(dm365);

DEFINE_SOC_RSV_CASES(dm646x);
DEFINE_SOC_SUITE(dm646x);

DEFINE_SOC_CASES(k2h);
DEFINE_SOC_SUITE(k2h);

DEFINE_SOC_CASES(k2e);
DEFINE_SOC_SUITE(k2e);

DEFINE_SOC_CASES(k2l);
DEFINE_SOC_SUITE(k2l);

/* ---- Keystone 2 from the device tree ----------------------------------- */

static int k2_dt_init(struct kunit *test, const struct board_soc *board,
		      const struct soc_expect *e, const char *dts)
{
	int ret;

	ET_REQUIRE(test, HOST_CAP_OF);
	ret = edma_test_setup_bare(board);
	if (ret)
		return ret;
	cur = e;
	ret = host_of_load_dts_file(dts);
	return ret ? ret : host_of_platform_populate();
}

static int k2h_dt_init(struct kunit *test)
{
	return k2_dt_init(test, &board_k2h, &exp_k2h, "tests/dts/k2h-edma.dts");
}

static int k2l_dt_init(struct kunit *test)
{
	return k2_dt_init(test, &board_k2l, &exp_k2l, "tests/dts/k2l-edma.dts");
}

static void k2_dt_exit(struct kunit *test)
{
	host_of_unload();
	soc_exit(test);
}

static void dt_probes_every_controller(struct kunit *test)
{
	unsigned int c;

	for (c = 0; c < cur->ncc; c++)
		KUNIT_EXPECT_EQ(test, edma_alloc_slot(c, EDMA_SLOT_ANY),
				CH(c, 64));
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(cur->ncc, EDMA_SLOT_ANY),
			-EINVAL);
}

/* The nodes come in address order (CC0, CC4, CC1, CC3, CC2). */
static void dt_aliases_number_the_controllers(struct kunit *test)
{
	unsigned int c, i;
	u64 trs[5];

	for (c = 0; c < cur->ncc; c++) {
		for (i = 0; i < cur->ncc; i++)
			trs[i] = edma3_get_stats(edma_test_cc(i))->trs;
		copy_on(test, c, 20, EVENTQ_DEFAULT);
		for (i = 0; i < cur->ncc; i++)
			KUNIT_EXPECT_EQ(test, edma3_get_stats(edma_test_cc(i))->trs,
					trs[i] + (i == c));
	}
}

/*
 * The CC and TC error lines of the K2 parts are CIC2 events, not GIC
 * inputs, so the device tree names none: each controller takes exactly
 * its completion line.
 */
static void dt_takes_only_the_completion_lines(struct kunit *test)
{
	unsigned int c, irq, taken = 0;

	for (c = 0; c < cur->ncc; c++)
		KUNIT_EXPECT_TRUE(test,
			host_irq_has_handler(cur->board->cc[c].irq_ccint));
	for (irq = 0; irq < HOST_NR_IRQS; irq++)
		taken += host_irq_has_handler(irq);
	KUNIT_EXPECT_EQ(test, taken, cur->ncc);
}

static struct kunit_case k2_dt_cases[] = {
	KUNIT_CASE(dt_probes_every_controller),
	KUNIT_CASE(dt_aliases_number_the_controllers),
	KUNIT_CASE(channel_count_matches_hardware),
	KUNIT_CASE(slot_count_matches_hardware),
	KUNIT_CASE(queue_count_matches_hardware),
	KUNIT_CASE(queue_priorities_land_in_quepri),
	KUNIT_CASE(default_queue_lands_in_dmaqnum),
	KUNIT_CASE(each_queue_is_served_by_its_own_tc),
	KUNIT_CASE(every_controller_moves_data),
	KUNIT_CASE(dt_takes_only_the_completion_lines),
	{}
};

static struct kunit_suite k2h_dt_suite = {
	.name = "edma_soc_k2h_dt",
	.init = k2h_dt_init,
	.exit = k2_dt_exit,
	.test_cases = k2_dt_cases,
};

static struct kunit_suite k2l_dt_suite = {
	.name = "edma_soc_k2l_dt",
	.init = k2l_dt_init,
	.exit = k2_dt_exit,
	.test_cases = k2_dt_cases,
};

kunit_test_suites(&da850_suite, &da830_suite, &dm644x_suite, &dm355_suite,
		  &dm365_suite, &dm646x_suite, &k2h_suite, &k2e_suite,
		  &k2l_suite, &k2h_dt_suite, &k2l_dt_suite);
