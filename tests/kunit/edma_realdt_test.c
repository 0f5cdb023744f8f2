// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: the library on Linux 6.1's own device trees.
 *
 * Each case loads one board's DTB (built from Debian's linux-source-6.1 by
 * 'make realdt-dtbs', tests/realdt/realdt.mk) or the synthetic
 * tests/dts/edma-binding.dts, builds the EDMA3 CCs, TCs and crossbars the
 * tree describes at its translated addresses (tests/board/board_dt.c),
 * fills every PaRAM set with a pattern as another core would have left
 * it, populates the tree and lets the library probe.  Expectations are
 * computed from the tree with the rules of 6.1's drivers/dma/ti/edma.c
 * and dma-crossbar.c, to the library's binding contract.
 */
#include <stdio.h>	/* first: the C library before the shim's headers */
#include <stdlib.h>
#include <unistd.h>

#include <kunit/test.h>
#include <linux/errno.h>
#include <linux/of.h>
#include <linux/of_irq.h>
#include <linux/of_platform.h>
#include <linux/platform_device.h>

#include "board_dt.h"
#include "edma_test_util.h"
#include "xbar_model.h"
#include "edma-internal.h"	/* edma_get_dma_spec(), edma_of_ctlr() */

#ifndef REALDT_DEFAULT_DIR
#define REALDT_DEFAULT_DIR	"build/realdt"
#endif

#define RD_COPY_LEN	64

struct rd_board {
	const char *name;
	const char *dts;	/* synthetic source, or NULL for a 6.1 DTB */
};

static const struct rd_board rd_boards[] = {
	{ "da850-evm" },
	{ "da850-lcdk" },
	{ "keystone-k2g-evm" },
	{ "am335x-evm" },
	{ "am437x-gp-evm" },
	{ "dra7-evm" },
	{ "edma-binding", "tests/dts/edma-binding.dts" },
};

static void rd_board_desc(const struct rd_board *b, char *desc)
{
	snprintf(desc, KUNIT_PARAM_DESC_SIZE, "%s", b->name);
}

KUNIT_ARRAY_PARAM(rd_boards, rd_boards, rd_board_desc);

/* ---- the board of the running case ------------------------------------- */

static struct board_dt *rd_bd;
static const struct rd_board *rd_cur;

static u32 rd_pattern(unsigned int cc, unsigned int slot, unsigned int w)
{
	return 0x5a000000u ^ cc << 20 ^ slot << 4 ^ w;
}

static void rd_fill_param(void)
{
	unsigned int i, s, w;

	for (i = 0; i < rd_bd->soc.ncc; i++) {
		struct edma3 *cc = rd_bd->b->cc[i];

		for (s = 0; s < edma3_num_slots(cc); s++)
			for (w = 0; w < 8; w++)
				edma3_write(cc, EDMA3_PARAM(s) + 4 * w,
					    rd_pattern(i, s, w));
	}
}

static int rd_load(struct kunit *test, const struct rd_board *p)
{
	const char *dir = getenv("REALDT_DIR");
	char path[512];
	int ret;

	if (p->dts)
		return host_of_load_dts_file(p->dts);
	snprintf(path, sizeof(path), "%s/%s.dtb", dir ? dir : REALDT_DEFAULT_DIR,
		 p->name);
	if (access(path, R_OK)) {
		KUNIT_FAIL(test, "%s is missing: build it with 'make realdt-dtbs'",
			   path);
		return -ENOENT;
	}
	ret = host_of_load_dtb_file(path);
	if (ret)
		KUNIT_FAIL(test, "%s does not load: %d", path, ret);
	return ret;
}

/* Build the board, fill PaRAM, populate (probe) if asked. */
static int rd_setup(struct kunit *test, bool populate)
{
	const struct rd_board *p = test->param_value;
	int ret;

	rd_cur = p;
	ret = rd_load(test, p);
	if (ret)
		return ret;
	rd_bd = board_dt_create(&ret);
	if (!rd_bd) {
		KUNIT_FAIL(test, "%s: no board from the tree: %d", p->name, ret);
		host_of_unload();
		return ret;
	}
	edma_test_board = rd_bd->b;
	edma_test_log_reset();
	rd_fill_param();
	if (!populate)
		return 0;
	ret = host_of_platform_populate();
	if (ret)
		KUNIT_FAIL(test, "%s: populate failed: %d", p->name, ret);
	host_irq_poll();
	return 0;
}

