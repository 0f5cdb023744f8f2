#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# cover-letter.sh FILE: fill in the subject and text of the cover letter
# 'git format-patch --cover-letter' wrote (FILE), keeping its shortlog,
# diffstat and base-commit as git made them.
set -euo pipefail
here=$(dirname "$0")
. "$here/lib.sh"

cover=$1
[ -f "$cover" ] || die "no cover letter at $cover"
debver=$(dpkg-query -W -f='${Version}' linux-source-6.1 2>/dev/null || echo unknown)

subject="ARM: edma: the private EDMA API as a common library, with a dmaengine provider on top"

blurb=$(cat <<TEXT
This series brings back the private EDMA API (edma_*) of the TI DaVinci
and Keystone SoCs, as one library in arch/arm/common that both
platforms can use, and puts a thin dmaengine provider on top of it so
that the generic consumers of the tree keep their DMA.

Why a private API next to dmaengine
-----------------------------------
Two kinds of users fit dmaengine poorly, as was argued when the API
was first moved to arch/arm/common in 2013 ("ARM: davinci: move
private EDMA API to arm/common", v7):

 - A NAPI network driver wants to pull completions in its poll routine,
   under a budget, and to switch between interrupt and polled mode
   without races.  dmaengine pushes each completion through a
   per-descriptor callback, which the driver then has to throttle with
   pause/resume and a state machine of its own.  The library offers a
   notify + poll ring instead, in the manner of a virtqueue: one
   doorbell per batch, no per-packet callback, no lock or MMIO read
   per packet.

 - Audio ping-pong and MMC scatter-gather program PaRAM sets and links
   directly, as the 3.x drivers did.

Where the hardware fixes which channel serves which peripheral, the
channel is bound through the driver model (IORESOURCE_DMA resources,
the binding's "dmas" property, the AM335x and DRA7 crossbars) rather
than through a filter function.

What is in it
-------------
 - the DT schemas of the EDMA3 and crossbar bindings;
 - <linux/platform_data/edma.h> with the API, kept compatible with the
   dmaengine driver's use of the header;
 - the library (TI_PRIV_EDMA): channels, slots, PaRAM, interrupts and
   errors, probe from platform data or device tree, power management,
   the ring, debugfs files (channels, PaRAM, queues, errors, rings) and
   tracepoints (channel start/stop/completion, errors, ring
   kick/notify/poll); DSP reservations are never touched;
 - a dmaengine provider on the library (TI_PRIV_EDMA_DMA) for
   davinci_mmc, spi-davinci and davinci-mcasp/edma-pcm;
 - the EDMA3 registration of the DA830, DA850, DM355 and DM365 moved
   from devices-da8xx.c, dm355.c and dm365.c into one edma-*.c file per
   SoC, with the same devices, slave maps and board-facing helpers, plus
   the transfer controller error lines where the EDMA owns them; the
   board files build unchanged;
 - the Keystone 2 (K2H/K2K, K2E, K2L) controllers in device tree,
   without the error lines, which reach the ARM only through CIC2;
 - the direct users, one patch per subsystem: davinci-mcasp registers a
   PCM component on the library (DDR or SRAM ping-pong) instead of
   edma-pcm, davinci_mmc moves its DMA path onto linked PaRAM slots
   (MMC_DAVINCI_PRIV_EDMA), and a reference NAPI driver shows the ring
   (TI_EDMA_RING_ETH);
 - a MAINTAINERS entry for all of it, which each patch that adds files
   extends.

TI_PRIV_EDMA and TI_EDMA (drivers/dma/ti/edma.c) drive the same
hardware and exclude each other.  The 3.x functions keep the plain
EXPORT_SYMBOL they had; everything new is EXPORT_SYMBOL_GPL.

Not done yet: the ASP (davinci-i2s) of the DM355/DM365 keeps edma-pcm, its unnamed DMA
resources naming no request.  The DM644x and
DM646x descriptions of the 3.x API stay out of the series, as 6.1 no
longer has these SoCs.

How it was tested
-----------------
 - In this tree: davinci_all_defconfig and keystone_defconfig (with
   ARM_LPAE) at W=1 C=1 with 0 warnings and 0 sparse reports, a
   davinci and a keystone vmlinux linking every object the series adds
   (library, ring, provider and its consumers, SoC files, the audio,
   MMC and network drivers; the MMC one is DaVinci's only),
   checkpatch --strict, coccicheck and kernel-doc clean,
   dt_binding_check and dtbs_check of the schemas and nine boards,
   the K2H, K2E and K2L EVMs with their new EDMA3 nodes among them.
 - The same sources on a host, against a register-accurate EDMA3 model
   under AddressSanitizer and UBSan, on x86-64 and on 32-bit ARM (with
   and without LPAE) under qemu-arm; under ThreadSanitizer; fuzzed.
 - In User-Mode-Linux with lockdep: the KUnit suites and Linux's own
   dmatest on the provider's memcpy channels.
 - The ALSA half of the audio driver and the davinci_mmc glue are
   build-tested only; the DMA halves under them run on the model.
 - 6.1's own drivers/dma/ti/edma.c, unmodified, on the same model and
   on 6.1's own device trees, as a check of the model.

Base: v6.1 as shipped in Debian's linux-source-6.1 $debver.
TEXT
)

python3 - "$cover" "$subject" "$blurb" <<'PY'
import sys
path, subject, blurb = sys.argv[1:4]
text = open(path).read()
if '*** SUBJECT HERE ***' not in text or '*** BLURB HERE ***' not in text:
    sys.exit('cover-letter: no placeholders in ' + path)
text = text.replace('*** SUBJECT HERE ***', subject, 1)
text = text.replace('*** BLURB HERE ***', blurb, 1)
open(path, 'w').write(text)
PY
