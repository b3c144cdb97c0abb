"""Properties that must hold for any input (quick profile here; scripts/fuzz_properties.py runs long)."""

import os

from hypothesis import HealthCheck, given, settings, strategies as st

from mt_repair import apply_edits, detect, repair
from mt_repair.edits import Edit, compose

EXAMPLES = int(os.environ.get("MT_REPAIR_PROPERTY_EXAMPLES", "150"))

# Text that looks like damaged prose as well as arbitrary Unicode.
WORDS = st.sampled_from([
    "the", "The", "and", "trainswhich", "Aadvance", "Mayorkasand", "27and", "“said", "said",
    "“", "”", '"', ",", ".", " ,", " .", "the the", "With", "A", "mobilityparticularly",
    "Leave a Reply", "\n", "\r\n", " – El Sol de México", "https://x.org/a_b", "é", "🚢",
    "\u0301", "مرحبا", "\x00", "\t", "U.S.", "3.5", "1,000", "abbreviations,etc", "end.Next",
])
PROSE = st.lists(WORDS, max_size=40).map(" ".join)
ANY_TEXT = st.text(max_size=300)
TEXTS = st.one_of(PROSE, ANY_TEXT)

SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(TEXTS, st.sampled_from(["safe", "all"]))
def test_edits_are_valid_ordered_and_reproduce_the_output(text, mode):
    r = repair(text, mode=mode)
    pos = 0
    for e in r.edits:
        assert pos <= e.start <= e.end <= len(text)
        assert text[e.start:e.end] == e.original
        pos = e.end
    assert apply_edits(text, r.edits) == r.text
    r.text.encode("utf-8", errors="surrogateescape")


@SETTINGS
@given(TEXTS, st.sampled_from(["safe", "all"]))
def test_idempotent(text, mode):
    once = repair(text, mode=mode).text
    assert repair(once, mode=mode).text == once


@SETTINGS
@given(TEXTS)
def test_detect_never_raises_and_spans_match(text):
    for f in detect(text):
        assert text[f.start:f.end] == f.original


def _random_edits(text, rnd):
    """Up to four sorted, non-overlapping edits on ``text`` (insertions, deletions, replacements)."""
    out, pos = [], 0
    while pos <= len(text) and len(out) < 4:
        a = rnd.randint(pos, len(text))
        b = min(len(text), a + rnd.choice([0, 0, 1, 2, 3]))
        rep = rnd.choice(["", "X", "YZ", ", ", text[a:b].upper()])
        if a == b and not rep:
            pos = a + 1
            continue
        out.append(Edit("r", a, b, text[a:b], rep, 0.9, ""))
        pos = b + (a == b)
    return out


@SETTINGS
@given(st.text(alphabet="ab ", max_size=10), st.randoms(use_true_random=False))
def test_compose_equals_applying_both_passes(text, rnd):
    first = _random_edits(text, rnd)
    mid = apply_edits(text, first)
    second = _random_edits(mid, rnd)
    both = compose(text, first, second)
    assert apply_edits(text, both) == apply_edits(mid, second)
    assert all(text[e.start:e.end] == e.original for e in both)
    assert all(a.end <= b.start for a, b in zip(both, both[1:]))
