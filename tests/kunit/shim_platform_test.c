// SPDX-License-Identifier: GPL-2.0
/*
 * The shim's platform bus, devres and fault injection.
 */
#include <kunit/test.h>
#include <linux/bitmap.h>
#include <linux/interrupt.h>
#include <linux/platform_device.h>

#include "host.h"

#define PDEV_BASE	0x0d000000u
#define PDEV_IRQ	1010

static int probes, removes, defer_left;
static int release_log[8], release_nr;

static void log_release(void *data)
{
	if (release_nr < ARRAY_SIZE(release_log))
		release_log[release_nr] = (long)data;
	release_nr++;
}

static irqreturn_t noop_irq(int irq, void *data)
{
	return IRQ_HANDLED;
}

static u32 zero_read(void *ctx, u32 off)
{
	return 0;
}

static void zero_write(void *ctx, u32 off, u32 val)
{
}

static const struct host_mmio_ops zero_ops = {
	.read32 = zero_read,
	.write32 = zero_write,
};

/* Uses one of each resource kind, so every fault point is reachable. */
static int full_probe(struct platform_device *pdev)
{
	void __iomem *base;
	void *mem;
	int irq, ret;

	probes++;
	if (defer_left > 0) {
		defer_left--;
		return -EPROBE_DEFER;
	}
	mem = devm_kzalloc(&pdev->dev, 64, GFP_KERNEL);
	if (!mem)
		return -ENOMEM;
	ret = devm_add_action_or_reset(&pdev->dev, log_release, (void *)1L);
	if (ret)
		return ret;
	base = devm_platform_ioremap_resource_byname(pdev, "regs");
	if (IS_ERR(base))
		return PTR_ERR(base);
	irq = platform_get_irq_byname(pdev, "done");
	if (irq < 0)
		return irq;
	ret = devm_request_irq(&pdev->dev, irq, noop_irq, 0, "t", mem);
	if (ret)
		return ret;
	ret = devm_add_action_or_reset(&pdev->dev, log_release, (void *)2L);
	if (ret)
		return ret;
	platform_set_drvdata(pdev, mem);
	return 0;
}

static int count_remove(struct platform_device *pdev)
{
	removes++;
	return 0;
}

static struct platform_driver full_driver = {
	.probe = full_probe,
	.remove = count_remove,
	.driver = { .name = "shim-full" },
};

static const struct resource full_res[] = {
	DEFINE_RES_MEM_NAMED(PDEV_BASE, 0x100, "regs"),
	DEFINE_RES_IRQ_NAMED(PDEV_IRQ, "done"),
};

static int platform_init(struct kunit *test)
{
	probes = removes = defer_left = release_nr = 0;
	return host_mmio_register(PDEV_BASE, 0x100, &zero_ops, NULL);
}

static void platform_exit(struct kunit *test)
{
	host_mmio_unregister(PDEV_BASE);
}

static struct platform_device *add_full_device(struct kunit *test)
{
	struct platform_device *pdev;

	pdev = host_platform_device_create("shim-full", 0, full_res,
					   ARRAY_SIZE(full_res), NULL, 0);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, pdev);
	return pdev;
}

static void platform_device_first_then_driver_probes(struct kunit *test)
{
	struct platform_device *pdev = add_full_device(test);

	KUNIT_EXPECT_EQ(test, probes, 0);
	KUNIT_ASSERT_EQ(test, platform_driver_register(&full_driver), 0);
	KUNIT_EXPECT_EQ(test, probes, 1);
	KUNIT_EXPECT_TRUE(test, device_is_bound(&pdev->dev));
	KUNIT_EXPECT_STREQ(test, dev_name(&pdev->dev), "shim-full.0");
	KUNIT_EXPECT_TRUE(test, host_irq_has_handler(PDEV_IRQ));
	platform_driver_unregister(&full_driver);
	KUNIT_EXPECT_EQ(test, removes, 1);
	KUNIT_EXPECT_FALSE(test, host_irq_has_handler(PDEV_IRQ));
	platform_device_unregister(pdev);
}

