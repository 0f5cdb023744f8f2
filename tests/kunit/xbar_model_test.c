// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: the DMA event crossbar models (tests/model/xbar_model.c) in
 * front of a bare EDMA3 model: register layout, and which channel an
 * input reaches.
 */
#include <kunit/test.h>

#include "edma3_model.h"
#include "xbar_model.h"

struct xm_ctx {
	struct edma3_bus *bus;
	struct edma3 *cc;
};

static void xm_irq(void *ctx, enum edma3_line line, unsigned int index)
{
}

static int xm_init(struct kunit *test)
{
	struct edma3_config cfg = { .name = "xbar", .cccfg = EDMA3_CCCFG_AM33XX };
	struct xm_ctx *c = kunit_kzalloc(test, sizeof(*c), GFP_KERNEL);

	c->bus = edma3_bus_create();
	c->cc = edma3_create(&cfg, c->bus, xm_irq, NULL);
	test->priv = c;
	return c->bus && c->cc ? 0 : -ENOMEM;
}

static void xm_exit(struct kunit *test)
{
	struct xm_ctx *c = test->priv;

	edma3_destroy(c->cc);
	edma3_bus_destroy(c->bus);
}

/* The event register bit of ch (events latch in ER: EER is off). */
static bool xm_er(struct xm_ctx *c, unsigned int ch)
{
	return edma3_peek(c->cc, EDMA3_GLOBAL + EDMA3_ER + 4 * (ch / 32)) &
	       (1u << (ch % 32));
}

static void xm_am335x_bytes_map_to_channels(struct kunit *test)
{
	struct xm_ctx *c = test->priv;
	struct xbar_model *x = xbar_create(XBAR_AM335X, 64, c->cc);

	KUNIT_ASSERT_NOT_NULL(test, x);
	KUNIT_EXPECT_EQ(test, xbar_window(x), 64u);
	/* TPCC_EVT_MUX_0_3: channel 0 in the low byte */
	xbar_write32(x, 0, 0x04030201);
	KUNIT_EXPECT_EQ(test, xbar_mux(x, 0), 1u);
	KUNIT_EXPECT_EQ(test, xbar_mux(x, 3), 4u);
	/* TPCC_EVT_MUX_60_63: reversed, channel 63 in the low byte */
	xbar_write32(x, 60, 0x1d1c1b1a);
	KUNIT_EXPECT_EQ(test, xbar_mux(x, 63), 0x1au);
	KUNIT_EXPECT_EQ(test, xbar_mux(x, 60), 0x1du);
	xbar_write8(x, 63, 0x05);
	KUNIT_EXPECT_EQ(test, xbar_mux(x, 60), 5u);
	KUNIT_EXPECT_EQ(test, xbar_read32(x, 60), 0x051c1b1au);
	KUNIT_EXPECT_EQ(test, xbar_read8(x, 3), 4);
	xbar_destroy(x);
}

static void xm_am335x_input_reaches_the_muxed_channel(struct kunit *test)
{
	struct xm_ctx *c = test->priv;
	struct xbar_model *x = xbar_create(XBAR_AM335X, 64, c->cc);

	KUNIT_ASSERT_NOT_NULL(test, x);
	xbar_write8(x, 60, 7);		/* channel 63 <- input 7 */
	xbar_write8(x, 12, 7);		/* channel 12 <- input 7 */
	KUNIT_EXPECT_EQ(test, xbar_fire(x, 7), 2u);
	KUNIT_EXPECT_TRUE(test, xm_er(c, 63));
	KUNIT_EXPECT_TRUE(test, xm_er(c, 12));
	KUNIT_EXPECT_FALSE(test, xm_er(c, 60));
	KUNIT_EXPECT_FALSE(test, xm_er(c, 7));
	KUNIT_EXPECT_EQ(test, xbar_fire(x, 0), 0u);
	/* a muxed channel no longer hears its direct event */
	KUNIT_EXPECT_EQ(test, xbar_direct(x, 20), 1u);
	KUNIT_EXPECT_TRUE(test, xm_er(c, 20));
	KUNIT_EXPECT_EQ(test, xbar_direct(x, 12), 0u);
	xbar_destroy(x);
}

static void xm_dra7_lines_hold_sixteen_bit_inputs(struct kunit *test)
{
	struct xm_ctx *c = test->priv;
	struct xbar_model *x = xbar_create(XBAR_DRA7, 64, c->cc);

	KUNIT_ASSERT_NOT_NULL(test, x);
	KUNIT_EXPECT_EQ(test, xbar_window(x), 128u);
	/* writew() as the shim splits it: two bytes, little endian */
	xbar_write8(x, 2 * 5, 0x81);
	xbar_write8(x, 2 * 5 + 1, 0x00);
	xbar_write32(x, 2 * 40, 0x00a50081);	/* lines 40 and 41 */
	KUNIT_EXPECT_EQ(test, xbar_mux(x, 5), 0x81u);
	KUNIT_EXPECT_EQ(test, xbar_mux(x, 40), 0x81u);
	KUNIT_EXPECT_EQ(test, xbar_mux(x, 41), 0xa5u);
	KUNIT_EXPECT_EQ(test, xbar_fire(x, 0x81), 2u);
	KUNIT_EXPECT_TRUE(test, xm_er(c, 5));
	KUNIT_EXPECT_TRUE(test, xm_er(c, 40));
	KUNIT_EXPECT_FALSE(test, xm_er(c, 41));
	KUNIT_EXPECT_EQ(test, xbar_fire(x, 0x82), 0u);
	/* DRA7 EDMA channels have no direct event */
	KUNIT_EXPECT_EQ(test, xbar_direct(x, 6), 0u);
	KUNIT_EXPECT_FALSE(test, xm_er(c, 6));
	xbar_destroy(x);
}

static struct kunit_case xbar_model_cases[] = {
	KUNIT_CASE(xm_am335x_bytes_map_to_channels),
	KUNIT_CASE(xm_am335x_input_reaches_the_muxed_channel),
	KUNIT_CASE(xm_dra7_lines_hold_sixteen_bit_inputs),
	{}
};

static struct kunit_suite xbar_model_suite = {
	.name = "xbar_model",
	.init = xm_init,
	.exit = xm_exit,
	.test_cases = xbar_model_cases,
};
kunit_test_suite(xbar_model_suite);
