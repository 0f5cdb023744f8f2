/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <stdlib.h> for plain-C test sources built as kernel code (tests/uml).
 * The model and the boards allocate only while a case sets up or tears
 * down, in process context, so GFP_KERNEL serves.  kvfree() releases
 * both kmalloc and vmalloc memory, so large blocks may fall back to
 * vmalloc.
 */
#ifndef _EDMA_UML_STDLIB_H
#define _EDMA_UML_STDLIB_H

#include <linux/bug.h>
#include <linux/slab.h>
#include <linux/mm.h>

#define malloc(size)		kvmalloc(size, GFP_KERNEL)
#define calloc(n, size)		kvcalloc(n, size, GFP_KERNEL)
#define realloc(ptr, size)	krealloc(ptr, size, GFP_KERNEL)
/* a function, not a macro: kunit_resource has a member named free */
static inline void free(void *ptr)
{
	kvfree(ptr);
}

#define abort()			BUG()
/* a kernel has no environment */
#define getenv(name)		((const char *)NULL)

#endif
