#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# check.sh: prove the library in a real Linux 6.1 tree (make kernel-check).
#
# Installs what it needs, keeps a pristine tree cached under build/kernel,
# writes the patch series (which resets build/kernel/work to v6.1 and lays
# the project into it with overlay.sh), applies the series to a second
# pristine checkout with 'git am', then builds and lints:
#
#   davinci    davinci_all_defconfig, TI_EDMA off, TI_PRIV_EDMA and the
#              dmaengine provider TI_PRIV_EDMA_DMA on, with the tree's
#              consumers (MMC, SPI, McASP + edma-pcm) built in, McASP and
#              MMC converted onto the audio and MMC clients: W=1 C=1
#              on our objects, then a full vmlinux, then the vmlinux of
#              every step of the series (PER_PATCH=0 skips it)
#   keystone   keystone_defconfig, same symbols plus ARM_LPAE (64-bit
#              dma_addr_t/phys_addr_t, as Keystone boards run): W=1 C=1 on
#              our objects, then a full vmlinux (~8 min on 2 cores;
#              KEYSTONE_VMLINUX=0 skips it)
#   dmaengine  davinci_all_defconfig as shipped (TI_EDMA=y): the dmaengine
#              driver and the header's users at W=1, against our header and
#              against the pristine one; no new warnings allowed
#   checkpatch --strict on every project kernel file and on the series
#   get_maintainer.pl: each patch goes to one subsystem's list
#   coccicheck MODE=report on a directory holding only our files
#   kernel-doc -none -Wall on the header and the sources
#   dt-schema  dt_binding_check on our binding schemas, dtbs_check of nine
#              6.1 boards (the K2H, K2E, K2L EVMs with our controllers) against them
#
# Logs go to build/kernel/logs/, the summary to build/kernel/summary.txt.
# ONLY="step ..." runs just those steps on the trees as they are.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"

# Variables of an outer 'make' must not leak into the kernel's.
unset MAKEFLAGS MFLAGS MAKELEVEL MAKEOVERRIDES GNUMAKEFLAGS

mkdir -p "$LOGS" "$OUT"
SUMMARY=$KBUILD_DIR/summary.txt
: >"$SUMMARY.tmp"
failed=0
t_all=$(date +%s)

# The project's files as they sit in the tree, and as a grep pattern.
mapfile -t OURS < <(project_kernel_files)
ours_re=$(printf '%s\n' "${OURS[@]}" | sed 's/[.]/[.]/g' | paste -sd'|')
ours_re="(^|/)($ours_re):"
lib_objs() {	# every library source, listed in the Makefile or not
	printf '%s\n' "${OURS[@]}" |
		grep '^arch/arm/common/.*\.c$' | sed 's/\.c$/.o/'
}
mach_objs() {	# mach_objs DIR...: our objects in those mach-* dirs
	local d
	for d; do
		printf '%s\n' "${OURS[@]}" |
			grep "^arch/arm/mach-$d/.*\.c$" | sed 's/\.c$/.o/'
	done
	return 0
}

client_objs() {	# the audio, MMC and network drivers
	printf '%s\n' "${OURS[@]}" | grep -E '^(sound|drivers)/.*\.c$' |
		grep -v '^drivers/dma/' | sed 's/\.c$/.o/'
}
mmc_objs() {	# the MMC client: davinci_mmc is DaVinci's only
	client_objs | grep '^drivers/mmc/'
}
# The objects every configuration links: library, ring, provider, and
# the audio and network drivers.
added_objs() {
	lib_objs
	dma_objs
	client_objs | grep -v '^drivers/mmc/'
}
# The tree's drivers converted onto the clients (clients.sh): each object
# must call its client, so the branch to the private API is compiled in.
CONVERTED="drivers/mmc/host/davinci_mmc.o:edma_mmc_submit
	drivers/mmc/host/davinci_mmc.o:devm_edma_mmc_init
	sound/soc/ti/davinci-mcasp.o:edma_priv_pcm_platform_register"
KS_CONVERTED="sound/soc/ti/davinci-mcasp.o:edma_priv_pcm_platform_register"
converted_objs() {	# converted_objs PAIRS: their objects, once each
	printf '%s\n' $1 | sed 's/:.*//' | sort -u
}
# calls_clients OUT PAIRS: each OBJ:SYMBOL pair's object references SYMBOL.
calls_clients() {
	local out=$1 p o syms
	shift
	for p in $*; do
		o=${p%%:*}
		syms=$("${KCROSS}nm" "$OUT/$out/$o") || { note="no $o"; return 1; }
		grep -qE " U ${p#*:}\$" <<<"$syms" ||
			{ note="$o does not call ${p#*:}"; return 1; }
	done
}
# all_linked OUT [OBJ...]: added_objs and OBJs are all in the archive that
# build's vmlinux was linked from (vmlinux.a), not only compiled.
all_linked() {
	local out=$1 linked o
	shift
	# (ar names the members of a thin archive relative to the caller)
	linked=$(cd "$OUT/$out" && "${KCROSS}ar" t vmlinux.a) ||
		{ note="no $out/vmlinux.a"; return 1; }
	for o in $(added_objs) "$@"; do
		grep -qxF "$o" <<<"$linked" || { note="$o not linked"; return 1; }
	done
}
dma_objs() {	# the dmaengine provider
	printf '%s\n' "${OURS[@]}" | grep -E '^drivers/dma/.*\.c$' |
		sed 's/\.c$/.o/'
}

