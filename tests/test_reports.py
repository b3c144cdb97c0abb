"""Report formats for `check`: SARIF 2.1.0 (valid against the official schema), GitHub
annotations and reviewdog rdjson."""

import json
from pathlib import Path

import pytest

from mt_repair.check import run_check
from mt_repair.config import Config
from mt_repair.reports.github import github_lines
from mt_repair.reports.rdjson import rdjson_result
from mt_repair.reports.sarif import sarif_log

SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    d = tmp_path_factory.mktemp("docs")
    (d / "a.md").write_text("# Title\n\nÉté: we met for trainswhich run daily.\n", encoding="utf-8")
    (d / "b.html").write_text("<p>effects on <b>human mobility</b>particularly for workers</p>\n")
    return run_check([str(d)], Config())


def test_sarif_is_valid_against_the_official_schema(report):
    if not SCHEMA.is_file():
        pytest.skip(f"{SCHEMA} not present")
    jsonschema = pytest.importorskip("jsonschema")
    log = sarif_log(report.records)
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text())).validate(log)
    results = log["runs"][0]["results"]
    assert len(results) == 2 and all(r["fixes"] for r in results)
    ins = results[1]["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert ins["deletedRegion"]["startColumn"] == ins["deletedRegion"]["endColumn"]   # an insertion
    assert ins["insertedContent"]["text"] == ", "


def test_github_annotations(report):
    lines = github_lines(report.records)
    assert lines[0].startswith("::warning file=") and ",line=3,col=17," in lines[0]
    assert "title=mt-repair merged-words::" in lines[0]


def test_rdjson_columns_are_utf8_bytes(report):
    d = rdjson_result(report.records, report.texts)["diagnostics"][0]
    assert d["location"]["range"]["start"] == {"line": 3, "column": 19}    # "É" and "é" take 2 bytes each
    assert d["suggestions"][0]["text"] == "trains, which" and d["code"]["value"] == "merged-words"
