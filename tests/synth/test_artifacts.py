"""Corruption units: each kind's table of inputs, and span consistency."""

import random

import pytest
from hypothesis import given, settings, strategies as st

from mt_repair.synth import REGISTRY, Corruption
from mt_repair.synth.artifacts import KINDS, corrupt, merged


def check_spans(c: Corruption):
    cs, ce = c.clean_span
    ks, ke = c.corrupted_span
    assert 0 <= cs <= ce <= len(c.clean)
    assert 0 <= ks <= ke <= len(c.corrupted)
    assert c.clean[:cs] == c.corrupted[:ks]
    assert c.clean[ce:] == c.corrupted[ke:]
    assert c.clean != c.corrupted


def all_outcomes(kind, sentence, tries=200):
    """Every distinct (clean piece, corrupted piece, lost) the kind produces."""
    out = set()
    for seed in range(tries):
        c = REGISTRY[kind](sentence, random.Random(seed))
        if c is None:
            return None
        check_spans(c)
        assert c.kind == kind and c.clean == sentence
        out.add((c.clean[c.clean_span[0]:c.clean_span[1]],
                 c.corrupted[c.corrupted_span[0]:c.corrupted_span[1]], c.lost))
    return out


def test_all_kinds_registered():
    assert set(KINDS) <= set(REGISTRY)


# (kind, sentence, an outcome it must be able to produce, outcomes it must never produce)
CASES = [
    ("merged", "human mobility, particularly for migrants",
     ("mobility, particularly", "mobilityparticularly", ","), set()),
    ("merged", "It ended on December 27, and it rained.",
     ("27, and", "27and", ","), set()),
    ("merged", "economic activity by paralyzing trade",
     ("activity by", "activityby", ""), set()),
    ("merged", "A B", ("A B", "AB", ""), set()),
    ("doubled-initial", "An advance of troops",
     ("advance", "Aadvance", ""), {("An", "AAn", "")}),
    ("doubled-initial", "This is it", ("This", "Tthis", ""), set()),
    ("glued-quote", "Both countries maintain,” said the SRE.",
     ("maintain,” said", "maintain“said", ","), set()),
    ("glued-quote", "“We will win” said Juan.", ("win” said", "win”said", ""), set()),
    ("glued-quote", '"We will go," he said.', ('go," he', 'go"he', ","), set()),
    ("stray-capital", "López Obrador met with several governors",
     ("with", "With", ""), {("López", "López", "")}),
    ("space-before-punct", "They walked on the boardwalk.",
     ("boardwalk.", "boardwalk .", ""), set()),
    ("missing-space-after-punct", "numbers, abbreviations, etc",
     ("abbreviations, etc", "abbreviations,etc", ""), set()),
    ("merged-sentence", "It rained on Friday. The talks ended.",
     ("Friday. The", "FridayThe", "."), set()),
    ("merged-sentence", "Mr. Smith met U.S. officials. They left.",
     ("officials. They", "officialsThey", "."), {("Mr. Smith", "MrSmith", "."), ("S. officials", "Sofficials", ".")}),
    ("lost-period", "It rained on Friday. The talks ended.",
     ("Friday. The", "Friday The", "."), set()),
    ("repeated-word", "the cat sat", ("the", "the the", ""), set()),
    ("repeated-word", "He had had enough", ("He", "He He", ""), {("had", "had had", "")}),
]


@pytest.mark.parametrize("kind,sentence,must,never", CASES)
def test_kind_table(kind, sentence, must, never):
    outs = all_outcomes(kind, sentence)
    assert outs is not None, "kind should apply"
    assert must in outs
    assert not (outs & never)


# sentences where the kind has nothing to do
NOT_APPLICABLE = [
    ("merged", "Hello"),
    ("merged", "1 2 3"),                     # number+number joins are not words
    ("doubled-initial", "It is OK"),         # too short / acronym
    ("glued-quote", "No quotes here, at all."),
    ("glued-quote", "The girls’ school"),     # apostrophe, not a quote
    ("stray-capital", "The United States."),  # no lowercase function word mid-sentence
    ("stray-capital", "Mass Slaughter on a Personal Level"),  # Title Case headline
    ("space-before-punct", "Growth was 3.5 percent in the U.S"),
    ("missing-space-after-punct", "It cost 1, 2 or 3.5 dollars"),
    ("missing-space-after-punct", "Mr. Smith met U.S. officials"),
    ("repeated-word", "that had"),
    ("merged-sentence", "One sentence only."),
    ("merged-sentence", "He was No. 5 in J. Smith's list."),   # abbreviations, initials
    ("merged-sentence", "Growth was 3.5 percent. and then"),    # no capital after the period
    ("merged-sentence", "It cost 3.50. The price rose."),          # a decimal ends no sentence here
    ("lost-period", "Mr. Smith met J. Doe."),
]


@pytest.mark.parametrize("kind,sentence", NOT_APPLICABLE)
def test_not_applicable(kind, sentence):
    for seed in range(50):
        assert REGISTRY[kind](sentence, random.Random(seed)) is None


def test_merged_punct_choice_forced():
    s = "Prices rose, but wages fell in May and June."
    for seed in range(50):
        c = merged(s, random.Random(seed), lost_punct=True)
        assert c.lost == "," and c.corrupted == "Prices rosebut wages fell in May and June."
        c = merged(s, random.Random(seed), lost_punct=False)
        assert c.lost == "" and "," in c.corrupted
    assert merged("Prices rose and fell", random.Random(0), lost_punct=True) is None


def test_merged_prefers_punctuated_boundaries():
    s = "The minister, who spoke on Monday in the capital, said the plan would work"
    lost = [merged(s, random.Random(i)).lost for i in range(1000)]
    share = sum(1 for x in lost if x) / len(lost)
    assert 0.78 < share < 0.88


def test_merged_clusters_before_join_words():
    s = "the red house stood near the old mill which was built by farmers"
    picks = [merged(s, random.Random(i)).corrupted for i in range(600)]
    before_which = sum("millwhich" in p for p in picks)
    before_old = sum("theold" in p for p in picks)
    assert before_which > 3 * before_old


def test_corrupt_deterministic_and_restricted():
    s = "The minister, who spoke on Monday, said the plan would work."
    a = corrupt(s, random.Random(7))
    b = corrupt(s, random.Random(7))
    assert a == b
    for seed in range(30):
        c = corrupt(s, random.Random(seed), kinds=["repeated-word", "stray-capital"])
        assert c.kind in ("repeated-word", "stray-capital")
    assert corrupt("Hello", random.Random(0), kinds=["glued-quote"]) is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcAB ,.;:!?\"”“’'12éñ-")), max_size=40),
       st.integers(0, 2**32 - 1))
def test_spans_consistent_on_any_text(text, seed):
    for kind in KINDS + ("merged-sentence", "lost-period"):
        c = REGISTRY[kind](text, random.Random(seed))
        if c is not None:
            check_spans(c)
