/* SPDX-License-Identifier: GPL-2.0 */
/*
 * KUnit API (6.1 subset) for the host runner in kunit.c / kunit_main.c.
 *
 * Suites register from a constructor; the runner runs each case with a
 * fresh simulated CPU and shim state (host_reset()).  A failed ASSERT or a
 * kunit_skip() leaves the case through longjmp, so code after it does not
 * run, as KUnit's kthread abort does.
 */
#ifndef _KUNIT_TEST_H
#define _KUNIT_TEST_H

#include <linux/compiler.h>
#include <linux/err.h>
#include <linux/kernel.h>
#include <linux/list.h>
#include <linux/module.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/string.h>
#include <linux/types.h>

#define KUNIT_LOG_SIZE			512
#define KUNIT_PARAM_DESC_SIZE		128
#define KUNIT_STATUS_COMMENT_SIZE	256
#define KUNIT_SUBTEST_INDENT		"    "
#define KUNIT_SUBSUBTEST_INDENT		"        "

enum kunit_status {
	KUNIT_SUCCESS,
	KUNIT_FAILURE,
	KUNIT_SKIPPED,
};

struct kunit;

struct kunit_case {
	void (*run_case)(struct kunit *test);
	const char *name;
	const void *(*generate_params)(const void *prev, char *desc);

	/* private: internal use only. */
	enum kunit_status status;
	char *log;
};

struct kunit_suite {
	const char name[256];
	int (*suite_init)(struct kunit_suite *suite);
	void (*suite_exit)(struct kunit_suite *suite);
	int (*init)(struct kunit *test);
	void (*exit)(struct kunit *test);
	struct kunit_case *test_cases;

	/* private: internal use only. */
	char status_comment[KUNIT_STATUS_COMMENT_SIZE];
	char *log;
	int suite_init_err;
};

struct kunit {
	void *priv;

	/* private: internal use only. */
	const char *name;
	char *log;
	const void *param_value;
	int param_index;
	enum kunit_status status;
	struct list_head resources;
	void *abort_jmp;		/* jmp_buf of the running case */
	char status_comment[KUNIT_STATUS_COMMENT_SIZE];
};

#define KUNIT_CASE(test_name)	{ .run_case = test_name, .name = #test_name }
#define KUNIT_CASE_PARAM(test_name, gen_params)				\
	{ .run_case = test_name, .name = #test_name,			\
	  .generate_params = gen_params }

/* Walks array; get_desc (may be NULL) names each parameter. */
#define KUNIT_ARRAY_PARAM(name, array, get_desc)			\
	static const void *name##_gen_params(const void *prev, char *desc) \
	{								\
		typeof((array)[0]) *__next = prev ?			\
			((typeof(__next))prev) + 1 : (array);		\
		if (__next - (array) < ARRAY_SIZE((array))) {		\
			void (*__get_desc)(typeof(__next), char *) = get_desc; \
			if (__get_desc)					\
				__get_desc(__next, desc);		\
			return __next;					\
		}							\
		return NULL;						\
	}

void __kunit_register_suites(struct kunit_suite * const *suites, int n);

#define __kunit_test_suites(id, ...)					\
	static struct kunit_suite *const __PASTE(__kunit_suites_, id)[] = \
		{ __VA_ARGS__ };					\
	static void __attribute__((constructor))			\
	__PASTE(__kunit_register_, id)(void)				\
	{								\
		__kunit_register_suites(__PASTE(__kunit_suites_, id),	\
			ARRAY_SIZE(__PASTE(__kunit_suites_, id)));	\
	}

#define kunit_test_suites(...)	__kunit_test_suites(__COUNTER__, __VA_ARGS__)
#define kunit_test_suite(suite)	kunit_test_suites(&(suite))
#define kunit_test_init_section_suites(...)	kunit_test_suites(__VA_ARGS__)
#define kunit_test_init_section_suite(suite)	kunit_test_suite(suite)

#define kunit_suite_for_each_test_case(suite, test_case)		\
	for (test_case = (suite)->test_cases; test_case->run_case; test_case++)

/* Memory freed automatically after the case (after its exit()). */
void *kunit_kmalloc_array(struct kunit *test, size_t n, size_t size,
			  gfp_t gfp);
void kunit_kfree(struct kunit *test, const void *ptr);

static inline void *kunit_kmalloc(struct kunit *test, size_t size, gfp_t gfp)
{
	return kunit_kmalloc_array(test, 1, size, gfp);
}

