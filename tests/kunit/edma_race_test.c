// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit: the interrupt path against stop, free and reallocation, on the
 * simulated DA850 (CC0 completion line 11).
 *
 * One-CPU cases: a callback acting on another channel whose completion the
 * same interrupt already collected.  Two-CPU cases: a second host thread
 * runs the completion handler and is held at a chosen register access
 * (the shim's MMIO hook) while the first thread calls the API, so the
 * interleaving is the same on every run.  Those need HOST_CAP_CPUS; in
 * UML (6.1: one CPU, no preemption) they skip and the rest runs.
 */
#include <kunit/test.h>
#include <linux/io.h>
#include <linux/ioport.h>
#include <linux/irqflags.h>
#include <linux/platform_device.h>
#include <pthread.h>
#include <sched.h>
#include <time.h>

#include "edma-legacy.h"
#include "edma_ring_test_util.h"
#include "edma_test_util.h"

#define CH0(n)		EDMA_CTLR_CHAN(0, n)
#define CC0_BASE	0x01c00000u
#define CC0_IRQ		11
#define SH0(reg)	(CC0_BASE + EDMA3_SHADOW(0) + (reg))

static u64 irq_handled(unsigned int irq)
{
	struct host_irq_stats st;

	host_irq_get_stats(irq, &st);
	return st.handled;
}

/* A one-shot copy on channel ch, allocated by number with edma_test_cb. */
static void setup_copy(struct kunit *test, unsigned int ch,
		       struct edma_test_buf *src, struct edma_test_buf *dst, u8 seed)
{
	edma_test_buf_alloc(test, src, 32, seed);
	edma_test_buf_alloc(test, dst, 32, 0);
	memset(dst->cpu, 0, 32);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(ch, edma_test_cb, dst,
						 EVENTQ_DEFAULT), (int)ch);
	edma_test_program_copy(ch, src, dst, 32, EDMA_CHAN_SLOT(ch));
}

/* Complete every channel of chans[] so that one interrupt sees them all. */
static void complete_together(const unsigned int *chans, unsigned int n)
{
	unsigned int i;

	local_irq_disable();
	for (i = 0; i < n; i++)
		edma_trigger_channel(chans[i]);
	local_irq_enable();
}

/* ---- one CPU: a callback acts on a channel of the same interrupt ------- */

static unsigned int victim;
static int second_owner;
static u8 new_owner_data;

static void cb_stops_victim(unsigned int ch, u16 status, void *data)
{
	edma_test_cb(ch, status, data);
	edma_stop(victim);
}

static void cb_frees_victim(unsigned int ch, u16 status, void *data)
{
	edma_test_cb(ch, status, data);
	edma_free_channel(victim);
}

static void cb_reallocates_victim(unsigned int ch, u16 status, void *data)
{
	edma_test_cb(ch, status, data);
	edma_free_channel(victim);
	second_owner = edma_alloc_channel(victim, edma_test_cb, &new_owner_data,
					  EVENTQ_DEFAULT);
}

/*
 * Channel 21 copies with edma_test_cb, and channel 7 copies with cb, which acts on
 * channel 21 (the victim); both complete in one interrupt.
 */
static void run_7_acting_on_21(struct kunit *test,
			       void (*cb)(unsigned int ch, u16 status,
					  void *data),
			       struct edma_test_buf *s2, struct edma_test_buf *d2)
{
	static struct edma_test_buf s1, d1;	/* d1 is channel 7's callback data */
	const unsigned int chans[] = { CH0(7), CH0(21) };

	setup_copy(test, CH0(21), s2, d2, 2);
	edma_test_buf_alloc(test, &s1, 32, 1);
	edma_test_buf_alloc(test, &d1, 32, 0);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(7), cb, &d1,
						 EVENTQ_DEFAULT), CH0(7));
	edma_test_program_copy(CH0(7), &s1, &d1, 32, 7);
	victim = CH0(21);
	complete_together(chans, 2);
	host_irq_poll();
}

static void callback_stopping_a_later_channel_drops_its_completion(
	struct kunit *test)
{
	struct edma_test_buf s2, d2;

	run_7_acting_on_21(test, cb_stops_victim, &s2, &d2);
	/* both transfers ran; only 7 is reported */
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&d2, 32, 2));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(7), EDMA_DMA_COMPLETE), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(21), EDMA_DMA_COMPLETE), 0u);
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_IPR, 21));
	/* the channel works again after a restart */
	edma_test_program_copy(CH0(21), &s2, &d2, 32, 21);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(21)), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(21), EDMA_DMA_COMPLETE), 1u);
}

static void callback_freeing_a_later_channel_drops_its_completion(
	struct kunit *test)
{
	struct edma_test_buf s2, d2;

	run_7_acting_on_21(test, cb_frees_victim, &s2, &d2);
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(21), EDMA_DMA_COMPLETE), 0u);
	edma_free_channel(CH0(7));
}

static void old_completion_never_reaches_the_new_owner(struct kunit *test)
{
	struct edma_test_buf s2, d2;
	unsigned int i;

	second_owner = -1;
	run_7_acting_on_21(test, cb_reallocates_victim, &s2, &d2);
	KUNIT_ASSERT_EQ(test, second_owner, (int)CH0(21));
	for (i = 0; i < edma_test_log.n; i++)
		KUNIT_EXPECT_NE(test, edma_test_log.ev[i].ch, (unsigned int)CH0(21));
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 1u);
	/* the new owner's own transfer is reported, with its data */
	edma_test_program_copy(CH0(21), &s2, &d2, 32, 21);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(21)), 0);
	host_irq_poll();
	KUNIT_ASSERT_EQ(test, edma_test_log.n, 2u);
	KUNIT_EXPECT_EQ(test, edma_test_log.ev[1].ch, (unsigned int)CH0(21));
	KUNIT_EXPECT_PTR_EQ(test, edma_test_log.ev[1].data, (void *)&new_owner_data);
	edma_free_channel(CH0(7));
	edma_free_channel(CH0(21));
}

