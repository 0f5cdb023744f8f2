// SPDX-License-Identifier: GPL-2.0
/*
 * make run, phase two: the audio, MMC and (when present) network clients
 * run together on the simulated board, advanced in 100 us steps of
 * simulated time, with a progress line per simulated second and a report
 * per client at the end.
 *
 * MMIO is counted from the controllers' models around each client's step
 * and the interrupt deliveries that follow it, so work an interrupt
 * handler does for a client counts for that client.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "board.h"
#include "host.h"
#include "sim.h"

#define ARRAY_SIZE_SIM(a)	(sizeof(a) / sizeof((a)[0]))
#define SIM_STEP_NS	100000ull
#define SIM_SEC_NS	1000000000ull

/*
 * Where each SoC's audio port and MMC host sit: event channels the EVM
 * leaves to Linux, and the data ports of the peripherals.
 */
struct sim_periph_plan {
	const char *soc;
	unsigned int audio_ctlr, audio_tx, audio_rx;
	uint32_t audio_port;
	unsigned int mmc_ctlr, mmc_rx, mmc_tx;
	uint32_t mmc_port;
	/* descriptors of each network ring, and the windows PaRAM holds */
	unsigned int net_ctlr, net_rx, net_tx, net_ring, net_rx_win, net_tx_win;
};

static const struct sim_periph_plan sim_periph_plans[] = {
	/* McASP0 on CC0, MMC/SD1 on CC1: both controllers busy */
	/*
	 * The network MAC takes two free events of one controller; the
	 * windows of its rings (three PaRAM sets a descriptor) fit in what
	 * the DSP leaves.
	 */
	{ "da850", 0, 1, 0, 0x01d02000, 1, 28, 29, 0x01e1b000,
	  0, 20, 21, 256, 8, 4 },
	{ "da830", 0, 1, 0, 0x01d02000, 0, 16, 17, 0x01c40000,
	  0, 20, 21, 256, 8, 8 },
	/* ASP (McBSP) and MMC/SD0 */
	{ "dm644x", 0, 2, 3, 0x01e02000, 0, 26, 27, 0x01e10000,
	  0, 40, 41, 256, 8, 4 },
	{ "dm355", 0, 2, 3, 0x01e02000, 0, 26, 27, 0x01e11000,
	  0, 40, 41, 256, 8, 4 },
	{ "dm365", 0, 2, 3, 0x01d02000, 0, 26, 27, 0x01d11000,
	  0, 40, 41, 256, 16, 16 },
	/* McASP0; no MMC on DM646x: free events stand in for one */
	{ "dm646x", 0, 6, 9, 0x01d01000, 0, 20, 21, 0x01d20000,
	  0, 40, 41, 256, 8, 4 },
	/* the last controller has no DSP reservations */
	{ "k2h", 4, 16, 17, 0x02400000, 4, 18, 19, 0x02410000,
	  4, 20, 21, 1024, 32, 32 },
	{ "k2e", 4, 16, 17, 0x02400000, 4, 18, 19, 0x02410000,
	  4, 20, 21, 1024, 32, 32 },
	{ "k2l", 2, 16, 17, 0x02400000, 2, 18, 19, 0x02410000,
	  2, 20, 21, 1024, 32, 32 },
};

static uint64_t sim_mmio_now(struct board *b)
{
	const struct edma3_stats *st;
	uint64_t n = 0;
	unsigned int i;

	for (i = 0; i < b->soc->ncc; i++) {
		st = edma3_get_stats(board_cc(b, i));
		n += st->mmio_reads + st->mmio_writes;
	}
	return n;
}

