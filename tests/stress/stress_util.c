// SPDX-License-Identifier: GPL-2.0
/*
 * What the stress programs share (see stress_util.h).
 */
#include <linux/kernel.h>

#include "edma3_model.h"
#include "edma_test_util.h"
#include "stress_util.h"

static pthread_mutex_t model_lock[2];

static void model_lock_fn(void *ctx)
{
	pthread_mutex_lock(ctx);
}

static void model_unlock_fn(void *ctx)
{
	pthread_mutex_unlock(ctx);
}

void stress_lock_models(unsigned int n)
{
	pthread_mutexattr_t attr;
	unsigned int i;

	pthread_mutexattr_init(&attr);
	pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
	for (i = 0; i < n && i < ARRAY_SIZE(model_lock); i++) {
		pthread_mutex_init(&model_lock[i], &attr);
		edma3_set_lock(edma_test_cc(i), model_lock_fn, model_unlock_fn,
			       &model_lock[i]);
	}
	pthread_mutexattr_destroy(&attr);
}

pthread_mutex_t *stress_model_lock(unsigned int i)
{
	return &model_lock[i];
}
