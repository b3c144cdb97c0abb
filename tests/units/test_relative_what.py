"""relative-what: "the meeting what the president will hold" -> "that"."""

import pytest

from mt_repair import repair
from mt_repair.units.relative_what import RelativeWhat

RULE = "relative-what"

MUST_CHANGE = [
    ("They discussed the high level meeting what the president will hold.",
     "They discussed the high level meeting that the president will hold."),
    ("It is a plan what the council approved in May.", "It is a plan that the council approved in May."),
    ("Officials read the report what investigators published on Monday.",
     "Officials read the report that investigators published on Monday."),
]

MUST_NOT_CHANGE = [
    "I do not know what the president will do.",
    "We showed them what he said, and told the people what they needed.",
    "The question is what the council will decide.",
    "No matter what the polls say, the vote goes ahead.",
    "The media have taught what the public believes.",
    "Between what the law says and what it does lies a gap.",
    "What the president said was clear.",
]


@pytest.mark.parametrize("before, after", MUST_CHANGE)
def test_must_change(before, after, fix_with):
    assert fix_with(before, RULE) == after


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text, fix_with):
    assert fix_with(text, RULE) == text
    assert RelativeWhat()(text) == []


def test_safe_mode_leaves_it_to_the_model():
    text, _ = MUST_CHANGE[0]
    (f,) = RelativeWhat()(text)
    assert f.confidence < 0.9 and f.meta.get("liftable")
    assert repair(text).text == text          # rules alone, safe: below the bar
