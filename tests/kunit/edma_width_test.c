// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: address widths.  EDMA3 PaRAM holds 32-bit bus addresses, while
 * dma_addr_t is 64-bit on LPAE kernels (Keystone).  The top of the 32-bit
 * space must reach PaRAM and come back from edma_get_position() intact,
 * and with LPAE an address above 4 GiB must be refused (slot untouched),
 * not cut to its low word.  The LPAE cases exist only in builds with a
 * 64-bit dma_addr_t ('make check-arm32'), on a DA850 as elsewhere.
 */
#include <kunit/test.h>

#include "edma_test_util.h"

#define SLOT	EDMA_CTLR_CHAN(0, 90)

static const struct edmacc_param width_param = {
	.opt = 0x00100008,
	.src = 0x11111110,
	.a_b_cnt = 0x00020004,
	.dst = 0x22222220,
	.src_dst_bidx = 0x00040004,
	.link_bcntrld = 0x0002ffff,
	.src_dst_cidx = 0x00080008,
	.ccnt = 3,
};

static void width_slot(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 90), SLOT);
	edma_write_slot(SLOT, &width_param);
}

static void top_of_the_32bit_space_is_programmed_intact(struct kunit *test)
{
	u32 w[8];

	width_slot(test);
	edma_set_src(SLOT, 0xfffffff0u, INCR, W8BIT);
	edma_set_dest(SLOT, 0xffffff00u, FIFO, W32BIT);
	edma_test_param(0, 90, w);
	KUNIT_EXPECT_EQ(test, w[1], 0xfffffff0u);
	KUNIT_EXPECT_EQ(test, w[3], 0xffffff00u);
	KUNIT_EXPECT_EQ(test, w[0] & (SAM | DAM | EDMA_FWID),
			DAM | (W32BIT << 8));
	/* no sign extension on the way back into a 64-bit dma_addr_t */
	KUNIT_EXPECT_EQ(test, (u64)edma_get_position(SLOT, false),
			0xfffffff0ull);
	KUNIT_EXPECT_EQ(test, (u64)edma_get_position(SLOT, true),
			0xffffff00ull);
}

#ifdef CONFIG_ARCH_DMA_ADDR_T_64BIT
static void lpae_address_above_4g_is_refused(struct kunit *test)
{
	unsigned int warns;
	u32 before[8], after[8];

	width_slot(test);
	edma_test_param(0, 90, before);
	warns = host_warn_count();
	/* the example: cut, it would read 0xc0001230 */
	edma_set_src(SLOT, 0x1c0001230ull, FIFO, W32BIT);
	edma_set_dest(SLOT, 0x100000000ull, FIFO, W32BIT);
	edma_set_src(SLOT, ~(dma_addr_t)0, INCR, W8BIT);
	edma_test_param(0, 90, after);
	KUNIT_EXPECT_EQ(test, memcmp(before, after, sizeof(before)), 0);
	KUNIT_EXPECT_EQ(test, after[1], 0x11111110u);
	KUNIT_EXPECT_EQ(test, after[3], 0x22222220u);
	KUNIT_EXPECT_EQ(test, after[0], 0x00100008u);
	/* bad input, not a caller bug worth a WARN (docs/bad-input.md) */
	KUNIT_EXPECT_EQ(test, host_warn_count(), warns);
	/* the slot still takes an address that fits */
	edma_set_src(SLOT, 0xc0001230ull, FIFO, W32BIT);
	edma_test_param(0, 90, after);
	KUNIT_EXPECT_EQ(test, after[1], 0xc0001230u);
}
#endif

static struct kunit_case edma_width_cases[] = {
	KUNIT_CASE(top_of_the_32bit_space_is_programmed_intact),
#ifdef CONFIG_ARCH_DMA_ADDR_T_64BIT
	KUNIT_CASE(lpae_address_above_4g_is_refused),
#endif
	{}
};

static struct kunit_suite edma_width_suite = {
	.name = "edma_width",
	.init = edma_test_init_da850,
	.exit = edma_test_exit,
	.test_cases = edma_width_cases,
};
kunit_test_suite(edma_width_suite);
