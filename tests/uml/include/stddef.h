/* SPDX-License-Identifier: GPL-2.0 */
/* <stddef.h> for plain-C test sources built as kernel code (tests/uml). */
#ifndef _EDMA_UML_STDDEF_H
#define _EDMA_UML_STDDEF_H

#include <linux/stddef.h>
#include <linux/types.h>

#endif
