/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Tracepoints as a kernel without CONFIG_TRACEPOINTS has them: each
 * trace_NAME() compiles to nothing.  The library's tracepoints are tested
 * in User-Mode-Linux (make kunit), on the kernel's own tracing.
 */
#ifndef _HOST_LINUX_TRACEPOINT_H
#define _HOST_LINUX_TRACEPOINT_H

#define PARAMS(args...)		args
#define TP_PROTO(args...)	args
#define TP_ARGS(args...)	args
#define TP_CONDITION(args...)	args

#define DECLARE_TRACE(name, proto, args)				\
	static inline void trace_##name(proto) { }			\
	static inline bool trace_##name##_enabled(void) { return false; }

#define TRACE_EVENT(name, proto, args, tstruct, assign, print)	\
	DECLARE_TRACE(name, PARAMS(proto), PARAMS(args))
#define DECLARE_EVENT_CLASS(name, proto, args, tstruct, assign, print)
#define DEFINE_EVENT(template, name, proto, args)			\
	DECLARE_TRACE(name, PARAMS(proto), PARAMS(args))
#define TRACE_DEFINE_ENUM(x)

#endif