static int rd_init(struct kunit *test)
{
	ET_REQUIRE(test, HOST_CAP_OF);
	return rd_setup(test, true);
}

/* For the case that looks a request up before the tree is populated. */
static int rd_init_unpopulated(struct kunit *test)
{
	ET_REQUIRE(test, HOST_CAP_OF);
	return rd_setup(test, false);
}

static void rd_exit(struct kunit *test)
{
	host_of_unload();
	edma_test_teardown();
	/* a kernel's KUnit runs exit after a failed or skipped init too */
	if (!rd_bd)
		return;
	rd_bd->b = NULL;
	board_dt_destroy(rd_bd);
	rd_bd = NULL;
}

/* ---- what the tree says -------------------------------------------------- */

static unsigned int rd_ncc(void)
{
	return rd_bd->soc.ncc;
}

static struct edma3 *rd_cc(unsigned int i)
{
	return rd_bd->b->cc[i];
}

/* The library's controller number of CC i (its device's node), or -1. */
static int rd_ctlr(unsigned int i)
{
	int k = edma_of_ctlr(rd_bd->cc_np[i]);

	return k >= 0 ? k : -1;
}

static unsigned int rd_num_tptcs(unsigned int i)
{
	unsigned int t = 0;

	while (t < EDMA3_MAX_TC && rd_bd->tc_np[i][t])
		t++;
	return t;
}

static unsigned int rd_tptc_prio(unsigned int i, unsigned int t)
{
	u32 v = 0;

	of_property_read_u32_index(rd_bd->cc_np[i], "ti,tptcs", 2 * t + 1, &v);
	return v;
}

/* 6.1: queue q has priority q unless the q-th TC of ti,tptcs gives one. */
static u32 rd_expected_quepri(unsigned int i)
{
	unsigned int q, nq = edma3_num_tc(rd_cc(i)), nt = rd_num_tptcs(i);
	u32 v = 0;

	for (q = 0; q < nq; q++)
		v |= (q < nt ? rd_tptc_prio(i, q) & 7 : q) << (4 * q);
	return v;
}

/* 6.1: the first queue with the highest priority number > 0, else last. */
static unsigned int rd_expected_default_queue(unsigned int i)
{
	unsigned int q, nt = rd_num_tptcs(i), best = 0, dq;

	dq = edma3_num_tc(rd_cc(i)) - 1;
	for (q = 0; q < nt && q < edma3_num_tc(rd_cc(i)); q++) {
		if (rd_tptc_prio(i, q) > best) {
			best = rd_tptc_prio(i, q);
			dq = q;
		}
	}
	return dq;
}

static bool rd_slot_reserved(unsigned int i, unsigned int slot)
{
	struct device_node *np = rd_bd->cc_np[i];
	int n = of_property_count_u32_elems(np, "ti,edma-reserved-slot-ranges");
	u32 start, len;
	int k;

	for (k = 0; k + 1 < n; k += 2) {
		of_property_read_u32_index(np, "ti,edma-reserved-slot-ranges",
					   k, &start);
		of_property_read_u32_index(np, "ti,edma-reserved-slot-ranges",
					   k + 1, &len);
		if (slot >= start && slot < start + len)
			return true;
	}
	return false;
}

static bool rd_slot_has_pattern(unsigned int i, unsigned int slot)
{
	u32 w[8];
	unsigned int k;

	edma3_peek_param(rd_cc(i), slot, w);
	for (k = 0; k < 8; k++)
		if (w[k] != rd_pattern(i, slot, k))
			return false;
	return true;
}

/* dma-channel-mask: true if channel ch is Linux's (no mask: all are). */
static bool rd_chan_in_mask(unsigned int i, unsigned int ch)
{
	u32 word;

	if (!of_find_property(rd_bd->cc_np[i], "dma-channel-mask", NULL))
		return true;
	if (of_property_read_u32_index(rd_bd->cc_np[i], "dma-channel-mask",
				       ch / 32, &word))
		return false;
	return word & BIT(ch % 32);
}

/* ---- cases: probe ------------------------------------------------------ */

