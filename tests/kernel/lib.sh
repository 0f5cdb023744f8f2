# SPDX-License-Identifier: GPL-2.0
#
# Shared by the tests/kernel scripts: where things live, logging, timing.
# Sourced, not run.

KSRC_TARBALL=${KSRC_TARBALL:-/usr/src/linux-source-6.1.tar.xz}
KSRC_NAME=linux-source-6.1
BASE_TAG=v6.1

# The project root is two levels up from this file.
PROJ=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
KBUILD_DIR=${KBUILD_DIR:-$PROJ/build/kernel}
case $KBUILD_DIR in /*) ;; *) KBUILD_DIR=$PROJ/$KBUILD_DIR ;; esac
PRISTINE=$KBUILD_DIR/$KSRC_NAME		# pristine extract, a git repo
WORK=$KBUILD_DIR/work			# worktree: overlay + builds
AMTREE=$KBUILD_DIR/am			# worktree: 'git am' of the series
PATCHDIR=$KBUILD_DIR/patches
OUT=$KBUILD_DIR/out			# O= build directories
LOGS=$KBUILD_DIR/logs

KARCH=arm
KCROSS=${KCROSS:-arm-linux-gnueabi-}
JOBS=${JOBS:-$(nproc)}

# Fixed identity for the base commit, so it is the same on every machine.
export GIT_CONFIG_NOSYSTEM=1
base_git() {
	GIT_AUTHOR_NAME="Debian linux-source-6.1" \
	GIT_AUTHOR_EMAIL="linux-source@localhost" \
	GIT_AUTHOR_DATE="2022-12-11T14:15:00+0000" \
	GIT_COMMITTER_NAME="Debian linux-source-6.1" \
	GIT_COMMITTER_EMAIL="linux-source@localhost" \
	GIT_COMMITTER_DATE="2022-12-11T14:15:00+0000" \
	git "$@"
}

say() { printf '%s\n' "kernel: $*" >&2; }
die() { printf '%s\n' "kernel: error: $*" >&2; exit 1; }

# Files the project contributes to a kernel tree, relative to the root.
# mach-* globs pick up SoC directories as they are added.
project_header=include/linux/platform_data/edma.h
project_lib_files() {	# the library: arch/arm/common/*.[ch], its tracepoints
	(cd "$PROJ" && for f in arch/arm/common/*.c arch/arm/common/*.h \
			include/trace/events/edma.h; do
		[ -f "$f" ] && echo "$f"
	done) | sort
}
# SoC files: those Makefile.edma builds, and their header.  The DM644x,
# DM646x, EVM-reservation and Keystone platform-data files are host-tested
# only (project_host_only_files): 6.1 has no DM644x/DM646x, its boards
# keep their reservations, and Keystone boots from device tree.
project_mach_files() {
	(cd "$PROJ" && for f in arch/arm/mach-davinci/edma-soc.h $(sed -n \
			's|^obj-.*+= *\(edma-[a-z0-9]*\)\.o$|arch/arm/mach-davinci/\1.c|p' \
			arch/arm/mach-davinci/Makefile.edma); do
		[ -f "$f" ] && echo "$f"
	done) | sort -u
}
project_host_only_files() {
	(cd "$PROJ" && for f in arch/arm/mach-*/*.c arch/arm/mach-*/*.h; do
		[ -f "$f" ] && echo "$f"
	done) | sort | comm -23 - <(project_mach_files)
}
project_client_files() {	# drivers on the API: audio, MMC, network
	(cd "$PROJ" && for f in include/linux/platform_data/edma_*.h \
			sound/soc/ti/edma-*.[ch] \
			drivers/mmc/host/edma-*.[ch] \
			drivers/net/ethernet/ti/edma_*.[ch]; do
		[ -f "$f" ] && echo "$f"
	done) | sort
}
project_dma_files() {	# the dmaengine provider on the library
	(cd "$PROJ" && for f in drivers/dma/ti/*.c; do
		[ -f "$f" ] && echo "$f"
	done) | sort
}
# The device-tree binding: our YAML schemas, and the text bindings of the
# tree they replace.
project_binding_files() {
	(cd "$PROJ" && for f in Documentation/devicetree/bindings/dma/*.yaml; do
		[ -f "$f" ] && echo "$f"
	done) | sort
}
replaced_binding_files="Documentation/devicetree/bindings/dma/ti-edma.txt
	Documentation/devicetree/bindings/dma/ti-dma-crossbar.txt"
# What DT_SCHEMA_FILES (a substring of the path, in 6.1) selects them by.
binding_match=dma/ti,
project_dts_files() {	# device-tree sources for arch/arm/boot/dts
	(cd "$PROJ" && for f in arch/arm/boot/dts/*.dts arch/arm/boot/dts/*.dtsi; do
		[ -f "$f" ] && echo "$f"
	done) | sort
}
project_kernel_files() {
	echo "$project_header"
	project_lib_files
	project_dma_files
	project_mach_files
	project_client_files
}

# The series' author: GIT_AUTHOR_NAME/EMAIL, else git's user.name/email.
series_name() {
	echo "${GIT_AUTHOR_NAME:-$(git -C "$PROJ" config user.name || true)}"
}
series_email() {
	echo "${GIT_AUTHOR_EMAIL:-$(git -C "$PROJ" config user.email || true)}"
}
# "Name <email>", or nothing (status 1) without a real identity.
series_identity() {
	local name email
	name=$(series_name)
	email=$(series_email)
	[ -n "$name" ] && [[ $email == *@*.* ]] || return 1
	printf '%s <%s>\n' "$name" "$email"
}

# MAINTAINERS: one entry for what the series adds.  Every patch that adds
# files lists them in it, so no patch leaves checkpatch's reminder.
maint_title="TI EDMA3 PRIVATE API"

# The F: pattern that covers FILE in the entry.
maint_pattern() {
	case $1 in
	arch/arm/common/edma*)	echo 'arch/arm/common/edma*' ;;
	arch/arm/mach-*/edma-*)	echo "${1%/*}/edma-*" ;;
	*)			echo "$1" ;;
	esac
}

# maint_entry FILE...: the entry covering FILEs; nothing without FILEs.
maint_entry() {
	local who
	[ $# -gt 0 ] || return 0
	echo "$maint_title"
	if who=$(series_identity); then
		printf 'M:\t%s\n' "$who"
	fi
	printf 'L:\t%s\n' \
		'linux-arm-kernel@lists.infradead.org (moderated for non-subscribers)'
	printf 'S:\tMaintained\n'
	for f; do maint_pattern "$f"; done | LC_ALL=C sort -u | sed 's/^/F:\t/'
}

# maint_set MAINTAINERS FILE...: that file with the entry for FILEs in its
# alphabetical place among the TI sections, replacing an earlier one (and
# with no entry at all without FILEs).
maint_set() {
	local mt=$1 entry
	shift
	entry=$(maint_entry "$@")
	LC_ALL=C awk -v title="$maint_title" -v entry="$entry" '
		skip { if ($0 == "") skip = 0; next }
		$0 == title && prev == "" { skip = 1; next }
		!done && entry != "" && prev == "" && /^TI / && $0 > title {
			print entry
			print ""
			done = 1
		}
		{ print; prev = $0 }
		END { if (entry != "" && !done) exit 1 }
	' "$mt" >"$mt.new.$$" || { rm -f "$mt.new.$$"; return 1; }
	mv "$mt.new.$$" "$mt"
}
