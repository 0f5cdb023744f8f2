// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit suites for the EDMA3 hardware model (tests/model/), driven only
 * through edma3_model.h and edma3_bus.h.  Every case builds a fresh bus with
 * one RAM window and a fresh CC (DM644x unless the case picks another
 * CCCFG), and counts interrupt pulses per line.
 *
 * Section numbers refer to shared/docs/edma3-hardware.md; "9.n" is item n
 * of the "what a functional model must get right" list.
 */
#include <kunit/test.h>

#include "edma3_model.h"

#define MT_RAM		0x80000000u
#define MT_RAM_SIZE	0x10000u
#define MT_SRC		(MT_RAM + 0x1000)
#define MT_DST		(MT_RAM + 0x8000)
#define MT_FIFO		0x01d00000u	/* device window: a counting FIFO */
#define MT_HOLE		0x40000000u	/* nothing mapped here */

/* OPT bits (hardware.md 3). */
#define MT_SAM		(1u << 0)
#define MT_DAM		(1u << 1)
#define MT_AB		(1u << 2)
#define MT_STATIC	(1u << 3)
#define MT_FWID(w)	((w) << 8)
#define MT_EARLY	(1u << 11)
#define MT_TCC(n)	((uint32_t)(n) << 12)
#define MT_TCINTEN	(1u << 20)
#define MT_ITCINTEN	(1u << 21)
#define MT_TCCHEN	(1u << 22)
#define MT_ITCCHEN	(1u << 23)

#define MT_NLINES	5

struct mt {
	struct kunit *test;
	struct edma3_bus *bus;
	struct edma3 *cc;
	uint8_t *ram;
	unsigned int pulses[MT_NLINES][8];
	/* Byte sampled at the first CCINT pulse (early vs normal). */
	const uint8_t *probe;
	int probe_val;
	/* Counting FIFO device. */
	uint8_t fifo_next;
	unsigned int fifo_reads;
	unsigned int fifo_bytes;
	/* Lock hook. */
	int lock_depth;
	unsigned int locks;
};

struct model_test_set {
	uint32_t opt, src, dst;
	uint16_t acnt, bcnt, ccnt, link, bcntrld;
	int16_t sbidx, dbidx, scidx, dcidx;
};

/* ---- fixture ---------------------------------------------------------- */

static void model_test_irq(void *ctx, enum edma3_line line, unsigned int idx)
{
	struct mt *m = ctx;

	if (line < MT_NLINES && idx < 8)
		m->pulses[line][idx]++;
	if (line == EDMA3_LINE_CCINT && m->probe && m->probe_val < 0)
		m->probe_val = *m->probe;
}

static struct edma3 *model_test_soc(struct mt *m, uint32_t cccfg)
{
	struct edma3_config cfg = {
		.name = "model-test", .cccfg = cccfg, .pid = 0x40015300,
		.tc_dbs = 16,
	};
	unsigned int l, i;

	if (m->cc)
		edma3_destroy(m->cc);
	for (l = 0; l < MT_NLINES; l++)
		for (i = 0; i < 8; i++)
			m->pulses[l][i] = 0;
	m->cc = edma3_create(&cfg, m->bus, model_test_irq, m);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(m->test, m->cc);
	return m->cc;
}

static int model_test_case_init(struct kunit *test)
{
	struct mt *m = kunit_kzalloc(test, sizeof(*m), GFP_KERNEL);
	unsigned int i;

	if (!m)
		return -1;
	m->test = test;
	m->probe_val = -1;
	m->ram = kunit_kzalloc(test, MT_RAM_SIZE, GFP_KERNEL);
	m->bus = edma3_bus_create();
	if (!m->ram || !m->bus)
		return -1;
	if (edma3_bus_add_ram(m->bus, MT_RAM, MT_RAM_SIZE, m->ram, "ddr"))
		return -1;
	for (i = 0; i < 0x1000; i++)
		m->ram[0x1000 + i] = (uint8_t)(i * 7 + 1);
	test->priv = m;
	model_test_soc(m, EDMA3_CCCFG_DM644X);
	return 0;
}

static void model_test_case_exit(struct kunit *test)
{
	struct mt *m = test->priv;

	if (!m)
		return;
	edma3_destroy(m->cc);
	edma3_bus_destroy(m->bus);
}

static uint32_t rd(struct mt *m, uint32_t off)
{
	return edma3_read(m->cc, off);
}

static void wr(struct mt *m, uint32_t off, uint32_t val)
{
	edma3_write(m->cc, off, val);
}

/* Channel-block register of the global view. */
static uint32_t grd(struct mt *m, uint32_t reg)
{
	return rd(m, EDMA3_GLOBAL + reg);
}

static void gwr(struct mt *m, uint32_t reg, uint32_t val)
{
	wr(m, EDMA3_GLOBAL + reg, val);
}

/* Write a W1S/W1C pair register for one channel through the global view. */
static void gbit(struct mt *m, uint32_t reg, unsigned int n)
{
	gwr(m, reg + ((n >> 5) << 2), 1u << (n & 31));
}

static bool gtest(struct mt *m, uint32_t reg, unsigned int n)
{
	return grd(m, reg + ((n >> 5) << 2)) & (1u << (n & 31));
}

static void put_set(struct mt *m, unsigned int slot, const struct model_test_set *s)
{
	uint32_t base = EDMA3_PARAM(slot);

	wr(m, base + 0x00, s->opt);
	wr(m, base + 0x04, s->src);
	wr(m, base + 0x08, (uint32_t)s->bcnt << 16 | s->acnt);
	wr(m, base + 0x0c, s->dst);
	wr(m, base + 0x10, (uint32_t)(uint16_t)s->dbidx << 16 |
			   (uint16_t)s->sbidx);
	wr(m, base + 0x14, (uint32_t)s->bcntrld << 16 | s->link);
	wr(m, base + 0x18, (uint32_t)(uint16_t)s->dcidx << 16 |
			   (uint16_t)s->scidx);
	wr(m, base + 0x1c, s->ccnt);
}

/* One array of acnt bytes MT_SRC -> MT_DST, final, null link. */
static void put_simple(struct mt *m, unsigned int slot, uint16_t acnt,
		       uint32_t opt)
{
	struct model_test_set s = {
		.opt = opt, .src = MT_SRC, .dst = MT_DST, .acnt = acnt,
		.bcnt = 1, .ccnt = 1, .link = 0xffff,
	};

	put_set(m, slot, &s);
}

static uint32_t pword(struct mt *m, unsigned int slot, unsigned int w)
{
	uint32_t words[8];

	edma3_peek_param(m->cc, slot, words);
	return words[w];
}

static uint8_t *host(struct mt *m, uint32_t addr)
{
	return m->ram + (addr - MT_RAM);
}

/* Do len bytes at dst equal those at src? */
static bool same(struct mt *m, uint32_t dst, uint32_t src, unsigned int len)
{
	unsigned int i;

	for (i = 0; i < len; i++)
		if (*host(m, dst + i) != *host(m, src + i))
			return false;
	return true;
}

static bool all_zero(struct mt *m, uint32_t addr, unsigned int len)
{
	unsigned int i;

	for (i = 0; i < len; i++)
		if (*host(m, addr + i))
			return false;
	return true;
}

static unsigned int ccint(struct mt *m, unsigned int region)
{
	return m->pulses[EDMA3_LINE_CCINT][region];
}

static unsigned int ccerr_pulses(struct mt *m)
{
	return m->pulses[EDMA3_LINE_CCERR][0];
}

static uint32_t qstat_numval(struct mt *m, unsigned int q)
{
	return (rd(m, EDMA3_QSTAT(q)) >> 8) & 0x1f;
}

static const struct edma3_stats *stats(struct mt *m)
{
	return edma3_get_stats(m->cc);
}

#define MT(test)	((struct mt *)(test)->priv)

/* ---- bus ------------------------------------------------------------- */

static void bus_read_inside_ram_window_returns_host_bytes(struct kunit *test)
{
	struct mt *m = MT(test);
	uint8_t buf[4];

	KUNIT_EXPECT_EQ(test, edma3_bus_read(m->bus, MT_SRC, buf, 4), 0);
	KUNIT_EXPECT_EQ(test, buf[0], m->ram[0x1000]);
	KUNIT_EXPECT_EQ(test, buf[3], m->ram[0x1003]);
}

static void bus_access_straddling_window_end_is_a_bus_error(struct kunit *test)
{
	struct mt *m = MT(test);
	uint8_t buf[8] = { 0 };

	KUNIT_EXPECT_EQ(test, edma3_bus_read(m->bus, MT_RAM + MT_RAM_SIZE - 4,
					     buf, 8), -1);
	KUNIT_EXPECT_EQ(test, edma3_bus_write(m->bus, MT_RAM - 4, buf, 8), -1);
	KUNIT_EXPECT_EQ(test, edma3_bus_read(m->bus, MT_HOLE, buf, 1), -1);
}

static void bus_rejects_overlapping_windows(struct kunit *test)
{
	struct mt *m = MT(test);
	uint8_t *mem = kunit_kzalloc(test, 0x100, GFP_KERNEL);

	KUNIT_EXPECT_EQ(test, edma3_bus_add_ram(m->bus,
						MT_RAM + MT_RAM_SIZE - 1,
						0x100, mem, "x"), -1);
	KUNIT_EXPECT_EQ(test, edma3_bus_add_ram(m->bus, MT_RAM + MT_RAM_SIZE,
						0x100, mem, "y"), 0);
}

static void bus_remove_unmaps_the_window(struct kunit *test)
{
	struct mt *m = MT(test);
	uint8_t buf[1];

	KUNIT_EXPECT_EQ(test, edma3_bus_remove(m->bus, MT_RAM), 0);
	KUNIT_EXPECT_EQ(test, edma3_bus_read(m->bus, MT_SRC, buf, 1), -1);
	KUNIT_EXPECT_EQ(test, edma3_bus_remove(m->bus, MT_RAM), -1);
}

static void bus_find_free_skips_windows_and_aligns(struct kunit *test)
{
	struct mt *m = MT(test);
	uint32_t base = 0;

	KUNIT_ASSERT_EQ(test, edma3_bus_find_free(m->bus, MT_RAM + 4, 0x1000,
						  0x1000, &base), 0);
	KUNIT_EXPECT_EQ(test, base, MT_RAM + MT_RAM_SIZE);
	KUNIT_ASSERT_EQ(test, edma3_bus_find_free(m->bus, 0x123, 0x10, 0x100,
						  &base), 0);
	KUNIT_EXPECT_EQ(test, base, 0x200u);
}

static void bus_host_and_bus_addresses_round_trip(struct kunit *test)
{
	struct mt *m = MT(test);
	uint32_t addr = 0;

	KUNIT_EXPECT_PTR_EQ(test, edma3_bus_to_host(m->bus, MT_RAM + 0x40, 16),
			    (void *)(m->ram + 0x40));
	KUNIT_EXPECT_TRUE(test, edma3_bus_from_host(m->bus, m->ram + 0x40,
						    &addr));
	KUNIT_EXPECT_EQ(test, addr, MT_RAM + 0x40);
	KUNIT_EXPECT_TRUE(test, !edma3_bus_to_host(m->bus, MT_HOLE, 4));
	KUNIT_EXPECT_FALSE(test, edma3_bus_from_host(m->bus, &addr, NULL));
}

static int fifo_read(void *ctx, uint32_t addr, void *buf, uint32_t len)
{
	struct mt *m = ctx;
	uint8_t *p = buf;
	uint32_t i;

	m->fifo_reads++;
	for (i = 0; i < len; i++)
		p[i] = m->fifo_next++;
	return 0;
}

static int fifo_write(void *ctx, uint32_t addr, const void *buf, uint32_t len)
{
	struct mt *m = ctx;

	m->fifo_bytes += len;
	return addr == MT_FIFO ? 0 : -1;
}

static const struct edma3_bus_dev_ops fifo_ops = {
	.read = fifo_read,
	.write = fifo_write,
};

static void bus_device_window_routes_to_its_ops(struct kunit *test)
{
	struct mt *m = MT(test);
	uint8_t buf[3];

	KUNIT_ASSERT_EQ(test, edma3_bus_add_device(m->bus, MT_FIFO, 0x100,
						   &fifo_ops, m, "fifo"), 0);
	KUNIT_EXPECT_EQ(test, edma3_bus_read(m->bus, MT_FIFO, buf, 3), 0);
	KUNIT_EXPECT_EQ(test, buf[2], 2);
	KUNIT_EXPECT_EQ(test, edma3_bus_write(m->bus, MT_FIFO + 4, buf, 1), -1);
	KUNIT_EXPECT_TRUE(test, !edma3_bus_to_host(m->bus, MT_FIFO, 1));
}

