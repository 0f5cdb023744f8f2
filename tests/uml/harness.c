// SPDX-License-Identifier: GPL-2.0
/*
 * tests/host/host.h implemented inside a User-Mode-Linux kernel, so the
 * EDMA suites run against the real driver core, interrupt core, lockdep
 * and KUnit instead of the host shim.
 *
 *  - MMIO: one logic_iomem region covers the SoC peripheral space the
 *    boards use; host_mmio_register() only fills a window table, so boards
 *    with different layouts come and go although logic_iomem regions are
 *    permanent.  Every ioremap() inside the region succeeds; an access
 *    that no window claims reads as zero and is dropped.
 *  - Interrupts: board line numbers (0..HOST_NR_IRQS-1) are not Linux IRQ
 *    numbers.  Each line used gets a descriptor above UML's signal IRQs,
 *    with the dummy chip and a flow handler of our own that records what
 *    the handlers returned.  Platform devices registered while a board
 *    exists have their IRQ resources translated on the way in (a platform
 *    bus notifier, before probe).  host_irq_raise() only latches, as the
 *    model raises lines from inside MMIO accesses; delivery happens in
 *    host_irq_poll() and after an MMIO access made with interrupts on, in
 *    hardirq context (irq_enter()/generic_handle_irq()/irq_exit()).
 *  - DMA: the board's DDR window is backed by a vmalloc arena; the suites'
 *    dma_alloc_coherent() calls are redirected (edma_uml_dma.h) to a page
 *    allocator over it.
 *  - Time: the kernel's clock and hrtimers; a case that steps the shim's
 *    simulated clock (host_time_advance_ns()) is skipped.
 *  - What a real kernel cannot do is reported by host_can(): no fault
 *    injection, no kmalloc accounting, no device tree loading, a WARN
 *    is a splat the run fails on, so it is never provoked on purpose, and
 *    no second CPU to hold inside the interrupt path (6.1's UML has one
 *    CPU and no preemption).
 */
#include <kunit/test.h>
#include <linux/bitmap.h>
#include <linux/device.h>
#include <linux/hardirq.h>
#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/ioport.h>
#include <linux/irq.h>
#include <linux/irqdesc.h>
#include <linux/list.h>
#include <linux/logic_iomem.h>
#include <linux/mutex.h>
#include <linux/platform_device.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/timekeeping.h>
#include <linux/vmalloc.h>

#include "edma3_bus.h"
#include "edma_uml_dma.h"
#include "host.h"

/* driver core internals a built-in harness may use */
#include "drivers/base/base.h"

/*
 * kernel/irq/handle.c: runs the actions of a descriptor whose lock is
 * held and returns what they said.  Its header (kernel/irq/internals.h)
 * poisons the status flag names, so it is declared here.
 */
irqreturn_t handle_irq_event(struct irq_desc *desc);

/* ---- capabilities ------------------------------------------------------ */

bool host_can(enum host_cap cap)
{
	return false;
}

unsigned int host_warn_count(void)
{
	/* every WARN is in the log, and the runner fails on it */
	return 0;
}

void host_fail_inject(enum host_fault kind, unsigned int nth)
{
}

void host_fail_clear(void)
{
}

unsigned long host_fail_calls(enum host_fault kind)
{
	return 0;
}

long host_alloc_live(void)
{
	return 0;
}

/* Devres entries of every platform device: walk each device's list. */
static int count_devres(struct device *dev, void *data)
{
	long *n = data;
	struct list_head *pos;
	unsigned long flags;

	spin_lock_irqsave(&dev->devres_lock, flags);
	list_for_each(pos, &dev->devres_head)
		(*n)++;
	spin_unlock_irqrestore(&dev->devres_lock, flags);
	return 0;
}

long host_devres_live(void)
{
	long n = 0;

	bus_for_each_dev(&platform_bus_type, NULL, &n, count_devres);
	return n;
}

