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
project_lib_files() {	# the library: arch/arm/common/*.[ch]
	(cd "$PROJ" && for f in arch/arm/common/*.c arch/arm/common/*.h; do
		[ -f "$f" ] && echo "$f"
	done) | sort
}
project_mach_files() {
	(cd "$PROJ" && for f in arch/arm/mach-*/*.c arch/arm/mach-*/*.h; do
		[ -f "$f" ] && echo "$f"
	done) | sort
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
