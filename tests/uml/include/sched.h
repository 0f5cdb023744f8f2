/* SPDX-License-Identifier: GPL-2.0 */
/* <sched.h> for plain-C test sources built as kernel code (tests/uml). */
#ifndef _EDMA_UML_SCHED_H
#define _EDMA_UML_SCHED_H

#include <linux/processor.h>

#define sched_yield()		cpu_relax()

#endif
