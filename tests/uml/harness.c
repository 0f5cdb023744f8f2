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
 *  - Time: the kernel's clock and hrtimers, in UML's time-travel mode
 *    (inf-cpu), where host_time_advance_ns() is a delay that takes no
 *    real time.
 *  - Device trees: the kernel's OF code on linked-in blobs (below).
 *  - Fault injection: failslab and the task's fail_nth for allocations,
 *    the lines' irqchip for interrupt requests (host_can_fail()).
 *  - What a real kernel cannot do is reported by host_can(): no kmalloc
 *    accounting, a WARN is a splat the run fails on, so it is never
 *    provoked on purpose, no second CPU to hold inside the interrupt
 *    path (6.1's UML has one CPU and no preemption), and a line's
 *    handlers are counted by their combined return value.
 */
#include <kunit/test.h>
#include <linux/bitmap.h>
#include <linux/device.h>
#include <linux/hardirq.h>
#include <linux/debugfs.h>
#include <linux/dma-direct.h>
#include <linux/dma-mapping.h>
#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/ioport.h>
#include <linux/irq.h>
#include <linux/irqdesc.h>
#include <linux/irqdomain.h>
#include <linux/libfdt.h>
#include <linux/list.h>
#include <linux/logic_iomem.h>
#include <linux/mutex.h>
#include <linux/of.h>
#include <linux/of_fdt.h>
#include <linux/of_irq.h>
#include <linux/of_platform.h>
#include <linux/platform_device.h>
#include <linux/pm_domain.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/time-internal.h>
#include <linux/timekeeping.h>
#include <linux/vmalloc.h>
#include <as-layout.h>

#include "edma3_bus.h"
#include "edma_uml_dma.h"
#include "edma_uml_net.h"
#include "host.h"

/* driver core and OF internals a built-in harness may use */
#include "drivers/base/base.h"
#include "drivers/of/of_private.h"

/*
 * kernel/irq/handle.c: runs the actions of a descriptor whose lock is
 * held and returns what they said.  Its header (kernel/irq/internals.h)
 * poisons the status flag names, so it is declared here.
 */
irqreturn_t handle_irq_event(struct irq_desc *desc);

/* ---- capabilities ------------------------------------------------------ */

bool host_can(enum host_cap cap)
{
	return cap == HOST_CAP_OF;
}

/* Not counted here: no hook on every spinlock (HOST_CAP_CALL_COUNTS). */
uint64_t host_lock_count(void)
{
	return 0;
}

unsigned int host_warn_count(void)
{
	/* every WARN is in the log, and the runner fails on it */
	return 0;
}

/*
 * Fault injection as a kernel has it: with failslab built, a task's
 * fail_nth (what /proc/self/fail-nth sets) fails the nth slab allocation
 * that task makes from then on, the driver core's around a probe
 * included.  failslab leaves alone allocations that may sleep and dumps a
 * stack for each failure by default; both are turned off through its
 * debugfs attributes before each walk.
 *
 * An interrupt request fails where a kernel lets it: the lines' chip
 * (eu_irq_chip) refuses to hand out the nth line the armed task requests,
 * as an irqchip's irq_request_resources() does for a line it cannot give
 * (__setup_irq() asks it for a line's first handler).  There is no
 * injection point for ioremap (logic_iomem WARNs when a region refuses a
 * mapping) or resource lookups.
 *
 * A debugfs attribute file's inode holds the value it stands for
 * (debugfs_create_bool(), the fault attributes' unsigned longs): set it
 * as a write to the file would.  Kernel writes to these files are
 * refused (they have no write_iter).
 */
static void *eu_debugfs_value(const char *dir, const char *name)
{
	struct dentry *d = debugfs_lookup(dir, NULL), *f = NULL;
	void *val = NULL;

	if (d)
		f = debugfs_lookup(name, d);
	if (f)
		val = d_inode(f)->i_private;
	dput(f);
	dput(d);
	return val;
}

static int eu_failslab_setup(void)
{
	bool *ignore_reclaim = eu_debugfs_value("failslab", "ignore-gfp-wait");
	unsigned long *verbose = eu_debugfs_value("failslab", "verbose");

	if (!ignore_reclaim || !verbose) {
		pr_err("edma-uml: no failslab attributes in debugfs\n");
		return -ENODEV;
	}
	WRITE_ONCE(*ignore_reclaim, false);
	WRITE_ONCE(*verbose, 0);
	return 0;
}

/*
 * The armed interrupt-request fault: the task that armed it and how many
 * of its requests are left before the failing one (0: none armed).  Only
 * that task reads or writes it.
 */
static struct {
	struct task_struct *task;
	unsigned int left;
} eu_irq_fault;

/* Does this request by the current task fail? */
static bool eu_irq_fault_hit(void)
{
	if (!eu_irq_fault.left || eu_irq_fault.task != current)
		return false;
	return --eu_irq_fault.left == 0;
}

bool host_can_fail(enum host_fault kind)
{
	return (IS_ENABLED(CONFIG_FAILSLAB) && kind == HOST_FAULT_ALLOC) ||
	       kind == HOST_FAULT_IRQ;
}

void host_fail_inject(enum host_fault kind, unsigned int nth)
{
	if (kind == HOST_FAULT_IRQ) {
		eu_irq_fault.task = current;
		eu_irq_fault.left = nth;
		return;
	}
#ifdef CONFIG_FAULT_INJECTION
	if (!host_can_fail(kind) || eu_failslab_setup())
		return;
	WRITE_ONCE(current->fail_nth, nth);
#endif
}

void host_fail_clear(void)
{
	eu_irq_fault.left = 0;
	eu_irq_fault.task = NULL;
#ifdef CONFIG_FAULT_INJECTION
	WRITE_ONCE(current->fail_nth, 0);
#endif
}

/* Not counted: fail_nth counts down and stops at the failure. */
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

/*
 * Every line is a mapping of one linear domain, so a device tree's
 * "interrupts" resolve through the kernel's own OF code (of_irq_get(),
 * irq_create_of_mapping()) to the same descriptor a board's IRQ resource
 * gets.  The domain claims every interrupt controller of the loaded tree
 * (eu_dom_match()): the shim's flat numbering, one or two cells are the
 * line, three cells are a GIC specifier (SPI n is line n + 32, PPI n is
 * line n + 16).
 */
static struct irq_domain *eu_domain;
static bool eu_of_loaded;
static bool eu_tracking;
/*
 * Lines mapped for a board or a tree, under eu_virq_mutex: UML has 64
 * descriptors for us, so they go back when the board or tree goes
 * (eu_unmap_idle_lines()).
 */
static DECLARE_BITMAP(eu_board_lines, HOST_NR_IRQS);
static DECLARE_BITMAP(eu_of_lines, HOST_NR_IRQS);

/*
 * The lines' chip: nothing to mask or acknowledge (eu_flow() and the
 * pending latch do that), and a resource request that refuses the line
 * when host_fail_inject(HOST_FAULT_IRQ, n) says so.
 */
static void eu_irq_noop(struct irq_data *d)
{
}

static unsigned int eu_irq_startup(struct irq_data *d)
{
	return 0;
}

static int eu_irq_request_resources(struct irq_data *d)
{
	return eu_irq_fault_hit() ? -EBUSY : 0;
}

static struct irq_chip eu_irq_chip = {
	.name			= "edma-uml",
	.irq_startup		= eu_irq_startup,
	.irq_shutdown		= eu_irq_noop,
	.irq_enable		= eu_irq_noop,
	.irq_disable		= eu_irq_noop,
	.irq_ack		= eu_irq_noop,
	.irq_mask		= eu_irq_noop,
	.irq_unmask		= eu_irq_noop,
	.irq_request_resources	= eu_irq_request_resources,
	.flags			= IRQCHIP_SKIP_SET_WAKE,
};

static int eu_dom_map(struct irq_domain *d, unsigned int virq,
		      irq_hw_number_t hw)
{
	irq_set_chip_and_handler_name(virq, &eu_irq_chip, eu_flow,
				      "edma-uml");
	irq_set_chip_data(virq, &eu_lines[hw]);
	irq_modify_status(virq, IRQ_NOREQUEST | IRQ_NOPROBE, 0);
	return 0;
}

static int eu_spec_to_line(const u32 *spec, unsigned int size,
			   irq_hw_number_t *hw)
{
	if (size < 1)
		return -EINVAL;
	if (size < 3)
		*hw = spec[0];
	else
		*hw = spec[1] + (spec[0] == 1 ? 16 : 32);
	return *hw < HOST_NR_IRQS ? 0 : -EINVAL;
}

/* Only lines already mapped (eu_of_map_lines(), a board's resources). */
static int eu_dom_xlate(struct irq_domain *d, struct device_node *ctrlr,
			const u32 *spec, unsigned int size,
			irq_hw_number_t *hw, unsigned int *type)
{
	int ret = eu_spec_to_line(spec, size, hw);

	*type = IRQ_TYPE_NONE;
	if (!ret && !READ_ONCE(eu_lines[*hw].virq))
		ret = -ENXIO;
	return ret;
}

static int eu_dom_match(struct irq_domain *d, struct device_node *np,
			enum irq_domain_bus_token bus)
{
	return np && READ_ONCE(eu_of_loaded) &&
	       of_property_read_bool(np, "interrupt-controller");
}

static const struct irq_domain_ops eu_dom_ops = {
	.map	= eu_dom_map,
	.xlate	= eu_dom_xlate,
	.match	= eu_dom_match,
};

/* The Linux IRQ of board line hw, made on first use (process context). */
static int eu_virq(unsigned int hw)
{
	struct eu_line *l;
	int virq, ret;

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
		ret = irq_domain_associate(eu_domain, virq, hw);
		if (ret) {
			irq_free_desc(virq);
			mutex_unlock(&eu_virq_mutex);
			return ret;
		}
		l->virq = virq;
		if (eu_of_loaded)
			__set_bit(hw, eu_of_lines);
		else if (READ_ONCE(eu_tracking))
			__set_bit(hw, eu_board_lines);
	}
	mutex_unlock(&eu_virq_mutex);
	return l->virq;
}

