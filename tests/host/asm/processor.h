/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _ASM_HOST_PROCESSOR_H
#define _ASM_HOST_PROCESSOR_H

/*
 * A busy-wait iteration: advance the simulated clock by one microsecond so
 * that polling loops bounded by jiffies or ktime terminate.
 */
void cpu_relax(void);

#endif