static void rd_every_cc_node_probes(struct kunit *test)
{
	struct platform_device *pdev;
	unsigned int i;

	for (i = 0; i < rd_ncc(); i++) {
		struct device_node *np = rd_bd->cc_np[i];

		pdev = of_find_device_by_node(np);
		KUNIT_ASSERT_NOT_NULL_MSG(test, pdev, "%s: no device",
					  of_node_full_name(np));
		KUNIT_EXPECT_TRUE_MSG(test, device_is_bound(&pdev->dev),
				      "%s (%s) did not probe",
				      of_node_full_name(np),
				      dev_name(&pdev->dev));
		KUNIT_EXPECT_GE_MSG(test, rd_ctlr(i), 0,
				    "%s: no controller number",
				    of_node_full_name(np));
		put_device(&pdev->dev);
	}
}

static void rd_every_tptc_is_bound(struct kunit *test)
{
	unsigned int i, t;

	for (i = 0; i < rd_ncc(); i++) {
		KUNIT_EXPECT_GT_MSG(test, rd_num_tptcs(i), 0u,
				    "%s names no TC",
				    of_node_full_name(rd_bd->cc_np[i]));
		for (t = 0; t < rd_num_tptcs(i); t++) {
			struct platform_device *pdev;

			pdev = of_find_device_by_node(rd_bd->tc_np[i][t]);
			KUNIT_ASSERT_NOT_NULL(test, pdev);
			KUNIT_EXPECT_TRUE_MSG(test, device_is_bound(&pdev->dev),
					      "TC %s not bound",
					      dev_name(&pdev->dev));
			/* error interrupts on where the TC has a line */
			KUNIT_EXPECT_EQ_MSG(test,
				edma3_tc_read(rd_cc(i), t, EDMA3_TC_ERREN),
				of_irq_count(rd_bd->tc_np[i][t]) ? 0xdu : 0u,
				"ERREN of TC%u (%s)", t,
				dev_name(&pdev->dev));
			put_device(&pdev->dev);
		}
	}
}

static void rd_queue_priorities_follow_tptcs(struct kunit *test)
{
	unsigned int i, q, nq;
	u32 mask, tcmap;

	for (i = 0; i < rd_ncc(); i++) {
		nq = edma3_num_tc(rd_cc(i));
		mask = nq >= 8 ? ~0u : (1u << (4 * nq)) - 1;
		tcmap = 0;
		for (q = 0; q < nq; q++)
			tcmap |= q << (4 * q);
		KUNIT_EXPECT_EQ_MSG(test,
			edma3_peek(rd_cc(i), EDMA3_QUEPRI) & mask & 0x77777777,
			rd_expected_quepri(i), "QUEPRI of %s",
			of_node_full_name(rd_bd->cc_np[i]));
		KUNIT_EXPECT_EQ_MSG(test,
			edma3_peek(rd_cc(i), EDMA3_QUETCMAP) & mask, tcmap,
			"QUETCMAP of %s", of_node_full_name(rd_bd->cc_np[i]));
	}
}

static unsigned int rd_dmaqnum(unsigned int i, unsigned int ch)
{
	return (edma3_peek(rd_cc(i), EDMA3_DMAQNUM(ch / 8)) >>
		(4 * (ch % 8))) & 7;
}

static void rd_default_queue_follows_tptcs(struct kunit *test)
{
	unsigned int i;
	int ctlr, h;

	for (i = 0; i < rd_ncc(); i++) {
		ctlr = rd_ctlr(i);
		KUNIT_ASSERT_GE(test, ctlr, 0);
		h = edma_alloc_channel(EDMA_CTLR_CHAN(ctlr, EDMA_CHANNEL_ANY),
				       NULL, NULL, EVENTQ_DEFAULT);
		KUNIT_ASSERT_GE_MSG(test, h, 0, "no channel on %s",
				    of_node_full_name(rd_bd->cc_np[i]));
		KUNIT_EXPECT_EQ_MSG(test, rd_dmaqnum(i, EDMA_CHAN_SLOT(h)),
				    rd_expected_default_queue(i),
				    "default queue of %s",
				    of_node_full_name(rd_bd->cc_np[i]));
		edma_free_channel(h);
	}
}

