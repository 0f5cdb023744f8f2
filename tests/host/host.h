/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Host-side control of the kernel-API shim: what the harness and the tests
 * use to drive the simulated CPU, interrupt controller, MMIO, DMA, platform
 * bus and device tree.  Plain C types only, so it can be included next to
 * either the shim's linux/ headers or the C library's headers.
 */
#ifndef _TESTS_HOST_HOST_H
#define _TESTS_HOST_HOST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

struct edma3_bus;
struct device;
struct device_node;
struct platform_device;
struct resource;

/* ---- global state ------------------------------------------------------ */

/*
 * Reset what tests expect fresh: WARN counter and WARN_ONCE state, fault
 * injection, IRQ counters and pending edges, the calling thread's CPU state
 * (IRQs on, not in hardirq).  The KUnit runner calls it before every case.
 * Extra hooks (e.g. from the harness) run after the shim's own reset.
 */
void host_reset(void);
void host_add_reset_hook(void (*fn)(void));

unsigned int host_warn_count(void);	/* WARN*() fired since reset */

/*
 * What the harness behind this header can do.  The host shim can do all
 * of it; the harness that runs the suites inside a User-Mode-Linux kernel
 * (tests/uml) fails allocations and interrupt requests only
 * (host_can_fail()), cannot count
 * kmalloc blocks or hold a second CPU in the interrupt path, sees a line's
 * handlers only by their combined return value, its driver core refuses
 * a second device of the same name, its latched edges wait for
 * host_irq_poll() or an MMIO access, and there a WARN*() is a splat the
 * run fails on.  Cases that need one of these skip themselves where it is
 * missing.
 */
enum host_cap {
	HOST_CAP_FAULTS,	/* host_fail_inject() */
	HOST_CAP_WARN,		/* provoking WARN*() on purpose */
	HOST_CAP_ALLOC_COUNT,	/* host_alloc_live() */
	HOST_CAP_OF,		/* host_of_*() */
	HOST_CAP_SAME_NAME_DEVICES, /* two platform devices "edma.0" */
	HOST_CAP_IRQ_AT_ENABLE,	/* edges taken when IRQs are re-enabled */
	HOST_CAP_CPUS,		/* a second thread held inside the IRQ path */
	HOST_CAP_HANDLER_STATS,	/* host_irq_stats count each handler's return */
	HOST_CAP_CALL_COUNTS,	/* host_lock_count(), host_fail_calls() count */
	HOST_CAP_PAGE_COUNT,	/* host_pages_live() counts pool pages */
};

bool host_can(enum host_cap cap);

/* ---- simulated CPU ----------------------------------------------------- */

bool host_irqs_disabled(void);		/* this thread */
bool host_in_hardirq(void);
unsigned int host_locks_held(void);	/* spinlocks + mutexes, this thread */
uint64_t host_lock_count(void);		/* spinlock acquisitions, ever */
void host_cpu_reset(void);		/* this thread: IRQs on, no hardirq */

/* ---- interrupt controller ---------------------------------------------- */

#define HOST_NR_IRQS	1024

struct host_irq_stats {
	uint64_t raised;	/* host_irq_raise() calls */
	uint64_t delivered;	/* deliveries (one per latched edge) */
	/*
	 * Handler calls returning IRQ_HANDLED / IRQ_NONE; where the harness
	 * sees only a line's combined value (no HOST_CAP_HANDLER_STATS),
	 * deliveries that value was IRQ_HANDLED / IRQ_NONE for.
	 */
	uint64_t handled;
	uint64_t none;
	uint64_t unhandled;	/* deliveries no handler claimed */
};

/* Latch an edge; delivered at the next delivery point (see irq.c). */
void host_irq_raise(unsigned int irq);
/*
 * The Linux IRQ number of a board line, for a test that requests the
 * line itself (the shim numbers them alike; a kernel maps them).
 */
int host_irq_linux(unsigned int line);
/*
 * Fire expired hrtimers, then deliver everything pending now (if this
 * thread may take interrupts).
 */
void host_irq_poll(void);
bool host_irq_pending(unsigned int irq);
bool host_irq_has_handler(unsigned int irq);
void host_irq_get_stats(unsigned int irq, struct host_irq_stats *st);
void host_irq_reset_stats(void);

/* ---- MMIO -------------------------------------------------------------- */

/*
 * ioremap() maps any range of the 32-bit physical space
 * [0, HOST_IOREMAP_LIMIT), in a 64-bit process and in a 32-bit one alike.
 */
#define HOST_IOREMAP_LIMIT	(1ULL << 32)

struct host_mmio_ops {
	uint32_t (*read32)(void *ctx, uint32_t off);
	void (*write32)(void *ctx, uint32_t off, uint32_t val);
	uint8_t (*read8)(void *ctx, uint32_t off);	/* optional */
	void (*write8)(void *ctx, uint32_t off, uint8_t val); /* optional */
};

struct host_mmio_stats {
	uint64_t reads;		/* 32-bit reads (byte reads counted apart) */
	uint64_t writes;
	uint64_t byte_reads;
	uint64_t byte_writes;
};

