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

# Quiet by default: a line per program linked and per step of 'make
# check' (each step's output kept in $(BUILD)/logs), failures in full.
# V=1 shows every command and all output as it comes.
V ?= 0
ifeq ($(V),1)
Q :=
MAKE_Q :=
say := @:
step :=
suites :=
else
Q := @
MAKE_Q := -s
say := @printf '  %-7s %s\n'
step = tests/host/step.sh $(BUILD)/logs $(1)
suites = tests/host/run-suites.sh $(BUILD)/logs/$(1).log
endif
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
# debugfs is the kernel's (CONFIG_DEBUG_FS, off in the shim): its file is
# built and tested in User-Mode-Linux (make kunit) only.
LIB_SRCS := $(sort $(filter-out arch/arm/common/edma-debugfs.c, \
	$(wildcard arch/arm/common/*.c arch/arm/mach-davinci/*.c \
	arch/arm/mach-keystone/*.c drivers/*/*.c)))
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
	$(Q)$(CC) $(HOSTCFLAGS) $(SANITIZE) -Itests/model -c $< -o $@

$(BUILD)/san/%.o: %.c
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(HOSTCFLAGS) $(SANITIZE) $(KERNEL_CFLAGS) -c $< -o $@

$(BUILD)/plain/tests/model/%.o: tests/model/%.c
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(HOSTCFLAGS) -Itests/model -c $< -o $@

$(BUILD)/plain/%.o: %.c
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(HOSTCFLAGS) $(KERNEL_CFLAGS) -c $< -o $@

# Without sanitizers, for valgrind.
$(BUILD)/edma_sim_plain: $(call obj,plain,$(MODEL_SRCS) $(SHIM_SRCS) $(LIB_SRCS) $(BOARD_SRCS) $(SIM_SRCS))
	$(say) LD $@
	$(Q)$(CC) $^ $(SHIM_LIBS) -o $@

$(BUILD)/edma_tests: $(call obj,san,$(MODEL_SRCS) $(SHIM_SRCS) $(LIB_SRCS) $(BOARD_SRCS) $(SUITE_SRCS))
	$(say) LD $@
	$(Q)$(CC) $(SANITIZE) $^ $(SHIM_LIBS) -o $@

$(BUILD)/edma_sim: $(call obj,san,$(MODEL_SRCS) $(SHIM_SRCS) $(LIB_SRCS) $(BOARD_SRCS) $(SIM_SRCS))
	$(say) LD $@
	$(Q)$(CC) $(SANITIZE) $^ $(SHIM_LIBS) -o $@

DEPS += gcc make libfdt-dev device-tree-compiler valgrind

# Every public header compiles on its own (tests/host/header-check.sh).
PUBLIC_HEADERS := $(sort $(wildcard include/linux/*/*.h include/linux/*.h))
headers:
	@tests/host/header-check.sh $(CC) $(HOSTCFLAGS) $(SHIM_CFLAGS) \
		-Iinclude -- $(PUBLIC_HEADERS)
	@echo "headers: $(words $(PUBLIC_HEADERS)) compile on their own"
CHECK_STEPS += headers

# 'make deps' installs what every target of this Makefile needs; 'make
# run' installs only what the simulated board needs.
RUN_DEPS := gcc make libfdt-dev device-tree-compiler
deps:
	$(Q)tests/host/deps.sh "$(or $(filter-out deps,$(MAKECMDGOALS)),deps)" \
		$(sort $(DEPS))

VALGRIND := valgrind -q --error-exitcode=1 --leak-check=full \
	--errors-for-leak-kinds=definite,indirect

check: deps
	$(Q)$(MAKE) $(MAKE_Q) --no-print-directory $(BUILD)/edma_tests \
		$(BUILD)/edma_sim_plain
	$(Q)$(call step,valgrind-da850) \
		$(VALGRIND) $(BUILD)/edma_sim_plain --seconds=1
	$(Q)$(call step,valgrind-k2h) \
		$(VALGRIND) $(BUILD)/edma_sim_plain --soc=k2h --seconds=1
	@for s in $(CHECK_STEPS); do \
	  $(call step,$$s) $(MAKE) --no-print-directory $$s || exit 1; done
	$(Q)$(call suites,edma_tests) $(BUILD)/edma_tests

# make run SOC=k2h SECONDS=5 (SECONDS from the command line only: shells
# keep a variable of that name).
SIM_ARGS = $(if $(SOC),--soc=$(SOC)) \
	$(if $(filter command line,$(origin SECONDS)),--seconds=$(SECONDS))

valgrind: deps
	$(MAKE) --no-print-directory $(BUILD)/edma_sim_plain
	$(VALGRIND) $(BUILD)/edma_sim_plain $(SIM_ARGS)

run:
	$(Q)tests/host/deps.sh run $(RUN_DEPS)
	$(Q)$(MAKE) $(MAKE_Q) --no-print-directory $(BUILD)/edma_sim
	$(Q)$(BUILD)/edma_sim $(SIM_ARGS)

clean:
	rm -rf $(BUILD)

help:
	@echo 'The TI EDMA3 common library: host harness, tests, simulated board.'
	@echo
	@echo '  make run [SOC=name] [SECONDS=n]   a simulated board on the library,'
	@echo '                            with a report (SOC=list for the names)'
	@echo '  make check                every host test (ASan + UBSan), quiet;'
	@echo '                            logs in $(BUILD)/logs, V=1 shows all'
	@echo '  make kunit                the suites in User-Mode-Linux (lockdep, KASAN)'
	@echo '  make kernel-check         the library in Debian'"'"'s Linux 6.1 tree'
	@echo '  make check-arm32          the suites on 32-bit ARM under qemu-arm'
	@echo '  make peer-check           Linux 6.1'"'"'s own EDMA dmaengine driver on the model'
	@echo '  make fuzz [FUZZ_SECONDS=n]  libFuzzer on the API'
	@echo '  make stress | mutation | valgrind | bench   slower checks'
	@echo '  make deps                 install what every target needs (apt-get)'
	@echo '  make clean                remove $(BUILD)'
	@echo
	@echo '.ci/run runs kernel-check, kunit, check-arm32 and check.'

.PHONY: deps check run valgrind clean headers help

# Header dependencies of every object built so far.
-include $(shell find $(BUILD) -path $(BUILD)/kernel -prune -o \
	-name '*.d' -type f -print 2>/dev/null)
