#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Takes the README's screenshots from the real application on the demo program, at the
# 1366×768 size the app must fit, under a virtual X server.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
app="$build/app/mentordesk"
out=docs/images
mkdir -p "$out"

# A private settings folder, so screenshots never depend on (or change) the developer's own.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"

shoot() { # workspace-index file
    xvfb-run -a -s '-screen 0 1366x768x24' "$app" --demo --workspace "$1" --screenshot "$out/$2"
    echo "wrote $out/$2"
}
shoot 0 sellers.png
shoot 1 mentors.png
shoot 2 cohorts.png
