# SPDX-License-Identifier: GPL-2.0
#
# The library in a real kernel tree (Debian's linux-source-6.1), cached
# under $(BUILD)/kernel.  See "Taking the library into a kernel tree" in
# README.md.  Not part of 'make check': a cold run takes about 15 minutes.
#
#   make kernel-check              overlay, patch series, builds and lints
#   make kernel-overlay KDIR=dir   lay the project's files into a tree
#   make kernel-patches            write the series to $(BUILD)/kernel/patches

# Included among the fragments: do not become the default goal.
kernel_default_goal := $(.DEFAULT_GOAL)

KERNEL_ENV := KBUILD_DIR=$(abspath $(BUILD))/kernel

kernel-deps:
	@tests/kernel/deps.sh

kernel-check:
	@$(KERNEL_ENV) tests/kernel/check.sh

kernel-overlay:
	@test -n "$(KDIR)" || { echo "usage: make kernel-overlay KDIR=/path/to/linux" >&2; exit 1; }
	@$(KERNEL_ENV) tests/kernel/overlay.sh $(KDIR)

kernel-patches: kernel-deps
	@$(KERNEL_ENV) tests/kernel/patches.sh

.PHONY: kernel-deps kernel-check kernel-overlay kernel-patches

.DEFAULT_GOAL := $(kernel_default_goal)
