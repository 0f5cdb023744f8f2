# SPDX-License-Identifier: GPL-2.0
#
# libFuzzer target for the private EDMA API (tests/fuzz/README.md).
#
#   make fuzz [FUZZ_SECONDS=60]   build with clang and fuzz for that long
#   make fuzz-short               8,000 runs from seed 1, a 'make check' step
#
# The library, the model, the shim and the board are the same sources as
# the host tests, compiled by clang with libFuzzer, ASan and UBSan.
FUZZ_SECONDS ?= 60
FUZZ_CC := clang
FUZZ_SAN := -fsanitize=fuzzer-no-link,address,undefined \
	-fno-sanitize-recover=all
FUZZ_CFLAGS := -std=gnu11 -g -O1 -MMD -MP -Wall -Wextra -Wno-unused-parameter \
	-Wno-sign-compare -Wno-missing-field-initializers -Wno-unknown-warning-option \
	-fno-omit-frame-pointer -fno-strict-aliasing $(FUZZ_SAN)
FUZZ_SRCS := $(MODEL_SRCS) $(SHIM_SRCS) $(LIB_SRCS) $(BOARD_SRCS) \
	tests/kunit/edma_test_util.c tests/fuzz/edma_fuzz.c
FUZZ_BIN := $(BUILD)/edma_fuzz
FUZZ_ARGS := -timeout=20 -rss_limit_mb=2048 -max_len=2048 \
	-print_final_stats=1

DEPS += clang libfuzzer-14-dev libclang-rt-14-dev

$(BUILD)/fuzz/tests/model/%.o: tests/model/%.c
	@mkdir -p $(dir $@)
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -Itests/model -c $< -o $@

$(BUILD)/fuzz/%.o: %.c
	@mkdir -p $(dir $@)
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) $(KERNEL_CFLAGS) -Itests/kunit -c $< -o $@

$(FUZZ_BIN): $(patsubst %.c,$(BUILD)/fuzz/%.o,$(FUZZ_SRCS))
	$(FUZZ_CC) -fsanitize=fuzzer,address,undefined $^ $(SHIM_LIBS) -o $@

# New inputs go to $(BUILD)/fuzz-corpus; the committed seeds stay as they are.
fuzz: deps
	$(MAKE) --no-print-directory $(FUZZ_BIN)
	@mkdir -p $(BUILD)/fuzz-corpus
	$(FUZZ_BIN) $(FUZZ_ARGS) $(FUZZ_EXTRA) -max_total_time=$(FUZZ_SECONDS) \
		$(BUILD)/fuzz-corpus tests/fuzz/corpus

# For CI: a fixed seed and a fixed number of runs, with no time cap, so
# that the amount of fuzzing does not depend on the machine's load; it
# starts from the committed seeds alone and keeps nothing it finds.
FUZZ_SHORT_RUNS ?= 8000
fuzz-short: deps
	$(Q)$(MAKE) $(MAKE_Q) --no-print-directory $(FUZZ_BIN)
	@rm -rf $(BUILD)/fuzz-short && mkdir -p $(BUILD)/fuzz-short
	$(FUZZ_BIN) $(FUZZ_ARGS) -seed=1 -runs=$(FUZZ_SHORT_RUNS) \
		$(BUILD)/fuzz-short tests/fuzz/corpus
	@echo "fuzz-short: $(FUZZ_SHORT_RUNS) runs from seed 1, no finding"

# The bad-input table in docs/ and the test table must name the same rows.
badinput-doc:
	tests/fuzz/check-badinput-doc.sh

CHECK_STEPS += badinput-doc fuzz-short

.PHONY: fuzz fuzz-short badinput-doc
