// SPDX-License-Identifier: GPL-2.0
/*
 * MMIO routing and counting, and the DMA API on the simulated bus.
 */
#include <kunit/test.h>
#include <linux/delay.h>
#include <linux/dma-mapping.h>
#include <linux/io.h>

#include "edma3_bus.h"
#include "host.h"

#define DEV_BASE	0x0f000000u
#define DEV_SIZE	0x1000u

struct fake_dev {
	u32 regs[DEV_SIZE / 4];
	int reads32, writes32, reads8, writes8;
	u32 last_off;
};

static u32 fake_read32(void *ctx, u32 off)
{
	struct fake_dev *d = ctx;

	d->reads32++;
	d->last_off = off;
	return d->regs[off / 4];
}

static void fake_write32(void *ctx, u32 off, u32 val)
{
	struct fake_dev *d = ctx;

	d->writes32++;
	d->last_off = off;
	d->regs[off / 4] = val;
}

static u8 fake_read8(void *ctx, u32 off)
{
	struct fake_dev *d = ctx;

	d->reads8++;
	return ((u8 *)d->regs)[off];
}

static void fake_write8(void *ctx, u32 off, u8 val)
{
	struct fake_dev *d = ctx;

	d->writes8++;
	((u8 *)d->regs)[off] = val;
}

static const struct host_mmio_ops fake_ops = {
	.read32 = fake_read32,
	.write32 = fake_write32,
	.read8 = fake_read8,
	.write8 = fake_write8,
};

struct mmio_ctx {
	struct fake_dev dev;
	void __iomem *base;
};

static int mmio_init(struct kunit *test)
{
	struct mmio_ctx *c = kunit_kzalloc(test, sizeof(*c), GFP_KERNEL);

	if (!c || host_mmio_register(DEV_BASE, DEV_SIZE, &fake_ops, &c->dev))
		return -ENOMEM;
	c->base = ioremap(DEV_BASE, DEV_SIZE);
	test->priv = c;
	return c->base ? 0 : -ENOMEM;
}

static void mmio_exit(struct kunit *test)
{
	host_mmio_unregister(DEV_BASE);
}

static void mmio_writel_reaches_the_model_at_its_offset(struct kunit *test)
{
	struct mmio_ctx *c = test->priv;

	writel(0xdeadbeef, c->base + 0x40);
	KUNIT_EXPECT_EQ(test, c->dev.last_off, 0x40);
	KUNIT_EXPECT_EQ(test, c->dev.regs[0x10], 0xdeadbeef);
	KUNIT_EXPECT_EQ(test, readl(c->base + 0x40), 0xdeadbeef);
}

static void mmio_accesses_are_counted_per_region(struct kunit *test)
{
	struct mmio_ctx *c = test->priv;
	struct host_mmio_stats st;

	writel(1, c->base);
	writel_relaxed(2, c->base + 4);
	readl(c->base);
	KUNIT_ASSERT_EQ(test, host_mmio_get_stats(DEV_BASE, &st), 0);
	KUNIT_EXPECT_EQ(test, st.writes, 2);
	KUNIT_EXPECT_EQ(test, st.reads, 1);
	KUNIT_EXPECT_EQ(test, st.byte_writes, 0);
}

static void mmio_memcpy_toio_aligned_uses_words(struct kunit *test)
{
	struct mmio_ctx *c = test->priv;
	u32 src[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };

	memcpy_toio(c->base + 0x100, src, sizeof(src));
	KUNIT_EXPECT_EQ(test, c->dev.writes32, 8);
	KUNIT_EXPECT_EQ(test, c->dev.writes8, 0);
	KUNIT_EXPECT_EQ(test, c->dev.regs[0x100 / 4 + 7], 8);
}

static void mmio_memcpy_toio_unaligned_uses_bytes(struct kunit *test)
{
	struct mmio_ctx *c = test->priv;
	const char src[] = "abc";

	memcpy_toio(c->base + 0x201, src, 3);
	KUNIT_EXPECT_EQ(test, c->dev.writes32, 0);
	KUNIT_EXPECT_EQ(test, c->dev.writes8, 3);
	KUNIT_EXPECT_EQ(test, ((u8 *)c->dev.regs)[0x203], 'c');
}

static void mmio_memcpy_fromio_round_trips(struct kunit *test)
{
	struct mmio_ctx *c = test->priv;
	u8 in[13], out[13];
	int i;

	for (i = 0; i < sizeof(in); i++)
		in[i] = i * 7;
	memcpy_toio(c->base + 0x302, in, sizeof(in));
	memcpy_fromio(out, c->base + 0x302, sizeof(out));
	KUNIT_EXPECT_EQ(test, memcmp(in, out, sizeof(in)), 0);
}

