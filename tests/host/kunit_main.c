// SPDX-License-Identifier: GPL-2.0
/*
 * Host KUnit runner: runs every registered suite (or those matching the
 * "suite" / "suite.case" glob arguments) and prints KTAP, then one closing
 * line "N passed, N failed[, N skipped]".  Exit status 1 if any failed.
 *
 * Every case starts from host_reset() (fresh CPU, WARN counter, fault
 * injection, IRQ state).  A case also fails if it returns with interrupts
 * disabled or locks held, or if it leaked kmalloc blocks or devres entries.
 *
 * A watchdog thread gives every case (init, body and exit) a deadline of
 * KUNIT_CASE_TIMEOUT seconds of real time (default 120; 0 turns it off).
 * A case that overruns it is reported "not ok" with its suite and name,
 * counted as failed in the closing line, and the run exits with status 1:
 * a hung case cannot be abandoned safely inside the process (it may hold
 * the shim's locks), but it fails CI instead of hanging it.
 *
 * main() is weak so that a program with its own main (the simulator) can
 * link the same shim objects.
 */
#include <fnmatch.h>
#include <pthread.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <kunit/test.h>

#include "host_internal.h"
#include "kunit_internal.h"

struct tally {
	int passed, failed, skipped;
};

static int nr_filters;
static char **filters;

/* ---- watchdog ------------------------------------------------------------ */

static struct {
	pthread_mutex_t lock;
	bool started;
	unsigned int timeout;		/* seconds, 0: off */
	const char *suite, *name;	/* the running case, or NULL */
	int n;				/* its KTAP number */
	struct timespec deadline;
	const struct tally *tally;
} wd = { .lock = PTHREAD_MUTEX_INITIALIZER };

static void *watchdog(void *arg)
{
	const struct timespec tick = { 0, 100 * 1000 * 1000 };
	struct timespec now;
	char msg[768];
	int len;

	for (;;) {
		nanosleep(&tick, NULL);
		clock_gettime(CLOCK_MONOTONIC, &now);
		pthread_mutex_lock(&wd.lock);
		if (!wd.name || now.tv_sec < wd.deadline.tv_sec ||
		    (now.tv_sec == wd.deadline.tv_sec &&
		     now.tv_nsec < wd.deadline.tv_nsec)) {
			pthread_mutex_unlock(&wd.lock);
			continue;
		}
		/*
		 * stdio may be locked by the hung thread: format into a
		 * buffer and write(2) it.
		 */
		len = snprintf(msg, sizeof(msg),
			       "\n" KUNIT_SUBTEST_INDENT "# %s.%s: TIMEOUT: "
			       "no end after %u s (watchdog)\n"
			       KUNIT_SUBTEST_INDENT "not ok %d %s # TIMEOUT\n"
			       "%d passed, %d failed\n",
			       wd.suite, wd.name, wd.timeout, wd.n, wd.name,
			       wd.tally->passed, wd.tally->failed + 1);
		if (len > (int)sizeof(msg))
			len = sizeof(msg);
		if (write(STDOUT_FILENO, msg, len) < 0)
			_exit(2);
		_exit(1);
	}
	return NULL;
}

static void watchdog_init(const struct tally *t)
{
	const char *env = getenv("KUNIT_CASE_TIMEOUT");
	pthread_t th;

	wd.timeout = env ? strtoul(env, NULL, 10) : 120;
	wd.tally = t;
	if (!wd.timeout || wd.started)
		return;
	if (pthread_create(&th, NULL, watchdog, NULL)) {
		fprintf(stderr, "kunit: no watchdog thread\n");
		return;
	}
	pthread_detach(th);
	wd.started = true;
}

/* Arm the watchdog for a case (name != NULL) or disarm it. */
static void watchdog_arm(const char *suite, const char *name, int n)
{
	pthread_mutex_lock(&wd.lock);
	wd.suite = suite;
	wd.name = name;
	wd.n = n;
	clock_gettime(CLOCK_MONOTONIC, &wd.deadline);
	wd.deadline.tv_sec += wd.timeout;
	pthread_mutex_unlock(&wd.lock);
}

static bool case_selected(const char *suite, const char *name)
{
	char full[512];
	int i;

	if (!nr_filters)
		return true;
	snprintf(full, sizeof(full), "%s.%s", suite, name);
	for (i = 0; i < nr_filters; i++) {
		if (strchr(filters[i], '.') ?
		    !fnmatch(filters[i], full, 0) :
		    !fnmatch(filters[i], suite, 0))
			return true;
	}
	return false;
}

