// SPDX-License-Identifier: GPL-2.0
/*
 * The shim's device tree: a blob built here with libfdt's sequential-write
 * API (no build step needed), unflattened, queried and populated.
 */
#include <libfdt.h>	/* first: it pulls in <stdlib.h> */

#include <kunit/test.h>
#include <linux/of.h>
#include <linux/of_address.h>
#include <linux/of_device.h>
#include <linux/of_irq.h>
#include <linux/platform_device.h>

#include "host.h"

#define FDT_SIZE	8192

static void prop_cells(void *fdt, const char *name, const u32 *v, int n)
{
	fdt32_t be[16];
	int i;

	for (i = 0; i < n; i++)
		be[i] = cpu_to_fdt32(v[i]);
	fdt_property(fdt, name, be, n * sizeof(be[0]));
}

#define CELLS(fdt, name, ...) do {					\
	static const u32 __v[] = { __VA_ARGS__ };			\
	prop_cells(fdt, name, __v, ARRAY_SIZE(__v));			\
} while (0)

/* Two strings in one property, as dtc encodes a string list. */
static void prop_strings(void *fdt, const char *name, const char *a,
			 const char *b)
{
	char buf[128];
	size_t la = strlen(a) + 1, lb = b ? strlen(b) + 1 : 0;

	memcpy(buf, a, la);
	if (b)
		memcpy(buf + la, b, lb);
	fdt_property(fdt, name, buf, la + lb);
}

/*
 * Inside /soc (1:1): an AM335x-like chain of translating buses.
 *   ocp (simple-pm-bus, 0 -> 0x44000000)
 *     target-module@e10000 (ti,sysc, 0 -> 0xe10000, size 0x20000)
 *       scm@0 (simple-bus, "ranges;")
 *         dma-router@f90          -> 0x44e10f90
 *         gone@30000 (outside every range: untranslatable)
 *       nobus@100 (no compatible bus: its child is not a device)
 *         hidden@0
 *     wide (#address-cells 2 below, ranges <0 0x2000  0x3000 0x100>)
 *       dev@0,2010             -> 0x44003010
 *     noranges (simple-bus without "ranges")
 *       lost@10                 untranslatable
 */
static void build_translated(void *fdt)
{
	fdt_begin_node(fdt, "ocp");
	prop_strings(fdt, "compatible", "simple-pm-bus", NULL);
	CELLS(fdt, "#address-cells", 1);
	CELLS(fdt, "#size-cells", 1);
	CELLS(fdt, "ranges", 0, 0x44000000, 0x1000000);

	fdt_begin_node(fdt, "target-module@e10000");
	prop_strings(fdt, "compatible", "ti,sysc-omap4", "ti,sysc");
	CELLS(fdt, "reg", 0xe10000, 4);
	CELLS(fdt, "#address-cells", 1);
	CELLS(fdt, "#size-cells", 1);
	CELLS(fdt, "ranges", 0, 0xe10000, 0x20000);

	fdt_begin_node(fdt, "scm@0");
	prop_strings(fdt, "compatible", "ti,am3-scm", "simple-bus");
	CELLS(fdt, "reg", 0, 0x2000);
	CELLS(fdt, "#address-cells", 1);
	CELLS(fdt, "#size-cells", 1);
	fdt_property(fdt, "ranges", NULL, 0);
	fdt_begin_node(fdt, "dma-router@f90");
	prop_strings(fdt, "compatible", "x,router", NULL);
	CELLS(fdt, "reg", 0xf90, 0x40);
	fdt_end_node(fdt);
	fdt_begin_node(fdt, "gone@30000");
	prop_strings(fdt, "compatible", "x,gone", NULL);
	CELLS(fdt, "reg", 0x30000, 0x40);
	fdt_end_node(fdt);
	fdt_end_node(fdt);

	fdt_begin_node(fdt, "nobus@100");
	prop_strings(fdt, "compatible", "x,nobus", NULL);
	CELLS(fdt, "reg", 0x100, 0x10);
	CELLS(fdt, "#address-cells", 1);
	CELLS(fdt, "#size-cells", 1);
	fdt_property(fdt, "ranges", NULL, 0);
	fdt_begin_node(fdt, "hidden@0");
	prop_strings(fdt, "compatible", "x,hidden", NULL);
	CELLS(fdt, "reg", 0, 4);
	fdt_end_node(fdt);
	fdt_end_node(fdt);
	fdt_end_node(fdt);

	fdt_begin_node(fdt, "wide");
	prop_strings(fdt, "compatible", "simple-bus", NULL);
	CELLS(fdt, "#address-cells", 2);
	CELLS(fdt, "#size-cells", 1);
	CELLS(fdt, "ranges", 0, 0x2000, 0x3000, 0x100);
	fdt_begin_node(fdt, "dev@0,2010");
	prop_strings(fdt, "compatible", "x,wide", NULL);
	CELLS(fdt, "reg", 0, 0x2010, 0x10);
	fdt_end_node(fdt);
	fdt_end_node(fdt);
	fdt_end_node(fdt);

	fdt_begin_node(fdt, "noranges");
	prop_strings(fdt, "compatible", "simple-bus", NULL);
	CELLS(fdt, "#address-cells", 1);
	CELLS(fdt, "#size-cells", 1);
	fdt_begin_node(fdt, "lost@10");
	prop_strings(fdt, "compatible", "x,lost", NULL);
	CELLS(fdt, "reg", 0x10, 0x10);
	fdt_end_node(fdt);
	fdt_end_node(fdt);
}

