"""evidence.compounds: how readily a word builds closed compounds, counted in the word list."""

import pytest

from mt_repair.evidence.compounds import count_parts, heads, singular_tails, tails


def test_counts_every_split_into_two_listed_pieces():
    vocab = {"football": 4.0, "handball": 3.0, "footpath": 3.5, "foot": 4.5, "ball": 4.5, "hand": 5.0,
             "path": 4.0, "rare": 2.0, "rareball": 1.0, "hand-ball": 1.0, "ballpath": 1.0}
    parts = count_parts(vocab)
    assert parts["foot"] == (2, 0) and parts["path"] == (0, 2) and parts["hand"] == (1, 0)
    assert parts["ball"] == (1, 2)   # "hand-ball" is no closed compound: not counted
    assert "rare" not in parts       # too rare a piece (Zipf < 3.0) counts nothing


def test_a_plural_tail_counts_as_its_singular():
    assert singular_tails("skins") == max(tails("skins"), tails("skin")) > tails("skins")
    assert singular_tails("dishes") == tails("dish") and singular_tails("flies") >= tails("fly")


@pytest.mark.parametrize("word, built_by", [("ball", "tails"), ("master", "tails"), ("air", "heads")])
def test_compound_builders_count_high(word, built_by):
    assert (tails if built_by == "tails" else heads)(word) > 50


@pytest.mark.parametrize("word", ["poetry", "semester", "bingo"])
def test_words_that_build_no_compound_count_zero(word):
    assert heads(word) == 0 and tails(word) == 0


def test_case_is_ignored():
    assert tails("Ball") == tails("ball")