/* ---- cases: PaRAM and channels Linux does not own ----------------------- */

static void rd_reserved_param_survives_probe(struct kunit *test)
{
	unsigned int i, s, kept, reset, written, stale;
	int first_written, first_stale;

	for (i = 0; i < rd_ncc(); i++) {
		const char *cc = of_node_full_name(rd_bd->cc_np[i]);

		kept = reset = written = stale = 0;
		first_written = first_stale = -1;
		for (s = 0; s < edma3_num_slots(rd_cc(i)); s++) {
			if (rd_slot_reserved(i, s)) {
				if (rd_slot_has_pattern(i, s)) {
					kept++;
				} else if (!written++) {
					first_written = s;
				}
			} else if (edma_test_param_is_dummy(i, s)) {
				reset++;
			} else if (!stale++) {
				first_stale = s;
			}
		}
		KUNIT_EXPECT_EQ_MSG(test, written, 0u,
				    "%s: %u reserved sets written, first %d",
				    cc, written, first_written);
		KUNIT_EXPECT_EQ_MSG(test, stale, 0u,
				    "%s: %u of Linux's sets not reset, first %d",
				    cc, stale, first_stale);
		kunit_info(test, "%s: %u reserved sets kept, %u reset\n", cc,
			   kept, reset);
	}
}

static void rd_slot_any_never_returns_a_reserved_slot(struct kunit *test)
{
	unsigned int i, got, bad, broken, s;
	int ctlr, h, first_bad;

	for (i = 0; i < rd_ncc(); i++) {
		const char *cc = of_node_full_name(rd_bd->cc_np[i]);

		ctlr = rd_ctlr(i);
		KUNIT_ASSERT_GE(test, ctlr, 0);
		got = bad = broken = 0;
		first_bad = -1;
		while ((h = edma_alloc_slot(ctlr, EDMA_SLOT_ANY)) >= 0) {
			if (rd_slot_reserved(i, EDMA_CHAN_SLOT(h)) && !bad++)
				first_bad = EDMA_CHAN_SLOT(h);
			KUNIT_ASSERT_LT(test, ++got,
					edma3_num_slots(rd_cc(i)) + 1);
		}
		KUNIT_EXPECT_EQ(test, h, -ENOMEM);
		KUNIT_EXPECT_GT(test, got, 0u);
		KUNIT_EXPECT_EQ_MSG(test, bad, 0u,
				    "%s: EDMA_SLOT_ANY gave %u reserved slots, first %d",
				    cc, bad, first_bad);
		/* and the reserved sets still hold the pattern */
		for (s = 0; s < edma3_num_slots(rd_cc(i)); s++)
			if (rd_slot_reserved(i, s) && !rd_slot_has_pattern(i, s))
				broken++;
		KUNIT_EXPECT_EQ_MSG(test, broken, 0u,
				    "%s: %u reserved sets overwritten", cc,
				    broken);
	}
}

static void rd_channels_outside_the_mask_are_refused(struct kunit *test)
{
	unsigned int i, ch, refused;
	int ctlr, h;

	for (i = 0; i < rd_ncc(); i++) {
		ctlr = rd_ctlr(i);
		KUNIT_ASSERT_GE(test, ctlr, 0);
		refused = 0;
		for (ch = 0; ch < edma3_num_channels(rd_cc(i)); ch++) {
			if (rd_chan_in_mask(i, ch))
				continue;
			h = edma_alloc_channel(EDMA_CTLR_CHAN(ctlr, ch), NULL,
					       NULL, EVENTQ_0);
			KUNIT_EXPECT_LT_MSG(test, h, 0,
					    "channel %u outside the mask", ch);
			if (h >= 0)
				edma_free_channel(h);
			refused++;
		}
		if (!of_find_property(rd_bd->cc_np[i], "dma-channel-mask",
				      NULL))
			kunit_info(test, "%s: no dma-channel-mask\n",
				   of_node_full_name(rd_bd->cc_np[i]));
		else
			KUNIT_EXPECT_GT(test, refused, 0u);
	}
}

/* ---- cases: data through the channels the tree names -------------------- */

