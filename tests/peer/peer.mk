# SPDX-License-Identifier: GPL-2.0
#
# The real peer: Linux 6.1's own dmaengine driver for EDMA3
# (drivers/dma/ti/edma.c) and virt-dma (drivers/dma/virt-dma.c), extracted
# unmodified from Debian's linux-source-6.1 tarball into $(BUILD)/peer at
# build time, compiled against the shim and run on the model, as a
# fidelity test: the driver ran on real silicon, so where it and the
# model disagree one of them is wrong.  Nothing of the kernel tree is
# committed.
#
#   make peer-check   build $(BUILD)/edma_peer_tests and run it (a 'make
#                     check' step)
#
# Include order for the kernel objects: the tarball's include/ (only
# linux/platform_data/edma.h is extracted: 6.1's platform data, not the
# library's), tests/peer/include (the dmaengine API shaped as 6.1's), the
# shim, then tests/dmaengine/include (scatterlist, of_dma).  The
# driver's "../dmaengine.h" and "../virt-dma.h" are the tarball's, next
# to it.  The library (arch/arm/common) is not linked: both it and 6.1's
# driver are the "edma" platform driver.

PEER_DIR := $(BUILD)/peer
PEER_TARBALL := /usr/src/linux-source-6.1.tar.xz
PEER_TREE := $(PEER_DIR)/linux-source-6.1
PEER_KFILES := drivers/dma/ti/edma.c drivers/dma/virt-dma.c \
	drivers/dma/virt-dma.h drivers/dma/dmaengine.h \
	include/linux/platform_data/edma.h
PEER_KSRCS := $(PEER_TREE)/drivers/dma/ti/edma.c \
	$(PEER_TREE)/drivers/dma/virt-dma.c
PEER_SRCS := $(sort $(wildcard tests/peer/*.c))

PEER_CFLAGS := -I$(PEER_TREE)/include -Itests/peer/include $(SHIM_CFLAGS) \
	-Itests/dmaengine/include -Itests/board

DEPS += linux-source-6.1

$(PEER_DIR)/.extracted: $(PEER_TARBALL)
	@rm -rf $(PEER_TREE)
	@mkdir -p $(PEER_DIR)
	$(Q)tar -xJf $< -C $(PEER_DIR) \
		$(addprefix linux-source-6.1/,$(PEER_KFILES))
	@touch $@

$(PEER_KSRCS): $(PEER_DIR)/.extracted
	@:

PEER_KOBJS := $(PEER_DIR)/obj/edma.o $(PEER_DIR)/obj/virt-dma.o
PEER_OBJS := $(PEER_KOBJS) $(PEER_DIR)/obj/dmaengine-core.o \
	$(patsubst tests/peer/%.c,$(PEER_DIR)/obj/%.o,$(PEER_SRCS))

$(PEER_DIR)/obj/edma.o: $(PEER_TREE)/drivers/dma/ti/edma.c
$(PEER_DIR)/obj/virt-dma.o: $(PEER_TREE)/drivers/dma/virt-dma.c
# Two things 6.1 does that the kernel's own build accepts and UBSan here
# would stop at: vchan_complete() takes &vd->tx_result of a NULL vd when
# no cyclic descriptor is pending (the empty callback it goes with never
# reads it; the kernel's UBSAN has no null check), and edma.c shifts an
# int BCNT of up to 65535 into bit 31 ('bcnt << 16'), which GCC defines
# as two's complement and the kernel relies on.
$(PEER_KOBJS): SANITIZE += -fno-sanitize=null,shift-base
$(PEER_KOBJS):
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(HOSTCFLAGS) $(SANITIZE) $(PEER_CFLAGS) -c $< -o $@

# The small core of tests/dmaengine without its own virt-dma.
$(PEER_DIR)/obj/dmaengine-core.o: tests/dmaengine/dmaengine.c
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(HOSTCFLAGS) $(SANITIZE) $(PEER_CFLAGS) \
		-DHOST_DMAENGINE_CORE_ONLY -c $< -o $@

$(PEER_DIR)/obj/%.o: tests/peer/%.c $(PEER_DIR)/.extracted
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(HOSTCFLAGS) $(SANITIZE) $(PEER_CFLAGS) -c $< -o $@

# The model, the shim and the boards: the objects edma_tests links.
$(BUILD)/edma_peer_tests: $(PEER_OBJS) $(patsubst %.c,$(BUILD)/san/%.o, \
		$(MODEL_SRCS) $(SHIM_SRCS) $(BOARD_SRCS))
	$(say) LD $@
	$(Q)$(CC) $(SANITIZE) $^ $(SHIM_LIBS) -o $@

# Linux 6.1's device trees (tests/realdt) for edma_peer_6_1_realdt.
$(PEER_DIR)/obj/edma_peer_realdt_test.o: \
	HOSTCFLAGS += -DPEER_REALDT_DIR='"$(BUILD)/realdt"'

peer-check: $(BUILD)/edma_peer_tests realdt-dtbs
	$(Q)$(call suites,edma_peer_tests) $(BUILD)/edma_peer_tests

CHECK_STEPS += peer-check

.PHONY: peer-check
