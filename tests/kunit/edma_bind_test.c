// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: binding clients to their channels through the driver model.  A
 * client names its request lines ("rx", "tx") with IORESOURCE_DMA
 * resources or DT "dmas"; edma_get_dma_spec() and devm_edma_alloc_channel()
 * resolve them, deferring while the controller is absent.
 */
#include <kunit/test.h>
#include <linux/errno.h>
#include <linux/ioport.h>
#include <linux/of.h>
#include <linux/platform_device.h>

#include "edma-soc.h"
#include "edma_test_util.h"

#define CH(c, n)	EDMA_CTLR_CHAN(c, n)

/* A client driver that allocates its "rx" channel at probe. */
static int bind_client_rx = -1;
static bool bind_client_registered;

static int bind_client_probe(struct platform_device *pdev)
{
	int ch = devm_edma_alloc_channel(&pdev->dev, "rx", edma_test_cb, pdev);

	if (ch < 0)
		return ch;
	bind_client_rx = ch;
	return 0;
}

static int bind_client_remove(struct platform_device *pdev)
{
	bind_client_rx = -1;
	return 0;
}

static const struct of_device_id bind_client_of_ids[] = {
	{ .compatible = "test,edma-client" },
	{ }
};

static struct platform_driver bind_client_driver = {
	.driver = {
		.name = "edma-test-client",
		.of_match_table = bind_client_of_ids,
	},
	.probe = bind_client_probe,
	.remove = bind_client_remove,
};

static const struct resource bind_client_res[] = {
	DEFINE_RES_DMA_NAMED(EDMA_DMA_SPEC(1, 28, 0), "rx"),
	DEFINE_RES_DMA_NAMED(EDMA_CTLR_CHAN(0, 17), "tx"),
};

static struct platform_device *bind_client_create(void)
{
	return host_platform_device_create("edma-test-client", 0,
					   bind_client_res,
					   ARRAY_SIZE(bind_client_res), NULL, 0);
}

static int bind_init(struct kunit *test)
{
	bind_client_rx = -1;
	return edma_test_setup_bare(&board_da850);
}

static int bind_register_driver(void)
{
	int ret = platform_driver_register(&bind_client_driver);

	bind_client_registered = !ret;
	return ret;
}

static void bind_exit(struct kunit *test)
{
	if (bind_client_registered)
		platform_driver_unregister(&bind_client_driver);
	bind_client_registered = false;
	host_of_unload();
	edma_test_exit(test);
}

static void resource_carries_controller_channel_and_queue(struct kunit *test)
{
	struct platform_device *pdev;
	struct edma_dma_spec spec;

	KUNIT_ASSERT_EQ(test, da850_register_edma(NULL), 0);
	pdev = bind_client_create();
	KUNIT_ASSERT_FALSE(test, IS_ERR(pdev));
	KUNIT_ASSERT_EQ(test, edma_get_dma_spec(&pdev->dev, "rx", &spec), 0);
	KUNIT_EXPECT_EQ(test, spec.ctlr, 1u);
	KUNIT_EXPECT_EQ(test, spec.channel, 28u);
	KUNIT_EXPECT_EQ(test, spec.queue, EVENTQ_0);
}

static void plain_handle_resource_means_default_queue(struct kunit *test)
{
	struct platform_device *pdev;
	struct edma_dma_spec spec;

	KUNIT_ASSERT_EQ(test, da850_register_edma(NULL), 0);
	pdev = bind_client_create();
	KUNIT_ASSERT_EQ(test, edma_get_dma_spec(&pdev->dev, "tx", &spec), 0);
	KUNIT_EXPECT_EQ(test, spec.ctlr, 0u);
	KUNIT_EXPECT_EQ(test, spec.channel, 17u);
	KUNIT_EXPECT_EQ(test, spec.queue, EVENTQ_DEFAULT);
}

/*
 * 6.1's DaVinci MMC devices carry no DMA resources: their lines are in the
 * controllers' slave maps (EDMA_FILTER_PARAM), matched by device name.
 */