static void callback_freeing_its_own_channel_does_not_wait(
	struct kunit *test)
{
	struct edma_test_buf s1, d1;

	edma_test_buf_alloc(test, &s1, 32, 1);
	edma_test_buf_alloc(test, &d1, 32, 0);
	victim = CH0(9);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(9), cb_frees_victim, &d1,
						 EVENTQ_DEFAULT), CH0(9));
	edma_test_program_copy(CH0(9), &s1, &d1, 32, 9);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(9)), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(9), EDMA_DMA_COMPLETE), 1u);
	/* freed: allocating it again works */
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH0(9), NULL, NULL,
						 EVENTQ_DEFAULT), CH0(9));
	edma_free_channel(CH0(9));
}

/* A completion left pending because its generation moved is not lost. */
static void completion_after_restart_in_a_callback_is_reported(
	struct kunit *test)
{
	struct edma_test_buf s2, d2;

	run_7_acting_on_21(test, cb_stops_victim, &s2, &d2);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(21), EDMA_DMA_COMPLETE), 0u);
	/* restarted (not from a callback): reported once */
	edma_test_buf_fill(&d2, 0);
	edma_test_program_copy(CH0(21), &s2, &d2, 32, 21);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(21)), 0);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&d2, 32, 2));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(21), EDMA_DMA_COMPLETE), 1u);
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_IPR, 21));
}

/* ---- two CPUs: the handler on thread B, the API on thread A ------------ */

/*
 * Thread B runs host_irq_poll(); when its handler makes the register
 * access (phys, write) the hook parks B and lets A run action() to its end
 * before B goes on.
 */
static struct {
	u32 phys;
	bool write;
	int stage;		/* 0 waiting, 1 B parked, 2 A done */
	bool fired;
	void (*action)(void);
} park;

static void park_hook(void *ctx, u32 phys, u32 val, bool write)
{
	if (phys != park.phys || write != park.write ||
	    __atomic_load_n(&park.fired, __ATOMIC_ACQUIRE) || !host_in_hardirq())
		return;
	__atomic_store_n(&park.fired, true, __ATOMIC_RELEASE);
	__atomic_store_n(&park.stage, 1, __ATOMIC_RELEASE);
	while (__atomic_load_n(&park.stage, __ATOMIC_ACQUIRE) != 2)
		sched_yield();
}

static void *cpu_b_poll(void *arg)
{
	host_irq_poll();
	return NULL;
}

/*
 * Complete chans with the interrupt taken by thread B, which is parked at
 * (phys, write) while this thread runs action.
 */
static bool run_parked(const unsigned int *chans, unsigned int n, u32 phys,
		       bool write, void (*action)(void))
{
	pthread_t b;
	unsigned int i;

	park.phys = phys;
	park.write = write;
	park.stage = 0;
	park.fired = false;
	park.action = action;
	host_mmio_set_hook(park_hook, NULL);
	local_irq_disable();
	for (i = 0; i < n; i++)
		edma_trigger_channel(chans[i]);
	if (pthread_create(&b, NULL, cpu_b_poll, NULL)) {
		local_irq_enable();
		return false;
	}
	while (__atomic_load_n(&park.stage, __ATOMIC_ACQUIRE) != 1)
		sched_yield();
	action();
	__atomic_store_n(&park.stage, 2, __ATOMIC_RELEASE);
	pthread_join(b, NULL);
	host_mmio_set_hook(NULL, NULL);
	local_irq_enable();
	return true;
}

static void stop_victim(void)
{
	edma_stop(victim);
}

static void free_victim(void)
{
	edma_free_channel(victim);
}

static void reallocate_victim(void)
{
	edma_free_channel(victim);
	second_owner = edma_alloc_channel(victim, edma_test_cb, &new_owner_data,
					  EVENTQ_DEFAULT);
}

static void two_cpu_case(struct kunit *test, u32 phys, bool write,
			 void (*action)(void))
{
	const unsigned int chans[] = { CH0(7), CH0(21) };
	struct edma_test_buf s1, d1, s2, d2;
	unsigned int i;

	ET_REQUIRE(test, HOST_CAP_CPUS);
	setup_copy(test, CH0(7), &s1, &d1, 1);
	setup_copy(test, CH0(21), &s2, &d2, 2);
	victim = CH0(21);
	second_owner = -1;
	KUNIT_ASSERT_TRUE(test, run_parked(chans, 2, phys, write, action));
	KUNIT_ASSERT_TRUE(test, park.fired);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(7), EDMA_DMA_COMPLETE), 1u);
	for (i = 0; i < edma_test_log.n; i++)
		KUNIT_EXPECT_NE(test, edma_test_log.ev[i].ch, (unsigned int)CH0(21));
	if (action == reallocate_victim)
		KUNIT_EXPECT_EQ(test, second_owner, (int)CH0(21));
}

static void stop_on_cpu_a_after_cpu_b_cleared_ipr(struct kunit *test)
{
	two_cpu_case(test, SH0(EDMA3_ICR), true, stop_victim);
}

static void stop_on_cpu_a_after_cpu_b_read_ipr(struct kunit *test)
{
	two_cpu_case(test, SH0(EDMA3_IPR), false, stop_victim);
}

static void free_on_cpu_a_after_cpu_b_cleared_ipr(struct kunit *test)
{
	two_cpu_case(test, SH0(EDMA3_ICR), true, free_victim);
}

static void reallocation_on_cpu_a_after_cpu_b_read_ipr(struct kunit *test)
{
	two_cpu_case(test, SH0(EDMA3_IPR), false, reallocate_victim);
	edma_free_channel(CH0(21));
}

static void reallocation_on_cpu_a_after_cpu_b_cleared_ipr(struct kunit *test)
{
	two_cpu_case(test, SH0(EDMA3_ICR), true, reallocate_victim);
	edma_free_channel(CH0(21));
}

