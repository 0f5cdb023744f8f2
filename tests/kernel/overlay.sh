#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# overlay.sh KDIR: lay the project's kernel files into the kernel tree KDIR.
#
#   include/linux/platform_data/edma.h  replaces the tree's (a superset)
#   arch/arm/common/*.[ch]              added: the library and the ring
#   arch/arm/common/Kconfig             our TI_PRIV_EDMA entry appended
#   arch/arm/common/Makefile            our obj- line appended
#   drivers/dma/ti/edma-priv.c          added, with our TI_PRIV_EDMA_DMA
#                                       entry and obj- line appended to
#                                       that directory's Kconfig/Makefile;
#                                       sound/soc/ti/Kconfig's menu accepts
#                                       the library as a TI DMA driver
#   arch/arm/mach-davinci/edma-*.[ch]   the DA830/DA850/DM355/DM365
#                                       files Makefile.edma names: they
#                                       replace the tree's own EDMA3
#                                       registration (mach-davinci.sh)
#   sound/, drivers/ clients            copied, each with its Kconfig
#                                       entry; davinci-mcasp.c and
#                                       davinci_mmc.c use the audio and
#                                       MMC ones (clients.sh)
#   Documentation/devicetree/bindings/  our YAML schemas added, the text
#                                       binding they replace removed, and
#                                       MAINTAINERS lists ours instead
#   MAINTAINERS                         an entry for all of the above
#   arch/arm/boot/dts/*.dtsi            added; keystone-k2hk.dtsi,
#                                       keystone-k2e.dtsi and
#                                       keystone-k2l.dtsi include them
#
# Running it again is harmless: an existing TI_PRIV_EDMA entry or obj- line
# is replaced, a MAINTAINERS entry already edited stays as it is, and files
# whose content is already ours are not rewritten.
set -euo pipefail
. "$(dirname "$0")/lib.sh"

