#!/bin/bash
# SPDX-License-Identifier: GPL-2.0
#
# Run the KUnit suites inside a User-Mode-Linux kernel (Debian's
# linux-source-6.1) with lockdep on: the library, the EDMA3 model, the
# boards, the UML harness (tests/uml/harness.c, behind tests/host/host.h)
# and the suites are laid into drivers/edma-kunit/ of a tree extracted
# under $BUILD/uml, and tools/testing/kunit/kunit.py builds and boots it.
#
# Fails if a case fails or crashes, or if the kernel log holds a splat
# (lockdep report, KASAN or UBSAN report, debugobjects warning, WARNING,
# BUG, oops, call trace).
#
# The same kernel is then booted twice more for Linux's own dmatest
# (drivers/dma/dmatest.c from the tarball, built in, unmodified) on the
# memcpy channels of the dmaengine provider (tests/uml/dmatest.c builds
# the hardware): once completing by interrupt, once polled (polled=1).
# Fails on any dmatest failure, a missing channel summary or a splat.
# The last lines are "dmatest: N tests, N failures" and
# "kunit: N passed, N failed, N skipped".
#
# Environment: BUILD (default build), REALDT_DIR (6.1's DTBs, default
# $BUILD/realdt), UML_JOBS (default nproc),
# UML_TIMEOUT (seconds for the run, default 900), DMATEST_ITERATIONS
# (tests per channel and boot, default 2000).
set -euo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
build=$(mkdir -p "${BUILD:-build}" && cd "${BUILD:-build}" && pwd -P)
tarball=/usr/src/linux-source-6.1.tar.xz
base=$build/uml
tree=$base/linux-source-6.1
kdir=$tree/drivers/edma-kunit
out=$base/out
jobs=${UML_JOBS:-$(nproc)}
timeout=${UML_TIMEOUT:-900}
iterations=${DMATEST_ITERATIONS:-2000}
realdt=${REALDT_DIR:-$build/realdt}
# memcpy channels tests/uml/dmatest.c registers (EDT_NR_MEMCPY)
dmatest_chans=4

# The suites run in UML (with their fixtures): all of tests/kunit but the
# shim's own suites (they test the shim).  The NAPI driver suite steps the
# kernel's NAPI instances with exact budgets through tests/uml/net.c; the
# driver also meets Linux's NAPI, GRO, qdisc and netpoll in
# edma_uml_net_test.c.
#
# The kernel boots with time-travel=inf-cpu: its clock moves only when it
# idles or delays, so the cases that step time (host_time_advance_ns():
# TRs the model's TCs hold for tens of microseconds, the ring's coalescing
# hrtimers) and the library's udelay() polls see one exact clock.
#
# The audio and MMC clients (sound/soc/ti, drivers/mmc/host) are built in
# for the audio, legacy-board and MMC suites.  The device-tree suites load
# their trees through the kernel's own OF code: the .dts files of
# tests/dts and Linux 6.1's DTBs ('make realdt-dtbs', in $REALDT_DIR) are
# linked into the kernel.  The fault walks fail allocations through
# failslab and the task's fail_nth.  The concurrency of tests/stress runs
# here as kthreads that interleave at their sleeps
# (edma_uml_stress_test.c).
#
# Skipped, with the reason: the race and drain suites' two-CPU cases
# (HOST_CAP_CPUS: 6.1's UML has one CPU and no preemption), the fault
# walks of ioremap and resource lookups (a kernel has no injection point
# for them; IRQ requests fail at the lines' irqchip), the cases that
# provoke a WARN (a splat the run fails on) or register two devices of
# one name (the driver core refuses it), and the one that needs IRQ
# edges taken at re-enable (HOST_CAP_IRQ_AT_ENABLE).
UML_SUITES="edma3_model_test.c edma_api_test.c edma_bind_test.c
	edma_irq_test.c edma_probe_test.c edma_regress_test.c
	edma_slot_test.c edma_soc_test.c edma_test_util.c
	edma_width_test.c edma_badinput_test.c xbar_model_test.c
	edma_ring_test_util.c edma_ring_basic_test.c edma_ring_napi_test.c
	edma_ring_life_test.c edma_ring_window_test.c edma_audio_test.c
	edma_legacy_board_test.c
	edma_race_test.c edma_mmc_test.c edma_of_test.c edma_realdt_test.c
	edma_fault_test.c edma_drain_test.c edma_net_fixture.c
	edma_napi_test.c"

die() { echo "run-kunit: $*" >&2; exit 1; }

