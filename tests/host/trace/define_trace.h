/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Included at the end of a trace header: with CREATE_TRACE_POINTS the
 * kernel instantiates the events here.  The shim has none to make.
 */