/* ---- simulated CPU: the real one ---------------------------------------- */

bool host_irqs_disabled(void)
{
	return irqs_disabled();
}

bool host_in_hardirq(void)
{
	return in_hardirq();
}

unsigned int host_locks_held(void)
{
#ifdef CONFIG_LOCKDEP
	return current->lockdep_depth;
#else
	return 0;
#endif
}

/* ---- interrupt lines ------------------------------------------------------ */

struct eu_line {
	unsigned int virq;		/* 0: no descriptor yet */
	bool pending;
	struct host_irq_stats stats;
};

static struct eu_line eu_lines[HOST_NR_IRQS];
static DEFINE_SPINLOCK(eu_line_lock);	/* pending bits and stats */
static DEFINE_MUTEX(eu_virq_mutex);	/* descriptor allocation */
static unsigned int eu_nr_pending;

/* The line of a descriptor, kept as its chip data. */
static struct eu_line *eu_line_of(struct irq_desc *desc)
{
	return irq_desc_get_chip_data(desc);
}

/*
 * Flow handler: like handle_simple_irq(), but keeps the combined return
 * value of the handlers for the stats.  A line that is disabled or has
 * no handler never gets here (eu_deliverable()).
 */
static void eu_flow(struct irq_desc *desc)
{
	struct eu_line *l = eu_line_of(desc);
	irqreturn_t ret = IRQ_NONE;
	bool ran = false;

	raw_spin_lock(&desc->lock);
	if (desc->action && !irqd_irq_disabled(&desc->irq_data)) {
		ret = handle_irq_event(desc);
		ran = true;
	}
	raw_spin_unlock(&desc->lock);

	spin_lock(&eu_line_lock);
	if (!ran)
		l->stats.unhandled++;
	else if (ret == IRQ_NONE)
		l->stats.none++;
	else
		l->stats.handled++;
	spin_unlock(&eu_line_lock);
}

/* The Linux IRQ of board line hw, made on first use (process context). */
static int eu_virq(unsigned int hw)
{
	struct eu_line *l;
	int virq;

	if (hw >= HOST_NR_IRQS)
		return -EINVAL;
	l = &eu_lines[hw];
	mutex_lock(&eu_virq_mutex);
	if (!l->virq) {
		/* above the numbers UML hands its own devices */
		virq = irq_alloc_desc_from(UM_LAST_SIGNAL_IRQ, NUMA_NO_NODE);
		if (virq < 0) {
			mutex_unlock(&eu_virq_mutex);
			pr_err("edma-uml: no IRQ descriptor for line %u: %d\n",
			       hw, virq);
			return virq;
		}
		irq_set_chip_and_handler_name(virq, &dummy_irq_chip, eu_flow,
					      "edma-uml");
		irq_set_chip_data(virq, l);
		irq_modify_status(virq, IRQ_NOREQUEST | IRQ_NOPROBE, 0);
		l->virq = virq;
	}
	mutex_unlock(&eu_virq_mutex);
	return l->virq;
}

void host_irq_raise(unsigned int irq)
{
	unsigned long flags;

	if (WARN_ON_ONCE(irq >= HOST_NR_IRQS))
		return;
	spin_lock_irqsave(&eu_line_lock, flags);
	eu_lines[irq].stats.raised++;
	if (!eu_lines[irq].pending) {
		eu_lines[irq].pending = true;
		eu_nr_pending++;
	}
	spin_unlock_irqrestore(&eu_line_lock, flags);
}

/* A line the interrupt core would take now: requested and not disabled. */
static bool eu_deliverable(const struct eu_line *l)
{
	return l->pending && l->virq && irq_has_action(l->virq) &&
	       !irqd_irq_disabled(irq_get_irq_data(l->virq));
}

/* Claim one deliverable pending line, or NULL. */
static struct eu_line *eu_claim(void)
{
	struct eu_line *found = NULL;
	unsigned long flags;
	unsigned int i;