static void build_soc(void *fdt)
{
	fdt_begin_node(fdt, "soc");
	prop_strings(fdt, "compatible", "simple-bus", NULL);
	CELLS(fdt, "#address-cells", 1);
	CELLS(fdt, "#size-cells", 1);
	CELLS(fdt, "interrupt-parent", 1);
	fdt_property(fdt, "ranges", NULL, 0);

	fdt_begin_node(fdt, "edma@1c00000");
	prop_strings(fdt, "compatible", "x,shim-tpcc-v2", "x,shim-tpcc");
	CELLS(fdt, "reg", 0x1c00000, 0x8000);
	prop_strings(fdt, "reg-names", "edma3_cc", NULL);
	CELLS(fdt, "interrupts", 11, 12);
	prop_strings(fdt, "interrupt-names", "edma3_ccint", "edma3_ccerr");
	CELLS(fdt, "ti,tptcs", 2, 7, 3, 0);
	CELLS(fdt, "#dma-cells", 2);
	CELLS(fdt, "phandle", 2);
	fdt_end_node(fdt);

	fdt_begin_node(fdt, "off@1d00000");
	prop_strings(fdt, "compatible", "x,disabled", NULL);
	CELLS(fdt, "reg", 0x1d00000, 0x100);
	prop_strings(fdt, "status", "disabled", NULL);
	fdt_end_node(fdt);

	fdt_begin_node(fdt, "client@1e00000");
	prop_strings(fdt, "compatible", "x,client", NULL);
	CELLS(fdt, "reg", 0x1e00000, 0x100);
	CELLS(fdt, "dmas", 2, 5, 1, 2, 6, 0);
	prop_strings(fdt, "dma-names", "rx", "tx");
	fdt_property(fdt, "x,u16", "\x00\x01\x00\x02\x00\x03", 6);
	fdt_property(fdt, "x,flag", NULL, 0);
	fdt_end_node(fdt);

	build_translated(fdt);
	fdt_end_node(fdt);
}

