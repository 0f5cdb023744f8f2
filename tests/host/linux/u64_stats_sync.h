/* SPDX-License-Identifier: GPL-2.0 */
/*
 * u64_stats as a 64-bit kernel has them: a counter is a plain u64 read
 * and written whole, so the sequence is empty.  (The 32-bit ARM build
 * runs one CPU's worth of threads at a time in these paths.)
 */
#ifndef _HOST_LINUX_U64_STATS_SYNC_H
#define _HOST_LINUX_U64_STATS_SYNC_H

#include <linux/compiler.h>
#include <linux/types.h>

struct u64_stats_sync { };

typedef struct {
	u64 v;
} u64_stats_t;

static inline void u64_stats_init(struct u64_stats_sync *syncp) { }
static inline void u64_stats_update_begin(struct u64_stats_sync *syncp) { }
static inline void u64_stats_update_end(struct u64_stats_sync *syncp) { }

static inline unsigned int
u64_stats_fetch_begin(const struct u64_stats_sync *syncp)
{
	return 0;
}

static inline bool u64_stats_fetch_retry(const struct u64_stats_sync *syncp,
					 unsigned int start)
{
	return false;
}

static inline u64 u64_stats_read(const u64_stats_t *p)
{
	return READ_ONCE(p->v);
}

static inline void u64_stats_add(u64_stats_t *p, unsigned long val)
{
	WRITE_ONCE(p->v, p->v + val);
}

static inline void u64_stats_inc(u64_stats_t *p)
{
	WRITE_ONCE(p->v, p->v + 1);
}

#endif