	spin_lock_irqsave(&eu_line_lock, flags);
	for (i = 0; eu_nr_pending && i < HOST_NR_IRQS; i++) {
		struct eu_line *l = &eu_lines[i];

		if (!eu_deliverable(l))
			continue;
		l->pending = false;
		eu_nr_pending--;
		l->stats.delivered++;
		found = l;
		break;
	}
	spin_unlock_irqrestore(&eu_line_lock, flags);
	return found;
}

/*
 * Take pending interrupts as the CPU would: in hardirq context with
 * interrupts off, one line at a time, until nothing deliverable is left.
 * Nothing happens where the CPU could not take one (interrupts off, or
 * already in interrupt context).
 */
static void eu_deliver(void)
{
	struct eu_line *l;
	unsigned long flags;

	if (irqs_disabled() || in_interrupt())
		return;
	while (READ_ONCE(eu_nr_pending) && (l = eu_claim())) {
		local_irq_save(flags);
		irq_enter();
		generic_handle_irq(l->virq);
		irq_exit();
		local_irq_restore(flags);
	}
}

void host_irq_poll(void)
{
	eu_deliver();
}

bool host_irq_pending(unsigned int irq)
{
	return irq < HOST_NR_IRQS && READ_ONCE(eu_lines[irq].pending);
}

bool host_irq_has_handler(unsigned int irq)
{
	return irq < HOST_NR_IRQS && eu_lines[irq].virq &&
	       irq_has_action(eu_lines[irq].virq);
}

void host_irq_get_stats(unsigned int irq, struct host_irq_stats *st)
{
	unsigned long flags;

	memset(st, 0, sizeof(*st));
	if (irq >= HOST_NR_IRQS)
		return;
	spin_lock_irqsave(&eu_line_lock, flags);
	*st = eu_lines[irq].stats;
	spin_unlock_irqrestore(&eu_line_lock, flags);
}

void host_irq_reset_stats(void)
{
	unsigned long flags;
	unsigned int i;

	spin_lock_irqsave(&eu_line_lock, flags);
	for (i = 0; i < HOST_NR_IRQS; i++)
		memset(&eu_lines[i].stats, 0, sizeof(eu_lines[i].stats));
	spin_unlock_irqrestore(&eu_line_lock, flags);
}

/* Forget every latched edge (a new board starts quiet). */
static void eu_irq_clear_pending(void)
{
	unsigned long flags;
	unsigned int i;

	spin_lock_irqsave(&eu_line_lock, flags);
	for (i = 0; i < HOST_NR_IRQS; i++)
		eu_lines[i].pending = false;
	eu_nr_pending = 0;
	spin_unlock_irqrestore(&eu_line_lock, flags);
}

/* ---- MMIO ------------------------------------------------------------------ */

/* The SoC peripheral space of the DaVinci and Keystone 2 boards. */
#define EU_IOMEM_START	0x01000000UL
#define EU_IOMEM_END	0x03ffffffUL
#define EU_MAX_WINDOWS	64

struct eu_window {
	u32 base, size;
	const struct host_mmio_ops *ops;
	void *ctx;
	struct host_mmio_stats stats;
};

static struct eu_window eu_windows[EU_MAX_WINDOWS];
static DEFINE_SPINLOCK(eu_window_lock);

static struct resource eu_iomem = {
	.name	= "edma-uml board",
	.start	= EU_IOMEM_START,
	.end	= EU_IOMEM_END,
	.flags	= IORESOURCE_MEM,
};
static bool eu_iomem_added;

/* Window holding [addr, addr + len), with eu_window_lock held. */
static struct eu_window *eu_window_at(u32 addr, u32 len)
{
	unsigned int i;

	for (i = 0; i < EU_MAX_WINDOWS; i++) {
		struct eu_window *w = &eu_windows[i];

		if (w->ops && addr >= w->base &&
		    (u64)addr + len <= (u64)w->base + w->size)
			return w;
	}
	return NULL;
}