static struct kunit_case bus_cases[] = {
	KUNIT_CASE(bus_read_inside_ram_window_returns_host_bytes),
	KUNIT_CASE(bus_access_straddling_window_end_is_a_bus_error),
	KUNIT_CASE(bus_rejects_overlapping_windows),
	KUNIT_CASE(bus_remove_unmaps_the_window),
	KUNIT_CASE(bus_find_free_skips_windows_and_aligns),
	KUNIT_CASE(bus_host_and_bus_addresses_round_trip),
	KUNIT_CASE(bus_device_window_routes_to_its_ops),
	{}
};

static struct kunit_suite bus_suite = {
	.name = "edma3_model_bus",
	.init = model_test_case_init,
	.exit = model_test_case_exit,
	.test_cases = bus_cases,
};

/* ---- CCCFG decoding (9.11) -------------------------------------------- */

static void expect_decode(struct kunit *test, uint32_t cccfg,
			  unsigned int ch, unsigned int slots,
			  unsigned int tcs, unsigned int regions, bool chmap)
{
	struct mt *m = MT(test);
	struct edma3 *cc = model_test_soc(m, cccfg);

	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_CCCFG), cccfg);
	KUNIT_EXPECT_EQ(test, edma3_num_channels(cc), ch);
	KUNIT_EXPECT_EQ(test, edma3_num_qdma(cc), 8u);
	KUNIT_EXPECT_EQ(test, edma3_num_slots(cc), slots);
	KUNIT_EXPECT_EQ(test, edma3_num_tc(cc), tcs);
	KUNIT_EXPECT_EQ(test, edma3_num_regions(cc), regions);
	KUNIT_EXPECT_EQ(test, edma3_has_chmap(cc), chmap);
}

static void cccfg_dm644x_decodes_64ch_128_slots_2_tcs(struct kunit *test)
{
	expect_decode(test, EDMA3_CCCFG_DM644X, 64, 128, 2, 4, false);
}

static void cccfg_dm355_decodes_like_dm644x(struct kunit *test)
{
	expect_decode(test, EDMA3_CCCFG_DM355, 64, 128, 2, 4, false);
}

static void cccfg_dm365_decodes_256_slots_4_tcs(struct kunit *test)
{
	expect_decode(test, EDMA3_CCCFG_DM365, 64, 256, 4, 4, false);
}

static void cccfg_dm646x_decodes_512_slots_8_regions_chmap(struct kunit *test)
{
	expect_decode(test, EDMA3_CCCFG_DM646X, 64, 512, 4, 8, true);
}

static void cccfg_da8xx_cc0_decodes_32ch_2_tcs(struct kunit *test)
{
	expect_decode(test, EDMA3_CCCFG_DA8XX_CC0, 32, 128, 2, 4, false);
}

static void cccfg_da850_cc1_decodes_32ch_1_tc(struct kunit *test)
{
	expect_decode(test, EDMA3_CCCFG_DA850_CC1, 32, 128, 1, 4, false);
}

static void cccfg_am33xx_decodes_256_slots_3_tcs_chmap(struct kunit *test)
{
	expect_decode(test, EDMA3_CCCFG_AM33XX, 64, 256, 3, 8, true);
}

static void cccfg_k2_2tc_decodes_512_slots_2_tcs(struct kunit *test)
{
	expect_decode(test, EDMA3_CCCFG_K2_2TC, 64, 512, 2, 8, true);
}

static void cccfg_k2_4tc_decodes_512_slots_4_tcs(struct kunit *test)
{
	expect_decode(test, EDMA3_CCCFG_K2_4TC, 64, 512, 4, 8, true);
}

static void pid_reads_the_configured_value(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, rd(MT(test), EDMA3_PID), 0x40015300u);
}

static struct kunit_case cccfg_cases[] = {
	KUNIT_CASE(cccfg_dm644x_decodes_64ch_128_slots_2_tcs),
	KUNIT_CASE(cccfg_dm355_decodes_like_dm644x),
	KUNIT_CASE(cccfg_dm365_decodes_256_slots_4_tcs),
	KUNIT_CASE(cccfg_dm646x_decodes_512_slots_8_regions_chmap),
	KUNIT_CASE(cccfg_da8xx_cc0_decodes_32ch_2_tcs),
	KUNIT_CASE(cccfg_da850_cc1_decodes_32ch_1_tc),
	KUNIT_CASE(cccfg_am33xx_decodes_256_slots_3_tcs_chmap),
	KUNIT_CASE(cccfg_k2_2tc_decodes_512_slots_2_tcs),
	KUNIT_CASE(cccfg_k2_4tc_decodes_512_slots_4_tcs),
	KUNIT_CASE(pid_reads_the_configured_value),
	{}
};

static struct kunit_suite cccfg_suite = {
	.name = "edma3_model_cccfg",
	.init = model_test_case_init,
	.exit = model_test_case_exit,
	.test_cases = cccfg_cases,
};

/* ---- registers: reset state, access types, layout -------------------- */

static void reset_clears_event_enable_pending_and_error_regs(struct kunit *test)
{
	static const uint32_t regs[] = {
		EDMA3_ER, EDMA3_ESR, EDMA3_CER, EDMA3_EER, EDMA3_SER,
		EDMA3_IER, EDMA3_IPR,
	};
	struct mt *m = MT(test);
	unsigned int i;

	for (i = 0; i < sizeof(regs) / sizeof(regs[0]); i++) {
		KUNIT_EXPECT_EQ(test, grd(m, regs[i]), 0u);
		KUNIT_EXPECT_EQ(test, grd(m, regs[i] + 4), 0u);
	}
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_QER), 0u);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_QEER), 0u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_EMR), 0u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_EMRH), 0u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QEMR), 0u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_CCERR), 0u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_DRAE(0)), 0u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_DMAQNUM(7)), 0u);
}

static void qwmthr_resets_to_0x10_for_each_existing_queue(struct kunit *test)
{
	struct mt *m = MT(test);

	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QWMTHRA), 0x1010u);
	model_test_soc(m, EDMA3_CCCFG_DM365);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QWMTHRA), 0x10101010u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QWMTHRB), 0u);
}

static void quetcmap_resets_to_identity(struct kunit *test)
{
	struct mt *m = MT(test);

	model_test_soc(m, EDMA3_CCCFG_K2_4TC);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QUETCMAP), 0x3210u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QUEPRI), 0u);
}

static void dchmap_resets_to_set_0_when_chmap_exists(struct kunit *test)
{
	struct mt *m = MT(test);

	model_test_soc(m, EDMA3_CCCFG_AM33XX);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_DCHMAP(17)), 0u);
	wr(m, EDMA3_DCHMAP(17), 70 << 5);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_DCHMAP(17)), 70u << 5);
}

static void dchmap_is_reserved_without_chmap(struct kunit *test)
{
	struct mt *m = MT(test);

	wr(m, EDMA3_DCHMAP(3), 9 << 5);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_DCHMAP(3)), 0u);
}

static void param_holds_a_garbage_pattern_after_reset(struct kunit *test)
{
	struct mt *m = MT(test);

	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_PARAM(5) + 4),
			0xdead0000u | 5 << 3 | 1);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_PARAM(127) + 28) >> 16, 0xdeadu);
}

static void param_beyond_the_last_slot_is_reserved(struct kunit *test)
{
	struct mt *m = MT(test);

	wr(m, EDMA3_PARAM(128), 0x1234);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_PARAM(128)), 0u);
	wr(m, EDMA3_PARAM(127), 0x1234);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_PARAM(127)), 0x1234u);
}

static void opt_priv_bits_are_stored_as_written(struct kunit *test)
{
	struct mt *m = MT(test);

	wr(m, EDMA3_PARAM(9), 0x8f000000);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_PARAM(9)), 0x8f000000u);
}

static void high_words_are_reserved_on_32_channel_cc(struct kunit *test)
{
	struct mt *m = MT(test);

	model_test_soc(m, EDMA3_CCCFG_DA8XX_CC0);
	gwr(m, EDMA3_EESR + 4, 0xffffffff);
	gwr(m, EDMA3_IESR + 4, 0xffffffff);
	gwr(m, EDMA3_ESR + 4, 1);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_EER + 4), 0u);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IER + 4), 0u);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_ESR + 4), 0u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_EMRH), 0u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_DMAQNUM(4)), 0u);
}

static void channel_63_is_bit_31_of_the_high_word(struct kunit *test)
{
	struct mt *m = MT(test);

	gbit(m, EDMA3_EESR, 63);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_EER + 4), 0x80000000u);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_EER), 0u);
}

static void eesr_sets_and_eecr_clears_enable_bits(struct kunit *test)
{
	struct mt *m = MT(test);

	gwr(m, EDMA3_EESR, 0x0000f00f);
	gwr(m, EDMA3_EESR, 0x00000100);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_EER), 0x0000f10fu);
	gwr(m, EDMA3_EECR, 0x0000100f);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_EER), 0x0000e100u);
	gwr(m, EDMA3_IESR, 0x30);
	gwr(m, EDMA3_IECR, 0x10);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IER), 0x20u);
}

static void read_only_registers_ignore_writes(struct kunit *test)
{
	static const uint32_t regs[] = {
		EDMA3_ER, EDMA3_CER, EDMA3_EER, EDMA3_SER, EDMA3_IER,
		EDMA3_IPR, EDMA3_QER, EDMA3_QEER, EDMA3_QSER,
	};
	struct mt *m = MT(test);
	unsigned int i;

	for (i = 0; i < sizeof(regs) / sizeof(regs[0]); i++) {
		gwr(m, regs[i], 0xffffffff);
		KUNIT_EXPECT_EQ(test, grd(m, regs[i]), 0u);
	}
	wr(m, EDMA3_EMR, 1);
	wr(m, EDMA3_QEMR, 1);
	wr(m, EDMA3_CCERR, 1);
	wr(m, EDMA3_CCCFG, 0);
	wr(m, EDMA3_QSTAT(0), 0xffff);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_EMR), 0u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QEMR), 0u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_CCERR), 0u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_CCCFG), EDMA3_CCCFG_DM644X);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QSTAT(0)), 0u);
}

static void write_only_registers_read_as_zero(struct kunit *test)
{
	struct mt *m = MT(test);

	gwr(m, EDMA3_EESR, 0xff);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_EECR), 0u);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_EESR), 0u);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_ICR), 0u);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IEVAL), 0u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_EMCR), 0u);
}

static void dmaqnum_holds_a_3_bit_field_every_4_bits(struct kunit *test)
{
	struct mt *m = MT(test);

	wr(m, EDMA3_DMAQNUM(2), 0xffffffff);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_DMAQNUM(2)), 0x77777777u);
	wr(m, EDMA3_QDMAQNUM, 0xffffffff);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QDMAQNUM), 0x77777777u);
	wr(m, EDMA3_QUEPRI, 0xffffffff);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QUEPRI), 0x77u);	/* 2 queues */
}

static void shadow_reads_are_masked_by_drae(struct kunit *test)
{
	struct mt *m = MT(test);

	gwr(m, EDMA3_EESR, 0xff);
	gwr(m, EDMA3_EESR + 4, 0xff);
	wr(m, EDMA3_DRAE(1), 0x0f);
	wr(m, EDMA3_DRAEH(1), 0x30);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_SHADOW(1) + EDMA3_EER), 0x0fu);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_SHADOW(1) + EDMA3_EER + 4), 0x30u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_SHADOW(0) + EDMA3_EER), 0u);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_EER), 0xffu);
}

static void shadow_writes_are_filtered_by_drae(struct kunit *test)
{
	struct mt *m = MT(test);

	wr(m, EDMA3_DRAE(0), 0x3);
	wr(m, EDMA3_SHADOW(0) + EDMA3_EESR, 0xff);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_EER), 0x3u);
	gwr(m, EDMA3_IESR, 0xff);
	wr(m, EDMA3_SHADOW(0) + EDMA3_IECR, 0xff);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IER), 0xfcu);
}

static void shadow_qdma_registers_are_filtered_by_qrae(struct kunit *test)
{
	struct mt *m = MT(test);

	wr(m, EDMA3_QRAE(2), 0x05);
	wr(m, EDMA3_SHADOW(2) + EDMA3_QEESR, 0xff);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_QEER), 0x05u);
	gwr(m, EDMA3_QEESR, 0xff);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_SHADOW(2) + EDMA3_QEER), 0x05u);
}

