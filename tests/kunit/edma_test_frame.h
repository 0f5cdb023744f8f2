/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The test frames both network fixtures (the NAPI driver's and the bare
 * ring's) send and check: a pattern derived from the frame's sequence
 * number, whose first four bytes are the number itself, so a frame that
 * arrives out of order or corrupted is told from a lost one.
 */
#ifndef EDMA_TEST_FRAME_H
#define EDMA_TEST_FRAME_H

#include <linux/string.h>
#include <linux/types.h>

static inline u8 edma_test_frame_byte(u32 seq, unsigned int i)
{
	return (u8)(seq * 7 + i * 13 + (seq >> 8));
}

/* Fill @len bytes at @p as frame number @seq. */
static inline void edma_test_frame_fill(u8 *p, u32 seq, unsigned int len)
{
	unsigned int i;

	for (i = 0; i < len; i++)
		p[i] = edma_test_frame_byte(seq, i);
	if (len >= 4)
		memcpy(p, &seq, 4);
}

/* Whether the @len bytes at @p are exactly frame number @seq. */
static inline bool edma_test_frame_check(const u8 *p, u32 seq,
					 unsigned int len)
{
	unsigned int i;
	u32 got;

	if (len >= 4) {
		memcpy(&got, p, 4);
		if (got != seq)
			return false;
	}
	for (i = 4; i < len; i++)
		if (p[i] != edma_test_frame_byte(seq, i))
			return false;
	return true;
}

#endif /* EDMA_TEST_FRAME_H */
