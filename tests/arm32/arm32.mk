# SPDX-License-Identifier: GPL-2.0
#
# make check-arm32: the host suites and every SoC's 'make run' job built for
# 32-bit ARM (armv7-a hard float) and run under qemu-user with UBSan, with
# 32-bit and with LPAE 64-bit dma_addr_t/phys_addr_t (tests/arm32/run.sh).
# Its last line is "N passed, N failed" over both.

check-arm32: deps
	bash tests/arm32/deps.sh
	BUILD=$(BUILD) bash tests/arm32/run.sh

.PHONY: check-arm32
