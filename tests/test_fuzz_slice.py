"""A short slice of ``bench/fuzz_labs.py`` (issue 20): the long run's figures are in docs/robustness.md.

200 mutated labs through ``virtlab-sim run``'s entry point and 25 through
``python -m core`` (each in its own process, with a timeout and a peak-RSS
check), and 50 through the window's open path.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench.fuzz_cli import judge
from bench.fuzz_labs import make_cases, open_in_window, window_cases
from gui.testing import close_discarding

ROOT = Path(__file__).resolve().parents[1]



def test_judge_rejects_what_the_contract_forbids():
    base = {"hung": False, "rss_kb": 50_000, "code": 2, "out": b"", "err": "virtlab-sim: error: x: y\n"}
    assert judge(base) == "refused"
    assert judge({**base, "err": "Traceback (most recent call last):\n"}) == "traceback"
    assert judge({**base, "err": base["err"] * 2}) == "not one error line"
    assert judge({**base, "err": "virtlab-sim: error: " + "x" * 280 + "\n"}) == "error line too long"
    assert judge({**base, "err": "virtlab-sim: error: " + "x" * 279 + "\n"}) == "refused"
    assert judge({**base, "err": "virtlab-sim: error: \u202e\n"}) == "raw invisible character"
    assert judge({**base, "hung": True}) == "hang"
    assert judge({**base, "rss_kb": 2 * 1024 * 1024}) == "over 1 GB"
    assert judge({**base, "code": 1}) == "exit 1"
    assert judge({**base, "code": 0, "out": b"{}", "err": ""}) == "ok"


@pytest.mark.skipif(sys.platform == "win32", reason="the fuzzer makes FIFOs and sockets, and forks")
@pytest.mark.parametrize(("mode", "files"), [("fork", 200), ("exec", 25)])
def test_cli_slice(mode, files):
    """200 files through the CLI's entry point in forked children, 25 through ``python -m core`` itself
    (the same runs, but each pays 0.3 s for starting Python: 200 of them would be most of the suite)."""
    proc = subprocess.run([sys.executable, "bench/fuzz_labs.py", "--cli", str(files), "--window", "0",
                           "--seed", "7", "--jobs", "2", "--timeout", "120", "--mode", mode], cwd=ROOT,
                          capture_output=True, text=True, timeout=1800)  # a stuck fuzzer fails here
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert f"virtlab-sim run ({mode})" in proc.stdout and f"{files} files" in proc.stdout
    assert "  failures: 0" in proc.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and UNIX sockets are POSIX")
def test_window_slice(qtbot, tmp_path, monkeypatch):
    from gui.document.document import Document
    from gui.shell.main_window import MainWindow
    from gui.shell.settings import Settings

    monkeypatch.setenv("VIRTLAB_DATA_DIR", str(tmp_path / "data"))
    sockets: list = []
    cases = window_cases(make_cases(100, 11, tmp_path, sockets), 50)
    assert len(cases) == 50
    w = MainWindow(Document(), Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(w)
    w.show()
    verdicts = []
    for name, path in cases:
        r = open_in_window(w, path, timeout=120)
        assert r["verdict"] in ("ok", "refused"), (name, path.name, r)
        verdicts.append(r["verdict"])
        if r["verdict"] == "ok":
            w.files.new()
    assert "refused" in verdicts
    assert any(p.is_symlink() or not p.is_file() for _, p in cases)  # FIFOs, sockets, folders, devices
    for s in sockets:
        s.close()
    close_discarding(w)  # a modified lab asks first: answered by clicking
