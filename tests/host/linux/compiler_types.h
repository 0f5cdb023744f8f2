/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_COMPILER_TYPES_H
#define _LINUX_COMPILER_TYPES_H

#define __iomem
#define __user
#define __kernel
#define __force
#define __bitwise
#define __rcu
#define __percpu
#define __acquires(x)
#define __releases(x)
#define __must_hold(x)
#define notrace
#define __ro_after_init
#define __read_mostly

#define __packed		__attribute__((__packed__))
#define __aligned(x)		__attribute__((__aligned__(x)))
#define __must_check		__attribute__((__warn_unused_result__))
#define __always_unused		__attribute__((__unused__))
#define __maybe_unused		__attribute__((__unused__))
#define __used			__attribute__((__used__))
#ifndef __always_inline	/* glibc's <sys/cdefs.h> has the same one */
#define __always_inline		inline __attribute__((__always_inline__))
#endif
#define noinline		__attribute__((__noinline__))
#define __noreturn		__attribute__((__noreturn__))
#define __cold			__attribute__((__cold__))
#define __weak			__attribute__((__weak__))
#define __pure			__attribute__((__pure__))
#define __section(s)		__attribute__((__section__(s)))
#define __printf(a, b)		__attribute__((__format__(printf, a, b)))
#define __scanf(a, b)		__attribute__((__format__(scanf, a, b)))
#define __malloc		__attribute__((__malloc__))
#define fallthrough		__attribute__((__fallthrough__))
#define __counted_by(m)

/* No init sections on the host: everything stays resident. */
#define __init
#define __initdata
#define __initconst
#define __exit			__maybe_unused
#define __exitdata
#define __ref
#define __refdata
#define __devinit
#define __devexit

#define ___PASTE(a, b)		a##b
#define __PASTE(a, b)		___PASTE(a, b)

#endif
