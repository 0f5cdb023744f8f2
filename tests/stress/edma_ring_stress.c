// SPDX-License-Identifier: GPL-2.0
/*
 * Concurrency stress of a TX ring larger than its PaRAM window, built
 * with ThreadSanitizer: the producer and the consumer on two threads, as
 * a network driver's xmit path and TX NAPI run on two CPUs.
 *
 * A DA850 with the MAC model on CC1 (tests/kunit/edma_ring_test_util.c),
 * a 64-descriptor TX ring of which 8 sit in PaRAM.  Three threads:
 *
 *   xmit	posts frames in random bursts and kicks each burst once,
 *		under the "xmit lock"; while the ring is full it waits, and
 *		does not kick (a stopped queue);
 *   reclaim	runs only when the hardware sent something since it last
 *		looked (as TX NAPI runs on a completion), takes sent frames
 *		back in random batches and, when edma_ring_num_pending()
 *		says kicked frames wait for the room it freed, kicks under
 *		the same lock (edma_ring_eth.c does this in its TX poll);
 *   hardware	steps the MAC (and through its events the EDMA3 model).
 *
 * Frames wait in memory whenever the window is full, so the hand-over
 * between a kick that found no room and a reclaim that made some is
 * crossed all the time.  Every frame must leave once, in order, with its
 * bytes, and come back to the reclaim thread once, in order.  Nothing
 * else loads a frame: if a kick that found the window full and a reclaim
 * that emptied it both miss each other, nothing is in flight, nothing
 * wakes the reclaim, the full ring holds the xmit thread, and the run
 * stops at its time limit.
 */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <linux/platform_data/edma.h>

#include "edma_ring_test_util.h"
#include "edma_test_util.h"
#include "stress_util.h"

#define NUM		64
#define WINDOW		8
#define FRAMES		60000
#define TIME_LIMIT_S	20

static pthread_mutex_t hw_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t xmit_lock = PTHREAD_MUTEX_INITIALIZER;

/* written by one thread each, read by the others with atomics */
static unsigned int reclaimed, stop_all;
static unsigned long reclaim_kicks, xmit_kicks, bad_tokens;
static struct timespec t_start;

/* hardware thread only (the MAC calls it while stepped); sent_next atomic */
static u32 sent_next;
static unsigned long sent_bad;

static long long elapsed_s(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec - t_start.tv_sec;
}

static bool timed_out(void)
{
	return __atomic_load_n(&stop_all, __ATOMIC_RELAXED) ||
	       elapsed_s() >= TIME_LIMIT_S;
}

static void mac_hold(bool hold)
{
	if (hold)
		pthread_mutex_lock(&hw_lock);
	else
		pthread_mutex_unlock(&hw_lock);
}

static void tx_check(const u8 *data, u32 len)
{
	u32 seq = __atomic_load_n(&sent_next, __ATOMIC_RELAXED);

	if (!edma_test_frame_check(data, seq, len))
		sent_bad++;
	__atomic_store_n(&sent_next, seq + 1, __ATOMIC_RELAXED);
}

static unsigned int frame_len(u32 seq)
{
	return 60 + seq % 190;
}

static void kick(unsigned long *count)
{
	pthread_mutex_lock(&xmit_lock);
	if (edma_ring_kick_prepare(rt.tx)) {
		edma_ring_notify(rt.tx);
		(*count)++;
	}
	pthread_mutex_unlock(&xmit_lock);
}

static void *xmit_fn(void *arg)
{
	unsigned int seed = 1, burst, i;
	u32 seq = 0;

	while (seq < FRAMES && !timed_out()) {
		burst = 1 + rand_r(&seed) % 24;
		for (i = 0; i < burst && seq < FRAMES; i++) {
			struct ring_test_buf *b = &rt.buf[seq % NUM];

			/* stopped: the reclaim frees slots (and their buffers) */
			while (!edma_ring_num_free(rt.tx) && !timed_out())
				sched_yield();
			pthread_mutex_lock(&xmit_lock);
			edma_test_frame_fill(b->cpu, seq, frame_len(seq));
			if (edma_ring_add_outbuf(rt.tx, b->dma, frame_len(seq), b))
				__atomic_store_n(&stop_all, 1, __ATOMIC_RELAXED);
			pthread_mutex_unlock(&xmit_lock);
			seq++;
		}
		kick(&xmit_kicks);
	}
	return NULL;
}