[ -r "$tarball" ] || die "$tarball missing (apt-get install linux-source-6.1)"
for t in flex bison bc python3 gcc make dtc; do
	command -v $t >/dev/null || die "$t missing"
done

# ---- the tree: extracted once, re-extracted when the tarball changes ----
stamp="$(stat -c '%s %Y' "$tarball")"
if [ ! -f "$base/.extracted" ] || [ "$(cat "$base/.extracted")" != "$stamp" ]
then
	echo "run-kunit: extracting $tarball"
	rm -rf "$tree" "$out" "$base/.extracted"
	mkdir -p "$base"
	tar -C "$base" -xJf "$tarball"
	[ -d "$tree" ] || die "no linux-source-6.1 in $tarball"
	echo "$stamp" > "$base/.extracted"
fi

# ---- lay in our files; copy only what changed, so rebuilds stay small ----
declare -A wanted=()

put() {		# put SRC DEST-relative-to-tree
	local dst=$tree/$2
	wanted[$2]=1
	mkdir -p "$(dirname "$dst")"
	cmp -s "$1" "$dst" 2>/dev/null || cp "$1" "$dst"
}

put_text() {	# put_text DEST-relative-to-tree < content
	local tmp
	tmp=$(mktemp)
	cat > "$tmp"
	put "$tmp" "$1"
	rm -f "$tmp"
}

objs() {	# objs SUBDIR FILE... -> kbuild object paths
	local sub=$1 f
	shift
	for f in "$@"; do
		printf ' %s/%s.o' "$sub" "$(basename "${f%.c}")"
	done
}

shopt -s nullglob
lib_common=(arch/arm/common/*.c)
lib_davinci=(arch/arm/mach-davinci/*.c)
lib_keystone=(arch/arm/mach-keystone/*.c)
model=(tests/model/*.c)
board=(tests/board/*.c)
clients=(sound/soc/ti/edma-pcm-client.c drivers/mmc/host/edma-mmc-client.c)
# the reference NAPI driver, on the kernel's network stack (edma_uml_net)
net_driver=drivers/net/ethernet/ti/edma_ring_eth.c
suites=()
for f in $UML_SUITES; do
	[ -f "tests/kunit/$f" ] && suites+=("tests/kunit/$f")
done
# the provider's suite on the real dmaengine core (tests/uml)
uml_suites=(tests/uml/edma_uml_dmaengine_test.c tests/uml/edma_uml_observe_test.c
	tests/uml/edma_uml_net_test.c tests/uml/edma_uml_stress_test.c)
suites+=("${uml_suites[@]}")
left=()
for f in tests/kunit/*_test.c; do
	case " $(echo $UML_SUITES) " in
	*" ${f##*/} "*) ;;
	*) left+=("${f##*/}") ;;
	esac
done

for f in arch/arm/common/*.[ch]; do put "$f" "drivers/edma-kunit/lib/common/${f##*/}"; done
for f in arch/arm/mach-davinci/*.[ch]; do put "$f" "drivers/edma-kunit/lib/davinci/${f##*/}"; done
for f in arch/arm/mach-keystone/*.[ch]; do put "$f" "drivers/edma-kunit/lib/keystone/${f##*/}"; done
for f in tests/model/*.[ch]; do put "$f" "drivers/edma-kunit/model/${f##*/}"; done
for f in tests/board/*.[ch]; do put "$f" "drivers/edma-kunit/board/${f##*/}"; done
for f in "${clients[@]}"; do
	put "$f" "drivers/edma-kunit/clients/${f##*/}"
	put "${f%.c}.h" "drivers/edma-kunit/clients/$(basename "${f%.c}").h"
done
for f in tests/kunit/*.h "${suites[@]}"; do put "$f" "drivers/edma-kunit/kunit/${f##*/}"; done
for f in tests/uml/include/*.h; do put "$f" "drivers/edma-kunit/compat/${f##*/}"; done
put tests/host/host.h drivers/edma-kunit/uml/host.h
put tests/host/host_net.h drivers/edma-kunit/uml/host_net.h
put tests/uml/net.c drivers/edma-kunit/uml/net.c
put tests/uml/harness.c drivers/edma-kunit/uml/harness.c
put tests/uml/dmatest.c drivers/edma-kunit/uml/dmatest.c
put drivers/dma/ti/edma-priv.c drivers/edma-kunit/dma/edma-priv.c
put drivers/dma/ti/Kconfig drivers/edma-kunit/Kconfig.dma
put arch/arm/common/Kconfig drivers/edma-kunit/Kconfig.lib
# the tree's own platform_data/edma.h is the dmaengine driver's: ours wins
put include/linux/platform_data/edma.h include/linux/platform_data/edma.h
put "$net_driver" "drivers/edma-kunit/clients/${net_driver##*/}"
put include/linux/platform_data/edma_ring_eth.h include/linux/platform_data/edma_ring_eth.h
# the library's tracepoints, where <trace/events/edma.h> finds them
put include/trace/events/edma.h include/trace/events/edma.h

