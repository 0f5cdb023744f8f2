// SPDX-License-Identifier: GPL-2.0
/*
 * KUnit runtime on the host: suite registration, per-test resources and
 * the failure reports.  The runner is kunit_main.c.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include <kunit/test.h>

#include "host_internal.h"
#include "kunit_internal.h"

struct kunit_suite **kunit_suites;
int kunit_nr_suites;

void __kunit_register_suites(struct kunit_suite * const *suites, int n)
{
	int i;

	kunit_suites = realloc(kunit_suites,
			       (kunit_nr_suites + n) * sizeof(*kunit_suites));
	if (!kunit_suites)
		host_fatal("out of memory registering KUnit suites");
	for (i = 0; i < n; i++)
		kunit_suites[kunit_nr_suites++] = suites[i];
}

/* ---- resources --------------------------------------------------------- */

struct kunit_alloc {
	struct list_head node;
	/* at offset 16 of a malloc block: aligned for any type */
	unsigned char data[];
};

/*
 * From malloc, not kmalloc: test scaffolding is neither counted as a leak
 * of the code under test nor subject to fault injection.
 */
void *kunit_kmalloc_array(struct kunit *test, size_t n, size_t size,
			  gfp_t gfp)
{
	struct kunit_alloc *a;
	size_t bytes;

	if (check_mul_overflow(n, size, &bytes))
		return NULL;
	a = (gfp & __GFP_ZERO) ? calloc(1, sizeof(*a) + bytes)
			       : malloc(sizeof(*a) + bytes);
	if (!a)
		return NULL;
	list_add_tail(&a->node, &test->resources);
	return a->data;
}

void kunit_kfree(struct kunit *test, const void *ptr)
{
	struct kunit_alloc *a;

	if (!ptr)
		return;
	list_for_each_entry(a, &test->resources, node) {
		if (a->data == ptr) {
			list_del(&a->node);
			free(a);
			return;
		}
	}
	KUNIT_FAIL(test, "kunit_kfree(%p): not a kunit allocation", ptr);
}

void kunit_cleanup_resources(struct kunit *test)
{
	struct kunit_alloc *a, *n;

	list_for_each_entry_safe_reverse(a, n, &test->resources, node) {
		list_del(&a->node);
		free(a);
	}
}

/* ---- failures ---------------------------------------------------------- */

void __kunit_abort(struct kunit *test)
{
	if (!test->abort_jmp)
		host_fatal("KUnit assertion outside a running test case");
	longjmp(*(jmp_buf *)test->abort_jmp, 1);
}

static void fail_header(struct kunit *test, enum kunit_assert_type type,
			const char *file, int line)
{
	test->status = KUNIT_FAILURE;
	fflush(stdout);
	printf(KUNIT_SUBTEST_INDENT "# %s: %s FAILED at %s:%d\n",
	       test->name, type == KUNIT_ASSERTION ? "ASSERTION"
						   : "EXPECTATION",
	       file, line);
}

static void fail_message(const char *fmt, va_list ap)
{
	if (fmt) {
		printf(KUNIT_SUBTEST_INDENT);
		vprintf(fmt, ap);
		printf("\n");
	}
	fflush(stdout);
}

/* text is "expr\0left\0right" (see __KUNIT_TEXT). */
static const char *text_part(const char *text, int n)
{
	while (n--)
		text += strlen(text) + 1;
	return text;
}

void __kunit_fail(struct kunit *test, enum kunit_assert_type type,
		  const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	fail_header(test, type, file, line);
	va_start(ap, fmt);
	fail_message(fmt, ap);
	va_end(ap);
}

void __kunit_fail_int(struct kunit *test, enum kunit_assert_type type,
		      const char *file, int line, const char *text,
		      const long long vals[2], const char *fmt, ...)
{
	va_list ap;
	int i;

	fail_header(test, type, file, line);
	printf(KUNIT_SUBTEST_INDENT "Expected %s, but\n", text);
	for (i = 0; i < 2; i++)
		printf(KUNIT_SUBTEST_INDENT "    %s == %lld (0x%llx)\n",
		       text_part(text, i + 1), vals[i],
		       (unsigned long long)vals[i]);
	va_start(ap, fmt);
	fail_message(fmt, ap);
	va_end(ap);
}

void __kunit_fail_ptr(struct kunit *test, enum kunit_assert_type type,
		      const char *file, int line, const char *text,
		      const void *const vals[2], const char *fmt, ...)
{
	va_list ap;
	int i;

	fail_header(test, type, file, line);
	printf(KUNIT_SUBTEST_INDENT "Expected %s, but\n", text);
	for (i = 0; i < 2; i++)
		printf(KUNIT_SUBTEST_INDENT "    %s == %p\n",
		       text_part(text, i + 1), vals[i]);
	va_start(ap, fmt);
	fail_message(fmt, ap);
	va_end(ap);
}

void __kunit_fail_str(struct kunit *test, enum kunit_assert_type type,
		      const char *file, int line, const char *text,
		      const char *const vals[2], const char *fmt, ...)
{
	va_list ap;
	int i;

	fail_header(test, type, file, line);
	printf(KUNIT_SUBTEST_INDENT "Expected %s, but\n", text);
	for (i = 0; i < 2; i++)
		printf(KUNIT_SUBTEST_INDENT "    %s == \"%s\"\n",
		       text_part(text, i + 1), vals[i]);
	va_start(ap, fmt);
	fail_message(fmt, ap);
	va_end(ap);
}

void __kunit_fail_msg(struct kunit *test, enum kunit_assert_type type,
		      const char *file, int line, const char *text,
		      const char *detail, const char *fmt, ...)
{
	va_list ap;

	fail_header(test, type, file, line);
	printf(KUNIT_SUBTEST_INDENT "Unexpectedly, %s %s\n", text, detail);
	va_start(ap, fmt);
	fail_message(fmt, ap);
	va_end(ap);
}
