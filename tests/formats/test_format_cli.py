"""The formats through the command line: --input-format, --field, --column, notes."""

import json

from typer.testing import CliRunner

from mt_repair.cli import app

runner = CliRunner()
BAD = "We met for trainswhich run daily."


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_fix_html_in_place_keeps_markup(tmp_path):
    p = tmp_path / "a.html"
    doc = "<p>effects on <b>human mobility</b>particularly for workers</p><pre>trainswhich</pre>\n"
    p.write_text(doc)
    assert run("fix", "--no-model", "--in-place", str(p)).exit_code == 0
    assert p.read_text() == doc.replace("</b>particularly", "</b>, particularly")


def test_fix_jsonl_field_and_malformed_row_note(tmp_path):
    p = tmp_path / "rows.jsonl"
    p.write_text(json.dumps({"body": BAD, "text": BAD}) + "\n{oops\n")
    r = run("fix", "--no-model", "--field", "body", str(p))
    assert r.exit_code == 0
    first, second = r.stdout.split("\n")[:2]
    assert json.loads(first) == {"body": BAD.replace("trainswhich", "trains, which"), "text": BAD}
    assert second == "{oops" and f"{p}: line 2: malformed JSON row" in r.stderr


def test_detect_csv_column_and_stdin_input_format(tmp_path):
    p = tmp_path / "t.csv"
    p.write_text(f'id,body\n1,"{BAD}"\n')
    r = run("detect", "--column", "body", str(p))
    assert r.exit_code == 1 and f"{p}:2:" in r.stdout
    r = run("fix", "--no-model", "--input-format", "markdown", "-", input=f"`trainswhich` {BAD}\n")
    assert r.stdout == f"`trainswhich` {BAD.replace('trainswhich', 'trains, which')}\n"
    assert run("detect", "--input-format", "docx", str(p)).exit_code == 2
