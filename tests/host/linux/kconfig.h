/* SPDX-License-Identifier: GPL-2.0 */
/*
 * IS_ENABLED() and friends.  An option is enabled when it is defined to 1;
 * the trick: pasting the value onto a prefix yields a macro holding an extra
 * argument only for "1", which shifts the argument list.  No modules on the
 * host, so IS_MODULE() is always 0.
 */
#ifndef _LINUX_KCONFIG_H
#define _LINUX_KCONFIG_H

#define __HOST_ARG_PH_1			0,
#define __host_take_second(_ignored, val, ...)	val
#define ___host_is_defined(junk)	__host_take_second(junk 1, 0, 0)
#define __host_is_defined(val)		___host_is_defined(__HOST_ARG_PH_##val)

#define IS_BUILTIN(option)		__host_is_defined(option)
#define IS_MODULE(option)		0
#define IS_REACHABLE(option)		IS_BUILTIN(option)
#define IS_ENABLED(option)		IS_BUILTIN(option)

#endif
