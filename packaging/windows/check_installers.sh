#!/usr/bin/env bash
# CI check of the Windows installers without Windows: builds the NSIS installer
# (two versions) and the MSI from a dummy payload and runs them under a
# headless 64-bit Wine (check_installers.py says what is checked). Installs
# nsis, wine, wixl and msitools with apt-get when missing and running as root.
# About two minutes; exits non-zero if a check failed.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
need=()
command -v makensis >/dev/null || need+=(nsis)
command -v wine >/dev/null || need+=(wine wine64)
command -v wixl >/dev/null || need+=(wixl)
command -v msiinfo >/dev/null || need+=(msitools)
if ((${#need[@]})); then
    if [[ $(id -u) -eq 0 ]]; then
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
            || { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null; }
    else
        echo "missing: ${need[*]} (apt-get install them)"; exit 2
    fi
fi
exec python3 "$HERE/check_installers.py" "$@"
