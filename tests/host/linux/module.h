/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_MODULE_H
#define _LINUX_MODULE_H

#include <linux/compiler.h>
#include <linux/export.h>
#include <linux/init.h>
#include <linux/kernel.h>
#include <linux/moduleparam.h>

#define module_init(fn)		device_initcall(fn)
#define module_exit(fn)		__exitcall(fn)

#define MODULE_LICENSE(s)
#define MODULE_AUTHOR(s)
#define MODULE_DESCRIPTION(s)
#define MODULE_ALIAS(s)
#define MODULE_VERSION(s)
#define MODULE_FIRMWARE(s)
#define MODULE_SOFTDEP(s)
#define MODULE_IMPORT_NS(ns)
/* Keeps a table used only through of_match_ptr() from being "unused". */
#define MODULE_DEVICE_TABLE(type, name) \
	static const void *const __UNIQUE_ID(devtable) __used = &(name)

static inline bool try_module_get(struct module *m)
{
	return true;
}

static inline void module_put(struct module *m)
{
}

#endif