static void slave_map_names_a_board_device_request(struct kunit *test)
{
	struct platform_device *mmc0, *mmc1;
	struct edma_dma_spec spec;

	KUNIT_ASSERT_EQ(test, da850_register_edma(NULL), 0);
	mmc0 = host_platform_device_create("da830-mmc", 0, NULL, 0, NULL, 0);
	mmc1 = host_platform_device_create("da830-mmc", 1, NULL, 0, NULL, 0);
	KUNIT_ASSERT_FALSE(test, IS_ERR(mmc0));
	KUNIT_ASSERT_FALSE(test, IS_ERR(mmc1));
	KUNIT_ASSERT_EQ(test, edma_get_dma_spec(&mmc0->dev, "tx", &spec), 0);
	KUNIT_EXPECT_EQ(test, spec.ctlr, 0u);
	KUNIT_EXPECT_EQ(test, spec.channel, 17u);
	KUNIT_EXPECT_EQ(test, spec.queue, EVENTQ_DEFAULT);
	KUNIT_ASSERT_EQ(test, edma_get_dma_spec(&mmc1->dev, "rx", &spec), 0);
	KUNIT_EXPECT_EQ(test, spec.ctlr, 1u);
	KUNIT_EXPECT_EQ(test, spec.channel, 28u);
	KUNIT_EXPECT_EQ(test, edma_get_dma_spec(&mmc1->dev, "cmd", &spec),
			-ENOENT);
	/* and the channel it names is the client's to allocate */
	KUNIT_ASSERT_EQ(test, edma_get_dma_spec(&mmc1->dev, "tx", &spec), 0);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(spec.ctlr, spec.channel),
						 edma_test_cb, NULL,
						 spec.queue),
			(int)CH(1, 29));
	edma_free_channel(CH(1, 29));
}

static void unknown_request_name_is_enoent(struct kunit *test)
{
	struct platform_device *pdev;
	struct edma_dma_spec spec;

	KUNIT_ASSERT_EQ(test, da850_register_edma(NULL), 0);
	pdev = bind_client_create();
	KUNIT_EXPECT_EQ(test, edma_get_dma_spec(&pdev->dev, "cmd", &spec),
			-ENOENT);
	KUNIT_EXPECT_EQ(test, edma_get_dma_spec(&pdev->dev, NULL, &spec),
			-EINVAL);
}

static void lookup_defers_while_the_controller_is_absent(struct kunit *test)
{
	struct platform_device *pdev = bind_client_create();
	struct edma_dma_spec spec;

	KUNIT_EXPECT_EQ(test, edma_get_dma_spec(&pdev->dev, "rx", &spec),
			-EPROBE_DEFER);
}

static void client_probe_defers_then_binds(struct kunit *test)
{
	struct platform_device *pdev;

	KUNIT_ASSERT_EQ(test, bind_register_driver(),
			0);
	pdev = bind_client_create();
	KUNIT_EXPECT_NULL(test, pdev->dev.driver);
	KUNIT_EXPECT_EQ(test, host_deferred_count(), 1u);

	KUNIT_ASSERT_EQ(test, da850_register_edma(NULL), 0);
	host_run_deferred_probes();
	KUNIT_EXPECT_NOT_NULL(test, pdev->dev.driver);
	KUNIT_EXPECT_EQ(test, bind_client_rx, (int)CH(1, 28));
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(1, 28), 0u);
}

static void unbinding_the_client_frees_its_channel(struct kunit *test)
{
	struct platform_device *pdev;

	KUNIT_ASSERT_EQ(test, da850_register_edma(NULL), 0);
	KUNIT_ASSERT_EQ(test, bind_register_driver(),
			0);
	pdev = bind_client_create();
	KUNIT_ASSERT_EQ(test, bind_client_rx, (int)CH(1, 28));
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(1, 28), NULL, NULL,
						 EVENTQ_DEFAULT), -EBUSY);
	platform_device_unregister(pdev);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH(1, 28), NULL, NULL,
						 EVENTQ_DEFAULT), (int)CH(1, 28));
}