static void shadow_region_beyond_num_regions_is_reserved(struct kunit *test)
{
	struct mt *m = MT(test);

	/* DM644x has 4 regions. */
	wr(m, EDMA3_DRAE(5), 0xff);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_DRAE(5)), 0u);
	gwr(m, EDMA3_EESR, 0xff);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_SHADOW(5) + EDMA3_EER), 0u);
}

static void unaligned_access_reads_zero_and_is_counted(struct kunit *test)
{
	struct mt *m = MT(test);

	wr(m, EDMA3_PARAM(3), 0x11223344);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_PARAM(3) + 1), 0u);
	wr(m, EDMA3_PARAM(3) + 2, 0);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_PARAM(3)), 0x11223344u);
	KUNIT_EXPECT_EQ(test, stats(m)->bad_accesses, 2ull);
}

static void byte_writes_merge_into_the_param_word(struct kunit *test)
{
	struct mt *m = MT(test);

	wr(m, EDMA3_PARAM(3) + 4, 0x11223344);
	edma3_write8(m->cc, EDMA3_PARAM(3) + 5, 0xab);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_PARAM(3) + 4), 0x1122ab44u);
	KUNIT_EXPECT_EQ(test, edma3_read8(m->cc, EDMA3_PARAM(3) + 7), 0x11);
}

static void mp_registers_exist_only_with_mp_exist(struct kunit *test)
{
	struct mt *m = MT(test);

	wr(m, 0x810, 0x36);
	KUNIT_EXPECT_EQ(test, rd(m, 0x810), 0u);
	model_test_soc(m, EDMA3_CCCFG_AM33XX);
	KUNIT_EXPECT_NE(test, rd(m, 0x810), 0u);
	wr(m, 0x810, 0x36);
	KUNIT_EXPECT_EQ(test, rd(m, 0x810), 0x36u);
}

static void sysconfig_is_storage_only_when_configured(struct kunit *test)
{
	struct mt *m = MT(test);
	struct edma3_config cfg = {
		.name = "omap", .cccfg = EDMA3_CCCFG_AM33XX,
		.has_sysconfig = true,
	};
	struct edma3 *cc;

	wr(m, 0x010, 0x28);
	KUNIT_EXPECT_EQ(test, rd(m, 0x010), 0u);
	cc = edma3_create(&cfg, m->bus, NULL, NULL);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, cc);
	edma3_write(cc, 0x010, 0x28);
	KUNIT_EXPECT_EQ(test, edma3_read(cc, 0x010), 0x28u);
	edma3_destroy(cc);
}

static struct kunit_case reg_cases[] = {
	KUNIT_CASE(mp_registers_exist_only_with_mp_exist),
	KUNIT_CASE(sysconfig_is_storage_only_when_configured),
	KUNIT_CASE(reset_clears_event_enable_pending_and_error_regs),
	KUNIT_CASE(qwmthr_resets_to_0x10_for_each_existing_queue),
	KUNIT_CASE(quetcmap_resets_to_identity),
	KUNIT_CASE(dchmap_resets_to_set_0_when_chmap_exists),
	KUNIT_CASE(dchmap_is_reserved_without_chmap),
	KUNIT_CASE(param_holds_a_garbage_pattern_after_reset),
	KUNIT_CASE(param_beyond_the_last_slot_is_reserved),
	KUNIT_CASE(opt_priv_bits_are_stored_as_written),
	KUNIT_CASE(high_words_are_reserved_on_32_channel_cc),
	KUNIT_CASE(channel_63_is_bit_31_of_the_high_word),
	KUNIT_CASE(eesr_sets_and_eecr_clears_enable_bits),
	KUNIT_CASE(read_only_registers_ignore_writes),
	KUNIT_CASE(write_only_registers_read_as_zero),
	KUNIT_CASE(dmaqnum_holds_a_3_bit_field_every_4_bits),
	KUNIT_CASE(shadow_reads_are_masked_by_drae),
	KUNIT_CASE(shadow_writes_are_filtered_by_drae),
	KUNIT_CASE(shadow_qdma_registers_are_filtered_by_qrae),
	KUNIT_CASE(shadow_region_beyond_num_regions_is_reserved),
	KUNIT_CASE(unaligned_access_reads_zero_and_is_counted),
	KUNIT_CASE(byte_writes_merge_into_the_param_word),
	{}
};

static struct kunit_suite reg_suite = {
	.name = "edma3_model_regs",
	.init = model_test_case_init,
	.exit = model_test_case_exit,
	.test_cases = reg_cases,
};

/* ---- transfers (9.5-9.8, 9.10) --------------------------------------- */

static void manual_trigger_copies_one_array_in_a_sync_mode(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set s = {
		.src = MT_SRC, .dst = MT_DST, .acnt = 8, .bcnt = 3, .ccnt = 1,
		.sbidx = 8, .dbidx = 8, .link = 0xffff,
	};

	put_set(m, 4, &s);
	gbit(m, EDMA3_ESR, 4);
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 8));
	KUNIT_EXPECT_TRUE(test, all_zero(m, MT_DST + 8, 16));
	KUNIT_EXPECT_EQ(test, stats(m)->bytes, 8ull);
	KUNIT_EXPECT_EQ(test, gtest(m, EDMA3_ESR, 4), false);
	KUNIT_EXPECT_EQ(test, gtest(m, EDMA3_SER, 4), false);
}

static void ab_sync_trigger_copies_a_whole_frame(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set s = {
		.opt = MT_AB, .src = MT_SRC, .dst = MT_DST, .acnt = 4,
		.bcnt = 3, .ccnt = 2, .sbidx = 16, .dbidx = 4, .link = 0xffff,
	};

	put_set(m, 2, &s);
	gbit(m, EDMA3_ESR, 2);
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 4));
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST + 4, MT_SRC + 16, 4));
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST + 8, MT_SRC + 32, 4));
	KUNIT_EXPECT_EQ(test, stats(m)->bytes, 12ull);
	KUNIT_EXPECT_EQ(test, stats(m)->trs, 1ull);
}

static void a_sync_b_update_adds_bidx_and_decrements_bcnt(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set s = {
		.src = MT_SRC, .dst = MT_DST, .acnt = 4, .bcnt = 3, .ccnt = 2,
		.sbidx = 4, .dbidx = -4, .link = 0xffff, .bcntrld = 3,
	};

	put_set(m, 1, &s);
	gbit(m, EDMA3_ESR, 1);
	KUNIT_EXPECT_EQ(test, pword(m, 1, 1), MT_SRC + 4);
	KUNIT_EXPECT_EQ(test, pword(m, 1, 3), MT_DST - 4);
	KUNIT_EXPECT_EQ(test, pword(m, 1, 2), 2u << 16 | 4);
	KUNIT_EXPECT_EQ(test, pword(m, 1, 7), 2u);
}

/* The worked example of hardware.md 4.3: 3 frames of 4 arrays of n bytes. */
static void a_sync_cidx_starts_at_last_array_bcnt_reloads(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set s = {
		.src = MT_SRC, .dst = MT_DST, .acnt = 8, .bcnt = 4, .ccnt = 3,
		.sbidx = 8, .dbidx = 8, .scidx = 8, .dcidx = 8,
		.bcntrld = 4, .link = 0xffff,
	};
	unsigned int i;

	put_set(m, 6, &s);
	for (i = 0; i < 4; i++)
		gbit(m, EDMA3_ESR, 6);
	KUNIT_EXPECT_EQ(test, pword(m, 6, 1), MT_SRC + 32);
	KUNIT_EXPECT_EQ(test, pword(m, 6, 2), 4u << 16 | 8);
	KUNIT_EXPECT_EQ(test, pword(m, 6, 7), 2u);
	for (i = 0; i < 8; i++)
		gbit(m, EDMA3_ESR, 6);
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 96));
	KUNIT_EXPECT_EQ(test, stats(m)->trs, 12ull);
}

static void ab_sync_cidx_applies_to_first_array(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set s = {
		.opt = MT_AB, .src = MT_SRC, .dst = MT_DST, .acnt = 8,
		.bcnt = 4, .ccnt = 3, .sbidx = 8, .dbidx = 8, .scidx = 32,
		.dcidx = 32, .link = 0xffff,
	};
	unsigned int i;

	put_set(m, 6, &s);
	gbit(m, EDMA3_ESR, 6);
	KUNIT_EXPECT_EQ(test, pword(m, 6, 1), MT_SRC + 32);
	KUNIT_EXPECT_EQ(test, pword(m, 6, 2), 4u << 16 | 8);
	KUNIT_EXPECT_EQ(test, pword(m, 6, 7), 2u);
	for (i = 0; i < 2; i++)
		gbit(m, EDMA3_ESR, 6);
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 96));
}

static void negative_indexes_are_sign_extended(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set s = {
		.opt = MT_AB, .src = MT_SRC + 12, .dst = MT_DST, .acnt = 4,
		.bcnt = 4, .ccnt = 2, .sbidx = -4, .dbidx = 4, .scidx = -0x100,
		.link = 0xffff,
	};

	put_set(m, 6, &s);
	gbit(m, EDMA3_ESR, 6);
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC + 12, 4));
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST + 12, MT_SRC, 4));
	KUNIT_EXPECT_EQ(test, pword(m, 6, 1), MT_SRC + 12 - 0x100);
}

static void static_set_is_neither_updated_nor_linked(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set s = {
		.opt = MT_STATIC, .src = MT_SRC, .dst = MT_DST, .acnt = 4,
		.bcnt = 1, .ccnt = 1, .link = EDMA3_PARAM(100),
	};

	put_set(m, 7, &s);
	gbit(m, EDMA3_ESR, 7);
	gbit(m, EDMA3_ESR, 7);
	KUNIT_EXPECT_EQ(test, pword(m, 7, 1), MT_SRC);
	KUNIT_EXPECT_EQ(test, pword(m, 7, 5), (uint32_t)EDMA3_PARAM(100));
	KUNIT_EXPECT_EQ(test, stats(m)->trs, 2ull);
	KUNIT_EXPECT_EQ(test, stats(m)->links, 0ull);
}

static void final_tr_sets_ipr_only_with_tcinten(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 3, 4, MT_TCC(3) | MT_ITCINTEN);
	gbit(m, EDMA3_ESR, 3);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IPR), 0u);
	put_simple(m, 3, 4, MT_TCC(3) | MT_TCINTEN);
	gbit(m, EDMA3_ESR, 3);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IPR), 1u << 3);
}

static void intermediate_trs_set_ipr_only_with_itcinten(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set s = {
		.opt = MT_TCC(9) | MT_ITCINTEN, .src = MT_SRC, .dst = MT_DST,
		.acnt = 4, .bcnt = 2, .ccnt = 1, .link = 0xffff,
	};

	put_set(m, 3, &s);
	gbit(m, EDMA3_ESR, 3);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IPR), 1u << 9);
	gwr(m, EDMA3_ICR, 1u << 9);
	gbit(m, EDMA3_ESR, 3);		/* final: TCINTEN clear */
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IPR), 0u);
}

static void tcc_above_31_sets_iprh_independent_of_channel(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 2, 4, MT_TCC(40) | MT_TCINTEN);
	gbit(m, EDMA3_ESR, 2);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IPR), 0u);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IPR + 4), 1u << 8);
}

static void tcchen_chains_to_channel_tcc_on_the_final_tr(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set s = {
		.src = MT_SRC + 64, .dst = MT_DST + 64, .acnt = 16, .bcnt = 1,
		.ccnt = 1, .link = 0xffff, .opt = MT_TCC(50) | MT_TCINTEN,
	};

	put_simple(m, 1, 16, MT_TCC(50) | MT_TCCHEN);
	put_set(m, 50, &s);
	gbit(m, EDMA3_ESR, 1);
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST + 64, MT_SRC + 64, 16));
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IPR + 4), 1u << 18);
	KUNIT_EXPECT_EQ(test, stats(m)->chain_triggers, 1ull);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_CER + 4), 0u);
}

static void itcchen_self_chain_moves_the_whole_block(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set s = {
		.opt = MT_TCC(5) | MT_ITCCHEN | MT_TCINTEN, .src = MT_SRC,
		.dst = MT_DST, .acnt = 16, .bcnt = 4, .ccnt = 2, .sbidx = 16,
		.dbidx = 16, .scidx = 16, .dcidx = 16, .bcntrld = 4,
		.link = 0xffff,
	};

	put_set(m, 5, &s);
	gbit(m, EDMA3_ESR, 5);
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 128));
	KUNIT_EXPECT_EQ(test, stats(m)->trs, 8ull);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IPR), 1u << 5);
}

