/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <unistd.h> for the suites built into the UML kernel: a "file" is one of
 * the device-tree blobs linked into the harness (tests/uml/harness.c).
 */
#ifndef _EDMA_UML_UNISTD_H
#define _EDMA_UML_UNISTD_H

#include <linux/types.h>

#define R_OK		4

bool edma_uml_file_exists(const char *path);

static inline int access(const char *path, int mode)
{
	return edma_uml_file_exists(path) ? 0 : -1;
}

#endif
