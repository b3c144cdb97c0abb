import random

import pytest

from mt_repair.synth import REGISTRY
from mt_repair.synth import translationese as T


def run(kind, text, seed=0):
    c = REGISTRY[kind](text, random.Random(seed))
    if c is not None:   # the Corruption invariants: only the spans differ
        (a, b), (x, y) = c.corrupted_span, c.clean_span
        assert c.clean == text and c.kind == kind
        assert c.corrupted[:a] == c.clean[:x] and c.corrupted[b:] == c.clean[y:]
        assert c.corrupted != c.clean
    return c


def spans(c):
    return c.clean[c.clean_span[0]:c.clean_span[1]], c.corrupted[c.corrupted_span[0]:c.corrupted_span[1]]


CASES = [
    ("relative-what", "The high level meeting that the president will hold is in May.",
     "The high level meeting what the president will hold is in May."),
    ("generic-the", "Immigrants are welcome here.", "The immigrants are welcome here."),
    ("generic-the", "They talked about poverty in the region.", "They talked about the poverty in the region."),
    ("false-friend", "He is currently in Madrid.", "He is actually in Madrid."),
    ("false-friend", "The police carried out a raid.", "The police realized a raid."),
    ("false-friend", "Thousands attended the rally.", "Thousands assisted the rally."),
    ("false-friend", "It is a sensitive issue.", "It is a sensible issue."),
    ("false-friend", "It could possibly change.", "It could eventually change."),
    ("homeland-security", "Mayorkas, Secretary of Homeland Security, said so.",
     "Mayorkas, Secretary of National Security, said so."),
    ("pronoun-gender", "He said his plan works.", "He said her plan works."),
    ("lost-word-join", "Some Republicans, such as Texas Governor Greg Abbott, disagreed.",
     "Some Republicansas Texas Governor Greg Abbott, disagreed."),
]


@pytest.mark.parametrize("kind,clean,corrupted", CASES)
def test_unit_injects(kind, clean, corrupted):
    c = run(kind, clean)
    assert c is not None and c.corrupted == corrupted


NOT_APPLICABLE = [
    ("relative-what", "He said that the plan works."),           # complementiser, not a relative
    ("generic-the", "The people of Spain voted."),
    ("false-friend", "He actually left early."),
    ("homeland-security", "The National Security Council met."),
    ("pronoun-gender", "She arrived and he left."),                # the window does not show a gender for either
    ("lost-word-join", "Cities such as Madrid grew."),
]


@pytest.mark.parametrize("kind,clean", NOT_APPLICABLE)
def test_unit_leaves_alone(kind, clean):
    assert run(kind, clean) is None


def test_all_kinds_registered():
    for k in T.KINDS:
        assert k in REGISTRY


def test_lost_word_join_spans():
    c = run("lost-word-join", "Some Republicans, such as Texas, disagreed.")
    assert spans(c) == (", such as ", "as ")


# decoys: where clean text uses the form a kind writes (found), and text without it (not found)
DECOY_CASES = [
    ("relative-what", "They did not say what the ministry decided.", "what"),
    ("relative-what", "What the ministry decided is unclear.", None),
    ("generic-the", "The people who came left early.", "The people"),
    ("generic-the", "People came and left early.", None),
    ("false-friend", "He actually said it was sensible.", "actually"),
    ("false-friend", "He currently says it is sensitive.", None),
    ("pronoun-gender", "His wife said she would stay.", "she"),
    ("pronoun-gender", "He said he would stay.", None),
    ("lost-word-join", "Texas and other states had ideas.", "Texas"),
    ("homeland-security", "The National Security Agency said so.", "National"),
    ("homeland-security", "The Homeland Security Department said so.", None),
]


@pytest.mark.parametrize("kind, text, first", DECOY_CASES)
def test_decoys_find_the_written_form_in_clean_text(kind, text, first):
    from mt_repair.synth.translationese import DECOYS
    spans = DECOYS[kind](text)
    assert (text[spans[0][0]:spans[0][1]] if spans else None) == first
