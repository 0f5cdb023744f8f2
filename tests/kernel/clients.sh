#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# clients.sh KDIR: put the tree's DaVinci audio and MMC drivers on the
# project's clients of the private EDMA API.
#
#   sound/soc/ti/      SND_SOC_TI_EDMA_PRIV_PCM (our Kconfig entry, after
#                      SND_SOC_TI_EDMA_PCM's) builds edma-priv-pcm.o and
#                      edma-pcm-client.o; SND_SOC_DAVINCI_MCASP selects it
#                      when TI_PRIV_EDMA is built, and davinci-mcasp.c
#                      registers it instead of edma-pcm for a port whose
#                      request lines are EDMA3 events
#   drivers/mmc/host/  MMC_DAVINCI_PRIV_EDMA (after MMC_DAVINCI's entry)
#                      builds edma-mmc-client.o; davinci_mmc.c's four DMA
#                      functions (acquire, release, send, abort) then go
#                      to it, and the rest of the driver (its PIO path,
#                      the data-done interrupt that ends a transfer) is
#                      untouched
#
# Insertions are anchored on the functions and declarations they go into,
# not on line numbers; a tree that differs fails here.  Running it again
# changes nothing.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

[ $# = 1 ] || die "usage: $0 KDIR"
KDIR=$(cd "$1" && pwd)

# install FILE NEW: replace FILE with NEW when they differ.
install_new() {
	if cmp -s "$2" "$KDIR/$1"; then
		rm "$2"
		say "unchanged $1"
	else
		mv "$2" "$KDIR/$1"
		say "edited    $1"
	fi
}

# fragment FILE: a project Kconfig/Makefile fragment without its header.
fragment() {
	awk 'body || !/^(#|[[:space:]]*$)/ { body = 1; print }' "$PROJ/$1"
}

# place_entry DIR SYMBOL AFTER: DIR/Kconfig loses an earlier SYMBOL entry
# and gets ours right after the AFTER entry (so menuconfig shows it
# under AFTER); DIR/Makefile loses earlier copies of our lines and gets
# them appended.
place_entry() {
	local dir=$1 sym=$2 after=$3 kc=$1/Kconfig mk=$1/Makefile
	ENTRY=$(fragment "$kc") awk -v sym="$sym" -v after="$after" '
		function flush() {
			if (pending) { print ""; print ENVIRON["ENTRY"]; placed = 1 }
			pending = 0
		}
		$0 == "config " sym { skip = 1; next }
		skip && /^[^[:space:]#]/ { skip = 0 }
		skip { next }
		pending && /^[^[:space:]#]/ { flush(); print ""; print; next }
		pending && /^[[:space:]]*$/ { next }
		$0 == "config " after { pending = 1 }
		{ print }
		END { flush(); if (!placed) exit 1 }' "$KDIR/$kc" >"$KDIR/$kc.new.$$" ||
		die "$kc: no $after entry to put $sym after"
	install_new "$kc" "$KDIR/$kc.new.$$"
	{
		fragment "$mk" >"$KDIR/$mk.ours.$$"
		grep -v -x -F -f "$KDIR/$mk.ours.$$" "$KDIR/$mk" || true
		cat "$KDIR/$mk.ours.$$"
		rm "$KDIR/$mk.ours.$$"
	} >"$KDIR/$mk.new.$$"
	install_new "$mk" "$KDIR/$mk.new.$$"
}

# insert FILE START AT TEXT: after the first line equal to AT at or after
# the first line equal to START, insert TEXT (lines).
insert() {
	local f=$1
	TEXT=$4 awk -v start="$2" -v at="$3" '
		BEGIN { n = split(ENVIRON["TEXT"], t, "\n") }
		{ print }
		state == 0 && $0 == start { state = 1 }
		state == 1 && $0 == at {
			for (i = 1; i <= n; i++) print t[i]
			state = 2
		}
		END { if (state < 2) exit 1 }' \
		"$KDIR/$f" >"$KDIR/$f.new.$$" ||
		die "$f: no '$3' after '$2'"
	install_new "$f" "$KDIR/$f.new.$$"
}

# --- audio ---------------------------------------------------------------

S=sound/soc/ti
place_entry $S SND_SOC_TI_EDMA_PRIV_PCM SND_SOC_TI_EDMA_PCM
grep -q 'select SND_SOC_TI_EDMA_PRIV_PCM' "$KDIR/$S/Kconfig" ||
insert $S/Kconfig 'config SND_SOC_DAVINCI_MCASP' '	select SND_SOC_TI_EDMA_PCM' \
	'	select SND_SOC_TI_EDMA_PRIV_PCM if TI_PRIV_EDMA'
M=$S/davinci-mcasp.c
if ! grep -q edma_priv_pcm "$KDIR/$M"; then
insert $M '#include "edma-pcm.h"' '#include "edma-pcm.h"' \
	'#include "edma-priv-pcm.h"'
insert $M \
	'static int davinci_mcasp_get_dma_type(struct davinci_mcasp *mcasp)' \
	'		return PCM_EDMA;' \
	'
	if (edma_priv_pcm_serves(mcasp->dev))
		return PCM_EDMA;'
awk '
	$0 == "\t\tret = edma_pcm_platform_register(&pdev->dev);" && !done {
		print "\t\tif (edma_priv_pcm_serves(&pdev->dev))"
		print "\t\t\tret = edma_priv_pcm_platform_register(&pdev->dev);"
		print "\t\telse"
		print "\t\t\tret = edma_pcm_platform_register(&pdev->dev);"
		done = 1
		next
	}
	{ print }
	END { if (!done) exit 1 }' "$KDIR/$M" >"$KDIR/$M.new.$$" ||
	die "$M: no edma_pcm_platform_register() call to extend"
install_new "$M" "$KDIR/$M.new.$$"
fi

# --- MMC -----------------------------------------------------------------

H=drivers/mmc/host
C=$H/davinci_mmc.c
place_entry $H MMC_DAVINCI_PRIV_EDMA MMC_DAVINCI
if ! grep -q CONFIG_MMC_DAVINCI_PRIV_EDMA "$KDIR/$C"; then
insert $C '#include <linux/platform_data/mmc-davinci.h>' \
	'#include <linux/platform_data/mmc-davinci.h>' '
#include "edma-mmc-client.h"'
insert $C 'struct mmc_davinci_host {' '	struct dma_chan *dma_rx;' \
	'	struct edma_mmc *edma;
	struct edma_mmc_sg edma_sg[MAX_NR_SG];'
insert $C '/* DMA infrastructure */' '/* DMA infrastructure */' '
/*
 * With MMC_DAVINCI_PRIV_EDMA the four functions below go to the private
 * EDMA API instead of dmaengine.  As with dmaengine, the controller'"'"'s
 * data-done interrupt ends a transfer; an EDMA error only marks the data,
 * which the controller then ends with its own error or timeout.
 */
static void davinci_edma_done(void *arg, int err)
{
	struct mmc_davinci_host *host = arg;

	if (err && host->data) {
		dev_warn(mmc_dev(host->mmc), "DMA %s error %d\n",
			 host->data_dir == DAVINCI_MMC_DATADIR_WRITE ?
			 "write" : "read", err);
		host->data->error = err;
	}
}

static int davinci_edma_send(struct mmc_davinci_host *host,
			     struct mmc_data *data)
{
	struct scatterlist *sg;
	int i;

	if (host->sg_len > ARRAY_SIZE(host->edma_sg))
		return -EINVAL;
	for_each_sg(data->sg, sg, host->sg_len, i) {
		host->edma_sg[i].addr = sg_dma_address(sg);
		host->edma_sg[i].len = sg_dma_len(sg);
	}
	return edma_mmc_submit(host->edma,
			       host->data_dir == DAVINCI_MMC_DATADIR_WRITE,
			       host->edma_sg, host->sg_len,
			       davinci_edma_done, host);
}

static int davinci_edma_acquire(struct mmc_davinci_host *host)
{
	struct edma_mmc_config cfg = {
		.rx_port = host->mem_res->start + DAVINCI_MMCDRR,
		.tx_port = host->mem_res->start + DAVINCI_MMCDXR,
		.fifo_width = 4,
		.rw_threshold = rw_threshold,
		.max_links = MAX_NR_SG,
	};
	struct edma_mmc *edma;

	/* the channels and slots go with the device */
	edma = devm_edma_mmc_init(mmc_dev(host->mmc), &cfg);
	if (IS_ERR(edma))
		return dev_err_probe(mmc_dev(host->mmc), PTR_ERR(edma),
				     "no EDMA channels\n");
	host->edma = edma;
	return 0;
}'
insert $C 'static void davinci_abort_dma(struct mmc_davinci_host *host)' \
	'	struct dma_chan *sync_dev;' '
	if (IS_ENABLED(CONFIG_MMC_DAVINCI_PRIV_EDMA)) {
		edma_mmc_abort(host->edma, 0);
		return;
	}'
insert $C 'static int mmc_davinci_send_dma_request(struct mmc_davinci_host *host,' \
	'	int ret = 0;' '
	if (IS_ENABLED(CONFIG_MMC_DAVINCI_PRIV_EDMA))
		return davinci_edma_send(host, data);'
insert $C 'static void davinci_release_dma_channels(struct mmc_davinci_host *host)' \
	'		return;' '
	/* devm releases the private API'"'"'s channels */
	if (IS_ENABLED(CONFIG_MMC_DAVINCI_PRIV_EDMA))
		return;'
insert $C 'static int davinci_acquire_dma_channels(struct mmc_davinci_host *host)' \
	'{' '	if (IS_ENABLED(CONFIG_MMC_DAVINCI_PRIV_EDMA))
		return davinci_edma_acquire(host);
'
fi

# Every DMA function reached its branch.
n=$(grep -c 'IS_ENABLED(CONFIG_MMC_DAVINCI_PRIV_EDMA)' "$KDIR/$C")
[ "$n" = 4 ] || die "$C: $n of the 4 DMA functions go to the private API"
n=$(grep -c 'edma_priv_pcm_serves' "$KDIR/$M")
[ "$n" = 2 ] || die "$M: $n of the 2 DMA-type decisions know the library"
