// SPDX-License-Identifier: GPL-2.0
/*
 * The hardware for Linux's own dmatest (drivers/dma/dmatest.c, built in,
 * unmodified) in the UML kernel of tests/uml/run-kunit.sh.
 *
 * Booted with "edma_dmatest=1", this file builds a DA850 board on the
 * EDMA3 model before dmatest's late_initcall and registers its CC0 as a
 * 6.1-style "edma" device with EDT_NR_MEMCPY memcpy channels, so that the
 * provider (drivers/dma/ti/edma-priv.c) offers them as DMA_MEMCPY
 * channels and dmatest (dmatest.run=1 dmatest.wait=1 ...) tests them at
 * boot.  The KUnit suites are filtered out of such a boot: the board
 * stays until the kernel halts.
 *
 * dmatest maps kmalloc() memory with dma_map_page(): UML's dma-direct
 * gives the UML physical address.  The memory the page allocator hands
 * out (from uml_reserved to high_physmem: the kernel image and the
 * host's brk gap, whose size ASLR varies, lie below) is put on the
 * model's bus and the "edma" device gets a DMA range map with that
 * offset (host_dma_attach()), so the model's transfer controllers read
 * and write the very pages dmatest verifies.  A setup failure removes the device:
 * dmatest then finds no channel and the runner fails at once.
 *
 * The model latches interrupt lines from inside MMIO accesses, and the
 * provider starts transfers with its channel lock held (interrupts off),
 * so nothing would deliver the completion interrupt to the library: a
 * kthread polls the lines while dmatest runs, as a CPU would take them.
 */
#include <linux/delay.h>
#include <linux/init.h>
#include <linux/kthread.h>
#include <linux/moduleparam.h>
#include <linux/platform_data/edma.h>
#include <linux/platform_device.h>
#include <linux/sizes.h>
#include <linux/slab.h>

#include "board.h"
#include "edma-soc.h"
#include "edma3_bus.h"
#include "host.h"

#define EDT_NR_MEMCPY	4

static bool edma_dmatest;
core_param(edma_dmatest, edma_dmatest, bool, 0444);

/* channels without a peripheral event on this board: no slave map */
static s32 edt_memcpy[EDT_NR_MEMCPY + 1] = { 20, 21, 22, 23, -1 };

static struct edma_soc_info edt_info = {
	.default_queue		= EVENTQ_1,
	.memcpy_channels	= edt_memcpy,
};

static const struct resource edt_res[] = {
	DEFINE_RES_MEM_NAMED(DA8XX_EDMA_CC0_BASE, SZ_32K, "edma3_cc"),
	DEFINE_RES_MEM_NAMED(DA8XX_EDMA_TC0_BASE, SZ_1K, "edma3_tc0"),
	DEFINE_RES_MEM_NAMED(DA8XX_EDMA_TC1_BASE, SZ_1K, "edma3_tc1"),
	DEFINE_RES_IRQ_NAMED(DA8XX_EDMA_IRQ_CCINT0, "edma3_ccint"),
	DEFINE_RES_IRQ_NAMED(DA8XX_EDMA_IRQ_CCERRINT, "edma3_ccerrint"),
	DEFINE_RES_IRQ_NAMED(DA8XX_EDMA_IRQ_TCERR0, "edma3_tc0_errint"),
	DEFINE_RES_IRQ_NAMED(DA8XX_EDMA_IRQ_TCERR1, "edma3_tc1_errint"),
};

static struct board *edt_board;
static struct task_struct *edt_poller;

/* Take the latched interrupt lines, as the CPU would. */
static int edt_poll(void *unused)
{
	while (!kthread_should_stop()) {
		host_irq_poll();
		usleep_range(20, 50);
	}
	return 0;
}

static int __init edt_init(void)
{
	struct platform_device_info pdevinfo = {
		.name		= "edma",
		.id		= 0,
		.res		= edt_res,
		.num_res	= ARRAY_SIZE(edt_res),
		.data		= &edt_info,
		.size_data	= sizeof(edt_info),
		.dma_mask	= DMA_BIT_MASK(32),
	};
	struct platform_device *pdev;
	int ret;

	if (!edma_dmatest)
		return 0;
	edt_board = board_create(&board_da850);
	if (!edt_board) {
		pr_err("edma-dmatest: no board\n");
		return -ENOMEM;
	}
	pdev = platform_device_register_full(&pdevinfo);
	if (IS_ERR(pdev)) {
		pr_err("edma-dmatest: edma device: %ld\n", PTR_ERR(pdev));
		return PTR_ERR(pdev);
	}
	ret = host_dma_attach(&pdev->dev);
	if (ret) {
		pr_err("edma-dmatest: UML memory on the bus: %d\n", ret);
		platform_device_unregister(pdev);
		return ret;
	}
	edt_poller = kthread_run(edt_poll, NULL, "edma-dmatest-irq");
	if (IS_ERR(edt_poller)) {
		pr_err("edma-dmatest: poller: %ld\n", PTR_ERR(edt_poller));
		platform_device_unregister(pdev);
		return PTR_ERR(edt_poller);
	}
	pr_info("edma-dmatest: DA850 CC0 on the model, %d memcpy channels\n",
		EDT_NR_MEMCPY);
	return 0;
}

/* before dmatest's late_initcall */
device_initcall(edt_init);

/* kernel/params.c: the parameters of the built-in code */
extern const struct kernel_param __start___param[], __stop___param[];

/*
 * dmatest_init() waits (wait=1) only for threads that have started: in
 * this non-preemptible kernel none has run yet when it looks, and the
 * boot would go on and halt under them.  Let them start, then wait as
 * reading /sys/module/dmatest/parameters/wait does.
 */
static int __init edt_wait(void)
{
	const struct kernel_param *kp;
	char *buf;

	if (!edma_dmatest)
		return 0;
	for (kp = __start___param; kp < __stop___param; kp++)
		if (!strcmp(kp->name, "dmatest.wait"))
			break;
	if (kp == __stop___param || !kp->ops->get) {
		pr_err("edma-dmatest: no dmatest.wait parameter\n");
		return -ENOENT;
	}
	buf = kmalloc(PAGE_SIZE, GFP_KERNEL);
	if (!buf)
		return -ENOMEM;
	msleep(100);
	kp->ops->get(buf, kp);
	kfree(buf);
	if (!IS_ERR_OR_NULL(edt_poller))
		kthread_stop(edt_poller);
	pr_info("edma-dmatest: dmatest done\n");
	return 0;
}

/* after dmatest's late_initcall */
late_initcall_sync(edt_wait);
