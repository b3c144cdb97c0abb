"""The real loading and inference path of the SHIPPED model (models/default), on a few spans."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

import mt_repair.model as M
from mt_repair.model import ModelRequest


@pytest.fixture(scope="module", params=["torch", "ctranslate2"])
def model(request):
    """The shipped model on each engine (CTranslate2 only where it is installed)."""
    if request.param == "ctranslate2":
        pytest.importorskip("ctranslate2")
    m = M.load("default", threads=1, engine=request.param)
    assert m.engine == request.param
    return m


def test_import_does_not_import_torch():
    code = "import sys, mt_repair.model, mt_repair.model.guard, mt_repair.model.windows; " \
           "sys.exit('torch' in sys.modules or 'transformers' in sys.modules)"
    root = Path(__file__).resolve().parents[2]
    assert subprocess.run([sys.executable, "-c", code], cwd=root).returncode == 0


def test_default_dir_is_packaged():
    d = M.default_model_dir()
    assert (d / "model.safetensors").is_file() and (d / "config.json").is_file()
    assert (d / "README.md").is_file() and (d / "tokenizer_config.json").is_file()
    assert sum(f.stat().st_size for f in d.iterdir()) < 50 * 2 ** 20


REQS = [
    # (request, expected choice)
    (ModelRequest("Our research on human ", "mobilityparticularly", " in cities and towns",
                  ("mobility particularly", "mobility, particularly", "mobility. particularly")),
     "mobility, particularly"),
    (ModelRequest("He said it was ", "Aadvance", " in the talks.", ("advance", "Advance")), "advance"),
    # two clauses joined by "and": with or without the comma is good English, the full stop is not
    (ModelRequest("The plan was approved in ", "December 27and", " the work began.",
                  ("December 27 and", "December 27, and", "December 27. and")), {"December 27, and", "December 27 and"}),
    (ModelRequest("", "Howeverthe", " plan failed in the end.", ("However the", "However, the")), "However, the"),
    (ModelRequest("The government ", "said", " on Monday that it would act.", ("said,", "Said")), "said"),
    (ModelRequest("There was an ", "Aadvance", " in the talks.", ()), None),   # generation path: only checks the guard
]


def test_choices_on_a_few_spans(model):
    choices = model.choose([r for r, _ in REQS])
    assert len(choices) == len(REQS)
    for (req, want), ch in zip(REQS, choices):
        assert 0.0 <= ch.confidence <= 1.0
        if isinstance(want, set):
            assert ch.replacement in want, (req, ch)
        elif want is not None:
            assert ch.replacement == want, (req, ch)
        else:
            assert ch.replacement in (req.span, "advance", "Advance") and ch.reason


def test_guard_applies_to_model_choices(model):
    # a candidate that changes a number is never taken, however likely
    ch = model.choose([ModelRequest("It happened on ", "December 27and", " then.", ("December 28, and",))])[0]
    assert ch.replacement == "December 27and"


def test_keep_prior_zero_asks_only_for_the_repair(model):
    req = ModelRequest("beer sales in the country ", "inthe", " coming year will remain flat.",
                       ("in the", "in, the", "in. the"), keep_prior=0.0)
    ch = model.choose([req])[0]
    assert ch.replacement == "in the" and not ch.generated


def test_engines_score_alike():
    """CTranslate2 (float32) and torch give the same log-probabilities up to rounding."""
    pytest.importorskip("ctranslate2")
    from mt_repair.model.scorer import make_scorer
    from mt_repair.model.windows import build_source
    from mt_repair.model.scorer import read_meta
    from mt_repair.model.windows import Window
    w = Window.from_meta(read_meta(M.default_model_dir()))
    long_left = "Representatives of international transportation authorities announced yesterday afternoon " * 3
    src = [build_source("for ", "trainswhich", " have"), build_source("the ", "Aadvance", " of"),
           w.source(long_left, "trainswhich", " have been repeatedly delayed throughout September because of unexpected maintenance interruptions")] * 2
    assert len(src[2].encode()) > 160      # past the old window: both engines must read the model's own
    tgt = ["trains, which", "advance", "trains, which", "trains which", "Advance", "trains which"]
    t = make_scorer(M.default_model_dir(), engine="torch", threads=1).logprobs(src, tgt)
    c = make_scorer(M.default_model_dir(), engine="ctranslate2", threads=1).logprobs(src, tgt)
    for (a, n), (b, m) in zip(t, c):
        assert n == m and abs(a - b) < 0.05 * max(1.0, abs(a)), (a, b)


def test_unknown_engine_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown engine"):
        M.load("default", engine="onnx")


def test_load_refuses_pickle_only(tmp_path):
    (tmp_path / "config.json").write_text("{}")
    (tmp_path / "pytorch_model.bin").write_bytes(b"\x80\x02")
    with pytest.raises(ValueError, match="pickle"):
        M.load(tmp_path)


def test_missing_local_dir_is_not_a_hub_id(tmp_path):
    with pytest.raises(ValueError, match="no such model directory"):
        M.load(tmp_path / "no-such-model")
    assert not M._looks_local("google/byt5-small") and M._looks_local("./m") and M._looks_local("a/b/c")


def test_load_env_var(tmp_path, monkeypatch):
    monkeypatch.setenv("MT_REPAIR_MODEL_DIR", str(tmp_path / "nowhere"))
    assert M.default_model_dir() == tmp_path / "nowhere"
    with pytest.raises(ValueError):
        M.load()


# the seed examples, in sentences written here: rules and the shipped model together
PIPELINE = [
    ("Closures have hurt the regional economic activityby paralyzing the crossing of goods.",
     "activity by paralyzing"),                                     # "by" + a gerund: no comma
    ("They discussed human mobilityparticularly for regular migration.", "mobility, particularly"),
    ("The reform needs a railwaythat will connect the mines with the port.", "railway that will"),
]


@pytest.mark.parametrize("text, want", PIPELINE)
def test_rules_and_model_together(model, text, want):
    from mt_repair import Repairer
    assert want in Repairer(model=model).repair(text).text
