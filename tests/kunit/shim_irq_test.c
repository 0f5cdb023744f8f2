// SPDX-License-Identifier: GPL-2.0
/*
 * The shim's simulated interrupt controller and CPU: edges latch, and are
 * delivered only where a real CPU would take them.
 */
#include <kunit/test.h>
#include <linux/interrupt.h>
#include <linux/io.h>
#include <linux/spinlock.h>

#include "host.h"

#define TEST_IRQ	1000
#define TEST_IRQ2	1001
#define TEST_BASE	0x0e000000u

struct irq_rec {
	int calls;
	int order[8];
	int nr;
	irqreturn_t ret;
	bool saw_hardirq;
	bool saw_irqs_off;
	int raise_again;	/* re-raise this many times from the handler */
};

static irqreturn_t rec_handler(int irq, void *data)
{
	struct irq_rec *r = data;

	r->calls++;
	r->saw_hardirq = in_hardirq();
	r->saw_irqs_off = irqs_disabled();
	if (r->raise_again > 0) {
		r->raise_again--;
		host_irq_raise(irq);
	}
	return r->ret;
}

static int order_log[8], order_nr;

static irqreturn_t first_handler(int irq, void *data)
{
	order_log[order_nr++] = 1;
	return IRQ_NONE;
}

static irqreturn_t second_handler(int irq, void *data)
{
	order_log[order_nr++] = 2;
	return IRQ_HANDLED;
}

static void irq_edges_coalesce_while_pending(struct kunit *test)
{
	struct irq_rec r = { .ret = IRQ_HANDLED };
	struct host_irq_stats st;
	unsigned long flags;

	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, rec_handler, 0, "t", &r), 0);
	local_irq_save(flags);
	host_irq_raise(TEST_IRQ);
	host_irq_raise(TEST_IRQ);
	host_irq_raise(TEST_IRQ);
	KUNIT_EXPECT_EQ(test, r.calls, 0);
	local_irq_restore(flags);
	KUNIT_EXPECT_EQ(test, r.calls, 1);
	host_irq_get_stats(TEST_IRQ, &st);
	KUNIT_EXPECT_EQ(test, st.raised, 3);
	KUNIT_EXPECT_EQ(test, st.delivered, 1);
	KUNIT_EXPECT_EQ(test, st.handled, 1);
	free_irq(TEST_IRQ, &r);
}

static void irq_delivered_at_spin_unlock_irqrestore(struct kunit *test)
{
	struct irq_rec r = { .ret = IRQ_HANDLED };
	DEFINE_SPINLOCK(lock);
	unsigned long flags;

	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, rec_handler, 0, "t", &r), 0);
	spin_lock_irqsave(&lock, flags);
	host_irq_raise(TEST_IRQ);
	host_irq_poll();	/* IRQs off: no delivery */
	KUNIT_EXPECT_EQ(test, r.calls, 0);
	KUNIT_EXPECT_TRUE(test, host_irq_pending(TEST_IRQ));
	spin_unlock_irqrestore(&lock, flags);
	KUNIT_EXPECT_EQ(test, r.calls, 1);
	KUNIT_EXPECT_TRUE(test, r.saw_hardirq);
	KUNIT_EXPECT_TRUE(test, r.saw_irqs_off);
	KUNIT_EXPECT_FALSE(test, in_hardirq());
	free_irq(TEST_IRQ, &r);
}

static void irq_nested_irqsave_delivers_only_at_outermost(struct kunit *test)
{
	struct irq_rec r = { .ret = IRQ_HANDLED };
	unsigned long f1, f2;

	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, rec_handler, 0, "t", &r), 0);
	local_irq_save(f1);
	local_irq_save(f2);
	host_irq_raise(TEST_IRQ);
	local_irq_restore(f2);
	KUNIT_EXPECT_EQ(test, r.calls, 0);
	local_irq_restore(f1);
	KUNIT_EXPECT_EQ(test, r.calls, 1);
	free_irq(TEST_IRQ, &r);
}

static void irq_raised_from_handler_runs_after_it_returns(struct kunit *test)
{
	struct irq_rec r = { .ret = IRQ_HANDLED, .raise_again = 2 };
	struct host_irq_stats st;

	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, rec_handler, 0, "t", &r), 0);
	host_irq_raise(TEST_IRQ);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, r.calls, 3);
	host_irq_get_stats(TEST_IRQ, &st);
	KUNIT_EXPECT_EQ(test, st.delivered, 3);
	free_irq(TEST_IRQ, &r);
}

static void irq_shared_handlers_run_in_order_and_are_counted(struct kunit *test)
{
	struct host_irq_stats st;
	int a, b;

	order_nr = 0;
	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, first_handler, IRQF_SHARED,
					  "a", &a), 0);
	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, second_handler,
					  IRQF_SHARED, "b", &b), 0);
	host_irq_raise(TEST_IRQ);
	host_irq_poll();
	KUNIT_ASSERT_EQ(test, order_nr, 2);
	KUNIT_EXPECT_EQ(test, order_log[0], 1);
	KUNIT_EXPECT_EQ(test, order_log[1], 2);
	host_irq_get_stats(TEST_IRQ, &st);
	KUNIT_EXPECT_EQ(test, st.none, 1);
	KUNIT_EXPECT_EQ(test, st.handled, 1);
	KUNIT_EXPECT_EQ(test, st.unhandled, 0);
	free_irq(TEST_IRQ, &a);
	free_irq(TEST_IRQ, &b);
}