static void link_copies_all_eight_words_of_the_linked_set(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set s = {
		.opt = MT_TCC(1), .src = 0x11111111, .dst = 0x22222222,
		.acnt = 3, .bcnt = 4, .ccnt = 5, .sbidx = 6, .dbidx = 7,
		.link = EDMA3_PARAM(90), .bcntrld = 8, .scidx = 9,
		.dcidx = 10,
	};
	unsigned int w;

	put_set(m, 80, &s);
	put_simple(m, 0, 4, 0);
	wr(m, EDMA3_PARAM(0) + 0x14, EDMA3_PARAM(80));
	gbit(m, EDMA3_ESR, 0);
	for (w = 0; w < 8; w++)
		KUNIT_EXPECT_EQ(test, pword(m, 0, w), pword(m, 80, w));
	KUNIT_EXPECT_EQ(test, pword(m, 80, 1), 0x11111111u);
	KUNIT_EXPECT_EQ(test, stats(m)->links, 1ull);
}

static void link_uses_bits_13_to_5_of_the_link_field(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 70, 12, MT_TCC(3) | MT_TCINTEN);
	put_simple(m, 0, 4, 0);
	wr(m, EDMA3_PARAM(0) + 0x14, 70 * 32);	/* 0-based link value */
	gbit(m, EDMA3_ESR, 0);
	KUNIT_EXPECT_EQ(test, pword(m, 0, 2), 1u << 16 | 12);
	gbit(m, EDMA3_ESR, 0);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IPR), 1u << 3);
}

static void link_to_ffff_writes_a_null_set(struct kunit *test)
{
	struct mt *m = MT(test);
	unsigned int w;

	put_simple(m, 8, 4, MT_TCC(8));
	gbit(m, EDMA3_ESR, 8);
	for (w = 0; w < 8; w++)
		KUNIT_EXPECT_EQ(test, pword(m, 8, w), w == 5 ? 0xffffu : 0u);
}

static void reload_set_linking_to_itself_repeats_forever(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set s = {
		.src = MT_SRC, .dst = MT_DST, .acnt = 4, .bcnt = 2, .ccnt = 1,
		.sbidx = 4, .dbidx = 4, .link = EDMA3_PARAM(64),
		.opt = MT_TCC(0) | MT_TCINTEN,
	};
	unsigned int i;

	put_set(m, 0, &s);
	put_set(m, 64, &s);
	for (i = 0; i < 6; i++)
		gbit(m, EDMA3_ESR, 0);
	KUNIT_EXPECT_EQ(test, stats(m)->trs, 6ull);
	KUNIT_EXPECT_EQ(test, stats(m)->links, 3ull);
	KUNIT_EXPECT_EQ(test, stats(m)->completions, 3ull);
	KUNIT_EXPECT_EQ(test, pword(m, 0, 1), MT_SRC);
}

static void null_set_sets_emr_and_keeps_ser_set(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set null = { .link = 0xffff };

	put_set(m, 12, &null);
	gbit(m, EDMA3_ESR, 12);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_EMR), 1u << 12);
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_SER, 12));
	KUNIT_EXPECT_FALSE(test, gtest(m, EDMA3_ESR, 12));
	KUNIT_EXPECT_EQ(test, ccerr_pulses(m), 1u);
	KUNIT_EXPECT_EQ(test, stats(m)->null_sets, 1ull);
	KUNIT_EXPECT_EQ(test, stats(m)->trs, 0ull);
}

static void channel_blocked_by_null_set_runs_after_secr(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set null = { .link = 0xffff };

	put_set(m, 12, &null);
	gbit(m, EDMA3_ESR, 12);
	put_simple(m, 12, 8, 0);
	gbit(m, EDMA3_ESR, 12);		/* latched, but SER blocks it */
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_ESR, 12));
	KUNIT_EXPECT_TRUE(test, all_zero(m, MT_DST, 8));
	gbit(m, EDMA3_SECR, 12);
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 8));
	KUNIT_EXPECT_FALSE(test, gtest(m, EDMA3_SER, 12));
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_EMR), 1u << 12);
}

static void emcr_clears_emr_but_not_er_or_ser(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set null = { .link = 0xffff };

	put_set(m, 33, &null);
	edma3_event(m->cc, 33);
	gbit(m, EDMA3_EESR, 33);	/* serviced: null set, SER stuck */
	edma3_event(m->cc, 33);		/* ER latches again */
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_EMRH), 1u << 1);
	wr(m, EDMA3_EMCRH, 1u << 1);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_EMRH), 0u);
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_ER, 33));
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_SER, 33));
}

static void dummy_set_moves_nothing_and_clears_ser(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set dummy = { .ccnt = 1, .link = 0xffff };

	put_set(m, 20, &dummy);
	gbit(m, EDMA3_ESR, 20);
	KUNIT_EXPECT_FALSE(test, gtest(m, EDMA3_SER, 20));
	KUNIT_EXPECT_FALSE(test, gtest(m, EDMA3_ESR, 20));
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_EMR), 0u);
	KUNIT_EXPECT_EQ(test, stats(m)->dummy_sets, 1ull);
	KUNIT_EXPECT_EQ(test, stats(m)->bytes, 0ull);
}

static void linux_dummy_set_turns_null_then_misses(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set dummy = { .ccnt = 1, .link = 0xffff };

	put_set(m, 20, &dummy);
	gbit(m, EDMA3_ESR, 20);
	KUNIT_EXPECT_EQ(test, pword(m, 20, 7), 0u);
	gbit(m, EDMA3_ESR, 20);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_EMR), 1u << 20);
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_SER, 20));
}

static void dummy_set_returns_a_final_completion_code(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set dummy = {
		.opt = MT_TCC(21) | MT_TCINTEN, .ccnt = 1, .link = 0xffff,
	};

	put_set(m, 20, &dummy);
	gbit(m, EDMA3_ESR, 20);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IPR), 1u << 21);
}

static void constant_source_address_reads_a_fifo(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set s = {
		.opt = MT_SAM | MT_FWID(2) | MT_AB, .src = MT_FIFO,
		.dst = MT_DST, .acnt = 16, .bcnt = 2, .ccnt = 1,
		.dbidx = 16, .link = 0xffff,
	};
	unsigned int i;

	KUNIT_ASSERT_EQ(test, edma3_bus_add_device(m->bus, MT_FIFO, 0x20,
						   &fifo_ops, m, "fifo"), 0);
	put_set(m, 9, &s);
	gbit(m, EDMA3_ESR, 9);
	for (i = 0; i < 32; i++)
		KUNIT_EXPECT_EQ(test, *host(m, MT_DST + i), (uint8_t)i);
	KUNIT_EXPECT_EQ(test, m->fifo_reads, 8u);	/* 32-bit accesses */
}

static void constant_destination_address_writes_a_fifo(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set s = {
		.opt = MT_DAM | MT_FWID(0), .src = MT_SRC, .dst = MT_FIFO,
		.acnt = 6, .bcnt = 1, .ccnt = 1, .link = 0xffff,
	};

	KUNIT_ASSERT_EQ(test, edma3_bus_add_device(m->bus, MT_FIFO, 0x20,
						   &fifo_ops, m, "fifo"), 0);
	put_set(m, 9, &s);
	gbit(m, EDMA3_ESR, 9);
	KUNIT_EXPECT_EQ(test, m->fifo_bytes, 6u);
	KUNIT_EXPECT_EQ(test, stats(m)->bus_errors, 0ull);
}

static void chmap_channel_uses_its_dchmap_entry(struct kunit *test)
{
	struct mt *m = MT(test);

	model_test_soc(m, EDMA3_CCCFG_AM33XX);
	put_simple(m, 200, 8, MT_TCC(3) | MT_TCINTEN);
	wr(m, EDMA3_DCHMAP(3), 200 << 5);
	gbit(m, EDMA3_ESR, 3);
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 8));
	KUNIT_EXPECT_EQ(test, pword(m, 200, 7), 0u);	/* linked to null */
}

static void chmap_channels_all_use_set_0_after_reset(struct kunit *test)
{
	struct mt *m = MT(test);

	model_test_soc(m, EDMA3_CCCFG_DM646X);
	put_simple(m, 0, 8, MT_TCC(0) | MT_TCINTEN | MT_STATIC);
	gbit(m, EDMA3_ESR, 45);
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 8));
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IPR), 1u);
}

static void without_chmap_channel_n_uses_set_n(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 45, 8, MT_TCC(0) | MT_TCINTEN);
	gbit(m, EDMA3_ESR, 45);
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 8));
	KUNIT_EXPECT_EQ(test, pword(m, 45, 7), 0u);
}

/* 64 channels but only 16 sets: channel 40 has no set at all. */
static void channel_without_a_param_set_acts_as_null(struct kunit *test)
{
	struct mt *m = MT(test);

	model_test_soc(m, 0x00000005);
	KUNIT_ASSERT_EQ(test, edma3_num_slots(m->cc), 16u);
	gbit(m, EDMA3_ESR, 40);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_EMRH), 1u << 8);
	KUNIT_EXPECT_EQ(test, stats(m)->null_sets, 1ull);
}

static void untouched_garbage_set_ends_in_a_bus_error(struct kunit *test)
{
	struct mt *m = MT(test);

	gbit(m, EDMA3_ESR, 30);
	KUNIT_EXPECT_EQ(test, stats(m)->bus_errors, 1ull);
	KUNIT_EXPECT_EQ(test, edma3_tc_read(m->cc, 0, EDMA3_TC_ERRSTAT),
			EDMA3_TC_ERR_BUSERR);
}

static struct kunit_case xfer_cases[] = {
	KUNIT_CASE(manual_trigger_copies_one_array_in_a_sync_mode),
	KUNIT_CASE(ab_sync_trigger_copies_a_whole_frame),
	KUNIT_CASE(a_sync_b_update_adds_bidx_and_decrements_bcnt),
	KUNIT_CASE(a_sync_cidx_starts_at_last_array_bcnt_reloads),
	KUNIT_CASE(ab_sync_cidx_applies_to_first_array),
	KUNIT_CASE(negative_indexes_are_sign_extended),
	KUNIT_CASE(static_set_is_neither_updated_nor_linked),
	KUNIT_CASE(final_tr_sets_ipr_only_with_tcinten),
	KUNIT_CASE(intermediate_trs_set_ipr_only_with_itcinten),
	KUNIT_CASE(tcc_above_31_sets_iprh_independent_of_channel),
	KUNIT_CASE(tcchen_chains_to_channel_tcc_on_the_final_tr),
	KUNIT_CASE(itcchen_self_chain_moves_the_whole_block),
	KUNIT_CASE(link_copies_all_eight_words_of_the_linked_set),
	KUNIT_CASE(link_uses_bits_13_to_5_of_the_link_field),
	KUNIT_CASE(link_to_ffff_writes_a_null_set),
	KUNIT_CASE(reload_set_linking_to_itself_repeats_forever),
	KUNIT_CASE(null_set_sets_emr_and_keeps_ser_set),
	KUNIT_CASE(channel_blocked_by_null_set_runs_after_secr),
	KUNIT_CASE(emcr_clears_emr_but_not_er_or_ser),
	KUNIT_CASE(dummy_set_moves_nothing_and_clears_ser),
	KUNIT_CASE(linux_dummy_set_turns_null_then_misses),
	KUNIT_CASE(dummy_set_returns_a_final_completion_code),
	KUNIT_CASE(constant_source_address_reads_a_fifo),
	KUNIT_CASE(constant_destination_address_writes_a_fifo),
	KUNIT_CASE(chmap_channel_uses_its_dchmap_entry),
	KUNIT_CASE(chmap_channels_all_use_set_0_after_reset),
	KUNIT_CASE(without_chmap_channel_n_uses_set_n),
	KUNIT_CASE(channel_without_a_param_set_acts_as_null),
	KUNIT_CASE(untouched_garbage_set_ends_in_a_bus_error),
	{}
};

static struct kunit_suite xfer_suite = {
	.name = "edma3_model_xfer",
	.init = model_test_case_init,
	.exit = model_test_case_exit,
	.test_cases = xfer_cases,
};

/* ---- triggers and missed events (9.3, 9.4) --------------------------- */

static void event_latches_in_er_even_when_eer_is_clear(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 16, 8, 0);
	edma3_event(m->cc, 16);
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_ER, 16));
	KUNIT_EXPECT_TRUE(test, all_zero(m, MT_DST, 8));
	KUNIT_EXPECT_EQ(test, stats(m)->events, 1ull);
}

static void latched_event_runs_when_eer_is_set_later(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 16, 8, 0);
	edma3_event(m->cc, 16);
	gbit(m, EDMA3_EESR, 16);
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 8));
	KUNIT_EXPECT_FALSE(test, gtest(m, EDMA3_ER, 16));
}

