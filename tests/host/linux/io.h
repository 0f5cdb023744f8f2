/* SPDX-License-Identifier: GPL-2.0 */
/*
 * MMIO through the shim (io.c): an __iomem cookie points into a reserved
 * PROT_NONE area, so only these accessors can use it; each one is routed
 * to the model registered with host_mmio_register() and counted.  An access
 * returns to a CPU that may then take pending interrupts.
 */
#ifndef _LINUX_IO_H
#define _LINUX_IO_H

#include <linux/compiler.h>
#include <linux/err.h>
#include <linux/types.h>
#include <asm/barrier.h>

struct device;
struct resource;

u32 __host_readl(const volatile void __iomem *addr);
void __host_writel(u32 val, volatile void __iomem *addr);
u16 __host_readw(const volatile void __iomem *addr);
void __host_writew(u16 val, volatile void __iomem *addr);
u8 __host_readb(const volatile void __iomem *addr);
void __host_writeb(u8 val, volatile void __iomem *addr);

/* All orderings are equal here: the model runs synchronously. */
#define readl(a)		__host_readl(a)
#define writel(v, a)		__host_writel(v, a)
#define readw(a)		__host_readw(a)
#define writew(v, a)		__host_writew(v, a)
#define readb(a)		__host_readb(a)
#define writeb(v, a)		__host_writeb(v, a)
#define readl_relaxed(a)	readl(a)
#define writel_relaxed(v, a)	writel(v, a)
#define readw_relaxed(a)	readw(a)
#define writew_relaxed(v, a)	writew(v, a)
#define readb_relaxed(a)	readb(a)
#define writeb_relaxed(v, a)	writeb(v, a)
#define ioread32(a)		readl(a)
#define iowrite32(v, a)		writel(v, a)
#define ioread16(a)		readw(a)
#define iowrite16(v, a)		writew(v, a)
#define ioread8(a)		readb(a)
#define iowrite8(v, a)		writeb(v, a)
#define __raw_readl(a)		readl(a)
#define __raw_writel(v, a)	writel(v, a)

void memcpy_toio(volatile void __iomem *dst, const void *src, size_t count);
void memcpy_fromio(void *dst, const volatile void __iomem *src,
		   size_t count);
void memset_io(volatile void __iomem *dst, int c, size_t count);

void __iomem *ioremap(phys_addr_t offset, size_t size);
void iounmap(volatile void __iomem *addr);
#define ioremap_nocache(o, s)	ioremap(o, s)
#define ioremap_wc(o, s)	ioremap(o, s)

void __iomem *devm_ioremap(struct device *dev, resource_size_t offset,
			   resource_size_t size);
void __iomem *devm_ioremap_resource(struct device *dev,
				    const struct resource *res);
void devm_iounmap(struct device *dev, void __iomem *addr);

#endif