# ---- the device trees, linked in (harness.c: struct eu_blob) ----
dtb_tmp=$(mktemp -d)
dtbs=()
for f in tests/dts/*.dts; do
	n=$(basename "$f" .dts)
	dtc -q -I dts -O dtb -o "$dtb_tmp/$n.dtb" "$f" || die "dtc failed on $f"
	put "$dtb_tmp/$n.dtb" "drivers/edma-kunit/uml/dtbs/$n.dtb"
	dtbs+=("$n")
done
rm -rf "$dtb_tmp"
realdt_dtbs=("$realdt"/*.dtb)
[ ${#realdt_dtbs[@]} -gt 0 ] || die "no DTB in $realdt (make realdt-dtbs)"
for f in "${realdt_dtbs[@]}"; do
	put "$f" "drivers/edma-kunit/uml/dtbs/${f##*/}"
	dtbs+=("$(basename "$f" .dtb)")
done
dtbs_s=$(mktemp)
{
	echo "/* SPDX-License-Identifier: GPL-2.0 */"
	echo "/* Generated by tests/uml/run-kunit.sh.  Blobs:"
	for n in "${dtbs[@]}"; do
		echo " *   $(sha256sum < "$kdir/uml/dtbs/$n.dtb" | cut -c1-16) $n"
	done
	echo " */"
	echo "	.section .rodata, \"a\""
	i=0
	for n in "${dtbs[@]}"; do
		echo "	.balign 8"
		echo "eu_dtb_$i:"
		echo "	.incbin \"$kdir/uml/dtbs/$n.dtb\""
		echo "eu_dtb_${i}_end:"
		echo "eu_dtb_${i}_name:"
		echo "	.asciz \"$n\""
		i=$((i + 1))
	done
	echo "	.balign 8"
	echo "	.globl edma_uml_dtbs"
	echo "edma_uml_dtbs:"
	i=0
	for n in "${dtbs[@]}"; do
		echo "	.quad eu_dtb_${i}_name, eu_dtb_$i, eu_dtb_${i}_end - eu_dtb_$i"
		i=$((i + 1))
	done
	echo "	.quad 0, 0, 0"
	echo "	.section .note.GNU-stack, \"\", %progbits"
} > "$dtbs_s"
# not in a pipeline: put records what it lays in
put "$dtbs_s" drivers/edma-kunit/uml/dtbs.S
rm -f "$dtbs_s"

put_text drivers/edma-kunit/Kconfig <<'EOF'
# SPDX-License-Identifier: GPL-2.0
# Generated by tests/uml/run-kunit.sh.
source "drivers/edma-kunit/Kconfig.lib"
source "drivers/edma-kunit/Kconfig.dma"

config EDMA_UML_KUNIT
	bool "KUnit suites of the TI EDMA3 private API on the EDMA3 model"
	depends on KUNIT=y && TI_PRIV_EDMA && INDIRECT_IOMEM
	select PAGE_POOL
	help
	  The EDMA3 model, the simulated boards, the UML harness and the
	  suites of tests/kunit, built in.

config EDMA_UML_DMATEST
	bool "Linux's dmatest on the dmaengine provider, on the EDMA3 model"
	depends on EDMA_UML_KUNIT && DMADEVICES
	select DMA_ENGINE
	help
	  The hardware dmatest needs at boot with edma_dmatest=1: a DA850
	  CC0 with memcpy channels on the model, the UML memory on its bus.
EOF

