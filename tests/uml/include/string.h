/* SPDX-License-Identifier: GPL-2.0 */
/* <string.h> for plain-C test sources built as kernel code (tests/uml). */
#ifndef _EDMA_UML_STRING_H
#define _EDMA_UML_STRING_H

#include <linux/string.h>

#endif