/* Route [base, base + size) to ops.  0, or -1 on overlap / no room. */
int host_mmio_register(uint32_t base, uint32_t size,
		       const struct host_mmio_ops *ops, void *ctx);
int host_mmio_unregister(uint32_t base);
int host_mmio_get_stats(uint32_t base, struct host_mmio_stats *st);
void host_mmio_reset_stats(void);

/*
 * Call fn after every 32-bit MMIO access (any thread), with the physical
 * address, the value and whether it was a write, before the access's
 * interrupt delivery point.  Lets a test stop one thread between two
 * register accesses of the library and run another CPU's code there.
 * NULL removes it; host_reset() removes it too.
 */
typedef void (*host_mmio_hook_fn)(void *ctx, uint32_t phys, uint32_t val,
				  bool write);
void host_mmio_set_hook(host_mmio_hook_fn fn, void *ctx);

/* ---- simulated time ---------------------------------------------------- */

unsigned long long host_time_ns(void);
void host_time_advance_ns(unsigned long long ns);

/* ---- DMA --------------------------------------------------------------- */

/*
 * Give the DMA API a bus: an arena of ddr_size bytes becomes the RAM window
 * "ddr" at ddr_base and backs dma_alloc_coherent(); dma_map_single() maps
 * other buffers at free bus addresses.  host_dma_exit() removes them all.
 */
int host_dma_init(struct edma3_bus *bus, uint32_t ddr_base,
		  uint32_t ddr_size);
void host_dma_exit(void);
struct edma3_bus *host_dma_bus(void);
void *host_dma_to_virt(uint32_t dma);	/* NULL if not RAM on the bus */
size_t host_dma_coherent_live(void);	/* live dma_alloc_coherent buffers */
size_t host_dma_mappings_live(void);	/* live dma_map_single mappings */
/*
 * Let dev stream-map any kernel buffer (dma_map_single() of an skb) onto
 * the bus, before its driver probes.  The shim maps any buffer already;
 * in a kernel, its memory goes on the bus and dev gets the range map.
 */
int host_dma_attach(struct device *dev);

/* ---- allocations, fault injection -------------------------------------- */

enum host_fault {
	HOST_FAULT_ALLOC,	/* kmalloc family and devm_k*alloc */
	HOST_FAULT_IOREMAP,	/* ioremap, devm_ioremap_resource... */
	HOST_FAULT_IRQ,		/* request_irq, devm_request_irq */
	HOST_FAULT_RESOURCE,	/* platform_get_resource*, platform_get_irq* */
	HOST_FAULT_NR
};

/*
 * Whether host_fail_inject() can fail calls of that kind: a kernel has a
 * fault-injection point for allocations (failslab) and lets an irqchip
 * refuse a line (irq_request_resources()), none for the rest.
 */
bool host_can_fail(enum host_fault kind);
/* The nth call (1 = the next one) of that kind from now on fails once. */
void host_fail_inject(enum host_fault kind, unsigned int nth);
void host_fail_clear(void);
/* How many calls of that kind were made since the last reset. */
unsigned long host_fail_calls(enum host_fault kind);

long host_alloc_live(void);		/* kmalloc'ed blocks not yet freed */
long host_devres_live(void);		/* devres entries not yet released */

/* ---- initcalls, platform bus ------------------------------------------- */

int host_run_initcalls(void);		/* once; returns the first error */
void host_run_exitcalls(void);
void host_run_deferred_probes(void);
unsigned int host_deferred_count(void);	/* devices waiting for a retry */

/*
 * Register a platform device in one call (copies resources and data);
 * returns the device or an ERR_PTR.
 */
struct platform_device *host_platform_device_create(const char *name,
		int id, const struct resource *res, unsigned int nres,
		const void *data, size_t size);

/* Unregister every platform device, newest first (board teardown). */
void host_platform_unregister_all(void);
/* Registered device by dev_name(), e.g. "edma.0", or NULL. */
struct platform_device *host_platform_find_device(const char *name);

/* System sleep over bound devices: suspend, suspend_late, suspend_noirq. */
int host_pm_suspend(void);
int host_pm_resume(void);

/* ---- device tree ------------------------------------------------------- */

/* Build the live tree from a flattened blob; 0 or a negative errno. */
int host_of_load_dtb(const void *blob);
int host_of_load_dtb_file(const char *path);
/* Same from a .dts source, compiled with dtc at run time. */
int host_of_load_dts_file(const char *path);
/* Create platform devices for enabled nodes with "compatible". */
int host_of_platform_populate(void);
/* Unregister populated devices and free the tree. */
void host_of_unload(void);
struct device_node *host_of_root(void);
/*
 * The board line entry index of np's "interrupts" drives (what a model
 * raises), or a negative errno; not the Linux IRQ number of_irq_get()
 * gives, which in a kernel is a mapping of it.
 */
int host_of_irq_line(struct device_node *np, int index);

#endif