/* One copy on handle h, started by edma_start(); the event is fire(). */
static bool rd_copy(struct kunit *test, int h, unsigned int tcc,
		    void (*fire)(void *ctx), void *ctx, u8 seed)
{
	struct edma_test_buf src, dst;
	unsigned int before = edma_test_log_count(h, EDMA_DMA_COMPLETE);

	edma_test_buf_alloc(test, &src, RD_COPY_LEN, seed);
	edma_test_buf_alloc(test, &dst, RD_COPY_LEN, 0);
	memset(dst.cpu, 0, RD_COPY_LEN);
	edma_test_program_copy(h, &src, &dst, RD_COPY_LEN, tcc);
	KUNIT_EXPECT_EQ(test, edma_start(h), 0);
	host_irq_poll();
	if (fire) {
		KUNIT_EXPECT_TRUE_MSG(test, edma_test_buf_is_zero(&dst, RD_COPY_LEN),
				      "moved before its event");
		fire(ctx);
		host_irq_poll();
	}
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, RD_COPY_LEN, seed));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(h, EDMA_DMA_COMPLETE), before + 1);
	return edma_test_buf_matches(&dst, RD_COPY_LEN, seed) &&
	       edma_test_log_count(h, EDMA_DMA_COMPLETE) == before + 1;
}

struct rd_event {
	struct edma3 *cc;
	struct board_dt_xbar *x;	/* NULL: the CC's own event line */
	unsigned int ch;
	unsigned int input;		/* crossbar input, 0: direct */
	unsigned int hits;
};

static void rd_fire(void *ctx)
{
	struct rd_event *e = ctx;

	if (!e->x) {
		edma3_event(e->cc, e->ch);
		e->hits = 1;
	} else if (e->input)
		e->hits = xbar_fire(e->x->model, e->input);
	else
		e->hits = xbar_direct(e->x->model, e->ch);
}

/* A crossbar in front of CC i, if any. */
static struct board_dt_xbar *rd_xbar_of_cc(unsigned int i)
{
	unsigned int k;

	for (k = 0; k < rd_bd->nxbar; k++)
		if (rd_bd->xbar[k].cc == i)
			return &rd_bd->xbar[k];
	return NULL;
}

static bool rd_is_bad_consumer(struct device_node *np)
{
	return of_device_is_compatible(np, "x,bad-consumer");
}

/*
 * The EDMA target of dmas entry idx: CC index (direct) or crossbar, and
 * the expected channel (-1: the router picks), queue and crossbar input.
 */
struct rd_target {
	int cc;
	struct board_dt_xbar *x;
	int ch;
	unsigned int queue;
	unsigned int input;
};

static bool rd_edma_target(struct device_node *np, int idx,
			   struct rd_target *t)
{
	struct of_phandle_args a;

	if (of_parse_phandle_with_args(np, "dmas", "#dma-cells", idx, &a))
		return false;
	/* only compared with the board's nodes, never kept */
	of_node_put(a.np);
	memset(t, 0, sizeof(*t));
	t->cc = board_dt_cc_index(rd_bd, a.np);
	t->x = board_dt_xbar(rd_bd, a.np);
	if (t->cc >= 0 && a.args_count == 2) {
		t->ch = a.args[0];
		t->queue = a.args[1];
		return true;
	}
	if (t->x && t->x->kind == XBAR_AM335X && a.args_count == 3) {
		t->cc = t->x->cc;
		t->ch = a.args[0];
		t->queue = a.args[1];
		t->input = a.args[2];
		return true;
	}
	if (t->x && t->x->kind == XBAR_DRA7 && a.args_count == 2) {
		t->cc = t->x->cc;
		t->ch = -1;
		t->input = a.args[0];
		t->queue = a.args[1];
		return true;
	}
	return false;
}

struct rd_tally {
	unsigned int consumers, entries, resolved, copies;
	unsigned long bytes;
};

/* Every EDMA entry of consumer np: resolve, allocate, copy on its event. */
static void rd_check_consumer(struct kunit *test, struct device_node *np,
			      struct rd_tally *tl)
{
	struct platform_device *pdev = of_find_device_by_node(np);
	int n = of_property_count_strings(np, "dma-names"), idx, h, ctlr;
	struct edma_dma_spec spec;
	struct rd_target t;
	struct rd_event ev;
	const char *name;
	bool counted = false;

