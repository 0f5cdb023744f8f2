// SPDX-License-Identifier: GPL-2.0
/*
 * printk and the small string/number helpers kernel code expects.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/string.h>

#include "host_internal.h"

static int debug_enabled = -1;

static bool want_debug(void)
{
	if (debug_enabled < 0)
		debug_enabled = getenv("HOST_DEBUG") != NULL;
	return debug_enabled;
}

static const char *const level_tag[] = {
	"EMERG", "ALERT", "CRIT", "ERR", "WARN", "NOTICE", "INFO", "DEBUG",
};

/* Split a KERN_<LEVEL> prefix off fmt; KERN_DEFAULT prints as INFO. */
static int parse_level(const char **fmt)
{
	int level = 6;

	if ((*fmt)[0] == KERN_SOH[0] && (*fmt)[1]) {
		if ((*fmt)[1] >= '0' && (*fmt)[1] <= '7')
			level = (*fmt)[1] - '0';
		*fmt += 2;
	}
	return level;
}

int host_vprintk_emit(const char *level_fmt, const char *prefix,
		      const char *fmt, va_list args)
{
	int level = parse_level(&level_fmt);
	int n;

	if (level == 7 && !want_debug())
		return 0;
	/* Tagged so test output shows which messages were errors. */
	n = printf("[%s] %s", level_tag[level], prefix ? prefix : "");
	n += vprintf(fmt, args);
	fflush(stdout);
	return n;
}

int vprintk(const char *fmt, va_list args)
{
	const char *level = fmt;

	parse_level(&fmt);
	return host_vprintk_emit(level, NULL, fmt, args);
}

int printk(const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vprintk(fmt, ap);
	va_end(ap);
	return n;
}

int vscnprintf(char *buf, size_t size, const char *fmt, va_list args)
{
	int n;

	if (!size)
		return 0;
	n = vsnprintf(buf, size, fmt, args);
	if (n < 0)
		return 0;
	return (size_t)n < size ? n : (int)size - 1;
}

int scnprintf(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vscnprintf(buf, size, fmt, ap);
	va_end(ap);
	return n;
}

ssize_t strscpy(char *dst, const char *src, size_t count)
{
	size_t len;

	if (!count)
		return -E2BIG;
	len = strnlen(src, count);
	if (len == count) {
		memcpy(dst, src, count - 1);
		dst[count - 1] = '\0';
		return -E2BIG;
	}
	memcpy(dst, src, len + 1);
	return len;
}

size_t strlcpy(char *dst, const char *src, size_t size)
{
	size_t len = strlen(src);

	if (size) {
		size_t n = len < size ? len : size - 1;

		memcpy(dst, src, n);
		dst[n] = '\0';
	}
	return len;
}

void *memchr_inv(const void *s, int c, size_t n)
{
	const unsigned char *p = s;

	for (; n; n--, p++)
		if (*p != (unsigned char)c)
			return (void *)p;
	return NULL;
}

bool sysfs_streq(const char *s1, const char *s2)
{
	while (*s1 && *s1 == *s2) {
		s1++;
		s2++;
	}
	if (*s1 == *s2)
		return true;
	if (!*s1 && *s2 == '\n' && !s2[1])
		return true;
	return *s1 == '\n' && !s1[1] && !*s2;
}

int match_string(const char * const *array, size_t n, const char *string)
{
	size_t i;

	for (i = 0; i < n && array[i]; i++)
		if (!strcmp(array[i], string))
			return i;
	return -EINVAL;
}

/* Kernel rules: whole string (one trailing newline allowed), no sign. */
static int parse_ull(const char *s, unsigned int base, unsigned long long *res)
{
	char *end;

	if (!*s || *s == '-' || *s == '+' || *s == ' ')
		return -EINVAL;
	errno = 0;
	*res = strtoull(s, &end, base);
	if (errno == ERANGE)
		return -ERANGE;
	if (end == s || (*end && !(*end == '\n' && !end[1])))
		return -EINVAL;
	return 0;
}

static int parse_ll(const char *s, unsigned int base, long long *res)
{
	unsigned long long v;
	bool neg = *s == '-';
	int ret;

	ret = parse_ull(s + neg, base, &v);
	if (ret)
		return ret;
	if (v > (unsigned long long)LLONG_MAX + neg)
		return -ERANGE;
	*res = neg ? -(long long)v : (long long)v;
	return 0;
}

#define HOST_KSTRTO_U(name, type, maxv)					\
int name(const char *s, unsigned int base, type *res)			\
{									\
	unsigned long long v;						\
	int ret = parse_ull(s, base, &v);				\
	if (ret)							\
		return ret;						\
	if (v > (maxv))							\
		return -ERANGE;						\
	*res = v;							\
	return 0;							\
}

#define HOST_KSTRTO_S(name, type, minv, maxv)				\
int name(const char *s, unsigned int base, type *res)			\
{									\
	long long v;							\
	int ret = parse_ll(s, base, &v);				\
	if (ret)							\
		return ret;						\
	if (v < (minv) || v > (maxv))					\
		return -ERANGE;						\
	*res = v;							\
	return 0;							\
}

HOST_KSTRTO_U(kstrtoul, unsigned long, ULONG_MAX)
HOST_KSTRTO_U(kstrtouint, unsigned int, UINT_MAX)
HOST_KSTRTO_U(kstrtou32, u32, U32_MAX)
HOST_KSTRTO_S(kstrtol, long, LONG_MIN, LONG_MAX)
HOST_KSTRTO_S(kstrtoint, int, INT_MIN, INT_MAX)

int kstrtobool(const char *s, bool *res)
{
	if (!s)
		return -EINVAL;
	switch (s[0]) {
	case 'y': case 'Y': case '1':
		*res = true;
		return 0;
	case 'n': case 'N': case '0':
		*res = false;
		return 0;
	case 'o': case 'O':
		if (s[1] == 'n' || s[1] == 'N') {
			*res = true;
			return 0;
		}
		if (s[1] == 'f' || s[1] == 'F') {
			*res = false;
			return 0;
		}
		break;
	}
	return -EINVAL;
}
