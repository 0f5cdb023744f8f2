// SPDX-License-Identifier: GPL-2.0
/*
 * Device core and platform bus.
 *
 * Matching, in the kernel's order: the device's OF node against the
 * driver's of_match_table, then the id_table, then the driver name.
 * Probe failure and unbind release devres newest-first.  A device whose
 * probe returned -EPROBE_DEFER waits on a list that is retried after every
 * successful bind (and by host_run_deferred_probes()).
 *
 * Registration is not thread-safe: boards and tests register from one
 * thread, as the kernel's initcalls do.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include <linux/device.h>
#include <linux/of.h>
#include <linux/of_device.h>
#include <linux/platform_device.h>
#include <linux/pm_runtime.h>
#include <linux/property.h>
#include <linux/slab.h>
#include <linux/string.h>

#include "host_internal.h"

static LIST_HEAD(devices);
static LIST_HEAD(drivers);
static int next_auto_id;
static bool retrying;


struct bus_type platform_bus_type = { .name = "platform" };

/* The platform bus's notifier chain, in registration order. */
static struct notifier_block *bus_notifiers;

int bus_register_notifier(struct bus_type *bus, struct notifier_block *nb)
{
	struct notifier_block **p = &bus_notifiers;

	if (bus != &platform_bus_type)
		return -EINVAL;
	while (*p)
		p = &(*p)->next;
	nb->next = NULL;
	*p = nb;
	return 0;
}

int bus_unregister_notifier(struct bus_type *bus, struct notifier_block *nb)
{
	struct notifier_block **p;

	for (p = &bus_notifiers; *p; p = &(*p)->next) {
		if (*p == nb) {
			*p = nb->next;
			return 0;
		}
	}
	return -ENOENT;
}

static void bus_notify(struct platform_device *pdev, unsigned long action)
{
	struct notifier_block *nb;

	for (nb = bus_notifiers; nb; nb = nb->next)
		nb->notifier_call(nb, action, &pdev->dev);
}

int bus_for_each_dev(struct bus_type *bus, struct device *start, void *data,
		     int (*fn)(struct device *dev, void *data))
{
	struct platform_device *pdev, *tmp;
	bool started = !start;
	int ret;

	if (bus != &platform_bus_type)
		return -EINVAL;
	list_for_each_entry_safe(pdev, tmp, &devices, bus_node) {
		if (!started) {
			started = &pdev->dev == start;
			continue;
		}
		ret = fn(&pdev->dev, data);
		if (ret)
			return ret;
	}
	return 0;
}

/* ---- device core ------------------------------------------------------- */

int dev_set_name(struct device *dev, const char *fmt, ...)
{
	va_list ap;
	char *name;

	va_start(ap, fmt);
	host_fail_suspend(true);
	name = kvasprintf(GFP_KERNEL, fmt, ap);
	host_fail_suspend(false);
	va_end(ap);
	if (!name)
		return -ENOMEM;
	kfree(dev->name);
	dev->name = name;
	return 0;
}

void device_initialize(struct device *dev)
{
	INIT_LIST_HEAD(&dev->devres_head);
	dev->refcount = 1;
	dev->power.disable_depth = 1;
}

struct device *get_device(struct device *dev)
{
	if (dev)
		dev->refcount++;
	return dev;
}

void put_device(struct device *dev)
{
	if (!dev)
		return;
	if (WARN_ON(dev->refcount <= 0))
		return;
	if (--dev->refcount == 0 && dev->release)
		dev->release(dev);
}

int dev_printk(const char *level, const struct device *dev,
	       const char *fmt, ...)
{
	char prefix[128];
	va_list ap;
	int n;

	snprintf(prefix, sizeof(prefix), "%s%s%s: ",
		 dev && dev->driver ? dev->driver->name : "",
		 dev && dev->driver ? " " : "",
		 dev ? dev_name(dev) : "(NULL device *)");
	va_start(ap, fmt);
	n = host_vprintk_emit(level, prefix, fmt, ap);
	va_end(ap);
	return n;
}