/*
 * A genuine completion of the new owner, raised while B was parked after
 * reading IPR, must not be lost: B leaves it pending and the IEVAL pulse
 * brings it back.
 */
static struct edma_test_buf restart_src, restart_dst;

static void reallocate_and_restart_victim(void)
{
	reallocate_victim();
	edma_test_program_copy(victim, &restart_src, &restart_dst, 32,
			EDMA_CHAN_SLOT(victim));
	edma_trigger_channel(victim);
}

static void new_owner_completion_during_the_race_is_not_lost(
	struct kunit *test)
{
	const unsigned int chans[] = { CH0(7), CH0(21) };
	struct edma_test_buf s1, d1, s2, d2;

	ET_REQUIRE(test, HOST_CAP_CPUS);
	setup_copy(test, CH0(7), &s1, &d1, 1);
	setup_copy(test, CH0(21), &s2, &d2, 2);
	edma_test_buf_alloc(test, &restart_src, 32, 3);
	edma_test_buf_alloc(test, &restart_dst, 32, 0);
	memset(restart_dst.cpu, 0, 32);
	victim = CH0(21);
	KUNIT_ASSERT_TRUE(test, run_parked(chans, 2, SH0(EDMA3_IPR), false,
					   reallocate_and_restart_victim));
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_buf_matches(&restart_dst, 32, 3));
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(21), EDMA_DMA_COMPLETE), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(7), EDMA_DMA_COMPLETE), 1u);
	if (edma_test_log_count(CH0(21), EDMA_DMA_COMPLETE) == 1) {
		unsigned int i;

		for (i = 0; i < edma_test_log.n; i++)
			if (edma_test_log.ev[i].ch == CH0(21))
				KUNIT_EXPECT_PTR_EQ(test, edma_test_log.ev[i].data,
						    (void *)&new_owner_data);
	}
	edma_free_channel(CH0(21));
}

/* ---- edma_free_channel() waits for a callback running elsewhere -------- */

static int cb_state;		/* 1 inside, 2 may leave */
static int free_returned;

static void cb_blocks(unsigned int ch, u16 status, void *data)
{
	edma_test_cb(ch, status, data);
	__atomic_store_n(&cb_state, 1, __ATOMIC_RELEASE);
	while (__atomic_load_n(&cb_state, __ATOMIC_ACQUIRE) != 2)
		sched_yield();
}

static void *cpu_c_free(void *arg)
{
	edma_free_channel(victim);
	__atomic_store_n(&free_returned, 1, __ATOMIC_RELEASE);
	return NULL;
}

static void free_waits_for_the_callback_running_on_another_cpu(
	struct kunit *test)
{
	struct timespec ts = { 0, 30 * 1000 * 1000 };
	struct edma_test_buf s1, d1;
	pthread_t b, c;

	ET_REQUIRE(test, HOST_CAP_CPUS);
	edma_test_buf_alloc(test, &s1, 32, 1);
	edma_test_buf_alloc(test, &d1, 32, 0);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(12), cb_blocks, &d1,
						 EVENTQ_DEFAULT), CH0(12));
	edma_test_program_copy(CH0(12), &s1, &d1, 32, 12);
	victim = CH0(12);
	cb_state = 0;
	free_returned = 0;
	local_irq_disable();
	edma_trigger_channel(CH0(12));
	KUNIT_ASSERT_EQ(test, pthread_create(&b, NULL, cpu_b_poll, NULL), 0);
	while (__atomic_load_n(&cb_state, __ATOMIC_ACQUIRE) != 1)
		sched_yield();
	KUNIT_ASSERT_EQ(test, pthread_create(&c, NULL, cpu_c_free, NULL), 0);
	nanosleep(&ts, NULL);
	/* the callback still runs: free must not have returned */
	KUNIT_EXPECT_EQ(test, __atomic_load_n(&free_returned, __ATOMIC_ACQUIRE),
			0);
	__atomic_store_n(&cb_state, 2, __ATOMIC_RELEASE);
	pthread_join(b, NULL);
	pthread_join(c, NULL);
	local_irq_enable();
	KUNIT_EXPECT_EQ(test, free_returned, 1);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(12), EDMA_DMA_COMPLETE), 1u);
}

/*
 * A missed event arriving while the error handler runs (after it read
 * EMR) keeps the error line high: only the handler's EEVAL write makes
 * the controller pulse again, so the second event is reported too.
 */
static bool second_missed_done;

static void missed_during_handler_hook(void *ctx, u32 phys, u32 val,
				       bool write)
{
	if (write || phys != CC0_BASE + EDMA3_EMR || second_missed_done ||
	    !host_in_hardirq())
		return;
	second_missed_done = true;
	/* the second trigger of a channel whose set is null: missed */
	edma_trigger_channel(CH0(26));
	edma_trigger_channel(CH0(26));
}

static void missed_event_during_the_error_handler_is_reported(
	struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(25), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(25));
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(26), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(26));
	second_missed_done = false;
	host_mmio_set_hook(missed_during_handler_hook, NULL);
	edma_trigger_channel(CH0(25));
	edma_trigger_channel(CH0(25));
	host_irq_poll();
	host_mmio_set_hook(NULL, NULL);
	KUNIT_EXPECT_TRUE(test, second_missed_done);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(25), EDMA_DMA_CC_ERROR), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(26), EDMA_DMA_CC_ERROR), 1u);
	KUNIT_EXPECT_FALSE(test, edma_test_bit(0, EDMA3_EMR, 26));
	edma_free_channel(CH0(25));
	edma_free_channel(CH0(26));
}

/*
 * A TRERR latched while the TC error handler services a bus error (after
 * it read ERRSTAT) survives its ERRCLR and keeps the line high: only the
 * handler's ERRCMD write makes the TC pulse again, so it is serviced too.
 */
