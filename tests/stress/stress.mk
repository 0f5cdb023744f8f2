# SPDX-License-Identifier: GPL-2.0
#
# Concurrency stress of the private EDMA API under ThreadSanitizer:
#
#   make stress
#
# Same sources as the host tests, compiled by gcc with -fsanitize=thread.
# Any TSan report fails the run (halt_on_error), as does a lost or
# duplicated completion.  TSan does not model stand-alone fences (the ring
# code's barriers); gcc warns about them, which must not fail the build.
TSAN_FLAGS := -fsanitize=thread
TSAN_CFLAGS := $(TSAN_FLAGS) -Wno-tsan
STRESS_SRCS := $(MODEL_SRCS) $(SHIM_SRCS) $(LIB_SRCS) $(BOARD_SRCS) \
	tests/kunit/edma_test_util.c tests/stress/stress_util.c \
	tests/stress/edma_stress.c
STRESS_BIN := $(BUILD)/edma_stress

$(BUILD)/tsan/tests/model/%.o: tests/model/%.c
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(HOSTCFLAGS) $(TSAN_CFLAGS) -Itests/model -c $< -o $@

$(BUILD)/tsan/%.o: %.c
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(HOSTCFLAGS) $(TSAN_CFLAGS) $(KERNEL_CFLAGS) -Itests/kunit \
		-c $< -o $@

$(STRESS_BIN): $(patsubst %.c,$(BUILD)/tsan/%.o,$(STRESS_SRCS))
	$(CC) $(TSAN_FLAGS) $^ $(SHIM_LIBS) -o $@

# A TX ring larger than its window, producer and consumer on two threads
RING_STRESS_SRCS := $(filter-out tests/stress/edma_stress.c,$(STRESS_SRCS)) \
	tests/kunit/edma_ring_test_util.c tests/stress/edma_ring_stress.c
RING_STRESS_BIN := $(BUILD)/edma_ring_stress

$(RING_STRESS_BIN): $(patsubst %.c,$(BUILD)/tsan/%.o,$(RING_STRESS_SRCS))
	$(CC) $(TSAN_FLAGS) $^ $(SHIM_LIBS) -o $@

stress: deps
	$(MAKE) --no-print-directory $(STRESS_BIN) $(RING_STRESS_BIN)
	TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" $(STRESS_BIN)
	TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1" $(RING_STRESS_BIN)

CHECK_STEPS += stress

.PHONY: stress