static void *build_fdt(struct kunit *test)
{
	void *fdt = kunit_kzalloc(test, FDT_SIZE, GFP_KERNEL);

	fdt_create(fdt, FDT_SIZE);
	fdt_finish_reservemap(fdt);
	fdt_begin_node(fdt, "");
	CELLS(fdt, "#address-cells", 1);
	CELLS(fdt, "#size-cells", 1);

	fdt_begin_node(fdt, "aliases");
	prop_strings(fdt, "edma1", "/soc/edma@1c00000", NULL);
	fdt_end_node(fdt);

	fdt_begin_node(fdt, "intc");
	CELLS(fdt, "#interrupt-cells", 1);
	CELLS(fdt, "phandle", 1);
	fdt_end_node(fdt);

	fdt_begin_node(fdt, "gic");
	CELLS(fdt, "#interrupt-cells", 3);
	CELLS(fdt, "phandle", 4);
	fdt_end_node(fdt);

	fdt_begin_node(fdt, "k2dev@2700000");
	prop_strings(fdt, "compatible", "x,gic-dev", NULL);
	CELLS(fdt, "reg", 0x2700000, 0x1000);
	CELLS(fdt, "interrupt-parent", 4);
	CELLS(fdt, "interrupts", 0, 200, 4);
	fdt_end_node(fdt);

	build_soc(fdt);
	fdt_end_node(fdt);
	fdt_finish(fdt);
	return fdt;
}

static int of_test_init(struct kunit *test)
{
	int ret = host_of_load_dtb(build_fdt(test));

	return ret ? ret : host_of_platform_populate();
}

static void of_test_exit(struct kunit *test)
{
	host_of_unload();
}

static void of_path_lookup_finds_unit_address_nodes(struct kunit *test)
{
	struct device_node *np = of_find_node_by_path("/soc/edma@1c00000");

	KUNIT_ASSERT_NOT_NULL(test, np);
	KUNIT_EXPECT_STREQ(test, np->name, "edma");
	KUNIT_EXPECT_STREQ(test, np->full_name, "edma@1c00000");
	KUNIT_EXPECT_EQ(test, np->phandle, 2);
	KUNIT_EXPECT_PTR_EQ(test, of_find_node_by_path("edma1"), np);
	KUNIT_EXPECT_NULL(test, of_find_node_by_path("/soc/nope"));
	KUNIT_EXPECT_EQ(test, of_device_is_compatible(np, "x,shim-tpcc") > 0,
			true);
}

static void of_properties_read_with_kernel_errors(struct kunit *test)
{
	struct device_node *np = of_find_node_by_path("/soc/edma@1c00000");
	struct device_node *cl = of_find_node_by_path("/soc/client@1e00000");
	const char *s;
	u16 v16[3];
	u32 v, arr[4];

	KUNIT_ASSERT_NOT_NULL(test, np);
	KUNIT_EXPECT_EQ(test, of_property_count_u32_elems(np, "ti,tptcs"), 4);
	KUNIT_EXPECT_EQ(test, of_property_read_u32_index(np, "ti,tptcs", 2,
							 &v), 0);
	KUNIT_EXPECT_EQ(test, v, 3);
	KUNIT_EXPECT_EQ(test, of_property_read_u32_index(np, "ti,tptcs", 4,
							 &v), -EOVERFLOW);
	KUNIT_EXPECT_EQ(test, of_property_read_u32_array(np, "ti,tptcs", arr,
							 4), 0);
	KUNIT_EXPECT_EQ(test, arr[1], 7);
	KUNIT_EXPECT_EQ(test, of_property_read_u32(np, "missing", &v),
			-EINVAL);
	KUNIT_EXPECT_EQ(test, of_property_match_string(np, "interrupt-names",
						       "edma3_ccerr"), 1);
	KUNIT_EXPECT_EQ(test, of_property_read_string(np, "reg-names", &s), 0);
	KUNIT_EXPECT_STREQ(test, s, "edma3_cc");
	KUNIT_EXPECT_EQ(test, of_property_read_u16_array(cl, "x,u16", v16, 3),
			0);
	KUNIT_EXPECT_EQ(test, v16[2], 3);
	KUNIT_EXPECT_TRUE(test, of_property_read_bool(cl, "x,flag"));
	KUNIT_EXPECT_FALSE(test, of_property_read_bool(cl, "x,nope"));
}

