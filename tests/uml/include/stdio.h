/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <stdio.h> for plain-C test sources built as kernel code (tests/uml):
 * snprintf() is the kernel's, and what they print to stderr goes to the
 * kernel log as an error.
 */
#ifndef _EDMA_UML_STDIO_H
#define _EDMA_UML_STDIO_H

#include <linux/kernel.h>
#include <linux/printk.h>

#define stderr			NULL
#define stdout			NULL
#define fprintf(stream, ...)	((void)(stream), pr_err(__VA_ARGS__))
#define printf(...)		pr_info(__VA_ARGS__)

#endif
