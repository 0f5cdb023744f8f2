/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Sequence counters: the subset of the kernel's seqcount_t the library
 * uses.  Writers are serialised by a lock of their own; readers retry or,
 * as the EDMA interrupt path does, treat a changed count as "changed".
 */
#ifndef _LINUX_SEQLOCK_H
#define _LINUX_SEQLOCK_H

#include <linux/compiler.h>
#include <linux/types.h>
#include <asm/barrier.h>

typedef struct {
	unsigned int sequence;
} seqcount_t;

#define SEQCNT_ZERO(name)	{ .sequence = 0 }

static inline void seqcount_init(seqcount_t *s)
{
	s->sequence = 0;
}

/* The count as it is now (odd while a writer is inside). */
static inline unsigned int raw_read_seqcount(const seqcount_t *s)
{
	unsigned int seq = __atomic_load_n(&s->sequence, __ATOMIC_RELAXED);

	smp_rmb();
	return seq;
}

static inline unsigned int read_seqcount_begin(const seqcount_t *s)
{
	unsigned int seq;

	while ((seq = raw_read_seqcount(s)) & 1)
		;
	return seq;
}

static inline int read_seqcount_retry(const seqcount_t *s, unsigned int start)
{
	smp_rmb();
	return __atomic_load_n(&s->sequence, __ATOMIC_RELAXED) != start;
}

static inline void write_seqcount_begin(seqcount_t *s)
{
	__atomic_store_n(&s->sequence, s->sequence + 1, __ATOMIC_RELAXED);
	smp_wmb();
}

static inline void write_seqcount_end(seqcount_t *s)
{
	smp_wmb();
	__atomic_store_n(&s->sequence, s->sequence + 1, __ATOMIC_RELAXED);
}

/* The shim has no lockdep: the raw writers are the same. */
#define raw_write_seqcount_begin	write_seqcount_begin
#define raw_write_seqcount_end		write_seqcount_end

#endif