static void ecr_discards_a_latched_event(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 16, 8, 0);
	edma3_event(m->cc, 16);
	gbit(m, EDMA3_ECR, 16);
	gbit(m, EDMA3_EESR, 16);
	KUNIT_EXPECT_TRUE(test, all_zero(m, MT_DST, 8));
}

static void esr_triggers_regardless_of_eer(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 16, 8, 0);
	gbit(m, EDMA3_ESR, 16);
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 8));
	KUNIT_EXPECT_EQ(test, stats(m)->manual_triggers, 1ull);
}

static void second_event_while_er_pending_sets_emr(struct kunit *test)
{
	struct mt *m = MT(test);

	edma3_event(m->cc, 40);
	edma3_event(m->cc, 40);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_EMRH), 1u << 8);
	KUNIT_EXPECT_EQ(test, ccerr_pulses(m), 1u);
	KUNIT_EXPECT_EQ(test, stats(m)->missed, 1ull);
}

static void second_esr_while_pending_sets_emr(struct kunit *test)
{
	struct mt *m = MT(test);

	edma3_set_auto_run(m->cc, false);
	gbit(m, EDMA3_ESR, 2);
	gbit(m, EDMA3_ESR, 2);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_EMR), 1u << 2);
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_ESR, 2));
}

static void chaining_onto_a_pending_cer_sets_emr(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set s = {
		.opt = MT_TCC(20) | MT_ITCCHEN | MT_TCCHEN, .src = MT_SRC,
		.dst = MT_DST, .acnt = 4, .bcnt = 2, .ccnt = 1, .sbidx = 4,
		.dbidx = 4, .link = 0xffff,
	};

	wr(m, EDMA3_DMAQNUM(2), 1 << 16);	/* channel 20 -> queue 1 */
	edma3_tc_stall(m->cc, 1, true);
	put_set(m, 0, &s);
	put_simple(m, 20, 4, 0);
	gbit(m, EDMA3_ESR, 0);
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_CER, 20));
	gbit(m, EDMA3_ESR, 0);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_EMR), 1u << 20);
}

static void ser_keeps_a_channel_out_of_the_queue_twice(struct kunit *test)
{
	struct mt *m = MT(test);

	edma3_tc_stall(m->cc, 0, true);
	gbit(m, EDMA3_EESR, 4);
	edma3_event(m->cc, 4);
	edma3_event(m->cc, 4);		/* missed: ER still pending */
	gbit(m, EDMA3_ESR, 4);		/* latched, but SER blocks */
	KUNIT_EXPECT_EQ(test, qstat_numval(m, 0), 1u);
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_SER, 4));
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_ESR, 4));
}

static void lowest_channel_is_queued_first(struct kunit *test)
{
	struct mt *m = MT(test);

	edma3_tc_stall(m->cc, 0, true);
	gwr(m, EDMA3_ESR, 1u << 9 | 1u << 3 | 1u << 6);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QE(0, 0)), 1u << 6 | 3);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QE(0, 1)), 1u << 6 | 6);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QE(0, 2)), 1u << 6 | 9);
}

static void er_is_queued_before_cer_before_esr(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set dummy = { .ccnt = 1, .link = 0xffff,
				.opt = MT_TCC(7) | MT_TCCHEN };

	/* Channel 6's dummy set chains into channel 7 (CER). */
	put_set(m, 6, &dummy);
	put_simple(m, 7, 4, MT_STATIC);
	edma3_set_auto_run(m->cc, false);
	gbit(m, EDMA3_ESR, 6);
	edma3_run(m->cc, 1);
	gbit(m, EDMA3_EESR, 7);
	gbit(m, EDMA3_ESR, 7);
	edma3_event(m->cc, 7);
	edma3_run(m->cc, 100);
	/* Entries 1..3 of queue 0 after the chaining dummy. */
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QE(0, 1)) >> 6, 0u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QE(0, 2)) >> 6, 2u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QE(0, 3)) >> 6, 1u);
	KUNIT_EXPECT_EQ(test, stats(m)->trs, 3ull);
}

static void event_on_a_missing_channel_is_ignored(struct kunit *test)
{
	struct mt *m = MT(test);

	model_test_soc(m, EDMA3_CCCFG_DA8XX_CC0);
	edma3_event(m->cc, 40);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_ER + 4), 0u);
	KUNIT_EXPECT_EQ(test, stats(m)->events, 0ull);
}

static struct kunit_case trigger_cases[] = {
	KUNIT_CASE(event_latches_in_er_even_when_eer_is_clear),
	KUNIT_CASE(latched_event_runs_when_eer_is_set_later),
	KUNIT_CASE(ecr_discards_a_latched_event),
	KUNIT_CASE(esr_triggers_regardless_of_eer),
	KUNIT_CASE(second_event_while_er_pending_sets_emr),
	KUNIT_CASE(second_esr_while_pending_sets_emr),
	KUNIT_CASE(chaining_onto_a_pending_cer_sets_emr),
	KUNIT_CASE(ser_keeps_a_channel_out_of_the_queue_twice),
	KUNIT_CASE(lowest_channel_is_queued_first),
	KUNIT_CASE(er_is_queued_before_cer_before_esr),
	KUNIT_CASE(event_on_a_missing_channel_is_ignored),
	{}
};

static struct kunit_suite trigger_suite = {
	.name = "edma3_model_trigger",
	.init = model_test_case_init,
	.exit = model_test_case_exit,
	.test_cases = trigger_cases,
};

/* ---- event queues (9.12, 4.10) --------------------------------------- */

static void stalled_tc_fills_its_queue_and_loses_nothing(struct kunit *test)
{
	struct mt *m = MT(test);
	unsigned int n;

	edma3_tc_stall(m->cc, 0, true);
	for (n = 0; n < 20; n++)
		put_simple(m, n, 1, MT_STATIC);
	gwr(m, EDMA3_ESR, 0xfffff);
	KUNIT_EXPECT_EQ(test, qstat_numval(m, 0), 16u);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_SER), 0xffffu);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_ESR), 0xfffffu);
	edma3_tc_stall(m->cc, 0, false);
	KUNIT_EXPECT_EQ(test, stats(m)->trs, 20ull);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_ESR), 0u);
	KUNIT_EXPECT_EQ(test, qstat_numval(m, 0), 0u);
}

static void qstat_reports_numval_start_and_watermark(struct kunit *test)
{
	struct mt *m = MT(test);
	uint32_t v;

	edma3_set_auto_run(m->cc, false);
	put_simple(m, 0, 1, MT_STATIC);
	put_simple(m, 1, 1, MT_STATIC);
	put_simple(m, 2, 1, MT_STATIC);
	gwr(m, EDMA3_ESR, 7);
	edma3_run(m->cc, 1);
	v = rd(m, EDMA3_QSTAT(0));
	KUNIT_EXPECT_EQ(test, v & 0xf, 1u);		/* STRTPTR */
	KUNIT_EXPECT_EQ(test, (v >> 8) & 0x1f, 2u);	/* NUMVAL */
	KUNIT_EXPECT_EQ(test, (v >> 16) & 0x1f, 3u);	/* WM */
}

static void dmaqnum_sends_a_channel_to_its_queue_and_tc(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 13, 4, 0);
	wr(m, EDMA3_DMAQNUM(1), 1 << 20);	/* channel 13 -> queue 1 */
	gbit(m, EDMA3_ESR, 13);
	KUNIT_EXPECT_EQ(test, stats(m)->trs_per_tc[1], 1ull);
	KUNIT_EXPECT_EQ(test, stats(m)->trs_per_tc[0], 0ull);
}

static void quetcmap_routes_a_queue_to_another_tc(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 13, 4, 0);
	wr(m, EDMA3_QUETCMAP, 0x01);		/* Q0 -> TC1, Q1 -> TC0 */
	gbit(m, EDMA3_ESR, 13);
	KUNIT_EXPECT_EQ(test, stats(m)->trs_per_tc[1], 1ull);
}

static void lower_queue_is_served_first(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set s = {
		.opt = MT_STATIC | MT_TCC(0) | MT_TCINTEN, .src = MT_SRC,
		.dst = MT_DST, .acnt = 1, .bcnt = 1, .ccnt = 1, .link = 0xffff,
	};

	wr(m, EDMA3_DMAQNUM(0), 0x1);	/* channel 0 -> queue 1 */
	put_set(m, 0, &s);
	s.opt = MT_STATIC | MT_TCC(1) | MT_TCINTEN;
	put_set(m, 1, &s);
	edma3_set_auto_run(m->cc, false);
	gwr(m, EDMA3_ESR, 3);
	edma3_run(m->cc, 1);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IPR), 2u);	/* channel 1, Q0 */
	edma3_run(m->cc, 1);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IPR), 3u);
}

static void reaching_the_threshold_flags_thrxcd_and_ccerr(struct kunit *test)
{
	struct mt *m = MT(test);

	wr(m, EDMA3_QWMTHRA, 0x1003);		/* queue 0: 3 */
	edma3_tc_stall(m->cc, 0, true);
	gwr(m, EDMA3_ESR, 0x3);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_CCERR), 0u);
	gwr(m, EDMA3_ESR, 0x4);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_CCERR), 1u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QSTAT(0)) >> 24, 1u);
	KUNIT_EXPECT_EQ(test, ccerr_pulses(m), 1u);
}

static void threshold_17_disables_the_check(struct kunit *test)
{
	struct mt *m = MT(test);

	wr(m, EDMA3_QWMTHRA, 0x1011);
	edma3_tc_stall(m->cc, 0, true);
	gwr(m, EDMA3_ESR, 0xffff);
	KUNIT_EXPECT_EQ(test, qstat_numval(m, 0), 16u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_CCERR), 0u);
}

static void ccerrclr_clears_qthrxcd_and_the_watermark(struct kunit *test)
{
	struct mt *m = MT(test);

	wr(m, EDMA3_QWMTHRA, 0x1002);
	edma3_tc_stall(m->cc, 0, true);
	gwr(m, EDMA3_ESR, 0x3);
	wr(m, EDMA3_CCERRCLR, 1);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_CCERR), 0u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QSTAT(0)) & 0x11f0000, 0u);
	KUNIT_EXPECT_EQ(test, qstat_numval(m, 0), 2u);
}

static void too_many_outstanding_codes_set_tccerr(struct kunit *test)
{
	struct mt *m = MT(test);
	unsigned int n;

	/* DA8xx: limit 31; two stalled queues hold 32 entries. */
	model_test_soc(m, EDMA3_CCCFG_DA8XX_CC0);
	for (n = 0; n < 32; n++)
		put_simple(m, n, 1, MT_TCC(n) | MT_TCINTEN);
	wr(m, EDMA3_DMAQNUM(2), 0x11111111);
	wr(m, EDMA3_DMAQNUM(3), 0x11111111);
	edma3_tc_stall(m->cc, 0, true);
	edma3_tc_stall(m->cc, 1, true);
	gwr(m, EDMA3_ESR, 0xffffffff);
	/* Queue 0 also reached its reset threshold of 16. */
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_CCERR), 1u << 16 | 1u);
	KUNIT_EXPECT_EQ(test, (rd(m, EDMA3_CCSTAT) >> 8) & 0x3f, 31u);
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_ESR, 31));
	KUNIT_EXPECT_FALSE(test, gtest(m, EDMA3_SER, 31));
	/* Channel 31 still waits, so TCCERR comes straight back... */
	wr(m, EDMA3_CCERRCLR, 1u << 16 | 1u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_CCERR), 1u << 16);
	/* ...until the TCs drain the queues. */
	edma3_tc_stall(m->cc, 0, false);
	edma3_tc_stall(m->cc, 1, false);
	wr(m, EDMA3_CCERRCLR, 1u << 16);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_CCERR) & (1u << 16), 0u);
	KUNIT_EXPECT_EQ(test, stats(m)->trs, 32ull);
}

static void ccstat_shows_active_queues(struct kunit *test)
{
	struct mt *m = MT(test);

	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_CCSTAT), 0u);
	edma3_tc_stall(m->cc, 1, true);
	wr(m, EDMA3_DMAQNUM(0), 0x1);
	gbit(m, EDMA3_ESR, 0);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_CCSTAT) & (1u << 17 | 1u << 4),
			1u << 17 | 1u << 4);
}

