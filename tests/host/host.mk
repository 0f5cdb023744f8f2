# SPDX-License-Identifier: GPL-2.0
#
# Host kernel-API shim (tests/host): <linux/*.h> replacements, the simulated
# CPU/interrupt controller/MMIO/DMA/platform bus/device tree, and the KUnit
# runner (kunit_main.c, whose main() is weak so other programs can link
# the same objects).
SHIM_SRCS := $(sort $(wildcard tests/host/*.c))
SHIM_CFLAGS := -Itests/host -Itests/model -include tests/host/kconfig.h
SHIM_LIBS := -lfdt -lpthread

# Device trees: tests/dts/NAME.dts -> $(BUILD)/dts/NAME.dtb, for
# host_of_load_dtb_file().  Nothing depends on them by default: build them
# with 'make dtbs', or load the source directly with host_of_load_dts_file()
# (runs dtc), or build the blob in memory with libfdt as
# tests/kunit/shim_of_test.c does.
DTS_SRCS := $(wildcard tests/dts/*.dts)
DTB_FILES := $(patsubst tests/dts/%.dts,$(BUILD)/dts/%.dtb,$(DTS_SRCS))

$(BUILD)/dts/%.dtb: tests/dts/%.dts
	@mkdir -p $(dir $@)
	dtc -q -I dts -O dtb -o $@ $<

dtbs: $(DTB_FILES)

# The shim alone, with its own suites (no library, no boards).
SHIM_CHECK_SRCS := $(SHIM_SRCS) $(sort $(wildcard tests/kunit/shim_*.c)) \
	$(sort $(wildcard tests/model/edma3_bus.c))

$(BUILD)/shim_tests: $(SHIM_CHECK_SRCS) $(wildcard tests/host/*.h \
		tests/host/*/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(HOSTCFLAGS) $(SANITIZE) $(SHIM_CFLAGS) -Iinclude \
		$(SHIM_CHECK_SRCS) $(SHIM_LIBS) -o $@

shim-check: $(BUILD)/shim_tests
	$(BUILD)/shim_tests

.PHONY: dtbs shim-check