/* Give back the descriptors of the lines in map nobody has requested. */
static void eu_unmap_idle_lines(unsigned long *map)
{
	unsigned int hw;

	mutex_lock(&eu_virq_mutex);
	for_each_set_bit(hw, map, HOST_NR_IRQS) {
		struct eu_line *l = &eu_lines[hw];

		if (l->virq && !irq_has_action(l->virq) &&
		    !READ_ONCE(l->pending)) {
			irq_dispose_mapping(l->virq);
			l->virq = 0;
		}
		__clear_bit(hw, map);
	}
	mutex_unlock(&eu_virq_mutex);
}

int host_irq_linux(unsigned int line)
{
	return eu_virq(line);
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

/*
 * The SoC peripheral space of the DaVinci and Keystone 2 boards, up to
 * the L4 interconnects of the AM33xx, AM437x and DRA7 trees.
 */
#define EU_IOMEM_START	0x01000000UL
#define EU_IOMEM_END	0x4fffffffUL
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

	eu_net_before_write();
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
/* kernel memory on eu_bus, for host_dma_attach() */
#define EU_BUS_UML	0x40000000u
static bool eu_uml_on_bus;
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
	/* a new board, a new case: the shim resets its counters between cases */
	host_irq_reset_stats();
	eu_track_start();
	return 0;
}

