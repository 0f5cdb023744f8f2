# SPDX-License-Identifier: GPL-2.0
#
# DMA clients of the private API (audio, MMC) outside the directories
# LIB_SRCS globs: compiled into the test and simulation binaries like the
# library itself.  Their headers sit next to them, as in a kernel tree.
# The ASoC component (edma-priv-pcm.c) is the ALSA half of the audio
# client: it needs ALSA itself, so only the kernel build compiles it.
CLIENT_SRCS := $(filter-out sound/soc/ti/edma-priv-pcm.c, \
	$(sort $(wildcard sound/soc/ti/edma-*.c drivers/mmc/host/edma-*.c)))
LIB_SRCS += $(CLIENT_SRCS)
KERNEL_CFLAGS += -Isound/soc/ti -Idrivers/mmc/host
