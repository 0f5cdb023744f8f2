#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# patches.sh: the project as a 'git format-patch' series against v6.1.
#
# Resets build/kernel/work to the pristine tree, lays the project into it
# with overlay.sh, commits the result as logical patches (DT binding
# schemas; header; library with Kconfig and Makefile; the dmaengine
# provider; the DaVinci SoC files with the conversion of the tree's own
# EDMA3 registration; device-tree sources; one per client subsystem), each
# with its part of our MAINTAINERS entry, and writes them to
# build/kernel/patches/ behind a cover letter (cover-letter.sh).  The
# work tree is left at the top of the series, ready to build.
set -euo pipefail
here=$(dirname "$0")
. "$here/lib.sh"

# The author and Signed-off-by are whoever runs this: GIT_AUTHOR_NAME and
# GIT_AUTHOR_EMAIL, else git's user.name and user.email.  A Signed-off-by
# certifies the Developer's Certificate of Origin, so none is invented.
series_identity >/dev/null ||
	die "no author identity: set GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL (or git
config user.name and user.email) to the person who signs the series off"
name=$(series_name)
email=$(series_email)

"$here/tree.sh" worktree "$WORK"
"$here/overlay.sh" "$WORK"

commit() {
	local msg=$1
	shift
	# -f: Debian's .gitignore ignores everything at the top level.
	git -C "$WORK" add -f -- "$@"
	git -C "$WORK" -c user.name="$name" -c user.email="$email" \
		commit -q -s --no-verify -F - <<<"$msg"
}

# maint_grow FILE...: our MAINTAINERS entry also covers FILEs from this
# patch on (the overlay wrote it for the whole series; each patch that
# adds files carries its part, lib.sh maint_set).
maint_files=()
maint_grow() {
	maint_files+=("$@")
	maint_set "$WORK/MAINTAINERS" "${maint_files[@]}"
}
maint_set "$WORK/MAINTAINERS"

# shellcheck disable=SC2046,SC2086
commit "dt-bindings: dma: ti: convert the EDMA3 and crossbar bindings to DT schema

Describe the EDMA3 channel controller (ti,edma3-tpcc, ti,k2g-edma3-tpcc)
and transfer controller (ti,edma3-tptc, ti,k2g-edma3-tptc) bindings of
ti-edma.txt, and the DMA crossbars of ti-dma-crossbar.txt
(ti,dra7-dma-crossbar, ti,am335x-edma-crossbar), as YAML schemas, and
list them in MAINTAINERS instead.  The CC and TC error interrupts
are optional: on the Keystone 2 K2H/K2K, K2E and K2L they reach the
ARM only through the chip interrupt controller CIC2.

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

# shellcheck disable=SC2046
maint_grow "$project_header" $(project_lib_files)
# shellcheck disable=SC2046
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

For network drivers it adds a ring in the manner of a virtqueue: the
driver posts buffers, rings one doorbell per batch, and pulls
completions in its NAPI poll under a budget, with notification off
while it polls; no per-packet callback, lock or MMIO read.  Direct
users of EDMA3 hardware (audio ping-pong, MMC refill, network rings)
need this control over PaRAM and completion that the dmaengine
interface hides.

A ring that loses a frame to a missed event or a TC error is marked
broken and its driver told, so that it can stop, drain and reset it.

With DEBUG_FS, /sys/kernel/debug/edma/ shows per controller the channels
Linux owns and their owners, the PaRAM sets in use decoded, the event
queues' watermarks and the errors seen by kind, and per ring its
indices and counters.  Tracepoints (include/trace/events/edma.h) follow
channel start, stop and completion, each error kind, and the ring's
kicks, notifications and polls.

The library and the dmaengine driver (TI_EDMA) drive the same hardware,
so TI_PRIV_EDMA depends on !TI_EDMA." \
	$(project_lib_files) arch/arm/common/Kconfig arch/arm/common/Makefile \
	MAINTAINERS

# shellcheck disable=SC2046
maint_grow $(project_dma_files)
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
through the AM335x and DRA7 crossbars) or the platform's slave map." \
	$(project_dma_files) drivers/dma/ti/Kconfig drivers/dma/ti/Makefile \
	MAINTAINERS

# The DaVinci SoC files, and the tree's own registration they replace
# (mach-davinci.sh): one patch, as neither builds without the other.
mach_files=$(project_mach_files)
# shellcheck disable=SC2086
maint_grow $mach_files
# shellcheck disable=SC2086
commit "ARM: davinci: register the EDMA3 controllers from edma-*.c

Move the EDMA3 controller descriptions of the DA830, DA850, DM355 and
DM365 out of devices-da8xx.c, dm355.c and dm365.c into one file per
SoC, edma-da8xx.c, edma-dm355.c and edma-dm365.c, behind edma-soc.h.
da830_register_edma() and da850_register_edma() keep their names and
arguments, so the board files that pass their DSP reservations build
unchanged; dm355_init_devices() and dm365_init_devices() call
dm355_register_edma() and dm365_register_edma() where they registered
the device themselves.

The devices are the same 'edma' platform devices, with the resource
names, queue priorities and slave maps the dmaengine driver reads, so
TI_EDMA keeps working on them.  What the private API adds is read only
by TI_PRIV_EDMA: the queue-to-TC map of the DM365, and the transfer
controller error lines, so that a TC error reaches the channel's
client.  These lines are given where they are the EDMA's: DA8xx TC0
and TC1 (cp_intc 13 and 32), DA850 TC2 (95) and DM365 TC2 and TC3
(AINTC 61 and 62).  The TC0/TC1 error lines of the DM355 and DM365 are
AINTC 18 and 19 only when ARM_INTMUX routes them away from SPI, which
Linux does not do, so they are left out there." \
	$mach_files arch/arm/mach-davinci/Makefile \
	arch/arm/mach-davinci/devices-da8xx.c arch/arm/mach-davinci/dm355.c \
	arch/arm/mach-davinci/dm365.c MAINTAINERS

