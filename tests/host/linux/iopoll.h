/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_IOPOLL_H
#define _LINUX_IOPOLL_H

#include <linux/delay.h>
#include <linux/errno.h>
#include <linux/io.h>
#include <linux/ktime.h>

/* Poll op(args) into val until cond or timeout_us of simulated time. */
#define read_poll_timeout(op, val, cond, sleep_us, timeout_us,		\
			  sleep_before_read, args...) ({		\
	u64 __end = host_time_ns() + (u64)(timeout_us) * 1000;		\
	if (sleep_before_read && (sleep_us))				\
		udelay(sleep_us);					\
	for (;;) {							\
		(val) = op(args);					\
		if (cond)						\
			break;						\
		if ((timeout_us) && host_time_ns() > __end) {		\
			(val) = op(args);				\
			break;						\
		}							\
		udelay((sleep_us) ? (sleep_us) : 1);			\
	}								\
	(cond) ? 0 : -ETIMEDOUT; })

#define readx_poll_timeout(op, addr, val, cond, sleep_us, timeout_us)	\
	read_poll_timeout(op, val, cond, sleep_us, timeout_us, false, addr)
#define readl_poll_timeout(addr, val, cond, delay_us, timeout_us)	\
	readx_poll_timeout(readl, addr, val, cond, delay_us, timeout_us)
#define readl_poll_timeout_atomic	readl_poll_timeout
#define readl_relaxed_poll_timeout	readl_poll_timeout

#endif