static u32 eu_read32(struct eu_window *w, u32 off)
{
	w->stats.reads++;
	return w->ops->read32(w->ctx, off);
}

static u8 eu_read8(struct eu_window *w, u32 off)
{
	w->stats.byte_reads++;
	if (w->ops->read8)
		return w->ops->read8(w->ctx, off);
	return w->ops->read32(w->ctx, off & ~3u) >> ((off & 3) * 8);
}

static void eu_write8(struct eu_window *w, u32 off, u8 val)
{
	w->stats.byte_writes++;
	if (w->ops->write8) {
		w->ops->write8(w->ctx, off, val);
	} else {
		unsigned int shift = (off & 3) * 8;
		u32 word = w->ops->read32(w->ctx, off & ~3u);

		word = (word & ~(0xffu << shift)) | (u32)val << shift;
		w->ops->write32(w->ctx, off & ~3u, word);
	}
}

/*
 * host_mmio_set_hook(): called after each 32-bit access a window claimed,
 * outside the window lock (a hook may access registers itself) and before
 * the access's delivery point, as on the shim.
 */
static host_mmio_hook_fn eu_hook;
static void *eu_hook_ctx;

void host_mmio_set_hook(host_mmio_hook_fn fn, void *ctx)
{
	WRITE_ONCE(eu_hook_ctx, ctx);
	smp_store_release(&eu_hook, fn);
}

static void eu_run_hook(u32 addr, u32 val, bool write)
{
	host_mmio_hook_fn fn = smp_load_acquire(&eu_hook);

	if (fn)
		fn(READ_ONCE(eu_hook_ctx), addr, val, write);
}

/* A mapping's private data is the bus address it starts at. */
static unsigned long eu_mmio_read(void *priv, unsigned int offset, int size)
{
	u32 addr = (u32)(uintptr_t)priv + offset;
	unsigned long val = 0, flags;
	struct eu_window *w;
	int i;

	spin_lock_irqsave(&eu_window_lock, flags);
	w = eu_window_at(addr, size);
	if (w) {
		u32 off = addr - w->base;

		if (size == 4 && !(off & 3)) {
			val = eu_read32(w, off);
		} else if (size == 8 && !(off & 3)) {
			val = eu_read32(w, off) |
			      (unsigned long)eu_read32(w, off + 4) << 32;
		} else {
			for (i = 0; i < size; i++)
				val |= (unsigned long)eu_read8(w, off + i) <<
				       (8 * i);
		}
	}
	spin_unlock_irqrestore(&eu_window_lock, flags);
	if (w && size == 4)
		eu_run_hook(addr, val, false);
	eu_deliver();
	return val;
}

static void eu_mmio_write(void *priv, unsigned int offset, int size,
			  unsigned long val)
{
	u32 addr = (u32)(uintptr_t)priv + offset;
	struct eu_window *w;
	unsigned long flags;
	int i;

	spin_lock_irqsave(&eu_window_lock, flags);
	w = eu_window_at(addr, size);
	if (w) {
		u32 off = addr - w->base;

		if (size == 4 && !(off & 3)) {
			w->stats.writes++;
			w->ops->write32(w->ctx, off, val);
		} else if (size == 8 && !(off & 3)) {
			w->stats.writes += 2;
			w->ops->write32(w->ctx, off, val);
			w->ops->write32(w->ctx, off + 4, val >> 32);
		} else {
			for (i = 0; i < size; i++)
				eu_write8(w, off + i, val >> (8 * i));
		}
	}
	spin_unlock_irqrestore(&eu_window_lock, flags);
	if (w && size == 4)
		eu_run_hook(addr, val, true);
	eu_deliver();
}

static const struct logic_iomem_ops eu_mmio_ops = {
	.read	= eu_mmio_read,
	.write	= eu_mmio_write,
};