# shellcheck disable=SC2046
maint_grow $(project_dts_files)
# shellcheck disable=SC2046
commit "ARM: dts: keystone: add the EDMA3 controllers

Describe the EDMA3 channel controllers of the Keystone 2 SoCs and their
transfer controllers in the ti,edma3-tpcc binding: CC0-CC2 (2, 4 and 4
TCs), which the K2H/K2K, K2E and K2L share, in keystone-k2-edma.dtsi,
and CC3-CC4 (2 TCs each) of the K2H/K2K and K2E in
keystone-k2hk-k2e-edma.dtsi.  Each CC lists its TCs in ti,tptcs with
queue 0 at the lowest priority, and edma0..edma4 aliases number the
controllers.

The interrupt of each CC is its shadow region 0 completion line, which
is a GIC input.  The CC and TC error lines are not: they are events of
the chip interrupt controller CIC2 only, which no binding describes, so
the nodes carry none.  Keystone boots only from device tree, so there
is no platform data for these controllers." \
	$(project_dts_files) arch/arm/boot/dts/keystone-k2hk.dtsi \
	arch/arm/boot/dts/keystone-k2e.dtsi arch/arm/boot/dts/keystone-k2l.dtsi \
	MAINTAINERS

# The clients, one patch per subsystem.
client_audio=$(project_client_files | grep '^sound/' || true)
client_mmc=$(project_client_files | grep '^drivers/mmc/' || true)
client_net=$(project_client_files | grep -E '^(drivers/net/|include/linux/platform_data/edma_ring)' || true)
# shellcheck disable=SC2086
[ "$(printf '%s\n' $client_audio $client_mmc $client_net | sort)" = \
  "$(project_client_files)" ] || die "a client file belongs to no patch"

# shellcheck disable=SC2086
maint_grow $client_audio
# shellcheck disable=SC2086
commit "ASoC: ti: davinci-mcasp: add a PCM component on the private EDMA API

Add the PCM component of the 3.x davinci-pcm on the private EDMA API,
and let davinci-mcasp register it instead of edma-pcm for a port whose
request lines are EDMA3 events of the EDMA3 common library: a named
IORESOURCE_DMA resource of a legacy board's McASP, or a dmas entry that
ends at an EDMA3 channel controller, directly or through a crossbar.
McASP audio then needs no dmaengine provider.

Straight from DDR, the port channel runs two periods ahead through two
linked PaRAM slots, which its completion callback refills.  With an
SRAM pool in the board's McASP platform data, a substream whose ring
fits runs from on-chip SRAM instead: the port channel loops over two
SRAM halves and chains a second channel that copies each period between
the DDR ring and the half just used, so the hardware runs cyclic on its
own.  Period completions are counted from the hardware position, so
coalesced interrupts still give one period_elapsed per period.

SND_SOC_DAVINCI_MCASP selects it (SND_SOC_TI_EDMA_PRIV_PCM) when the
library is built; the TI ASoC menu accepts the library as a TI DMA
driver." \
	$client_audio sound/soc/ti/Kconfig sound/soc/ti/Makefile \
	sound/soc/ti/davinci-mcasp.c MAINTAINERS

# shellcheck disable=SC2086
maint_grow $client_mmc
# shellcheck disable=SC2086
commit "mmc: davinci: move the DMA path onto the private EDMA API

With MMC_DAVINCI_PRIV_EDMA, davinci_mmc moves its data through the
EDMA3 common library instead of dmaengine, as the 3.x driver did: each
segment of a request takes a PaRAM slot linked to the next, and a list
longer than the slots the channel holds is refilled from the completion
interrupt while it runs.  The request lines come from the controller's
dmas property or, on legacy boards, from the EDMA3 slave map.

Only the four DMA functions of the driver change (acquire, release,
send, abort).  The controller's data-done interrupt still ends a
transfer; an EDMA error marks the data with -EIO.  When the channels
cannot be had the driver falls back to PIO, as before; the PIO path is
untouched." \
	$client_mmc drivers/mmc/host/Kconfig drivers/mmc/host/Makefile \
	drivers/mmc/host/davinci_mmc.c MAINTAINERS

# shellcheck disable=SC2086
maint_grow $client_net
# shellcheck disable=SC2086
commit "net: ethernet: ti: add a NAPI driver on the private EDMA API ring

Add a reference network driver, for a simple MAC whose frames move
through two EDMA3 rings, on the notify + poll ring of the private EDMA
API: RX and TX completions are pulled in the NAPI poll routine under
its budget, notification is off while polling and back on without a
lost completion, and a batch of frames costs one doorbell.  Counters
are 64-bit (ndo_get_stats64), ethtool sets RX interrupt moderation, and
a ring the DMA broke (a lost event, a TC error) is reset by its own
poll without sleeping.

It is built under TI_EDMA_RING_ETH, for a MAC that a platform device
describes (memory window, RX/TX DMA channels); no board registers one
yet." \
	$client_net drivers/net/ethernet/ti/Kconfig \
	drivers/net/ethernet/ti/Makefile MAINTAINERS

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