static bool trerr_raised;

static void trerr_during_handler_hook(void *ctx, u32 phys, u32 val,
				      bool write)
{
	u32 errstat = edma_test_board->soc->cc[0].tc_base[0] + EDMA3_TC_ERRSTAT;

	if (write || phys != errstat || trerr_raised || !host_in_hardirq())
		return;
	trerr_raised = true;
	edma3_tc_raise_error(edma_test_cc(0), 0, EDMA3_TC_ERR_TRERR);
}

static void tc_error_during_the_tc_error_handler_is_serviced(
	struct kunit *test)
{
	struct edma_test_buf src, dst;

	edma_test_buf_alloc(test, &src, 16, 0x72);
	edma_test_buf_alloc(test, &dst, 16, 0);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(20), edma_test_cb, NULL,
						 EVENTQ_0), CH0(20));
	edma_test_program_copy(CH0(20), &src, &dst, 16, 20);
	edma3_inject_tc_error(edma_test_cc(0), 0, 1);
	trerr_raised = false;
	host_mmio_set_hook(trerr_during_handler_hook, NULL);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(20)), 0);
	host_irq_poll();
	host_mmio_set_hook(NULL, NULL);
	KUNIT_EXPECT_TRUE(test, trerr_raised);
	KUNIT_EXPECT_EQ(test, edma3_tc_read(edma_test_cc(0), 0, EDMA3_TC_ERRSTAT), 0u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(20), EDMA_DMA_TC_ERROR), 2u);
	edma_free_channel(CH0(20));
}

static struct kunit_case edma_race_cases[] = {
	KUNIT_CASE(missed_event_during_the_error_handler_is_reported),
	KUNIT_CASE(tc_error_during_the_tc_error_handler_is_serviced),
	KUNIT_CASE(callback_stopping_a_later_channel_drops_its_completion),
	KUNIT_CASE(callback_freeing_a_later_channel_drops_its_completion),
	KUNIT_CASE(old_completion_never_reaches_the_new_owner),
	KUNIT_CASE(callback_freeing_its_own_channel_does_not_wait),
	KUNIT_CASE(completion_after_restart_in_a_callback_is_reported),
	KUNIT_CASE(stop_on_cpu_a_after_cpu_b_cleared_ipr),
	KUNIT_CASE(stop_on_cpu_a_after_cpu_b_read_ipr),
	KUNIT_CASE(free_on_cpu_a_after_cpu_b_cleared_ipr),
	KUNIT_CASE(reallocation_on_cpu_a_after_cpu_b_read_ipr),
	KUNIT_CASE(reallocation_on_cpu_a_after_cpu_b_cleared_ipr),
	KUNIT_CASE(new_owner_completion_during_the_race_is_not_lost),
	KUNIT_CASE(free_waits_for_the_callback_running_on_another_cpu),
	{}
};

static struct kunit_suite edma_race_suite = {
	.name = "edma_race",
	.init = edma_test_init_da850,
	.exit = edma_test_exit,
	.test_cases = edma_race_cases,
};

/* ---- the ring's notification state across suspend ---------------------- */

#define RING_RX_IRQ	11

static int ring_pm_init(struct kunit *test)
{
	return ring_test_setup(32, 32, 128);
}

static void ring_frames(unsigned int first, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++) {
		ring_test_inject(first + i, 64);
		mac_step(rt.mac, 1000);
		host_irq_poll();
	}
}

static void resume_keeps_a_polling_ring_quiet(struct kunit *test)
{
	u64 before;

	rt.napi = true;
	ring_test_post_rx(0, rt.rx_num);
	edma_ring_kick(rt.rx);
	edma_ring_start(rt.rx);
	/* NAPI is polling: notification off */
	edma_ring_disable_cb(rt.rx);
	KUNIT_ASSERT_FALSE(test, edma_test_chbit(0, EDMA3_IER, RT_CHAN));
	KUNIT_ASSERT_EQ(test, host_pm_suspend(), 0);
	KUNIT_ASSERT_EQ(test, host_pm_resume(), 0);
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_IER, RT_CHAN));
	before = irq_handled(RING_RX_IRQ);
	ring_frames(0, 4);
	KUNIT_EXPECT_EQ(test, irq_handled(RING_RX_IRQ), before);
	KUNIT_EXPECT_EQ(test, rt.rx_cbs, 0u);
}

static void resume_restores_an_armed_ring_after_power_loss(
	struct kunit *test)
{
	rt.napi = true;
	ring_test_post_rx(0, rt.rx_num);
	edma_ring_kick(rt.rx);
	edma_ring_start(rt.rx);
	KUNIT_ASSERT_TRUE(test, edma_ring_enable_cb(rt.rx));
	KUNIT_ASSERT_EQ(test, host_pm_suspend(), 0);
	edma3_reset(edma_test_cc(0));
	KUNIT_ASSERT_EQ(test, host_pm_resume(), 0);
	KUNIT_EXPECT_TRUE(test, edma_test_chbit(0, EDMA3_IER, RT_CHAN));
	edma_ring_start(rt.rx);
}

static void resume_leaves_a_quiet_ring_quiet_after_power_loss(
	struct kunit *test)
{
	rt.napi = true;
	ring_test_post_rx(0, rt.rx_num);
	edma_ring_kick(rt.rx);
	edma_ring_start(rt.rx);
	KUNIT_ASSERT_TRUE(test, edma_ring_enable_cb(rt.rx));
	edma_ring_disable_cb(rt.rx);
	KUNIT_ASSERT_EQ(test, host_pm_suspend(), 0);
	edma3_reset(edma_test_cc(0));
	KUNIT_ASSERT_EQ(test, host_pm_resume(), 0);
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_IER, RT_CHAN));
	/* and the next enable turns it on again */
	edma_ring_enable_cb(rt.rx);
	KUNIT_EXPECT_TRUE(test, edma_test_chbit(0, EDMA3_IER, RT_CHAN));
}

