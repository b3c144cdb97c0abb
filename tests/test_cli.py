"""The command line: exit codes, messages, outputs, and never a half-written file."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mt_repair import __version__
from mt_repair.cli import app

SAMPLE = Path(__file__).parent / "data" / "sample-article.txt"
DAMAGED = "Officials met for trainswhich run daily.\n"
CLEAN = "Officials met for trains that run daily.\n"

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


@pytest.fixture
def damaged(tmp_path):
    p = tmp_path / "damaged.txt"
    p.write_text(DAMAGED, encoding="utf-8")
    return p


def test_version_and_help():
    r = run("--version")
    assert r.exit_code == 0 and __version__ in r.output
    r = run("--help")
    assert r.exit_code == 0 and "mt-repair fix article.txt" in r.output


def test_detect_exit_codes(tmp_path, damaged):
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN)
    assert run("detect", str(clean)).exit_code == 0
    r = run("detect", str(damaged))
    assert r.exit_code == 1
    assert f"{damaged}:1:19: merged-words:" in r.output and "'trains, which'" in r.output


def test_detect_json(damaged):
    r = run("detect", "--format", "json", str(damaged))
    recs = json.loads(r.output)
    assert recs[0]["rule"] == "merged-words" and recs[0]["line"] == 1 and recs[0]["column"] == 19


def test_fix_stdout_and_stdin(damaged):
    r = run("fix", "--no-model", str(damaged))
    assert r.exit_code == 0 and r.output == "Officials met for trains, which run daily.\n"
    r = run("fix", "--no-model", "-", input=DAMAGED)
    assert r.output == "Officials met for trains, which run daily.\n"


def test_fix_output_file_and_in_place(tmp_path, damaged):
    out = tmp_path / "out.txt"
    assert run("fix", "--no-model", str(damaged), "-o", str(out)).exit_code == 0
    assert out.read_text() == "Officials met for trains, which run daily.\n"
    assert run("fix", "--no-model", "--in-place", str(damaged)).exit_code == 0
    assert damaged.read_text() == out.read_text()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_fix_diff_and_explain(damaged):
    r = runner.invoke(app, ["fix", "--no-model", "--diff", "--explain", str(damaged)])
    assert "-Officials met for trainswhich run daily." in r.output
    assert "+Officials met for trains, which run daily." in r.output
    assert "merged-words [rule" in r.output


def test_fix_keeps_bom_and_crlf(tmp_path):
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xef\xbb\xbf" + DAMAGED.replace("\n", "\r\n").encode())
    run("fix", "--no-model", "--in-place", str(p))
    assert p.read_bytes() == b"\xef\xbb\xbfOfficials met for trains, which run daily.\r\n"


def test_utf16_with_bom_round_trips(tmp_path):
    p = tmp_path / "u16.txt"
    p.write_bytes(DAMAGED.encode("utf-16"))
    run("fix", "--no-model", "--in-place", str(p))
    assert p.read_bytes().decode("utf-16") == "Officials met for trains, which run daily.\n"


def test_missing_path_is_a_clear_error(tmp_path):
    r = run("detect", str(tmp_path / "missing.txt"))
    assert r.exit_code == 2 and "no such file" in r.output and "Traceback" not in r.output


def test_folders_are_read_as_check_reads_them(tmp_path):
    # a folder stands for the files under it that `check` would read: the config's include
    # and exclude (node_modules, binaries left out), sorted
    (tmp_path / "sub").mkdir()
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "a.txt").write_text(DAMAGED, encoding="utf-8")
    (tmp_path / "sub" / "b.md").write_text("An Aadvance of US officials.\n", encoding="utf-8")
    (tmp_path / "node_modules" / "c.txt").write_text(DAMAGED, encoding="utf-8")
    (tmp_path / "d.bin").write_bytes(b"\x00\x01 trainswhich")
    r = run("detect", str(tmp_path))
    assert r.exit_code == 1 and "Traceback" not in r.output
    assert [line.split(":")[0] for line in r.output.splitlines()] == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.md")]
    r = run("fix", "--no-model", str(tmp_path))
    assert r.exit_code == 2 and "(a folder): add --in-place" in r.output
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == DAMAGED
    r = run("fix", "--no-model", "--in-place", str(tmp_path))
    assert r.exit_code == 0
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "Officials met for trains, which run daily.\n"
    assert (tmp_path / "sub" / "b.md").read_text(encoding="utf-8") == "An advance of US officials.\n"
    assert (tmp_path / "node_modules" / "c.txt").read_text(encoding="utf-8") == DAMAGED
    assert run("detect", str(tmp_path)).exit_code == 0


def test_invalid_utf8_names_file_and_byte(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_bytes(b"good text \xff\xfe more")
    r = run("fix", "--no-model", str(p))
    assert r.exit_code == 2 and "bad.txt: not valid UTF-8 at byte 10" in r.output
    r = run("fix", "--no-model", "--errors", "replace", str(p))
    assert r.exit_code == 0 and "\ufffd" in r.output


def test_binary_file_is_skipped_with_a_note(tmp_path):
    p = tmp_path / "x.bin"
    p.write_bytes(b"\x00\x01\x02binary")
    r = run("detect", str(p))
    assert r.exit_code == 2 and "binary" in r.output


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    assert run("detect", str(p)).exit_code == 0
    r = run("fix", "--no-model", str(p))
    assert r.exit_code == 0 and r.output == ""


def test_unwritable_output_keeps_input_and_says_why(tmp_path, damaged):
    r = run("fix", "--no-model", str(damaged), "-o", str(tmp_path / "no" / "such" / "dir.txt"))
    assert r.exit_code == 2 and "does not exist" in r.output
    assert damaged.read_text() == DAMAGED


def test_unknown_rule_is_a_usage_error(damaged):
    r = run("fix", "--no-model", "--select", "nonsense", str(damaged))
    assert r.exit_code == 2 and "unknown rule" in r.output


def test_several_inputs_need_in_place_or_diff(tmp_path, damaged):
    r = run("fix", "--no-model", str(damaged), str(damaged))
    assert r.exit_code == 2 and "--in-place" in r.output


def test_rules_lists_every_rule():
    r = run("rules")
    for rule in ("merged-words", "doubled-initial", "glued-quote", "boilerplate"):
        assert rule in r.output


def test_console_script_runs_without_torch(damaged):
    code = ("import sys; from mt_repair.cli import app; "
            "sys.argv=['mt-repair','detect',%r]\n"
            "try: app()\nexcept SystemExit: pass\n"
            "assert 'torch' not in sys.modules and 'transformers' not in sys.modules" % str(damaged))
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_batch_goes_on_after_a_bad_file(tmp_path, damaged):
    r = run("fix", "--no-model", "--diff", str(tmp_path / "missing.txt"), str(damaged))
    assert r.exit_code == 2
    assert "missing.txt: no such file" in r.output
    assert "+Officials met for trains, which run daily." in r.output


def test_score_before_and_after(tmp_path):
    hyp = tmp_path / "hyp.txt"
    ref = tmp_path / "ref.txt"
    hyp.write_text("the the cat sat on trainswhich run\nhello world\n")
    ref.write_text("the cat sat on trains, which run\nhello world\n")
    r = run("score", str(hyp), "--ref", str(ref), "--before-after", "--no-model", "--json")
    assert r.exit_code == 0, r.output
    res = json.loads(r.output)
    assert res["after"]["bleu"]["score"] > res["before"]["bleu"]["score"]
    assert res["after"]["ter"]["score"] < res["before"]["ter"]["score"]
    assert res["before"]["chrf"]["signature"].startswith("nrefs:1|")
    assert res["lines_changed"] == 1


def test_score_length_mismatch_is_a_user_error(tmp_path):
    hyp = tmp_path / "hyp.txt"
    ref = tmp_path / "ref.txt"
    hyp.write_text("a\nb\n")
    ref.write_text("a\n")
    r = run("score", str(hyp), "--ref", str(ref))
    assert r.exit_code == 2 and "reference has 1 lines" in r.output


def test_train_needs_an_existing_corpus(tmp_path):
    r = run("train", "--corpus", str(tmp_path / "none.txt"), "--out", str(tmp_path / "m"))
    assert r.exit_code == 2 and "no such file" in r.output


def test_glossary_option(tmp_path):
    g = tmp_path / "terms.csv"
    g.write_text("term,replacement\nEU Commission,European Commission\n")
    doc = tmp_path / "doc.txt"
    doc.write_text("The EU Commission met on Monday.\n")
    r = run("fix", "--no-model", "--glossary", str(g), str(doc))
    assert r.exit_code == 0 and r.output == "The European Commission met on Monday.\n"
    r = run("detect", "--glossary", str(g), str(doc))
    assert r.exit_code == 1 and "glossary:" in r.output and "terms.csv:2" in r.output


def test_glossary_that_does_not_parse_names_file_and_line(tmp_path):
    g = tmp_path / "bad.yaml"
    g.write_text("terms:\n  - term: [unclosed\n")
    doc = tmp_path / "doc.txt"
    doc.write_text("Text.\n")
    r = run("detect", "--glossary", str(g), str(doc))
    assert r.exit_code == 2 and "bad.yaml:3: not valid YAML" in r.output and "Traceback" not in r.output


def test_bilingual_command(tmp_path):
    p = tmp_path / "pairs.jsonl"
    p.write_text('{"source": "Se detuvo a 1.234 personas.", "target": "1,243 people were detained."}\n'
                 '{"source": "Hola mundo.", "target": "Hello world."}\n')
    r = run("bilingual", str(p))
    assert r.exit_code == 1 and f"{p}:1:1: bilingual-number" in r.output and ":2:" not in r.output
    clean = tmp_path / "clean.jsonl"
    clean.write_text('{"source": "Hola mundo.", "target": "Hello world."}\n')
    assert run("bilingual", str(clean)).exit_code == 0


def test_bilingual_po_and_xliff(tmp_path):
    po = tmp_path / "t.po"
    po.write_text('msgid "Se detuvo a 1.234 personas."\nmsgstr "1,243 people were detained."\n\n'
                  'msgid "Hola"\nmsgstr "Hello"\n')
    r = run("bilingual", str(po))
    assert r.exit_code == 1 and f"{po}:2:9: bilingual-number" in r.output
    xlf = tmp_path / "t.xlf"
    xlf.write_text('<?xml version="1.0"?>\n<xliff version="1.2"><file source-language="es" target-language="en">'
                   '<body><trans-unit id="1"><source>Llegaron 25 personas.</source>'
                   '<target>52 people arrived.</target></trans-unit></body></file></xliff>\n')
    r = run("bilingual", str(xlf))
    assert r.exit_code == 1 and "bilingual-number" in r.output


def test_train_rejects_a_bad_device(tmp_path):
    corpus = tmp_path / "c.txt"
    corpus.write_text("A clean sentence for training.\n")
    r = run("train", "--corpus", str(corpus), "--out", str(tmp_path / "m"), "--device", "tpu")
    assert r.exit_code == 2 and "--device tpu" in r.output
    import torch
    if not torch.cuda.is_available():
        r = run("train", "--corpus", str(corpus), "--out", str(tmp_path / "m"), "--device", "cuda")
        assert r.exit_code == 2 and "no GPU" in r.output
    assert not (tmp_path / "m").exists()


def test_folder_skips_binaries_and_says_when_empty(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "empty").mkdir()
    (tmp_path / "docs" / "ok.txt").write_text(DAMAGED, encoding="utf-8")
    (tmp_path / "docs" / "x.txt").write_bytes(b"x\x00y trainswhich")
    r = run("detect", str(tmp_path / "docs"))
    # a binary file found under a folder is skipped with a note, as `check` skips it
    assert r.exit_code == 1 and "x.txt: looks like a binary file (NUL bytes); skipped" in r.output
    r = run("fix", "--no-model", "--in-place", str(tmp_path / "docs"))
    assert r.exit_code == 0 and (tmp_path / "docs" / "ok.txt").read_text(encoding="utf-8") != DAMAGED
    r = run("detect", str(tmp_path / "empty"))
    assert r.exit_code == 0 and "no files to read under it" in r.output
    r = run("fix", "--no-model", "-o", str(tmp_path / "out.txt"), str(tmp_path / "docs"))
    assert r.exit_code == 2 and "takes one file, not a folder" in r.output


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="symbolic links")
def test_in_place_writes_through_a_symbolic_link(tmp_path):
    target = tmp_path / "real.txt"
    target.write_text(DAMAGED, encoding="utf-8")
    link = tmp_path / "link.txt"
    os.symlink(target, link)
    r = run("fix", "--no-model", "--in-place", str(link))
    assert r.exit_code == 0 and link.is_symlink()
    assert target.read_text(encoding="utf-8") == "Officials met for trains, which run daily.\n"


def test_jobs_start_no_pool_for_small_files(tmp_path, monkeypatch):
    import mt_repair.cli.fix as fix
    small = tmp_path / "small.txt"
    small.write_text(DAMAGED, encoding="utf-8")
    rows = tmp_path / "rows.jsonl"
    rows.write_text('{"text": "for trainswhich run"}\n', encoding="utf-8")
    assert not fix._streams(str(small), "auto", 2) and fix._pool_size(str(rows), 2) == 1
    monkeypatch.setattr(fix, "PARALLEL_BYTES", 10)
    assert fix._streams(str(small), "auto", 2) and fix._pool_size(str(rows), 2) == 2
    assert not fix._streams(str(small), "auto", 1)


def test_markup_joins_follow_select_and_ignore(tmp_path):
    p = tmp_path / "a.md"
    p.write_text("He met **Howard Lutnick**in Washington.\n", encoding="utf-8")
    assert run("detect", str(p)).exit_code == 1
    r = run("detect", "--ignore", "merged-words", str(p))
    assert r.exit_code == 0 and r.output == ""


def test_folder_files_are_decoded_as_named_files_are(tmp_path):
    # binary or not is decided when a file is read, with --encoding: UTF-16 without a BOM
    # has NUL bytes, yet under a folder it is read like a file named on the command line
    (tmp_path / "u.txt").write_bytes(DAMAGED.encode("utf-16-le"))
    r = run("detect", "--encoding", "utf-16-le", str(tmp_path))
    assert r.exit_code == 1 and "u.txt:1:" in r.output and "binary" not in r.output


def test_a_closed_pipe_ends_the_run_quietly(capsys):
    # "mt-repair detect docs/ | head": the reader stops; no "internal error", exit 141
    import typer
    from mt_repair.cli._shell import EXIT_BROKEN_PIPE, _run

    def write():
        raise BrokenPipeError(32, "Broken pipe")
    with pytest.raises(typer.Exit) as exc:
        _run(write, debug=False)
    assert exc.value.exit_code == EXIT_BROKEN_PIPE == 141
    assert "internal error" not in capsys.readouterr().err
