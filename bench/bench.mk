# SPDX-License-Identifier: GPL-2.0
#
# make bench: the network paths side by side (bench/README.md).  Not a
# test: not in 'make check', which only runs a quick smoke of the binary.

# (fragments are read in name order: name the driver here too)
BENCH_SRCS := $(sort $(MODEL_SRCS) $(SHIM_SRCS) $(LIB_SRCS) $(BOARD_SRCS) \
	drivers/net/ethernet/ti/edma_ring_eth.c \
	tests/kunit/edma_net_fixture.c bench/edma_vchan.c bench/percb_eth.c \
	bench/net_bench.c)
# -O2 like the kernel and like ringtest, in objects of their own.
BENCH_OBJS := $(patsubst %.c,$(BUILD)/bench-o2/%.o,$(BENCH_SRCS))
RINGTEST_DIR := $(BUILD)/bench/linux-source-6.1/tools/virtio/ringtest

$(BUILD)/bench-o2/tests/model/%.o: tests/model/%.c
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(HOSTCFLAGS) -O2 -Wno-maybe-uninitialized -Itests/model -c $< -o $@

$(BUILD)/bench-o2/%.o: %.c
	@mkdir -p $(dir $@)
	$(Q)$(CC) $(HOSTCFLAGS) -O2 -Wno-maybe-uninitialized $(KERNEL_CFLAGS) -Itests/kunit -Ibench \
		-c $< -o $@

$(BUILD)/net_bench: $(BENCH_OBJS)
	$(CC) $^ $(SHIM_LIBS) -o $@

# tools/virtio/ringtest's "ring" from Debian's linux-source-6.1, without
# LTO so add_inbuf() and get_buf() stay functions callgrind can see.
$(RINGTEST_DIR)/ring:
	@mkdir -p $(BUILD)/bench
	tar -xJf /usr/src/linux-source-6.1.tar.xz -C $(BUILD)/bench \
		linux-source-6.1/tools/virtio/ringtest
	$(MAKE) --no-print-directory -C $(RINGTEST_DIR) ring \
		CFLAGS="-Wall -pthread -O2 -g" LDFLAGS="-pthread -O2 -g"

DEPS += gnuplot-nox valgrind linux-source-6.1 python3

bench: deps
	$(MAKE) --no-print-directory $(BUILD)/net_bench $(RINGTEST_DIR)/ring
	python3 bench/net_report.py --bench $(BUILD)/net_bench \
		--ring $(RINGTEST_DIR)/ring --work $(BUILD)/bench \
		--out bench/results

# A few hundred packets per case, every frame checked; no callgrind.
bench-smoke: $(BUILD)/net_bench
	@for p in ring percb; do for d in rx tx; do \
	  for a in "--size=64" "--size=1500" "--size=imix" \
	      "--size=imix --load=one" "--size=64 --addr=reuse"; do \
	  $(BUILD)/net_bench --path=$$p --dir=$$d $$a --packets=300 \
	    --check >/dev/null || { echo "bench-smoke: $$p $$d $$a failed"; \
	    exit 1; }; done; done; done
	@for d in rx tx; do for n in 16 256; do \
	  $(BUILD)/net_bench --path=ring --dir=$$d --size=imix --ring=$$n \
	    --packets=1000 --check >/dev/null || { \
	    echo "bench-smoke: ring $$d --ring=$$n failed"; exit 1; }; \
	  done; done; echo "bench-smoke: ok"

CHECK_STEPS += bench-smoke

.PHONY: bench bench-smoke
