/* SPDX-License-Identifier: GPL-2.0 */
/*
 * <pthread.h> for tests/kunit/edma_race_test.c built as kernel code
 * (tests/uml).  Its second "CPU" is a host thread held inside the
 * interrupt path while the first one calls the API; 6.1's UML has one CPU
 * and no preemption, so those cases require HOST_CAP_CPUS, which the UML
 * harness does not offer, and skip before creating a thread.  These stubs
 * only let the file build: creating a thread fails.
 */
#ifndef _EDMA_UML_PTHREAD_H
#define _EDMA_UML_PTHREAD_H

#include <linux/errno.h>

typedef int pthread_t;

static inline int pthread_create(pthread_t *t, const void *attr,
				 void *(*fn)(void *), void *arg)
{
	return -ENOSYS;
}

static inline int pthread_join(pthread_t t, void **ret)
{
	return -ESRCH;
}

#endif