# The tree's generic dmaengine consumers the provider serves: Kconfig
# symbols, and a function of each that must be in the davinci vmlinux.
CONSUMERS="MMC_DAVINCI SPI_DAVINCI SND_SOC_DAVINCI_MCASP SND_SOC_TI_EDMA_PCM"
CONSUMER_SYMS="davinci_mmcsd_probe davinci_spi_probe davinci_mcasp_probe
	edma_pcm_platform_register"
# Keystone has the same SPI and McASP (K2G); davinci_mmc is DaVinci's only
# (its Kconfig: ARCH_DAVINCI || COMPILE_TEST).
KS_CONSUMERS="SPI_DAVINCI SND_SOC_DAVINCI_MCASP SND_SOC_TI_EDMA_PCM"
KS_CONSUMER_SYMS="davinci_spi_probe davinci_mcasp_probe edma_pcm_platform_register"
# The audio and MMC clients, which davinci-mcasp and davinci_mmc call.
CLIENT_SYMS="edma_priv_pcm_platform_register edma_pcm_serves
	edma_pcm_open edma_pcm_trigger"
MMC_SYMS="devm_edma_mmc_init edma_mmc_submit edma_mmc_abort"
PROVIDER_SYMS="edma_priv_xlate edma_priv_prep_slave_sg edma_priv_prep_dma_cyclic
	edma_priv_prep_dma_memcpy"
# The library's ring, and the network driver on it (TI_EDMA_RING_ETH).
RING_SYMS="devm_edma_ring_request edma_ring_start edma_ring_add_inbuf ere_probe"
# debugfs (both configurations) and the tracepoints (keystone's, which
# enables event tracing): their code, not only the calls to it.
DEBUGFS_SYMS="edma_debugfs_add_cc edma_channels_show edma_ring_show"
TRACE_SYMS="__traceiter_edma_chan_start __traceiter_edma_ring_kick
	trace_raw_output_edma_error"
# The DaVinci SoC files that replace the tree's EDMA3 registration.
SOC_SYMS="da830_register_edma da850_register_edma dm355_register_edma
	dm365_register_edma"

# have_syms VMLINUX NAME...: every NAME is a function in VMLINUX
# (nm's output is read whole first: "nm | grep -q" fails under pipefail
# when grep stops reading early and nm dies of SIGPIPE)
have_syms() {
	local v=$1 s syms
	shift
	syms=$("${KCROSS}nm" "$v") || return 1
	for s; do
		grep -qE " [tT] $s\$" <<<"$syms" ||
			{ echo "$s not in $v"; note="$s missing from vmlinux"; return 1; }
	done
}

# The tree's users of <linux/platform_data/edma.h> the davinci vmlinux
# must rebuild against our header.
USERS="arch/arm/mach-davinci/devices-da8xx.o arch/arm/mach-davinci/dm355.o
       arch/arm/mach-davinci/dm365.o arch/arm/mach-davinci/board-da830-evm.o
       arch/arm/mach-davinci/board-da850-evm.o
       arch/arm/mach-davinci/board-omapl138-hawk.o
       arch/arm/mach-davinci/board-mityomapl138.o"

kmake() {	# kmake SRCTREE OUTNAME ARGS...
	local src=$1 out=$OUT/$2
	shift 2
	mkdir -p "$out"
	make -C "$src" O="$out" ARCH=$KARCH CROSS_COMPILE=$KCROSS \
		-j"$JOBS" --no-print-directory "$@"
}

# diag LOG: compiler/sparse diagnostics in a log, one per line.
diag() {
	grep -E ':[0-9]+:([0-9]+:)? (warning|error):|(^|[ /])([a-z0-9_]+-)*ld(\.bfd)?: warning:|^WARNING: ' "$1" || true
}
count() { if [ -s "$1" ]; then wc -l <"$1"; else echo 0; fi; }

# step NAME FUNCTION: run it, time it, record one summary line.  The
# function sets $note; its exit status decides pass/fail.
step() {
	local name=$1 fn=$2 t0 t rc
	note=
	if [ -n "${ONLY:-}" ] && [[ " $ONLY " != *" $name "* ]]; then
		return 0
	fi
	say "=== $name"
	t0=$(date +%s)
	"$fn" >"$LOGS/$name.out" 2>&1
	rc=$?
	t=$(( $(date +%s) - t0 ))
	if [ $rc = 0 ]; then
		printf '%-4s %-20s %5ss  %s\n' ok "$name" "$t" "$note" >>"$SUMMARY.tmp"
	else
		failed=1
		printf '%-4s %-20s %5ss  %s (see %s)\n' FAIL "$name" "$t" "$note" \
			"${LOGS#"$PROJ"/}/$name.out" >>"$SUMMARY.tmp"
		tail -n 25 "$LOGS/$name.out" | sed 's/^/    /' >&2
	fi
	tail -n 1 "$SUMMARY.tmp" >&2
	return $rc
}

# --- steps ---------------------------------------------------------------

s_deps() {
	"$here/deps.sh"
	note="$(dpkg-query -W -f='${Version}' linux-source-6.1) linux-source-6.1"
}