static long eu_mmio_map(unsigned long offset, size_t size,
			const struct logic_iomem_ops **ops, void **priv)
{
	*ops = &eu_mmio_ops;
	*priv = (void *)(uintptr_t)(EU_IOMEM_START + offset);
	return 0;
}

static const struct logic_iomem_region_ops eu_region_ops = {
	.map	= eu_mmio_map,
};

int host_mmio_register(uint32_t base, uint32_t size,
		       const struct host_mmio_ops *ops, void *ctx)
{
	struct eu_window *free = NULL;
	unsigned long flags;
	unsigned int i;
	int ret = 0;

	if (!size || base < EU_IOMEM_START ||
	    (u64)base + size - 1 > EU_IOMEM_END) {
		pr_err("edma-uml: MMIO window %#x+%#x outside %#lx..%#lx\n",
		       base, size, EU_IOMEM_START, EU_IOMEM_END);
		return -1;
	}
	if (!eu_iomem_added) {
		ret = logic_iomem_add_region(&eu_iomem, &eu_region_ops);
		if (ret) {
			pr_err("edma-uml: logic_iomem region: %d\n", ret);
			return -1;
		}
		eu_iomem_added = true;
	}

	spin_lock_irqsave(&eu_window_lock, flags);
	for (i = 0; i < EU_MAX_WINDOWS; i++) {
		struct eu_window *w = &eu_windows[i];

		if (!w->ops) {
			if (!free)
				free = w;
			continue;
		}
		if ((u64)base < (u64)w->base + w->size &&
		    (u64)w->base < (u64)base + size) {
			ret = -1;
			break;
		}
	}
	if (!ret && free) {
		memset(free, 0, sizeof(*free));
		free->base = base;
		free->size = size;
		free->ctx = ctx;
		free->ops = ops;
	} else {
		ret = -1;
	}
	spin_unlock_irqrestore(&eu_window_lock, flags);
	return ret;
}

int host_mmio_unregister(uint32_t base)
{
	unsigned long flags;
	unsigned int i;
	int ret = -1;

	spin_lock_irqsave(&eu_window_lock, flags);
	for (i = 0; i < EU_MAX_WINDOWS; i++) {
		if (eu_windows[i].ops && eu_windows[i].base == base) {
			eu_windows[i].ops = NULL;
			ret = 0;
			break;
		}
	}
	spin_unlock_irqrestore(&eu_window_lock, flags);
	return ret;
}

int host_mmio_get_stats(uint32_t base, struct host_mmio_stats *st)
{
	unsigned long flags;
	unsigned int i;
	int ret = -1;

	spin_lock_irqsave(&eu_window_lock, flags);
	for (i = 0; i < EU_MAX_WINDOWS; i++) {
		if (eu_windows[i].ops && eu_windows[i].base == base) {
			*st = eu_windows[i].stats;
			ret = 0;
			break;
		}
	}
	spin_unlock_irqrestore(&eu_window_lock, flags);
	return ret;
}

void host_mmio_reset_stats(void)
{
	unsigned long flags;
	unsigned int i;

	spin_lock_irqsave(&eu_window_lock, flags);
	for (i = 0; i < EU_MAX_WINDOWS; i++)
		memset(&eu_windows[i].stats, 0, sizeof(eu_windows[i].stats));
	spin_unlock_irqrestore(&eu_window_lock, flags);
}

/* ---- DMA --------------------------------------------------------------------- */

static struct edma3_bus *eu_bus;
static u8 *eu_arena;
static u32 eu_arena_base, eu_arena_pages;
static unsigned long *eu_arena_map;	/* one bit a page */
static unsigned long eu_coherent_live;
static DEFINE_SPINLOCK(eu_dma_lock);

static void eu_track_start(void);
static void eu_track_stop(void);

