#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# patches.sh: the project as a 'git format-patch' series against v6.1.
#
# Resets build/kernel/work to the pristine tree, lays the project into it
# with overlay.sh, commits the result as logical patches (DT binding
# schemas; header; library with Kconfig and Makefile; one per
# arch/arm/mach-* directory; device-tree sources; clients) and writes them
# to build/kernel/patches/ behind a cover letter (cover-letter.sh).  The
# work tree is left at the top of the series, ready to build.
set -euo pipefail
here=$(dirname "$0")
. "$here/lib.sh"

"$here/tree.sh" worktree "$WORK"
"$here/overlay.sh" "$WORK"

# The author and Signed-off-by are whoever runs this: GIT_AUTHOR_NAME and
# GIT_AUTHOR_EMAIL, else git's user.name and user.email.  A Signed-off-by
# certifies the Developer's Certificate of Origin, so none is invented.
name=${GIT_AUTHOR_NAME:-$(git -C "$PROJ" config user.name || true)}
email=${GIT_AUTHOR_EMAIL:-$(git -C "$PROJ" config user.email || true)}
if [ -z "$name" ] || [ -z "$email" ] || [[ $email != *@*.* ]]; then
	die "no author identity: set GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL (or git
config user.name and user.email) to the person who signs the series off"
fi

commit() {
	local msg=$1
	shift
	# -f: Debian's .gitignore ignores everything at the top level.
	git -C "$WORK" add -f -- "$@"
	git -C "$WORK" -c user.name="$name" -c user.email="$email" \
		commit -q -s --no-verify -F - <<<"$msg"
}

# shellcheck disable=SC2046,SC2086
commit "dt-bindings: dma: ti: convert the EDMA3 and crossbar bindings to DT schema

Describe the EDMA3 channel controller (ti,edma3-tpcc, ti,k2g-edma3-tpcc)
and transfer controller (ti,edma3-tptc, ti,k2g-edma3-tptc) bindings of
ti-edma.txt, and the DMA crossbars of ti-dma-crossbar.txt
(ti,dra7-dma-crossbar, ti,am335x-edma-crossbar), as YAML schemas, and
list them in MAINTAINERS instead.

They accept the device trees as the tree has them: DA8xx controllers
with two interrupts and the edm3_tcerrint name, the 66AK2G emda3_mperr
spelling and TCs without an error interrupt, controllers in ti,sysc
target modules without ti,hwmods.  The first binding (ti,edma3, one
node and one-cell specifiers) is kept as deprecated." \
	$(project_binding_files) $replaced_binding_files MAINTAINERS

commit "include: platform_data: edma: add the private EDMA API

Extend <linux/platform_data/edma.h> with the private EDMA API (edma_*)
of TI DaVinci and Keystone SoCs, for drivers that program EDMA3 channels
and PaRAM slots directly.

The part shared with the dmaengine driver (drivers/dma/ti/edma.c) keeps
every name and member it uses: event queues (now up to EVENTQ_7, as
Keystone 2 has eight), the EDMA_CTLR_CHAN() handle macros, struct
edma_rsv_info and struct edma_soc_info.  The latter gains the 3.x
counts and queue-to-TC mapping, all optional, and kernel-doc.

The API itself (PaRAM layout, OPT bits, callback status codes and the
edma_* prototypes) is only visible with CONFIG_TI_PRIV_EDMA, because the
dmaengine driver has static helpers with the same names." \
	"$project_header"

commit "ARM: edma: add the EDMA3 common library (TI_PRIV_EDMA)

Add the private EDMA API as a platform driver in arch/arm/common,
selected by TI_PRIV_EDMA.  It binds to 'edma' platform devices (one
per controller, or the 3.x device carrying up to two) and to the
'ti,edma3' and 'ti,edma3-tpcc' device-tree nodes, with no fixed limit
on the number of controllers.

Linux owns only the channels and PaRAM slots it allocated: channels and
slots reserved for another core are never allocated or written, and
only shadow region 0 is used.  One spinlock, taken with interrupts off,
protects all state, so every function may be called from any context,
channel callbacks included.

The library and the dmaengine driver (TI_EDMA) drive the same hardware,
so TI_PRIV_EDMA depends on !TI_EDMA." \
	$(project_lib_files) arch/arm/common/Kconfig arch/arm/common/Makefile

# shellcheck disable=SC2046
commit "dmaengine: ti: add a dmaengine provider on the private EDMA API

Offer the channels of the EDMA3 common library to generic dmaengine
consumers (davinci_mmc, spi-davinci, davinci-mcasp through edma-pcm):
slave scatter-gather, cyclic and memcpy transfers on virt-dma, with
pause/resume, terminate/synchronize and burst-granular residue.

Every channel is a library channel and every PaRAM set a library slot,
programmed through the edma_* calls only, so a channel a direct user of
the private API holds is not handed out here and the other way round.
Channels are looked up through the binding's of_dma translation (also
through the AM335x and DRA7 crossbars) or the platform's slave map.
The TI ASoC menu (McASP and edma-pcm) accepts it as a DMA provider." \
	$(project_dma_files) drivers/dma/ti/Kconfig drivers/dma/ti/Makefile \
	sound/soc/ti/Kconfig

for dir in $(project_mach_files | xargs -r -n1 dirname | sort -u); do
	soc=${dir#arch/arm/mach-}
	# shellcheck disable=SC2046
	commit "ARM: $soc: add EDMA3 controller descriptions for the private API

Describe the EDMA3 channel controllers of the $soc SoCs as 'edma'
platform devices for the private EDMA API: memory and interrupt
resources (transfer controller error lines included), queue priorities
and the peripheral channel map.

The files are not added to the Makefile: this tree describes its EDMA3
controllers itself (platform devices registered for the dmaengine
driver, or the device tree), and linking both would register them
twice.  They are compile-tested on their own." \
		$(project_mach_files | grep "^$dir/")
done

# shellcheck disable=SC2046
commit "ARM: dts: keystone: add the K2H EDMA3 controllers

Describe the five EDMA3 channel controllers of the K2H/K2K and their
fourteen transfer controllers in the ti,edma3-tpcc binding: each CC
lists its TCs in ti,tptcs with queue 0 at the lowest priority, and
edma0..edma4 aliases number the controllers.  No board includes the
file yet." \
	$(project_dts_files)

# shellcheck disable=SC2046
commit "ARM: edma: add audio, MMC and network clients of the private API

A PCM DMA client (cyclic ping-pong over linked slots, and the SRAM
variant with a chained RAM channel), an MMC scatter-gather client over
linked slots, and a reference NAPI network driver on the notify + poll
ring.  Each binds its channels through the driver model.  They are not
added to any Makefile: they are examples, compile-tested on their own." \
	$(project_client_files)

left=$(git -C "$WORK" status --porcelain --ignored)
[ -z "$left" ] || die "overlay changed files outside the series:
$left"

rm -rf "$PATCHDIR"
git -C "$WORK" -c user.name="$name" -c user.email="$email" \
	format-patch -q --cover-letter --base="$BASE_TAG" -o "$PATCHDIR" \
	"$BASE_TAG..HEAD" >/dev/null
"$here/cover-letter.sh" "$PATCHDIR"/0000-cover-letter.patch
say "series in ${PATCHDIR#"$PROJ"/}:"
(cd "$PATCHDIR" && ls -1 ./*.patch | sed 's|^\./|  |' >&2)
