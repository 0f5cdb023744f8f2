/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Between the UML harness (tests/uml/harness.c) and its network part
 * (tests/uml/net.c): the harness calls eu_net_before_write() before an
 * MMIO write lands, where the NAPI complete hook may run.
 */
#ifndef _EDMA_UML_NET_H
#define _EDMA_UML_NET_H

void eu_net_before_write(void);

#endif
