"""The comma-or-space model at merged-words joins: shipped, consistent, and deciding."""

import json

import pytest

from mt_repair.evidence import separator_model as sm
from mt_repair.units.merged_words import MergedWords


def test_shipped_model_matches_the_features():
    model = json.loads(sm._DATA.read_text(encoding="utf-8"))
    assert model["features"] == list(sm.FEATURES)
    # the first feature, the counts' log-odds, is an offset of weight 1
    assert model["offset"] == sm.FEATURES[0]
    assert len(model["weights"]) == len(model["mean"]) == len(model["scale"]) == len(sm.FEATURES) - 1
    # trained here, and better than the counts alone on the dev split
    assert model["dev"]["right_with_model"] > model["dev"]["right_with_counts"]


def test_reweigh_moves_mass_between_comma_and_space_only():
    x = sm.features("trains", "which", "for", "have", "crossings for trains", 0.6, 0.3)
    out = dict(sm.reweigh([(", ", 0.6), (" ", 0.3), (": ", 0.1)], x))
    assert out[": "] == 0.1
    assert out[", "] + out[" "] == pytest.approx(0.9)


def test_a_word_a_comma_almost_never_touches_keeps_the_counts_choice():
    # a long sentence with commas before would make the model prefer a comma
    text = ("Fortunately, he later received these data from co-travellers, who had also "
            "collected samples and hadlabelled them more carefully.")
    (f,) = MergedWords()(text)
    assert f.best.text == "had labelled"


@pytest.mark.parametrize("text, sep", [
    ("crossings for trainswhich have hurt trade", ", "),
    ("Alejandro Mayorkasand the White House", ", "),
    ("the regional economic activityby stopping the flow of goods", " "),
    ("Vargasinsisted that prices would fall.", " "),
])
def test_the_chosen_separator(text, sep):
    (f,) = MergedWords()(text)
    assert f.meta["separator"] == sep or f.best.text[f.meta["split"]:].startswith(sep)


def test_the_model_decides_only_where_the_counts_are_unsure():
    sure = "crossings for trainswhich have hurt trade"          # the counts: 95% comma
    (a,), (b,) = MergedWords(separator_model=False)(sure), MergedWords()(sure)
    assert [(c.text, c.probability) for c in a.candidates] == [(c.text, c.probability) for c in b.candidates]
    unsure = "the border closuresboth vehicular and rail"                 # the counts: 64% comma
    (a,), (b,) = MergedWords(separator_model=False)(unsure), MergedWords()(unsure)
    assert a.best.probability != b.best.probability
