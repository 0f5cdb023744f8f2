/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <stdint.h> for plain-C test sources (the EDMA3 model, the boards) built
 * as kernel code by tests/uml: the fixed-width types come from the
 * kernel's <linux/types.h>, the limits from <linux/limits.h>.
 */
#ifndef _EDMA_UML_STDINT_H
#define _EDMA_UML_STDINT_H

#include <linux/limits.h>
#include <linux/types.h>

#define INT8_MIN	S8_MIN
#define INT8_MAX	S8_MAX
#define UINT8_MAX	U8_MAX
#define INT16_MIN	S16_MIN
#define INT16_MAX	S16_MAX
#define UINT16_MAX	U16_MAX
#define INT32_MIN	S32_MIN
#define INT32_MAX	S32_MAX
#define UINT32_MAX	U32_MAX
#define INT64_MIN	S64_MIN
#define INT64_MAX	S64_MAX
#define UINT64_MAX	U64_MAX
#define UINTPTR_MAX	ULONG_MAX

#endif
