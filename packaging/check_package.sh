#!/usr/bin/env bash
# CI check of the Linux package, end to end, as root on a Debian/Ubuntu machine:
#   build the PyInstaller bundle and the .deb, run lintian on it (any E: fails),
#   install it with dpkg, start the installed app headless (plain and with a
#   .vlab file) and virtlab-sim, check the desktop integration and man pages,
#   time start-up against the venv, purge, and check that nothing is left behind. Safe to rerun: it purges an earlier install first.
#
#   bash packaging/check_package.sh [--no-build]
#
# PYTHON: the venv interpreter (default .venv/bin/python). Exits non-zero on
# the first failed build step, or at the end if any check failed.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
TMP="$(mktemp -d /tmp/virtlab-check.XXXXXX)"
trap 'rm -rf "$TMP"' EXIT
export QT_QPA_PLATFORM=offscreen
# A throwaway home, so the checks neither read nor write a user's settings.
export HOME="$TMP/home" XDG_CONFIG_HOME="$TMP/home/.config" XDG_DATA_HOME="$TMP/home/.local/share"
mkdir -p "$HOME"
FAILED=0
BUILD=1
[[ "${1:-}" == "--no-build" ]] && BUILD=0

step() { printf '\n== %s\n' "$*"; }
ok() { printf 'ok   %s\n' "$*"; }
fail() { printf 'FAIL %s\n' "$*"; FAILED=1; }

[[ $(id -u) -eq 0 ]] || { echo "run as root (dpkg -i / --purge)"; exit 2; }
[[ -x "$PY" ]] || { echo "no interpreter at $PY (set PYTHON=...)"; exit 2; }