static void mmio_ioremap_fails_when_injected(struct kunit *test)
{
	host_fail_inject(HOST_FAULT_IOREMAP, 1);
	KUNIT_EXPECT_NULL(test, ioremap(DEV_BASE, DEV_SIZE));
	KUNIT_EXPECT_NOT_NULL(test, ioremap(DEV_BASE, DEV_SIZE));
}

/* The window ends at HOST_IOREMAP_LIMIT, whatever the process's width. */
static void mmio_ioremap_stays_inside_the_window(struct kunit *test)
{
	const phys_addr_t last = HOST_IOREMAP_LIMIT - 0x100;

	KUNIT_EXPECT_NOT_NULL(test, ioremap(last, 0x100));
	KUNIT_EXPECT_NULL(test, ioremap(last, 0x101));
	KUNIT_EXPECT_NULL(test, ioremap(last + 0x80, 0x100));
}

/*
 * A device high in the physical space (AM335x's TCs sit at 0x49800000) is
 * reachable in a 32-bit process too, at its own offsets, and mapping its
 * range again (or a part of it) gives the same cookies.
 */
static void mmio_ioremap_reaches_high_addresses(struct kunit *test)
{
	const u32 high = 0x49800000u;
	struct fake_dev *d = kunit_kzalloc(test, sizeof(*d), GFP_KERNEL);
	void __iomem *a, *b;

	KUNIT_ASSERT_NOT_NULL(test, d);
	KUNIT_ASSERT_EQ(test, host_mmio_register(high, DEV_SIZE, &fake_ops, d),
			0);
	a = ioremap(high, DEV_SIZE);
	b = ioremap(high + 0x100, 0x10);
	KUNIT_ASSERT_NOT_NULL(test, a);
	KUNIT_EXPECT_PTR_EQ(test, b, a + 0x100);
	writel(0x1234abcd, a + 0x124);
	KUNIT_EXPECT_EQ(test, d->last_off, 0x124u);
	KUNIT_EXPECT_EQ(test, d->regs[0x124 / 4], 0x1234abcdu);
	KUNIT_EXPECT_EQ(test, readl(b + 0x24), 0x1234abcdu);
	KUNIT_EXPECT_PTR_EQ(test, ioremap(high, DEV_SIZE), a);
	host_mmio_unregister(high);
}

static void mmio_overlapping_region_is_refused(struct kunit *test)
{
	KUNIT_EXPECT_NE(test, host_mmio_register(DEV_BASE + 0x800, 0x1000,
						 &fake_ops, NULL), 0);
}

static void mmio_delay_advances_simulated_time(struct kunit *test)
{
	u64 t0 = host_time_ns();

	udelay(10);
	KUNIT_EXPECT_GE(test, host_time_ns() - t0, 10000);
	KUNIT_EXPECT_LT(test, host_time_ns() - t0, 11000);
}

static struct kunit_case shim_mmio_cases[] = {
	KUNIT_CASE(mmio_writel_reaches_the_model_at_its_offset),
	KUNIT_CASE(mmio_accesses_are_counted_per_region),
	KUNIT_CASE(mmio_memcpy_toio_aligned_uses_words),
	KUNIT_CASE(mmio_memcpy_toio_unaligned_uses_bytes),
	KUNIT_CASE(mmio_memcpy_fromio_round_trips),
	KUNIT_CASE(mmio_ioremap_fails_when_injected),
	KUNIT_CASE(mmio_ioremap_stays_inside_the_window),
	KUNIT_CASE(mmio_ioremap_reaches_high_addresses),
	KUNIT_CASE(mmio_overlapping_region_is_refused),
	KUNIT_CASE(mmio_delay_advances_simulated_time),
	{}
};

static struct kunit_suite shim_mmio_suite = {
	.name = "shim_mmio",
	.init = mmio_init,
	.exit = mmio_exit,
	.test_cases = shim_mmio_cases,
};

/* ---- DMA --------------------------------------------------------------- */

#define DDR_BASE	0x80000000u
#define DDR_SIZE	0x10000u

static int dma_init(struct kunit *test)
{
	struct edma3_bus *bus = edma3_bus_create();

	if (!bus)
		return -ENOMEM;
	test->priv = bus;
	return host_dma_init(bus, DDR_BASE, DDR_SIZE);
}