static void of_phandle_args_resolve_targets_and_cells(struct kunit *test)
{
	struct device_node *cl = of_find_node_by_path("/soc/client@1e00000");
	struct device_node *edma = of_find_node_by_path("/soc/edma@1c00000");
	struct of_phandle_args args;

	KUNIT_ASSERT_NOT_NULL(test, cl);
	KUNIT_EXPECT_EQ(test, of_count_phandle_with_args(cl, "dmas",
							 "#dma-cells"), 2);
	KUNIT_ASSERT_EQ(test, of_parse_phandle_with_args(cl, "dmas",
				"#dma-cells", 1, &args), 0);
	KUNIT_EXPECT_PTR_EQ(test, args.np, edma);
	KUNIT_EXPECT_EQ(test, args.args_count, 2);
	KUNIT_EXPECT_EQ(test, args.args[0], 6);
	KUNIT_EXPECT_EQ(test, args.args[1], 0);
	KUNIT_EXPECT_EQ(test, of_parse_phandle_with_args(cl, "dmas",
				"#dma-cells", 2, &args), -ENOENT);
	KUNIT_EXPECT_PTR_EQ(test, of_parse_phandle(cl, "dmas", 0), edma);
	KUNIT_EXPECT_EQ(test, of_alias_get_id(edma, "edma"), 1);
}

static void of_populate_builds_named_resources(struct kunit *test)
{
	struct platform_device *pdev = host_platform_find_device(
							"1c00000.edma");
	struct resource *r;

	KUNIT_ASSERT_NOT_NULL(test, pdev);
	KUNIT_EXPECT_NOT_NULL(test, pdev->dev.of_node);
	r = platform_get_resource_byname(pdev, IORESOURCE_MEM, "edma3_cc");
	KUNIT_ASSERT_NOT_NULL(test, r);
	KUNIT_EXPECT_EQ(test, r->start, 0x1c00000);
	KUNIT_EXPECT_EQ(test, resource_size(r), 0x8000);
	KUNIT_EXPECT_EQ(test, platform_get_irq_byname(pdev, "edma3_ccerr"),
			12);
	KUNIT_EXPECT_NULL(test, host_platform_find_device("1d00000.off"));
	KUNIT_EXPECT_NOT_NULL(test,
			      host_platform_find_device("1e00000.client"));
}

static void of_three_cell_interrupts_map_spis_past_32(struct kunit *test)
{
	struct platform_device *pdev = host_platform_find_device(
							"2700000.k2dev");

	KUNIT_ASSERT_NOT_NULL(test, pdev);
	KUNIT_EXPECT_EQ(test, platform_get_irq(pdev, 0), 232);
}

static void of_reg_translates_through_every_ranges(struct kunit *test)
{
	struct device_node *np;
	struct resource r;

	np = of_find_node_by_path("/soc/ocp/target-module@e10000/scm@0/dma-router@f90");
	KUNIT_ASSERT_NOT_NULL(test, np);
	KUNIT_ASSERT_EQ(test, of_address_to_resource(np, 0, &r), 0);
	KUNIT_EXPECT_EQ(test, r.start, 0x44e10f90);
	KUNIT_EXPECT_EQ(test, resource_size(&r), 0x40);

	/* two address cells below "wide", one above */
	np = of_find_node_by_path("/soc/ocp/wide/dev@0,2010");
	KUNIT_ASSERT_NOT_NULL(test, np);
	KUNIT_ASSERT_EQ(test, of_address_to_resource(np, 0, &r), 0);
	KUNIT_EXPECT_EQ(test, r.start, 0x44003010);
}

static void of_reg_outside_ranges_or_without_ranges_fails(struct kunit *test)
{
	struct device_node *np;
	struct resource r;

	np = of_find_node_by_path("/soc/ocp/target-module@e10000/scm@0/gone@30000");
	KUNIT_ASSERT_NOT_NULL(test, np);
	KUNIT_EXPECT_EQ(test, of_address_to_resource(np, 0, &r), -EINVAL);
	np = of_find_node_by_path("/soc/noranges/lost@10");
	KUNIT_ASSERT_NOT_NULL(test, np);
	KUNIT_EXPECT_EQ(test, of_address_to_resource(np, 0, &r), -EINVAL);
}