void host_dma_exit(void)
{
	if (!eu_bus)
		return;
	eu_track_stop();
	if (eu_uml_on_bus)
		edma3_bus_remove(eu_bus, EU_BUS_UML);
	eu_uml_on_bus = false;
	edma3_bus_remove(eu_bus, eu_arena_base);
	vfree(eu_arena);
	bitmap_free(eu_arena_map);
	eu_arena = NULL;
	eu_arena_map = NULL;
	eu_bus = NULL;
	eu_irq_clear_pending();
}

/*
 * Kernel memory on the board's bus for streaming DMA: from uml_reserved
 * to high_physmem (what the page allocator hands out, skbs included) as
 * the RAM window "uml" at EU_BUS_UML, added once per board, and the
 * device's range map saying so, as a device tree's dma-ranges would.  The
 * driver core frees the map when the driver unbinds.
 */
int host_dma_attach(struct device *dev)
{
	phys_addr_t start = __pa(uml_reserved);
	u64 size = high_physmem - uml_reserved;
	struct bus_dma_region *map;
	int ret;

	if (!eu_bus || dev->dma_range_map)
		return -EINVAL;
	/* below 0x80000000, where the SoCs' shared RAMs start */
	if (size > SZ_1G)
		return -E2BIG;
	if (!eu_uml_on_bus) {
		if (edma3_bus_add_ram(eu_bus, EU_BUS_UML, size,
				      (void *)uml_reserved, "uml"))
			return -EBUSY;
		eu_uml_on_bus = true;
	}
	/* one region and the empty one that ends the map */
	map = kcalloc(2, sizeof(*map), GFP_KERNEL);
	if (!map)
		return -ENOMEM;
	map[0].cpu_start = start;
	map[0].dma_start = EU_BUS_UML;
	map[0].size = size;
	map[0].offset = start - EU_BUS_UML;
	ret = dma_coerce_mask_and_coherent(dev, DMA_BIT_MASK(32));
	if (ret) {
		kfree(map);
		return ret;
	}
	dev->dma_range_map = map;
	return 0;
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
		/* not a fault-injection target: every device is tracked */
		d = kzalloc(sizeof(*d), GFP_KERNEL | __GFP_NOFAIL);
		d->pdev = pdev;
		list_add(&d->node, &eu_devs);
		/* a tree's devices come with their lines mapped */
		if (!pdev->dev.of_node)
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
	eu_unmap_idle_lines(eu_board_lines);
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

/* ---- device tree: the kernel's own OF code ------------------------------ */

/*
 * A tree is unflattened with of_fdt_unflatten_tree() and becomes of_root,
 * as if the kernel had booted with it (this UML boots without one), with
 * its aliases scanned as at boot.  The harness domain stands for its
 * interrupt controllers (eu_dom_match()).
 * Populate is of_platform_populate() with the default bus table; the
 * kernel's simple-pm-bus driver populates its buses when it binds, and
 * the harness plays ti-sysc, which this kernel does not have, for the
 * target modules of the OMAP-class trees.  Nor has it the PSC, clock or
 * pinmux drivers the trees name as suppliers, hence
 * fw_devlink=permissive on the command line.
 *
 * The blobs are linked in (uml/dtbs.S, generated by run-kunit.sh): the
 * .dts files of tests/dts compiled by dtc, and the 6.1 DTBs of 'make
 * realdt-dtbs'.  A path names its blob by its base name.
 */
struct eu_blob {
	const char *name;
	const void *data;
	unsigned long size;
};

extern const struct eu_blob edma_uml_dtbs[];

static void *eu_of_blob;	/* the copy the tree's properties point into */
static void *eu_of_mem;		/* the unflattened nodes */

static const struct of_device_id eu_of_buses[] = {
	{ .compatible = "simple-bus", },
	{ .compatible = "simple-mfd", },
	{ .compatible = "ti,sysc", },
	{}
};

static const struct eu_blob *eu_blob_of(const char *path)
{
	const char *base = strrchr(path, '/');
	const struct eu_blob *b;
	size_t len;

	base = base ? base + 1 : path;
	len = strcspn(base, ".");
	for (b = edma_uml_dtbs; b->name; b++)
		if (strlen(b->name) == len && !strncmp(b->name, base, len))
			return b;
	return NULL;
}

bool edma_uml_file_exists(const char *path)
{
	return eu_blob_of(path);
}

/*
 * The power domains a tree names ("power-domains" = <&psc0 N>): what the
 * SoC's PSC or TI-SCI driver registers on a real board, here one
 * always-on genpd per provider node, whatever the cells say.
 */
struct eu_pd {
	struct list_head node;
	struct device_node *np;
	struct generic_pm_domain genpd;
	struct generic_pm_domain *domains[1];
	struct genpd_onecell_data data;
};

static LIST_HEAD(eu_pds);	/* the loaded tree's; load and unload only */

/*
 * genpd's device is never added; pm_genpd_remove() drops the one reference
 * and still reads the genpd after, so eu_of_remove_pds() frees it.
 */
static void eu_pd_dev_release(struct device *dev)
{
}

static struct generic_pm_domain *eu_pd_xlate(struct of_phandle_args *spec,
					     void *data)
{
	struct genpd_onecell_data *d = data;

	return d->domains[0];
}

static int eu_of_add_pds(void)
{
	struct device_node *np;
	struct eu_pd *pd;
	int ret;

	for_each_of_allnodes(np) {
		if (!of_find_property(np, "#power-domain-cells", NULL))
			continue;
		pd = kzalloc(sizeof(*pd), GFP_KERNEL);
		if (!pd)
			return -ENOMEM;
		pd->np = np;
		pd->genpd.name = of_node_full_name(np);
		ret = pm_genpd_init(&pd->genpd, NULL, false);
		if (ret) {
			kfree(pd);
			return ret;
		}
		pd->genpd.dev.release = eu_pd_dev_release;
		pd->domains[0] = &pd->genpd;
		pd->data.domains = pd->domains;
		pd->data.num_domains = 1;
		pd->data.xlate = eu_pd_xlate;
		list_add(&pd->node, &eu_pds);
		ret = of_genpd_add_provider_onecell(np, &pd->data);
		if (ret)
			return ret;
	}
	return 0;
}

static void eu_of_remove_pds(void)
{
	struct eu_pd *pd, *tmp;

	list_for_each_entry_safe(pd, tmp, &eu_pds, node) {
		of_genpd_del_provider(pd->np);
		list_del(&pd->node);
		if (pm_genpd_remove(&pd->genpd)) {
			/* a device still in it: leak rather than free */
			pr_err("edma-uml: power domain %s still in use\n",
			       pd->genpd.name);
			continue;
		}
		kfree(pd);
	}
}

/*
 * The tree in /sys/firmware/devicetree/base, as of_core_init() puts a
 * boot tree there; a node's sysfs reference and its first one are
 * dropped at unload, when every device is gone: a node still referenced
 * then is a leaked of_node_get().
 */
static void eu_of_attach_sysfs(struct device_node *np)
{
	struct device_node *child;

	__of_attach_node_sysfs(np);
	for (child = np->child; child; child = child->sibling)
		eu_of_attach_sysfs(child);
}

static void eu_of_release_nodes(struct device_node *np)
{
	struct device_node *child;

	for (child = np->child; child; child = child->sibling)
		eu_of_release_nodes(child);
	__of_detach_node_sysfs(np);
	of_node_set_flag(np, OF_DETACHED);
	if (kref_read(&np->kobj.kref) != 1)
		pr_err("edma-uml: %pOF still has %u references\n", np,
		       kref_read(&np->kobj.kref) - 1);
	of_node_put(np);
}

static void *eu_alias_alloc(u64 size, u64 align)
{
	return kzalloc(size, GFP_KERNEL);
}

/*
 * Map the lines of the tree's EDMA3 CCs and TCs, the lines the model
 * raises.  UML leaves the harness 64 descriptors, fewer than a whole
 * SoC's lines: the lines of the other devices stay unmapped
 * (eu_dom_xlate() refuses them), as if their interrupt controller had
 * not routed them.
 */
static const struct of_device_id eu_of_edma_ids[] = {
	{ .compatible = "ti,edma3-tpcc", },
	{ .compatible = "ti,edma3-tptc", },
	{ .compatible = "ti,edma3", },		/* the 3.8-3.10 binding */
	{}
};

static int eu_of_map_lines(void)
{
	struct device_node *np;
	int i, n, line, ret;

	for_each_of_allnodes(np) {
		if (!of_match_node(eu_of_edma_ids, np))
			continue;
		n = of_irq_count(np);
		for (i = 0; i < n; i++) {
			line = host_of_irq_line(np, i);
			if (line < 0)
				continue;
			ret = eu_virq(line);
			if (ret < 0)
				return ret;
		}
	}
	return 0;
}

int host_of_load_dtb(const void *blob)
{
	struct device_node *root = NULL;
	int ret;

	if (eu_of_blob || of_root)
		return -EBUSY;
	if (fdt_check_header(blob))
		return -EINVAL;
	eu_of_blob = kmemdup(blob, fdt_totalsize(blob), GFP_KERNEL);
	if (!eu_of_blob)
		return -ENOMEM;
	eu_of_mem = of_fdt_unflatten_tree(eu_of_blob, NULL, &root);
	if (!eu_of_mem || !root) {
		host_of_unload();
		return -EINVAL;
	}
	mutex_lock(&of_mutex);
	of_root = root;
	of_alias_scan(eu_alias_alloc);
	eu_of_attach_sysfs(root);
	mutex_unlock(&of_mutex);
	WRITE_ONCE(eu_of_loaded, true);
	ret = eu_of_map_lines();
	if (!ret)
		ret = eu_of_add_pds();
	if (ret)
		host_of_unload();
	return ret;
}

int host_of_load_dtb_file(const char *path)
{
	const struct eu_blob *b = eu_blob_of(path);

	return b ? host_of_load_dtb(b->data) : -ENOENT;
}

int host_of_load_dts_file(const char *path)
{
	return host_of_load_dtb_file(path);
}

/*
 * ti-sysc's part: it populates a target module's children when it
 * probes.  Nodes come parent first, so a module inside a module has its
 * device by the time it is reached.
 */
static int eu_of_populate_modules(void)
{
	struct platform_device *pdev;
	struct device_node *np;
	int ret = 0;

	for_each_of_allnodes(np) {
		if (!of_device_is_compatible(np, "ti,sysc") ||
		    of_node_check_flag(np, OF_POPULATED_BUS))
			continue;
		pdev = of_find_device_by_node(np);
		if (!pdev)
			continue;
		ret = of_platform_populate(np, eu_of_buses, NULL, &pdev->dev);
		put_device(&pdev->dev);
		if (ret)
			break;
	}
	return ret;
}

int host_of_platform_populate(void)
{
	int ret;

	if (!of_root)
		return -ENOENT;
	ret = of_platform_populate(of_root, eu_of_buses, NULL, NULL);
	if (!ret)
		ret = eu_of_populate_modules();
	/* as after boot: what deferred has been retried */
	wait_for_device_probe();
	return ret;
}

/* Unregister what populate made, newest first, children before parents. */
static void eu_of_depopulate(struct device_node *bus)
{
	struct platform_device *pdev;
	struct device_node *np;

	for_each_child_of_node(bus, np) {
		if (!of_node_check_flag(np, OF_POPULATED))
			continue;
		pdev = of_find_device_by_node(np);
		if (!pdev)
			continue;
		of_platform_device_destroy(&pdev->dev, NULL);
		put_device(&pdev->dev);
	}
}

void host_of_unload(void)
{
	struct alias_prop *ap, *tmp;
	struct device_node *np, *root;
	unsigned long flags;

	if (of_root)
		eu_of_depopulate(of_root);
	/* fw_devlink's links hold devices, and so nodes, until released */
	device_link_wait_removal();
	eu_of_remove_pds();
	eu_unmap_idle_lines(eu_of_lines);
	WRITE_ONCE(eu_of_loaded, false);

	/* what of_alias_scan() took */
	mutex_lock(&of_mutex);
	list_for_each_entry_safe(ap, tmp, &aliases_lookup, link) {
		list_del(&ap->link);
		of_node_put(ap->np);
		kfree(ap);
	}
	of_node_put(of_chosen);
	of_node_put(of_aliases);
	of_node_put(of_stdout);
	root = of_root;
	raw_spin_lock_irqsave(&devtree_lock, flags);
	for_each_of_allnodes(np)
		if (np->phandle)
			__of_phandle_cache_inv_entry(np->phandle);
	of_root = NULL;
	of_chosen = NULL;
	of_aliases = NULL;
	of_stdout = NULL;
	raw_spin_unlock_irqrestore(&devtree_lock, flags);
	if (root)
		eu_of_release_nodes(root);
	mutex_unlock(&of_mutex);

	kfree(eu_of_mem);
	eu_of_mem = NULL;
	kfree(eu_of_blob);
	eu_of_blob = NULL;
}

struct device_node *host_of_root(void)
{
	return of_root;
}

int host_of_irq_line(struct device_node *np, int index)
{
	struct of_phandle_args args;
	irq_hw_number_t hw;
	int ret;

	ret = of_irq_parse_one(np, index, &args);
	if (ret)
		return ret;
	of_node_put(args.np);
	ret = eu_spec_to_line(args.args, args.args_count, &hw);
	return ret ? ret : hw;
}

/* ---- time: the kernel's own, in time-travel mode ------------------------- */

unsigned long long host_time_ns(void)
{
	return ktime_get_ns();
}

/*
 * The shim's clock only moves when a test moves it, so a case can check
 * that a 50 us hrtimer has not fired after 20 us and has after 60 us, or
 * that a TR the model's TC holds for 41 us is still there after 10.
 * The kernel is booted with time-travel=inf-cpu (run-kunit.sh): its clock
 * stands still while code runs and moves only when the CPU idles or
 * delays, udelay() and ndelay() included, firing each timer on its due
 * time.  So the library's udelay() polls and the board's hrtimers see
 * the same time as the case that steps it here.  Without that mode, a
 * case that steps the clock is skipped from the test's own thread
 * (kunit_skip() unwinds it like a failed assertion).
 */
void host_time_advance_ns(unsigned long long ns)
{
	struct kunit *test = current->kunit_test;

	if (time_travel_mode == TT_MODE_INFCPU)
		time_travel_ndelay(ns);	/* UML is 64-bit: an unsigned long */
	else if (test)
		kunit_skip(test, "steps the clock: needs time-travel=inf-cpu");
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
	struct fwnode_handle *fwnode;

	fwnode = irq_domain_alloc_named_fwnode("edma-uml");
	if (!fwnode)
		return -ENOMEM;
	eu_domain = irq_domain_create_linear(fwnode, HOST_NR_IRQS, &eu_dom_ops,
					     NULL);
	if (!eu_domain) {
		irq_domain_free_fwnode(fwnode);
		return -ENOMEM;
	}
	return bus_register_notifier(&platform_bus_type, &eu_platform_nb);
}
core_initcall(edma_uml_harness_init);