static int suite_nr_selected(struct kunit_suite *suite)
{
	struct kunit_case *c;
	int n = 0;

	kunit_suite_for_each_test_case(suite, c)
		n += case_selected(suite->name, c->name);
	return n;
}

/* Fail a case that returned normally but broke the shim's invariants. */
static void check_clean_exit(struct kunit *test, long allocs, long devres)
{
	long leak_a = host_alloc_live() - allocs;
	long leak_d = host_devres_live() - devres;

	if (host_in_hardirq() || host_irqs_disabled())
		KUNIT_FAIL(test, "case returned with interrupts disabled");
	if (host_locks_held())
		KUNIT_FAIL(test, "case returned holding %u lock(s)",
			   host_locks_held());
	if (leak_a > 0)
		KUNIT_FAIL(test, "case leaked %ld kmalloc block(s)", leak_a);
	if (leak_d > 0)
		KUNIT_FAIL(test, "case leaked %ld devres entr%s", leak_d,
			   leak_d == 1 ? "y" : "ies");
}

static bool run_init(struct kunit_suite *suite, struct kunit *test)
{
	int ret;

	if (!suite->init)
		return true;
	ret = suite->init(test);
	if (ret) {
		KUNIT_FAIL(test, "suite init() failed: %d", ret);
		return false;
	}
	return true;
}

/* One run of a case (one parameter): init, body, exit, cleanup. */
static enum kunit_status run_one(struct kunit_suite *suite,
				 struct kunit_case *c, struct kunit *test)
{
	volatile bool init_done = false;
	volatile bool aborted = false;
	long allocs, devres;
	jmp_buf env;

	host_reset();
	allocs = host_alloc_live();
	devres = host_devres_live();
	test->abort_jmp = &env;
	if (!setjmp(env)) {
		init_done = run_init(suite, test);
		if (init_done)
			c->run_case(test);
	} else {
		aborted = true;
	}
	if (init_done && suite->exit && !setjmp(env))
		suite->exit(test);
	test->abort_jmp = NULL;
	kunit_cleanup_resources(test);
	if (host_cpu_release_locks() && !aborted)
		KUNIT_FAIL(test, "locks still held after exit()");
	if (!aborted && test->status != KUNIT_FAILURE)
		check_clean_exit(test, allocs, devres);
	host_cpu_reset();
	return test->status;
}

static void init_test(struct kunit *test, const char *name,
		      const void *param, int index)
{
	memset(test, 0, sizeof(*test));
	test->name = name;
	test->param_value = param;
	test->param_index = index;
	test->status = KUNIT_SUCCESS;
	INIT_LIST_HEAD(&test->resources);
}

static void count(struct tally *t, enum kunit_status st)
{
	if (st == KUNIT_FAILURE)
		t->failed++;
	else if (st == KUNIT_SKIPPED)
		t->skipped++;
	else
		t->passed++;
}

static void print_result(const char *indent, enum kunit_status st, int n,
			 const char *name, const char *comment)
{
	printf("%s%s %d %s", indent, st == KUNIT_FAILURE ? "not ok" : "ok",
	       n, name);
	if (st == KUNIT_SKIPPED)
		printf(" # SKIP %s", comment);
	printf("\n");
	fflush(stdout);
}

/* A parameterised case: one KTAP subtest, one count per parameter. */
static enum kunit_status run_param_case(struct kunit_suite *suite,
					struct kunit_case *c,
					struct tally *t)
{
	enum kunit_status worst = KUNIT_SKIPPED;
	char desc[KUNIT_PARAM_DESC_SIZE];
	const void *param = NULL;
	struct kunit test;
	int i = 0;

