"""relative-what: "the meeting what the president will hold" -> "that"."""

from mt_repair import repair
from mt_repair.units.relative_what import RelativeWhat

import pytest

from .helpers import case_table, fixed

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
    # an indirect question after a prepositional phrase (seen in real MT output)
    "It was unclear until the last minute what measures would take effect.",
    "She revealed in an interview what she had in mind.",
    "It is a delicate matter whether what the authors call fact-checking is enough.",   # a conjunction ends no noun phrase
    "This is a person who sees what an amazing country we have.",
]


test_must_change, test_must_not_change = case_table(RelativeWhat(), MUST_CHANGE, MUST_NOT_CHANGE)

# the looser pattern: places only the model judges (never acted on, never reported, without it)
FOR_THE_MODEL = [
    "Officials announced new measures what the ministry took last week.",
    "Residents criticised new policies what the council adopted.",
]
NOT_FOR_THE_MODEL = [
    "It is hard to determine what caused the accident.",          # a verb: never written after "the"
    "They spoke with local residents what they want to do.",      # after a preposition: an indirect question
    "This time what is shown on the screen is real.",             # "what is ...": a free relative
    "A person who likes what he sees will stay.",                 # a clause of its own before "what"
]


@pytest.mark.parametrize("text", FOR_THE_MODEL)
def test_model_only_candidates(text):
    (f,) = RelativeWhat()(text)
    assert f.meta.get("model_only") and f.confidence < 0.7 and f.suggestion == "that"
    assert repair(text, mode="all").text == text          # no model: nothing changes
    assert fixed(text, "relative-what") == text


@pytest.mark.parametrize("text", NOT_FOR_THE_MODEL)
def test_no_model_only_candidate(text):
    assert RelativeWhat()(text) == []


def test_safe_mode_leaves_it_to_the_model():
    text, _ = MUST_CHANGE[0]
    (f,) = RelativeWhat()(text)
    assert f.confidence < 0.9 and f.meta.get("liftable")
    assert repair(text).text == text          # rules alone, safe: below the bar