	for (idx = 0; idx < n; idx++) {
		if (!rd_edma_target(np, idx, &t))
			continue;
		if (!counted)
			tl->consumers++;
		counted = true;
		tl->entries++;
		KUNIT_ASSERT_NOT_NULL_MSG(test, pdev, "%s was not populated",
					  of_node_full_name(np));
		of_property_read_string_index(np, "dma-names", idx, &name);
		h = edma_get_dma_spec(&pdev->dev, name, &spec);
		KUNIT_EXPECT_EQ_MSG(test, h, 0, "%s \"%s\"",
				    dev_name(&pdev->dev), name);
		if (h)
			continue;
		ctlr = rd_ctlr(t.cc);
		KUNIT_EXPECT_EQ_MSG(test, (int)spec.ctlr, ctlr, "%s \"%s\"",
				    dev_name(&pdev->dev), name);
		if (t.ch >= 0)
			KUNIT_EXPECT_EQ_MSG(test, (int)spec.channel, t.ch,
					    "%s \"%s\"", dev_name(&pdev->dev),
					    name);
		KUNIT_EXPECT_EQ(test, (unsigned int)spec.queue, t.queue);
		if (t.x && t.x->kind == XBAR_DRA7)
			KUNIT_EXPECT_EQ_MSG(test,
				xbar_mux(t.x->model, spec.channel), t.input,
				"DREQ of channel %u for %s \"%s\"",
				spec.channel, dev_name(&pdev->dev), name);
		else if (t.x)
			KUNIT_EXPECT_EQ_MSG(test,
				xbar_mux(t.x->model, spec.channel), t.input,
				"EVT_MUX of channel %u for %s \"%s\"",
				spec.channel, dev_name(&pdev->dev), name);
		h = edma_alloc_channel(EDMA_CTLR_CHAN(spec.ctlr, spec.channel),
				       edma_test_cb, test, spec.queue);
		KUNIT_EXPECT_EQ_MSG(test, h,
			(int)EDMA_CTLR_CHAN(spec.ctlr, spec.channel),
			"%s \"%s\"", dev_name(&pdev->dev), name);
		if (h < 0)
			continue;
		tl->resolved++;
		KUNIT_EXPECT_EQ_MSG(test, rd_dmaqnum(t.cc, spec.channel),
				    t.queue, "DMAQNUM of %s \"%s\"",
				    dev_name(&pdev->dev), name);
		ev = (struct rd_event){
			.cc = rd_cc(t.cc),
			.x = t.x ? t.x : rd_xbar_of_cc(t.cc),
			.ch = spec.channel,
			.input = t.input,
		};
		if (ev.x && ev.x->kind == XBAR_DRA7 && !t.x)
			ev.x = NULL;
		if (rd_copy(test, h, spec.channel, rd_fire, &ev,
			    (u8)(spec.channel + idx + 1))) {
			tl->copies++;
			tl->bytes += RD_COPY_LEN;
		}
		KUNIT_EXPECT_EQ_MSG(test, ev.hits, 1u,
				    "event of %s \"%s\" reached %u channels",
				    dev_name(&pdev->dev), name, ev.hits);
		edma_free_channel(h);
	}
	if (pdev)
		put_device(&pdev->dev);
}

static void rd_every_consumer_moves_data_on_its_event(struct kunit *test)
{
	struct device_node *np;
	struct rd_tally tl = { 0 };

	for (np = host_of_root(); np; ) {
		if (of_find_property(np, "dmas", NULL) &&
		    of_device_is_available(np) && !rd_is_bad_consumer(np))
			rd_check_consumer(test, np, &tl);
		/* pre-order walk */
		if (np->child) {
			np = np->child;
		} else {
			while (np && !np->sibling)
				np = np->parent;
			np = np ? np->sibling : NULL;
		}
	}
	kunit_info(test,
		   "| %-16s | %2u CC | %2u xbar | %3u consumers | %3u dmas | %3u resolved | %3u copies | %5lu bytes |\n",
		   rd_cur->name, rd_ncc(), rd_bd->nxbar, tl.consumers,
		   tl.entries, tl.resolved, tl.copies, tl.bytes);
	KUNIT_EXPECT_EQ(test, tl.resolved, tl.entries);
	KUNIT_EXPECT_EQ(test, tl.copies, tl.entries);
	if (!rd_cur->dts && strcmp(rd_cur->name, "da850-evm"))
		KUNIT_EXPECT_GT(test, tl.entries, 0u);
}

