// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: Linux 6.1's own EDMA dmaengine driver probing Linux 6.1's own
 * device trees (da850-evm, da850-lcdk, keystone-k2g-evm, am335x-evm,
 * am437x-gp-evm, dra7-evm, built by 'make realdt-dtbs'), on the CCs and
 * TCs tests/board/board_dt.c builds from each tree.  Every available CC
 * must probe and take its completion interrupt, and every memcpy channel
 * a tree lists must copy, its completion coming through that interrupt.
 */
#include <stdlib.h>
#include <unistd.h>

#include <kunit/test.h>
#include <linux/dma-mapping.h>
#include <linux/dmaengine.h>
#include <linux/err.h>
#include <linux/of.h>
#include <linux/of_platform.h>

#include "board_dt.h"
#include "host.h"
#include "host_net.h"

#ifndef PEER_REALDT_DIR
#define PEER_REALDT_DIR	"build/realdt"
#endif

#define PRD_MAX_CHANS	16
#define PRD_LEN		70000		/* past 64 KiB: two PaRAM sets */

static const char * const prd_boards[] = {
	"da850-evm", "da850-lcdk", "keystone-k2g-evm", "am335x-evm",
	"am437x-gp-evm", "dra7-evm",
};

static void prd_board_desc(const char * const *b, char *desc)
{
	snprintf(desc, KUNIT_PARAM_DESC_SIZE, "%s", *b);
}

KUNIT_ARRAY_PARAM(prd_boards, prd_boards, prd_board_desc);

static struct board_dt *prd_bd;
static unsigned int prd_done;

/* What a callback saw: its CC's completion interrupts handled so far. */
struct prd_seen {
	unsigned int irq;
	u64 handled;
};

static int prd_init(struct kunit *test)
{
	const char * const *name = test->param_value;
	const char *dir = getenv("REALDT_DIR");
	char path[512];
	int ret;

	prd_done = 0;
	ret = host_run_initcalls();
	if (ret)
		return ret;
	snprintf(path, sizeof(path), "%s/%s.dtb",
		 dir ? dir : PEER_REALDT_DIR, *name);
	if (access(path, R_OK)) {
		KUNIT_FAIL(test, "%s is missing: 'make realdt-dtbs'", path);
		return -ENOENT;
	}
	ret = host_of_load_dtb_file(path);
	if (ret)
		return ret;
	prd_bd = board_dt_create(&ret);
	if (!prd_bd) {
		host_of_unload();
		return ret;
	}
	ret = host_of_platform_populate();
	host_irq_poll();
	host_irq_reset_stats();
	return ret;
}

static void prd_exit(struct kunit *test)
{
	/* the tree's devices first: their nodes go with the tree */
	host_of_unload();
	board_dt_destroy(prd_bd);
	prd_bd = NULL;
}

static void prd_done_cb(void *param, const struct dmaengine_result *res)
{
	struct prd_seen *seen = param;
	struct host_irq_stats st;

	host_irq_get_stats(seen->irq, &st);
	seen->handled = st.handled;
	if (res->result == DMA_TRANS_NOERROR)
		prd_done++;
}

/* Every CC the tree enables was probed by 6.1 and took its interrupts. */
static void prd_probes_every_cc(struct kunit *test)
{
	unsigned int i, n = 0;

	for (i = 0; i < prd_bd->soc.ncc; i++) {
		if (!of_device_is_available(prd_bd->cc_np[i]))
			continue;
		n++;
		KUNIT_EXPECT_TRUE(test, host_irq_has_handler(
				prd_bd->soc.cc[i].irq_ccint));
		KUNIT_EXPECT_TRUE(test, host_irq_has_handler(
				prd_bd->soc.cc[i].irq_ccerr));
	}
	KUNIT_EXPECT_GT(test, n, 0u);
	kunit_info(test, "%u CC(s) probed\n", n);
}

/* Every memcpy channel the tree lists copies 70000 bytes. */
static void prd_memcpy_every_channel(struct kunit *test)
{
	struct dma_chan *chans[PRD_MAX_CHANS];
	unsigned int i, n = 0, want = 0;
	dma_addr_t src, dst;
	u8 *s, *d;
	int len;

	for (i = 0; i < prd_bd->soc.ncc; i++) {
		if (!of_device_is_available(prd_bd->cc_np[i]))
			continue;
		if (of_find_property(prd_bd->cc_np[i],
				     "ti,edma-memcpy-channels", &len))
			want += len / 4;
	}
	while (n < PRD_MAX_CHANS) {
		chans[n] = host_dma_request_cap(DMA_MEMCPY);
		if (!chans[n])
			break;
		n++;
	}
	KUNIT_EXPECT_EQ(test, n, want);
	kunit_info(test, "%u memcpy channel(s)\n", n);

	s = dma_alloc_coherent(NULL, PRD_LEN, &src, GFP_KERNEL);
	d = dma_alloc_coherent(NULL, PRD_LEN + 1, &dst, GFP_KERNEL);
	KUNIT_ASSERT_NOT_NULL(test, s);
	KUNIT_ASSERT_NOT_NULL(test, d);
	for (i = 0; i < PRD_LEN; i++)
		s[i] = (u8)(i * 13 + (i >> 9));
	for (i = 0; i < n; i++) {
		struct dma_async_tx_descriptor *tx;
		struct prd_seen seen = { 0 };
		int cc;

		memset(d, 0, PRD_LEN + 1);
		tx = dmaengine_prep_dma_memcpy(chans[i], dst, src, PRD_LEN,
					       DMA_PREP_INTERRUPT);
		KUNIT_ASSERT_NOT_NULL(test, tx);
		tx->callback_result = prd_done_cb;
		tx->callback_param = &seen;
		KUNIT_ASSERT_GT(test, dmaengine_submit(tx), 0);
		/* the completion line of the CC this channel is on */
		cc = board_dt_cc_index(prd_bd, chans[i]->device->dev->of_node);
		KUNIT_ASSERT_GE(test, cc, 0);
		seen.irq = prd_bd->soc.cc[cc].irq_ccint;
		dma_async_issue_pending(chans[i]);
		host_irq_poll();
		host_softirq_run(64);
		KUNIT_EXPECT_EQ(test, prd_done, i + 1);
		/* handled before the callback ran */
		KUNIT_EXPECT_GT(test, seen.handled, 0u);
		KUNIT_EXPECT_EQ(test, memcmp(s, d, PRD_LEN), 0);
		KUNIT_EXPECT_EQ(test, d[PRD_LEN], 0);
	}
	for (i = 0; i < n; i++)
		dma_release_channel(chans[i]);
	dma_free_coherent(NULL, PRD_LEN, s, src);
	dma_free_coherent(NULL, PRD_LEN + 1, d, dst);
}

static struct kunit_case prd_cases[] = {
	KUNIT_CASE_PARAM(prd_probes_every_cc, prd_boards_gen_params),
	KUNIT_CASE_PARAM(prd_memcpy_every_channel, prd_boards_gen_params),
	{}
};

static struct kunit_suite prd_suite = {
	.name = "edma_peer_6_1_realdt",
	.init = prd_init,
	.exit = prd_exit,
	.test_cases = prd_cases,
};
kunit_test_suite(prd_suite);
