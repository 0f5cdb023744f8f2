/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_MODULEPARAM_H
#define _LINUX_MODULEPARAM_H

#include <linux/compiler.h>

/* Parameters keep their built-in defaults on the host. */
#define module_param(name, type, perm) \
	static void *const __UNIQUE_ID(param) __used = &(name)
#define module_param_named(n, name, type, perm) module_param(name, type, perm)
#define MODULE_PARM_DESC(name, desc)

#endif