/* A ring of 32 takes exactly 32 buffers, and one more once one is back. */
static void ring_full_at_exactly_num(struct kunit *test)
{
	unsigned int i, len;

	for (i = 0; i < rt.rx_num; i++)
		KUNIT_ASSERT_EQ(test, edma_ring_add_inbuf(rt.rx, rt.buf[i].dma,
							  &rt.buf[i]), 0);
	KUNIT_EXPECT_EQ(test, edma_ring_num_free(rt.rx), 0u);
	KUNIT_EXPECT_EQ(test, edma_ring_add_inbuf(rt.rx, rt.buf[i].dma,
						  &rt.buf[i]), -ENOSPC);
	edma_ring_kick(rt.rx);
	edma_ring_start(rt.rx);
	KUNIT_ASSERT_TRUE(test, ring_test_inject(0, 64));
	mac_step(rt.mac, 1000);
	KUNIT_EXPECT_PTR_EQ(test, edma_ring_get_buf(rt.rx, &len, NULL),
			    (void *)&rt.buf[0]);
	KUNIT_EXPECT_EQ(test, edma_ring_num_free(rt.rx), 1u);
	KUNIT_EXPECT_EQ(test, edma_ring_add_inbuf(rt.rx, rt.buf[i].dma,
						  &rt.buf[i]), 0);
	KUNIT_EXPECT_EQ(test, edma_ring_add_inbuf(rt.rx, rt.buf[i + 1].dma,
						  &rt.buf[i + 1]), -ENOSPC);
}

/*
 * The core's IER copy keeps a ring's channel enabled, so its handler
 * clears the ring's IPR bit and calls the ring when another channel of
 * the controller interrupts; with notification off the ring stays quiet.
 */
static void quiet_ring_stays_quiet_when_another_channel_interrupts(
	struct kunit *test)
{
	struct edma_test_buf src, dst;

	rt.napi = true;
	ring_test_post_rx(0, rt.rx_num);
	edma_ring_kick(rt.rx);
	edma_ring_start(rt.rx);
	edma_ring_disable_cb(rt.rx);
	KUNIT_ASSERT_TRUE(test, ring_test_inject(0, 64));
	mac_step(rt.mac, 1000);
	host_irq_poll();
	KUNIT_ASSERT_TRUE(test, edma_test_chbit(0, EDMA3_IPR, RT_CHAN));
	/* another channel of CC0 completes: the handler visits the ring */
	edma_test_buf_alloc(test, &src, 32, 9);
	edma_test_buf_alloc(test, &dst, 32, 0);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(5), edma_test_cb, &dst,
						 EVENTQ_DEFAULT), CH0(5));
	edma_test_program_copy(CH0(5), &src, &dst, 32, 5);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(5)), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(5), EDMA_DMA_COMPLETE), 1u);
	KUNIT_EXPECT_EQ(test, rt.rx_cbs, 0u);
	edma_free_channel(CH0(5));
}

static struct kunit_case edma_ring_pm_cases[] = {
	KUNIT_CASE(quiet_ring_stays_quiet_when_another_channel_interrupts),
	KUNIT_CASE(ring_full_at_exactly_num),
	KUNIT_CASE(resume_keeps_a_polling_ring_quiet),
	KUNIT_CASE(resume_restores_an_armed_ring_after_power_loss),
	KUNIT_CASE(resume_leaves_a_quiet_ring_quiet_after_power_loss),
	{}
};

static struct kunit_suite edma_ring_pm_suite = {
	.name = "edma_ring_pm",
	.init = ring_pm_init,
	.exit = ring_test_exit,
	.test_cases = edma_ring_pm_cases,
};

/* ---- resume on a 64-channel controller (DM644x) ----------------------- */

static int pm64_init(struct kunit *test)
{
	/* a peripheral naming channel 40: started by its event, as in 3.x */
	static const struct resource req = DEFINE_RES_DMA_NAMED(40, "tx");
	int ret = edma_test_setup_bare(&board_dm644x);

	if (!ret)
		ret = dm644x_register_edma(NULL);
	if (!ret && IS_ERR(host_platform_device_create("pm64-peripheral", 0,
						       &req, 1, NULL, 0)))
		ret = -ENODEV;
	return ret;
}

static void resume_restores_high_bank_enables(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(40), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(40));
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(8), NULL, NULL,
						 EVENTQ_DEFAULT), CH0(8));
	KUNIT_ASSERT_EQ(test, edma_start(CH0(40)), 0);
	KUNIT_ASSERT_TRUE(test, edma_test_chbit(0, EDMA3_EER, 40));
	KUNIT_ASSERT_EQ(test, host_pm_suspend(), 0);
	edma3_reset(edma_test_cc(0));
	KUNIT_ASSERT_EQ(test, host_pm_resume(), 0);
	KUNIT_EXPECT_TRUE(test, edma_test_chbit(0, EDMA3_EER, 40));
	KUNIT_EXPECT_TRUE(test, edma_test_chbit(0, EDMA3_IER, 40));
	KUNIT_EXPECT_TRUE(test, edma_test_bit(0, EDMA3_DRAE(0), 40));
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_EER, 8));
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_IER, 8));
	KUNIT_EXPECT_TRUE(test, edma_test_bit(0, EDMA3_DRAE(0), 8));
	edma_free_channel(CH0(40));
	edma_free_channel(CH0(8));
}