static void irq_unshared_second_request_is_busy(struct kunit *test)
{
	struct irq_rec r = { .ret = IRQ_HANDLED };
	int other;

	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, rec_handler, 0, "t", &r), 0);
	KUNIT_EXPECT_EQ(test, request_irq(TEST_IRQ, second_handler,
					  IRQF_SHARED, "b", &other), -EBUSY);
	free_irq(TEST_IRQ, &r);
}

static void irq_disable_irq_keeps_edge_until_enable(struct kunit *test)
{
	struct irq_rec r = { .ret = IRQ_HANDLED };

	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, rec_handler, 0, "t", &r), 0);
	disable_irq(TEST_IRQ);
	host_irq_raise(TEST_IRQ);
	host_irq_poll();
	KUNIT_EXPECT_EQ(test, r.calls, 0);
	enable_irq(TEST_IRQ);
	KUNIT_EXPECT_EQ(test, r.calls, 1);
	free_irq(TEST_IRQ, &r);
}

static void irq_edge_before_request_is_delivered_on_request(struct kunit *test)
{
	struct irq_rec r = { .ret = IRQ_HANDLED };

	host_irq_raise(TEST_IRQ2);
	host_irq_poll();
	KUNIT_EXPECT_TRUE(test, host_irq_pending(TEST_IRQ2));
	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ2, rec_handler, 0, "t", &r),
			0);
	KUNIT_EXPECT_EQ(test, r.calls, 1);
	free_irq(TEST_IRQ2, &r);
}

static u32 raise_on_read(void *ctx, u32 off)
{
	host_irq_raise(TEST_IRQ);
	return 0;
}

static void ignore_write(void *ctx, u32 off, u32 val)
{
}

static const struct host_mmio_ops raise_ops = {
	.read32 = raise_on_read,
	.write32 = ignore_write,
};

static void irq_delivered_after_readl_returns(struct kunit *test)
{
	struct irq_rec r = { .ret = IRQ_HANDLED };
	void __iomem *base;
	DEFINE_SPINLOCK(lock);

	KUNIT_ASSERT_EQ(test, host_mmio_register(TEST_BASE, 0x100, &raise_ops,
						 NULL), 0);
	base = ioremap(TEST_BASE, 0x100);
	KUNIT_ASSERT_NOT_NULL(test, base);
	KUNIT_ASSERT_EQ(test, request_irq(TEST_IRQ, rec_handler, 0, "t", &r), 0);
	readl(base);
	KUNIT_EXPECT_EQ(test, r.calls, 1);
	/* With IRQs off the edge waits for the unlock. */
	spin_lock_irq(&lock);
	readl(base + 4);
	KUNIT_EXPECT_EQ(test, r.calls, 1);
	spin_unlock_irq(&lock);
	KUNIT_EXPECT_EQ(test, r.calls, 2);
	free_irq(TEST_IRQ, &r);
	iounmap(base);
	host_mmio_unregister(TEST_BASE);
}

static void irq_request_fails_when_injected(struct kunit *test)
{
	struct irq_rec r = { .ret = IRQ_HANDLED };

	host_fail_inject(HOST_FAULT_IRQ, 2);
	KUNIT_EXPECT_EQ(test, request_irq(TEST_IRQ, rec_handler, 0, "t", &r), 0);
	KUNIT_EXPECT_EQ(test, request_irq(TEST_IRQ2, rec_handler, 0, "t", &r),
			-EBUSY);
	KUNIT_EXPECT_FALSE(test, host_irq_has_handler(TEST_IRQ2));
	free_irq(TEST_IRQ, &r);
}

static void irq_lockdep_assert_held_warns_when_not_held(struct kunit *test)
{
	DEFINE_SPINLOCK(lock);

	spin_lock(&lock);
	lockdep_assert_held(&lock);
	KUNIT_EXPECT_EQ(test, host_warn_count(), 0);
	spin_unlock(&lock);
	lockdep_assert_held(&lock);
	KUNIT_EXPECT_EQ(test, host_warn_count(), 1);
}

static struct kunit_case shim_irq_cases[] = {
	KUNIT_CASE(irq_edges_coalesce_while_pending),
	KUNIT_CASE(irq_delivered_at_spin_unlock_irqrestore),
	KUNIT_CASE(irq_nested_irqsave_delivers_only_at_outermost),
	KUNIT_CASE(irq_raised_from_handler_runs_after_it_returns),
	KUNIT_CASE(irq_shared_handlers_run_in_order_and_are_counted),
	KUNIT_CASE(irq_unshared_second_request_is_busy),
	KUNIT_CASE(irq_disable_irq_keeps_edge_until_enable),
	KUNIT_CASE(irq_edge_before_request_is_delivered_on_request),
	KUNIT_CASE(irq_delivered_after_readl_returns),
	KUNIT_CASE(irq_request_fails_when_injected),
	KUNIT_CASE(irq_lockdep_assert_held_warns_when_not_held),
	{}
};

static struct kunit_suite shim_irq_suite = {
	.name = "shim_irq",
	.test_cases = shim_irq_cases,
};
kunit_test_suite(shim_irq_suite);