static void platform_driver_first_then_device_probes(struct kunit *test)
{
	struct platform_device *pdev;

	KUNIT_ASSERT_EQ(test, platform_driver_register(&full_driver), 0);
	pdev = add_full_device(test);
	KUNIT_EXPECT_EQ(test, probes, 1);
	KUNIT_EXPECT_NOT_NULL(test, platform_get_drvdata(pdev));
	platform_device_unregister(pdev);
	KUNIT_EXPECT_EQ(test, removes, 1);
	platform_driver_unregister(&full_driver);
}

static void platform_devres_released_newest_first(struct kunit *test)
{
	struct platform_device *pdev;

	KUNIT_ASSERT_EQ(test, platform_driver_register(&full_driver), 0);
	pdev = add_full_device(test);
	KUNIT_EXPECT_EQ(test, host_devres_live(), 5);
	platform_device_unregister(pdev);
	KUNIT_ASSERT_EQ(test, release_nr, 2);
	KUNIT_EXPECT_EQ(test, release_log[0], 2);
	KUNIT_EXPECT_EQ(test, release_log[1], 1);
	KUNIT_EXPECT_EQ(test, host_devres_live(), 0);
	platform_driver_unregister(&full_driver);
}

/* Every fault point of the probe path fails cleanly and frees all. */
static void platform_probe_survives_each_injected_fault(struct kunit *test)
{
	static const enum host_fault kinds[] = {
		HOST_FAULT_ALLOC, HOST_FAULT_IOREMAP, HOST_FAULT_IRQ,
		HOST_FAULT_RESOURCE,
	};
	struct platform_device *pdev;
	long live = host_alloc_live();
	unsigned int k, n;

	pdev = add_full_device(test);
	for (k = 0; k < ARRAY_SIZE(kinds); k++) {
		for (n = 1; n < 10; n++) {
			host_fail_inject(kinds[k], n);
			platform_driver_register(&full_driver);
			KUNIT_EXPECT_EQ(test, host_devres_live(),
					device_is_bound(&pdev->dev) ? 5 : 0);
			platform_driver_unregister(&full_driver);
			KUNIT_EXPECT_EQ(test, host_devres_live(), 0);
			KUNIT_EXPECT_FALSE(test,
					   host_irq_has_handler(PDEV_IRQ));
		}
	}
	host_fail_clear();
	KUNIT_EXPECT_GT(test, probes, 10);
	KUNIT_EXPECT_LT(test, removes, probes);
	platform_device_unregister(pdev);
	KUNIT_EXPECT_EQ(test, host_alloc_live(), live);
}

static void platform_probe_failure_releases_devres(struct kunit *test)
{
	struct platform_device *pdev = add_full_device(test);

	/* The second allocation is the devm action's node. */
	host_fail_inject(HOST_FAULT_ALLOC, 2);
	platform_driver_register(&full_driver);
	KUNIT_EXPECT_FALSE(test, device_is_bound(&pdev->dev));
	/* devm_add_action_or_reset() ran the action on failure. */
	KUNIT_EXPECT_EQ(test, release_nr, 1);
	KUNIT_EXPECT_EQ(test, host_devres_live(), 0);
	platform_driver_unregister(&full_driver);
	platform_device_unregister(pdev);
}

static void platform_deferred_probe_retried_after_a_bind(struct kunit *test)
{
	static struct platform_driver other = {
		.driver = { .name = "shim-other" },
	};
	struct platform_device *pdev, *odev;

	defer_left = 1;
	KUNIT_ASSERT_EQ(test, platform_driver_register(&full_driver), 0);
	pdev = add_full_device(test);
	KUNIT_EXPECT_FALSE(test, device_is_bound(&pdev->dev));
	KUNIT_EXPECT_EQ(test, host_deferred_count(), 1);
	KUNIT_ASSERT_EQ(test, platform_driver_register(&other), 0);
	odev = host_platform_device_create("shim-other", PLATFORM_DEVID_NONE,
					   NULL, 0, NULL, 0);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, odev);
	KUNIT_EXPECT_TRUE(test, device_is_bound(&pdev->dev));
	KUNIT_EXPECT_EQ(test, probes, 2);
	KUNIT_EXPECT_EQ(test, host_deferred_count(), 0);
	platform_device_unregister(odev);
	platform_device_unregister(pdev);
	platform_driver_unregister(&other);
	platform_driver_unregister(&full_driver);
}