static void dma_exit(struct kunit *test)
{
	host_dma_exit();
	edma3_bus_destroy(test->priv);
}

static void dma_coherent_is_aligned_and_on_the_bus(struct kunit *test)
{
	dma_addr_t a, b;
	void *va = dma_alloc_coherent(NULL, 10, &a, GFP_KERNEL);
	void *vb = dma_alloc_coherent(NULL, 10, &b, GFP_KERNEL);

	KUNIT_ASSERT_NOT_NULL(test, va);
	KUNIT_ASSERT_NOT_NULL(test, vb);
	KUNIT_EXPECT_EQ(test, a % 32, 0);
	KUNIT_EXPECT_EQ(test, b % 32, 0);
	KUNIT_EXPECT_GE(test, a, DDR_BASE);
	KUNIT_EXPECT_NE(test, a, b);
	KUNIT_EXPECT_PTR_EQ(test, host_dma_to_virt(a), va);
	KUNIT_EXPECT_PTR_EQ(test, edma3_bus_to_host(test->priv, b, 10), vb);
	dma_free_coherent(NULL, 10, va, a);
	dma_free_coherent(NULL, 10, vb, b);
	KUNIT_EXPECT_EQ(test, host_dma_coherent_live(), 0);
}

static void dma_coherent_first_fit_reuses_freed_gap(struct kunit *test)
{
	dma_addr_t a, b, c;
	void *va = dma_alloc_coherent(NULL, 64, &a, GFP_KERNEL);
	void *vb = dma_alloc_coherent(NULL, 64, &b, GFP_KERNEL);
	void *vc;

	dma_free_coherent(NULL, 64, va, a);
	vc = dma_alloc_coherent(NULL, 32, &c, GFP_KERNEL);
	KUNIT_EXPECT_EQ(test, c, a);
	KUNIT_EXPECT_EQ(test, host_warn_count(), 0);
	dma_free_coherent(NULL, 32, vc, c);
	dma_free_coherent(NULL, 64, vb, b);
}

static void dma_coherent_exhaustion_returns_null(struct kunit *test)
{
	dma_addr_t a;

	KUNIT_EXPECT_NULL(test, dma_alloc_coherent(NULL, DDR_SIZE + 32, &a,
						   GFP_KERNEL));
}

static void dma_map_single_makes_host_buffer_visible(struct kunit *test)
{
	u8 *buf = kunit_kzalloc(test, 100, GFP_KERNEL);
	dma_addr_t d;

	d = dma_map_single(NULL, buf + 3, 50, DMA_TO_DEVICE);
	KUNIT_ASSERT_EQ(test, dma_mapping_error(NULL, d), 0);
	KUNIT_EXPECT_PTR_EQ(test, edma3_bus_to_host(test->priv, d, 50),
			    buf + 3);
	KUNIT_EXPECT_EQ(test, host_dma_mappings_live(), 1);
	dma_unmap_single(NULL, d, 50, DMA_TO_DEVICE);
	KUNIT_EXPECT_NULL(test, edma3_bus_to_host(test->priv, d, 1));
	KUNIT_EXPECT_EQ(test, host_dma_mappings_live(), 0);
}

static void dma_map_of_coherent_memory_is_direct(struct kunit *test)
{
	dma_addr_t a, d;
	void *va = dma_alloc_coherent(NULL, 64, &a, GFP_KERNEL);

	d = dma_map_single(NULL, va, 64, DMA_FROM_DEVICE);
	KUNIT_EXPECT_EQ(test, d, a);
	KUNIT_EXPECT_EQ(test, host_dma_mappings_live(), 0);
	dma_unmap_single(NULL, d, 64, DMA_FROM_DEVICE);
	KUNIT_EXPECT_EQ(test, host_warn_count(), 0);
	dma_free_coherent(NULL, 64, va, a);
}

static struct kunit_case shim_dma_cases[] = {
	KUNIT_CASE(dma_coherent_is_aligned_and_on_the_bus),
	KUNIT_CASE(dma_coherent_first_fit_reuses_freed_gap),
	KUNIT_CASE(dma_coherent_exhaustion_returns_null),
	KUNIT_CASE(dma_map_single_makes_host_buffer_visible),
	KUNIT_CASE(dma_map_of_coherent_memory_is_direct),
	{}
};

static struct kunit_suite shim_dma_suite = {
	.name = "shim_dma",
	.init = dma_init,
	.exit = dma_exit,
	.test_cases = shim_dma_cases,
};

kunit_test_suites(&shim_mmio_suite, &shim_dma_suite);
