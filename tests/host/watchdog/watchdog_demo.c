// SPDX-License-Identifier: GPL-2.0
/*
 * The runner's per-case watchdog, proved on itself: one case passes, the
 * next never returns.  'make watchdog-check' runs this with a 1 s deadline
 * and expects exit status 1 and the hung case named as failed.
 */
#include <kunit/test.h>
#include <time.h>

static void passes(struct kunit *test)
{
	KUNIT_EXPECT_EQ(test, 1 + 1, 2);
}

static void never_returns(struct kunit *test)
{
	const struct timespec ts = { 0, 10 * 1000 * 1000 };

	for (;;)
		nanosleep(&ts, NULL);
}

static struct kunit_case watchdog_demo_cases[] = {
	KUNIT_CASE(passes),
	KUNIT_CASE(never_returns),
	{}
};

static struct kunit_suite watchdog_demo_suite = {
	.name = "watchdog_demo",
	.test_cases = watchdog_demo_cases,
};

kunit_test_suites(&watchdog_demo_suite);
