#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0
#
# Install the Debian packages the kernel check needs, only those missing.
set -euo pipefail

# ocaml-nox: two of 6.1's semantic patches are scripted in OCaml.
# dt-schema, yamllint: dt_binding_check and dtbs_check of the binding.
# python3-ply, python3-git: checkpatch's SPDX licence check
# (scripts/spdxcheck.py imports both).
pkgs="linux-source-6.1 gcc-arm-linux-gnueabi sparse coccinelle ocaml-nox flex bison
      dt-schema yamllint python3-ply python3-git
      libelf-dev bc libssl-dev python3 gcc make libc6-dev perl git xz-utils
      tar diffutils"

# shellcheck disable=SC2086
exec "$(dirname "$0")/../host/deps.sh" kernel-check $pkgs
