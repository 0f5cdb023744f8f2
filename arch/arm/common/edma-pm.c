// SPDX-License-Identifier: GPL-2.0
/*
 * TI EDMA3 private API: system suspend and resume.  The PaRAM and the
 * channel registers may not survive suspend; resume rebuilds what Linux
 * programmed from the core's software copies, and leaves other cores'
 * resources alone.
 */

#include <linux/bitops.h>
#include <linux/device.h>
#include <linux/io.h>
#include <linux/platform_data/edma.h>
#include <linux/pm.h>
#include <linux/spinlock.h>

#include "edma-internal.h"

#ifdef CONFIG_PM_SLEEP
/* The PaRAM may not survive suspend: keep the sets Linux owns. */
static void edma_save_cc(struct edma_cc *cc)
{
	unsigned int slot;

	for_each_set_bit(slot, cc->slot_inuse, cc->num_slots)
		memcpy_fromio(&cc->saved_params[slot],
			      cc->base + PARM_OFFSET(slot), PARM_SIZE);
}

/*
 * Rebuild what Linux programmed: queue map and priorities, then per owned
 * channel its mapping, queue, region bit and interrupt and event enables,
 * and the PaRAM of every owned slot.  Other cores' resources are left alone.
 */
static void edma_restore_cc(struct edma_cc *cc)
{
	unsigned int i;

	edma_write_queue_map(cc);
	for_each_set_bit(i, cc->slot_inuse, cc->num_slots)
		edma_write_param(cc, i, &cc->saved_params[i]);
	for (i = 0; i < cc->num_channels; i++) {
		if (!test_bit(i, cc->slot_inuse))
			continue;
		if (cc->chmap_exist)
			edma_write(cc, EDMA_DCHMAP + i * 4, i << 5);
		edma_set_queue(cc, i, cc->client[i].queue);
		edma_set_region0(cc, i, true);
		if (test_bit(i, cc->chan_ier_ext) ?
		    test_bit(i, cc->ier_ext) :
		    !!(cc->ier[i >> 5] & BIT(i & 31)))
			edma_sh_write_bit(cc, SH_IESR, i);
		if (cc->eer[i >> 5] & BIT(i & 31))
			edma_sh_write_bit(cc, SH_EESR, i);
	}
	for (i = 0; i < cc->num_tc; i++) {
		if (cc->tc[i].base && cc->tc[i].irq > 0)
			writel(TC_ERR_ALL, cc->tc[i].base + TC_ERREN);
	}
}

/* Save or restore every controller the device carries, under edma_lock. */
static int edma_pm_save_restore(struct device *dev, bool restore)
{
	unsigned long flags;
	struct edma_cc *cc;

	edma_lock_irqsave(&flags);
	list_for_each_entry(cc, &edma_ccs, node) {
		if (cc->dev != dev)
			continue;
		if (restore)
			edma_restore_cc(cc);
		else
			edma_save_cc(cc);
	}
	edma_unlock(flags);
	return 0;
}

static int edma_pm_suspend(struct device *dev)
{
	return edma_pm_save_restore(dev, false);
}

static int edma_pm_resume(struct device *dev)
{
	return edma_pm_save_restore(dev, true);
}
#endif

const struct dev_pm_ops edma_pm_ops = {
	SET_LATE_SYSTEM_SLEEP_PM_OPS(edma_pm_suspend, edma_pm_resume)
};