int host_dma_init(struct edma3_bus *bus, uint32_t ddr_base,
		  uint32_t ddr_size)
{
	if (eu_bus || !ddr_size)
		return -EBUSY;
	eu_arena_pages = DIV_ROUND_UP(ddr_size, PAGE_SIZE);
	eu_arena = vzalloc((size_t)eu_arena_pages * PAGE_SIZE);
	eu_arena_map = bitmap_zalloc(eu_arena_pages, GFP_KERNEL);
	if (!eu_arena || !eu_arena_map ||
	    edma3_bus_add_ram(bus, ddr_base, ddr_size, eu_arena, "ddr")) {
		vfree(eu_arena);
		bitmap_free(eu_arena_map);
		eu_arena = NULL;
		eu_arena_map = NULL;
		return -ENOMEM;
	}
	eu_bus = bus;
	eu_arena_base = ddr_base;
	eu_coherent_live = 0;
	eu_irq_clear_pending();
	eu_track_start();
	return 0;
}

void host_dma_exit(void)
{
	if (!eu_bus)
		return;
	eu_track_stop();
	edma3_bus_remove(eu_bus, eu_arena_base);
	vfree(eu_arena);
	bitmap_free(eu_arena_map);
	eu_arena = NULL;
	eu_arena_map = NULL;
	eu_bus = NULL;
	eu_irq_clear_pending();
}

struct edma3_bus *host_dma_bus(void)
{
	return eu_bus;
}

void *host_dma_to_virt(uint32_t dma)
{
	return eu_bus ? edma3_bus_to_host(eu_bus, dma, 1) : NULL;
}

size_t host_dma_coherent_live(void)
{
	return eu_coherent_live;
}

size_t host_dma_mappings_live(void)
{
	return 0;
}

void *edma_uml_dma_alloc(struct device *dev, size_t size,
			 dma_addr_t *dma_handle, gfp_t gfp)
{
	unsigned int pages = DIV_ROUND_UP(size, PAGE_SIZE);
	unsigned long first, flags;
	void *cpu = NULL;

	if (!size)
		return NULL;
	spin_lock_irqsave(&eu_dma_lock, flags);
	if (eu_arena) {
		first = bitmap_find_next_zero_area(eu_arena_map,
						   eu_arena_pages, 0, pages, 0);
		if (first < eu_arena_pages) {
			bitmap_set(eu_arena_map, first, pages);
			cpu = eu_arena + first * PAGE_SIZE;
			*dma_handle = eu_arena_base + first * PAGE_SIZE;
			eu_coherent_live++;
		}
	}
	spin_unlock_irqrestore(&eu_dma_lock, flags);
	if (cpu)
		memset(cpu, 0, pages * PAGE_SIZE);
	return cpu;
}

void edma_uml_dma_free(struct device *dev, size_t size, void *cpu_addr,
		       dma_addr_t dma_handle)
{
	unsigned int pages = DIV_ROUND_UP(size, PAGE_SIZE);
	unsigned long flags;
	u8 *p = cpu_addr;

	if (!cpu_addr)
		return;
	spin_lock_irqsave(&eu_dma_lock, flags);
	if (!WARN_ON(!eu_arena || p < eu_arena ||
		     p >= eu_arena + (size_t)eu_arena_pages * PAGE_SIZE)) {
		bitmap_clear(eu_arena_map, (p - eu_arena) / PAGE_SIZE, pages);
		eu_coherent_live--;
	}
	spin_unlock_irqrestore(&eu_dma_lock, flags);
}

/* dmam_alloc_coherent(): the arena's pages, given back on unbind */
struct eu_dmam {
	size_t size;
	void *cpu;
	dma_addr_t dma;
};

static void eu_dmam_release(struct device *dev, void *res)
{
	struct eu_dmam *d = res;

	edma_uml_dma_free(dev, d->size, d->cpu, d->dma);
}

