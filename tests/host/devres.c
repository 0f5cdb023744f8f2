// SPDX-License-Identifier: GPL-2.0
/*
 * Device-managed resources: a per-device list released in reverse order
 * when probe fails or the device is unbound.  Entries come from kmalloc, so
 * they are counted, and can be made to fail, like any allocation.
 */
#include <stdarg.h>

#include <linux/device.h>
#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/slab.h>
#include <linux/string.h>

#include "host_internal.h"

struct devres {
	struct list_head node;
	dr_release_t release;
	/* data at offset 32, 16 on 32-bit: aligned for any type */
	unsigned long pad;
	unsigned char data[];
};

static long devres_live;

long host_devres_live(void)
{
	return __atomic_load_n(&devres_live, __ATOMIC_RELAXED);
}

void host_devres_count(int delta)
{
	__atomic_add_fetch(&devres_live, delta, __ATOMIC_RELAXED);
}

static struct devres *to_dr(void *res)
{
	return container_of(res, struct devres, data);
}

void *devres_alloc(dr_release_t release, size_t size, gfp_t gfp)
{
	struct devres *dr = kmalloc(sizeof(*dr) + size, gfp | __GFP_ZERO);

	if (!dr)
		return NULL;
	INIT_LIST_HEAD(&dr->node);
	dr->release = release;
	return dr->data;
}

void devres_free(void *res)
{
	if (res)
		kfree(to_dr(res));
}

void devres_add(struct device *dev, void *res)
{
	list_add_tail(&to_dr(res)->node, &dev->devres_head);
	dev->devres_count++;
	host_devres_count(1);
}

static void devres_unlink(struct device *dev, struct devres *dr)
{
	list_del(&dr->node);
	dev->devres_count--;
	host_devres_count(-1);
}

static struct devres *devres_find(struct device *dev, dr_release_t release,
				  dr_match_t match, void *match_data)
{
	struct devres *dr;

	list_for_each_entry_reverse(dr, &dev->devres_head, node) {
		if (dr->release != release)
			continue;
		if (match && !match(dev, dr->data, match_data))
			continue;
		return dr;
	}
	return NULL;
}

int devres_destroy(struct device *dev, dr_release_t release,
		   dr_match_t match, void *match_data)
{
	struct devres *dr = devres_find(dev, release, match, match_data);

	if (!dr)
		return -ENOENT;
	devres_unlink(dev, dr);
	kfree(dr);
	return 0;
}

int devres_release(struct device *dev, dr_release_t release,
		   dr_match_t match, void *match_data)
{
	struct devres *dr = devres_find(dev, release, match, match_data);

	if (!dr)
		return -ENOENT;
	devres_unlink(dev, dr);
	dr->release(dev, dr->data);
	kfree(dr);
	return 0;
}

/* Newest first, as resources usually depend on older ones. */
void devres_release_all(struct device *dev)
{
	struct devres *dr;

	if (!dev->devres_head.next)
		return;
	while (!list_empty(&dev->devres_head)) {
		dr = list_last_entry(&dev->devres_head, struct devres, node);
		devres_unlink(dev, dr);
		if (dr->release)
			dr->release(dev, dr->data);
		kfree(dr);
	}
}

/* ---- managed memory ---------------------------------------------------- */

static void devm_kmalloc_release(struct device *dev, void *res)
{
}

void *devm_kmalloc(struct device *dev, size_t size, gfp_t gfp)
{
	void *p = devres_alloc(devm_kmalloc_release, size, gfp);

	if (p)
		devres_add(dev, p);
	return p;
}

static int devm_match_ptr(struct device *dev, void *res, void *p)
{
	return res == p;
}

void devm_kfree(struct device *dev, const void *p)
{
	if (!p)
		return;
	WARN_ON(devres_destroy(dev, devm_kmalloc_release, devm_match_ptr,
			       (void *)p));
}

void *devm_kmemdup(struct device *dev, const void *src, size_t len,
		   gfp_t gfp)
{
	void *p = devm_kmalloc(dev, len, gfp);

	if (p)
		memcpy(p, src, len);
	return p;
}

char *devm_kstrdup(struct device *dev, const char *s, gfp_t gfp)
{
	return s ? devm_kmemdup(dev, s, strlen(s) + 1, gfp) : NULL;
}

