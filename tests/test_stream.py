"""Streaming repair equals whole-text repair, in bounded memory, for any chunk size."""

import io
import resource
import subprocess
import sys

import pytest

from mt_repair import Repairer, repair
from mt_repair.errors import BinaryFileError, InputError
from mt_repair.stream import detect_stream, repair_stream

TEXT = ("Officials met for trainswhich run daily.\r\n"
        "An Aadvance of the the delegation arrived .\r\n"
        "“We agree“said the minister, and left.\r\n") * 40


@pytest.mark.parametrize("chunk", [64, 200, 1 << 18])
def test_stream_matches_whole_text(chunk):
    dst = io.BytesIO()
    stats = repair_stream(io.BytesIO(TEXT.encode()), dst, Repairer(), chunk_chars=chunk, keep_edits=True)
    assert dst.getvalue().decode() == repair(TEXT).text
    assert stats.chars == len(TEXT) and stats.edits == len(stats.edit_log) > 0
    for e in stats.edit_log:
        assert TEXT[e.start:e.end] == e.original


def test_utf16_bom_round_trip():
    dst = io.BytesIO()
    repair_stream(io.BytesIO(TEXT.encode("utf-16")), dst, Repairer(), chunk_chars=100)
    assert dst.getvalue().decode("utf-16") == repair(TEXT).text


def test_detect_stream_positions():
    found = list(detect_stream(io.BytesIO(TEXT.encode()), Repairer(), chunk_chars=90))
    lines = TEXT.split("\n")
    for line, col, f in found:
        assert lines[line - 1][col - 1:].startswith(f.original)
        assert TEXT[f.start:f.end] == f.original


def test_long_single_line_columns():
    text = ("word " * 3000) + "for trainswhich run " + ("word " * 3000)
    (line, col, f), = list(detect_stream(io.BytesIO(text.encode()), Repairer(), chunk_chars=1000))
    assert line == 1 and text[col - 1:].startswith("trainswhich")


def test_bad_bytes_named_with_absolute_offset():
    data = b"fine text\n" * 10000 + b"bad \xff here\n"
    with pytest.raises(InputError, match=f"at byte {10 * 10000 + 4}"):
        repair_stream(io.BytesIO(data), io.BytesIO(), Repairer(), name="x.txt")


def test_binary_is_refused():
    with pytest.raises(BinaryFileError):
        repair_stream(io.BytesIO(b"\x00\x01abc"), io.BytesIO(), Repairer())


def test_memory_stays_bounded_on_a_huge_single_line(tmp_path):
    """20 MB on one line, streamed: peak RSS grows by far less than the input."""
    big = tmp_path / "line.txt"
    with open(big, "wb") as fh:
        chunk = ("Officials met for trainswhich run daily and the talks went on " * 1000).encode()
        for _ in range(20_000_000 // len(chunk)):
            fh.write(chunk)
    code = ("import resource, sys\n"
            "from mt_repair import Repairer\n"
            "from mt_repair.stream import repair_stream\n"
            "Repairer().repair('warm up: load the word list and statistics, trainswhich run')\n"
            "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
            f"src = open({str(big)!r}, 'rb'); dst = open({str(tmp_path / 'out.txt')!r}, 'wb')\n"
            "s = repair_stream(src, dst, Repairer())\n"
            "print(s.chars, (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base) // 1024)\n")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    chars, grown_mb = map(int, r.stdout.split())
    assert chars == big.stat().st_size
    assert grown_mb < 15, f"peak RSS grew by {grown_mb} MB on a 20 MB line"
