// SPDX-License-Identifier: GPL-2.0
/*
 * MMIO routing.  ioremap() hands out cookies inside a PROT_NONE
 * reservation, so any direct dereference of an __iomem pointer faults at
 * once; the accessors translate a cookie back to its physical address.
 * A 64-bit process reserves the whole 32-bit physical space and a cookie
 * is area + physical address.  A 32-bit process cannot reserve 4 GiB: each
 * distinct range mapped gets a stretch of a 256 MiB reservation of its
 * own and a window table translates back (mapping a range again returns
 * the same cookie, so probe/remove cycles do not use the area up).  The
 * region table then maps a physical range onto the model callbacks the
 * harness registered.
 */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include <linux/io.h>
#include <linux/ioport.h>
#include <linux/kernel.h>

#include "host_internal.h"

#define MAX_REGIONS	64
#if __SIZEOF_POINTER__ == 8
#define AREA_SIZE	HOST_IOREMAP_LIMIT
#define AREA_IDENTITY	true
#else
#define AREA_SIZE	(1UL << 28)
#define AREA_IDENTITY	false
#endif
#define MAX_WINDOWS	256
#define WINDOW_ALIGN	4096
/* An uncached register access costs ~100 ns on these SoCs. */
#define MMIO_ACCESS_NS	100

struct mmio_region {
	u32 base;
	u32 size;
	const struct host_mmio_ops *ops;
	void *ctx;
	struct host_mmio_stats stats;
};

static struct mmio_region regions[MAX_REGIONS];
static unsigned int nr_regions;
static pthread_rwlock_t regions_lock = PTHREAD_RWLOCK_INITIALIZER;
static char *area;

/*
 * One ioremap()ed physical range and where its cookies start; only used
 * when !AREA_IDENTITY.  Entries are never removed: iounmap() is a no-op,
 * and a cookie stays valid for the process's life.
 */
struct io_window {
	u64 phys;
	u64 size;
	unsigned long cookie;	/* offset into area */
};

/* Protected by windows_lock; nr_windows only grows. */
static struct io_window windows[MAX_WINDOWS];
static unsigned int nr_windows;
static unsigned long windows_next;	/* first free offset into area */
static pthread_mutex_t windows_lock = PTHREAD_MUTEX_INITIALIZER;