static void *reclaim_fn(void *arg)
{
	unsigned int seed = 2, max, n, i;
	u32 seen = 0, sent;
	void *tok[16];

	while (__atomic_load_n(&reclaimed, __ATOMIC_RELAXED) < FRAMES &&
	       !timed_out()) {
		/* asleep until a completion: nothing sent, nothing to do */
		sent = __atomic_load_n(&sent_next, __ATOMIC_RELAXED);
		if (sent == seen) {
			sched_yield();
			continue;
		}
		seen = sent;
		/*
		 * The status words are written by the model's thread: read
		 * them with it held, as a CPU reads them after the DMA's
		 * interrupt (the model's writes are not atomics).
		 */
		max = 1 + rand_r(&seed) % 16;
		pthread_mutex_lock(&hw_lock);
		n = edma_ring_get_bufs(rt.tx, tok, NULL, NULL, max);
		pthread_mutex_unlock(&hw_lock);
		for (i = 0; i < n; i++) {
			u32 seq = __atomic_load_n(&reclaimed, __ATOMIC_RELAXED);

			if (tok[i] != &rt.buf[seq % NUM])
				bad_tokens++;
			__atomic_store_n(&reclaimed, seq + 1, __ATOMIC_RELAXED);
		}
		if (edma_ring_num_pending(rt.tx))
			kick(&reclaim_kicks);
		/* the whole budget: poll again, as NAPI does */
		if (n == max)
			seen--;
	}
	return NULL;
}

static void *hw_fn(void *arg)
{
	while (__atomic_load_n(&reclaimed, __ATOMIC_RELAXED) < FRAMES &&
	       !timed_out()) {
		pthread_mutex_lock(&hw_lock);
		mac_step(rt.mac, 1 + rand() % 7);
		pthread_mutex_unlock(&hw_lock);
		sched_yield();
	}
	return NULL;
}

int main(void)
{
	pthread_t xmit, reclaim, hw;

	setvbuf(stdout, NULL, _IOLBF, 0);
	host_reset();
	if (ring_test_setup_window(NUM, WINDOW, 256)) {
		fprintf(stderr, "ring-stress: setup failed\n");
		return 1;
	}
	stress_lock_models(2);
	rt.mac_hold = mac_hold;
	rt.tx_check = tx_check;
	if (edma_ring_start(rt.tx)) {
		fprintf(stderr, "ring-stress: start failed\n");
		return 1;
	}

	clock_gettime(CLOCK_MONOTONIC, &t_start);
	pthread_create(&hw, NULL, hw_fn, NULL);
	pthread_create(&reclaim, NULL, reclaim_fn, NULL);
	pthread_create(&xmit, NULL, xmit_fn, NULL);
	pthread_join(xmit, NULL);
	pthread_join(reclaim, NULL);
	__atomic_store_n(&stop_all, 1, __ATOMIC_RELAXED);
	pthread_join(hw, NULL);

	printf("ring-stress: %u of %u frames reclaimed in %lld s; %u sent, "
	       "%lu bad; kicks: %lu xmit, %lu reclaim; %lu out of order\n",
	       reclaimed, FRAMES, elapsed_s(), sent_next, sent_bad,
	       xmit_kicks, reclaim_kicks, bad_tokens);
	edma_ring_stop(rt.tx);
	return reclaimed != FRAMES || sent_next != FRAMES || sent_bad ||
	       bad_tokens || !reclaim_kicks ? 1 : 0;
}
