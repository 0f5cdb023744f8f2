/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The simulated CPU's interrupt flag (per thread).  Turning interrupts back
 * on is a delivery point: latched interrupts run there, as on hardware.
 */
#ifndef _LINUX_IRQFLAGS_H
#define _LINUX_IRQFLAGS_H

#include <linux/types.h>

unsigned long __host_irq_save(void);
void __host_irq_restore(unsigned long flags);
void __host_irq_disable(void);
void __host_irq_enable(void);
bool __host_irqs_disabled(void);

#define local_irq_save(flags)						\
	do {								\
		_Static_assert(sizeof(flags) == sizeof(unsigned long),	\
			       "flags must be unsigned long");		\
		(flags) = __host_irq_save();				\
	} while (0)
#define local_irq_restore(flags)	__host_irq_restore(flags)
#define local_irq_disable()		__host_irq_disable()
#define local_irq_enable()		__host_irq_enable()
#define irqs_disabled()			__host_irqs_disabled()
#define raw_local_irq_save(f)		local_irq_save(f)
#define raw_local_irq_restore(f)	local_irq_restore(f)

#endif
