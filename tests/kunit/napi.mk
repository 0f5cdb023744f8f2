# SPDX-License-Identifier: GPL-2.0
#
# The reference NAPI driver lives one level deeper than the drivers/*/*.c
# the top-level Makefile picks up by itself.
LIB_SRCS += drivers/net/ethernet/ti/edma_ring_eth.c