void *edma_uml_dmam_alloc(struct device *dev, size_t size,
			  dma_addr_t *dma_handle, gfp_t gfp)
{
	struct eu_dmam *d;

	d = devres_alloc(eu_dmam_release, sizeof(*d), gfp);
	if (!d)
		return NULL;
	d->cpu = edma_uml_dma_alloc(dev, size, &d->dma, gfp);
	if (!d->cpu) {
		devres_free(d);
		return NULL;
	}
	d->size = size;
	*dma_handle = d->dma;
	devres_add(dev, d);
	return d->cpu;
}

/* ---- platform bus ------------------------------------------------------------ */

/*
 * Platform devices registered while a board exists, newest first: they
 * are the board's (the SoC helpers' and the cases'), and the board's
 * teardown unregisters them.  UML's own devices predate every board.
 */
struct eu_dev {
	struct list_head node;
	struct platform_device *pdev;
};

static LIST_HEAD(eu_devs);
static DEFINE_MUTEX(eu_dev_mutex);
static bool eu_tracking;

/* Board line numbers in IRQ resources become Linux IRQ numbers. */
static void eu_translate_irqs(struct platform_device *pdev)
{
	unsigned int i;

	for (i = 0; i < pdev->num_resources; i++) {
		struct resource *r = &pdev->resource[i];
		int virq;

		if (resource_type(r) != IORESOURCE_IRQ)
			continue;
		virq = eu_virq(r->start);
		if (virq < 0) {
			dev_err(&pdev->dev, "edma-uml: IRQ %llu not a line\n",
				(unsigned long long)r->start);
			continue;
		}
		r->start = virq;
		r->end = virq;
	}
}

static int eu_platform_notify(struct notifier_block *nb,
			      unsigned long action, void *data)
{
	struct platform_device *pdev = to_platform_device(data);
	struct eu_dev *d, *tmp;

	mutex_lock(&eu_dev_mutex);
	if (action == BUS_NOTIFY_ADD_DEVICE && eu_tracking) {
		d = kzalloc(sizeof(*d), GFP_KERNEL);
		if (d) {
			d->pdev = pdev;
			list_add(&d->node, &eu_devs);
		}
		eu_translate_irqs(pdev);
	} else if (action == BUS_NOTIFY_DEL_DEVICE) {
		list_for_each_entry_safe(d, tmp, &eu_devs, node) {
			if (d->pdev == pdev) {
				list_del(&d->node);
				kfree(d);
			}
		}
	}
	mutex_unlock(&eu_dev_mutex);
	return NOTIFY_DONE;
}

static struct notifier_block eu_platform_nb = {
	.notifier_call = eu_platform_notify,
};

static void eu_track_start(void)
{
	mutex_lock(&eu_dev_mutex);
	eu_tracking = true;
	mutex_unlock(&eu_dev_mutex);
}

static void eu_track_stop(void)
{
	host_platform_unregister_all();
	mutex_lock(&eu_dev_mutex);
	eu_tracking = false;
	mutex_unlock(&eu_dev_mutex);
}

int host_run_initcalls(void)
{
	/* the library's driver registered itself at arch_initcall */
	return 0;
}

void host_run_exitcalls(void)
{
}

void host_run_deferred_probes(void)
{
	driver_deferred_probe_trigger();
	wait_for_device_probe();
}

static int eu_count_deferred(struct device *dev, void *data)
{
	unsigned int *n = data;

	if (!dev->driver && dev->p && !list_empty(&dev->p->deferred_probe))
		(*n)++;
	return 0;
}

unsigned int host_deferred_count(void)
{
	unsigned int n = 0;

	wait_for_device_probe();
	bus_for_each_dev(&platform_bus_type, NULL, &n, eu_count_deferred);
	return n;
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
	struct eu_dev *d;

	for (;;) {
		mutex_lock(&eu_dev_mutex);
		d = list_first_entry_or_null(&eu_devs, struct eu_dev, node);
		if (d) {
			list_del(&d->node);
			pdev = d->pdev;
			kfree(d);
		}
		mutex_unlock(&eu_dev_mutex);
		if (!d)
			break;
		platform_device_unregister(pdev);
	}
}