/* edma_clean_channel() clears a missed event in its own bank only. */
static void clean_clears_the_high_bank_missed_event_only(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(45), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(45));
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(13), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(13));
	local_irq_disable();
	edma_trigger_channel(CH0(45));
	edma_trigger_channel(CH0(45));
	edma_trigger_channel(CH0(13));
	edma_trigger_channel(CH0(13));
	KUNIT_EXPECT_TRUE(test, edma_test_bit(0, EDMA3_EMR, 45));
	KUNIT_EXPECT_TRUE(test, edma_test_bit(0, EDMA3_EMR, 13));
	edma_clean_channel(CH0(45));
	KUNIT_EXPECT_FALSE(test, edma_test_bit(0, EDMA3_EMR, 45));
	KUNIT_EXPECT_TRUE(test, edma_test_bit(0, EDMA3_EMR, 13));
	local_irq_enable();
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(13), EDMA_DMA_CC_ERROR), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(45), EDMA_DMA_CC_ERROR), 0u);
	edma_free_channel(CH0(45));
	edma_free_channel(CH0(13));
}

/* The error handler unblocks a high-bank channel (SECR in its bank). */
static void missed_event_above_31_unblocks_the_channel(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(45), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(45));
	/* the dummy set links to a null set: a missed event, SER left set */
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(45)), 0);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(45)), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(45), EDMA_DMA_CC_ERROR), 1u);
	KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_SER, 45));
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(45)), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(45), EDMA_DMA_CC_ERROR), 2u);
	edma_free_channel(CH0(45));
}

/* Resume re-enables the TC error interrupts after a power loss. */
static void resume_restores_tc_error_enables(struct kunit *test)
{
	const u32 all = EDMA3_TC_ERR_BUSERR | EDMA3_TC_ERR_TRERR |
			EDMA3_TC_ERR_MMRAERR;

	KUNIT_ASSERT_EQ(test, edma3_tc_read(edma_test_cc(0), 0, EDMA3_TC_ERREN), all);
	KUNIT_ASSERT_EQ(test, host_pm_suspend(), 0);
	edma3_reset(edma_test_cc(0));
	KUNIT_ASSERT_EQ(test, edma3_tc_read(edma_test_cc(0), 0, EDMA3_TC_ERREN), 0u);
	KUNIT_ASSERT_EQ(test, host_pm_resume(), 0);
	KUNIT_EXPECT_EQ(test, edma3_tc_read(edma_test_cc(0), 0, EDMA3_TC_ERREN), all);
	KUNIT_EXPECT_EQ(test, edma3_tc_read(edma_test_cc(0), 1, EDMA3_TC_ERREN), all);
}

/*
 * A ring on channel 56 of a 64-channel controller: its notification
 * writes land in bank 1, bit 24, and nowhere else (not on channel 24).
 */
static struct edma_ring *hi_ring;
static int hi_ring_err;

static int hi_ring_probe(struct platform_device *pdev)
{
	struct edma_ring_config cfg = {
		.dir = EDMA_RING_RX, .num = 4, .fifo = 0x80000000,
		.status = 0x80000100, .buf_len = 64,
	};

	/* never written: the case posts nothing */
	cfg.doorbell = devm_ioremap(&pdev->dev, edma_test_board->soc->cc[0].cc_base,
				    4);
	if (!cfg.doorbell)
		return -ENOMEM;
	hi_ring = devm_edma_ring_request(&pdev->dev, "rx", &cfg);
	hi_ring_err = IS_ERR(hi_ring) ? PTR_ERR(hi_ring) : 0;
	return hi_ring_err;
}

static struct platform_driver hi_ring_driver = {
	.driver = { .name = "edma-ring-hi" },
	.probe = hi_ring_probe,
};

static void ring_above_31_writes_its_own_bank(struct kunit *test)
{
	static const struct resource res[] = {
		DEFINE_RES_DMA_NAMED(EDMA_CTLR_CHAN(0, 56), "rx"),
	};
	struct platform_device *pdev;

	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(24), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(24));
	KUNIT_ASSERT_EQ(test, platform_driver_register(&hi_ring_driver), 0);
	hi_ring = NULL;
	pdev = host_platform_device_create("edma-ring-hi", 0, res,
					   ARRAY_SIZE(res), NULL, 0);
	KUNIT_EXPECT_FALSE(test, IS_ERR(pdev));
	KUNIT_EXPECT_EQ(test, hi_ring_err, 0);
	if (!IS_ERR(pdev) && !hi_ring_err && hi_ring) {
		KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_IER, 56));
		KUNIT_EXPECT_TRUE(test, edma_test_chbit(0, EDMA3_IER, 24));
		edma_ring_enable_cb(hi_ring);
		KUNIT_EXPECT_TRUE(test, edma_test_chbit(0, EDMA3_IER, 56));
		edma_ring_disable_cb(hi_ring);
		KUNIT_EXPECT_FALSE(test, edma_test_chbit(0, EDMA3_IER, 56));
		KUNIT_EXPECT_TRUE(test, edma_test_chbit(0, EDMA3_IER, 24));
	}
	if (!IS_ERR(pdev))
		platform_device_unregister(pdev);
	platform_driver_unregister(&hi_ring_driver);
	edma_free_channel(CH0(24));
}

static struct kunit_case edma_pm64_cases[] = {
	KUNIT_CASE(ring_above_31_writes_its_own_bank),
	KUNIT_CASE(resume_restores_tc_error_enables),
	KUNIT_CASE(missed_event_above_31_unblocks_the_channel),
	KUNIT_CASE(resume_restores_high_bank_enables),
	KUNIT_CASE(clean_clears_the_high_bank_missed_event_only),
	{}
};

static struct kunit_suite edma_pm64_suite = {
	.name = "edma_pm64",
	.init = pm64_init,
	.exit = edma_test_exit,
	.test_cases = edma_pm64_cases,
};

/* ---- bounds at exactly num_channels and num_slots (DA850 CC0) --------- */

