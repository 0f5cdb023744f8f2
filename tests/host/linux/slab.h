/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Allocations come from malloc (ASan sees every overflow and leak) and are
 * counted, so a test can assert that everything was freed; they can be
 * made to fail with host_fail_inject(HOST_FAULT_ALLOC, n).
 */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

#include <linux/compiler.h>
#include <linux/gfp.h>
#include <linux/overflow.h>
#include <linux/types.h>

void *kmalloc(size_t size, gfp_t flags) __malloc;
void *krealloc(const void *p, size_t new_size, gfp_t flags);
void kfree(const void *p);
size_t ksize(const void *p);

static inline void *kzalloc(size_t size, gfp_t flags)
{
	return kmalloc(size, flags | __GFP_ZERO);
}

static inline void *kmalloc_array(size_t n, size_t size, gfp_t flags)
{
	size_t bytes;

	if (check_mul_overflow(n, size, &bytes))
		return NULL;
	return kmalloc(bytes, flags);
}

static inline void *kcalloc(size_t n, size_t size, gfp_t flags)
{
	return kmalloc_array(n, size, flags | __GFP_ZERO);
}

#define kmalloc_node(s, f, n)	kmalloc(s, f)
#define kzalloc_node(s, f, n)	kzalloc(s, f)
#define kvmalloc(s, f)		kmalloc(s, f)
#define kvzalloc(s, f)		kzalloc(s, f)
#define kvcalloc(n, s, f)	kcalloc(n, s, f)
#define kvmalloc_array(n, s, f)	kmalloc_array(n, s, f)
#define kvfree(p)		kfree(p)
#define kfree_sensitive(p)	kfree(p)
#define vmalloc(s)		kmalloc(s, GFP_KERNEL)
#define vzalloc(s)		kzalloc(s, GFP_KERNEL)
#define vfree(p)		kfree(p)

#endif
