/* SPDX-License-Identifier: GPL-2.0 */
/* <stdbool.h> for plain-C test sources built as kernel code (tests/uml). */
#ifndef _EDMA_UML_STDBOOL_H
#define _EDMA_UML_STDBOOL_H

#include <linux/types.h>

#endif