static inline void *kunit_kzalloc(struct kunit *test, size_t size, gfp_t gfp)
{
	return kunit_kmalloc(test, size, gfp | __GFP_ZERO);
}

static inline void *kunit_kcalloc(struct kunit *test, size_t n, size_t size,
				  gfp_t gfp)
{
	return kunit_kmalloc_array(test, n, size, gfp | __GFP_ZERO);
}

#define kunit_log(lvl, test_or_suite, fmt, ...)				\
	printk(lvl fmt, ##__VA_ARGS__)
#define kunit_printk(lvl, test, fmt, ...)				\
	kunit_log(lvl, test, KUNIT_SUBTEST_INDENT "# %s: " fmt,		\
		  (test)->name, ##__VA_ARGS__)
#define kunit_info(test, fmt, ...) \
	kunit_printk(KERN_INFO, test, fmt, ##__VA_ARGS__)
#define kunit_warn(test, fmt, ...) \
	kunit_printk(KERN_WARNING, test, fmt, ##__VA_ARGS__)
#define kunit_err(test, fmt, ...) \
	kunit_printk(KERN_ERR, test, fmt, ##__VA_ARGS__)

#define kunit_mark_skipped(test_or_suite, fmt, ...)			\
	do {								\
		WRITE_ONCE((test_or_suite)->status, KUNIT_SKIPPED);	\
		scnprintf((test_or_suite)->status_comment,		\
			  KUNIT_STATUS_COMMENT_SIZE, fmt, ##__VA_ARGS__); \
	} while (0)

#define kunit_skip(test_or_suite, fmt, ...)				\
	do {								\
		kunit_mark_skipped((test_or_suite), fmt, ##__VA_ARGS__); \
		__kunit_abort(test_or_suite);				\
	} while (0)

/* ---- assertion back end (kunit.c) -------------------------------------- */

enum kunit_assert_type {
	KUNIT_ASSERTION,
	KUNIT_EXPECTATION,
};

__noreturn void __kunit_abort(struct kunit *test);
__printf(5, 6) void __kunit_fail(struct kunit *test,
		enum kunit_assert_type type, const char *file, int line,
		const char *fmt, ...);
__printf(7, 8) void __kunit_fail_int(struct kunit *test,
		enum kunit_assert_type type, const char *file, int line,
		const char *text, const long long vals[2], const char *fmt, ...);
__printf(7, 8) void __kunit_fail_ptr(struct kunit *test,
		enum kunit_assert_type type, const char *file, int line,
		const char *text, const void *const vals[2],
		const char *fmt, ...);
__printf(7, 8) void __kunit_fail_str(struct kunit *test,
		enum kunit_assert_type type, const char *file, int line,
		const char *text, const char *const vals[2],
		const char *fmt, ...);
__printf(7, 8) void __kunit_fail_msg(struct kunit *test,
		enum kunit_assert_type type, const char *file, int line,
		const char *text, const char *detail, const char *fmt, ...);

/*
 * text is "left op right\0left\0right": the back end prints the whole
 * expression and then each side with its value.
 */
#define __KUNIT_TEXT(l, op, r)	#l " " #op " " #r "\0" #l "\0" #r

#define __KUNIT_END(test, type)						\
	do {								\
		if ((type) == KUNIT_ASSERTION)				\
			__kunit_abort(test);				\
	} while (0)

/* -Wextra's type-limits would reject e.g. EXPECT_GE(unsigned, 0). */
#define __KUNIT_CMP(l, op, r) ({					\
	_Pragma("GCC diagnostic push")					\
	_Pragma("GCC diagnostic ignored \"-Wtype-limits\"")		\
	_Pragma("GCC diagnostic ignored \"-Wbool-compare\"")		\
	bool __kcmp = (l) op (r);					\
	_Pragma("GCC diagnostic pop")					\
	__kcmp; })

#define KUNIT_BINARY_INT_ASSERTION(test, type, left, op, right, fmt, ...) \
	do {								\
		const typeof(left) __kl = (left);			\
		const typeof(right) __kr = (right);			\
		if (!__KUNIT_CMP(__kl, op, __kr)) {			\
			const long long __kv[2] = {			\
				(long long)__kl, (long long)__kr };	\
			__kunit_fail_int(test, type, __FILE__, __LINE__, \
					 __KUNIT_TEXT(left, op, right),	\
					 __kv, fmt, ##__VA_ARGS__);	\
			__KUNIT_END(test, type);			\
		}							\
	} while (0)

#define KUNIT_BINARY_PTR_ASSERTION(test, type, left, op, right, fmt, ...) \
	do {								\
		const void *const __kv[2] = { (left), (right) };	\
		if (!(__kv[0] op __kv[1])) {				\
			__kunit_fail_ptr(test, type, __FILE__, __LINE__, \
					 __KUNIT_TEXT(left, op, right),	\
					 __kv, fmt, ##__VA_ARGS__);	\
			__KUNIT_END(test, type);			\
		}							\
	} while (0)

#define KUNIT_BINARY_STR_ASSERTION(test, type, left, op, right, fmt, ...) \
	do {								\
		const char *const __kv[2] = { (left), (right) };	\
		if (!(strcmp(__kv[0], __kv[1]) op 0)) {			\
			__kunit_fail_str(test, type, __FILE__, __LINE__, \
					 __KUNIT_TEXT(left, op, right),	\
					 __kv, fmt, ##__VA_ARGS__);	\
			__KUNIT_END(test, type);			\
		}							\
	} while (0)

#define KUNIT_UNARY_ASSERTION(test, type, cond, expect, fmt, ...)	\
	do {								\
		if ((bool)(cond) != (bool)(expect)) {				\
			__kunit_fail_msg(test, type, __FILE__, __LINE__, \
					 #cond, (expect) ? "is false" :	\
					 "is true", fmt, ##__VA_ARGS__); \
			__KUNIT_END(test, type);			\
		}							\
	} while (0)

#define KUNIT_PTR_NOT_ERR_OR_NULL_MSG_ASSERTION(test, type, ptr, fmt, ...) \
	do {								\
		const void *__kp = (ptr);				\
		if (IS_ERR_OR_NULL(__kp)) {				\
			char __kd[48];					\
			if (__kp)					\
				snprintf(__kd, sizeof(__kd),		\
					 "is error %ld", PTR_ERR(__kp)); \
			else						\
				snprintf(__kd, sizeof(__kd), "is NULL"); \
			__kunit_fail_msg(test, type, __FILE__, __LINE__, \
					 #ptr, __kd, fmt, ##__VA_ARGS__); \
			__KUNIT_END(test, type);			\
		}							\
	} while (0)

#define KUNIT_NULL_ASSERTION(test, type, ptr, want_null, fmt, ...)	\
	do {								\
		const void *__kp = (ptr);				\
		if ((__kp == NULL) != (want_null)) {			\
			__kunit_fail_msg(test, type, __FILE__, __LINE__, \
					 #ptr, (want_null) ?		\
					 "is not NULL" : "is NULL",	\
					 fmt, ##__VA_ARGS__);		\
			__KUNIT_END(test, type);			\
		}							\
	} while (0)

#define KUNIT_FAIL(test, fmt, ...)					\
	__kunit_fail(test, KUNIT_EXPECTATION, __FILE__, __LINE__,	\
		     fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_FAILURE(test, fmt, ...)				\
	do {								\
		__kunit_fail(test, KUNIT_ASSERTION, __FILE__, __LINE__,	\
			     fmt, ##__VA_ARGS__);			\
		__kunit_abort(test);					\
	} while (0)
#define KUNIT_SUCCEED(test)	do { } while (0)


#define KUNIT_EXPECT_TRUE_MSG(t, c, fmt, ...) \
	KUNIT_UNARY_ASSERTION(t, KUNIT_EXPECTATION, c, true, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_TRUE_MSG(t, c, fmt, ...) \
	KUNIT_UNARY_ASSERTION(t, KUNIT_ASSERTION, c, true, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_FALSE_MSG(t, c, fmt, ...) \
	KUNIT_UNARY_ASSERTION(t, KUNIT_EXPECTATION, c, false, fmt, \
			      ##__VA_ARGS__)
#define KUNIT_ASSERT_FALSE_MSG(t, c, fmt, ...) \
	KUNIT_UNARY_ASSERTION(t, KUNIT_ASSERTION, c, false, fmt, ##__VA_ARGS__)

#define __KUNIT_INT(t, type, l, op, r, fmt, ...) \
	KUNIT_BINARY_INT_ASSERTION(t, type, l, op, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_EQ_MSG(t, l, r, fmt, ...) \
	__KUNIT_INT(t, KUNIT_EXPECTATION, l, ==, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_NE_MSG(t, l, r, fmt, ...) \
	__KUNIT_INT(t, KUNIT_EXPECTATION, l, !=, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_LT_MSG(t, l, r, fmt, ...) \
	__KUNIT_INT(t, KUNIT_EXPECTATION, l, <, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_LE_MSG(t, l, r, fmt, ...) \
	__KUNIT_INT(t, KUNIT_EXPECTATION, l, <=, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_GT_MSG(t, l, r, fmt, ...) \
	__KUNIT_INT(t, KUNIT_EXPECTATION, l, >, r, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_GE_MSG(t, l, r, fmt, ...) \
	__KUNIT_INT(t, KUNIT_EXPECTATION, l, >=, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_EQ_MSG(t, l, r, fmt, ...) \
	__KUNIT_INT(t, KUNIT_ASSERTION, l, ==, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_NE_MSG(t, l, r, fmt, ...) \
	__KUNIT_INT(t, KUNIT_ASSERTION, l, !=, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_LT_MSG(t, l, r, fmt, ...) \
	__KUNIT_INT(t, KUNIT_ASSERTION, l, <, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_LE_MSG(t, l, r, fmt, ...) \
	__KUNIT_INT(t, KUNIT_ASSERTION, l, <=, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_GT_MSG(t, l, r, fmt, ...) \
	__KUNIT_INT(t, KUNIT_ASSERTION, l, >, r, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_GE_MSG(t, l, r, fmt, ...) \
	__KUNIT_INT(t, KUNIT_ASSERTION, l, >=, r, fmt, ##__VA_ARGS__)

#define KUNIT_EXPECT_PTR_EQ_MSG(t, l, r, fmt, ...) \
	KUNIT_BINARY_PTR_ASSERTION(t, KUNIT_EXPECTATION, l, ==, r, fmt, \
				   ##__VA_ARGS__)
#define KUNIT_EXPECT_PTR_NE_MSG(t, l, r, fmt, ...) \
	KUNIT_BINARY_PTR_ASSERTION(t, KUNIT_EXPECTATION, l, !=, r, fmt, \
				   ##__VA_ARGS__)
#define KUNIT_ASSERT_PTR_EQ_MSG(t, l, r, fmt, ...) \
	KUNIT_BINARY_PTR_ASSERTION(t, KUNIT_ASSERTION, l, ==, r, fmt, \
				   ##__VA_ARGS__)
#define KUNIT_ASSERT_PTR_NE_MSG(t, l, r, fmt, ...) \
	KUNIT_BINARY_PTR_ASSERTION(t, KUNIT_ASSERTION, l, !=, r, fmt, \
				   ##__VA_ARGS__)

#define KUNIT_EXPECT_STREQ_MSG(t, l, r, fmt, ...) \
	KUNIT_BINARY_STR_ASSERTION(t, KUNIT_EXPECTATION, l, ==, r, fmt, \
				   ##__VA_ARGS__)
#define KUNIT_EXPECT_STRNEQ_MSG(t, l, r, fmt, ...) \
	KUNIT_BINARY_STR_ASSERTION(t, KUNIT_EXPECTATION, l, !=, r, fmt, \
				   ##__VA_ARGS__)
#define KUNIT_ASSERT_STREQ_MSG(t, l, r, fmt, ...) \
	KUNIT_BINARY_STR_ASSERTION(t, KUNIT_ASSERTION, l, ==, r, fmt, \
				   ##__VA_ARGS__)
#define KUNIT_ASSERT_STRNEQ_MSG(t, l, r, fmt, ...) \
	KUNIT_BINARY_STR_ASSERTION(t, KUNIT_ASSERTION, l, !=, r, fmt, \
				   ##__VA_ARGS__)

#define KUNIT_EXPECT_NULL_MSG(t, p, fmt, ...) \
	KUNIT_NULL_ASSERTION(t, KUNIT_EXPECTATION, p, true, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_NOT_NULL_MSG(t, p, fmt, ...) \
	KUNIT_NULL_ASSERTION(t, KUNIT_EXPECTATION, p, false, fmt, \
			     ##__VA_ARGS__)
#define KUNIT_ASSERT_NULL_MSG(t, p, fmt, ...) \
	KUNIT_NULL_ASSERTION(t, KUNIT_ASSERTION, p, true, fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_NOT_NULL_MSG(t, p, fmt, ...) \
	KUNIT_NULL_ASSERTION(t, KUNIT_ASSERTION, p, false, fmt, ##__VA_ARGS__)
#define KUNIT_EXPECT_NOT_ERR_OR_NULL_MSG(t, p, fmt, ...) \
	KUNIT_PTR_NOT_ERR_OR_NULL_MSG_ASSERTION(t, KUNIT_EXPECTATION, p, \
						fmt, ##__VA_ARGS__)
#define KUNIT_ASSERT_NOT_ERR_OR_NULL_MSG(t, p, fmt, ...) \
	KUNIT_PTR_NOT_ERR_OR_NULL_MSG_ASSERTION(t, KUNIT_ASSERTION, p, \
						fmt, ##__VA_ARGS__)

#define KUNIT_EXPECT_TRUE(t, c)		KUNIT_EXPECT_TRUE_MSG(t, c, NULL)
#define KUNIT_ASSERT_TRUE(t, c)		KUNIT_ASSERT_TRUE_MSG(t, c, NULL)
#define KUNIT_EXPECT_FALSE(t, c)	KUNIT_EXPECT_FALSE_MSG(t, c, NULL)
#define KUNIT_ASSERT_FALSE(t, c)	KUNIT_ASSERT_FALSE_MSG(t, c, NULL)
#define KUNIT_EXPECT_EQ(t, l, r)	KUNIT_EXPECT_EQ_MSG(t, l, r, NULL)
#define KUNIT_EXPECT_NE(t, l, r)	KUNIT_EXPECT_NE_MSG(t, l, r, NULL)
#define KUNIT_EXPECT_LT(t, l, r)	KUNIT_EXPECT_LT_MSG(t, l, r, NULL)
#define KUNIT_EXPECT_LE(t, l, r)	KUNIT_EXPECT_LE_MSG(t, l, r, NULL)
#define KUNIT_EXPECT_GT(t, l, r)	KUNIT_EXPECT_GT_MSG(t, l, r, NULL)
#define KUNIT_EXPECT_GE(t, l, r)	KUNIT_EXPECT_GE_MSG(t, l, r, NULL)
#define KUNIT_ASSERT_EQ(t, l, r)	KUNIT_ASSERT_EQ_MSG(t, l, r, NULL)
#define KUNIT_ASSERT_NE(t, l, r)	KUNIT_ASSERT_NE_MSG(t, l, r, NULL)
#define KUNIT_ASSERT_LT(t, l, r)	KUNIT_ASSERT_LT_MSG(t, l, r, NULL)
#define KUNIT_ASSERT_LE(t, l, r)	KUNIT_ASSERT_LE_MSG(t, l, r, NULL)
#define KUNIT_ASSERT_GT(t, l, r)	KUNIT_ASSERT_GT_MSG(t, l, r, NULL)
#define KUNIT_ASSERT_GE(t, l, r)	KUNIT_ASSERT_GE_MSG(t, l, r, NULL)
#define KUNIT_EXPECT_PTR_EQ(t, l, r)	KUNIT_EXPECT_PTR_EQ_MSG(t, l, r, NULL)
#define KUNIT_EXPECT_PTR_NE(t, l, r)	KUNIT_EXPECT_PTR_NE_MSG(t, l, r, NULL)
#define KUNIT_ASSERT_PTR_EQ(t, l, r)	KUNIT_ASSERT_PTR_EQ_MSG(t, l, r, NULL)
#define KUNIT_ASSERT_PTR_NE(t, l, r)	KUNIT_ASSERT_PTR_NE_MSG(t, l, r, NULL)
#define KUNIT_EXPECT_STREQ(t, l, r)	KUNIT_EXPECT_STREQ_MSG(t, l, r, NULL)
#define KUNIT_EXPECT_STRNEQ(t, l, r)	KUNIT_EXPECT_STRNEQ_MSG(t, l, r, NULL)
#define KUNIT_ASSERT_STREQ(t, l, r)	KUNIT_ASSERT_STREQ_MSG(t, l, r, NULL)
#define KUNIT_ASSERT_STRNEQ(t, l, r)	KUNIT_ASSERT_STRNEQ_MSG(t, l, r, NULL)
#define KUNIT_EXPECT_NULL(t, p)		KUNIT_EXPECT_NULL_MSG(t, p, NULL)
#define KUNIT_EXPECT_NOT_NULL(t, p)	KUNIT_EXPECT_NOT_NULL_MSG(t, p, NULL)
#define KUNIT_ASSERT_NULL(t, p)		KUNIT_ASSERT_NULL_MSG(t, p, NULL)
#define KUNIT_ASSERT_NOT_NULL(t, p)	KUNIT_ASSERT_NOT_NULL_MSG(t, p, NULL)
#define KUNIT_EXPECT_NOT_ERR_OR_NULL(t, p) \
	KUNIT_EXPECT_NOT_ERR_OR_NULL_MSG(t, p, NULL)
#define KUNIT_ASSERT_NOT_ERR_OR_NULL(t, p) \
	KUNIT_ASSERT_NOT_ERR_OR_NULL_MSG(t, p, NULL)

#endif