s_pristine() {
	local before after
	before=$(cat "$KBUILD_DIR/.$KSRC_NAME.stamp" 2>/dev/null || true)
	"$here/tree.sh" pristine || return 1
	after=$(cat "$KBUILD_DIR/.$KSRC_NAME.stamp")
	if [ "$before" = "$after" ]; then note="cache reused"; else note="extracted"; fi
	note="$note, base $(git -C "$PRISTINE" rev-parse --short "$BASE_TAG")"
}

# The check's own series is thrown away: without an identity of the
# caller's it is written under a name that says so (patches.sh invents
# none).
s_overlay_series() {
	GIT_AUTHOR_NAME=${GIT_AUTHOR_NAME:-kernel-check (not for submission)} \
	GIT_AUTHOR_EMAIL=${GIT_AUTHOR_EMAIL:-kernel-check@invalid.example} \
		"$here/patches.sh" || return 1
	note="fresh v6.1 + overlay.sh, $(ls "$PATCHDIR"/0*.patch | grep -vc 0000-cover-letter) patches + cover letter"
}

# The series' patches, without the cover letter.
series() {
	ls "$PATCHDIR"/0*.patch | grep -v /0000-cover-letter.patch
}

s_git_am() {
	local a w
	"$here/tree.sh" worktree "$AMTREE" || return 1
	git -C "$AMTREE" -c user.name=check -c user.email=check@localhost \
		am -q $(series) || { note="git am failed"; return 1; }
	a=$(git -C "$AMTREE" rev-parse 'HEAD^{tree}')
	w=$(git -C "$WORK" rev-parse 'HEAD^{tree}')
	echo "am tree $a, overlay tree $w"
	[ "$a" = "$w" ] || { note="series != overlay"; return 1; }
	note="applies cleanly, tree identical to the overlay"
}

