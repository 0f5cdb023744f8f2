// SPDX-License-Identifier: GPL-2.0
/*
 * Concurrency stress of the private EDMA API, built with ThreadSanitizer.
 *
 * A DA850 with the da850-evm DSP reservations is probed before any thread
 * starts (the shim's platform bus is not thread-safe).  Then WORKERS
 * threads each loop: allocate a manual channel and PaRAM slots, program a
 * copy that links to one of the slots, trigger it, poll until its callback
 * arrives, check the data, relink, pause/resume/stop, free everything.
 * Meanwhile an interrupt thread raises the controllers' interrupt lines
 * (spurious and shared deliveries), injects TC errors and delivers
 * whatever is pending in its own context, so handlers run on every thread.
 *
 * Every triggered transfer must report exactly once: EDMA_DMA_COMPLETE
 * with the data copied, or EDMA_DMA_TC_ERROR when an injected error hit
 * it.  Iterations and wall time are bounded.
 *
 * A TC keeps the details of one error only (ERRSTAT.BUSERR is one sticky
 * bit, ERRDET names one TCC), so when two requests fail on a TC before its
 * error interrupt is serviced, nothing can tell the first one's client:
 * its transfer neither completes nor reports an error, on silicon as in
 * the model.  That is the hardware's limit, not a lost completion, so an
 * error is injected only while the TC has none latched (see inject()).
 */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <linux/dma-mapping.h>
#include <linux/interrupt.h>
#include <linux/platform_data/edma.h>

#include "edma_test_util.h"
#include "stress_util.h"

#define WORKERS		3
#define ITERATIONS	1500		/* per worker */
#define TIME_LIMIT_S	40		/* for the whole run */
#define WAIT_LIMIT_NS	2000000000LL	/* for one completion */
#define LEN		64

struct worker {
	pthread_t thread;
	unsigned int id;
	struct edma_test_buf src, dst;
	/* written by callbacks on any thread */
	unsigned int done;
	unsigned int status;
	/* results */
	unsigned long iterations, completions, tc_errors;
	unsigned long lost, duplicate, corrupt, api_errors;
};

static struct worker workers[WORKERS];
static unsigned int stop_all;
static unsigned long irq_rounds, injected;
static struct timespec t_start;

static long long elapsed_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (t.tv_sec - t_start.tv_sec) * 1000000000LL +
	       (t.tv_nsec - t_start.tv_nsec);
}

static void stress_cb(unsigned int ch, u16 status, void *data)
{
	struct worker *w = data;

	if (status != EDMA_DMA_COMPLETE && status != EDMA_DMA_TC_ERROR)
		return;		/* queue and TCC errors are advisory */
	__atomic_store_n(&w->status, status, __ATOMIC_RELAXED);
	__atomic_add_fetch(&w->done, 1, __ATOMIC_RELEASE);
}

/* Poll for the callback; this thread may deliver it itself. */
static bool wait_done(struct worker *w)
{
	long long deadline = elapsed_ns() + WAIT_LIMIT_NS;

	while (!__atomic_load_n(&w->done, __ATOMIC_ACQUIRE)) {
		if (elapsed_ns() > deadline)
			return false;
		host_irq_poll();
		sched_yield();
	}
	return true;
}

static bool one_iteration(struct worker *w, unsigned int n)
{
	struct edmacc_param p;
	int ch, slot, run;
	unsigned int done;
	u8 seed = (u8)(w->id * 64 + n);

	ch = edma_alloc_channel(EDMA_CHANNEL_ANY, stress_cb, w,
				n & 1 ? EVENTQ_0 : EVENTQ_DEFAULT);
	if (ch < 0) {
		w->api_errors += ch != -ENOMEM;
		return ch == -ENOMEM;	/* every manual channel taken */
	}
	slot = edma_alloc_slot(EDMA_CTLR(ch), EDMA_SLOT_ANY);
	run = edma_alloc_cont_slots(EDMA_CTLR(ch), EDMA_CONT_PARAMS_ANY, 0,
				    2);
	if (slot < 0 || run < 0) {
		w->api_errors++;
		goto out;
	}

	edma_test_buf_fill(&w->src, seed);
	memset(w->dst.cpu, 0, LEN);
	edma_test_copy_param(&p, w->src.dma, w->dst.dma, LEN, 1,
		      EDMA_CHAN_SLOT(ch));
	edma_write_slot(ch, &p);
	edma_link(ch, slot);		/* reload a dummy set when done */
	edma_link(run, run + 1);
	__atomic_store_n(&w->done, 0, __ATOMIC_RELAXED);
	if (edma_trigger_channel(ch)) {
		w->api_errors++;
		goto out;
	}
	if (!wait_done(w)) {
		w->lost++;
		fprintf(stderr, "stress: worker %u: channel %#x lost a "
			"completion\n", w->id, ch);
		goto out;
	}
	/* give a duplicate a chance to show up */
	host_irq_poll();
	sched_yield();
	host_irq_poll();
	done = __atomic_load_n(&w->done, __ATOMIC_ACQUIRE);
	if (done != 1)
		w->duplicate++;
	if (__atomic_load_n(&w->status, __ATOMIC_RELAXED) ==
	    EDMA_DMA_COMPLETE) {
		w->completions++;
		if (!edma_test_buf_matches(&w->dst, LEN, seed))
			w->corrupt++;
	} else {
		w->tc_errors++;
	}
	edma_get_position(ch, true);
	edma_pause(ch);
	edma_resume(ch);
	edma_unlink(run);
	edma_stop(ch);
out:
	if (run >= 0 && edma_free_cont_slots(run, 2))
		w->api_errors++;
	if (slot >= 0)
		edma_free_slot(slot);
	edma_free_channel(ch);
	return true;
}

