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

# The runner's per-case watchdog on a suite whose second case hangs: the
# run must end within the deadline, fail, and name the case.
$(BUILD)/watchdog_demo: $(SHIM_SRCS) tests/host/watchdog/watchdog_demo.c \
		$(wildcard tests/host/*.h tests/host/*/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(HOSTCFLAGS) $(SHIM_CFLAGS) -Iinclude $(SHIM_SRCS) \
		tests/model/edma3_bus.c tests/host/watchdog/watchdog_demo.c \
		$(SHIM_LIBS) -o $@

watchdog-check: $(BUILD)/watchdog_demo
	@out=$$(KUNIT_CASE_TIMEOUT=1 timeout 30 $(BUILD)/watchdog_demo); rc=$$?; \
	echo "$$out" | tail -3; \
	if [ $$rc -ne 1 ] || \
	   ! echo "$$out" | grep -q '^    not ok 2 never_returns # TIMEOUT' || \
	   ! echo "$$out" | grep -q 'watchdog_demo.never_returns: TIMEOUT' || \
	   [ "$$(echo "$$out" | tail -1)" != "1 passed, 1 failed" ]; then \
		echo "watchdog-check: FAILED (exit $$rc)"; exit 1; fi; \
	echo "watchdog-check: hung case failed by name"

CHECK_STEPS += watchdog-check

.PHONY: watchdog-check