int sim_run_clients(struct board *b, uint64_t duration_ns)
{
	const struct sim_client_ops *all[] = {
		&sim_audio_client, &sim_mmc_client,
		&sim_net_client,
	};
	const struct sim_client_ops *run[ARRAY_SIZE_SIM(all)];
	uint64_t mmio[ARRAY_SIZE_SIM(all)] = { 0 };
	const struct sim_periph_plan *plan = NULL;
	struct sim_env env = { .board = b, .soc = b->soc->name };
	unsigned int i, n = 0, failed = 0;
	uint64_t t, t0 = host_time_ns(), m;
	char buf[80];
	int ret;

	for (i = 0; i < ARRAY_SIZE_SIM(sim_periph_plans); i++) {
		if (!strcmp(sim_periph_plans[i].soc, b->soc->name))
			plan = &sim_periph_plans[i];
	}
	if (!plan) {
		printf("\nno peripheral plan for %s: clients skipped\n",
		       b->soc->name);
		return 0;
	}
	env.audio_ctlr = plan->audio_ctlr;
	env.audio_tx = plan->audio_tx;
	env.audio_rx = plan->audio_rx;
	env.audio_port = plan->audio_port;
	env.sram_base = b->soc->sram_base;
	env.sram_size = b->soc->sram_size;
	env.mmc_ctlr = plan->mmc_ctlr;
	env.mmc_rx = plan->mmc_rx;
	env.mmc_tx = plan->mmc_tx;
	env.mmc_port = plan->mmc_port;
	env.net_ctlr = plan->net_ctlr;
	env.net_rx = plan->net_rx;
	env.net_tx = plan->net_tx;
	env.net_rx_ring = plan->net_ring;
	env.net_tx_ring = plan->net_ring;
	env.net_rx_win = plan->net_rx_win;
	env.net_tx_win = plan->net_tx_win;

	printf("\nclients together, %llu s of simulated time:\n",
	       (unsigned long long)(duration_ns / SIM_SEC_NS));
	for (i = 0; i < ARRAY_SIZE_SIM(all); i++) {
		if (!all[i])
			continue;
		ret = all[i]->init(&env);
		if (ret == -ENODEV) {
			printf("  %s: not on this SoC\n", all[i]->name);
			all[i]->exit();
			continue;
		}
		run[n++] = all[i];
		if (ret)
			printf("  %s: init failed: %d\n", all[i]->name, ret);
	}
	host_irq_poll();

	for (t = SIM_STEP_NS; t <= duration_ns; t += SIM_STEP_NS) {
		host_time_advance_ns(t0 + t - host_time_ns());
		for (i = 0; i < n; i++) {
			m = sim_mmio_now(b);
			run[i]->step(host_time_ns());
			host_irq_poll();
			mmio[i] += sim_mmio_now(b) - m;
		}
		if (t % SIM_SEC_NS)
			continue;
		printf("  [%3llu.000 s]", (unsigned long long)(t / SIM_SEC_NS));
		for (i = 0; i < n; i++) {
			run[i]->progress(buf, sizeof(buf));
			printf("%s %s", i ? " |" : "", buf);
		}
		printf("\n");
	}

	printf("\n  %-7s %-29s %10s %8s %-7s %7s %8s %9s %10s\n", "client",
	       "channels", "bytes", "count", "unit", "irqs", "MMIO",
	       "recovered", "mismatched");
	for (i = 0; i < n; i++) {
		struct sim_report r = { 0 };

		run[i]->report(&r);
		r.mmio = mmio[i];
		printf("  %-7s %-29s %10llu %8llu %-7s %7llu %8llu %9llu %10llu"
		       "  %s\n", run[i]->name, r.where,
		       (unsigned long long)r.bytes,
		       (unsigned long long)r.units, r.unit,
		       (unsigned long long)r.irqs,
		       (unsigned long long)r.mmio,
		       (unsigned long long)r.recovered,
		       (unsigned long long)r.mismatches,
		       r.status || r.mismatches ? "FAILED" : "ok");
		if (r.status || r.mismatches)
			failed++;
	}
	printf("  channels: CCn, then out/in (audio) or rx/tx channels; "
	       "+SRAM: through the on-chip SRAM ping-pong;\n"
	       "  links: PaRAM slots an MMC request chains; N+M (n+m): rx+tx ring "
	       "descriptors (of them in PaRAM at once);\n"
	       "  recovered: errors the client recovered from\n");
	for (i = 0; i < n; i++)
		run[i]->exit();
	return failed;
}
