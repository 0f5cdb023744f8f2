/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Interrupt handlers on the simulated interrupt controller (irq.c): edges
 * latch per IRQ line and are delivered when the CPU can take them.
 */
#ifndef _LINUX_INTERRUPT_H
#define _LINUX_INTERRUPT_H

#include <linux/bitops.h>
#include <linux/bottom_half.h>
#include <linux/compiler.h>
#include <linux/container_of.h>
#include <linux/hardirq.h>
#include <linux/irqflags.h>
#include <linux/irqreturn.h>
#include <linux/types.h>

struct device;

typedef irqreturn_t (*irq_handler_t)(int irq, void *dev_id);

#define IRQF_TRIGGER_NONE	0x00000000
#define IRQF_TRIGGER_RISING	0x00000001
#define IRQF_TRIGGER_FALLING	0x00000002
#define IRQF_TRIGGER_HIGH	0x00000004
#define IRQF_TRIGGER_LOW	0x00000008
#define IRQF_SHARED		0x00000080
#define IRQF_PROBE_SHARED	0x00000100
#define IRQF_TIMER		0x00000200
#define IRQF_PERCPU		0x00000400
#define IRQF_NOBALANCING	0x00000800
#define IRQF_IRQPOLL		0x00001000
#define IRQF_ONESHOT		0x00002000
#define IRQF_NO_SUSPEND		0x00004000
#define IRQF_FORCE_RESUME	0x00008000
#define IRQF_NO_THREAD		0x00010000
#define IRQF_EARLY_RESUME	0x00020000
#define IRQF_COND_SUSPEND	0x00040000
#define IRQF_NO_AUTOEN		0x00080000

int __must_check request_threaded_irq(unsigned int irq, irq_handler_t handler,
				      irq_handler_t thread_fn,
				      unsigned long flags, const char *name,
				      void *dev_id);
const void *free_irq(unsigned int irq, void *dev_id);

static inline int __must_check request_irq(unsigned int irq,
					   irq_handler_t handler,
					   unsigned long flags,
					   const char *name, void *dev_id)
{
	return request_threaded_irq(irq, handler, NULL, flags, name, dev_id);
}

int __must_check devm_request_threaded_irq(struct device *dev,
					   unsigned int irq,
					   irq_handler_t handler,
					   irq_handler_t thread_fn,
					   unsigned long flags,
					   const char *name, void *dev_id);
void devm_free_irq(struct device *dev, unsigned int irq, void *dev_id);

static inline int __must_check devm_request_irq(struct device *dev,
						unsigned int irq,
						irq_handler_t handler,
						unsigned long flags,
						const char *name, void *dev_id)
{
	return devm_request_threaded_irq(dev, irq, handler, NULL, flags,
					 name, dev_id);
}

void disable_irq(unsigned int irq);
void disable_irq_nosync(unsigned int irq);
void enable_irq(unsigned int irq);
void synchronize_irq(unsigned int irq);

static inline int enable_irq_wake(unsigned int irq)
{
	return 0;
}

static inline int disable_irq_wake(unsigned int irq)
{
	return 0;
}

/*
 * Tasklets (net.c): tasklet_schedule() queues once until the tasklet runs;
 * host_softirq_run() (host_net.h) runs them, outside hard-IRQ context, as
 * the TASKLET_SOFTIRQ would.
 */
struct tasklet_struct {
	struct tasklet_struct *next;
	unsigned long state;
	int count;			/* > 0: disabled */
	bool use_callback;
	union {
		void (*func)(unsigned long data);
		void (*callback)(struct tasklet_struct *t);
	};
	unsigned long data;
};

enum {
	TASKLET_STATE_SCHED,
	TASKLET_STATE_RUN,
};

#define from_tasklet(var, callback_tasklet, tasklet_fieldname)	\
	container_of(callback_tasklet, typeof(*var), tasklet_fieldname)

void tasklet_setup(struct tasklet_struct *t,
		   void (*callback)(struct tasklet_struct *));
void tasklet_init(struct tasklet_struct *t,
		  void (*func)(unsigned long), unsigned long data);
void __tasklet_schedule(struct tasklet_struct *t);
void tasklet_kill(struct tasklet_struct *t);

static inline void tasklet_schedule(struct tasklet_struct *t)
{
	if (!test_and_set_bit(TASKLET_STATE_SCHED, &t->state))
		__tasklet_schedule(t);
}

#define tasklet_hi_schedule(t)	tasklet_schedule(t)

static inline void tasklet_disable(struct tasklet_struct *t)
{
	t->count++;
}

static inline void tasklet_enable(struct tasklet_struct *t)
{
	t->count--;
}

#endif
