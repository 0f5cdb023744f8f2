#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# Install what the 32-bit ARM run needs, only what is missing: Debian's
# armhf cross compiler, qemu-user, and the armhf runtime libraries through
# multiarch.  libfdt1:armhf (the shared library alone) and not
# libfdt-dev:armhf, which is not co-installable with the amd64 libfdt-dev
# the host build uses.
set -euo pipefail

pkgs="gcc-arm-linux-gnueabihf libc6-dev-armhf-cross qemu-user libubsan1-armhf-cross
      libfdt1:armhf libc6:armhf libfdt-dev device-tree-compiler make"

sudo=
[ "$(id -u)" = 0 ] || sudo=sudo

if ! dpkg --print-foreign-architectures | grep -qx armhf; then
	echo "arm32: adding the armhf architecture" >&2
	$sudo dpkg --add-architecture armhf
fi

missing=
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "arm32: installing:$missing" >&2
apt_get() {
	DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 "$@"
}
# a partial index failure (a mirror mid-sync) is not fatal: install decides
apt_get update -qq || echo "arm32: apt-get update reported errors" >&2
# shellcheck disable=SC2086
apt_get install -y -qq --no-install-recommends $missing >/dev/null
