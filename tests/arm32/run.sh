#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# The host suites and the 'make run' job of every SoC, built for 32-bit ARM
# (armv7-a, hard float) and run under qemu-user with UBSan, twice: with
# 32-bit dma_addr_t/phys_addr_t (DaVinci) and with 64-bit ones (LPAE, as
# Keystone runs).  ASan is left out: its 32-bit shadow layout does not fit
# the addresses qemu-user hands out.
#
# Logs go to $BUILD/arm32/<width>.*.log; what failed is shown here.  The
# last line is "N passed, N failed" over both widths (the suites' cases,
# and each SoC job as one case).  Exits 1 if any failed.
# ARM32_WIDTHS ("32 lpae") and ARM32_SOCS narrow a run.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1

BUILD=${BUILD:-build}
CROSS=${ARM32_CROSS:-arm-linux-gnueabihf-}
JOBS=${JOBS:-2}
LIBDIR=/usr/lib/arm-linux-gnueabihf
SOCS=${ARM32_SOCS:-"da850 da830 dm644x dm355 dm365 dm646x k2h k2e k2l"}

# libfdt's headers are the amd64 libfdt-dev's (architecture independent);
# the cross compiler does not search /usr/include, so give it those alone.
inc=$BUILD/arm32/include
mkdir -p "$inc"
for h in libfdt.h libfdt_env.h fdt.h; do
	ln -sf "/usr/include/$h" "$inc/$h"
done

# Which glibc runs the binaries: the multiarch one (libc6:armhf, with its
# own ld.so under /lib, hence QEMU_LD_PREFIX=/), never the cross sysroot's.
# The sysroot's ld.so (libc6-armhf-cross) crashes inside pthread_create()
# under qemu-arm 7.2, and mixing its ld.so with the multiarch libc.so.6 is
# two glibc builds whose private interfaces need not match.  The run path
# is a directory of our own holding only what libc6:armhf lacks (the
# sanitizer runtime and what it links) and libfdt; as an RPATH, not a
# RUNPATH, so it also serves libubsan's own dependencies.
export QEMU_LD_PREFIX=/
lib=$(realpath -m "$BUILD/arm32/lib")
mkdir -p "$lib"
for so in libubsan.so.1 libstdc++.so.6 libgcc_s.so.1; do
	ln -sf "/usr/arm-linux-gnueabihf/lib/$so" "$lib/$so"
done
ln -sf "$LIBDIR/libfdt.so.1" "$lib/libfdt.so.1"

WIDTHS=${ARM32_WIDTHS:-32 lpae}

count_suite() {	# count_suite SUMMARY-LINE: add to passed/failed
	local line=$1
	if [[ $line =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed ]]; then
		passed=$((passed + BASH_REMATCH[1]))
		failed=$((failed + BASH_REMATCH[2]))
	else
		failed=$((failed + 1))
	fi
}

build() {	# build WIDTH: edma_tests and edma_sim for it
	local width=$1 out=$BUILD/arm32/$1
	local cflags="-march=armv7-a+fp -mfloat-abi=hard -I$inc"

	[ "$width" = lpae ] && cflags="$cflags -DCONFIG_ARM_LPAE=1"
	echo "=== arm32 ($width): build"
	make --no-print-directory -j"$JOBS" BUILD="$out" CC="${CROSS}gcc" \
		SANITIZE="-fsanitize=undefined -fno-sanitize-recover=all" \
		ARCH_CFLAGS="$cflags" \
		SHIM_LIBS="$lib/libfdt.so.1 -lpthread -Wl,--disable-new-dtags,-rpath,$lib" \
		"$out/edma_tests" "$out/edma_sim" >"$out.build.log" 2>&1 &&
		no_libgcc_division "$width" && return
	tail -30 "$out.build.log"
	echo "arm32 ($width): build failed, log in $out.build.log"
	return 1
}

# no_libgcc_division WIDTH: the kernel sources' objects call no 64-bit
# division helper.  A '/' or '%' on a u64 or a 64-bit dma_addr_t (LPAE)
# links here, against libgcc, but not into a vmlinux, which has none;
# kernel code uses div_u64() and friends.
no_libgcc_division() {
	local out=$BUILD/arm32/$1 bad
	bad=$(find "$out/san/arch" "$out/san/drivers" "$out/san/sound" \
		-name '*.o' -print0 | xargs -0 "${CROSS}nm" -A -u |
		grep -E ' U (__aeabi_u?ldivmod|__u?divdi3|__u?moddi3)$')
	[ -z "$bad" ] && return 0
	{
		echo "arm32 ($1): kernel sources call 64-bit division helpers:"
		echo "$bad"
	} >>"$out.build.log"
	return 1
}

# run WIDTH: the suites, then every SoC's job, under qemu-arm.  Prints a
# report; its last line is "N passed, N failed" for this width.
run() {
	local width=$1 out=$BUILD/arm32/$1 rc last soc
	local passed=0 failed=0

	qemu-arm "$out/edma_tests" >"$out.tests.log" 2>&1
	rc=$?
	last=$(tail -1 "$out.tests.log")
	echo "arm32 ($width): suites: $last (exit $rc)"
	count_suite "$last"
	# a clean summary with a bad exit (a sanitizer at exit) still fails
	[[ $rc != 0 && $last =~ \ 0\ failed ]] && failed=$((failed + 1))
	if [[ $rc != 0 || ! $last =~ \ 0\ failed ]]; then
		grep -E 'not ok|runtime error|FAILED|Expected|fatal' \
			"$out.tests.log" | head -40
		tail -5 "$out.tests.log"
	fi
	for soc in $SOCS; do
		if qemu-arm "$out/edma_sim" --soc="$soc" >"$out.sim-$soc.log" 2>&1
		then
			passed=$((passed + 1))
			echo "arm32 ($width): make run SOC=$soc: ok"
		else
			failed=$((failed + 1))
			tail -20 "$out.sim-$soc.log"
			echo "arm32 ($width): make run SOC=$soc: FAILED"
		fi
	done
	echo "$passed passed, $failed failed"
}

passed=0
failed=0
built=

# The device trees of edma_realdt do not depend on the word size: the
# host build's are used (REALDT_DIR overrides the path built in).
if make --no-print-directory BUILD="$BUILD" realdt-dtbs >"$BUILD/arm32/realdt.log" 2>&1
then
	REALDT_DIR=$(realpath "$BUILD/realdt")
	export REALDT_DIR
else
	tail -20 "$BUILD/arm32/realdt.log"
	echo "arm32: realdt-dtbs failed, log in $BUILD/arm32/realdt.log"
	failed=$((failed + 1))
fi
for width in $WIDTHS; do
	if build "$width"; then
		built="$built $width"
	else
		failed=$((failed + 1))
	fi
done

# qemu-user runs one guest thread on one core: the widths run side by side.
for width in $built; do
	echo "=== arm32 ($width): suites and SoC jobs under qemu-arm"
	run "$width" >"$BUILD/arm32/$width.report" 2>&1 &
done
wait
for width in $built; do
	cat "$BUILD/arm32/$width.report"
	count_suite "$(tail -1 "$BUILD/arm32/$width.report")"
done

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