static struct kunit_case queue_cases[] = {
	KUNIT_CASE(stalled_tc_fills_its_queue_and_loses_nothing),
	KUNIT_CASE(qstat_reports_numval_start_and_watermark),
	KUNIT_CASE(dmaqnum_sends_a_channel_to_its_queue_and_tc),
	KUNIT_CASE(quetcmap_routes_a_queue_to_another_tc),
	KUNIT_CASE(lower_queue_is_served_first),
	KUNIT_CASE(reaching_the_threshold_flags_thrxcd_and_ccerr),
	KUNIT_CASE(threshold_17_disables_the_check),
	KUNIT_CASE(ccerrclr_clears_qthrxcd_and_the_watermark),
	KUNIT_CASE(too_many_outstanding_codes_set_tccerr),
	KUNIT_CASE(ccstat_shows_active_queues),
	{}
};

static struct kunit_suite queue_suite = {
	.name = "edma3_model_queue",
	.init = model_test_case_init,
	.exit = model_test_case_exit,
	.test_cases = queue_cases,
};

/* ---- interrupt lines (9.9, 9.13, 9.14) ------------------------------- */

/* Channel n completes with TCC n and TCINTEN; region 0 sees channels 0..63. */
static void irq_setup(struct mt *m, unsigned int n)
{
	put_simple(m, n, 4, MT_TCC(n) | MT_TCINTEN | MT_STATIC);
	wr(m, EDMA3_DRAE(0), 0xffffffff);
	wr(m, EDMA3_DRAEH(0), 0xffffffff);
}

static void ipr_is_set_without_ier_but_nothing_pulses(struct kunit *test)
{
	struct mt *m = MT(test);

	irq_setup(m, 3);
	gbit(m, EDMA3_ESR, 3);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IPR), 1u << 3);
	KUNIT_EXPECT_EQ(test, ccint(m, 0), 0u);
	KUNIT_EXPECT_EQ(test, m->pulses[EDMA3_LINE_CCINT_GLOBAL][0], 0u);
}

static void completion_pulses_the_region_line_once(struct kunit *test)
{
	struct mt *m = MT(test);

	irq_setup(m, 3);
	gbit(m, EDMA3_IESR, 3);
	gbit(m, EDMA3_ESR, 3);
	KUNIT_EXPECT_EQ(test, ccint(m, 0), 1u);
	KUNIT_EXPECT_EQ(test, stats(m)->irq_pulses[0], 1ull);
}

static void no_new_pulse_while_a_completion_is_pending(struct kunit *test)
{
	struct mt *m = MT(test);

	irq_setup(m, 3);
	irq_setup(m, 4);
	gwr(m, EDMA3_IESR, 0x18);
	gbit(m, EDMA3_ESR, 3);
	gbit(m, EDMA3_ESR, 4);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IPR), 0x18u);
	KUNIT_EXPECT_EQ(test, ccint(m, 0), 1u);
}

static void cleared_ipr_lets_the_next_completion_pulse(struct kunit *test)
{
	struct mt *m = MT(test);

	irq_setup(m, 3);
	gbit(m, EDMA3_IESR, 3);
	gbit(m, EDMA3_ESR, 3);
	wr(m, EDMA3_SHADOW(0) + EDMA3_ICR, 1u << 3);
	gbit(m, EDMA3_ESR, 3);
	KUNIT_EXPECT_EQ(test, ccint(m, 0), 2u);
}

static void ieval_repulses_while_bits_remain_pending(struct kunit *test)
{
	struct mt *m = MT(test);

	irq_setup(m, 3);
	gbit(m, EDMA3_IESR, 3);
	gbit(m, EDMA3_ESR, 3);
	wr(m, EDMA3_SHADOW(0) + EDMA3_IEVAL, 1);
	KUNIT_EXPECT_EQ(test, ccint(m, 0), 2u);
	wr(m, EDMA3_SHADOW(0) + EDMA3_ICR, 1u << 3);
	wr(m, EDMA3_SHADOW(0) + EDMA3_IEVAL, 1);
	KUNIT_EXPECT_EQ(test, ccint(m, 0), 2u);
}

/* Linux services one bank, clears it and relies on IEVAL for the other. */
static void ieval_recovers_the_high_bank_after_the_low_one(struct kunit *test)
{
	struct mt *m = MT(test);

	irq_setup(m, 3);
	irq_setup(m, 35);
	gbit(m, EDMA3_IESR, 3);
	gbit(m, EDMA3_IESR, 35);
	edma3_set_auto_run(m->cc, false);
	gbit(m, EDMA3_ESR, 3);
	gbit(m, EDMA3_ESR, 35);
	edma3_set_auto_run(m->cc, true);
	KUNIT_EXPECT_EQ(test, ccint(m, 0), 1u);
	wr(m, EDMA3_SHADOW(0) + EDMA3_ICR, 1u << 3);
	KUNIT_EXPECT_EQ(test, ccint(m, 0), 1u);
	wr(m, EDMA3_SHADOW(0) + EDMA3_IEVAL, 1);
	KUNIT_EXPECT_EQ(test, ccint(m, 0), 2u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_SHADOW(0) + EDMA3_IPR + 4), 1u << 3);
}

static void region_without_the_drae_bit_sees_no_completion(struct kunit *test)
{
	struct mt *m = MT(test);

	irq_setup(m, 3);
	wr(m, EDMA3_DRAE(1), 1u << 4);
	gbit(m, EDMA3_IESR, 3);
	gbit(m, EDMA3_ESR, 3);
	KUNIT_EXPECT_EQ(test, ccint(m, 1), 0u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_SHADOW(1) + EDMA3_IPR), 0u);
	wr(m, EDMA3_SHADOW(1) + EDMA3_IEVAL, 1);
	KUNIT_EXPECT_EQ(test, ccint(m, 1), 0u);
	KUNIT_EXPECT_EQ(test, ccint(m, 0), 1u);
}

static void region_ieval_is_unfiltered_and_local(struct kunit *test)
{
	struct mt *m = MT(test);

	irq_setup(m, 3);
	wr(m, EDMA3_DRAE(2), 1u << 3);
	gbit(m, EDMA3_IESR, 3);
	gbit(m, EDMA3_ESR, 3);
	wr(m, EDMA3_DRAE(2), 0);	/* clears region 2's line */
	wr(m, EDMA3_DRAE(2), 1u << 3);	/* 0->1 again */
	KUNIT_EXPECT_EQ(test, ccint(m, 2), 2u);
	wr(m, EDMA3_SHADOW(2) + EDMA3_IEVAL, 1);
	KUNIT_EXPECT_EQ(test, ccint(m, 2), 3u);
	KUNIT_EXPECT_EQ(test, ccint(m, 0), 1u);
}

static void global_line_follows_ipr_and_ier(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 3, 4, MT_TCC(3) | MT_TCINTEN);
	gbit(m, EDMA3_ESR, 3);
	gbit(m, EDMA3_IESR, 3);		/* enabling a pending bit: 0->1 */
	KUNIT_EXPECT_EQ(test, m->pulses[EDMA3_LINE_CCINT_GLOBAL][0], 1u);
	KUNIT_EXPECT_EQ(test, ccint(m, 0), 0u);	/* DRAE0 = 0 */
	gwr(m, EDMA3_IEVAL, 1);
	KUNIT_EXPECT_EQ(test, stats(m)->irq_global_pulses, 2ull);
}

static void error_line_pulses_once_and_eeval_repulses(struct kunit *test)
{
	struct mt *m = MT(test);

	edma3_event(m->cc, 1);
	edma3_event(m->cc, 1);
	edma3_event(m->cc, 2);
	edma3_event(m->cc, 2);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_EMR), 6u);
	KUNIT_EXPECT_EQ(test, ccerr_pulses(m), 1u);
	wr(m, EDMA3_EMCR, 2);
	wr(m, EDMA3_EEVAL, 1);
	KUNIT_EXPECT_EQ(test, ccerr_pulses(m), 2u);
	wr(m, EDMA3_EMCR, 4);
	wr(m, EDMA3_EEVAL, 1);
	KUNIT_EXPECT_EQ(test, ccerr_pulses(m), 2u);
	KUNIT_EXPECT_EQ(test, stats(m)->err_pulses, 2ull);
}

static void early_completion_pulses_before_the_data_lands(struct kunit *test)
{
	struct mt *m = MT(test);

	irq_setup(m, 3);
	put_simple(m, 3, 4, MT_TCC(3) | MT_TCINTEN | MT_EARLY);
	gbit(m, EDMA3_IESR, 3);
	m->probe = host(m, MT_DST);
	gbit(m, EDMA3_ESR, 3);
	KUNIT_EXPECT_EQ(test, m->probe_val, 0);
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 4));
}

static void normal_completion_pulses_after_the_data_lands(struct kunit *test)
{
	struct mt *m = MT(test);

	irq_setup(m, 3);
	gbit(m, EDMA3_IESR, 3);
	m->probe = host(m, MT_DST);
	gbit(m, EDMA3_ESR, 3);
	KUNIT_EXPECT_EQ(test, m->probe_val, (int)*host(m, MT_SRC));
}

static struct kunit_case irq_cases[] = {
	KUNIT_CASE(ipr_is_set_without_ier_but_nothing_pulses),
	KUNIT_CASE(completion_pulses_the_region_line_once),
	KUNIT_CASE(no_new_pulse_while_a_completion_is_pending),
	KUNIT_CASE(cleared_ipr_lets_the_next_completion_pulse),
	KUNIT_CASE(ieval_repulses_while_bits_remain_pending),
	KUNIT_CASE(ieval_recovers_the_high_bank_after_the_low_one),
	KUNIT_CASE(region_without_the_drae_bit_sees_no_completion),
	KUNIT_CASE(region_ieval_is_unfiltered_and_local),
	KUNIT_CASE(global_line_follows_ipr_and_ier),
	KUNIT_CASE(error_line_pulses_once_and_eeval_repulses),
	KUNIT_CASE(early_completion_pulses_before_the_data_lands),
	KUNIT_CASE(normal_completion_pulses_after_the_data_lands),
	{}
};

static struct kunit_suite irq_suite = {
	.name = "edma3_model_irq",
	.init = model_test_case_init,
	.exit = model_test_case_exit,
	.test_cases = irq_cases,
};

/* ---- QDMA (4.4, 9.10) ------------------------------------------------- */

/* QDMA channel q on set slot, trigger word w, enabled. */
static void qdma_setup(struct mt *m, unsigned int q, unsigned int slot,
		       unsigned int w)
{
	wr(m, EDMA3_QCHMAP(q), slot << 5 | w << 2);
	gwr(m, EDMA3_QEESR, 1u << q);
}

static void qdma_trigger_word_write_starts_the_transfer(struct kunit *test)
{
	struct mt *m = MT(test);

	qdma_setup(m, 1, 100, 7);
	put_simple(m, 100, 16, MT_STATIC | MT_TCC(1) | MT_TCINTEN);
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 16));
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IPR), 2u);
	KUNIT_EXPECT_EQ(test, stats(m)->qdma_triggers, 1ull);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_QER), 0u);
}

static void qdma_other_words_do_not_trigger(struct kunit *test)
{
	struct mt *m = MT(test);

	qdma_setup(m, 1, 100, 3);		/* DST is the trigger */
	wr(m, EDMA3_PARAM(100) + 0x1c, 1);
	wr(m, EDMA3_PARAM(100) + 0x04, MT_SRC);
	KUNIT_EXPECT_EQ(test, stats(m)->qdma_triggers, 0ull);
	wr(m, EDMA3_PARAM(100) + 0x0c, MT_DST);
	KUNIT_EXPECT_EQ(test, stats(m)->qdma_triggers, 1ull);
}

static void qdma_trigger_with_qeer_clear_is_not_latched(struct kunit *test)
{
	struct mt *m = MT(test);

	wr(m, EDMA3_QCHMAP(0), 100 << 5 | 7 << 2);
	put_simple(m, 100, 16, MT_STATIC);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_QER), 0u);
	gwr(m, EDMA3_QEESR, 1);
	KUNIT_EXPECT_TRUE(test, all_zero(m, MT_DST, 16));
	KUNIT_EXPECT_EQ(test, stats(m)->qdma_triggers, 0ull);
}

static void qdma_retrigger_while_pending_sets_qemr(struct kunit *test)
{
	struct mt *m = MT(test);

	qdma_setup(m, 2, 100, 7);
	edma3_set_auto_run(m->cc, false);
	put_simple(m, 100, 16, MT_STATIC);
	wr(m, EDMA3_PARAM(100) + 0x1c, 1);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QEMR), 4u);
	KUNIT_EXPECT_EQ(test, ccerr_pulses(m), 1u);
	wr(m, EDMA3_QEMCR, 4);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QEMR), 0u);
}