int dev_err_probe(const struct device *dev, int err, const char *fmt, ...)
{
	const char *level = err == -EPROBE_DEFER ? KERN_DEBUG : KERN_ERR;
	char msg[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	dev_printk(level, dev, "error %d: %s", err, msg);
	return err;
}

/* ---- runtime PM counters ----------------------------------------------- */

void pm_runtime_enable(struct device *dev)
{
	if (dev->power.disable_depth > 0)
		dev->power.disable_depth--;
	else
		dev_warn(dev, "Unbalanced pm_runtime_enable!\n");
}

void pm_runtime_disable(struct device *dev)
{
	dev->power.disable_depth++;
}

int __pm_runtime_get(struct device *dev)
{
	dev->power.usage_count++;
	dev->power.runtime_active = true;
	return 0;
}

int __pm_runtime_put(struct device *dev)
{
	if (WARN(dev->power.usage_count <= 0,
		 "%s: runtime PM usage count underflow", dev_name(dev)))
		return -EINVAL;
	if (--dev->power.usage_count == 0)
		dev->power.runtime_active = false;
	return 0;
}

static void pm_runtime_disable_action(void *data)
{
	pm_runtime_disable(data);
}

int devm_pm_runtime_enable(struct device *dev)
{
	pm_runtime_enable(dev);
	return devm_add_action_or_reset(dev, pm_runtime_disable_action, dev);
}

/* ---- matching and probing ---------------------------------------------- */

static const struct platform_device_id *
match_id_table(const struct platform_device_id *id,
	       const struct platform_device *pdev)
{
	for (; id && id->name[0]; id++)
		if (!strcmp(pdev->name, id->name))
			return id;
	return NULL;
}

static bool platform_match(struct platform_device *pdev,
			   struct platform_driver *drv)
{
	if (pdev->driver_override)
		return !strcmp(pdev->driver_override, drv->driver.name);
	if (pdev->dev.of_node && drv->driver.of_match_table &&
	    of_match_device(drv->driver.of_match_table, &pdev->dev))
		return true;
	pdev->id_entry = match_id_table(drv->id_table, pdev);
	if (drv->id_table)
		return pdev->id_entry != NULL;
	return !strcmp(pdev->name, drv->driver.name);
}

static void unbind_cleanup(struct platform_device *pdev)
{
	devres_release_all(&pdev->dev);
	pdev->dev.driver = NULL;
	dev_set_drvdata(&pdev->dev, NULL);
}

/* Returns the probe result; -ENODEV when the driver does not match. */
static int try_probe(struct platform_device *pdev, struct platform_driver *drv)
{
	int ret;

	if (pdev->dev.driver || !platform_match(pdev, drv))
		return -ENODEV;
	pdev->dev.driver = &drv->driver;
	ret = drv->probe ? drv->probe(pdev) : 0;
	if (!ret) {
		pdev->deferred = false;
		bus_notify(pdev, BUS_NOTIFY_BOUND_DRIVER);
		return 0;
	}
	unbind_cleanup(pdev);
	if (ret == -EPROBE_DEFER && !drv->prevent_deferred_probe) {
		pdev->deferred = true;
	} else if (ret != -ENODEV && ret != -ENXIO) {
		pdev->deferred = false;
		dev_warn(&pdev->dev, "probe of %s failed with error %d\n",
			 dev_name(&pdev->dev), ret);
	}
	return ret;
}

static bool bind_device(struct platform_device *pdev)
{
	struct platform_driver *drv;

	list_for_each_entry(drv, &drivers, bus_node)
		if (!try_probe(pdev, drv))
			return true;
	return false;
}

void host_run_deferred_probes(void)
{
	struct platform_device *pdev;
	bool progress = true;

	if (retrying)
		return;
	retrying = true;
	while (progress) {
		progress = false;
		list_for_each_entry(pdev, &devices, bus_node) {
			if (pdev->deferred && !pdev->dev.driver &&
			    bind_device(pdev)) {
				progress = true;
				break;	/* the list may have changed */
			}
		}
	}
	retrying = false;
}

unsigned int host_deferred_count(void)
{
	struct platform_device *pdev;
	unsigned int n = 0;

	list_for_each_entry(pdev, &devices, bus_node)
		n += pdev->deferred && !pdev->dev.driver;
	return n;
}

static void unbind(struct platform_device *pdev)
{
	struct platform_driver *drv;

	if (!pdev->dev.driver)
		return;
	drv = to_platform_driver(pdev->dev.driver);
	bus_notify(pdev, BUS_NOTIFY_UNBIND_DRIVER);
	if (drv->remove)
		drv->remove(pdev);
	unbind_cleanup(pdev);
}

/* ---- devices ----------------------------------------------------------- */

static void platform_device_release(struct device *dev)
{
	struct platform_device *pdev = to_platform_device(dev);
	unsigned int i;

	for (i = 0; i < pdev->num_resources; i++)
		kfree(pdev->resource[i].name);
	kfree(pdev->resource);
	kfree(dev->platform_data);
	kfree(dev->name);
	kfree(pdev->name);
	of_node_put(dev->of_node);
	kfree(pdev);
}

/*
 * Bus-side allocations (device, name, resources, data) are exempt from
 * fault injection: host_fail_inject() targets the driver under test.
 */
struct platform_device *platform_device_alloc(const char *name, int id)
{
	struct platform_device *pdev;

	host_fail_suspend(true);
	pdev = kzalloc(sizeof(*pdev), GFP_KERNEL);
	if (pdev)
		pdev->name = kstrdup(name, GFP_KERNEL);
	host_fail_suspend(false);
	if (!pdev)
		return NULL;
	if (!pdev->name) {
		kfree(pdev);
		return NULL;
	}
	pdev->id = id;
	device_initialize(&pdev->dev);
	pdev->dev.release = platform_device_release;
	pdev->platform_dma_mask = 0xffffffffULL;
	pdev->dev.dma_mask = &pdev->platform_dma_mask;
	pdev->dev.coherent_dma_mask = 0xffffffffULL;
	INIT_LIST_HEAD(&pdev->bus_node);
	pdev->dev.bus = &platform_bus_type;
	return pdev;
}

/* Copies the resources, names included, so callers may use the stack. */
int platform_device_add_resources(struct platform_device *pdev,
				  const struct resource *res,
				  unsigned int num)
{
	struct resource *r = NULL;
	unsigned int i;

	if (res && num) {
		host_fail_suspend(true);
		r = kmemdup(res, num * sizeof(*res), GFP_KERNEL);
		for (i = 0; r && i < num; i++)
			r[i].name = kstrdup(res[i].name, GFP_KERNEL);
		host_fail_suspend(false);
		if (!r)
			return -ENOMEM;
	}
	for (i = 0; i < pdev->num_resources; i++)
		kfree(pdev->resource[i].name);
	kfree(pdev->resource);
	pdev->resource = r;
	pdev->num_resources = r ? num : 0;
	return 0;
}

int platform_device_add_data(struct platform_device *pdev, const void *data,
			     size_t size)
{
	void *d = NULL;

	if (data) {
		host_fail_suspend(true);
		d = kmemdup(data, size, GFP_KERNEL);
		host_fail_suspend(false);
		if (!d)
			return -ENOMEM;
	}
	kfree(pdev->dev.platform_data);
	pdev->dev.platform_data = d;
	return 0;
}

int platform_device_add(struct platform_device *pdev)
{
	int ret;

	if (pdev->id == PLATFORM_DEVID_AUTO) {
		pdev->id = next_auto_id++;
		pdev->id_auto = true;
	}
	if (pdev->id == PLATFORM_DEVID_NONE)
		ret = dev_set_name(&pdev->dev, "%s", pdev->name);
	else
		ret = dev_set_name(&pdev->dev, "%s.%d%s", pdev->name,
				   pdev->id, pdev->id_auto ? ".auto" : "");
	if (ret)
		return ret;
	list_add_tail(&pdev->bus_node, &devices);
	pdev->registered = true;
	bus_notify(pdev, BUS_NOTIFY_ADD_DEVICE);
	if (bind_device(pdev))
		host_run_deferred_probes();
	return 0;
}

int platform_device_register(struct platform_device *pdev)
{
	if (!pdev->dev.devres_head.next)
		device_initialize(&pdev->dev);
	return platform_device_add(pdev);
}

void platform_device_del(struct platform_device *pdev)
{
	if (!pdev || !pdev->registered)
		return;
	bus_notify(pdev, BUS_NOTIFY_DEL_DEVICE);
	unbind(pdev);
	list_del_init(&pdev->bus_node);
	pdev->registered = false;
	pdev->deferred = false;
}

void platform_device_put(struct platform_device *pdev)
{
	if (pdev)
		put_device(&pdev->dev);
}

void platform_device_unregister(struct platform_device *pdev)
{
	platform_device_del(pdev);
	platform_device_put(pdev);
}

static int setup_from_info(struct platform_device *pdev,
			   const struct platform_device_info *info)
{
	int ret;

	pdev->dev.parent = info->parent;
	if (info->dma_mask) {
		pdev->platform_dma_mask = info->dma_mask;
		pdev->dev.coherent_dma_mask = info->dma_mask;
	}
	ret = platform_device_add_resources(pdev, info->res, info->num_res);
	if (!ret)
		ret = platform_device_add_data(pdev, info->data,
					       info->size_data);
	return ret;
}

struct platform_device *
platform_device_register_full(const struct platform_device_info *info)
{
	struct platform_device *pdev;
	int ret;

	pdev = platform_device_alloc(info->name, info->id);
	if (!pdev)
		return ERR_PTR(-ENOMEM);
	ret = setup_from_info(pdev, info);
	if (!ret)
		ret = platform_device_add(pdev);
	if (ret) {
		platform_device_put(pdev);
		return ERR_PTR(ret);
	}
	return pdev;
}

struct platform_device *host_platform_device_create(const char *name,
		int id, const struct resource *res, unsigned int nres,
		const void *data, size_t size)
{
	return platform_device_register_resndata(NULL, name, id, res, nres,
						 data, size);
}

void host_platform_unregister_all(void)
{
	struct platform_device *pdev;

	while (!list_empty(&devices)) {
		pdev = list_last_entry(&devices, struct platform_device,
				       bus_node);
		platform_device_unregister(pdev);
	}
}

struct platform_device *host_platform_find_device(const char *name)
{
	struct platform_device *pdev;

	list_for_each_entry(pdev, &devices, bus_node)
		if (!strcmp(dev_name(&pdev->dev), name))
			return pdev;
	return NULL;
}

struct platform_device *of_find_device_by_node(struct device_node *np)
{
	struct platform_device *pdev;

	list_for_each_entry(pdev, &devices, bus_node) {
		if (pdev->dev.of_node == np) {
			get_device(&pdev->dev);
			return pdev;
		}
	}
	return NULL;
}

/* ---- drivers ----------------------------------------------------------- */

int platform_driver_register(struct platform_driver *drv)
{
	struct platform_device *pdev;
	bool bound = false;

	list_add_tail(&drv->bus_node, &drivers);
	list_for_each_entry(pdev, &devices, bus_node)
		bound |= !try_probe(pdev, drv);
	if (bound)
		host_run_deferred_probes();
	return 0;
}

void platform_driver_unregister(struct platform_driver *drv)
{
	struct platform_device *pdev;

	list_for_each_entry_reverse(pdev, &devices, bus_node)
		if (pdev->dev.driver == &drv->driver)
			unbind(pdev);
	list_del(&drv->bus_node);
}

/* ---- resources --------------------------------------------------------- */

struct resource *platform_get_resource(struct platform_device *pdev,
				       unsigned int type, unsigned int num)
{
	unsigned int i;

	if (host_fail_check(HOST_FAULT_RESOURCE))
		return NULL;
	for (i = 0; i < pdev->num_resources; i++) {
		struct resource *r = &pdev->resource[i];

		if (resource_type(r) == type && num-- == 0)
			return r;
	}
	return NULL;
}

struct resource *platform_get_resource_byname(struct platform_device *pdev,
					      unsigned int type,
					      const char *name)
{
	unsigned int i;

	if (host_fail_check(HOST_FAULT_RESOURCE))
		return NULL;
	for (i = 0; i < pdev->num_resources; i++) {
		struct resource *r = &pdev->resource[i];

		if (resource_type(r) == type && r->name &&
		    !strcmp(r->name, name))
			return r;
	}
	return NULL;
}

static int irq_from_res(struct resource *r)
{
	if (!r)
		return -ENXIO;
	if (r->flags & IORESOURCE_DISABLED)
		return -ENXIO;
	return r->start;
}

int platform_get_irq_optional(struct platform_device *pdev, unsigned int num)
{
	int ret = irq_from_res(platform_get_resource(pdev, IORESOURCE_IRQ,
						     num));

	/* IRQ 0 is never valid for drivers (the kernel WARNs too). */
	if (WARN(!ret, "0 is an invalid IRQ number"))
		return -EINVAL;
	return ret;
}

int platform_get_irq(struct platform_device *pdev, unsigned int num)
{
	int ret = platform_get_irq_optional(pdev, num);

	if (ret < 0 && ret != -EPROBE_DEFER)
		dev_err(&pdev->dev, "IRQ index %u not found\n", num);
	return ret;
}

int platform_get_irq_byname_optional(struct platform_device *pdev,
				     const char *name)
{
	int ret = irq_from_res(platform_get_resource_byname(pdev,
						IORESOURCE_IRQ, name));

	if (WARN(!ret, "0 is an invalid IRQ number"))
		return -EINVAL;
	return ret;
}

int platform_get_irq_byname(struct platform_device *pdev, const char *name)
{
	int ret = platform_get_irq_byname_optional(pdev, name);

	if (ret < 0 && ret != -EPROBE_DEFER)
		dev_err(&pdev->dev, "IRQ %s not found\n", name);
	return ret;
}

int platform_irq_count(struct platform_device *pdev)
{
	unsigned int i;
	int n = 0;

	for (i = 0; i < pdev->num_resources; i++)
		n += resource_type(&pdev->resource[i]) == IORESOURCE_IRQ;
	return n;
}

void __iomem *devm_platform_get_and_ioremap_resource(
		struct platform_device *pdev, unsigned int index,
		struct resource **res)
{
	struct resource *r = platform_get_resource(pdev, IORESOURCE_MEM,
						   index);

	if (res)
		*res = r;
	return devm_ioremap_resource(&pdev->dev, r);
}

void __iomem *devm_platform_ioremap_resource(struct platform_device *pdev,
					     unsigned int index)
{
	return devm_platform_get_and_ioremap_resource(pdev, index, NULL);
}

void __iomem *devm_platform_ioremap_resource_byname(
		struct platform_device *pdev, const char *name)
{
	return devm_ioremap_resource(&pdev->dev,
		platform_get_resource_byname(pdev, IORESOURCE_MEM, name));
}

/* ---- system sleep ------------------------------------------------------ */

typedef int (*pm_cb)(struct device *dev);

static pm_cb pm_phase(const struct dev_pm_ops *pm, int phase, bool resume)
{
	switch (phase) {
	case 0:
		return resume ? pm->resume : pm->suspend;
	case 1:
		return resume ? pm->resume_early : pm->suspend_late;
	default:
		return resume ? pm->resume_noirq : pm->suspend_noirq;
	}
}

static int run_pm_cb(struct platform_device *pdev, int phase, bool resume)
{
	pm_cb cb;

	if (!pdev->dev.driver || !pdev->dev.driver->pm)
		return 0;
	cb = pm_phase(pdev->dev.driver->pm, phase, resume);
	return cb ? cb(&pdev->dev) : 0;
}

static int run_pm_phase(int phase, bool resume)
{
	struct platform_device *pdev;
	int ret;

	/* Suspend newest first, resume oldest first, like the PM core. */
	if (!resume) {
		list_for_each_entry_reverse(pdev, &devices, bus_node) {
			ret = run_pm_cb(pdev, phase, false);
			if (ret)
				return ret;
		}
		return 0;
	}
	list_for_each_entry(pdev, &devices, bus_node) {
		ret = run_pm_cb(pdev, phase, true);
		if (ret)
			return ret;
	}
	return 0;
}

int host_pm_suspend(void)
{
	int phase, ret;

	for (phase = 0; phase < 3; phase++) {
		ret = run_pm_phase(phase, false);
		if (ret)
			return ret;
	}
	return 0;
}

int host_pm_resume(void)
{
	int phase, ret;

	for (phase = 2; phase >= 0; phase--) {
		ret = run_pm_phase(phase, true);
		if (ret)
			return ret;
	}
	return 0;
}
