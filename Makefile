# SPDX-License-Identifier: GPL-2.0
#
# TI EDMA3 common library: host harness, tests and the simulated board.
#
#   make run     boot a simulated board on the library and print a report
#   make check   build and run every test (host, ASan + UBSan)
#
# Both install the Debian packages they need first (see 'deps').

BUILD	?= build
CC	:= gcc
HOSTCFLAGS := -std=gnu11 -g -O1 -MMD -MP -Wall -Wextra -Werror \
	-Wno-unused-parameter -Wno-sign-compare -Wno-missing-field-initializers \
	-fno-omit-frame-pointer -fno-strict-aliasing
SANITIZE := -fsanitize=address,undefined -fno-sanitize-recover=all
# Target flags of a cross build (tests/arm32), given on the command line.
ARCH_CFLAGS :=
HOSTCFLAGS += $(ARCH_CFLAGS)

include tests/model/model.mk
include tests/host/host.mk

# The kernel sources under test, compiled unmodified against the shim.
LIB_SRCS := $(sort $(wildcard arch/arm/common/*.c arch/arm/mach-davinci/*.c \
	arch/arm/mach-keystone/*.c drivers/*/*.c))
BOARD_SRCS := $(sort $(wildcard tests/board/*.c))
SUITE_SRCS := $(sort $(wildcard tests/kunit/*.c))
SIM_SRCS := $(sort $(wildcard tests/sim/*.c))

KERNEL_CFLAGS := $(SHIM_CFLAGS) -Iinclude -Itests/board -Iarch/arm/mach-davinci

# Every other layer brings its own fragment (targets, CHECK_STEPS, DEPS).
# CHECK_STEPS run in 'make check' before the host suites, whose summary
# stays the last line.
include $(filter-out tests/model/model.mk tests/host/host.mk, \
	$(sort $(wildcard tests/*/*.mk bench/*.mk)))

obj = $(patsubst %.c,$(BUILD)/$(1)/%.o,$(2))

$(BUILD)/san/tests/model/%.o: tests/model/%.c
	@mkdir -p $(dir $@)
	$(CC) $(HOSTCFLAGS) $(SANITIZE) -Itests/model -c $< -o $@

$(BUILD)/san/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(HOSTCFLAGS) $(SANITIZE) $(KERNEL_CFLAGS) -c $< -o $@

$(BUILD)/plain/tests/model/%.o: tests/model/%.c
	@mkdir -p $(dir $@)
	$(CC) $(HOSTCFLAGS) -Itests/model -c $< -o $@

$(BUILD)/plain/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(HOSTCFLAGS) $(KERNEL_CFLAGS) -c $< -o $@

# Without sanitizers, for valgrind.
$(BUILD)/edma_sim_plain: $(call obj,plain,$(MODEL_SRCS) $(SHIM_SRCS) $(LIB_SRCS) $(BOARD_SRCS) $(SIM_SRCS))
	$(CC) $^ $(SHIM_LIBS) -o $@

$(BUILD)/edma_tests: $(call obj,san,$(MODEL_SRCS) $(SHIM_SRCS) $(LIB_SRCS) $(BOARD_SRCS) $(SUITE_SRCS))
	$(CC) $(SANITIZE) $^ $(SHIM_LIBS) -o $@

$(BUILD)/edma_sim: $(call obj,san,$(MODEL_SRCS) $(SHIM_SRCS) $(LIB_SRCS) $(BOARD_SRCS) $(SIM_SRCS))
	$(CC) $(SANITIZE) $^ $(SHIM_LIBS) -o $@

DEPS += gcc make libfdt-dev device-tree-compiler valgrind

# Every public header compiles on its own (tests/host/header-check.sh).
PUBLIC_HEADERS := $(sort $(wildcard include/linux/*/*.h include/linux/*.h))
headers:
	@tests/host/header-check.sh $(CC) $(HOSTCFLAGS) $(SHIM_CFLAGS) \
		-Iinclude -- $(PUBLIC_HEADERS)
	@echo "headers: $(words $(PUBLIC_HEADERS)) compile on their own"
CHECK_STEPS += headers

deps:
	@missing=""; for p in $(DEPS); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  apt-get update -qq || echo "deps: apt-get update reported errors"; \
	  DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -qq $$missing >/dev/null; fi

VALGRIND := valgrind -q --error-exitcode=1 --leak-check=full \
	--errors-for-leak-kinds=definite,indirect

check: deps
	$(MAKE) --no-print-directory $(BUILD)/edma_tests $(BUILD)/edma_sim_plain
	$(VALGRIND) $(BUILD)/edma_sim_plain --seconds=1 >/dev/null
	$(VALGRIND) $(BUILD)/edma_sim_plain --soc=k2h --seconds=1 >/dev/null
	@for step in $(CHECK_STEPS); do \
	  $(MAKE) --no-print-directory $$step || exit 1; done
	$(BUILD)/edma_tests

valgrind: deps
	$(MAKE) --no-print-directory $(BUILD)/edma_sim_plain
	$(VALGRIND) $(BUILD)/edma_sim_plain $(if $(SOC),--soc=$(SOC))

run: deps
	$(MAKE) --no-print-directory $(BUILD)/edma_sim
	$(BUILD)/edma_sim $(if $(SOC),--soc=$(SOC))

clean:
	rm -rf $(BUILD)

.PHONY: deps check run valgrind clean headers

# Header dependencies of every object built so far.
-include $(shell find $(BUILD) -path $(BUILD)/kernel -prune -o \
	-name '*.d' -type f -print 2>/dev/null)