struct platform_device *host_platform_find_device(const char *name)
{
	struct device *dev;

	dev = bus_find_device_by_name(&platform_bus_type, NULL, name);
	if (!dev)
		return NULL;
	put_device(dev);	/* still registered: the board holds it */
	return to_platform_device(dev);
}

/*
 * System sleep over the board's bound devices, as the shim runs it: the
 * drivers' dev_pm_ops called directly, phase by phase (suspend,
 * suspend_late, suspend_noirq), newest device first; resume in the
 * reverse order.  The PM core's own suspend cannot be entered from a test.
 */
typedef int (*eu_pm_cb)(struct device *dev);

static eu_pm_cb eu_pm_phase(const struct dev_pm_ops *pm, int phase,
			    bool resume)
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

static int eu_pm_run(struct eu_dev *d, int phase, bool resume)
{
	struct device *dev = &d->pdev->dev;
	eu_pm_cb cb;

	if (!dev->driver || !dev->driver->pm)
		return 0;
	cb = eu_pm_phase(dev->driver->pm, phase, resume);
	return cb ? cb(dev) : 0;
}

static int eu_pm_phase_run(int phase, bool resume)
{
	struct eu_dev *d;
	int ret = 0;

	mutex_lock(&eu_dev_mutex);
	/* eu_devs is newest first */
	if (!resume) {
		list_for_each_entry(d, &eu_devs, node) {
			ret = eu_pm_run(d, phase, false);
			if (ret)
				break;
		}
	} else {
		list_for_each_entry_reverse(d, &eu_devs, node) {
			ret = eu_pm_run(d, phase, true);
			if (ret)
				break;
		}
	}
	mutex_unlock(&eu_dev_mutex);
	return ret;
}

int host_pm_suspend(void)
{
	int phase, ret;

	for (phase = 0; phase < 3; phase++) {
		ret = eu_pm_phase_run(phase, false);
		if (ret)
			return ret;
	}
	return 0;
}

int host_pm_resume(void)
{
	int phase, ret;

	for (phase = 2; phase >= 0; phase--) {
		ret = eu_pm_phase_run(phase, true);
		if (ret)
			return ret;
	}
	return 0;
}

/* ---- device tree: not in this harness ----------------------------------------- */

int host_of_load_dtb(const void *blob)
{
	return -EOPNOTSUPP;
}

int host_of_load_dtb_file(const char *path)
{
	return -EOPNOTSUPP;
}

int host_of_load_dts_file(const char *path)
{
	return -EOPNOTSUPP;
}

int host_of_platform_populate(void)
{
	return -EOPNOTSUPP;
}

void host_of_unload(void)
{
}

struct device_node *host_of_root(void)
{
	return NULL;
}

/* ---- time: the kernel's own ---------------------------------------------- */

unsigned long long host_time_ns(void)
{
	return ktime_get_ns();
}

/*
 * The shim's clock only moves when a test moves it, so a case can check
 * that a 50 us hrtimer has not fired after 20 us and has after 60 us.
 * Here the ring's hrtimers run on real kernel time: a sleep cannot promise
 * "not yet", so a case that steps the clock is skipped, from the test's
 * own thread (kunit_skip() unwinds it like a failed assertion).
 */
void host_time_advance_ns(unsigned long long ns)
{
	struct kunit *test = current->kunit_test;

	if (test)
		kunit_skip(test, "steps the shim's simulated clock: the UML kernel's hrtimers run on real time");
}

/* ---- state --------------------------------------------------------------------- */

void host_reset(void)
{
	host_mmio_set_hook(NULL, NULL);
	host_irq_reset_stats();
	host_mmio_reset_stats();
}

void host_add_reset_hook(void (*fn)(void))
{
}

void host_cpu_reset(void)
{
}

static int __init edma_uml_harness_init(void)
{
	return bus_register_notifier(&platform_bus_type, &eu_platform_nb);
}
core_initcall(edma_uml_harness_init);
