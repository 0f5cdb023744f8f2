#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# deps.sh WHAT PACKAGE...: install the Debian packages WHAT (a make target)
# needs and this machine lacks, saying which and why before apt-get runs.
# As root it installs; otherwise through 'sudo -n' if that works without a
# password; else it says how to run it and fails, rather than leaving the
# user with apt's lock error.  A failing 'apt-get update' (a mirror in
# mid-sync) is reported but not fatal: the install decides.
set -uo pipefail

what=$1
shift
missing=
for p in "$@"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "deps: '$what' needs these Debian packages, not installed yet:$missing"
sudo=
if [ "$(id -u)" != 0 ]; then
	if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
		sudo="sudo -n"
	else
		echo "deps: run as root or with sudo: apt-get install$missing" >&2
		echo "deps: (or 'sudo make deps', then 'make $what' again)" >&2
		exit 1
	fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq || echo "deps: apt-get update reported errors"
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
	{ echo "deps: apt-get install$missing failed" >&2; exit 1; }
echo "deps: installed$missing"