static void qdma_link_copy_into_its_set_retriggers(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set next = {
		.opt = MT_STATIC, .src = MT_SRC + 16, .dst = MT_DST + 16,
		.acnt = 16, .bcnt = 1, .ccnt = 1, .link = 0xffff,
	};
	struct model_test_set first = next;

	first.opt = 0;
	first.src = MT_SRC;
	first.dst = MT_DST;
	first.link = EDMA3_PARAM(101);
	put_set(m, 101, &next);
	qdma_setup(m, 0, 100, 7);
	put_set(m, 100, &first);
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 32));
	KUNIT_EXPECT_EQ(test, stats(m)->qdma_triggers, 2ull);
}

static void qdma_last_byte_of_trigger_word_triggers(struct kunit *test)
{
	struct mt *m = MT(test);
	unsigned int i;

	qdma_setup(m, 0, 100, 0);		/* OPT is the trigger */
	put_simple(m, 100, 16, MT_STATIC);
	KUNIT_EXPECT_EQ(test, stats(m)->qdma_triggers, 1ull);
	/* Rewrite OPT = MT_STATIC byte by byte, lowest address first. */
	for (i = 0; i < 3; i++)
		edma3_write8(m->cc, EDMA3_PARAM(100) + i, i ? 0 : MT_STATIC);
	KUNIT_EXPECT_EQ(test, stats(m)->qdma_triggers, 1ull);
	edma3_write8(m->cc, EDMA3_PARAM(100) + 3, 0);
	KUNIT_EXPECT_EQ(test, stats(m)->qdma_triggers, 2ull);
	KUNIT_EXPECT_EQ(test, stats(m)->trs, 2ull);
}

static void qdma_null_set_sets_qemr_and_keeps_qser(struct kunit *test)
{
	struct mt *m = MT(test);

	qdma_setup(m, 3, 100, 5);
	/* STATIC, else the null link would retrigger the channel. */
	wr(m, EDMA3_PARAM(100), MT_STATIC);
	wr(m, EDMA3_PARAM(100) + 0x08, 0);
	wr(m, EDMA3_PARAM(100) + 0x1c, 0);
	wr(m, EDMA3_PARAM(100) + 0x14, 0xffff);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QEMR), 8u);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_QSER), 8u);
	gwr(m, EDMA3_QSECR, 8);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_QSER), 0u);
}

static void qdma_entries_are_queued_with_etype_3(struct kunit *test)
{
	struct mt *m = MT(test);

	wr(m, EDMA3_QDMAQNUM, 1 << 8);		/* QDMA 2 -> queue 1 */
	edma3_tc_stall(m->cc, 1, true);
	qdma_setup(m, 2, 100, 7);
	put_simple(m, 100, 16, MT_STATIC);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QE(1, 0)), 3u << 6 | 2);
	KUNIT_EXPECT_EQ(test, qstat_numval(m, 1), 1u);
}

static struct kunit_case qdma_cases[] = {
	KUNIT_CASE(qdma_trigger_word_write_starts_the_transfer),
	KUNIT_CASE(qdma_other_words_do_not_trigger),
	KUNIT_CASE(qdma_trigger_with_qeer_clear_is_not_latched),
	KUNIT_CASE(qdma_retrigger_while_pending_sets_qemr),
	KUNIT_CASE(qdma_link_copy_into_its_set_retriggers),
	KUNIT_CASE(qdma_last_byte_of_trigger_word_triggers),
	KUNIT_CASE(qdma_null_set_sets_qemr_and_keeps_qser),
	KUNIT_CASE(qdma_entries_are_queued_with_etype_3),
	{}
};

static struct kunit_suite qdma_suite = {
	.name = "edma3_model_qdma",
	.init = model_test_case_init,
	.exit = model_test_case_exit,
	.test_cases = qdma_cases,
};

/* ---- TC errors -------------------------------------------------------- */

static void read_bus_error_sets_errstat_and_errdet(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set s = {
		.opt = MT_TCC(44) | MT_TCINTEN | MT_TCCHEN, .src = MT_HOLE,
		.dst = MT_DST, .acnt = 4, .bcnt = 1, .ccnt = 1, .link = 0xffff,
	};

	put_set(m, 5, &s);
	gbit(m, EDMA3_ESR, 5);
	KUNIT_EXPECT_EQ(test, edma3_tc_read(m->cc, 0, EDMA3_TC_ERRSTAT),
			EDMA3_TC_ERR_BUSERR);
	KUNIT_EXPECT_EQ(test, edma3_tc_read(m->cc, 0, EDMA3_TC_ERRDET),
			1u | 44u << 8 | 1u << 16 | 1u << 17);
	KUNIT_EXPECT_EQ(test, stats(m)->bus_errors, 1ull);
}

static void write_bus_error_reports_a_write_status(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set s = {
		.src = MT_SRC, .dst = MT_HOLE, .acnt = 4, .bcnt = 1, .ccnt = 1,
		.link = 0xffff,
	};

	put_set(m, 5, &s);
	gbit(m, EDMA3_ESR, 5);
	KUNIT_EXPECT_EQ(test, edma3_tc_read(m->cc, 0, EDMA3_TC_ERRDET) & 0xf,
			9u);
}

static void failed_tr_returns_no_completion_code(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 5, 4, MT_TCC(5) | MT_TCINTEN);
	edma3_inject_tc_error(m->cc, 0, 1);
	gbit(m, EDMA3_ESR, 5);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IPR), 0u);
	KUNIT_EXPECT_TRUE(test, all_zero(m, MT_DST, 4));
	KUNIT_EXPECT_EQ(test, stats(m)->trs, 1ull);
}

static void tc_error_line_pulses_only_when_enabled(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 5, 4, MT_STATIC);
	edma3_inject_tc_error(m->cc, 0, 1);
	gbit(m, EDMA3_ESR, 5);
	KUNIT_EXPECT_EQ(test, m->pulses[EDMA3_LINE_TCERR][0], 0u);
	edma3_tc_write(m->cc, 0, EDMA3_TC_ERREN, EDMA3_TC_ERR_BUSERR);
	KUNIT_EXPECT_EQ(test, m->pulses[EDMA3_LINE_TCERR][0], 1u);
	edma3_inject_tc_error(m->cc, 0, 1);
	gbit(m, EDMA3_ESR, 5);			/* still set: no new edge */
	KUNIT_EXPECT_EQ(test, m->pulses[EDMA3_LINE_TCERR][0], 1u);
}

static void errcmd_eval_repulses_and_errclr_clears(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 5, 4, MT_STATIC);
	edma3_tc_write(m->cc, 0, EDMA3_TC_ERREN, EDMA3_TC_ERR_BUSERR);
	edma3_inject_tc_error(m->cc, 0, 1);
	gbit(m, EDMA3_ESR, 5);
	edma3_tc_write(m->cc, 0, EDMA3_TC_ERRCMD, 1);
	KUNIT_EXPECT_EQ(test, stats(m)->tc_err_pulses[0], 2ull);
	edma3_tc_write(m->cc, 0, EDMA3_TC_ERRCLR, EDMA3_TC_ERR_BUSERR);
	KUNIT_EXPECT_EQ(test, edma3_tc_read(m->cc, 0, EDMA3_TC_ERRSTAT), 0u);
	edma3_tc_write(m->cc, 0, EDMA3_TC_ERRCMD, 1);
	KUNIT_EXPECT_EQ(test, stats(m)->tc_err_pulses[0], 2ull);
}

static void injected_errors_fail_exactly_the_next_n_trs(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 5, 4, MT_STATIC | MT_TCC(5) | MT_TCINTEN);
	edma3_inject_tc_error(m->cc, 0, 2);
	gbit(m, EDMA3_ESR, 5);
	gbit(m, EDMA3_ESR, 5);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IPR), 0u);
	gbit(m, EDMA3_ESR, 5);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_IPR), 1u << 5);
	KUNIT_EXPECT_EQ(test, stats(m)->bus_errors, 2ull);
}

static void injected_error_hits_only_its_tc(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 5, 4, MT_STATIC);
	edma3_inject_tc_error(m->cc, 1, 1);
	gbit(m, EDMA3_ESR, 5);
	KUNIT_EXPECT_EQ(test, stats(m)->bus_errors, 0ull);
	KUNIT_EXPECT_EQ(test, edma3_tc_read(m->cc, 1, EDMA3_TC_ERRSTAT), 0u);
}

static struct kunit_case tc_cases[] = {
	KUNIT_CASE(read_bus_error_sets_errstat_and_errdet),
	KUNIT_CASE(write_bus_error_reports_a_write_status),
	KUNIT_CASE(failed_tr_returns_no_completion_code),
	KUNIT_CASE(tc_error_line_pulses_only_when_enabled),
	KUNIT_CASE(errcmd_eval_repulses_and_errclr_clears),
	KUNIT_CASE(injected_errors_fail_exactly_the_next_n_trs),
	KUNIT_CASE(injected_error_hits_only_its_tc),
	{}
};

static struct kunit_suite tc_suite = {
	.name = "edma3_model_tc",
	.init = model_test_case_init,
	.exit = model_test_case_exit,
	.test_cases = tc_cases,
};

/* ---- time control, counters, reset, lock ------------------------------ */

static void auto_run_off_leaves_triggers_pending_until_run(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 2, 8, 0);
	edma3_set_auto_run(m->cc, false);
	gbit(m, EDMA3_ESR, 2);
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_ESR, 2));
	KUNIT_EXPECT_TRUE(test, all_zero(m, MT_DST, 8));
	KUNIT_EXPECT_EQ(test, edma3_run(m->cc, 10), 1u);
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 8));
	KUNIT_EXPECT_EQ(test, edma3_run(m->cc, 10), 0u);
}

static void run_steps_one_service_at_a_time(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_set s = {
		.opt = MT_TCC(2) | MT_ITCCHEN, .src = MT_SRC, .dst = MT_DST,
		.acnt = 4, .bcnt = 3, .ccnt = 1, .sbidx = 4, .dbidx = 4,
		.link = 0xffff,
	};

	put_set(m, 2, &s);
	edma3_set_auto_run(m->cc, false);
	gbit(m, EDMA3_ESR, 2);
	KUNIT_EXPECT_EQ(test, edma3_run(m->cc, 1), 1u);
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_CER, 2));
	KUNIT_EXPECT_EQ(test, edma3_run(m->cc, 1), 1u);
	KUNIT_EXPECT_EQ(test, stats(m)->bytes, 8ull);
	KUNIT_EXPECT_EQ(test, edma3_run(m->cc, 5), 1u);
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 12));
}

static void enabling_auto_run_processes_what_is_pending(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 2, 8, 0);
	edma3_set_auto_run(m->cc, false);
	gbit(m, EDMA3_ESR, 2);
	edma3_set_auto_run(m->cc, true);
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 8));
}

static void runaway_guard_stops_an_endless_self_chain(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 2, 1, MT_STATIC | MT_TCC(2) | MT_TCCHEN);
	gbit(m, EDMA3_ESR, 2);
	KUNIT_EXPECT_EQ(test, stats(m)->runaway_stops, 1ull);
	KUNIT_EXPECT_GT(test, stats(m)->trs, 1000ull);
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_CER, 2));
}

static void mmio_and_param_accesses_are_counted(struct kunit *test)
{
	struct mt *m = MT(test);

	edma3_reset_stats(m->cc);
	wr(m, EDMA3_PARAM(1), 0);
	rd(m, EDMA3_PARAM(1));
	rd(m, EDMA3_CCCFG);
	edma3_tc_read(m->cc, 0, EDMA3_TC_ERRSTAT);
	KUNIT_EXPECT_EQ(test, stats(m)->mmio_writes, 1ull);
	KUNIT_EXPECT_EQ(test, stats(m)->mmio_reads, 3ull);
	KUNIT_EXPECT_EQ(test, stats(m)->param_writes, 1ull);
	KUNIT_EXPECT_EQ(test, stats(m)->param_reads, 1ull);
}

static void peek_is_uncounted_and_side_effect_free(struct kunit *test)
{
	struct mt *m = MT(test);
	uint32_t words[8];

	edma3_reset_stats(m->cc);
	gbit(m, EDMA3_EESR, 1);
	KUNIT_EXPECT_EQ(test, edma3_peek(m->cc, EDMA3_GLOBAL + EDMA3_EER), 2u);
	edma3_peek_param(m->cc, 3, words);
	KUNIT_EXPECT_EQ(test, words[1], 0xdead0000u | 3 << 3 | 1);
	KUNIT_EXPECT_EQ(test, stats(m)->mmio_reads, 0ull);
	KUNIT_EXPECT_EQ(test, stats(m)->param_reads, 0ull);
}

