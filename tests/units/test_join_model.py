"""The join model that weighs uncertain merged-words splits: shipped, loadable, careful."""

import json

import pytest

from mt_repair import repair
from mt_repair.evidence import join_model
from mt_repair.evidence.join_model import FEATURES, join_features, probability, thresholds


def test_the_shipped_model_matches_the_features_and_records_how_it_was_built():
    model = json.loads(join_model._DATA.read_text(encoding="utf-8"))
    assert model["features"] == list(FEATURES)
    assert len(model["weights"]) == len(model["mean"]) == len(model["scale"]) == len(FEATURES)
    assert model["built_by"].startswith("scripts/train_join_model.py")
    safe, every = thresholds()
    assert 0.5 < every <= safe < 1.0
    dev = model["dev"]   # the thresholds were chosen on the dev split to be careful
    assert dev["promoted_safe_right"] >= 0.99 * dev["promoted_safe"]
    assert dev["clean_false_splits_safe"] <= 0.0002 * dev["clean_sentences"]


def test_context_that_reads_on_raises_the_probability():
    loose = join_features("house", "buying", prev="the", next_word="a")
    compound = join_features("wind", "wheel", prev="a", next_word="and")
    assert probability(loose) > probability(compound)


# safe mode: the rules alone stay below 0.9 on these; the model's evidence lifts them
SAFE_WITH_MODEL = [
    # ("fire" starts 113 listed compounds, so the rules alone do not take it for a join)
    ("Crews fought the firethreatening homes nearby.", "fire"),
]
# and it leaves these alone: an unlisted compound, a capitalised brand-like token
SAFE_UNCHANGED = [
    "We bought a windwheel and some dishtowels yesterday.",
    "the wayleave was granted",
    "He read Chinanews and the Expressnews every morning.",
]


@pytest.mark.parametrize("text, left", SAFE_WITH_MODEL)
def test_the_model_lifts_clear_content_joins_into_safe_mode(text, left):
    r = repair(text)
    (e,) = [e for e in r.edits if e.rule == "merged-words"]
    assert e.replacement.startswith(left) and "join model" in e.reason
    assert r.text == text.replace(e.original, e.replacement)     # applied in safe mode


@pytest.mark.parametrize("text", SAFE_UNCHANGED)
def test_the_model_leaves_compounds_and_names_alone_in_safe_mode(text):
    assert repair(text).text == text