static void rd_memcpy_channels_run_on_edma_start(struct kunit *test)
{
	unsigned int i, k, n, done = 0;
	int ctlr, h;
	u32 ch;

	for (i = 0; i < rd_ncc(); i++) {
		struct device_node *np = rd_bd->cc_np[i];

		n = of_property_count_u32_elems(np, "ti,edma-memcpy-channels") > 0 ?
		    of_property_count_u32_elems(np, "ti,edma-memcpy-channels") : 0;
		ctlr = rd_ctlr(i);
		KUNIT_ASSERT_GE(test, ctlr, 0);
		for (k = 0; k < n; k++) {
			of_property_read_u32_index(np, "ti,edma-memcpy-channels",
						   k, &ch);
			h = edma_alloc_channel(EDMA_CTLR_CHAN(ctlr, ch), edma_test_cb,
					       test, EVENTQ_DEFAULT);
			KUNIT_ASSERT_EQ_MSG(test, h,
					    (int)EDMA_CTLR_CHAN(ctlr, ch),
					    "memcpy channel %u of %s", ch,
					    of_node_full_name(np));
			KUNIT_EXPECT_FALSE_MSG(test,
				edma_test_chbit(i, EDMA3_EER, ch),
				"memcpy channel %u waits for an event", ch);
			if (rd_copy(test, h, ch, NULL, NULL, (u8)(ch + 3)))
				done++;
			edma_free_channel(h);
		}
	}
	kunit_info(test, "%s: %u memcpy channels moved data\n",
		   rd_cur->name, done);
}

/* The first available consumer whose first "dmas" entry is a DRA7 route. */
static struct device_node *rd_dra7_consumer(struct rd_target *t)
{
	struct device_node *np;

	for (np = host_of_root(); np; ) {
		if (of_find_property(np, "dmas", NULL) &&
		    of_device_is_available(np) && rd_edma_target(np, 0, t) &&
		    t->x && t->x->kind == XBAR_DRA7)
			return np;
		if (np->child) {
			np = np->child;
		} else {
			while (np && !np->sibling)
				np = np->parent;
			np = np ? np->sibling : NULL;
		}
	}
	return NULL;
}

static void rd_dra7_same_input_gets_the_same_channel(struct kunit *test)
{
	struct device_node *np;
	struct platform_device *pdev;
	struct edma_dma_spec a, b;
	struct rd_target t;
	const char *name;

	np = rd_dra7_consumer(&t);
	if (!np)
		kunit_skip(test, "%s routes nothing through a DRA7 crossbar",
			   rd_cur->name);
	pdev = of_find_device_by_node(np);
	KUNIT_ASSERT_NOT_NULL(test, pdev);
	put_device(&pdev->dev);
	of_property_read_string_index(np, "dma-names", 0, &name);
	KUNIT_ASSERT_EQ(test, edma_get_dma_spec(&pdev->dev, name, &a), 0);
	KUNIT_ASSERT_EQ(test, edma_get_dma_spec(&pdev->dev, name, &b), 0);
	KUNIT_EXPECT_EQ(test, a.channel, b.channel);
	KUNIT_EXPECT_EQ(test, xbar_mux(t.x->model, a.channel), t.input);
	/* a channel the router may hand out: not memcpy, not in use */
	KUNIT_EXPECT_TRUE(test, rd_chan_in_mask(t.cc, a.channel));
}

/* ---- cases: requests that can never resolve ----------------------------- */

static struct platform_device *rd_bad_consumer(struct kunit *test)
{
	struct device_node *np;
	struct platform_device *pdev;

	np = of_find_compatible_node(NULL, NULL, "x,bad-consumer");
	if (!np)
		kunit_skip(test, "%s has no bad consumer", rd_cur->name);
	pdev = of_find_device_by_node(np);
	of_node_put(np);
	KUNIT_ASSERT_NOT_NULL(test, pdev);
	put_device(&pdev->dev);
	return pdev;
}

