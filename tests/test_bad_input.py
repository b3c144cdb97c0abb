"""The bad-input matrix for plain text: exact messages and exit codes, nothing lost."""

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mt_repair.cli import app

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_mixed_newlines_are_preserved(tmp_path):
    p = tmp_path / "mixed.txt"
    data = b"one trainswhich run\r\ntwo\nthree the the end\rfour\r\n"
    p.write_bytes(data)
    assert run("fix", "--no-model", "--in-place", str(p)).exit_code == 0
    assert p.read_bytes() == b"one trains, which run\r\ntwo\nthree the end\rfour\r\n"


def test_no_read_permission(tmp_path, monkeypatch):
    p = tmp_path / "secret.txt"
    p.write_text("text\n")
    if os.geteuid() != 0:
        p.chmod(0)
    else:  # root reads anything: make the read fail the way it fails for a user
        real = Path.read_bytes

        def deny(self):
            if self == p:
                raise PermissionError(13, "Permission denied")
            return real(self)
        monkeypatch.setattr(Path, "read_bytes", deny)
    r = run("detect", str(p))
    assert r.exit_code == 2 and f"{p}: permission denied" in r.output and "Traceback" not in r.output


def test_unknown_encoding_is_a_usage_error(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("x\n")
    r = run("fix", "--no-model", "--encoding", "klingon-8", str(p))
    assert r.exit_code == 2 and "unknown encoding 'klingon-8'" in r.output


def test_latin1_with_encoding_option(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Caf\xe9 for trainswhich run\n".encode("latin-1"))
    r = run("fix", "--no-model", "--encoding", "latin-1", "--in-place", str(p))
    assert r.exit_code == 0
    assert p.read_bytes() == "Caf\xe9 for trains, which run\n".encode("latin-1")


def test_skip_file_goes_on(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok \xff\xfd broken")
    good = tmp_path / "good.txt"
    good.write_text("for trainswhich run\n")
    r = run("fix", "--no-model", "--errors", "skip-file", "--in-place", str(bad), str(good))
    assert r.exit_code == 2 and "skipped" in r.output
    assert good.read_text() == "for trains, which run\n"
    assert bad.read_bytes() == b"ok \xff\xfd broken"


def test_debug_shows_a_traceback_for_internal_errors(tmp_path, monkeypatch):
    p = tmp_path / "a.txt"
    p.write_text("for trainswhich run\n")
    import mt_repair.engine as engine

    def boom(*a, **k):
        raise RuntimeError("simulated bug")
    monkeypatch.setattr(engine.Repairer, "repair", boom)
    r = run("fix", "--no-model", str(p))
    assert r.exit_code == 2 and "internal error: RuntimeError: simulated bug" in r.output
    assert "Traceback" not in r.output
    r = run("fix", "--no-model", "--debug", str(p))
    assert "Traceback" in r.output


def test_truncated_html_is_repaired_without_loss(tmp_path):
    p = tmp_path / "cut.html"
    p.write_text("<p>for trainswhich run <b>bold")
    r = run("fix", "--no-model", str(p))
    assert r.exit_code == 0 and r.output == "<p>for trains, which run <b>bold"


def test_unknown_input_format(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("x\n")
    r = run("fix", "--no-model", "--input-format", "docx", str(p))
    assert r.exit_code == 2 and "unknown input format 'docx'" in r.output


def test_csv_with_quoted_newlines_keeps_rows(tmp_path):
    p = tmp_path / "a.csv"
    p.write_text('id,text\n1,"first line\nfor trainswhich run"\n2,plain\n')
    r = run("fix", "--no-model", "--column", "text", str(p))
    assert r.exit_code == 0
    assert r.output == 'id,text\n1,"first line\nfor trains, which run"\n2,plain\n'


def test_timeout_per_file_leaves_the_file_and_goes_on(tmp_path, monkeypatch):
    import time

    import mt_repair.engine as engine
    slow = tmp_path / "slow.txt"
    slow.write_text("SLOW for trainswhich run\n")
    fast = tmp_path / "fast.txt"
    fast.write_text("for trainswhich run\n")
    real = engine.Repairer.repair

    def maybe_slow(self, text, *a, **k):
        if text.startswith("SLOW"):
            time.sleep(5)
        return real(self, text, *a, **k)
    monkeypatch.setattr(engine.Repairer, "repair", maybe_slow)
    r = run("fix", "--no-model", "--in-place", "--timeout-per-file", "0.5", str(slow), str(fast))
    assert r.exit_code == 2 and "over the --timeout-per-file limit of 0.5 s; left unchanged" in r.output
    assert slow.read_text() == "SLOW for trainswhich run\n"
    assert fast.read_text() == "for trains, which run\n"


def test_ctrl_c_reports_the_files_already_written(tmp_path, monkeypatch):
    import mt_repair.cli._shell as shell
    import mt_repair.engine as engine
    monkeypatch.setattr(shell, "_WRITTEN", [])
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("for trainswhich run\n")
    b.write_text("STOP for trainswhich run\n")
    real = engine.Repairer.repair

    def interrupt_on_b(self, text, *args, **kw):
        if text.startswith("STOP"):
            raise KeyboardInterrupt
        return real(self, text, *args, **kw)
    monkeypatch.setattr(engine.Repairer, "repair", interrupt_on_b)
    r = run("fix", "--no-model", "--in-place", str(a), str(b))
    assert r.exit_code == 130
    assert f"interrupted; 1 file(s) written and complete ({a}); the rest were not touched" in r.output
    assert a.read_text() == "for trains, which run\n" and b.read_text() == "STOP for trainswhich run\n"


def test_failing_batch_ends_with_a_summary(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("for trainswhich run\n")
    r = run("fix", "--no-model", "--in-place", str(tmp_path / "gone.txt"), str(good))
    assert r.exit_code == 2
    assert f"1 of 2 inputs failed: {tmp_path / 'gone.txt'}; the others were processed" in r.output
    assert good.read_text() == "for trains, which run\n"


def test_check_over_a_folder_goes_on_after_a_bad_file(tmp_path):
    (tmp_path / "a.txt").write_text("for trainswhich run\n")
    (tmp_path / "b.txt").write_bytes(b"ok \xff\xfd broken\n")
    (tmp_path / "c.txt").write_text("clean text here.\n")
    r = run("check", str(tmp_path))
    assert r.exit_code == 2
    assert "a.txt:1:5: warning merged-words" in r.output
    assert "b.txt: not valid UTF-8 at byte 3" in r.output
    assert "1 file(s) unreadable" in r.output
