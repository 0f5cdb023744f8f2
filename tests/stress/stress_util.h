/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What the stress programs share: the EDMA3 models of the board under a
 * lock each, so that threads standing for CPUs and for the hardware may
 * enter them at once.
 */
#ifndef _TESTS_STRESS_UTIL_H
#define _TESTS_STRESS_UTIL_H

#include <pthread.h>

/*
 * Give each of the board's first n controllers (n <= 2) a recursive lock:
 * a thread may read a model while it holds that model's lock.
 */
void stress_lock_models(unsigned int n);
/* The lock of controller i, to hold the model still from outside. */
pthread_mutex_t *stress_model_lock(unsigned int i);

#endif
