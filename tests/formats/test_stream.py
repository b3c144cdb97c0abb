"""Streaming: same output as the in-memory path, order kept with --jobs, bounded pieces."""

import io
import json

import pytest
from typer.testing import CliRunner

from mt_repair import Repairer
from mt_repair.cli import app
from mt_repair.formats import FORMATS, process
from mt_repair.formats.stream import stream_repair

ARGS = ("safe", (), (), None)
ROWS = [json.dumps({"id": i, "text": f"Row {i}: we met for trainswhich run daily."}) for i in range(300)]


def test_jsonl_stream_matches_in_memory_and_jobs_keep_order(monkeypatch):
    import mt_repair.formats.stream as st
    monkeypatch.setattr(st, "BATCH_CHARS", 2000)          # many batches
    doc = "\n".join(ROWS[:150] + ["{broken"] + ROWS[150:]) + "\n"
    want = process(doc, FORMATS["jsonl"](), Repairer()).text
    outs = []
    for jobs in (1, 2):
        dst = io.BytesIO()
        stats = stream_repair(io.BytesIO(doc.encode()), dst, "jsonl", ARGS, jobs=jobs)
        outs.append(dst.getvalue().decode())
        assert stats.rows == 301 and stats.edits == 300
        assert stats.notes == ["line 151: malformed JSON row (Expecting property name enclosed in double quotes); left unchanged"]
    assert outs[0] == want and outs[1] == want


def test_text_stream_matches_whole_file_repair_on_a_long_single_line():
    line = ("We met for trains that run daily. " * 40 + "We met for trainswhich run daily. ") * 250
    assert len(line) > 300_000 and "\n" not in line                 # more than one engine chunk
    data = ("\ufeff" + line).encode("utf-8")
    dst = io.BytesIO()
    stream_repair(io.BytesIO(data), dst, "text", ARGS)
    assert dst.getvalue() == ("\ufeff" + Repairer().repair(line).text).encode("utf-8")


def test_cli_jobs_and_in_place(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text("\n".join(ROWS[:20]) + "\n")
    r = CliRunner().invoke(app, ["fix", "--no-model", "--jobs", "2", "--in-place", "--explain", str(p)])
    assert r.exit_code == 0
    rows = p.read_text().splitlines()
    assert len(rows) == 20 and all("trains, which" in json.loads(x)["text"] for x in rows)
    assert f"{p}:1:" in r.stderr and "merged-words" in r.stderr
    before = p.stat().st_mtime_ns
    assert CliRunner().invoke(app, ["fix", "--no-model", "--in-place", str(p)]).exit_code == 0
    assert p.stat().st_mtime_ns == before             # nothing to change: file not rewritten


def test_one_pool_serves_every_input_of_a_run(tmp_path, monkeypatch):
    # a folder of large files is repaired by one pool of workers, not a pool per file
    import mt_repair.cli.fix as fix_cli
    import mt_repair.formats.stream as st
    monkeypatch.setattr(fix_cli, "PARALLEL_BYTES", 10)
    started = []
    real_pool = st.RepairPool.pool

    def counting_pool(self):
        if self._pool is None:
            started.append(self.jobs)
        return real_pool(self)
    monkeypatch.setattr(st.RepairPool, "pool", counting_pool)
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"File {i}: we met for trainswhich run daily.\n" * 5)
    r = CliRunner().invoke(app, ["fix", "--no-model", "--jobs", "2", "--in-place", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert started == [2]
    assert all((tmp_path / f"{i}.txt").read_text().count("trains, which") == 5 for i in range(3))


def test_a_shared_pool_must_repair_with_the_same_settings():
    from mt_repair.formats.stream import RepairPool
    with RepairPool(ARGS, 2) as pool, pytest.raises(ValueError, match="other settings"):
        stream_repair(io.BytesIO(b"x\n"), io.BytesIO(), "text", ("all", (), (), None), pool=pool)


def test_stream_reports_bad_utf8_with_its_byte():
    from mt_repair.errors import InputError
    with pytest.raises(InputError, match="not valid UTF-8 at byte 5"):
        stream_repair(io.BytesIO(b'{"a":\xff}\n'), io.BytesIO(), "jsonl", ARGS)


@pytest.mark.parametrize("by_line", [True, False])
@pytest.mark.parametrize("read", [1, 3, 64, 1 << 20])
def test_pieces_cover_the_input_at_any_read_size(monkeypatch, by_line, read):
    # pieces are cut from a position in the read buffer, never by re-slicing the buffer
    # per piece: whatever the read size, they join back to the input, lines are numbered
    # right, and no piece passes the chunk size
    import mt_repair.formats.stream as st
    monkeypatch.setattr(st, "_READ", read)
    text = "".join(f"línea {i} 😀{' x' * (i % 9)}\n" + ("\n" if i % 5 == 0 else "") for i in range(60)) + "tail"
    pieces = list(st.decoded_pieces(io.BytesIO(text.encode()), "x", None, "strict", by_line, chunk_chars=16))
    assert "".join(p for _, p, _ in pieces) == text
    assert {enc for _, _, enc in pieces} == {"utf-8"}
    starts = [0]
    for _, p, _ in pieces:
        starts.append(starts[-1] + len(p))
    assert [n for n, _, _ in pieces] == [text.count("\n", 0, s) + 1 for s in starts[:-1]]
    if by_line:
        assert all(p.endswith("\n") for _, p, _ in pieces[:-1]) and pieces[-1][1] == "tail"
    else:
        assert all(len(p) <= 16 for _, p, _ in pieces[:-1])
