/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The simulated board job ("make run"): kernel-side clients in
 * sim_clients.c use the EDMA API exactly as drivers do; sim_main.c builds
 * the board, runs them and prints the report.  Only plain C types cross.
 */
#ifndef _TESTS_SIM_SIM_H
#define _TESTS_SIM_SIM_H

#include <stdint.h>

struct sim_result {
	const char *name;	/* "memcpy", "linked+chained", "cyclic" */
	unsigned int ctlr;	/* controller it ran on */
	uint64_t bytes;		/* bytes verified at the destination */
	uint64_t callbacks;	/* completion callbacks received */
	uint64_t errors;	/* error callbacks received */
	uint64_t mismatches;	/* bytes that differ from the expected ones */
	int status;		/* 0 or the first negative errno */
};

/* Register the SoC's controllers (with the EVM's DSP reservations). */
int sim_register_soc(const char *soc);

/* Each returns 0 and fills res, or a negative errno. */
int sim_run_memcpy(unsigned int ctlr, unsigned int size,
		   struct sim_result *res);
int sim_run_linked_chained(unsigned int ctlr, unsigned int block,
			   struct sim_result *res);
/*
 * Cyclic ping-pong on an event-driven channel: the peripheral model is
 * sim_main's callback, which raises one DMA event per call.
 */
int sim_run_cyclic(unsigned int ctlr, unsigned int channel,
		   unsigned int period, unsigned int periods,
		   void (*raise_event)(unsigned int ctlr, unsigned int ch),
		   struct sim_result *res);

#endif /* _TESTS_SIM_SIM_H */
