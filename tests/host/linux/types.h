/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Kernel integer and bus types.  The simulated EDMA3 bus is 32-bit, so
 * dma_addr_t and phys_addr_t are 32 bits wide whatever the host's pointer
 * width, unless the build asks for LPAE (CONFIG_ARM_LPAE, see kconfig.h),
 * where both are 64-bit as on Keystone.
 */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef uint8_t		u8;
typedef uint16_t	u16;
typedef uint32_t	u32;
typedef unsigned long long u64;	/* kernel: %llu prints u64 everywhere */
typedef int8_t		s8;
typedef int16_t		s16;
typedef int32_t		s32;
typedef long long	s64;

typedef u8  __u8;
typedef u16 __u16;
typedef u32 __u32;
typedef u64 __u64;
typedef s8  __s8;
typedef s16 __s16;
typedef s32 __s32;
typedef s64 __s64;

/* Host and simulated target are both little endian. */
typedef u16 __le16;
typedef u32 __le32;
typedef u64 __le64;
typedef u16 __be16;
typedef u32 __be32;
typedef u64 __be64;

#ifdef CONFIG_ARCH_DMA_ADDR_T_64BIT
typedef u64 dma_addr_t;
#else
typedef u32 dma_addr_t;
#endif
#ifdef CONFIG_PHYS_ADDR_T_64BIT
typedef u64 phys_addr_t;
#else
typedef u32 phys_addr_t;
#endif
typedef phys_addr_t resource_size_t;

typedef unsigned int gfp_t;
typedef unsigned int fmode_t;
/* As glibc has them, so that both may be included in one file. */
#if __SIZEOF_LONG__ == 8
typedef long ssize_t;
typedef long loff_t;
#else
typedef int ssize_t;
typedef long long loff_t;
#endif
typedef unsigned long ulong;
typedef unsigned int uint;
typedef unsigned short ushort;
typedef unsigned char uchar;
typedef unsigned long irq_hw_number_t;

typedef struct {
	int counter;
} atomic_t;

typedef struct {
	s64 counter;
} atomic64_t;

typedef struct {
	long counter;
} atomic_long_t;

struct list_head {
	struct list_head *next, *prev;
};

struct hlist_head {
	struct hlist_node *first;
};

struct hlist_node {
	struct hlist_node *next, **pprev;
};

struct callback_head {
	struct callback_head *next;
	void (*func)(struct callback_head *head);
};
#define rcu_head callback_head

#define DECLARE_BITMAP(name, bits) \
	unsigned long name[((bits) + 8 * sizeof(long) - 1) / (8 * sizeof(long))]

#endif