static void slot_handles_stop_at_num_slots(struct kunit *test)
{
	struct edmacc_param p;
	int slot;

	/* CC0: 32 channels, 128 slots */
	KUNIT_EXPECT_EQ(test, edma_alloc_slot(0, 128), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0,
			EDMA_CONT_PARAMS_FIXED_EXACT, 128, 1), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_alloc_cont_slots(0,
			EDMA_CONT_PARAMS_FIXED_NOT_EXACT, 128, 1), -EINVAL);
	KUNIT_EXPECT_LT(test, edma_alloc_cont_slots(0,
			EDMA_CONT_PARAMS_FIXED_EXACT, 127, 2), 0);
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 127), CH0(127));
	KUNIT_EXPECT_EQ(test, edma_free_cont_slots(CH0(127), 2), -EINVAL);
	memset(&p, 0x5a, sizeof(p));
	edma_read_slot(CH0(128), &p);
	KUNIT_EXPECT_EQ(test, p.opt, 0u);
	KUNIT_EXPECT_EQ(test, p.link_bcntrld, 0u);
	edma_free_slot(CH0(127));
	/* the first slot past the channels is a slot, not a channel */
	slot = edma_alloc_slot(0, 32);
	KUNIT_ASSERT_EQ(test, slot, (int)CH0(32));
	KUNIT_EXPECT_EQ(test, edma_start(CH0(32)), -EINVAL);
	KUNIT_EXPECT_EQ(test, edma_trigger_channel(CH0(32)), -EINVAL);
	edma_free_slot(slot);
}

/* Slot 128 is past CC0's PaRAM: a read of it returns zeroes, not MMIO. */
static void read_at_num_slots_reads_no_register(struct kunit *test)
{
	const struct edma3_stats *st = edma3_get_stats(edma_test_cc(0));
	struct edmacc_param p;
	u64 reads = st->mmio_reads;

	memset(&p, 0x5a, sizeof(p));
	edma_read_slot(CH0(128), &p);
	KUNIT_EXPECT_PTR_EQ(test, memchr_inv(&p, 0, sizeof(p)), NULL);
	KUNIT_EXPECT_EQ(test, edma_get_position(CH0(128), true), 0u);
	KUNIT_EXPECT_EQ(test, edma_get_position(CH0(128), false), 0u);
	KUNIT_EXPECT_EQ(test, st->mmio_reads, reads);
}

/*
 * A TC error whose TCC is exactly num_channels (32) names no channel,
 * even while slot 32 is allocated: every channel on the TC's queue hears.
 */
static void tc_error_with_tcc_num_channels_goes_to_the_queue(
	struct kunit *test)
{
	struct edma_test_buf src, dst;
	struct edmacc_param p;

	edma_test_buf_alloc(test, &src, 16, 0x71);
	edma_test_buf_alloc(test, &dst, 16, 0);
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(20), edma_test_cb, NULL,
						 EVENTQ_0), CH0(20));
	KUNIT_ASSERT_EQ(test, edma_alloc_slot(0, 32), (int)CH0(32));
	edma_test_copy_param(&p, src.dma, dst.dma, 16, 1, 32);
	edma_write_slot(CH0(20), &p);
	edma3_inject_tc_error(edma_test_cc(0), 0, 1);
	KUNIT_ASSERT_EQ(test, edma_trigger_channel(CH0(20)), 0);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, edma_test_log_count(CH0(20), EDMA_DMA_TC_ERROR), 1u);
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 1u);
	KUNIT_EXPECT_EQ(test, edma3_tc_read(edma_test_cc(0), 0, EDMA3_TC_ERRSTAT), 0u);
	edma_free_slot(CH0(32));
	edma_free_channel(CH0(20));
}

static struct kunit_case edma_bounds_cases[] = {
	KUNIT_CASE(slot_handles_stop_at_num_slots),
	KUNIT_CASE(read_at_num_slots_reads_no_register),
	KUNIT_CASE(tc_error_with_tcc_num_channels_goes_to_the_queue),
	{}
};

static struct kunit_suite edma_bounds_suite = {
	.name = "edma_bounds",
	.init = edma_test_init_da850,
	.exit = edma_test_exit,
	.test_cases = edma_bounds_cases,
};

/* ---- the bound at exactly num_slots, 512 slots (DM646x) --------------- */

/*
 * DM646x has 512 PaRAM slots, as many as the slot bitmaps hold, so a
 * test of bit 512 of the in-use bitmap would read bit 0 of the next one,
 * the DSP's reservations.  The DSP here holds slot 0 (its channel 0).
 */
static const s16 bounds512_slots[][2] = { { 0, 1 }, { -1, -1 } };
static struct edma_rsv_info bounds512_rsv = {
	.rsv_slots = bounds512_slots,
};

static int bounds512_init(struct kunit *test)
{
	int ret = edma_test_setup_bare(&board_dm646x);

	return ret ? ret : dm646x_register_edma(&bounds512_rsv);
}

static void slot_512_is_nobody_s_on_a_512_slot_controller(struct kunit *test)
{
	const struct edma3_stats *st = edma3_get_stats(edma_test_cc(0));
	struct edmacc_param p;
	u64 writes;

	edma_test_copy_param(&p, 0x1000, 0x2000, 4, 1, 0);
	writes = st->mmio_writes;
	edma_write_slot(CH0(512), &p);
	edma_free_slot(CH0(512));
	KUNIT_EXPECT_EQ(test, st->mmio_writes, writes);
}

static struct kunit_case edma_bounds512_cases[] = {
	KUNIT_CASE(slot_512_is_nobody_s_on_a_512_slot_controller),
	{}
};

static struct kunit_suite edma_bounds512_suite = {
	.name = "edma_bounds512",
	.init = bounds512_init,
	.exit = edma_test_exit,
	.test_cases = edma_bounds512_cases,
};

/* ---- a DSP reservation above channel 31 (DM644x) ---------------------- */

static const s16 rsv64_chans[][2] = { { 40, 2 }, { -1, -1 } };
static const s16 rsv64_slots[][2] = { { 40, 2 }, { -1, -1 } };
static struct edma_rsv_info rsv64 = {
	.rsv_chans = rsv64_chans,
	.rsv_slots = rsv64_slots,
};

