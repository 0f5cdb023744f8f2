#!/bin/sh
# SPDX-License-Identifier: GPL-2.0
#
# Keep docs/bad-input.md and the rows of tests/kunit/edma_badinput_test.c
# in sync: both must list the same rows, in the same order, with the same
# result.  The test table is read through the preprocessor, so its row
# macros expand as the compiler sees them.
#
#   check-badinput-doc.sh              compare (a 'make check' step)
#   check-badinput-doc.sh --rows       print the test's rows as table lines
set -eu
cd "$(dirname "$0")/../.."

DOC=docs/bad-input.md
TEST=tests/kunit/edma_badinput_test.c
CC=${CC:-gcc}

test_rows() {
	$CC -E -P -Itests/host -Itests/model -include tests/host/kconfig.h \
		-Iinclude -Itests/board -Iarch/arm/mach-davinci "$TEST" |
	tr '\n' ' ' |
	sed -e 's/" *"//g' |
	grep -o '\.name = "[^"]*", \.result = "[^"]*"' |
	sed -e 's/^\.name = "\([^"]*\)", \.result = "\([^"]*\)"$/\1|\2/'
}

doc_rows() {
	grep '^| `' "$DOC" |
	sed -e 's/^| `\([^`]*\)` | \([^|]*[^ |]\) *|.*$/\1|\2/'
}

if [ "${1:-}" = --rows ]; then
	test_rows | sed -e 's/^\([^|]*\)|\(.*\)$/| `\1` | \2 |/'
	exit 0
fi

t=$(mktemp)
d=$(mktemp)
trap 'rm -f "$t" "$d"' EXIT
test_rows >"$t"
doc_rows >"$d"
if ! diff -u "$d" "$t"; then
	echo "check-badinput-doc: $DOC and $TEST disagree (- doc, + test)" >&2
	exit 1
fi
echo "check-badinput-doc: $(wc -l <"$t") rows agree"
