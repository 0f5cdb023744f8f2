#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# Every public header compiles on its own: a file that includes only the
# header and then uses each object-like macro the header defines (a macro
# is only compiled where it is used, so an include it misses shows only
# there).  Usage: header-check.sh CC CFLAGS... -- HEADER...
set -euo pipefail

cc=$1; shift
cflags=()
while [ "$1" != "--" ]; do
	case $1 in -M*) ;; *) cflags+=("$1") ;; esac	# no dependency files
	shift
done
shift

fail=0
for h in "$@"; do
	rel=${h#include/}
	src=$(mktemp --suffix=.c)
	{
		echo "#include <$rel>"
		# object-like macros with a value: "#define NAME value"
		sed -n 's/^#define[[:space:]]\+\([A-Z][A-Z0-9_]*\)[[:space:]]\+[^[:space:]].*/\1/p' "$h" |
			{ grep -v '^__' || true; } |
			while read -r m; do
				echo "long long __use_$m = (long long)($m);"
			done
	} > "$src"
	if ! "$cc" "${cflags[@]}" -fsyntax-only -x c "$src"; then
		echo "HEADER $h: does not compile on its own"
		fail=1
	fi
	rm -f "$src"
done
exit $fail