char *devm_kasprintf(struct device *dev, gfp_t gfp, const char *fmt, ...)
{
	va_list ap;
	char *tmp, *p;

	va_start(ap, fmt);
	tmp = kvasprintf(gfp, fmt, ap);
	va_end(ap);
	if (!tmp)
		return NULL;
	p = devm_kstrdup(dev, tmp, gfp);
	kfree(tmp);
	return p;
}

/* ---- actions ----------------------------------------------------------- */

struct action_res {
	void (*action)(void *);
	void *data;
};

static void devm_action_release(struct device *dev, void *res)
{
	struct action_res *a = res;

	a->action(a->data);
}

static int devm_action_match(struct device *dev, void *res, void *p)
{
	struct action_res *a = res, *want = p;

	return a->action == want->action && a->data == want->data;
}

int devm_add_action(struct device *dev, void (*action)(void *), void *data)
{
	struct action_res *a;

	a = devres_alloc(devm_action_release, sizeof(*a), GFP_KERNEL);
	if (!a)
		return -ENOMEM;
	a->action = action;
	a->data = data;
	devres_add(dev, a);
	return 0;
}

int devm_add_action_or_reset(struct device *dev, void (*action)(void *),
			     void *data)
{
	int ret = devm_add_action(dev, action, data);

	if (ret)
		action(data);
	return ret;
}

void devm_remove_action(struct device *dev, void (*action)(void *),
			void *data)
{
	struct action_res want = { action, data };

	WARN_ON(devres_destroy(dev, devm_action_release, devm_action_match,
			       &want));
}

void devm_release_action(struct device *dev, void (*action)(void *),
			 void *data)
{
	struct action_res want = { action, data };

	WARN_ON(devres_release(dev, devm_action_release, devm_action_match,
			       &want));
}

/* ---- managed IRQs and mappings ----------------------------------------- */

struct irq_res {
	unsigned int irq;
	void *dev_id;
};

static void devm_irq_release(struct device *dev, void *res)
{
	struct irq_res *r = res;

	free_irq(r->irq, r->dev_id);
}

static int devm_irq_match(struct device *dev, void *res, void *p)
{
	struct irq_res *r = res, *want = p;

	return r->irq == want->irq && r->dev_id == want->dev_id;
}

int devm_request_threaded_irq(struct device *dev, unsigned int irq,
			      irq_handler_t handler, irq_handler_t thread_fn,
			      unsigned long flags, const char *name,
			      void *dev_id)
{
	struct irq_res *r;
	int ret;

	r = devres_alloc(devm_irq_release, sizeof(*r), GFP_KERNEL);
	if (!r)
		return -ENOMEM;
	if (!name)
		name = dev_name(dev);
	ret = request_threaded_irq(irq, handler, thread_fn, flags, name,
				   dev_id);
	if (ret) {
		devres_free(r);
		return ret;
	}
	r->irq = irq;
	r->dev_id = dev_id;
	devres_add(dev, r);
	return 0;
}

void devm_free_irq(struct device *dev, unsigned int irq, void *dev_id)
{
	struct irq_res want = { irq, dev_id };

	WARN_ON(devres_release(dev, devm_irq_release, devm_irq_match, &want));
}

static void devm_iomap_release(struct device *dev, void *res)
{
	iounmap(*(void __iomem **)res);
}

static int devm_iomap_match(struct device *dev, void *res, void *p)
{
	return *(void **)res == p;
}

void __iomem *devm_ioremap(struct device *dev, resource_size_t offset,
			   resource_size_t size)
{
	void __iomem **ptr, *addr;

	ptr = devres_alloc(devm_iomap_release, sizeof(*ptr), GFP_KERNEL);
	if (!ptr)
		return NULL;
	addr = ioremap(offset, size);
	if (!addr) {
		devres_free(ptr);
		return NULL;
	}
	*ptr = addr;
	devres_add(dev, ptr);
	return addr;
}

void devm_iounmap(struct device *dev, void __iomem *addr)
{
	WARN_ON(devres_release(dev, devm_iomap_release, devm_iomap_match,
			       (void *)addr));
}

void __iomem *devm_ioremap_resource(struct device *dev,
				    const struct resource *res)
{
	void __iomem *addr;

	if (!res || resource_type(res) != IORESOURCE_MEM) {
		dev_err(dev, "invalid resource %p\n", res);
		return ERR_PTR(-EINVAL);
	}
	addr = devm_ioremap(dev, res->start, resource_size(res));
	if (!addr) {
		dev_err(dev, "ioremap failed for resource %s\n",
			res->name ? res->name : "(unnamed)");
		return ERR_PTR(-ENOMEM);
	}
	return addr;
}