static void of_populate_descends_into_pm_buses_and_target_modules(
	struct kunit *test)
{
	struct platform_device *pdev;
	struct resource *r;

	KUNIT_EXPECT_NOT_NULL(test, host_platform_find_device("44e10000.target-module"));
	KUNIT_EXPECT_NOT_NULL(test, host_platform_find_device("44e10000.scm"));
	pdev = host_platform_find_device("44e10f90.dma-router");
	KUNIT_ASSERT_NOT_NULL(test, pdev);
	KUNIT_EXPECT_PTR_EQ(test, pdev->dev.of_node,
		of_find_node_by_path("/soc/ocp/target-module@e10000/scm@0/dma-router@f90"));
	r = platform_get_resource(pdev, IORESOURCE_MEM, 0);
	KUNIT_ASSERT_NOT_NULL(test, r);
	KUNIT_EXPECT_EQ(test, r->start, 0x44e10f90);
	KUNIT_EXPECT_NOT_NULL(test, host_platform_find_device("44003010.dev"));
	/* children of a plain device are its own business */
	KUNIT_EXPECT_NOT_NULL(test, host_platform_find_device("44e10100.nobus"));
	KUNIT_EXPECT_NULL(test, host_platform_find_device("44e10100.hidden"));
}

static void of_untranslatable_nodes_are_named_by_path(struct kunit *test)
{
	/* no address: the path up to the first translatable ancestor */
	KUNIT_EXPECT_NOT_NULL(test, host_platform_find_device("soc:noranges"));
	KUNIT_EXPECT_NOT_NULL(test, host_platform_find_device("soc:noranges:lost@10"));
	KUNIT_EXPECT_NOT_NULL(test,
		host_platform_find_device("44e10000.scm:gone@30000"));
}

static const int tpcc_data = 42;
static const struct of_device_id tpcc_match[] = {
	{ .compatible = "x,shim-tpcc", .data = &tpcc_data },
	{}
};

static const void *probed_data;

static int tpcc_probe(struct platform_device *pdev)
{
	probed_data = of_device_get_match_data(&pdev->dev);
	return 0;
}

static struct platform_driver tpcc_driver = {
	.probe = tpcc_probe,
	.driver = { .name = "shim-tpcc", .of_match_table = tpcc_match },
};

static void of_match_table_binds_and_gives_match_data(struct kunit *test)
{
	struct platform_device *pdev = host_platform_find_device(
							"1c00000.edma");

	probed_data = NULL;
	KUNIT_ASSERT_EQ(test, platform_driver_register(&tpcc_driver), 0);
	KUNIT_EXPECT_TRUE(test, device_is_bound(&pdev->dev));
	KUNIT_EXPECT_PTR_EQ(test, probed_data, &tpcc_data);
	platform_driver_unregister(&tpcc_driver);
	KUNIT_EXPECT_FALSE(test, device_is_bound(&pdev->dev));
}

static struct kunit_case shim_of_cases[] = {
	KUNIT_CASE(of_path_lookup_finds_unit_address_nodes),
	KUNIT_CASE(of_properties_read_with_kernel_errors),
	KUNIT_CASE(of_phandle_args_resolve_targets_and_cells),
	KUNIT_CASE(of_populate_builds_named_resources),
	KUNIT_CASE(of_three_cell_interrupts_map_spis_past_32),
	KUNIT_CASE(of_match_table_binds_and_gives_match_data),
	KUNIT_CASE(of_reg_translates_through_every_ranges),
	KUNIT_CASE(of_reg_outside_ranges_or_without_ranges_fails),
	KUNIT_CASE(of_populate_descends_into_pm_buses_and_target_modules),
	KUNIT_CASE(of_untranslatable_nodes_are_named_by_path),
	{}
};

static struct kunit_suite shim_of_suite = {
	.name = "shim_of",
	.init = of_test_init,
	.exit = of_test_exit,
	.test_cases = shim_of_cases,
};
kunit_test_suite(shim_of_suite);
