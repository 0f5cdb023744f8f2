/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Bottom halves: the shim's "softirq" runs only when a test calls
 * host_softirq_run() (host_net.h), so there is nothing to hold off and
 * nothing for local_bh_enable() to run.
 */
#ifndef _HOST_LINUX_BOTTOM_HALF_H
#define _HOST_LINUX_BOTTOM_HALF_H

static inline void local_bh_disable(void) { }
static inline void local_bh_enable(void) { }

#endif
