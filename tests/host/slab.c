// SPDX-License-Identifier: GPL-2.0
/*
 * kmalloc on top of malloc: AddressSanitizer keeps its redzones and leak
 * reports, and a live-block counter lets tests assert that a probe/remove
 * cycle freed everything.
 */
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#include <linux/kernel.h>
#include <linux/slab.h>
#include <linux/string.h>

#include "host_internal.h"

static long live_blocks;

long host_alloc_live(void)
{
	return __atomic_load_n(&live_blocks, __ATOMIC_RELAXED);
}

void *kmalloc(size_t size, gfp_t flags)
{
	void *p;

	if (gfpflags_allow_blocking(flags))
		might_sleep();
	if (host_fail_check(HOST_FAULT_ALLOC))
		return NULL;
	/* malloc(0) may return NULL; the kernel returns a non-NULL token. */
	p = (flags & __GFP_ZERO) ? calloc(1, size ? size : 1)
				 : malloc(size ? size : 1);
	if (p)
		__atomic_add_fetch(&live_blocks, 1, __ATOMIC_RELAXED);
	return p;
}

void kfree(const void *p)
{
	if (!p)
		return;
	__atomic_sub_fetch(&live_blocks, 1, __ATOMIC_RELAXED);
	free((void *)p);
}

void *krealloc(const void *p, size_t new_size, gfp_t flags)
{
	void *n;

	if (!p)
		return kmalloc(new_size, flags);
	if (host_fail_check(HOST_FAULT_ALLOC))
		return NULL;
	n = realloc((void *)p, new_size ? new_size : 1);
	return n;
}

size_t ksize(const void *p)
{
	return p ? malloc_usable_size((void *)p) : 0;
}

void *kmemdup(const void *src, size_t len, gfp_t gfp)
{
	void *p = kmalloc(len, gfp);

	if (p)
		memcpy(p, src, len);
	return p;
}

char *kstrdup(const char *s, gfp_t gfp)
{
	return s ? kmemdup(s, strlen(s) + 1, gfp) : NULL;
}

const char *kstrdup_const(const char *s, gfp_t gfp)
{
	return kstrdup(s, gfp);
}

void kfree_const(const void *x)
{
	kfree(x);
}

char *kstrndup(const char *s, size_t max, gfp_t gfp)
{
	size_t len;
	char *p;

	if (!s)
		return NULL;
	len = strnlen(s, max);
	p = kmalloc(len + 1, gfp);
	if (p) {
		memcpy(p, s, len);
		p[len] = '\0';
	}
	return p;
}

char *kvasprintf(gfp_t gfp, const char *fmt, va_list args)
{
	va_list copy;
	int len;
	char *p;

	/* Also keeps a recovering UBSan build from seeing a NULL-fmt path. */
	if (!fmt)
		return NULL;
	va_copy(copy, args);
	len = vsnprintf(NULL, 0, fmt, copy);
	va_end(copy);
	p = kmalloc(len + 1, gfp);
	if (p)
		vsnprintf(p, len + 1, fmt, args);
	return p;
}

char *kasprintf(gfp_t gfp, const char *fmt, ...)
{
	va_list ap;
	char *p;

	va_start(ap, fmt);
	p = kvasprintf(gfp, fmt, ap);
	va_end(ap);
	return p;
}

unsigned long *bitmap_zalloc(unsigned int nbits, gfp_t flags)
{
	return kcalloc(BITS_TO_LONGS(nbits), sizeof(long), flags);
}

void bitmap_free(const unsigned long *bitmap)
{
	kfree(bitmap);
}
