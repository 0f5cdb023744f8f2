// SPDX-License-Identifier: GPL-2.0
/*
 * make run: boot a simulated SoC through the real probe path, run the
 * clients of sim_clients.c on it, verify every byte and print a report.
 *
 *   edma_sim [--soc=NAME] [--seconds=N] [--help]
 *
 * Exit status: 0 when every transfer delivered exactly the expected bytes
 * and callbacks, 1 otherwise, 2 for a bad command line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "board.h"
#include "host.h"
#include "sim.h"

/* Simulated seconds the audio, MMC and network clients run together. */
#define SIM_CLIENTS_S	2

static struct board *sim_board;

static void sim_raise_event(unsigned int ctlr, unsigned int ch)
{
	edma3_event(board_cc(sim_board, ctlr), ch);
}

struct sim_plan {
	const char *soc;
	unsigned int cyclic_ctlr;	/* an event channel the EVM leaves */
	unsigned int cyclic_channel;	/* to Linux */
};

static const struct sim_plan sim_plans[] = {
	{ "da850", 1, 28 },	/* MMC1 RX */
	{ "da830", 0, 16 },	/* MMC0 RX */
	{ "dm644x", 0, 26 },	/* MMC RX */
	{ "dm355", 0, 26 },	/* MMC0 RX */
	{ "dm365", 0, 26 },	/* MMC0 RX */
	{ "dm646x", 0, 6 },	/* McASP0 TX, outside the DSP's ranges */
	{ "k2h", 4, 16 },	/* the last CC: no DSP reservations */
	{ "k2e", 4, 16 },
	{ "k2l", 2, 16 },
};

#define SIM_NR_PLANS	(sizeof(sim_plans) / sizeof(sim_plans[0]))

static void sim_print_result(const struct sim_result *r)
{
	printf("  %-15s CC%u  %9llu bytes  %5llu callbacks  %llu errors  "
	       "%llu mismatched  %s\n", r->name, r->ctlr,
	       (unsigned long long)r->bytes,
	       (unsigned long long)r->callbacks,
	       (unsigned long long)r->errors,
	       (unsigned long long)r->mismatches,
	       r->status ? "FAILED" : "ok");
}

static void sim_print_controllers(const struct board_soc *soc)
{
	unsigned int i;

	printf("\n  %-4s %8s %10s %10s %10s %8s %6s\n", "ctlr", "TRs",
	       "bytes", "MMIO rd", "MMIO wr", "ccint", "ccerr");
	for (i = 0; i < soc->ncc; i++) {
		const struct edma3_stats *st =
			edma3_get_stats(board_cc(sim_board, i));
		struct host_irq_stats ci, ce;

		host_irq_get_stats(soc->cc[i].irq_ccint, &ci);
		host_irq_get_stats(soc->cc[i].irq_ccerr, &ce);
		printf("  CC%-2u %8llu %10llu %10llu %10llu %8llu %6llu\n", i,
		       (unsigned long long)st->trs,
		       (unsigned long long)st->bytes,
		       (unsigned long long)st->mmio_reads,
		       (unsigned long long)st->mmio_writes,
		       (unsigned long long)ci.delivered,
		       (unsigned long long)ce.delivered);
	}
}

static void sim_usage(FILE *f)
{
	unsigned int i;

	fprintf(f, "usage: edma_sim [--soc=NAME] [--seconds=N] [--help]\n"
		"  --soc=NAME    the SoC to simulate (default da850; "
		"'list' lists them):");
	for (i = 0; i < SIM_NR_PLANS; i++)
		fprintf(f, " %s", sim_plans[i].soc);
	fprintf(f, "\n  --seconds=N   simulated seconds the audio, MMC and "
		"network clients run together (default %u, at least 1)\n"
		"From make: make run SOC=NAME SECONDS=N\n", SIM_CLIENTS_S);
}

static const struct sim_plan *sim_plan_by_name(const char *name)
{
	unsigned int i;

	for (i = 0; i < SIM_NR_PLANS; i++)
		if (!strcasecmp(sim_plans[i].soc, name))
			return &sim_plans[i];
	return NULL;
}

int main(int argc, char **argv)
{
	const char *soc_name = "da850";
	const struct sim_plan *plan;
	const struct board_soc *soc;
	struct sim_result res[3];
	unsigned int i, n = 0;
	unsigned long seconds = SIM_CLIENTS_S;
	char *end;
	int ret, failed = 0;

	for (i = 1; i < (unsigned int)argc; i++) {
		if (!strncmp(argv[i], "--soc=", 6)) {
			soc_name = argv[i] + 6;
		} else if (!strncmp(argv[i], "--seconds=", 10)) {
			seconds = strtoul(argv[i] + 10, &end, 10);
			if (*end || !argv[i][10] || !seconds || seconds > 3600) {
				fprintf(stderr, "edma_sim: --seconds wants a "
					"whole number from 1 to 3600, not "
					"'%s'\n", argv[i] + 10);
				return 2;
			}
		} else if (!strcmp(argv[i], "--help") ||
			   !strcmp(argv[i], "-h")) {
			sim_usage(stdout);
			return 0;
		} else {
			fprintf(stderr, "edma_sim: unknown argument '%s'\n",
				argv[i]);
			sim_usage(stderr);
			return 2;
		}
	}
	if (!strcmp(soc_name, "list")) {
		for (i = 0; i < SIM_NR_PLANS; i++)
			printf("%s\n", sim_plans[i].soc);
		return 0;
	}
	plan = sim_plan_by_name(soc_name);
	soc = plan ? board_soc_by_name(plan->soc) : NULL;
	if (!soc) {
		fprintf(stderr, "edma_sim: no simulated SoC '%s'\n",
			soc_name);
		sim_usage(stderr);
		return 2;
	}
	soc_name = plan->soc;

	sim_board = board_create(soc);
	ret = sim_register_soc(soc_name);
	if (ret) {
		fprintf(stderr, "edma_sim: registering %s failed: %d\n",
			soc_name, ret);
		return 1;
	}
	printf("EDMA3 simulated board: %s, %u controller(s)\n", soc->name,
	       soc->ncc);

	memset(res, 0, sizeof(res));
	sim_run_memcpy(0, 64 << 10, &res[n++]);
	sim_run_linked_chained(0, 16 << 10, &res[n++]);
	sim_run_cyclic(plan->cyclic_ctlr, plan->cyclic_channel, 1024, 64,
		       sim_raise_event, &res[n++]);

	printf("\n");
	for (i = 0; i < n; i++) {
		sim_print_result(&res[i]);
		if (res[i].status || res[i].mismatches || res[i].errors)
			failed++;
	}
	failed += sim_run_clients(sim_board, seconds * 1000000000ull);
	sim_print_controllers(soc);
	board_destroy(sim_board);

	printf("\n%s: %u transfers and the concurrent clients, %d failed\n",
	       failed ? "FAIL" : "PASS", n, failed);
	return failed ? 1 : 0;
}
