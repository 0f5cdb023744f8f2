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

/*
 * Concurrent clients ("make run" phase two): each drives a peripheral
 * model and its kernel-side driver on the same simulated board at the
 * same time, advanced together on the simulated clock.
 */
struct board;

/* Where a SoC's peripherals sit, from sim_main's per-SoC plan. */
struct sim_env {
	struct board *board;
	const char *soc;
	unsigned int audio_ctlr;	/* McASP/McBSP events */
	unsigned int audio_tx;
	unsigned int audio_rx;
	uint32_t audio_port;		/* its DMA data port */
	uint32_t sram_base;		/* 0: no SRAM ping-pong */
	uint32_t sram_size;
	unsigned int mmc_ctlr;		/* MMC/SD events */
	unsigned int mmc_rx;
	unsigned int mmc_tx;
	uint32_t mmc_port;
	unsigned int net_ctlr;		/* MAC RX/TX requests */
	unsigned int net_rx;
	unsigned int net_tx;
	unsigned int net_rx_ring;	/* descriptors; 0: no network */
	unsigned int net_tx_ring;
	unsigned int net_rx_win;	/* of them in PaRAM at once */
	unsigned int net_tx_win;
};

struct sim_report {
	const char *unit;	/* "periods", "blocks", "packets" */
	char where[40];		/* e.g. "CC0 ch 1/0" */
	uint64_t bytes;		/* bytes verified */
	uint64_t units;		/* periods/blocks/packets completed */
	uint64_t irqs;		/* completion callbacks */
	uint64_t mmio;		/* register accesses during its steps */
	uint64_t recovered;	/* errors met and recovered from */
	uint64_t mismatches;	/* bytes that differ from the expected */
	int status;		/* 0 or the first negative errno */
};

/*
 * One client.  init returns 0, or -ENODEV to sit the run out (no such
 * peripheral on this SoC); step advances it to now_ns (interrupts are
 * delivered after each step); progress writes a short status for the
 * once-a-second line.
 */
struct sim_client_ops {
	const char *name;
	int (*init)(const struct sim_env *env);
	void (*step)(uint64_t now_ns);
	void (*progress)(char *buf, unsigned int len);
	void (*report)(struct sim_report *r);
	void (*exit)(void);
};

extern const struct sim_client_ops sim_audio_client;
extern const struct sim_client_ops sim_mmc_client;
extern const struct sim_client_ops sim_net_client;

/*
 * Run every client for duration_ns of simulated time on the booted board
 * b, printing progress and reports; returns how many clients failed.
 */
int sim_run_clients(struct board *b, uint64_t duration_ns);

#endif /* _TESTS_SIM_SIM_H */
