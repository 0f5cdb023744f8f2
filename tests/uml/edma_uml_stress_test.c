// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit in UML: the stress scenario of tests/stress/edma_stress.c with
 * kernel threads, under lockdep, KASAN and UBSan.
 *
 * A DA850 with the da850-evm DSP reservations.  EUS_WORKERS kthreads each
 * loop: allocate a manual channel, a slot and a run of two slots, program
 * a copy that links to the slot, trigger it, wait for its callback, check
 * the bytes, relink, pause/resume/stop, free everything.  An interrupt
 * kthread raises the controllers' lines at random (spurious and error
 * lines), arms a TC fault now and then, and takes whatever is pending, so
 * handlers also run between the workers' calls.
 *
 * 6.1's UML has one CPU and does not preempt: the threads interleave at
 * their sleeps, and interrupts come after any register access made with
 * interrupts on (the harness's delivery point), in the middle of a
 * worker's sequence of calls.  Every triggered transfer must report
 * exactly once: EDMA_DMA_COMPLETE with its bytes, or EDMA_DMA_TC_ERROR
 * when an armed fault hit it.
 */
#include <kunit/test.h>
#include <linux/atomic.h>
#include <linux/completion.h>
#include <linux/delay.h>
#include <linux/kthread.h>
#include <linux/random.h>

#include "edma_test_util.h"

#define EUS_WORKERS	3
#define EUS_ITERATIONS	400		/* per worker */
#define EUS_LEN		256
#define EUS_WAIT_MS	2000		/* for one callback */

struct eus_worker {
	struct kunit *test;
	unsigned int id;
	struct task_struct *task;
	struct completion exited;
	struct edma_test_buf src, dst;
	atomic_t done;
	u16 status;
	unsigned long iterations, completions, tc_errors;
	unsigned long lost, duplicate, corrupt, api_errors;
};

static struct eus_worker eus_workers[EUS_WORKERS];
static bool eus_stop;
static unsigned long eus_irq_rounds, eus_injected;

static void eus_cb(unsigned int ch, u16 status, void *data)
{
	struct eus_worker *w = data;

	if (status != EDMA_DMA_COMPLETE && status != EDMA_DMA_TC_ERROR)
		return;		/* queue and TCC errors are advisory */
	WRITE_ONCE(w->status, status);
	/* status before done; pairs with eus_wait()'s acquire */
	smp_mb__before_atomic();
	atomic_inc(&w->done);
}

/* Wait for the callback, taking interrupts and letting others run. */
static bool eus_wait(struct eus_worker *w)
{
	unsigned long deadline = jiffies + msecs_to_jiffies(EUS_WAIT_MS);

	while (!atomic_read_acquire(&w->done)) {
		if (time_after(jiffies, deadline))
			return false;
		host_irq_poll();
		usleep_range(5, 20);
	}
	return true;
}

static bool eus_iteration(struct eus_worker *w, unsigned int n)
{
	struct edmacc_param p;
	int ch, slot, run;
	u8 seed = (u8)(w->id * 64 + n);

	ch = edma_alloc_channel(EDMA_CHANNEL_ANY, eus_cb, w,
				n & 1 ? EVENTQ_0 : EVENTQ_DEFAULT);
	if (ch < 0) {
		w->api_errors += ch != -ENOMEM;
		return ch == -ENOMEM;	/* every manual channel taken */
	}
	slot = edma_alloc_slot(EDMA_CTLR(ch), EDMA_SLOT_ANY);
	run = edma_alloc_cont_slots(EDMA_CTLR(ch), EDMA_CONT_PARAMS_ANY, 0, 2);
	if (slot < 0 || run < 0) {
		w->api_errors++;
		goto out;
	}
	edma_test_buf_fill(&w->src, seed);
	memset(w->dst.cpu, 0, EUS_LEN);
	edma_test_copy_param(&p, w->src.dma, w->dst.dma, EUS_LEN, 1,
			     EDMA_CHAN_SLOT(ch));
	edma_write_slot(ch, &p);
	edma_link(ch, slot);		/* reload a dummy set when done */
	edma_link(run, run + 1);
	atomic_set(&w->done, 0);
	if (edma_trigger_channel(ch)) {
		w->api_errors++;
		goto out;
	}
	/* another thread may run between the trigger and the wait */
	usleep_range(1, 10);
	if (!eus_wait(w)) {
		w->lost++;
		kunit_err(w->test, "worker %u: channel %#x lost a completion",
			  w->id, ch);
		goto out;
	}
	/* give a duplicate a chance to show up */
	usleep_range(1, 10);
	host_irq_poll();
	if (atomic_read_acquire(&w->done) != 1)
		w->duplicate++;
	if (READ_ONCE(w->status) == EDMA_DMA_COMPLETE) {
		w->completions++;
		if (!edma_test_buf_matches(&w->dst, EUS_LEN, seed))
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

static int eus_worker_fn(void *arg)
{
	struct eus_worker *w = arg;
	unsigned int n;

	for (n = 0; n < EUS_ITERATIONS && !READ_ONCE(eus_stop); n++) {
		if (!eus_iteration(w, n))
			break;
		w->iterations++;
	}
	complete(&w->exited);
	return 0;
}

/*
 * Arm a fault for the next request on TC0 of controller i, unless TC0
 * has an error latched: a TC keeps the details of one error only, so a
 * second failure before the handler ran could name nobody (see
 * tests/stress/edma_stress.c).  No thread runs between the two calls.
 */
static void eus_inject(unsigned int i)
{
	struct edma3 *cc = edma_test_cc(i);

	if (!edma3_tc_read(cc, 0, EDMA3_TC_ERRSTAT)) {
		edma3_inject_tc_error(cc, 0, 1);
		eus_injected++;
	}
}

static int eus_irq_fn(void *arg)
{
	/* DA850: CC0 completion, error, TC0/TC1 errors; CC1 the same */
	static const unsigned int lines[] = { 11, 12, 13, 32, 93, 94, 95 };
	u32 r;

	while (!kthread_should_stop()) {
		r = get_random_u32();
		host_irq_raise(lines[(r >> 16) % ARRAY_SIZE(lines)]);
		if (((r >> 8) & 63) == 0)
			eus_inject((r >> 4) & 1);
		host_irq_poll();
		eus_irq_rounds++;
		usleep_range(10, 40);
	}
	return 0;
}

static void stress_transfers_report_exactly_once(struct kunit *test)
{
	unsigned long total = 0, done = 0, tcerr = 0, lost = 0, dup = 0;
	unsigned long corrupt = 0, errs = 0;
	struct task_struct *irq_task;
	unsigned int i;

	eus_stop = false;
	eus_irq_rounds = 0;
	eus_injected = 0;
	for (i = 0; i < EUS_WORKERS; i++) {
		struct eus_worker *w = &eus_workers[i];

		memset(w, 0, sizeof(*w));
		w->test = test;
		w->id = i;
		init_completion(&w->exited);
		edma_test_buf_alloc(test, &w->src, EUS_LEN, 0);
		edma_test_buf_alloc(test, &w->dst, EUS_LEN, 0);
	}
	irq_task = kthread_run(eus_irq_fn, NULL, "edma-stress-irq");
	KUNIT_ASSERT_FALSE(test, IS_ERR(irq_task));
	for (i = 0; i < EUS_WORKERS; i++) {
		struct eus_worker *w = &eus_workers[i];

		w->task = kthread_run(eus_worker_fn, w, "edma-stress-%u", i);
		if (IS_ERR(w->task)) {
			complete(&w->exited);
			KUNIT_FAIL(test, "worker %u: %ld", i, PTR_ERR(w->task));
		}
	}
	for (i = 0; i < EUS_WORKERS; i++)
		wait_for_completion(&eus_workers[i].exited);
	kthread_stop(irq_task);
	host_irq_poll();

	for (i = 0; i < EUS_WORKERS; i++) {
		struct eus_worker *w = &eus_workers[i];

		total += w->iterations;
		done += w->completions;
		tcerr += w->tc_errors;
		lost += w->lost;
		dup += w->duplicate;
		corrupt += w->corrupt;
		errs += w->api_errors;
	}
	kunit_info(test, "stress: %lu iterations on %u workers, %lu completions, %lu TC errors; interrupt thread: %lu rounds, %lu TC faults armed",
		   total, EUS_WORKERS, done, tcerr, eus_irq_rounds,
		   eus_injected);
	KUNIT_EXPECT_EQ(test, total, (unsigned long)EUS_WORKERS * EUS_ITERATIONS);
	KUNIT_EXPECT_EQ(test, done + tcerr, total);
	KUNIT_EXPECT_EQ(test, lost, 0ul);
	KUNIT_EXPECT_EQ(test, dup, 0ul);
	KUNIT_EXPECT_EQ(test, corrupt, 0ul);
	KUNIT_EXPECT_EQ(test, errs, 0ul);
	KUNIT_EXPECT_GT(test, eus_irq_rounds, 0ul);
}

static struct kunit_case edma_stress_cases[] = {
	KUNIT_CASE(stress_transfers_report_exactly_once),
	{}
};

static struct kunit_suite edma_stress_suite = {
	.name = "edma_uml_stress",
	.init = edma_test_init_da850_dsp,
	.exit = edma_test_exit,
	.test_cases = edma_stress_cases,
};

kunit_test_suite(edma_stress_suite);
