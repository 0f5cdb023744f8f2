# SPDX-License-Identifier: GPL-2.0
#
# make mutation: single-line mutants of the library (arch/arm/common) against
# the fast host suites (tests/mutation/mutants.txt, mutate.py).  Not part of
# make check or CI: it rebuilds and reruns once per mutant.
MUTATION_ARGS ?=

mutation: deps
	@command -v python3 >/dev/null || { apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3; }
	$(MAKE) --no-print-directory $(BUILD)/edma_tests
	python3 tests/mutation/mutate.py $(MUTATION_ARGS)

.PHONY: mutation
