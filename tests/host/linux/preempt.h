/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_PREEMPT_H
#define _LINUX_PREEMPT_H

#include <linux/hardirq.h>

#define preempt_disable()	barrier()
#define preempt_enable()	barrier()

#endif
