#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# run-suites.sh LOG BINARY [ARGS...]: run a KUnit runner binary (the host
# suites), keep its KTAP output in LOG and print a digest: one line per
# suite with its case counts, every failed case in full (the lines it
# printed, then its "not ok"), and the runner's last line, unchanged
# ("N passed, N failed, ...").  The exit status is the runner's.  If the
# runner dies before its summary, the end of the log is shown.
set -uo pipefail

log=$1
shift
mkdir -p "$(dirname "$log")"
"$@" >"$log" 2>&1
rc=$?

awk '
# Cases are counted as the runner counts them: each parameter of a
# parameterised case (deeper indentation), not the line that closes it.
function count(deep) {
	if (deep) { params++; return 1 }
	if (params) { params = 0; return 0 }
	return 1
}
# A case result: a failure prints what the case printed.
/^ +not ok [0-9]+ / {
	printf "%s", buf; print; buf = ""
	if (count($0 ~ /^        /)) bad++
	next
}
/^ +ok [0-9]+ / {
	buf = ""
	if (count($0 ~ /^        /)) {
		if ($0 ~ /# SKIP/) skip++; else good++
	}
	next
}
# A suite starts: its cases counted afresh.
/^    # Subtest: / { buf = ""; good = skip = bad = params = 0; next }
# A suite result (top level).
/^(not )?ok [0-9]+ / {
	line = $0
	sub(/^ok [0-9]+ /, "  ok      ", line)
	sub(/^not ok [0-9]+ /, "  FAILED  ", line)
	printf "%-40s %d passed%s%s\n", line, good,
	       bad ? ", " bad " failed" : "", skip ? ", " skip " skipped" : ""
	buf = ""
	next
}
/^KTAP version|^ *1\.\.[0-9]+$/ { next }
{ buf = buf $0 "\n" }
' "$log"

summary=$(tail -1 "$log")
if [[ ! $summary =~ ^[0-9]+\ passed,\ [0-9]+\ failed ]]; then
	echo "$(basename "$1"): exit $rc before its summary; log in $log"
	tail -60 "$log"
	echo "0 passed, 1 failed"
	exit "$((rc ? rc : 1))"
fi
echo "$summary"
exit "$rc"