static void *worker_fn(void *arg)
{
	struct worker *w = arg;
	unsigned int n;

	for (n = 0; n < ITERATIONS; n++) {
		if (__atomic_load_n(&stop_all, __ATOMIC_RELAXED) ||
		    elapsed_ns() > TIME_LIMIT_S * 1000000000LL)
			break;
		if (!one_iteration(w, n))
			break;
		w->iterations++;
	}
	return NULL;
}

static irqreturn_t shared_handler(int irq, void *dev_id)
{
	__atomic_add_fetch((unsigned long *)dev_id, 1, __ATOMIC_RELAXED);
	return IRQ_NONE;
}

/*
 * Make the next request on TC0 of controller i fail, unless TC0 has an
 * error latched: ERRSTAT is read and the fault armed under the model's
 * lock, so at most one failed request waits for the handler, which reads
 * its ERRDET before ERRCLR lets another one fail.  An armed fault no
 * request has taken yet is armed again, not doubled.
 */
static void inject(unsigned int i)
{
	struct edma3 *cc = edma_test_cc(i);

	/* recursive: the model is read holding its lock */
	pthread_mutex_lock(stress_model_lock(i));
	if (!edma3_tc_read(cc, 0, EDMA3_TC_ERRSTAT)) {
		edma3_inject_tc_error(cc, 0, 1);
		injected++;
	}
	pthread_mutex_unlock(stress_model_lock(i));
}

static void *irq_fn(void *arg)
{
	static const unsigned int lines[] = { 11, 12, 13, 32, 93, 94, 95 };
	unsigned int r = 1;

	while (!__atomic_load_n(&stop_all, __ATOMIC_RELAXED)) {
		r = r * 1103515245 + 12345;
		host_irq_raise(lines[(r >> 16) % ARRAY_SIZE(lines)]);
		if (((r >> 8) & 63) == 0)
			inject((r >> 4) & 1);
		host_irq_poll();
		irq_rounds++;
		sched_yield();
	}
	return NULL;
}

int main(void)
{
	unsigned long shared_calls = 0, total = 0, lost = 0, dup = 0;
	unsigned long corrupt = 0, errs = 0, done = 0, tcerr = 0;
	pthread_t irq_thread;
	unsigned int i;
	int ret;

	setvbuf(stdout, NULL, _IOLBF, 0);
	host_reset();
	if (edma_test_setup_da850(true)) {
		fprintf(stderr, "stress: board setup failed\n");
		return 1;
	}
	stress_lock_models(2);
	/* a second device on the completion line of CC0 */
	ret = request_irq(11, shared_handler, IRQF_SHARED, "stress-shared",
			  &shared_calls);
	if (ret) {
		fprintf(stderr, "stress: request_irq: %d\n", ret);
		return 1;
	}
	for (i = 0; i < WORKERS; i++) {
		workers[i].id = i;
		workers[i].src.size = LEN;
		workers[i].src.cpu = dma_alloc_coherent(NULL, LEN,
							&workers[i].src.dma,
							GFP_KERNEL);
		workers[i].dst.size = LEN;
		workers[i].dst.cpu = dma_alloc_coherent(NULL, LEN,
							&workers[i].dst.dma,
							GFP_KERNEL);
		if (!workers[i].src.cpu || !workers[i].dst.cpu)
			return 1;
	}

	clock_gettime(CLOCK_MONOTONIC, &t_start);
	pthread_create(&irq_thread, NULL, irq_fn, NULL);
	for (i = 0; i < WORKERS; i++)
		pthread_create(&workers[i].thread, NULL, worker_fn,
			       &workers[i]);
	for (i = 0; i < WORKERS; i++)
		pthread_join(workers[i].thread, NULL);
	__atomic_store_n(&stop_all, 1, __ATOMIC_RELAXED);
	pthread_join(irq_thread, NULL);
	host_irq_poll();

	for (i = 0; i < WORKERS; i++) {
		struct worker *w = &workers[i];

		printf("stress: worker %u: %lu iterations, %lu completions, "
		       "%lu TC errors\n", i, w->iterations, w->completions,
		       w->tc_errors);
		total += w->iterations;
		done += w->completions;
		tcerr += w->tc_errors;
		lost += w->lost;
		dup += w->duplicate;
		corrupt += w->corrupt;
		errs += w->api_errors;
		dma_free_coherent(NULL, LEN, w->src.cpu, w->src.dma);
		dma_free_coherent(NULL, LEN, w->dst.cpu, w->dst.dma);
	}
	printf("stress: interrupt thread: %lu rounds, %lu TC faults "
	       "armed, shared handler ran %lu times\n", irq_rounds,
	       injected, shared_calls);
	printf("stress: %lu completions, %lu TC errors, %lu duplicates, "
	       "%lu corrupt, %lu API errors\n", done, tcerr, dup, corrupt,
	       errs);
	printf("stress: %lu iterations, %lu lost completions\n", total, lost);
	free_irq(11, &shared_calls);
	for (i = 0; i < 2; i++)
		edma3_set_lock(edma_test_cc(i), NULL, NULL, NULL);
	edma_test_teardown();
	return lost || dup || corrupt || errs || !shared_calls ||
	       total < WORKERS ? 1 : 0;
}