	printf(KUNIT_SUBTEST_INDENT KUNIT_SUBTEST_INDENT "KTAP version 1\n");
	printf(KUNIT_SUBTEST_INDENT KUNIT_SUBTEST_INDENT "# Subtest: %s\n",
	       c->name);
	for (;;) {
		desc[0] = '\0';
		param = c->generate_params(param, desc);
		if (!param)
			break;
		if (!desc[0])
			snprintf(desc, sizeof(desc), "param-%d", i);
		init_test(&test, c->name, param, i);
		watchdog_arm(suite->name, c->name, i + 1);
		run_one(suite, c, &test);
		watchdog_arm(NULL, NULL, 0);
		count(t, test.status);
		if (test.status == KUNIT_FAILURE)
			worst = KUNIT_FAILURE;
		else if (test.status == KUNIT_SUCCESS && worst != KUNIT_FAILURE)
			worst = KUNIT_SUCCESS;
		print_result(KUNIT_SUBTEST_INDENT KUNIT_SUBTEST_INDENT,
			     test.status, ++i, desc, test.status_comment);
	}
	if (!i)
		worst = KUNIT_SKIPPED;
	printf(KUNIT_SUBTEST_INDENT KUNIT_SUBTEST_INDENT "1..%d\n", i);
	return worst;
}

static enum kunit_status run_case(struct kunit_suite *suite,
				  struct kunit_case *c, struct tally *t,
				  int n)
{
	struct kunit test;

	if (c->generate_params) {
		c->status = run_param_case(suite, c, t);
		print_result(KUNIT_SUBTEST_INDENT, c->status, n, c->name,
			     "no parameters");
		return c->status;
	}
	init_test(&test, c->name, NULL, 0);
	watchdog_arm(suite->name, c->name, n);
	c->status = run_one(suite, c, &test);
	watchdog_arm(NULL, NULL, 0);
	count(t, c->status);
	print_result(KUNIT_SUBTEST_INDENT, c->status, n, c->name,
		     test.status_comment);
	return c->status;
}

/* suite_init failed: every selected case counts as failed. */
static void fail_suite(struct kunit_suite *suite, struct tally *t, int err)
{
	struct kunit_case *c;
	int n = 0;

	printf(KUNIT_SUBTEST_INDENT "# %s: suite_init() failed: %d\n",
	       suite->name, err);
	kunit_suite_for_each_test_case(suite, c) {
		if (!case_selected(suite->name, c->name))
			continue;
		t->failed++;
		print_result(KUNIT_SUBTEST_INDENT, KUNIT_FAILURE, ++n,
			     c->name, "");
	}
}

static bool run_suite(struct kunit_suite *suite, struct tally *t, int n)
{
	enum kunit_status st = KUNIT_SUCCESS;
	struct kunit_case *c;
	int i = 0;

	printf(KUNIT_SUBTEST_INDENT "KTAP version 1\n");
	printf(KUNIT_SUBTEST_INDENT "# Subtest: %s\n", suite->name);
	printf(KUNIT_SUBTEST_INDENT "1..%d\n", suite_nr_selected(suite));
	host_reset();
	suite->suite_init_err = suite->suite_init ?
				suite->suite_init(suite) : 0;
	if (suite->suite_init_err) {
		fail_suite(suite, t, suite->suite_init_err);
		st = KUNIT_FAILURE;
	} else {
		kunit_suite_for_each_test_case(suite, c) {
			if (!case_selected(suite->name, c->name))
				continue;
			if (run_case(suite, c, t, ++i) == KUNIT_FAILURE)
				st = KUNIT_FAILURE;
		}
		if (suite->suite_exit)
			suite->suite_exit(suite);
	}
	print_result("", st, n, suite->name, "");
	return st != KUNIT_FAILURE;
}

int kunit_run_all(int argc, char **argv)
{
	struct tally t = { 0 };
	int i, n = 0, nr = 0;

	nr_filters = argc;
	filters = argv;
	watchdog_init(&t);
	for (i = 0; i < kunit_nr_suites; i++)
		nr += suite_nr_selected(kunit_suites[i]) > 0;
	printf("KTAP version 1\n1..%d\n", nr);
	for (i = 0; i < kunit_nr_suites; i++)
		if (suite_nr_selected(kunit_suites[i]))
			run_suite(kunit_suites[i], &t, ++n);
	if (t.skipped)
		printf("%d passed, %d failed, %d skipped\n", t.passed,
		       t.failed, t.skipped);
	else
		printf("%d passed, %d failed\n", t.passed, t.failed);
	fflush(stdout);
	free(kunit_suites);
	kunit_suites = NULL;
	kunit_nr_suites = 0;
	return t.failed ? 1 : 0;
}

__attribute__((weak)) int main(int argc, char **argv)
{
	if (argc > 1 && (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))) {
		printf("usage: %s [suite-glob | suite-glob.case-glob]...\n",
		       argv[0]);
		return 0;
	}
	return kunit_run_all(argc - 1, argv + 1);
}
