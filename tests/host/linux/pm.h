/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Power management callbacks.  host_pm_suspend()/host_pm_resume() (see
 * host.h) run the system-sleep phases over every bound device.
 */
#ifndef _LINUX_PM_H
#define _LINUX_PM_H

#include <linux/types.h>

struct device;

struct dev_pm_ops {
	int (*prepare)(struct device *dev);
	void (*complete)(struct device *dev);
	int (*suspend)(struct device *dev);
	int (*resume)(struct device *dev);
	int (*freeze)(struct device *dev);
	int (*thaw)(struct device *dev);
	int (*poweroff)(struct device *dev);
	int (*restore)(struct device *dev);
	int (*suspend_late)(struct device *dev);
	int (*resume_early)(struct device *dev);
	int (*freeze_late)(struct device *dev);
	int (*thaw_early)(struct device *dev);
	int (*poweroff_late)(struct device *dev);
	int (*restore_early)(struct device *dev);
	int (*suspend_noirq)(struct device *dev);
	int (*resume_noirq)(struct device *dev);
	int (*freeze_noirq)(struct device *dev);
	int (*thaw_noirq)(struct device *dev);
	int (*poweroff_noirq)(struct device *dev);
	int (*restore_noirq)(struct device *dev);
	int (*runtime_suspend)(struct device *dev);
	int (*runtime_resume)(struct device *dev);
	int (*runtime_idle)(struct device *dev);
};

/* Runtime PM bookkeeping (pm_runtime.h): counts only. */
struct dev_pm_info {
	int usage_count;
	int disable_depth;		/* 1 after device_initialize() */
	bool runtime_active;
};

#define SYSTEM_SLEEP_PM_OPS(suspend_fn, resume_fn)			\
	.suspend = suspend_fn, .resume = resume_fn,			\
	.freeze = suspend_fn, .thaw = resume_fn,			\
	.poweroff = suspend_fn, .restore = resume_fn,
#define LATE_SYSTEM_SLEEP_PM_OPS(suspend_fn, resume_fn)			\
	.suspend_late = suspend_fn, .resume_early = resume_fn,		\
	.freeze_late = suspend_fn, .thaw_early = resume_fn,		\
	.poweroff_late = suspend_fn, .restore_early = resume_fn,
#define NOIRQ_SYSTEM_SLEEP_PM_OPS(suspend_fn, resume_fn)		\
	.suspend_noirq = suspend_fn, .resume_noirq = resume_fn,		\
	.freeze_noirq = suspend_fn, .thaw_noirq = resume_fn,		\
	.poweroff_noirq = suspend_fn, .restore_noirq = resume_fn,
#define RUNTIME_PM_OPS(suspend_fn, resume_fn, idle_fn)			\
	.runtime_suspend = suspend_fn, .runtime_resume = resume_fn,	\
	.runtime_idle = idle_fn,

/* CONFIG_PM_SLEEP is on: the SET_ forms are the plain ones. */
#define SET_SYSTEM_SLEEP_PM_OPS(s, r)		SYSTEM_SLEEP_PM_OPS(s, r)
#define SET_LATE_SYSTEM_SLEEP_PM_OPS(s, r)	LATE_SYSTEM_SLEEP_PM_OPS(s, r)
#define SET_NOIRQ_SYSTEM_SLEEP_PM_OPS(s, r)	NOIRQ_SYSTEM_SLEEP_PM_OPS(s, r)
#define SET_RUNTIME_PM_OPS(s, r, i)		RUNTIME_PM_OPS(s, r, i)

#define DEFINE_SIMPLE_DEV_PM_OPS(name, suspend_fn, resume_fn)		\
	const struct dev_pm_ops name = {				\
		SYSTEM_SLEEP_PM_OPS(suspend_fn, resume_fn)		\
	}
#define SIMPLE_DEV_PM_OPS(name, suspend_fn, resume_fn)			\
	const struct dev_pm_ops __maybe_unused name = {			\
		SET_SYSTEM_SLEEP_PM_OPS(suspend_fn, resume_fn)		\
	}
#define DEFINE_RUNTIME_DEV_PM_OPS(name, s, r, i)			\
	const struct dev_pm_ops name = {				\
		SYSTEM_SLEEP_PM_OPS(pm_runtime_force_suspend,		\
				    pm_runtime_force_resume)		\
		RUNTIME_PM_OPS(s, r, i)					\
	}

#define pm_ptr(ptr)		(ptr)
#define pm_sleep_ptr(ptr)	(ptr)

#endif
