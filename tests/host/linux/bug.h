/* SPDX-License-Identifier: GPL-2.0 */
/*
 * WARN*() print a report and bump a global counter that tests read through
 * host_warn_count(); they never stop the program.  The *_ONCE variants
 * re-arm whenever host_reset() runs (before each test case), so every case
 * sees the first occurrence.  BUG() prints and aborts.
 */
#ifndef _LINUX_BUG_H
#define _LINUX_BUG_H

#include <linux/compiler.h>
#include <linux/build_bug.h>
#include <linux/printk.h>

__printf(3, 4) void __host_warn(const char *file, int line,
				const char *fmt, ...);
__noreturn void __host_bug(const char *file, int line, const char *cond);
extern unsigned int __host_once_epoch;

#define WARN(cond, fmt, ...) ({						\
	int __ret_warn = !!(cond);					\
	if (unlikely(__ret_warn))					\
		__host_warn(__FILE__, __LINE__, fmt, ##__VA_ARGS__);	\
	unlikely(__ret_warn); })

#define WARN_ON(cond)	WARN(cond, "WARN_ON(%s)", #cond)

/* Fires at most once per test case (per host_reset() epoch). */
#define WARN_ONCE(cond, fmt, ...) ({					\
	static unsigned int __warn_epoch;				\
	int __ret_once = !!(cond);					\
	if (unlikely(__ret_once) && __warn_epoch != __host_once_epoch) { \
		__warn_epoch = __host_once_epoch;			\
		__host_warn(__FILE__, __LINE__, fmt, ##__VA_ARGS__);	\
	}								\
	unlikely(__ret_once); })

#define WARN_ON_ONCE(cond)	WARN_ONCE(cond, "WARN_ON_ONCE(%s)", #cond)

#define BUG()		__host_bug(__FILE__, __LINE__, "BUG()")
#define BUG_ON(cond)							\
	do {								\
		if (unlikely(cond))					\
			__host_bug(__FILE__, __LINE__, #cond);		\
	} while (0)

#endif
