#!/usr/bin/env bash
# Compile-check packaging/windows/virtlab.nsi on Linux with makensis against a
# dummy payload shaped like the PyInstaller bundle (no Windows build needed).
# Installs nsis with apt-get when missing and running as root. Exits non-zero
# if makensis reports an error or writes no installer.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
if ! command -v makensis >/dev/null; then
    if [[ $(id -u) -eq 0 ]]; then
        apt-get install -y -qq nsis || { apt-get update -qq && apt-get install -y -qq nsis; }
    else
        echo "makensis not found: apt-get install nsis"; exit 2
    fi
fi
TMP="$(mktemp -d /tmp/virtlab-nsis.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
PAYLOAD="$TMP/virtlab"
mkdir -p "$PAYLOAD/_internal/resources/labs" "$PAYLOAD/_internal/PySide6/plugins/platforms"
printf 'MZ dummy executable\n' > "$PAYLOAD/virtlab.exe"
printf 'dummy\n' > "$PAYLOAD/_internal/PySide6/plugins/platforms/qwindows.dll"
cp "$HERE/../../resources/labs/"*.vlab "$PAYLOAD/_internal/resources/labs/"
OUT="$TMP/virtlab-setup.exe"
# -WX: warnings are errors, so a stale instruction does not slip through.
makensis -V2 -WX -DVERSION=0.1.0 -DPAYLOAD="$PAYLOAD" -DOUTFILE="$OUT" "$HERE/virtlab.nsi"
[[ -s "$OUT" && "$(head -c2 "$OUT")" == "MZ" ]] || { echo "no installer written"; exit 1; }
echo "check_nsis: compiled $(du -h "$OUT" | cut -f1) installer from a dummy payload"