# config OUT DEFCONFIG [scripts/config args]: configure and print symbols.
config() {
	local out=$1 defconfig=$2 src=${SRC:-$WORK}
	shift 2
	kmake "$src" "$out" "$defconfig" || return 1
	if [ $# -gt 0 ]; then
		"$src/scripts/config" --file "$OUT/$out/.config" "$@" || return 1
	fi
	kmake "$src" "$out" olddefconfig || return 1
	grep -E '^(# )?CONFIG_TI_(PRIV_)?EDMA[= ]' "$OUT/$out/.config"
}

want() {	# want OUT LINE: the .config holds LINE
	grep -qxF "$2" "$OUT/$1/.config" ||
		{ echo "expected '$2' in $1/.config"; note="config: not '$2'"; return 1; }
}

# lint_build OUT OBJS...: W=1 C=1 on our objects (rebuilt), no diagnostics
# from our files, and sparse must really have checked each source.
lint_build() {
	local out=$1 o log=$LOGS/$1-w1c1.log n tot tree=0 f
	shift
	for o; do rm -f "$OUT/$out/$o" "$OUT/$out/$(dirname "$o")/.$(basename "$o").cmd"; done
	# Single targets in arch/arm/mach-* are reached through two parent
	# directories; -j1 keeps the two from compiling one object at once.
	# (prepare apart: its host tools are the tree's, bison warns on them)
	kmake "$WORK" "$out" prepare >"$LOGS/$out-prepare.log" 2>&1 &&
		kmake "$WORK" "$out" -j1 W=1 C=1 "$@" >"$log" 2>&1
	local rc=$?
	cat "$log"
	[ $rc = 0 ] || { note="build failed"; return 1; }
	for o; do
		grep -qE "CHECK +.*${o%.o}\.c\$" "$log" ||
			{ note="sparse did not check ${o%.o}.c"; return 1; }
	done
	diag "$log" >"$log.diag"
	tot=$(count "$log.diag")
	n=$(grep -cE "$ours_re" "$log.diag")
	# A tree file the series edits is ours only on the lines it added.
	for o; do
		f=${o%.o}.c
		is_ours "$f" && continue
		tree=$((tree + $(tree_diag "$log.diag" "$f" | wc -l)))
	done
	n=$((tot - tree))
	note="$# objects: $n warnings/sparse reports from our files and lines ($tot in all, $tree on the tree's own lines of files the series edits)"
	[ "$n" = 0 ]
}

is_ours() {	# is_ours FILE: a file the project adds
	printf '%s\n' "${OURS[@]}" | grep -qxF "$1"
}

# added_lines FILE: the line numbers of FILE in the work tree that the
# series added (git diff -U0 against the base).
added_lines() {
	git -C "$WORK" diff -U0 "$BASE_TAG" -- "$1" |
		sed -n 's/^@@ -[0-9,]* +\([0-9]*\)\(,\([0-9]*\)\)\{0,1\} @@.*/\1 \3/p' |
		awk '{ n = ($2 == "" ? 1 : $2); for (i = 0; i < n; i++) print $1 + i }'
}

# tree_diag DIAG FILE: FILE's diagnostics in DIAG on lines the series did
# not add, i.e. the tree's own.
tree_diag() {
	local d=$1 f=$2
	grep -E "(^|/)${f//./[.]}:[0-9]+:" "$d" |
		awk -F: -v added=" $(added_lines "$f" | tr '\n' ' ')" \
			'index(added, " " $2 " ") == 0' || true
}

# davinci_all_defconfig leaves out the ATAGS board files and DM355/DM365
# (6.1 puts them behind UNUSED_BOARD_FILES); they are the header's users.
BOARDS="ARCH_DAVINCI_DM355 ARCH_DAVINCI_DM365 MACH_DAVINCI_DA830_EVM
	MACH_DAVINCI_DA850_EVM MACH_MITYOMAPL138 MACH_OMAPL138_HAWKBOARD"
s_davinci_config() {
	local b
	# shellcheck disable=SC2046
	config davinci davinci_all_defconfig -d TI_EDMA -e TI_PRIV_EDMA \
		-e DMA_ENGINE -e TI_PRIV_EDMA_DMA -e SOUND -e SND -e SND_SOC \
		$(printf -- '-e %s ' $CONSUMERS) -e NET_VENDOR_TI -e TI_EDMA_RING_ETH \
		-e ATAGS -e UNUSED_BOARD_FILES $(printf -- '-e %s ' $BOARDS) || return 1
	want davinci '# CONFIG_TI_EDMA is not set' &&
	want davinci 'CONFIG_TI_PRIV_EDMA=y' &&
	want davinci 'CONFIG_TI_PRIV_EDMA_DMA=y' &&
	want davinci 'CONFIG_TI_EDMA_RING_ETH=y' &&
	want davinci 'CONFIG_SND_SOC_TI_EDMA_PRIV_PCM=y' &&
	want davinci 'CONFIG_MMC_DAVINCI_PRIV_EDMA=y' &&
	want davinci 'CONFIG_DEBUG_FS=y' || return 1
	for b in $BOARDS $CONSUMERS; do want davinci "CONFIG_$b=y" || return 1; done
	note="TI_EDMA=n TI_PRIV_EDMA=y TI_PRIV_EDMA_DMA=y TI_EDMA_RING_ETH=y SND_SOC_TI_EDMA_PRIV_PCM=y MMC_DAVINCI_PRIV_EDMA=y, + DM355/DM365, 4 board files and 4 dmaengine consumers"
}

s_davinci_w1c1() {
	# shellcheck disable=SC2046
	lint_build davinci $(lib_objs) $(dma_objs) $(mach_objs davinci) \
		$(client_objs) $(converted_objs "$CONVERTED")
}

s_davinci_vmlinux() {
	local log=$LOGS/davinci-vmlinux.log u n tot
	kmake "$WORK" davinci vmlinux >"$log" 2>&1
	local rc=$?
	tail -n 20 "$log"
	[ $rc = 0 ] || { note="vmlinux build failed"; return 1; }
	diag "$log" >"$log.diag"
	tot=$(count "$log.diag")
	n=$(grep -cE "$ours_re" "$log.diag")
	cat "$log.diag"
	# The tree's users were built, against our header.
	for u in $USERS; do
		grep -q 'include/linux/platform_data/edma.h' \
			"$OUT/davinci/$(dirname "$u")/.$(basename "$u").cmd" 2>/dev/null ||
			{ note="$u not built against the header"; return 1; }
	done
	grep -q "$WORK/include/linux/platform_data/edma.h" \
		"$OUT/davinci/arch/arm/mach-davinci/.devices-da8xx.o.cmd" ||
		{ note="users did not see our header"; return 1; }
	# The library, its ring, the clients and our SoC files are in, the
	# tree's McASP and MMC drivers call the clients; the dmaengine
	# driver is not in.
	have_syms "$OUT/davinci/vmlinux" edma_alloc_channel edma_start \
		edma_write_slot $PROVIDER_SYMS $CONSUMER_SYMS $CLIENT_SYMS \
		$MMC_SYMS $RING_SYMS $SOC_SYMS $DEBUGFS_SYMS || return 1
	calls_clients davinci $CONVERTED || return 1
	if "${KCROSS}nm" "$OUT/davinci/vmlinux" | grep -c ' edma_tx_status$' >/dev/null; then
		note="dmaengine EDMA driver linked"; return 1
	fi
	# shellcheck disable=SC2046
	all_linked davinci $(mach_objs davinci) $(mmc_objs) || return 1
	note="linked: $(( $(added_objs | wc -l) + $(mach_objs davinci | wc -l) + $(mmc_objs | wc -l) )) added objects (library, ring, provider, SoC files, audio, MMC and network drivers); davinci-mcasp and davinci_mmc call the audio and MMC clients; $(echo $USERS | wc -w) header users rebuilt; the provider's consumers in vmlinux; $n warnings from our files ($tot in all)"
	[ "$n" = 0 ] && [ "$tot" = 0 ]
}

# Every patch of the series builds: the work tree is checked out at each
# commit in turn and the davinci vmlinux rebuilt (incrementally, in the
# build directory the full build left) with the series' configuration,
# which olddefconfig trims to the symbols that commit knows.  No warning
# is allowed at any step.  The tree ends at the top of the series again.
s_per_patch() {
	local c n=0 skipped=0 top log=$LOGS/per-patch.log cfg=$OUT/davinci/.config.series
	local unbuilt_re='^(Documentation/|MAINTAINERS$|arch/arm/boot/dts/|.*/Kconfig$)'
	top=$(git -C "$WORK" rev-parse HEAD) || return 1
	cp "$OUT/davinci/.config" "$cfg" || return 1
	: >"$log"
	: >"$log.diag"
	for c in $(git -C "$WORK" rev-list --reverse "$BASE_TAG..HEAD"); do
		n=$((n + 1))
		git -C "$WORK" checkout -q "$c" || return 1
		echo "=== $n $(git -C "$WORK" log -1 --format=%s "$c")" | tee -a "$log"
		cp "$cfg" "$OUT/davinci/.config" &&
		kmake "$WORK" davinci olddefconfig >>"$log" 2>&1 || return 1
		# A patch of bindings, device trees or Kconfig text that leaves the configuration as it was leaves
		# vmlinux as the step before built it.
		if [ $n -gt 1 ] &&
				cmp -s "$OUT/davinci/.config" "$cfg.prev" &&
				! git -C "$WORK" diff --name-only "$c^" "$c" |
				grep -qvE "$unbuilt_re"; then
			echo "(nothing vmlinux is built from)" | tee -a "$log"
			skipped=$((skipped + 1))
			continue
		fi
		cp "$OUT/davinci/.config" "$cfg.prev"
		kmake "$WORK" davinci vmlinux >"$log.step" 2>&1
		local rc=$?
		cat "$log.step" >>"$log"
		diag "$log.step" | tee -a "$log.diag"
		if [ $rc != 0 ] || [ -n "$(diag "$log.step")" ]; then
			tail -n 20 "$log.step"
			note="patch $n does not build cleanly"
			git -C "$WORK" checkout -q "$top"
			return 1
		fi
	done
	git -C "$WORK" checkout -q "$top" || return 1
	cp "$cfg" "$OUT/davinci/.config" || return 1
	note="$n patches: $((n - skipped)) change what vmlinux is built from (files or configuration), each of those builds it with no warning; $skipped change neither"
}

# Keystone boards run with LPAE: 64-bit phys_addr_t and dma_addr_t.
s_keystone_config() {
	local b
	# shellcheck disable=SC2046
	config keystone keystone_defconfig -d TI_EDMA -e TI_PRIV_EDMA \
		-e DMA_ENGINE -e TI_PRIV_EDMA_DMA -e ARM_LPAE \
		-e SOUND -e SND -e SND_SOC -e NET_VENDOR_TI -e TI_EDMA_RING_ETH \
		-e DEBUG_FS -e FTRACE -d FUNCTION_TRACER -e ENABLE_DEFAULT_TRACERS \
		$(printf -- '-e %s ' $KS_CONSUMERS) || return 1
	for b in $KS_CONSUMERS; do want keystone "CONFIG_$b=y" || return 1; done
	want keystone '# CONFIG_TI_EDMA is not set' &&
	want keystone 'CONFIG_TI_PRIV_EDMA=y' &&
	want keystone 'CONFIG_TI_PRIV_EDMA_DMA=y' &&
	want keystone 'CONFIG_TI_EDMA_RING_ETH=y' &&
	want keystone 'CONFIG_SND_SOC_TI_EDMA_PRIV_PCM=y' &&
	want keystone 'CONFIG_ARM_LPAE=y' &&
	want keystone 'CONFIG_DEBUG_FS=y' &&
	want keystone 'CONFIG_EVENT_TRACING=y' &&
	want keystone 'CONFIG_PHYS_ADDR_T_64BIT=y' &&
	want keystone 'CONFIG_ARCH_DMA_ADDR_T_64BIT=y' || return 1
	note="TI_EDMA=n TI_PRIV_EDMA=y TI_PRIV_EDMA_DMA=y TI_EDMA_RING_ETH=y SND_SOC_TI_EDMA_PRIV_PCM=y ARM_LPAE=y (64-bit dma_addr_t) DEBUG_FS=y EVENT_TRACING=y, 3 dmaengine consumers"
}

s_keystone_w1c1() {
	# shellcheck disable=SC2046
	lint_build keystone $(added_objs)
}

s_keystone_vmlinux() {
	local log=$LOGS/keystone-vmlinux.log
	kmake "$WORK" keystone vmlinux >"$log" 2>&1 || { tail -n 20 "$log"; return 1; }
	# shellcheck disable=SC2086
	have_syms "$OUT/keystone/vmlinux" edma_alloc_channel edma_start \
		$PROVIDER_SYMS $KS_CONSUMER_SYMS $CLIENT_SYMS $RING_SYMS \
		$DEBUGFS_SYMS $TRACE_SYMS || return 1
	calls_clients keystone $KS_CONVERTED || return 1
	all_linked keystone || return 1
	if "${KCROSS}nm" "$OUT/keystone/vmlinux" | grep -c ' edma_tx_status$' >/dev/null; then
		note="dmaengine EDMA driver linked"; return 1
	fi
	diag "$log" >"$log.diag"
	cat "$log.diag"
	note="linked: the library, its ring, the provider, the audio and network drivers (davinci-mcasp calls the audio one) and $(echo $KS_CONSUMERS | wc -w) consumers; $(count "$log.diag") warnings"
	[ ! -s "$log.diag" ]
}

# The dmaengine driver and the header's users at W=1, in the shipped
# davinci configuration (TI_EDMA=y), with our header and with the tree's.
s_dmaengine() {
	local objs o side src out n
	for side in base ours; do
		objs="drivers/dma/ti/edma.o $USERS"
		if [ $side = base ]; then src=$PRISTINE; out=dma-base; else src=$WORK; out=dma; fi
		# ours: the SoC files that now register the controllers, too
		[ $side = base ] || objs="$objs $(mach_objs davinci)"
		# shellcheck disable=SC2046
		SRC=$src config $out davinci_all_defconfig -e ATAGS \
			-e UNUSED_BOARD_FILES $(printf -- '-e %s ' $BOARDS) || return 1
		want $out 'CONFIG_TI_EDMA=y' || return 1
		if [ $side = ours ]; then
			# invisible (depends on !TI_EDMA), so not even "is not set"
			! grep -q '^CONFIG_TI_PRIV_EDMA=' "$OUT/$out/.config" ||
				{ note="TI_PRIV_EDMA on next to TI_EDMA"; return 1; }
		fi
		for o in $objs; do rm -f "$OUT/$out/$o"; done
		# shellcheck disable=SC2086
		# -j1 for the single targets, as in lint_build
		kmake "$src" $out prepare >"$LOGS/$out-prepare.log" 2>&1 &&
		kmake "$src" $out -j1 W=1 $objs >"$LOGS/$out.log" 2>&1 ||
			{ cat "$LOGS/$out.log"; note="$side build failed"; return 1; }
		diag "$LOGS/$out.log" | sed -e "s|$src/||g" \
			-e 's/:[0-9]*:[0-9]*:/:/' | sort >"$LOGS/$out.diag"
	done
	[ -z "$(git -C "$PRISTINE" status --porcelain --ignored)" ] ||
		{ note="pristine tree was written to"; return 1; }
	comm -13 "$LOGS/dma-base.diag" "$LOGS/dma.diag" | tee "$LOGS/dma.new"
	n=$(count "$LOGS/dma.new")
	note="TI_EDMA=y: drivers/dma/ti/edma.o + $(echo $USERS | wc -w) users + $(mach_objs davinci | wc -l) SoC files at W=1: $n new warnings ($(count "$LOGS/dma.diag") with ours, $(count "$LOGS/dma-base.diag") with the tree's header)"
	[ "$n" = 0 ]
}

# The DT binding: the tree's dt_binding_check on our schemas alone
# (yamllint, dt-doc-validate, their examples built and validated), then
# dtbs_check's per-dtb form (CHECK_DTBS=y X.dtb) on 6.1's boards and on
# our own test boards (tests/kernel/dts), validated against our schemas
# only.  dt-schema's
# make rules never fail on a finding ('|| true'), so the logs are read:
# the binding check must print nothing but make's progress lines, the
# boards no finding at all, and -M must show that every EDMA3 CC, TC and
# crossbar node of each board was matched by our schemas.  No vmlinux: dtc and a tiny config.
DT_BOARDS="da850-evm da850-lcdk keystone-k2g-evm keystone-k2hk-evm
	keystone-k2e-evm keystone-k2l-evm
	am335x-evm am437x-gp-evm dra7-evm"
DT_TESTS=tests/kernel/dts	# our boards, copied in for the check only
s_dt_schema() {
	local log=$LOGS/dt-binding-check.log dlog=$LOGS/dtbs-check.log
	local f b dtb dts mine theirs nb nd nx cc tc xb mcc mtc mxb ourdt
	local boards=0 tests=()
	mine=$(project_binding_files)
	theirs=$(cd "$WORK" && find Documentation/devicetree/bindings \
		-name '*.yaml' ! -name 'processed-schema*' |
		grep -F "$binding_match" | sort)
	echo "DT_SCHEMA_FILES=$binding_match selects:"
	echo "$theirs"
	[ -n "$mine" ] && [ "$theirs" = "$mine" ] ||
		{ note="DT_SCHEMA_FILES=$binding_match is not exactly our schemas"; return 1; }
	for f in $replaced_binding_files; do
		[ ! -e "$WORK/$f" ] || { note="$f still in the tree"; return 1; }
	done
	[ -f "$OUT/dt/.config" ] ||
		kmake "$WORK" dt allnoconfig >"$LOGS/dt-config.log" 2>&1 ||
		{ note="allnoconfig failed"; return 1; }

	# Everything is checked again on every run, findings are not cached.
	rm -f "$OUT"/dt/Documentation/devicetree/bindings/processed-schema.json \
		"$OUT"/dt/Documentation/devicetree/bindings/dma/*.example.dt* \
		"$OUT"/dt/arch/arm/boot/dts/*.dtb
	kmake "$WORK" dt W=1 dt_binding_check DT_SCHEMA_FILES="$binding_match" \
		>"$log" 2>&1 || { cat "$log"; note="dt_binding_check failed"; return 1; }
	cat "$log"
	grep -qE '^  LINT ' "$log" || { note="yamllint did not run"; return 1; }
	for f in $mine; do
		b=${f%.yaml}
		grep -qE "^  DTC_CHK ${b//./[.]}\.example\.dtb\$" "$log" ||
			{ note="examples of $f not checked"; return 1; }
	done
	# Anything but make's progress lines is a finding.
	grep -vE '^  [A-Z_]+ +[^ ]+$' "$log" >"$log.diag"
	nb=$(count "$log.diag")

	# Our test boards live in the work tree for this step only.
	for f in "$PROJ/$DT_TESTS"/*.dts; do
		[ -f "$f" ] || continue
		cp "$f" "$WORK/arch/arm/boot/dts/" || return 1
		tests+=("$(basename "$f" .dts)")
	done
	# shellcheck disable=SC2046,SC2086
	kmake "$WORK" dt W=1 CHECK_DTBS=y DT_SCHEMA_FILES="$binding_match" \
		DT_CHECKER_FLAGS="-M -l $binding_match" \
		$(printf '%s.dtb ' $DT_BOARDS ${tests[@]+"${tests[@]}"}) >"$dlog" 2>&1
	local rc=$?
	for b in ${tests[@]+"${tests[@]}"}; do rm -f "$WORK/arch/arm/boot/dts/$b.dts"; done
	cat "$dlog"
	[ $rc = 0 ] || { note="dtbs build failed"; return 1; }
	ourdt=$({ project_dts_files | xargs -r -n1 basename
		  for f in "${tests[@]}"; do echo "$f.dts"; done; } |
		sed 's/[.]/[.]/g' | paste -sd'|')
	# Findings: dt-validate's (each ends in 'From schema:'), its own
	# failures, and dtc warnings located in our device-tree files.
	{
		awk '/^\tFrom schema: / { print prev " [" $3 "]" } { prev = $0 }' "$dlog"
		grep -E 'Traceback|[Ee]rror:|recursion error' "$dlog"
		[ -z "$ourdt" ] || grep -E "($ourdt).*(Warning|Error)" "$dlog"
	} >"$dlog.diag"
	nd=$(count "$dlog.diag")
	# Every board really went through our schemas: each of its CC and TC
	# nodes was matched (-M) by the CC or the TC schema.
	for b in $DT_BOARDS ${tests[@]+"${tests[@]}"}; do
		dtb=$OUT/dt/arch/arm/boot/dts/$b.dtb
		grep -qE "DTC_CHK arch/arm/boot/dts/$b[.]dtb\$" "$dlog" ||
			{ note="$b.dtb not checked"; return 1; }
		dts=$(dtc -q -I dtb -O dts "$dtb") || { note="$b.dtb unreadable"; return 1; }
		# (dtc prints a string list read back from a dtb as "a\0b")
		cc=$(grep -cE 'compatible = .*("|\\0)ti,edma3-tpcc"' <<<"$dts")
		tc=$(grep -cE 'compatible = .*("|\\0)ti,edma3-tptc"' <<<"$dts")
		xb=$(grep -cE 'compatible = .*("|\\0)ti,(dra7-dma|am335x-edma)-crossbar"' <<<"$dts")
		read -r mcc mtc mxb < <(awk -v dtb="arch/arm/boot/dts/$b.dtb" '
			index($0, dtb ": ") == 1 && /matched on schema/ { on = 1; next }
			on && /^\t/ {
				if ($1 ~ /\/dma\/ti,edma3-tpcc[.]yaml#$/) c++
				if ($1 ~ /\/dma\/ti,edma3-tptc[.]yaml#$/) t++
				if ($1 ~ /\/dma\/ti,dma-crossbar[.]yaml#$/) x++
				next
			}
			{ on = 0 }
			END { print c + 0, t + 0, x + 0 }' "$dlog")
		echo "$b: $cc CC, $tc TC and $xb crossbar nodes; $mcc, $mtc and $mxb matched by our schemas"
		[ "$cc" -gt 0 ] && [ "$tc" -gt 0 ] && [ "$mcc" = "$cc" ] &&
			[ "$mtc" = "$tc" ] && [ "$mxb" = "$xb" ] ||
			{ note="$b: $mcc/$cc CC, $mtc/$tc TC, $mxb/$xb crossbar nodes matched"; return 1; }
		boards=$((boards + 1))
	done
	nx=$(echo "$mine" | wc -l)
	echo "--- findings"
	cat "$log.diag" "$dlog.diag"
	note="$nx schemas: dt_binding_check $nb findings; dtbs_check of $boards boards${tests[*]:+ (${tests[*]} ours)}: $nd findings"
	[ "$nb" = 0 ] && [ "$nd" = 0 ]
}

s_checkpatch() {
	local f out e=0 w=0 c=0 p pe=0 pw=0 pc=0 t ign
	# Debian's python3 first: it has ply, which checkpatch's SPDX check
	# (scripts/spdxcheck.py) needs; a python3 without it crashes there
	# and the licence tags go unchecked.
	local CP_PATH=/usr/bin:$PATH
	tally() {	# tally OUTPUT: add its 'total:' line to e/w/c
		t=$(grep -E '^total: ' <<<"$1" | tail -n 1)
		[ -n "$t" ] || { echo "no checkpatch total"; return 1; }
		set -- $(sed -E 's/^total: ([0-9]+) errors, ([0-9]+) warnings, ([0-9]+) checks.*/\1 \2 \3/' <<<"$t")
		te=$1 tw=$2 tc=$3
	}
	# (the host-only SoC files too, from the project: same style rules)
	for f in "${OURS[@]}" $(project_host_only_files | sed "s|^|$PROJ/|"); do
		out=$(cd "$WORK" && PATH=$CP_PATH perl scripts/checkpatch.pl --strict --no-tree \
			--show-types --color=never -f "$f" 2>&1)
		echo "$out"
		tally "$out" || return 1
		e=$((e + te)); w=$((w + tw)); c=$((c + tc))
	done
	# The series too, the MAINTAINERS reminder included: every patch that
	# adds files lists them in our entry.  6.1's checkpatch takes the
	# '+++ /dev/null' of a deleted binding for a file outside the
	# bindings, so a patch touching only bindings (and MAINTAINERS) may
	# not be told to split itself.
	for p in $(series); do
		ign=
		grep -E '^diff --git ' "$p" | grep -qvE ' b/(Documentation/devicetree/|MAINTAINERS$)' ||
			ign=DT_SPLIT_BINDING_PATCH
		out=$(cd "$WORK" && PATH=$CP_PATH perl scripts/checkpatch.pl --strict \
			${ign:+--ignore "$ign"} --show-types --color=never "$p" 2>&1)
		echo "$out"
		tally "$out" || return 1
		pe=$((pe + te)); pw=$((pw + tw)); pc=$((pc + tc))
	done
	note="${#OURS[@]} files + $(project_host_only_files | wc -l) host-only: $e errors, $w warnings, $c checks; series: $pe/$pw/$pc"
	[ $((e + w + c + pe + pw + pc)) = 0 ]
}

