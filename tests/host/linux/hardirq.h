/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_HARDIRQ_H
#define _LINUX_HARDIRQ_H

#include <linux/types.h>

bool host_in_hardirq(void);
bool __host_in_atomic(void);

#define in_hardirq()	host_in_hardirq()
#define in_irq()	host_in_hardirq()
#define in_interrupt()	host_in_hardirq()
#define in_softirq()	false
#define in_serving_softirq()	false
#define in_task()	(!host_in_hardirq())
#define in_atomic()	__host_in_atomic()

#endif
