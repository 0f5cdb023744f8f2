/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Force-included (-include) into the SoC registration files when tests/uml
 * builds them.  Their helpers are __init, as board code calls them while
 * the kernel boots; the suites call them from every case, from ordinary
 * text.  Built-in KUnit runs before the init sections are freed, but the
 * references would still be section mismatches, so in this build the
 * helpers and their data live in the ordinary sections.
 */
#ifndef _EDMA_UML_NOINIT_H
#define _EDMA_UML_NOINIT_H

#include <linux/init.h>

#undef __init
#define __init
#undef __initdata
#define __initdata
#undef __initconst
#define __initconst

#endif
