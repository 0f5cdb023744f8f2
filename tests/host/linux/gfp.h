/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Only the distinction that matters on the host: whether the caller may
 * sleep (allocating GFP_KERNEL in atomic context WARNs) and __GFP_ZERO.
 */
#ifndef _LINUX_GFP_H
#define _LINUX_GFP_H

#include <linux/types.h>

#define __GFP_DMA		0x01u
#define __GFP_HIGHMEM		0x02u
#define __GFP_DMA32		0x04u
#define __GFP_RECLAIM		0x10u
#define __GFP_IO		0x40u
#define __GFP_FS		0x80u
#define __GFP_ZERO		0x100u
#define __GFP_NOWARN		0x200u
#define __GFP_HIGH		0x20u
#define __GFP_NOFAIL		0x8000u
#define __GFP_NORETRY		0x10000u

#define GFP_ATOMIC		(__GFP_HIGH)
#define GFP_NOWAIT		0u
#define GFP_KERNEL		(__GFP_RECLAIM | __GFP_IO | __GFP_FS)
#define GFP_NOIO		(__GFP_RECLAIM)
#define GFP_NOFS		(__GFP_RECLAIM | __GFP_IO)
#define GFP_DMA			__GFP_DMA
#define GFP_DMA32		__GFP_DMA32
#define GFP_USER		GFP_KERNEL

static inline bool gfpflags_allow_blocking(gfp_t gfp)
{
	return gfp & __GFP_RECLAIM;
}

#endif
