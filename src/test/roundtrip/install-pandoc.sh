#!/usr/bin/env bash
# Installs pandoc (Debian's package) where the round-trip test runs and it is missing.
set -euo pipefail
command -v pandoc >/dev/null 2>&1 && exit 0
as_root=()
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null 2>&1 || { echo "pandoc is missing and installing it needs root (or sudo)" >&2; exit 1; }
    as_root=(sudo -n)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get install -y -q pandoc >/dev/null 2>&1 \
    || { "${as_root[@]}" apt-get update -q >/dev/null && "${as_root[@]}" apt-get install -y -q pandoc >/dev/null; }
command -v pandoc >/dev/null 2>&1
