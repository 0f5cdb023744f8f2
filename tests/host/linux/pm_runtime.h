/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Runtime PM as counters only: no callbacks run, but unbalanced use WARNs
 * and tests can check dev->power.usage_count after remove().
 */
#ifndef _LINUX_PM_RUNTIME_H
#define _LINUX_PM_RUNTIME_H

#include <linux/device.h>

void pm_runtime_enable(struct device *dev);
void pm_runtime_disable(struct device *dev);
int __pm_runtime_get(struct device *dev);	/* usage++, returns 0 */
int __pm_runtime_put(struct device *dev);	/* usage--, returns 0 */

#define pm_runtime_get_sync(dev)	__pm_runtime_get(dev)
#define pm_runtime_get(dev)		__pm_runtime_get(dev)
#define pm_runtime_get_noresume(dev)	((void)__pm_runtime_get(dev))
#define pm_runtime_resume_and_get(dev)	__pm_runtime_get(dev)
#define pm_runtime_put(dev)		__pm_runtime_put(dev)
#define pm_runtime_put_sync(dev)	__pm_runtime_put(dev)
#define pm_runtime_put_autosuspend(dev)	__pm_runtime_put(dev)
#define pm_runtime_put_sync_suspend(dev) __pm_runtime_put(dev)
#define pm_runtime_put_noidle(dev)	((void)__pm_runtime_put(dev))
#define pm_runtime_mark_last_busy(dev)	do { } while (0)
#define pm_runtime_use_autosuspend(dev)	do { } while (0)
#define pm_runtime_dont_use_autosuspend(dev)	do { } while (0)
#define pm_runtime_set_autosuspend_delay(dev, d)	do { } while (0)
#define pm_runtime_set_active(dev)	0
#define pm_runtime_set_suspended(dev)	do { } while (0)
#define pm_runtime_forbid(dev)		do { } while (0)
#define pm_runtime_allow(dev)		do { } while (0)
#define pm_runtime_irq_safe(dev)	do { } while (0)

static inline bool pm_runtime_enabled(struct device *dev)
{
	return dev->power.disable_depth == 0;
}

static inline bool pm_runtime_active(struct device *dev)
{
	return dev->power.usage_count > 0;
}

int devm_pm_runtime_enable(struct device *dev);

static inline int pm_runtime_force_suspend(struct device *dev)
{
	return 0;
}

static inline int pm_runtime_force_resume(struct device *dev)
{
	return 0;
}

#endif