static void transfer_counters_add_up(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 1, 24, MT_TCC(1) | MT_TCINTEN);
	gbit(m, EDMA3_IESR, 1);
	wr(m, EDMA3_DRAE(0), 2);
	gbit(m, EDMA3_ESR, 1);
	KUNIT_EXPECT_EQ(test, stats(m)->trs, 1ull);
	KUNIT_EXPECT_EQ(test, stats(m)->trs_per_tc[0], 1ull);
	KUNIT_EXPECT_EQ(test, stats(m)->bytes, 24ull);
	KUNIT_EXPECT_EQ(test, stats(m)->completions, 1ull);
	KUNIT_EXPECT_EQ(test, stats(m)->links, 1ull);
	KUNIT_EXPECT_EQ(test, stats(m)->irq_pulses[0], 1ull);
	KUNIT_EXPECT_EQ(test, stats(m)->manual_triggers, 1ull);
}

static void reset_restores_registers_and_param(struct kunit *test)
{
	struct mt *m = MT(test);

	gwr(m, EDMA3_EESR, 0xff);
	wr(m, EDMA3_QWMTHRA, 0);
	wr(m, EDMA3_PARAM(2), 0);
	edma3_reset(m->cc);
	KUNIT_EXPECT_EQ(test, grd(m, EDMA3_EER), 0u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_QWMTHRA), 0x1010u);
	KUNIT_EXPECT_EQ(test, rd(m, EDMA3_PARAM(2)), 0xdead0000u | 2 << 3);
}

static void model_test_lock(void *ctx)
{
	struct mt *m = ctx;

	m->lock_depth++;
	m->locks++;
}

static void model_test_unlock(void *ctx)
{
	struct mt *m = ctx;

	m->lock_depth--;
}

static void lock_hook_wraps_every_entry_point(struct kunit *test)
{
	struct mt *m = MT(test);

	edma3_set_lock(m->cc, model_test_lock, model_test_unlock, m);
	wr(m, EDMA3_DRAE(0), 1);
	rd(m, EDMA3_DRAE(0));
	edma3_event(m->cc, 0);
	edma3_run(m->cc, 1);
	KUNIT_EXPECT_EQ(test, m->locks, 4u);
	KUNIT_EXPECT_EQ(test, m->lock_depth, 0);
}

static struct kunit_case misc_cases[] = {
	KUNIT_CASE(auto_run_off_leaves_triggers_pending_until_run),
	KUNIT_CASE(run_steps_one_service_at_a_time),
	KUNIT_CASE(enabling_auto_run_processes_what_is_pending),
	KUNIT_CASE(runaway_guard_stops_an_endless_self_chain),
	KUNIT_CASE(mmio_and_param_accesses_are_counted),
	KUNIT_CASE(peek_is_uncounted_and_side_effect_free),
	KUNIT_CASE(transfer_counters_add_up),
	KUNIT_CASE(reset_restores_registers_and_param),
	KUNIT_CASE(lock_hook_wraps_every_entry_point),
	{}
};

static struct kunit_suite misc_suite = {
	.name = "edma3_model_misc",
	.init = model_test_case_init,
	.exit = model_test_case_exit,
	.test_cases = misc_cases,
};

/* ---- drain mode: TCs that take time (edma3_set_drain()) ---------------- */

/* The clock and timer of a drain case: one byte per ns on every TC. */
struct model_test_clock {
	uint64_t now;
	uint64_t armed;		/* last time timer_fn was told */
	unsigned int arms;
};

static uint64_t model_test_clock_now(void *ctx)
{
	return ((struct model_test_clock *)ctx)->now;
}

static void model_test_clock_arm(void *ctx, uint64_t when)
{
	struct model_test_clock *c = ctx;

	c->armed = when;
	c->arms++;
}

static struct model_test_clock *model_test_drain(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_clock *c = kunit_kzalloc(test, sizeof(*c), GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, c);
	c->now = 1000;
	edma3_set_drain(m->cc, 1, 1, model_test_clock_now, model_test_clock_arm, c);
	return c;
}

static uint32_t tcstat(struct mt *m, unsigned int tc)
{
	return edma3_tc_read(m->cc, tc, EDMA3_TC_TCSTAT);
}

static void drain_held_tr_moves_no_data_and_sets_no_ipr(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_clock *c = model_test_drain(test);

	put_simple(m, 5, 256, MT_TCC(5) | MT_TCINTEN);
	gbit(m, EDMA3_ESR, 5);
	c->now += 255;
	KUNIT_EXPECT_TRUE(test, all_zero(m, MT_DST, 256));
	KUNIT_EXPECT_FALSE(test, gtest(m, EDMA3_IPR, 5));
	KUNIT_EXPECT_EQ(test, ccint(m, 0), 0u);
	KUNIT_EXPECT_EQ(test, stats(m)->bytes, 0ull);
	KUNIT_EXPECT_NE(test, tcstat(m, 0), 0u);
}

static void drain_hand_off_consumes_entry_and_links_the_set(
	struct kunit *test)
{
	struct mt *m = MT(test);

	model_test_drain(test);
	put_simple(m, 5, 256, MT_TCC(5) | MT_TCINTEN);
	gbit(m, EDMA3_ESR, 5);
	KUNIT_EXPECT_EQ(test, qstat_numval(m, 0), 0u);
	KUNIT_EXPECT_FALSE(test, gtest(m, EDMA3_ESR, 5));
	KUNIT_EXPECT_FALSE(test, gtest(m, EDMA3_SER, 5));
	/* LINK = 0xffff: the set is already the null set (4.3, 4.6) */
	KUNIT_EXPECT_EQ(test, pword(m, 5, 2), 0u);
	KUNIT_EXPECT_EQ(test, pword(m, 5, 5), 0xffffu);
	KUNIT_EXPECT_EQ(test, stats(m)->trs, 1ull);
}

static void drain_tr_lands_and_signals_when_its_time_is_up(
	struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_clock *c = model_test_drain(test);

	put_simple(m, 5, 256, MT_TCC(5) | MT_TCINTEN);
	gbit(m, EDMA3_ESR, 5);
	c->now += 256;
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_IPR, 5));
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 256));
	KUNIT_EXPECT_EQ(test, tcstat(m, 0), 0u);
}

static void drain_tick_retires_the_tr_and_pulses_ccint(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_clock *c = model_test_drain(test);

	gwr(m, EDMA3_IESR, 1u << 5);
	wr(m, EDMA3_DRAE(0), 1u << 5);
	put_simple(m, 5, 64, MT_TCC(5) | MT_TCINTEN);
	gbit(m, EDMA3_ESR, 5);
	KUNIT_EXPECT_EQ(test, c->armed, 1000ull + 64);
	c->now = c->armed;
	KUNIT_EXPECT_EQ(test, ccint(m, 0), 0u);
	edma3_tick(m->cc);
	KUNIT_EXPECT_EQ(test, ccint(m, 0), 1u);
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 64));
}

static void drain_early_code_arrives_at_hand_off(struct kunit *test)
{
	struct mt *m = MT(test);

	model_test_drain(test);
	put_simple(m, 5, 256, MT_TCC(5) | MT_TCINTEN | MT_EARLY);
	gbit(m, EDMA3_ESR, 5);
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_IPR, 5));
	KUNIT_EXPECT_TRUE(test, all_zero(m, MT_DST, 256));
}

static void drain_stop_registers_do_not_recall_a_held_tr(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_clock *c = model_test_drain(test);

	put_simple(m, 5, 256, MT_TCC(5) | MT_TCINTEN);
	gbit(m, EDMA3_ESR, 5);
	gbit(m, EDMA3_EECR, 5);
	gbit(m, EDMA3_ECR, 5);
	gbit(m, EDMA3_SECR, 5);
	gbit(m, EDMA3_ICR, 5);
	c->now += 256;
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_IPR, 5));
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 256));
}

static void drain_queue_waits_for_its_tc_and_trs_run_back_to_back(
	struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_clock *c = model_test_drain(test);
	struct model_test_set s = {
		.opt = MT_TCC(6) | MT_TCINTEN, .src = MT_SRC + 256,
		.dst = MT_DST + 256, .acnt = 128, .bcnt = 1, .ccnt = 1,
		.link = 0xffff,
	};

	put_simple(m, 5, 256, MT_TCC(5) | MT_TCINTEN);
	put_set(m, 6, &s);
	gbit(m, EDMA3_ESR, 5);
	gbit(m, EDMA3_ESR, 6);
	KUNIT_EXPECT_EQ(test, qstat_numval(m, 0), 1u);
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_SER, 6));
	/* looked at late: the second TR still started when the first ended */
	c->now += 256 + 127;
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_IPR, 5));
	KUNIT_EXPECT_FALSE(test, gtest(m, EDMA3_IPR, 6));
	KUNIT_EXPECT_EQ(test, c->armed, 1000ull + 256 + 128);
	c->now++;
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_IPR, 6));
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST + 256, MT_SRC + 256, 128));
}

static void drain_held_tr_with_a_code_counts_in_compactv(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_clock *c = model_test_drain(test);

	put_simple(m, 5, 256, MT_TCC(5) | MT_TCINTEN);
	gbit(m, EDMA3_ESR, 5);
	KUNIT_EXPECT_EQ(test, (rd(m, EDMA3_CCSTAT) >> 8) & 0x3f, 1u);
	c->now += 256;
	KUNIT_EXPECT_EQ(test, (rd(m, EDMA3_CCSTAT) >> 8) & 0x3f, 0u);
}

static void drain_bus_error_is_found_when_the_tr_ends(struct kunit *test)
{
	struct mt *m = MT(test);
	struct model_test_clock *c = model_test_drain(test);
	struct model_test_set s = {
		.opt = MT_TCC(5) | MT_TCINTEN, .src = MT_HOLE, .dst = MT_DST,
		.acnt = 64, .bcnt = 1, .ccnt = 1, .link = 0xffff,
	};

	put_set(m, 5, &s);
	gbit(m, EDMA3_ESR, 5);
	KUNIT_EXPECT_EQ(test, edma3_tc_read(m->cc, 0, EDMA3_TC_ERRSTAT), 0u);
	c->now += 64;
	KUNIT_EXPECT_EQ(test, edma3_tc_read(m->cc, 0, EDMA3_TC_ERRSTAT),
			(uint32_t)EDMA3_TC_ERR_BUSERR);
	KUNIT_EXPECT_FALSE(test, gtest(m, EDMA3_IPR, 5));
}

static void drain_off_retires_held_trs_at_once(struct kunit *test)
{
	struct mt *m = MT(test);

	model_test_drain(test);
	put_simple(m, 5, 256, MT_TCC(5) | MT_TCINTEN);
	gbit(m, EDMA3_ESR, 5);
	edma3_set_drain(m->cc, 0, 0, NULL, NULL, NULL);
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_IPR, 5));
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 256));
	KUNIT_EXPECT_EQ(test, tcstat(m, 0), 0u);
}

static void drain_is_off_by_default(struct kunit *test)
{
	struct mt *m = MT(test);

	put_simple(m, 5, 256, MT_TCC(5) | MT_TCINTEN);
	gbit(m, EDMA3_ESR, 5);
	KUNIT_EXPECT_TRUE(test, gtest(m, EDMA3_IPR, 5));
	KUNIT_EXPECT_TRUE(test, same(m, MT_DST, MT_SRC, 256));
	KUNIT_EXPECT_EQ(test, tcstat(m, 0), 0u);
}

static struct kunit_case drain_cases[] = {
	KUNIT_CASE(drain_held_tr_moves_no_data_and_sets_no_ipr),
	KUNIT_CASE(drain_hand_off_consumes_entry_and_links_the_set),
	KUNIT_CASE(drain_tr_lands_and_signals_when_its_time_is_up),
	KUNIT_CASE(drain_tick_retires_the_tr_and_pulses_ccint),
	KUNIT_CASE(drain_early_code_arrives_at_hand_off),
	KUNIT_CASE(drain_stop_registers_do_not_recall_a_held_tr),
	KUNIT_CASE(drain_queue_waits_for_its_tc_and_trs_run_back_to_back),
	KUNIT_CASE(drain_held_tr_with_a_code_counts_in_compactv),
	KUNIT_CASE(drain_bus_error_is_found_when_the_tr_ends),
	KUNIT_CASE(drain_off_retires_held_trs_at_once),
	KUNIT_CASE(drain_is_off_by_default),
	{}
};

static struct kunit_suite drain_suite = {
	.name = "edma3_model_drain",
	.init = model_test_case_init,
	.exit = model_test_case_exit,
	.test_cases = drain_cases,
};

kunit_test_suites(&bus_suite, &cccfg_suite, &reg_suite, &xfer_suite,
		  &trigger_suite, &queue_suite, &irq_suite, &qdma_suite,
		  &tc_suite, &misc_suite, &drain_suite);
