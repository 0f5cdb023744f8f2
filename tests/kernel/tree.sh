#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# The pristine Linux 6.1 tree and the worktrees made from it.
#
#   tree.sh pristine        extract the Debian tarball once into
#                           build/kernel/linux-source-6.1 as a git repo whose
#                           only commit (tag v6.1) is the tarball; reuse it
#                           while it is clean, reset it if it is not, and
#                           re-extract if it is unusable or the tarball
#                           changed
#   tree.sh worktree DIR    make DIR a checkout of v6.1 (created once, then
#                           reset in place, so files we do not touch keep
#                           their timestamps and builds stay incremental)
set -euo pipefail
. "$(dirname "$0")/lib.sh"

stamp=$KBUILD_DIR/.$KSRC_NAME.stamp

tarball_id() {
	stat -c '%s %Y' "$KSRC_TARBALL"
}

extract() {
	local tmp=$KBUILD_DIR/.extract.$$

	[ -r "$KSRC_TARBALL" ] || die "$KSRC_TARBALL missing (apt-get install linux-source-6.1)"
	say "extracting $KSRC_TARBALL"
	rm -rf "$PRISTINE" "$tmp" "$stamp"
	# Worktrees point into the old repository; forget them.
	rm -rf "$WORK" "$AMTREE"
	mkdir -p "$tmp"
	tar -C "$tmp" -xf "$KSRC_TARBALL"
	[ -f "$tmp/$KSRC_NAME/Makefile" ] || die "unexpected tarball layout"
	mv "$tmp/$KSRC_NAME" "$PRISTINE"
	rmdir "$tmp"

	say "recording the pristine tree as $BASE_TAG"
	git -C "$PRISTINE" init -q -b base
	git -C "$PRISTINE" config core.autocrlf false
	git -C "$PRISTINE" config gc.auto 0
	git -C "$PRISTINE" config feature.manyFiles true
	git -C "$PRISTINE" config core.looseCompression 1
	# -f: the tarball may carry files the tree's .gitignore matches.
	git -C "$PRISTINE" add -f -A .
	base_git -C "$PRISTINE" commit -q --no-verify \
		-m "Linux 6.1 (Debian $(basename "$KSRC_TARBALL"))"
	git -C "$PRISTINE" tag -f "$BASE_TAG" >/dev/null
	echo "$(tarball_id) $(git -C "$PRISTINE" rev-parse HEAD)" >"$stamp"
}

pristine() {
	mkdir -p "$KBUILD_DIR"
	local want head
	if [ -f "$stamp" ] && [ -d "$PRISTINE/.git" ]; then
		want=$(cat "$stamp")
		head=$(git -C "$PRISTINE" rev-parse -q --verify "$BASE_TAG^{commit}" 2>/dev/null || true)
		if [ "$want" = "$(tarball_id) $head" ]; then
			if [ -n "$(git -C "$PRISTINE" status --porcelain --ignored 2>/dev/null)" ] ||
			   [ "$(git -C "$PRISTINE" rev-parse HEAD)" != "$head" ]; then
				say "pristine tree was modified; resetting it to $BASE_TAG"
				git -C "$PRISTINE" checkout -q -f base
				git -C "$PRISTINE" reset -q --hard "$BASE_TAG"
				git -C "$PRISTINE" clean -q -ff -d -x
			fi
			[ -z "$(git -C "$PRISTINE" status --porcelain --ignored)" ] &&
				return 0
		fi
	fi
	extract
}

worktree() {
	local dir=$1

	case $dir in /*) ;; *) dir=$PWD/$dir ;; esac

	if [ -e "$dir/.git" ] &&
	   git -C "$dir" rev-parse -q --verify HEAD >/dev/null 2>&1; then
		git -C "$dir" am --abort >/dev/null 2>&1 || true
		git -C "$dir" checkout -q -f --detach "$BASE_TAG"
		git -C "$dir" clean -q -ff -d -x
	else
		rm -rf "$dir"
		git -C "$PRISTINE" worktree prune
		git -C "$PRISTINE" worktree add -q -f --detach "$dir" "$BASE_TAG"
	fi
	[ -z "$(git -C "$dir" status --porcelain --ignored)" ] ||
		die "$dir is not a clean $BASE_TAG checkout"
}

case ${1:-} in
pristine) pristine ;;
worktree) [ $# = 2 ] || die "usage: $0 worktree DIR"; pristine; worktree "$2" ;;
*) die "usage: $0 pristine | worktree DIR" ;;
esac
