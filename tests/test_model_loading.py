"""Model directories a user can get wrong: clear errors, never pickle, never remote code."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mt_repair.cli import app

runner = CliRunner()
SAMPLE = "Officials met for trainswhich run daily.\n"


@pytest.fixture
def doc(tmp_path):
    p = tmp_path / "doc.txt"
    p.write_text(SAMPLE)
    return p


def _fix(doc, model):
    return runner.invoke(app, ["fix", str(doc), "--model", str(model)])


def test_missing_model_directory(tmp_path, doc):
    r = _fix(doc, tmp_path / "no-such-model")
    assert r.exit_code == 2 and "cannot load model" in r.output and "Traceback" not in r.output


def test_directory_without_config(tmp_path, doc):
    d = tmp_path / "empty-model"
    d.mkdir()
    r = _fix(doc, d)
    assert r.exit_code == 2 and "no config.json" in r.output


def test_pickle_weights_are_refused(tmp_path, doc):
    d = tmp_path / "pickled"
    d.mkdir()
    (d / "config.json").write_text(json.dumps({"model_type": "t5"}))
    (d / "pytorch_model.bin").write_bytes(b"not loaded, ever")
    r = _fix(doc, d)
    assert r.exit_code == 2 and "safetensors only" in r.output


def test_corrupt_safetensors(tmp_path, doc):
    default = Path(__file__).resolve().parents[1] / "models" / "default"
    if not (default / "config.json").exists():
        pytest.skip("no shipped model in this checkout")
    d = tmp_path / "corrupt"
    d.mkdir()
    for f in default.iterdir():
        if f.is_file() and f.suffix != ".safetensors":
            (d / f.name).write_bytes(f.read_bytes())
    (d / "model.safetensors").write_bytes(b"\x00" * 64)
    r = _fix(doc, d)
    assert r.exit_code == 2 and "cannot load model" in r.output and "Traceback" not in r.output


def test_rules_only_needs_no_model(tmp_path, doc):
    r = runner.invoke(app, ["fix", str(doc), "--no-model", "--model", str(tmp_path / "missing")])
    assert r.exit_code == 0 and "trains, which" in r.output