static void rd_unresolvable_dmas_fail_cleanly(struct kunit *test)
{
	static const struct {
		const char *name;
		int err;
	} bad[] = {
		{ "disabled-cc", -ENODEV },
		{ "not-edma", -ENODEV },
		{ "xbar-input", -EINVAL },	/* mux >= crossbar dma-requests */
		{ "xbar-chan", -EINVAL },	/* channel >= CC dma-requests */
		{ "queue", -EINVAL },		/* queue >= number of TCs */
		{ "chan", -EINVAL },		/* channel >= CC channels */
		{ "xbar-queue", -EINVAL },	/* DRA7 route to a queue >= TCs */
	};
	struct platform_device *pdev = rd_bad_consumer(test);
	struct edma_dma_spec spec;
	unsigned int k;

	for (k = 0; k < ARRAY_SIZE(bad); k++)
		KUNIT_EXPECT_EQ_MSG(test, edma_get_dma_spec(&pdev->dev,
							    bad[k].name, &spec),
				    bad[k].err, "\"%s\"", bad[k].name);
}

static void rd_unprobed_cc_defers(struct kunit *test)
{
	struct device_node *np;
	struct platform_device *pdev;
	struct edma_dma_spec spec;

	np = of_find_compatible_node(NULL, NULL, "x,mcasp");
	if (!np)
		kunit_skip(test, "%s has no x,mcasp consumer", rd_cur->name);
	/* the consumer exists, its CC node is available but not probed */
	pdev = host_platform_device_create("realdt-early-consumer", -1, NULL,
					   0, NULL, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(pdev));
	pdev->dev.of_node = np;
	KUNIT_EXPECT_EQ(test, edma_get_dma_spec(&pdev->dev, "tx", &spec),
			-EPROBE_DEFER);
	KUNIT_EXPECT_EQ(test, host_of_platform_populate(), 0);
	KUNIT_EXPECT_EQ(test, edma_get_dma_spec(&pdev->dev, "tx", &spec), 0);
	KUNIT_EXPECT_EQ(test, spec.channel, 8u);
	KUNIT_EXPECT_EQ(test, (unsigned int)spec.queue, 2u);
	pdev->dev.of_node = NULL;
	of_node_put(np);
}

static struct kunit_case edma_realdt_cases[] = {
	KUNIT_CASE_PARAM(rd_every_cc_node_probes, rd_boards_gen_params),
	KUNIT_CASE_PARAM(rd_every_tptc_is_bound, rd_boards_gen_params),
	KUNIT_CASE_PARAM(rd_queue_priorities_follow_tptcs,
			 rd_boards_gen_params),
	KUNIT_CASE_PARAM(rd_default_queue_follows_tptcs, rd_boards_gen_params),
	KUNIT_CASE_PARAM(rd_reserved_param_survives_probe,
			 rd_boards_gen_params),
	KUNIT_CASE_PARAM(rd_slot_any_never_returns_a_reserved_slot,
			 rd_boards_gen_params),
	KUNIT_CASE_PARAM(rd_channels_outside_the_mask_are_refused,
			 rd_boards_gen_params),
	KUNIT_CASE_PARAM(rd_every_consumer_moves_data_on_its_event,
			 rd_boards_gen_params),
	KUNIT_CASE_PARAM(rd_memcpy_channels_run_on_edma_start,
			 rd_boards_gen_params),
	KUNIT_CASE_PARAM(rd_dra7_same_input_gets_the_same_channel,
			 rd_boards_gen_params),
	KUNIT_CASE_PARAM(rd_unresolvable_dmas_fail_cleanly,
			 rd_boards_gen_params),
	{}
};

static struct kunit_suite edma_realdt_suite = {
	.name = "edma_realdt",
	.init = rd_init,
	.exit = rd_exit,
	.test_cases = edma_realdt_cases,
};

static struct kunit_case edma_realdt_defer_cases[] = {
	KUNIT_CASE_PARAM(rd_unprobed_cc_defers, rd_boards_gen_params),
	{}
};

static struct kunit_suite edma_realdt_defer_suite = {
	.name = "edma_realdt_defer",
	.init = rd_init_unpopulated,
	.exit = rd_exit,
	.test_cases = edma_realdt_defer_cases,
};

kunit_test_suites(&edma_realdt_suite, &edma_realdt_defer_suite);