# get_maintainer.pl sends each patch to one subsystem's list, besides
# linux-kernel, linux-arm-kernel (our entry's list, for arch code) and
# devicetree (bindings, device trees).
s_get_maintainer() {
	local p lists other n=0
	for p in $(series); do
		lists=$(cd "$WORK" && perl scripts/get_maintainer.pl --no-git \
			--no-git-fallback --no-rolestats --l --no-m --no-r "$p") ||
			return 1
		# a binding's own maintainers: field names people, not lists
		lists=$(grep -v '<' <<<"$lists" || true)
		other=$(grep -vE '^(linux-kernel@vger\.kernel\.org|linux-arm-kernel@lists\.infradead\.org|devicetree@vger\.kernel\.org)$' \
			<<<"$lists" || true)
		echo "$(basename "$p"): $(echo $lists)"
		if [ "$(grep -c . <<<"$other")" -gt 1 ]; then
			note="$(basename "$p") goes to $(echo $other)"
			return 1
		fi
		n=$((n + 1))
	done
	note="$n patches, each to at most one subsystem list"
}

s_coccicheck() {
	local dir=$KBUILD_DIR/cocci f log=$LOGS/coccicheck.log n rc
	# Only our files, at their tree paths, so every report is ours.
	rm -rf "$dir"
	for f in "${OURS[@]}"; do
		mkdir -p "$dir/$(dirname "$f")"
		cp "$WORK/$f" "$dir/$f" || { note="$f not in the tree"; return 1; }
	done
	kmake "$WORK" cocci coccicheck MODE=report M="$dir" J="$JOBS" >"$log" 2>&1
	rc=$?
	cat "$log"
	[ $rc = 0 ] || { note="coccicheck failed"; return 1; }
	grep -q 'coccicheck failed' "$log" && { note="spatch failed"; return 1; }
	n=$(grep -cE "^$dir/.*:[0-9]+" "$log")
	note="$(grep -c '\.c$' < <(printf '%s\n' "${OURS[@]}")) sources, $(ls "$WORK"/scripts/coccinelle/*/*.cocci | wc -l) semantic patches: $n reports"
	[ "$n" = 0 ]
}

