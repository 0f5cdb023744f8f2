/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _TESTS_HOST_KUNIT_INTERNAL_H
#define _TESTS_HOST_KUNIT_INTERNAL_H

struct kunit;
struct kunit_suite;

extern struct kunit_suite **kunit_suites;
extern int kunit_nr_suites;

void kunit_cleanup_resources(struct kunit *test);
/* Run the selected suites; filters are "suite" or "suite.case" globs. */
int kunit_run_all(int nr_filters, char **filters);

#endif