static void __attribute__((constructor)) io_area_init(void)
{
	area = mmap(NULL, AREA_SIZE, PROT_NONE,
		    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (area == MAP_FAILED)
		host_fatal("cannot reserve the ioremap area");
}

static bool overlaps(u32 b1, u32 s1, u32 b2, u32 s2)
{
	return (u64)b1 < (u64)b2 + s2 && (u64)b2 < (u64)b1 + s1;
}

int host_mmio_register(uint32_t base, uint32_t size,
		       const struct host_mmio_ops *ops, void *ctx)
{
	unsigned int i;
	int ret = -1;

	if (!size || !ops || !ops->read32 || !ops->write32)
		return -1;
	pthread_rwlock_wrlock(&regions_lock);
	for (i = 0; i < nr_regions; i++)
		if (overlaps(base, size, regions[i].base, regions[i].size))
			goto out;
	if (nr_regions < MAX_REGIONS) {
		regions[nr_regions++] = (struct mmio_region){ base, size,
							      ops, ctx };
		ret = 0;
	}
out:
	pthread_rwlock_unlock(&regions_lock);
	return ret;
}

int host_mmio_unregister(uint32_t base)
{
	unsigned int i;
	int ret = -1;

	pthread_rwlock_wrlock(&regions_lock);
	for (i = 0; i < nr_regions; i++) {
		if (regions[i].base == base) {
			regions[i] = regions[--nr_regions];
			ret = 0;
			break;
		}
	}
	pthread_rwlock_unlock(&regions_lock);
	return ret;
}

int host_mmio_get_stats(uint32_t base, struct host_mmio_stats *st)
{
	unsigned int i;
	int ret = -1;

	pthread_rwlock_rdlock(&regions_lock);
	for (i = 0; i < nr_regions; i++) {
		if (regions[i].base == base) {
			st->reads = __atomic_load_n(&regions[i].stats.reads,
						    __ATOMIC_RELAXED);
			st->writes = __atomic_load_n(&regions[i].stats.writes,
						     __ATOMIC_RELAXED);
			st->byte_reads = __atomic_load_n(
				&regions[i].stats.byte_reads, __ATOMIC_RELAXED);
			st->byte_writes = __atomic_load_n(
				&regions[i].stats.byte_writes,
				__ATOMIC_RELAXED);
			ret = 0;
		}
	}
	pthread_rwlock_unlock(&regions_lock);
	return ret;
}

void host_mmio_reset_stats(void)
{
	unsigned int i;

	pthread_rwlock_wrlock(&regions_lock);
	for (i = 0; i < nr_regions; i++)
		memset(&regions[i].stats, 0, sizeof(regions[i].stats));
	pthread_rwlock_unlock(&regions_lock);
}

/* The physical address behind an ioremap() cookie; fatal for anything else. */
static u64 cookie_to_phys(const volatile void *addr)
{
	unsigned long a = (unsigned long)addr - (unsigned long)area;
	unsigned int i, n;

	if ((unsigned long)addr < (unsigned long)area || a >= AREA_SIZE)
		host_fatal("MMIO access to %p: not an ioremap() cookie",
			   (void *)addr);
	if (AREA_IDENTITY)
		return a;
	/* entries below nr_windows are complete and never change */
	n = __atomic_load_n(&nr_windows, __ATOMIC_ACQUIRE);
	for (i = 0; i < n; i++)
		if (a >= windows[i].cookie &&
		    a - windows[i].cookie < windows[i].size)
			return windows[i].phys + (a - windows[i].cookie);
	host_fatal("MMIO access to %p: not inside any ioremap()ed range",
		   (void *)addr);
}

/*
 * Resolve a cookie to its region.  The region stays valid while the caller
 * uses it because regions are only unregistered at board teardown.
 */
static struct mmio_region *lookup(const volatile void *addr, unsigned int len,
				  u32 *off)
{
	u64 a = cookie_to_phys(addr);
	struct mmio_region *r = NULL;
	unsigned int i;

	pthread_rwlock_rdlock(&regions_lock);
	for (i = 0; i < nr_regions; i++) {
		if (a >= regions[i].base &&
		    a + len <= (u64)regions[i].base + regions[i].size) {
			r = &regions[i];
			break;
		}
	}
	pthread_rwlock_unlock(&regions_lock);
	if (!r)
		host_fatal("MMIO access to physical 0x%08llx: no device there",
			   (unsigned long long)a);
	if (a & (len - 1))
		host_fatal("unaligned %u-byte MMIO access at 0x%08llx", len,
			   (unsigned long long)a);
	*off = a - r->base;
	return r;
}

static host_mmio_hook_fn mmio_hook;
static void *mmio_hook_ctx;

void host_mmio_set_hook(host_mmio_hook_fn fn, void *ctx)
{
	__atomic_store_n(&mmio_hook_ctx, ctx, __ATOMIC_RELAXED);
	__atomic_store_n(&mmio_hook, fn, __ATOMIC_RELEASE);
}

static void run_hook(const volatile void *addr, u32 val, bool write)
{
	host_mmio_hook_fn fn = __atomic_load_n(&mmio_hook, __ATOMIC_ACQUIRE);

	if (fn)
		fn(__atomic_load_n(&mmio_hook_ctx, __ATOMIC_RELAXED),
		   (unsigned long)cookie_to_phys(addr), val, write);
}

void host_mmio_access_done(void)
{
	host_time_advance_ns(MMIO_ACCESS_NS);
	host_irq_deliver();
}

static u32 region_read32(struct mmio_region *r, u32 off)
{
	__atomic_add_fetch(&r->stats.reads, 1, __ATOMIC_RELAXED);
	return r->ops->read32(r->ctx, off);
}

static void region_write32(struct mmio_region *r, u32 off, u32 val)
{
	__atomic_add_fetch(&r->stats.writes, 1, __ATOMIC_RELAXED);
	r->ops->write32(r->ctx, off, val);
}

/* Byte access: the byte op if the model has one, else its 32-bit word. */
static u8 region_read8(struct mmio_region *r, u32 off)
{
	__atomic_add_fetch(&r->stats.byte_reads, 1, __ATOMIC_RELAXED);
	if (r->ops->read8)
		return r->ops->read8(r->ctx, off);
	return r->ops->read32(r->ctx, off & ~3u) >> (8 * (off & 3));
}

static void region_write8(struct mmio_region *r, u32 off, u8 val)
{
	__atomic_add_fetch(&r->stats.byte_writes, 1, __ATOMIC_RELAXED);
	if (!r->ops->write8)
		host_fatal("byte write to a region without write8 (0x%08x)",
			   r->base + off);
	r->ops->write8(r->ctx, off, val);
}

u32 __host_readl(const volatile void __iomem *addr)
{
	u32 off, val;
	struct mmio_region *r = lookup(addr, 4, &off);

	val = region_read32(r, off);
	run_hook(addr, val, false);
	host_mmio_access_done();
	return val;
}

void __host_writel(u32 val, volatile void __iomem *addr)
{
	u32 off;
	struct mmio_region *r = lookup(addr, 4, &off);

	region_write32(r, off, val);
	run_hook(addr, val, true);
	host_mmio_access_done();
}

u8 __host_readb(const volatile void __iomem *addr)
{
	u32 off;
	struct mmio_region *r = lookup(addr, 1, &off);
	u8 val = region_read8(r, off);

	host_mmio_access_done();
	return val;
}

void __host_writeb(u8 val, volatile void __iomem *addr)
{
	u32 off;
	struct mmio_region *r = lookup(addr, 1, &off);

	region_write8(r, off, val);
	host_mmio_access_done();
}

/* 16-bit accesses as two byte accesses, little endian. */
u16 __host_readw(const volatile void __iomem *addr)
{
	u32 off;
	struct mmio_region *r = lookup(addr, 2, &off);
	u16 val = region_read8(r, off) | region_read8(r, off + 1) << 8;

	host_mmio_access_done();
	return val;
}

void __host_writew(u16 val, volatile void __iomem *addr)
{
	u32 off;
	struct mmio_region *r = lookup(addr, 2, &off);

	region_write8(r, off, val);
	region_write8(r, off + 1, val >> 8);
	host_mmio_access_done();
}

/*
 * Bulk copies: bytes up to a word boundary, then words, then bytes;
 * the whole copy is one access as far as interrupts are concerned.
 */
void memcpy_toio(volatile void __iomem *dst, const void *src, size_t count)
{
	const u8 *s = src;
	u32 off, w;
	struct mmio_region *r;

	if (!count)
		return;
	r = lookup(dst, 1, &off);
	lookup((const volatile char *)dst + count - 1, 1, &w);
	for (; count && (off & 3); count--)
		region_write8(r, off++, *s++);
	for (; count >= 4; count -= 4, off += 4, s += 4) {
		memcpy(&w, s, 4);
		region_write32(r, off, w);
	}
	for (; count; count--)
		region_write8(r, off++, *s++);
	host_mmio_access_done();
}

void memcpy_fromio(void *dst, const volatile void __iomem *src, size_t count)
{
	u8 *d = dst;
	u32 off, w;
	struct mmio_region *r;

	if (!count)
		return;
	r = lookup(src, 1, &off);
	lookup((const volatile char *)src + count - 1, 1, &w);
	for (; count && (off & 3); count--)
		*d++ = region_read8(r, off++);
	for (; count >= 4; count -= 4, off += 4, d += 4) {
		w = region_read32(r, off);
		memcpy(d, &w, 4);
	}
	for (; count; count--)
		*d++ = region_read8(r, off++);
	host_mmio_access_done();
}

void memset_io(volatile void __iomem *dst, int c, size_t count)
{
	u32 off, w = 0x01010101u * (u8)c;
	struct mmio_region *r;

	if (!count)
		return;
	r = lookup(dst, 1, &off);
	lookup((const volatile char *)dst + count - 1, 1, &w);
	w = 0x01010101u * (u8)c;
	for (; count && (off & 3); count--)
		region_write8(r, off++, c);
	for (; count >= 4; count -= 4, off += 4)
		region_write32(r, off, w);
	for (; count; count--)
		region_write8(r, off++, c);
	host_mmio_access_done();
}

/* A cookie for [phys, phys + size) out of the window table (32-bit). */
static void __iomem *window_map(u64 phys, u64 size)
{
	unsigned long start, len;
	void __iomem *cookie = NULL;
	struct io_window *w;
	unsigned int i;

	pthread_mutex_lock(&windows_lock);
	for (i = 0; i < nr_windows; i++) {
		w = &windows[i];
		if (phys >= w->phys && phys + size <= w->phys + w->size) {
			cookie = area + w->cookie + (phys - w->phys);
			goto out;
		}
	}
	/* keep the offset within the page, as a real mapping does */
	start = windows_next + (phys & (WINDOW_ALIGN - 1));
	len = (phys & (WINDOW_ALIGN - 1)) + size;
	len = (len + WINDOW_ALIGN - 1) & ~(unsigned long)(WINDOW_ALIGN - 1);
	if (nr_windows == MAX_WINDOWS || len > AREA_SIZE - windows_next) {
		pr_err("ioremap: no room left for 0x%llx bytes at 0x%llx\n",
		       (unsigned long long)size, (unsigned long long)phys);
		goto out;
	}
	windows[nr_windows] = (struct io_window){ phys, size, start };
	/* publish the complete entry to cookie_to_phys() */
	__atomic_store_n(&nr_windows, nr_windows + 1, __ATOMIC_RELEASE);
	windows_next += len;
	cookie = area + start;
out:
	pthread_mutex_unlock(&windows_lock);
	return cookie;
}

void __iomem *ioremap(phys_addr_t offset, size_t size)
{
	if (host_fail_check(HOST_FAULT_IOREMAP))
		return NULL;
	if (!size || (u64)offset + size > HOST_IOREMAP_LIMIT)
		return NULL;
	if (AREA_IDENTITY)
		return area + offset;
	return window_map(offset, size);
}

void iounmap(volatile void __iomem *addr)
{
}

static void mmio_reset(void)
{
	host_mmio_reset_stats();
	host_mmio_set_hook(NULL, NULL);
}

static void __attribute__((constructor)) io_register(void)
{
	host_register_internal_reset(mmio_reset);
}
