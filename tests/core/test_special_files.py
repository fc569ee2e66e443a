"""Only regular files are read, and their size is checked first (issue 20, fault 3).

A FIFO with no writer used to hang ``virtlab-sim`` and the window in ``open()``.
Every test here that could hang if the code were wrong runs under
``hang_guard`` (the process dumps its stacks and exits after a minute instead
of waiting for ever) or in a subprocess with a timeout.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from core.files import locations, vm_file
from core.files.reading import FileRefused, read_regular_file
from core.files.scenario import MAX_BYTES, ScenarioError, load_scenario

ROOT = Path(__file__).resolve().parents[2]
posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and UNIX sockets are POSIX")


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "pipe.vlab"
    os.mkfifo(path)
    return path


@pytest.fixture
def unix_socket(tmp_path):
    path = tmp_path / "sock.vlab"
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(str(path))
    s.listen(1)
    yield path
    s.close()


@posix_only
def test_fifo_without_a_writer_is_refused_at_once(hang_guard, fifo):
    with pytest.raises(FileRefused, match=r"^this is a named pipe \(FIFO\), not a file$"):
        read_regular_file(fifo, 100)
    with pytest.raises(ScenarioError) as info:
        load_scenario(fifo)
    assert (info.value.field, info.value.problem) == ("", "this is a named pipe (FIFO), not a file")
    with pytest.raises(vm_file.ExportError, match="named pipe"):
        vm_file.read_vm(fifo)


@posix_only
def test_a_link_to_a_fifo_is_refused_too(hang_guard, fifo, tmp_path):
    link = tmp_path / "innocent.vlab"
    link.symlink_to(fifo)
    with pytest.raises(ScenarioError, match="named pipe"):
        load_scenario(link)


@posix_only
def test_socket_is_refused(hang_guard, unix_socket):
    with pytest.raises(ScenarioError, match="this is a socket, not a file"):
        load_scenario(unix_socket)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_endless_device_is_refused(hang_guard):
    with pytest.raises(ScenarioError, match="this is a device, not a file"):
        load_scenario("/dev/zero")
    with pytest.raises(vm_file.ExportError, match="device"):
        vm_file.read_vm("/dev/zero")


def test_directory_is_refused(tmp_path):
    with pytest.raises(ScenarioError, match="this is a folder, not a file"):
        load_scenario(tmp_path)


@posix_only  # a sparse file: Windows would write the 64 GB
def test_size_is_checked_before_reading(tmp_path):
    """A sparse 64 GB file: reading it would take minutes; the size alone refuses it."""
    big = tmp_path / "big.vlab"
    with open(big, "wb") as f:
        f.truncate(64 * 2**30)
    with pytest.raises(ScenarioError, match=r"the file is 65536 MB; the limit is 5 MB"):
        load_scenario(big)
    with pytest.raises(FileRefused, match="the limit is 10 bytes"):
        read_regular_file(big, 10)


def test_regular_files_at_and_over_the_limit(tmp_path):
    p = tmp_path / "f"
    p.write_bytes(b"x" * 10)
    assert read_regular_file(p, 10) == b"x" * 10
    with pytest.raises(FileRefused, match="the file is 10 bytes; the limit is 9 bytes"):
        read_regular_file(p, 9)
    p.write_bytes(b"")
    assert read_regular_file(p, 10) == b""


def test_missing_file_and_bad_paths(tmp_path):
    with pytest.raises(FileRefused, match="cannot read the file: "):
        read_regular_file(tmp_path / "nothing", 10)
    with pytest.raises(FileRefused, match="cannot read the file"):
        read_regular_file("a\0b", 10)
    assert MAX_BYTES == 5 * 2**20  # the limit the messages above quote


def _cli(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "core", *argv], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)  # a hang fails the test instead of stopping the suite


@posix_only
@pytest.mark.parametrize("kind", ["fifo", "socket", "device", "folder"])
def test_cli_refuses_special_files_with_one_line(tmp_path, kind, fifo, unix_socket):
    if kind == "fifo":
        path = fifo
    elif kind == "socket":
        path = unix_socket
    elif kind == "device":
        path = Path("/dev/zero")
    else:
        path = tmp_path
    proc = _cli("run", str(path))
    assert proc.returncode == 2 and proc.stdout == ""
    words = {"fifo": "named pipe", "socket": "socket", "device": "device", "folder": "folder"}[kind]
    assert proc.stderr.startswith(f"virtlab-sim: error: {path}: this is ") and words in proc.stderr
    assert proc.stderr.count("\n") == 1 and len(proc.stderr) < 300
    assert _cli("graph", str(path)).returncode == 2


def test_bundled_lab_still_opens():
    data = json.loads(read_regular_file(locations.demo_lab(), MAX_BYTES))
    assert data["format"] == "virtlab-scenario"
