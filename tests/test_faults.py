"""Faults: a killed process, a full disk, Ctrl-C, no network.  Nothing half-written, nothing lost."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

LINE = "Port officials met for trainswhich run daily, and the the terminals reopened.\n"


def _cli(*args, **kw):
    return subprocess.Popen([sys.executable, "-m", "mt_repair.cli", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def test_sigkill_during_in_place_leaves_old_or_new_file(tmp_path):
    p = tmp_path / "big.txt"
    original = (LINE * 120_000).encode()          # ~9 MB: takes a while to repair
    p.write_bytes(original)
    proc = _cli("fix", "--no-model", "--in-place", str(p))
    time.sleep(1.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    data = p.read_bytes()
    fixed = original.replace(b"trainswhich", b"trains, which").replace(b"the the", b"the")
    assert data in (original, fixed)
    leftovers = [q.name for q in tmp_path.iterdir() if q.name != "big.txt"]
    # a killed process cannot clean up, but the temp file never replaces the target half-written
    assert all(name.endswith(".mt-repair.tmp") for name in leftovers)


def test_disk_full_keeps_the_original(tmp_path):
    p = tmp_path / "doc.txt"
    original = (LINE * 2000).encode()
    p.write_bytes(original)
    # a file-size limit makes the write fail like a full disk (EFBIG instead of ENOSPC)
    code = ("import resource, signal, sys\n"
            "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
            "resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))\n"
            "from mt_repair.cli import app\n"
            f"sys.argv = ['mt-repair', 'fix', '--no-model', '--in-place', {str(p)!r}]\n"
            "app()\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 2, r.stderr
    assert "cannot write" in r.stderr and "original is unchanged" in r.stderr
    assert "Traceback" not in r.stderr
    assert p.read_bytes() == original
    assert [q.name for q in tmp_path.iterdir()] == ["doc.txt"]


def test_ctrl_c_stops_cleanly(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes((LINE * 120_000).encode())
    proc = _cli("detect", str(p))
    time.sleep(1.5)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=30)
    if proc.returncode == 1:
        pytest.skip("finished before the signal arrived")
    assert proc.returncode == 130
    assert b"interrupted" in err and b"Traceback" not in err


NO_NETWORK = """
import socket, sys
def refuse(*a, **k):
    raise RuntimeError("network access attempted")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from mt_repair.cli import app
sys.argv = ["mt-repair"] + sys.argv[1:]
try:
    app()
except SystemExit as e:
    sys.exit(e.code)
"""


@pytest.mark.parametrize("command", [["detect"], ["fix"], ["fix", "--all"]])
def test_no_socket_is_opened(tmp_path, command):
    model_dir = Path(__file__).resolve().parents[1] / "models" / "default"
    if command[0] == "fix" and not (model_dir / "model.safetensors").exists():
        pytest.skip("no shipped model in this checkout")
    p = tmp_path / "doc.txt"
    p.write_text("An Aadvance of officials met on economic activityby paralyzing trade, and left.\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "TRANSFORMERS_"))}
    r = subprocess.run([sys.executable, "-c", NO_NETWORK, *command, str(p)],
                       capture_output=True, text=True, env=env)
    assert "network access attempted" not in r.stderr
    assert r.returncode in (0, 1), r.stderr
