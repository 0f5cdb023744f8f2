/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Initcalls register themselves from a constructor; host_run_initcalls()
 * runs them in level order (then registration order), as the kernel's
 * do_initcalls() runs its sections.  module_exit() functions run in reverse
 * from host_run_exitcalls().
 */
#ifndef _LINUX_INIT_H
#define _LINUX_INIT_H

#include <linux/compiler.h>

typedef int (*initcall_t)(void);
typedef void (*exitcall_t)(void);

void __host_register_initcall(initcall_t fn, int level, const char *name);
void __host_register_exitcall(exitcall_t fn, const char *name);

#define __host_initcall(fn, level)					\
	static void __attribute__((constructor))			\
	__PASTE(__host_initcall_reg_, fn)(void)				\
	{								\
		__host_register_initcall(fn, level, #fn);		\
	}

#define pure_initcall(fn)		__host_initcall(fn, 0)
#define early_initcall(fn)		__host_initcall(fn, 0)
#define core_initcall(fn)		__host_initcall(fn, 1)
#define postcore_initcall(fn)		__host_initcall(fn, 2)
#define arch_initcall(fn)		__host_initcall(fn, 3)
#define subsys_initcall(fn)		__host_initcall(fn, 4)
#define fs_initcall(fn)			__host_initcall(fn, 5)
#define rootfs_initcall(fn)		__host_initcall(fn, 5)
#define device_initcall(fn)		__host_initcall(fn, 6)
#define late_initcall(fn)		__host_initcall(fn, 7)
#define core_initcall_sync(fn)		core_initcall(fn)
#define postcore_initcall_sync(fn)	postcore_initcall(fn)
#define arch_initcall_sync(fn)		arch_initcall(fn)
#define subsys_initcall_sync(fn)	subsys_initcall(fn)
#define device_initcall_sync(fn)	device_initcall(fn)
#define late_initcall_sync(fn)		late_initcall(fn)

#define __exitcall(fn)							\
	static void __attribute__((constructor))			\
	__PASTE(__host_exitcall_reg_, fn)(void)				\
	{								\
		__host_register_exitcall(fn, #fn);			\
	}

#define __setup(str, fn)
#define early_param(str, fn)

#endif