static int id_probe(struct platform_device *pdev)
{
	probes += platform_get_device_id(pdev)->driver_data;
	return 0;
}

static const struct platform_device_id id_table[] = {
	{ "shim-a", 10 },
	{ "shim-b", 20 },
	{}
};

static struct platform_driver id_driver = {
	.probe = id_probe,
	.driver = { .name = "shim-id-driver" },
	.id_table = id_table,
};

static void platform_id_table_matches_by_device_name(struct kunit *test)
{
	struct platform_device *pdev;

	KUNIT_ASSERT_EQ(test, platform_driver_register(&id_driver), 0);
	pdev = platform_device_register_simple("shim-b", 3, NULL, 0);
	KUNIT_ASSERT_NOT_ERR_OR_NULL(test, pdev);
	KUNIT_EXPECT_EQ(test, probes, 20);
	KUNIT_EXPECT_STREQ(test, dev_name(&pdev->dev), "shim-b.3");
	platform_device_unregister(pdev);
	platform_driver_unregister(&id_driver);
}

static void platform_get_irq_missing_returns_enxio(struct kunit *test)
{
	struct platform_device *pdev = add_full_device(test);

	KUNIT_EXPECT_EQ(test, platform_get_irq(pdev, 0), PDEV_IRQ);
	KUNIT_EXPECT_EQ(test, platform_get_irq_optional(pdev, 1), -ENXIO);
	KUNIT_EXPECT_EQ(test, platform_get_irq_byname_optional(pdev, "x"),
			-ENXIO);
	KUNIT_EXPECT_NULL(test, platform_get_resource(pdev, IORESOURCE_MEM, 1));
	KUNIT_EXPECT_EQ(test, resource_size(platform_get_resource(pdev,
						IORESOURCE_MEM, 0)), 0x100);
	platform_device_unregister(pdev);
}

static void platform_warn_once_rearms_per_case(struct kunit *test)
{
	int i;

	for (i = 0; i < 3; i++)
		WARN_ONCE(true, "once %d", i);
	KUNIT_EXPECT_EQ(test, host_warn_count(), 1);
}

static void platform_bitmap_zero_area_honours_alignment(struct kunit *test)
{
	DECLARE_BITMAP(map, 128);
	unsigned long idx;

	bitmap_zero(map, 128);
	bitmap_set(map, 0, 3);
	idx = bitmap_find_next_zero_area(map, 128, 0, 4, 3);
	KUNIT_EXPECT_EQ(test, idx, 4);
	bitmap_set(map, 5, 1);
	idx = bitmap_find_next_zero_area(map, 128, 0, 4, 3);
	KUNIT_EXPECT_EQ(test, idx, 8);
	KUNIT_EXPECT_EQ(test, bitmap_weight(map, 128), 4);
	KUNIT_EXPECT_EQ(test, find_next_zero_bit(map, 128, 0), 3);
	KUNIT_EXPECT_EQ(test, find_next_bit(map, 128, 3), 5);
	KUNIT_EXPECT_GE(test, bitmap_find_next_zero_area(map, 8, 0, 8, 0), 8);
	KUNIT_EXPECT_EQ(test, GENMASK(7, 4), 0xf0);
}

static struct kunit_case shim_platform_cases[] = {
	KUNIT_CASE(platform_device_first_then_driver_probes),
	KUNIT_CASE(platform_driver_first_then_device_probes),
	KUNIT_CASE(platform_devres_released_newest_first),
	KUNIT_CASE(platform_probe_survives_each_injected_fault),
	KUNIT_CASE(platform_probe_failure_releases_devres),
	KUNIT_CASE(platform_deferred_probe_retried_after_a_bind),
	KUNIT_CASE(platform_id_table_matches_by_device_name),
	KUNIT_CASE(platform_get_irq_missing_returns_enxio),
	KUNIT_CASE(platform_warn_once_rearms_per_case),
	KUNIT_CASE(platform_bitmap_zero_area_honours_alignment),
	{}
};

static struct kunit_suite shim_platform_suite = {
	.name = "shim_platform",
	.init = platform_init,
	.exit = platform_exit,
	.test_cases = shim_platform_cases,
};
kunit_test_suite(shim_platform_suite);
