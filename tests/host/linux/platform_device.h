/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The platform bus (platform.c): devices and drivers register in any
 * order; a match probes at once, -EPROBE_DEFER is retried whenever another
 * device binds, and unbinding calls remove() then releases devres.
 */
#ifndef _LINUX_PLATFORM_DEVICE_H
#define _LINUX_PLATFORM_DEVICE_H

#include <linux/device.h>
#include <linux/init.h>
#include <linux/io.h>
#include <linux/ioport.h>
#include <linux/mod_devicetable.h>

#define PLATFORM_DEVID_NONE	(-1)
#define PLATFORM_DEVID_AUTO	(-2)

struct platform_device {
	const char *name;
	int id;
	bool id_auto;
	struct device dev;
	u64 platform_dma_mask;
	u32 num_resources;
	struct resource *resource;
	const struct platform_device_id *id_entry;
	const char *driver_override;

	/* private to the shim */
	struct list_head bus_node;
	bool registered;
	bool deferred;
};

struct platform_device_info {
	struct device *parent;
	struct fwnode_handle *fwnode;
	bool of_node_reused;
	const char *name;
	int id;
	const struct resource *res;
	unsigned int num_res;
	const void *data;
	size_t size_data;
	u64 dma_mask;
	const void *properties;
};

struct platform_driver {
	int (*probe)(struct platform_device *pdev);
	int (*remove)(struct platform_device *pdev);
	void (*shutdown)(struct platform_device *pdev);
	struct device_driver driver;
	const struct platform_device_id *id_table;
	bool prevent_deferred_probe;

	/* private to the shim */
	struct list_head bus_node;
};

extern struct bus_type platform_bus_type;
#define dev_is_platform(dev)	((dev)->bus == &platform_bus_type)
#define to_platform_device(x)	container_of((x), struct platform_device, dev)
#define to_platform_driver(d)	container_of((d), struct platform_driver, \
					     driver)

struct platform_device *platform_device_alloc(const char *name, int id);
int platform_device_add_resources(struct platform_device *pdev,
				  const struct resource *res,
				  unsigned int num);
int platform_device_add_data(struct platform_device *pdev, const void *data,
			     size_t size);
int platform_device_add(struct platform_device *pdev);
void platform_device_del(struct platform_device *pdev);
void platform_device_put(struct platform_device *pdev);
int platform_device_register(struct platform_device *pdev);
void platform_device_unregister(struct platform_device *pdev);
struct platform_device *
platform_device_register_full(const struct platform_device_info *info);

static inline struct platform_device *
platform_device_register_resndata(struct device *parent, const char *name,
				  int id, const struct resource *res,
				  unsigned int num, const void *data,
				  size_t size)
{
	struct platform_device_info info = {
		.parent = parent, .name = name, .id = id, .res = res,
		.num_res = num, .data = data, .size_data = size,
	};

	return platform_device_register_full(&info);
}

static inline struct platform_device *
platform_device_register_simple(const char *name, int id,
				const struct resource *res, unsigned int num)
{
	return platform_device_register_resndata(NULL, name, id, res, num,
						 NULL, 0);
}

static inline struct platform_device *
platform_device_register_data(struct device *parent, const char *name,
			      int id, const void *data, size_t size)
{
	return platform_device_register_resndata(parent, name, id, NULL, 0,
						 data, size);
}

int platform_driver_register(struct platform_driver *drv);
void platform_driver_unregister(struct platform_driver *drv);
#define __platform_driver_register(drv, owner)	platform_driver_register(drv)

struct resource *platform_get_resource(struct platform_device *pdev,
				       unsigned int type, unsigned int num);
struct resource *platform_get_resource_byname(struct platform_device *pdev,
					      unsigned int type,
					      const char *name);
int platform_get_irq(struct platform_device *pdev, unsigned int num);
int platform_get_irq_optional(struct platform_device *pdev, unsigned int num);
int platform_get_irq_byname(struct platform_device *pdev, const char *name);
int platform_get_irq_byname_optional(struct platform_device *pdev,
				     const char *name);
int platform_irq_count(struct platform_device *pdev);

void __iomem *devm_platform_ioremap_resource(struct platform_device *pdev,
					     unsigned int index);
void __iomem *devm_platform_ioremap_resource_byname(
		struct platform_device *pdev, const char *name);
void __iomem *devm_platform_get_and_ioremap_resource(
		struct platform_device *pdev, unsigned int index,
		struct resource **res);

static inline void *platform_get_drvdata(const struct platform_device *pdev)
{
	return dev_get_drvdata(&pdev->dev);
}

static inline void platform_set_drvdata(struct platform_device *pdev,
					void *data)
{
	dev_set_drvdata(&pdev->dev, data);
}

static inline const struct platform_device_id *
platform_get_device_id(const struct platform_device *pdev)
{
	return pdev->id_entry;
}

#define module_platform_driver(__drv)					\
	static int __init __PASTE(__drv, _host_init)(void)		\
	{								\
		return platform_driver_register(&(__drv));		\
	}								\
	module_init(__PASTE(__drv, _host_init));			\
	static void __exit __PASTE(__drv, _host_exit)(void)		\
	{								\
		platform_driver_unregister(&(__drv));			\
	}								\
	module_exit(__PASTE(__drv, _host_exit))

#define builtin_platform_driver(__drv)					\
	static int __init __PASTE(__drv, _host_init)(void)		\
	{								\
		return platform_driver_register(&(__drv));		\
	}								\
	device_initcall(__PASTE(__drv, _host_init))

#endif
