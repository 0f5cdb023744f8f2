#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# mach-davinci.sh KDIR: move the EDMA3 registration of the tree's DaVinci
# SoCs onto the project's SoC files (arch/arm/mach-davinci/edma-*.c).
#
#   Makefile          builds edma-da8xx.o, edma-dm355.o and edma-dm365.o
#                     (our Makefile.edma)
#   devices-da8xx.c   loses its EDMA3 resources, platform data, slave maps
#                     and da830/da850_register_edma(): edma-da8xx.c has
#                     the same functions, and the board files call them
#                     unchanged
#   dm355.c, dm365.c  lose theirs likewise; their init calls
#                     dm355/dm365_register_edma() after muxing the CC
#                     interrupt, as before
#
# The edits are anchored on declarations, not line numbers; each file is
# checked afterwards to hold no EDMA3 description of its own, so a tree
# that differs fails here rather than building two registrations.
# Running it again changes nothing.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

[ $# = 1 ] || die "usage: $0 KDIR"
KDIR=$(cd "$1" && pwd)
D=arch/arm/mach-davinci

# edit FILE AWK-PROGRAM [awk args]: run the program over FILE, install the
# result when it differs.
edit() {
	local f=$1 prog=$2
	shift 2
	awk "$@" "$prog" "$KDIR/$f" >"$KDIR/$f.new.$$"
	if cmp -s "$KDIR/$f.new.$$" "$KDIR/$f"; then
		rm "$KDIR/$f.new.$$"
		say "unchanged $f"
	else
		mv "$KDIR/$f.new.$$" "$KDIR/$f"
		say "edited    $f"
	fi
}

# Delete from the first line matching 'from' through the first line
# matching 'to' that follows a line matching 'past', and one blank line
# after it.
cut_block='
	!on && !done && $0 ~ from { on = 1 }
	on { if ($0 ~ past) seen = 1
	     if (seen && $0 ~ to) { on = 0; done = 1; eat = 1 }
	     next }
	eat { eat = 0; if ($0 == "") next }
	{ print }
	END { if (on) exit 1 }'

# In an init function: the platform_device pointer goes, and registering
# the EDMA3 device (call and error branch) becomes the helper call.
use_helper='
	/^\tstruct platform_device \*edma_pdev;$/ { next }
	/^\tedma_pdev = platform_device_register_full\(&[a-z0-9_]+_edma_device\);$/ {
		print "\tret = " helper "(NULL);"
		print "\tif (ret) {"
		getline; getline; getline	# if (IS_ERR(...)) {, pr_warn, return
		print "\t\tpr_warn(\"%s: Failed to register eDMA: %d\\n\", __func__, ret);"
		print "\t\treturn ret;"
		next
	}
	{ print }'

# The prototypes of the helpers: after the tree'"'"'s local includes.
add_include='
	!done && /^#include "mux\.h"$/ { print; print "#include \"edma-soc.h\""; done = 1; next }
	$0 == "#include \"edma-soc.h\"" { next }
	{ print }'

# Makefile: our lines (Makefile.edma) at the end, replacing earlier copies.
mk=$D/Makefile
{
	grep -v -E '^(# EDMA3 controllers|obj-.*edma-(da8xx|dm355|dm365)\.o)$' \
		"$KDIR/$mk" | awk '{ l[++n] = $0 } END {
			while (n > 0 && l[n] ~ /^[[:space:]]*$/) n--
			for (i = 1; i <= n; i++) print l[i] }'
	echo
	echo "# EDMA3 controllers"
	grep -v -E '^(#|[[:space:]]*$)' "$PROJ/$D/Makefile.edma"
} >"$KDIR/$mk.new.$$"
if cmp -s "$KDIR/$mk.new.$$" "$KDIR/$mk"; then
	rm "$KDIR/$mk.new.$$"
	say "unchanged $mk"
else
	mv "$KDIR/$mk.new.$$" "$KDIR/$mk"
	say "edited    $mk"
fi

edit $D/devices-da8xx.c "$cut_block" \
	-v from='^static s8 da8xx_queue_priority_mapping' \
	-v past='^int __init da850_register_edma' -v to='^}$'
edit $D/devices-da8xx.c '!/^#define DA8(XX|50)_TP(CC|TC)[0-9]*_BASE[[:space:]]/'

for soc in dm355 dm365; do
	edit $D/$soc.c "$cut_block" \
		-v from='^(/\* Four Transfer Controllers on DM365 \*/|static s8 (dm365_)?queue_priority_mapping)' \
		-v past="^static const struct platform_device_info ${soc}_edma_device" \
		-v to='^};$'
	edit $D/$soc.c "$use_helper" -v helper="${soc}_register_edma"
	edit $D/$soc.c "$add_include"
done

# Nothing of the old registration is left.
for f in devices-da8xx.c dm355.c dm365.c; do
	if grep -nE 'edma_soc_info|_edma_device|edma3_cc|EDMA_FILTER_PARAM|TPCC' \
			"$KDIR/$D/$f"; then
		die "$D/$f still describes an EDMA3 controller"
	fi
done
grep -q 'dm355_register_edma(NULL)' "$KDIR/$D/dm355.c" &&
	grep -q 'dm365_register_edma(NULL)' "$KDIR/$D/dm365.c" ||
	die "$D/dm3x5.c: the EDMA3 registration call was not found"
