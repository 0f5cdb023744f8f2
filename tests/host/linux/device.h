/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The driver model core: struct device, devres (devres.c) and the device
 * printing helpers.  Only the platform bus exists (platform.c).
 */
#ifndef _LINUX_DEVICE_H
#define _LINUX_DEVICE_H

#include <linux/compiler.h>
#include <linux/err.h>
#include <linux/gfp.h>
#include <linux/ioport.h>
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/mod_devicetable.h>
#include <linux/notifier.h>
#include <linux/pm.h>
#include <linux/printk.h>
#include <linux/string.h>
#include <linux/types.h>

struct device_node;
struct fwnode_handle;
struct module;
/* Only the platform bus exists; the type just tells devices apart. */
struct bus_type {
	const char *name;
};

struct device_driver {
	const char *name;
	struct bus_type *bus;
	struct module *owner;
	const char *mod_name;
	bool suppress_bind_attrs;
	int probe_type;
	const struct of_device_id *of_match_table;
	const void *acpi_match_table;
	const struct dev_pm_ops *pm;
};

struct device {
	struct device *parent;
	const char *init_name;		/* initial name, copied to name */
	const char *name;		/* dev_name(); owned by the device */
	struct bus_type *bus;
	struct device_driver *driver;	/* bound driver, or NULL */
	void *platform_data;
	void *driver_data;
	struct device_node *of_node;
	struct fwnode_handle *fwnode;
	bool of_node_reused;
	u64 *dma_mask;
	u64 coherent_dma_mask;
	struct dev_pm_info power;
	void (*release)(struct device *dev);

	/* private to the shim */
	int refcount;
	struct list_head devres_head;
	int devres_count;
};

/* Bus notifications (the platform bus calls them; see platform.c). */
#define BUS_NOTIFY_ADD_DEVICE		0x00000001
#define BUS_NOTIFY_DEL_DEVICE		0x00000002
#define BUS_NOTIFY_BOUND_DRIVER		0x00000004
#define BUS_NOTIFY_UNBIND_DRIVER	0x00000005

int bus_register_notifier(struct bus_type *bus, struct notifier_block *nb);
int bus_unregister_notifier(struct bus_type *bus, struct notifier_block *nb);
int bus_for_each_dev(struct bus_type *bus, struct device *start, void *data,
		     int (*fn)(struct device *dev, void *data));

static inline const char *dev_name(const struct device *dev)
{
	return dev->name ? dev->name : dev->init_name;
}

__printf(2, 3) int dev_set_name(struct device *dev, const char *fmt, ...);

static inline void *dev_get_drvdata(const struct device *dev)
{
	return dev->driver_data;
}

static inline void dev_set_drvdata(struct device *dev, void *data)
{
	dev->driver_data = data;
}

static inline void *dev_get_platdata(const struct device *dev)
{
	return dev->platform_data;
}

static inline struct device_node *dev_of_node(struct device *dev)
{
	return dev->of_node;
}

void device_initialize(struct device *dev);
struct device *get_device(struct device *dev);
void put_device(struct device *dev);

static inline bool device_is_bound(struct device *dev)
{
	return dev->driver != NULL;
}

/* ---- devres (devres.c) ------------------------------------------------- */

void *devm_kmalloc(struct device *dev, size_t size, gfp_t gfp) __malloc;
void devm_kfree(struct device *dev, const void *p);
char *devm_kstrdup(struct device *dev, const char *s, gfp_t gfp) __malloc;
__printf(3, 4) char *devm_kasprintf(struct device *dev, gfp_t gfp,
				    const char *fmt, ...) __malloc;
void *devm_kmemdup(struct device *dev, const void *src, size_t len,
		   gfp_t gfp);

static inline void *devm_kzalloc(struct device *dev, size_t size, gfp_t gfp)
{
	return devm_kmalloc(dev, size, gfp | __GFP_ZERO);
}

static inline void *devm_kmalloc_array(struct device *dev, size_t n,
				       size_t size, gfp_t flags)
{
	size_t bytes;

	if (__builtin_mul_overflow(n, size, &bytes))
		return NULL;
	return devm_kmalloc(dev, bytes, flags);
}

static inline void *devm_kcalloc(struct device *dev, size_t n, size_t size,
				 gfp_t flags)
{
	return devm_kmalloc_array(dev, n, size, flags | __GFP_ZERO);
}

int __must_check devm_add_action(struct device *dev,
				 void (*action)(void *), void *data);
int __must_check devm_add_action_or_reset(struct device *dev,
					  void (*action)(void *), void *data);
void devm_remove_action(struct device *dev, void (*action)(void *),
			void *data);
void devm_release_action(struct device *dev, void (*action)(void *),
			 void *data);

/* Generic devres, for the shim's own devm_ helpers. */
typedef void (*dr_release_t)(struct device *dev, void *res);
typedef int (*dr_match_t)(struct device *dev, void *res, void *match_data);
void *devres_alloc(dr_release_t release, size_t size, gfp_t gfp);
void devres_free(void *res);
void devres_add(struct device *dev, void *res);
int devres_release(struct device *dev, dr_release_t release,
		   dr_match_t match, void *match_data);
int devres_destroy(struct device *dev, dr_release_t release,
		   dr_match_t match, void *match_data);
void devres_release_all(struct device *dev);

/* ---- printing ---------------------------------------------------------- */

__printf(3, 4) int dev_printk(const char *level, const struct device *dev,
			      const char *fmt, ...);

#define dev_emerg(dev, fmt, ...) dev_printk(KERN_EMERG, dev, fmt, ##__VA_ARGS__)
#define dev_alert(dev, fmt, ...) dev_printk(KERN_ALERT, dev, fmt, ##__VA_ARGS__)
#define dev_crit(dev, fmt, ...)	dev_printk(KERN_CRIT, dev, fmt, ##__VA_ARGS__)
#define dev_err(dev, fmt, ...)	dev_printk(KERN_ERR, dev, fmt, ##__VA_ARGS__)
#define dev_warn(dev, fmt, ...)	dev_printk(KERN_WARNING, dev, fmt, \
					   ##__VA_ARGS__)
#define dev_notice(dev, fmt, ...) dev_printk(KERN_NOTICE, dev, fmt, \
					     ##__VA_ARGS__)
#define dev_info(dev, fmt, ...)	dev_printk(KERN_INFO, dev, fmt, ##__VA_ARGS__)
#define dev_dbg(dev, fmt, ...)	dev_printk(KERN_DEBUG, dev, fmt, ##__VA_ARGS__)
#define dev_vdbg(dev, fmt, ...)	dev_dbg(dev, fmt, ##__VA_ARGS__)

#define dev_err_ratelimited	dev_err
#define dev_warn_ratelimited	dev_warn
#define dev_info_ratelimited	dev_info
#define dev_dbg_ratelimited	dev_dbg
#define dev_err_once		dev_err
#define dev_warn_once		dev_warn
#define dev_info_once		dev_info

/* Logs (at debug level for -EPROBE_DEFER) and returns err. */
__printf(3, 4) int dev_err_probe(const struct device *dev, int err,
				 const char *fmt, ...);

#define dev_WARN(dev, fmt, ...) \
	WARN(1, "%s: " fmt, dev_name(dev), ##__VA_ARGS__)
#define dev_WARN_ONCE(dev, cond, fmt, ...) \
	WARN_ONCE(cond, "%s: " fmt, dev_name(dev), ##__VA_ARGS__)

#endif