static int rsv64_init(struct kunit *test)
{
	int ret = edma_test_setup_bare(&board_dm644x);

	return ret ? ret : dm644x_register_edma(&rsv64);
}

static void reserved_channel_above_31_is_busy(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH0(40), NULL, NULL,
						 EVENTQ_DEFAULT), -EBUSY);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH0(41), NULL, NULL,
						 EVENTQ_DEFAULT), -EBUSY);
	KUNIT_EXPECT_EQ(test, edma_alloc_channel(CH0(8), NULL, NULL,
						 EVENTQ_DEFAULT), CH0(8));
	edma_free_channel(CH0(8));
}

/* The DSP's missed event on its channel 40 is left for the DSP. */
static void dsp_missed_event_above_31_is_left_alone(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(8), edma_test_cb, NULL,
						 EVENTQ_DEFAULT), CH0(8));
	edma3_event(edma_test_cc(0), 40);
	edma3_event(edma_test_cc(0), 40);
	KUNIT_ASSERT_TRUE(test, edma_test_bit(0, EDMA3_EMR, 40));
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, edma_test_bit(0, EDMA3_EMR, 40));
	KUNIT_EXPECT_EQ(test, edma_test_log.n, 0u);
	/*
	 * (Linux hears of its own next error only when the DSP clears
	 * this one and re-arms the line: see README, Errors.)
	 */
	edma_free_channel(CH0(8));
}

static struct kunit_case edma_rsv64_cases[] = {
	KUNIT_CASE(reserved_channel_above_31_is_busy),
	KUNIT_CASE(dsp_missed_event_above_31_is_left_alone),
	{}
};

static struct kunit_suite edma_rsv64_suite = {
	.name = "edma_rsv64",
	.init = rsv64_init,
	.exit = edma_test_exit,
	.test_cases = edma_rsv64_cases,
};

/* ---- resume: channel map (DM646x) and a custom queue map (DA850) ------- */

static int pm646_init(struct kunit *test)
{
	int ret = edma_test_setup_bare(&board_dm646x);

	return ret ? ret : dm646x_register_edma(NULL);
}

static void resume_restores_channel_map_and_queue(struct kunit *test)
{
	KUNIT_ASSERT_EQ(test, edma_alloc_channel(CH0(40), NULL, NULL,
						 EVENTQ_2), CH0(40));
	KUNIT_ASSERT_EQ(test, edma_test_reg(0, EDMA3_DCHMAP(40)), 40u << 5);
	KUNIT_ASSERT_EQ(test, edma_test_dmaqnum(0, 40), 2u);
	KUNIT_ASSERT_EQ(test, host_pm_suspend(), 0);
	edma3_reset(edma_test_cc(0));
	KUNIT_ASSERT_EQ(test, edma_test_reg(0, EDMA3_DCHMAP(40)), 0u);
	KUNIT_ASSERT_EQ(test, host_pm_resume(), 0);
	KUNIT_EXPECT_EQ(test, edma_test_reg(0, EDMA3_DCHMAP(40)), 40u << 5);
	KUNIT_EXPECT_EQ(test, edma_test_dmaqnum(0, 40), 2u);
	edma_free_channel(CH0(40));
}

static struct kunit_case edma_pm646_cases[] = {
	KUNIT_CASE(resume_restores_channel_map_and_queue),
	{}
};

static struct kunit_suite edma_pm646_suite = {
	.name = "edma_pm646",
	.init = pm646_init,
	.exit = edma_test_exit,
	.test_cases = edma_pm646_cases,
};

static int pmq_init(struct kunit *test)
{
	return edma_test_setup_bare(&board_da850);
}

static void resume_restores_a_custom_queue_map(struct kunit *test)
{
	static s8 tcmap[][2] = { { 0, 1 }, { 1, 0 }, { -1, -1 } };
	static struct edma_soc_info info = {
		.default_queue = EVENTQ_0,
		.queue_tc_mapping = tcmap,
	};
	const struct board_cc *d = &edma_test_board->soc->cc[0];
	struct resource res[] = {
		DEFINE_RES_MEM_NAMED(d->cc_base, d->cc_size, "edma3_cc"),
		DEFINE_RES_IRQ_NAMED(d->irq_ccint, "edma3_ccint"),
		DEFINE_RES_IRQ_NAMED(d->irq_ccerr, "edma3_ccerrint"),
	};
	struct platform_device *pdev;

	pdev = host_platform_device_create("edma", 0, res, ARRAY_SIZE(res),
					   &info, sizeof(info));
	KUNIT_ASSERT_FALSE(test, IS_ERR(pdev));
	KUNIT_ASSERT_NOT_NULL(test, pdev->dev.driver);
	KUNIT_ASSERT_EQ(test, edma_test_reg(0, EDMA3_QUETCMAP), 0x01u);
	KUNIT_ASSERT_EQ(test, host_pm_suspend(), 0);
	edma3_reset(edma_test_cc(0));
	KUNIT_ASSERT_NE(test, edma_test_reg(0, EDMA3_QUETCMAP), 0x01u);
	KUNIT_ASSERT_EQ(test, host_pm_resume(), 0);
	KUNIT_EXPECT_EQ(test, edma_test_reg(0, EDMA3_QUETCMAP), 0x01u);
}

static struct kunit_case edma_pmq_cases[] = {
	KUNIT_CASE(resume_restores_a_custom_queue_map),
	{}
};

static struct kunit_suite edma_pmq_suite = {
	.name = "edma_pmq",
	.init = pmq_init,
	.exit = edma_test_exit,
	.test_cases = edma_pmq_cases,
};

kunit_test_suites(&edma_race_suite, &edma_ring_pm_suite, &edma_pm64_suite,
		  &edma_pm646_suite, &edma_pmq_suite, &edma_rsv64_suite,
		  &edma_bounds_suite, &edma_bounds512_suite);