static void bound_channel_is_paced_by_its_event(struct kunit *test)
{
	struct edma_test_buf src, dst;
	int ch;

	KUNIT_ASSERT_EQ(test, da850_register_edma(NULL), 0);
	KUNIT_ASSERT_EQ(test, bind_register_driver(),
			0);
	bind_client_create();
	ch = bind_client_rx;
	KUNIT_ASSERT_EQ(test, ch, (int)CH(1, 28));
	edma_test_buf_alloc(test, &src, 128, 9);
	edma_test_buf_alloc(test, &dst, 128, 0);
	memset(dst.cpu, 0, 128);
	edma_test_program_copy(ch, &src, &dst, 128, 28);
	KUNIT_ASSERT_EQ(test, edma_start(ch), 0);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_is_zero(&dst, 128));
	edma3_event(edma_test_cc(1), 28);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&dst, 128, 9));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(ch, EDMA_DMA_COMPLETE), 1u);
}

static void dt_dmas_carry_controller_channel_and_queue(struct kunit *test)
{
	struct platform_device *pdev;
	struct edma_dma_spec spec;

	ET_REQUIRE(test, HOST_CAP_OF);
	KUNIT_ASSERT_EQ(test,
			host_of_load_dts_file("tests/dts/da850-edma3-client.dts"),
			0);
	KUNIT_ASSERT_EQ(test, host_of_platform_populate(), 0);
	pdev = host_platform_find_device("1c40000.client");
	KUNIT_ASSERT_NOT_NULL(test, pdev);
	KUNIT_ASSERT_EQ(test, edma_get_dma_spec(&pdev->dev, "rx", &spec), 0);
	KUNIT_EXPECT_EQ(test, spec.ctlr, 0u);
	KUNIT_EXPECT_EQ(test, spec.channel, 16u);
	KUNIT_EXPECT_EQ(test, spec.queue, EVENTQ_1);
	KUNIT_ASSERT_EQ(test, edma_get_dma_spec(&pdev->dev, "tx", &spec), 0);
	KUNIT_EXPECT_EQ(test, spec.ctlr, 1u);
	KUNIT_EXPECT_EQ(test, spec.channel, 29u);
	KUNIT_EXPECT_EQ(test, spec.queue, EVENTQ_0);
}

static void dt_client_binds_through_devm(struct kunit *test)
{
	ET_REQUIRE(test, HOST_CAP_OF);
	KUNIT_ASSERT_EQ(test, bind_register_driver(),
			0);
	KUNIT_ASSERT_EQ(test,
			host_of_load_dts_file("tests/dts/da850-edma3-client.dts"),
			0);
	KUNIT_ASSERT_EQ(test, host_of_platform_populate(), 0);
	host_run_deferred_probes();
	KUNIT_EXPECT_EQ(test, bind_client_rx, (int)CH(0, 16));
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 16), 1u);
}

static struct kunit_case edma_bind_cases[] = {
	KUNIT_CASE(resource_carries_controller_channel_and_queue),
	KUNIT_CASE(plain_handle_resource_means_default_queue),
	KUNIT_CASE(slave_map_names_a_board_device_request),
	KUNIT_CASE(unknown_request_name_is_enoent),
	KUNIT_CASE(lookup_defers_while_the_controller_is_absent),
	KUNIT_CASE(client_probe_defers_then_binds),
	KUNIT_CASE(unbinding_the_client_frees_its_channel),
	KUNIT_CASE(bound_channel_is_paced_by_its_event),
	KUNIT_CASE(dt_dmas_carry_controller_channel_and_queue),
	KUNIT_CASE(dt_client_binds_through_devm),
	{}
};

static struct kunit_suite edma_bind_suite = {
	.name = "edma_bind",
	.init = bind_init,
	.exit = bind_exit,
	.test_cases = edma_bind_cases,
};

kunit_test_suite(edma_bind_suite);