[ $# = 1 ] || die "usage: $0 KDIR"
KDIR=$(cd "$1" 2>/dev/null && pwd) || die "$1: no such directory"

for f in Makefile arch/arm/Kconfig arch/arm/common/Kconfig \
	 arch/arm/common/Makefile include/linux/platform_data; do
	[ -e "$KDIR/$f" ] || die "$KDIR is not a kernel tree (no $f)"
done
grep -q '^source "arch/arm/common/Kconfig"' "$KDIR/arch/arm/Kconfig" ||
	die "arch/arm/Kconfig does not source arch/arm/common/Kconfig"
grep -qs '^obj-y.*[[:space:]]common/' "$KDIR/arch/arm/Kbuild" \
	"$KDIR/arch/arm/Makefile" ||
	die "arch/arm does not descend into arch/arm/common"

# put SRC DST: copy unless DST already has that content.
put() {
	if cmp -s "$PROJ/$1" "$KDIR/$1"; then
		say "unchanged $1"
	else
		[ -d "$(dirname "$KDIR/$1")" ] ||
			die "$KDIR has no $(dirname "$1")/"
		cp "$PROJ/$1" "$KDIR/$1.tmp.$$"
		mv "$KDIR/$1.tmp.$$" "$KDIR/$1"
		say "wrote     $1"
	fi
}

# replace FILE NEWCONTENT-FILE: install when different.
replace() {
	if cmp -s "$2" "$KDIR/$1"; then
		say "unchanged $1"
		rm -f "$2"
	else
		mv "$2" "$KDIR/$1"
		say "edited    $1"
	fi
}

put "$project_header"
for f in $(project_lib_files); do
	put "$f"
done

# merge_entry DIR SYMBOL: DIR's Kconfig gets the tree's entries minus any
# earlier SYMBOL entry (up to the next top-level line), plus ours without
# its SPDX/comment header, at the end (inside a closing "endif", when the
# file ends with one); DIR's Makefile loses earlier CONFIG_SYMBOL lines
# and gets ours appended.
merge_entry() {
	local kc=$1/Kconfig mk=$1/Makefile sym=$2 tail
	tail=$(awk 'NF { last = $0 } END { if (last ~ /^endif/) print last }' \
		"$KDIR/$kc")
	awk -v sym="$sym" -v tail="$tail" '
		$0 == "config " sym { skip = 1; next }
		skip && /^[^[:space:]#]/ { skip = 0 }
		!skip { lines[++n] = $0 }
		END {
			while (n > 0 && lines[n] ~ /^[[:space:]]*$/) n--
			if (tail != "" && lines[n] == tail) n--
			while (n > 0 && lines[n] ~ /^[[:space:]]*$/) n--
			for (i = 1; i <= n; i++) print lines[i]
		}' "$KDIR/$kc" >"$KDIR/$kc.new.$$"
	{
		echo
		awk 'body || !/^(#|[[:space:]]*$)/ { body = 1; print }' "$PROJ/$kc"
		if [ -n "$tail" ]; then
			echo
			echo "$tail"
		fi
	} >>"$KDIR/$kc.new.$$"
	grep -q "^config $sym\$" "$KDIR/$kc.new.$$" ||
		die "$kc: no $sym entry in $PROJ/$kc"
	replace "$kc" "$KDIR/$kc.new.$$"
	{
		grep -v -E "CONFIG_$sym([^A-Z0-9_]|\$)" "$KDIR/$mk" || true
		grep -v -E '^(#|[[:space:]]*$)' "$PROJ/$mk"
	} >"$KDIR/$mk.new.$$"
	replace "$mk" "$KDIR/$mk.new.$$"
}

merge_entry arch/arm/common TI_PRIV_EDMA

# The dmaengine provider: the same for drivers/dma/ti.
for f in $(project_dma_files); do
	put "$f"
done
merge_entry drivers/dma/ti TI_PRIV_EDMA_DMA

# The TI ASoC menu (McASP, edma-pcm) asks for a TI DMA driver; the
# library is one (McASP on its own PCM, or edma-pcm on the provider).
kc=sound/soc/ti/Kconfig
sed -E '/^[[:space:]]*depends on DMA_OMAP \|\| TI_EDMA \|\|/{/TI_PRIV_EDMA/!s/ TI_EDMA / TI_EDMA || TI_PRIV_EDMA /}' \
	"$KDIR/$kc" >"$KDIR/$kc.new.$$"
grep -q 'TI_EDMA || TI_PRIV_EDMA ' "$KDIR/$kc.new.$$" ||
	die "$kc: no TI DMA dependency line to extend"
replace "$kc" "$KDIR/$kc.new.$$"

# SoC descriptions: they replace the tree's own EDMA3 registration
# (mach-davinci.sh).
for f in $(project_mach_files); do
	put "$f"
done
"$(dirname "$0")/mach-davinci.sh" "$KDIR"

# Client drivers (audio, MMC, network), each under a Kconfig symbol of its
# own; davinci-mcasp and davinci_mmc use the first two (clients.sh).
for f in $(project_client_files); do
	put "$f"
done
"$(dirname "$0")/clients.sh" "$KDIR"
merge_entry drivers/net/ethernet/ti TI_EDMA_RING_ETH

# The device-tree binding: our schemas replace the tree's text binding.
for f in $(project_binding_files); do
	put "$f"
done
for f in $replaced_binding_files; do
	if [ -e "$KDIR/$f" ]; then
		rm "$KDIR/$f"
		say "removed   $f"
	fi
done

# MAINTAINERS: in the entry that lists the text binding (or, on a second
# run, our schemas), its binding file patterns become the remaining ones
# plus ours, in the byte order checkpatch wants.
mt=MAINTAINERS
if [ -f "$KDIR/$mt" ]; then
	# shellcheck disable=SC2086
	LC_ALL=C awk -v drop="$(printf '%s\n' $replaced_binding_files \
			$(project_binding_files))" \
		-v add="$(project_binding_files)" '
	function flush(	i, j, k, t, nb, hit, b, done) {
		for (i = 1; i <= n; i++)
			if (sec[i] in gone) hit = 1
		if (!hit) {
			for (i = 1; i <= n; i++) print sec[i]
			n = 0
			return
		}
		for (i = 1; i <= n; i++)
			if (sec[i] ~ /^F:\tDocumentation\/devicetree\/bindings\// &&
			    !(sec[i] in gone))
				b[++nb] = sec[i]
		for (i = 1; i <= na; i++) b[++nb] = "F:\t" a[i]
		for (i = 2; i <= nb; i++)	# insertion sort, byte order
			for (j = i; j > 1 && b[j - 1] > b[j]; j--) {
				t = b[j]; b[j] = b[j - 1]; b[j - 1] = t
			}
		for (i = 1; i <= n; i++) {
			if (sec[i] !~ /^F:\tDocumentation\/devicetree\/bindings\//) {
				print sec[i]
			} else if (!done) {
				for (k = 1; k <= nb; k++) print b[k]
				done = 1
			}
		}
		n = 0
	}
	BEGIN {
		m = split(drop, d, "\n")
		for (i = 1; i <= m; i++) if (d[i] != "") gone["F:\t" d[i]] = 1
		na = split(add, a, "\n")
	}
	/^$/ { flush(); print; next }
	{ sec[++n] = $0 }
	END { flush() }' "$KDIR/$mt" >"$KDIR/$mt.new.$$"
	replace "$mt" "$KDIR/$mt.new.$$"
	# and an entry of its own for everything the series adds
	cp "$KDIR/$mt" "$KDIR/$mt.new.$$"
	# shellcheck disable=SC2046
	maint_set "$KDIR/$mt.new.$$" $(project_kernel_files) \
		$(project_dts_files) || die "$mt: no place for our entry"
	replace "$mt" "$KDIR/$mt.new.$$"
fi

# Device-tree sources: each Keystone 2 SoC file includes its EDMA3
# controllers (CC0-CC2 on all three, CC3-CC4 on the K2H/K2K and K2E), so
# every board of these SoCs has them.
for f in $(project_dts_files); do
	put "$f"
done
# soc_includes SOC.dtsi DTSI...: SOC.dtsi ends with an #include of each.
soc_includes() {
	local soc=arch/arm/boot/dts/$1 d
	shift
	cp "$KDIR/$soc" "$KDIR/$soc.new.$$"
	for d; do
		grep -qxF "#include \"$d\"" "$KDIR/$soc.new.$$" ||
			printf '\n#include "%s"\n' "$d" >>"$KDIR/$soc.new.$$"
	done
	replace "$soc" "$KDIR/$soc.new.$$"
}
soc_includes keystone-k2hk.dtsi keystone-k2-edma.dtsi keystone-k2hk-k2e-edma.dtsi
soc_includes keystone-k2e.dtsi keystone-k2-edma.dtsi keystone-k2hk-k2e-edma.dtsi
soc_includes keystone-k2l.dtsi keystone-k2-edma.dtsi