mk=$(mktemp)
{
	echo "# SPDX-License-Identifier: GPL-2.0"
	echo "# Generated by tests/uml/run-kunit.sh."
	echo "ccflags-y += -I\$(srctree)/\$(src)/compat -I\$(srctree)/\$(src)/uml \\"
	echo "	-I\$(srctree)/\$(src)/model -I\$(srctree)/\$(src)/board \\"
	echo "	-I\$(srctree)/\$(src)/lib/davinci -I\$(srctree)/\$(src)/lib/keystone \\"
	echo "	-I\$(srctree)/\$(src)/kunit -I\$(srctree)/\$(src)/clients \\"
	echo "	-I\$(srctree)/\$(src)/lib/common \\"
	echo "	-Wno-declaration-after-statement \\"
	echo "	-Wframe-larger-than=8192"
	# UML has no UBSAN_SANITIZE_ALL: instrument our directory (KASAN
	# instruments every object unless told otherwise)
	echo "UBSAN_SANITIZE := y"
	echo "obj-\$(CONFIG_TI_PRIV_EDMA) +=$(objs lib/common "${lib_common[@]}")"
	echo "obj-\$(CONFIG_EDMA_UML_KUNIT) +=$(objs lib/davinci "${lib_davinci[@]}")"
	echo "obj-\$(CONFIG_EDMA_UML_KUNIT) +=$(objs lib/keystone "${lib_keystone[@]}")"
	echo "obj-\$(CONFIG_EDMA_UML_KUNIT) +=$(objs model "${model[@]}")"
	echo "obj-\$(CONFIG_EDMA_UML_KUNIT) +=$(objs board "${board[@]}")"
	echo "obj-\$(CONFIG_EDMA_UML_KUNIT) +=$(objs clients "${clients[@]}")"
	echo "obj-\$(CONFIG_EDMA_UML_KUNIT) +=$(objs clients "$net_driver")"
	echo "obj-\$(CONFIG_EDMA_UML_KUNIT) += uml/harness.o uml/net.o uml/dtbs.o"
	echo "obj-\$(CONFIG_EDMA_UML_DMATEST) += uml/dmatest.o"
	echo "obj-\$(CONFIG_TI_PRIV_EDMA_DMA) += dma/edma-priv.o"
	echo "CFLAGS_dma/edma-priv.o += -I\$(srctree)/drivers/dma/ti"
	echo "obj-\$(CONFIG_EDMA_UML_KUNIT) +=$(objs kunit "${suites[@]}")"
	echo "CFLAGS_uml/harness.o += -I\$(srctree)"
	for f in "${lib_davinci[@]}" "${lib_keystone[@]}"; do
		case $f in
		arch/arm/mach-davinci/*) sub=lib/davinci ;;
		*) sub=lib/keystone ;;
		esac
		echo "CFLAGS_$sub/$(basename "${f%.c}").o += -include \$(srctree)/\$(src)/compat/edma_uml_noinit.h"
	done
	for f in "${suites[@]}"; do
		echo "CFLAGS_kunit/$(basename "${f%.c}").o += -include \$(srctree)/\$(src)/compat/edma_uml_dma.h"
	done
	# the ring's status words: on the model's DDR, where its TCs write
	if [ -f arch/arm/common/edma-ring.c ]; then
		echo "CFLAGS_lib/common/edma-ring.o += -include \$(srctree)/\$(src)/compat/edma_uml_dma.h"
	fi
} > "$mk"
put "$mk" drivers/edma-kunit/Makefile
rm -f "$mk"

# drop files of ours that the project no longer has
while IFS= read -r f; do
	rel=${f#"$tree"/}
	[ -n "${wanted[$rel]:-}" ] || rm -f "$f"
done < <(find "$kdir" -type f ! -name '*.o' ! -name '.*' ! -name '*.cmd' \
	! -name 'modules.order' ! -name '*.a' ! -name '*.mod*' 2>/dev/null)

grep -q 'drivers/edma-kunit/Kconfig' "$tree/drivers/Kconfig" ||
	sed -i '$ i source "drivers/edma-kunit/Kconfig"' "$tree/drivers/Kconfig"
grep -q 'edma-kunit/' "$tree/drivers/Makefile" ||
	echo 'obj-y += edma-kunit/' >> "$tree/drivers/Makefile"

# ---- build and run ----
mkdir -p "$out"
rm -f "$out/test.log"
echo "run-kunit: suites not run in UML: ${left[*]:-none}"
echo "run-kunit: building UML ($jobs jobs) and running the suites"
start=$(date +%s)
set +e
(cd "$tree" && python3 tools/testing/kunit/kunit.py run \
	--kunitconfig="$top/tests/uml/.kunitconfig" --build_dir="$out" \
	--jobs="$jobs" --timeout="$timeout" \
	--kernel_args=fw_devlink=permissive --kernel_args=time-travel=inf-cpu) 2>&1 | tee "$base/kunit.out"
rc=${PIPESTATUS[0]}
set -e
echo "run-kunit: kunit.py exited $rc after $(( $(date +%s) - start ))s"

log=$out/test.log
[ -s "$log" ] || die "no kernel log ($log): the build or the boot failed"

# ---- verdict ----
# lockdep, WARN, BUG (KASAN reports start "BUG: KASAN:"), UBSAN ("UBSAN:
# shift-out-of-bounds in ..."), debugobjects ("ODEBUG: free active ..."),
# oopses and panics,
# and the harness's own reports: a device-tree node still referenced
# when its tree is unloaded (a leaked of_node_get()), a power domain
# still in use
splats='WARNING:|BUG:|possible circular locking|inconsistent lock state|lockdep|Call Trace|UBSAN:|KASAN:|ODEBUG:|Kernel panic|general protection fault|Oops|edma-uml: .*(still has [0-9]+ references|still in use)'
fail=0
[ "$rc" -eq 0 ] || fail=1
if grep -En "$splats" "$log" > "$base/splats.txt"; then
	echo "run-kunit: the kernel log holds splats:"
	head -n 40 "$base/splats.txt"
	fail=1
fi

# The network case's figures (edma_uml_net_test.c): frames each way,
# drops, skbs freed.
grep -E '# [a-z_]+: (rx|tx|close)( error)?: ' "$log" | sed -E 's/^.*# [a-z_]+: /net: /' || true
# ... and the stress case's (edma_uml_stress_test.c)
grep -E '# [a-z_]+: stress: ' "$log" | sed -E 's/^.*# [a-z_]+: //' || true

# ---- Linux's dmatest on the provider: the same kernel, booted again ----
dmatest_total=0
dmatest_failed=0

dmatest_boot() {	# dmatest_boot NAME [dmatest.PARAM=VALUE...]
	local name=$1 log=$base/dmatest-$1.log t0 sums n f
	shift
	t0=$(date +%s)
	# no KUnit suite in this boot: the filter matches none
	(cd "$out" && timeout "$timeout" ./linux mem=256M console=tty \
		kunit_shutdown=halt kunit.filter_glob=edma_dmatest_only \
		edma_dmatest=1 dmatest.device=edma.0 \
		dmatest.iterations="$iterations" dmatest.threads_per_chan=1 \
		dmatest.noverify=0 dmatest.test_buf_size=16384 \
		dmatest.timeout=5000 "$@" dmatest.wait=1 dmatest.run=1 \
		</dev/null) > "$log" 2>&1 || true
	echo "run-kunit: dmatest ($name) boot took $(( $(date +%s) - t0 ))s"
	sums=$(grep -E 'dmatest: .* summary [0-9]+ tests, [0-9]+ failures' \
	       "$log" || true)
	[ -n "$sums" ] && echo "$sums"
	n=$(echo "$sums" | grep -c summary || true)
	if [ "$n" -ne "$dmatest_chans" ]; then
		echo "run-kunit: dmatest ($name): $n channel summaries, want $dmatest_chans"
		tail -n 30 "$log"
		fail=1
	fi
	while read -r t f; do
		dmatest_total=$((dmatest_total + t))
		dmatest_failed=$((dmatest_failed + f))
		[ "$t" -eq "$iterations" ] || fail=1
	done < <(echo "$sums" | sed -nE 's/.*summary ([0-9]+) tests, ([0-9]+) failures.*/\1 \2/p')
	if grep -En "$splats" "$log" > "$base/dmatest-$name-splats.txt"; then
		echo "run-kunit: the dmatest ($name) log holds splats:"
		head -n 40 "$base/dmatest-$name-splats.txt"
		fail=1
	fi
}

if [ -x "$out/linux" ]; then
	dmatest_boot irq
	dmatest_boot polled dmatest.polled=1
else
	echo "run-kunit: no UML kernel for dmatest"
	fail=1
fi
[ "$dmatest_failed" -eq 0 ] || fail=1
echo "dmatest: $dmatest_total tests, $dmatest_failed failures"

# Totals as kunit.py counted them ("Ran N tests: passed: P, failed: F,
# skipped: S, ..." in its summary).
summary=$(grep -Eo 'Ran [0-9]+ tests: .*' "$base/kunit.out" | tail -n 1 || true)
count() { echo "$summary" | grep -Eo "$1: [0-9]+" | grep -Eo '[0-9]+' || echo 0; }
passed=$(count passed)
failed=$(count failed)
skipped=$(count skipped)
errors=$(count errors)
if [ -z "$summary" ] || [ "$passed" -eq 0 ]; then
	echo "run-kunit: no test case passed (no summary from kunit.py)"
	fail=1
fi
[ "$failed" -eq 0 ] && [ "$errors" -eq 0 ] || fail=1
echo "kunit: $passed passed, $failed failed, $skipped skipped"
exit $fail
