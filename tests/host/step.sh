#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# step.sh LOGDIR NAME COMMAND...: run one step of 'make check' quietly.
# Its whole output goes to LOGDIR/NAME.log; on success one line is printed,
# the step's name and the last line it printed; on failure the log is shown
# in full (the last 400 lines of a longer one) and the exit status kept.
# 'make V=1' does not come through here: it shows everything as it runs.
set -uo pipefail

logdir=$1 name=$2
shift 2
mkdir -p "$logdir"
log=$logdir/$name.log

"$@" >"$log" 2>&1
rc=$?
if [ "$rc" = 0 ]; then
	last=$(grep -v '^make\[[0-9]*\]: ' "$log" | grep -v '^[[:space:]]*$' |
	       tail -1)
	printf '  %-7s %s%s\n' STEP "$name" "${last:+: $last}"
	exit 0
fi
printf '  %-7s %s: exit %d, log %s\n' FAIL "$name" "$rc" "$log"
lines=$(wc -l <"$log")
[ "$lines" -gt 400 ] && echo "  (last 400 of $lines lines)"
tail -400 "$log"
printf '  %-7s %s: exit %d, log %s\n' FAIL "$name" "$rc" "$log"
exit "$rc"