# 6.1's kernel-doc has no -Wall (6.2 added it); there -v turns on the same
# checks (missing Return: sections, short descriptions).
s_kerneldoc() {
	local out n flag=-Wall
	grep -q '"Wall"' "$WORK/scripts/kernel-doc" || flag=-v
	# shellcheck disable=SC2046
	out=$(cd "$WORK" && perl scripts/kernel-doc -none $flag "${OURS[@]}" \
		$(project_host_only_files | sed "s|^|$PROJ/|") 2>&1)
	echo "$out"
	n=$(grep -ciE '(^|: )(warning|error)' <<<"$out")
	note="-none $flag, ${#OURS[@]} files + $(project_host_only_files | wc -l) host-only: $n warnings"
	[ "$n" = 0 ]
}

# --- run -----------------------------------------------------------------

step deps s_deps || exit 1
step pristine-tree s_pristine || exit 1
step overlay+series s_overlay_series || exit 1
step git-am s_git_am
step dt-schema s_dt_schema
if step davinci-config s_davinci_config; then
	step davinci-W1-C1 s_davinci_w1c1
	if step davinci-vmlinux s_davinci_vmlinux &&
			[ "${PER_PATCH:-1}" = 1 ]; then
		step per-patch s_per_patch
	fi
fi
if step keystone-config s_keystone_config; then
	step keystone-W1-C1 s_keystone_w1c1
	if [ "${KEYSTONE_VMLINUX:-1}" = 1 ]; then
		step keystone-vmlinux s_keystone_vmlinux
	fi
fi
step dmaengine s_dmaengine
step checkpatch s_checkpatch
step get-maintainer s_get_maintainer
step coccicheck s_coccicheck
step kernel-doc s_kerneldoc

{
	echo "kernel-check: Linux 6.1 ($KBUILD_DIR), $JOBS jobs, $(( $(date +%s) - t_all ))s in all"
	cat "$SUMMARY.tmp"
	if [ $failed = 0 ]; then echo "kernel-check: PASS"; else echo "kernel-check: FAIL"; fi
} >"$SUMMARY"
rm -f "$SUMMARY.tmp"
cat "$SUMMARY"
exit $failed
