# SPDX-License-Identifier: GPL-2.0
#
# The KUnit suites inside a User-Mode-Linux kernel with lockdep on
# (tests/uml/run-kunit.sh): Debian's linux-source-6.1 is extracted and
# built under $(BUILD)/uml, a cold run takes a few minutes.
#
#   make kunit     build, boot, run; fails on a failed case or any splat

# Included among the fragments: do not become the default goal.
uml_default_goal := $(.DEFAULT_GOAL)

UML_DEPS := linux-source-6.1 flex bison bc libelf-dev python3 gcc make \
	device-tree-compiler cpp

# Only 'make kunit' needs the kernel source: not added to every 'deps'.
kunit: DEPS += $(UML_DEPS)
kunit:
	@$(MAKE) --no-print-directory deps DEPS="$(DEPS)"
	@$(MAKE) --no-print-directory realdt-dtbs
	@BUILD=$(BUILD) REALDT_DIR=$(REALDT_DIR) tests/uml/run-kunit.sh

.PHONY: kunit

.DEFAULT_GOAL := $(uml_default_goal)
