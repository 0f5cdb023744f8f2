# SPDX-License-Identifier: GPL-2.0
#
# Linux 6.1's own device trees for the host suite edma_realdt: the few
# files they need are extracted from Debian's linux-source-6.1 tarball
# into $(BUILD)/realdt and compiled as kbuild compiles them (cpp, then
# dtc).  Nothing of the kernel tree is committed.
#
#   make realdt-dtbs   extract and build every DTB (a 'make check' step)

REALDT_DIR := $(BUILD)/realdt
REALDT_TARBALL := /usr/src/linux-source-6.1.tar.xz
REALDT_TREE := $(REALDT_DIR)/linux-source-6.1
REALDT_BOARDS := da850-evm da850-lcdk keystone-k2g-evm am335x-evm \
	am437x-gp-evm dra7-evm
REALDT_DTBS := $(patsubst %,$(REALDT_DIR)/%.dtb,$(REALDT_BOARDS))
# what the .dts files include, and no more
REALDT_PATHS := arch/arm/boot/dts include/dt-bindings \
	include/uapi/linux/input-event-codes.h

DEPS += linux-source-6.1 cpp

# The suite checks the library's binding rules through its internal
# helpers (arch/arm/common/edma-internal.h).
KERNEL_CFLAGS += -Iarch/arm/common

# The suite looks for the blobs here (REALDT_DIR in the environment wins).
$(BUILD)/san/tests/kunit/edma_realdt_test.o: \
	HOSTCFLAGS += -DREALDT_DEFAULT_DIR='"$(REALDT_DIR)"'

$(REALDT_DIR)/.extracted: $(REALDT_TARBALL)
	@rm -rf $(REALDT_TREE)
	@mkdir -p $(REALDT_DIR)
	tar -xJf $< -C $(REALDT_DIR) \
		$(addprefix linux-source-6.1/,$(REALDT_PATHS))
	@touch $@

$(REALDT_DIR)/%.dtb: $(REALDT_DIR)/.extracted
	cpp -nostdinc -I $(REALDT_TREE)/include \
		-I $(REALDT_TREE)/arch/arm/boot/dts -undef -D__DTS__ \
		-x assembler-with-cpp -o $(REALDT_DIR)/$*.dts.pp \
		$(REALDT_TREE)/arch/arm/boot/dts/$*.dts
	dtc -q -I dts -O dtb -i $(REALDT_TREE)/arch/arm/boot/dts \
		-o $@.tmp $(REALDT_DIR)/$*.dts.pp
	@mv $@.tmp $@

realdt-dtbs: $(REALDT_DTBS)
	@echo "realdt-dtbs: $(words $(REALDT_DTBS)) boards of Linux 6.1 in $(REALDT_DIR)"

CHECK_STEPS += realdt-dtbs

.PHONY: realdt-dtbs
