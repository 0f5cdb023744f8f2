# SPDX-License-Identifier: GPL-2.0
#
# The ring's 1M-packet RX and TX stress cases, built without sanitizers
# (the ASan suite runs the same cases with 100k packets).

$(BUILD)/plain/tests/kunit/edma_ring_napi_test.o: \
	HOSTCFLAGS += -DRING_STRESS_PACKETS=1000000

# (the top-level obj helper is defined after the fragments are read)
RING_STRESS_OBJS := $(patsubst %.c,$(BUILD)/plain/%.o,$(MODEL_SRCS) \
	$(SHIM_SRCS) $(LIB_SRCS) $(BOARD_SRCS) tests/kunit/edma_test_util.c \
	$(wildcard tests/kunit/edma_ring_*.c))

$(BUILD)/ring_stress: $(RING_STRESS_OBJS)
	$(CC) $^ $(SHIM_LIBS) -o $@

ring-stress: $(BUILD)/ring_stress
	$(Q)$(BUILD)/ring_stress 'edma_ring_napi.*_in_order' 2>&1 | tail -1 | \
		grep -q '^2 passed, 0 failed$$'
	@echo "ring-stress: 2 cases of 1,000,000 packets each, in order"

CHECK_STEPS += ring-stress

.PHONY: ring-stress