step "tools"
need_apt=()
command -v dpkg-deb >/dev/null || need_apt+=(dpkg)
command -v objdump >/dev/null || need_apt+=(binutils)
command -v patchelf >/dev/null || need_apt+=(patchelf)
command -v lintian >/dev/null || need_apt+=(lintian)
if ((${#need_apt[@]})); then
    apt-get update -qq && apt-get install -y -qq "${need_apt[@]}"
fi
"$PY" -c "import PyInstaller" 2>/dev/null || "$PY" -m pip install -q "pyinstaller>=6.0"
"$PY" -c "import argparse_manpage" 2>/dev/null || "$PY" -m pip install -q "argparse-manpage>=4.5"
ok "dpkg-deb, objdump, patchelf, lintian, PyInstaller $("$PY" -m PyInstaller --version)"

if ((BUILD)); then
    step "build bundle"
    "$PY" packaging/build_bundle.py
    step "build .deb"
    rm -f dist/virtlab_*.deb
    "$PY" packaging/build_deb.py
else
    "$PY" packaging/build_bundle.py --report
fi
DEB="$(ls -t dist/virtlab_*.deb | head -n1)"

step "lintian $DEB"
# Errors fail the check; warnings are printed. Rules that do not fit a
# self-contained bundle in /opt are overridden inside the package, each with
# its reason (packaging/debian/lintian-overrides).
lintian --tag-display-limit 0 "$DEB" > "$TMP/lintian.txt" 2>&1 || true
grep -v '^running with root' "$TMP/lintian.txt" || true
errors="$(grep -c '^E: ' "$TMP/lintian.txt" || true)"
warnings="$(grep -c '^W: ' "$TMP/lintian.txt" || true)"
if [[ "$errors" == 0 ]]; then ok "lintian: 0 errors, $warnings warnings"; else fail "lintian: $errors errors"; fi

step "install $DEB"
if dpkg -s virtlab >/dev/null 2>&1; then dpkg --purge virtlab; fi
if ! dpkg -i "$DEB"; then
    # Missing libraries: let apt fetch them, then dpkg finishes configuring.
    apt-get install -f -y -qq || { apt-get update -qq && apt-get install -f -y -qq; }
fi
[[ "$(dpkg-query -W -f='${Status}' virtlab)" == "install ok installed" ]] \
    && ok "virtlab installed" || fail "virtlab not fully installed"

# is_picture FILE: a PNG of a real window, not an empty or single-colour one.
is_picture() {
    "$PY" - "$1" <<'PYEOF'
import sys
from PySide6.QtGui import QImage
img = QImage(sys.argv[1])
if img.isNull() or img.width() < 200 or img.height() < 150:
    sys.exit(f"not a window-sized image: {img.width()}x{img.height()}")
colours = {img.pixel(x, y) for x in range(0, img.width(), 7) for y in range(0, img.height(), 7)}
print(f"{img.width()}x{img.height()}, {len(colours)} colours sampled")
sys.exit(0 if len(colours) >= 16 else "too few colours: blank window?")
PYEOF
}

step "start the installed app"
if virtlab --quit-after 0 --screenshot "$TMP/start.png" && is_picture "$TMP/start.png"; then
    ok "virtlab --quit-after 0 --screenshot"
else
    fail "installed app did not start and draw"
fi

step "open a .vlab file through the launcher"
LAB="$(find /opt/virtlab -name demo.vlab -path '*resources/labs*' | head -n1)"
if [[ -n "$LAB" ]] && virtlab "$LAB" --quit-after 0 --screenshot "$TMP/lab.png" && is_picture "$TMP/lab.png"; then
    ok "virtlab $LAB"
else
    fail "could not open the bundled demo lab ($LAB)"
fi

step "virtlab-sim from the package"
if out="$(virtlab-sim run "$LAB" --seconds 5 --json)" && "$PY" -c 'import json,sys; json.loads(sys.argv[1])["hosts"]' "$out"; then
    ok "virtlab-sim run (JSON report)"
else
    fail "virtlab-sim run did not print a report"
fi
code=0; virtlab-sim run /nonexistent.vlab 2>"$TMP/err.txt" || code=$?
[[ $code == 2 && $(wc -l < "$TMP/err.txt") == 1 ]] && ok "virtlab-sim: bad file -> exit 2, one line" \
    || fail "virtlab-sim on a missing file: exit $code, $(wc -l < "$TMP/err.txt") lines"
for page in virtlab virtlab-sim; do
    if man -l "/usr/share/man/man1/$page.1.gz" 2>/dev/null | grep -q -- '--'; then ok "man $page"
    elif [[ -s "/usr/share/man/man1/$page.1.gz" ]]; then ok "man page $page (no man to render it)"
    else fail "no man page for $page"; fi
done

step "desktop integration"
for f in /usr/bin/virtlab /usr/bin/virtlab-sim /usr/share/applications/virtlab.desktop /usr/share/mime/packages/virtlab.xml \
         /usr/share/metainfo/io.github.virtlab.virtlab.metainfo.xml \
         /usr/share/icons/hicolor/48x48/apps/virtlab.png /usr/share/icons/hicolor/scalable/apps/virtlab.svg \
         /usr/share/icons/hicolor/48x48/mimetypes/application-x-virtlab.png; do
    [[ -e "$f" ]] && ok "$f" || fail "missing $f"
done
if command -v update-mime-database >/dev/null; then
    [[ -f /usr/share/mime/application/x-virtlab.xml ]] && ok "MIME database knows application/x-virtlab" \
        || fail "MIME database lacks application/x-virtlab"
fi
if command -v update-desktop-database >/dev/null; then
    grep -q '^application/x-virtlab=.*virtlab.desktop' /usr/share/applications/mimeinfo.cache \
        && ok ".vlab files open with virtlab.desktop" || fail "mimeinfo.cache has no application/x-virtlab"
fi
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate /usr/share/applications/virtlab.desktop && ok "desktop entry valid" \
        || fail "desktop-file-validate"
fi

step "size and start-up time (median of 3, --quit-after 0)"
printf 'bundle on disk: %s\n' "$(du -sh /opt/virtlab | cut -f1)"
printf '.deb download:  %s\n' "$(du -sh "$DEB" | cut -f1)"
"$PY" - "$PY" <<'PYEOF' || fail "timing runs"
import statistics, subprocess, sys, time
venv = [sys.argv[1], "-c", "import sys; from gui.shell.app import main; sys.exit(main())"]
for label, cmd in (("installed bundle", ["virtlab"]), ("venv (python -m)", venv)):
    times = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run(cmd + ["--quit-after", "0"], check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    print(f"{label:18s} start-up median {statistics.median(times):.2f} s  (runs: "
          + ", ".join(f"{x:.2f}" for x in times) + ")")
PYEOF

step "purge"
dpkg --purge virtlab
leftovers=()
for f in /opt/virtlab /usr/bin/virtlab /usr/bin/virtlab-sim /usr/share/man/man1/virtlab.1.gz \
         /usr/share/man/man1/virtlab-sim.1.gz /usr/share/lintian/overrides/virtlab \
         /usr/share/applications/virtlab.desktop \
         /usr/share/mime/packages/virtlab.xml /usr/share/mime/application/x-virtlab.xml \
         /usr/share/metainfo/io.github.virtlab.virtlab.metainfo.xml /usr/share/doc/virtlab; do
    [[ -e "$f" ]] && leftovers+=("$f")
done
while IFS= read -r f; do leftovers+=("$f"); done < <(
    find /usr/share/icons/hicolor \( -name 'virtlab.*' -o -name 'application-x-virtlab.*' \) 2>/dev/null)
if [[ -f /usr/share/applications/mimeinfo.cache ]] && grep -q virtlab /usr/share/applications/mimeinfo.cache; then
    leftovers+=("virtlab in mimeinfo.cache")
fi
if ((${#leftovers[@]})); then fail "left behind after purge: ${leftovers[*]}"; else ok "nothing left behind"; fi
dpkg -s virtlab >/dev/null 2>&1 && fail "dpkg still lists virtlab" || ok "dpkg no longer lists virtlab"

echo
if ((FAILED)); then echo "check_package: FAILED"; exit 1; fi
echo "check_package: all checks passed"
