"""relative-what: "the meeting what the president will hold" -> "that"."""

from mt_repair import repair
from mt_repair.units.relative_what import RelativeWhat

from .helpers import case_table

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
    "This is a person who sees what an amazing country we have.",
]


test_must_change, test_must_not_change = case_table(RelativeWhat(), MUST_CHANGE, MUST_NOT_CHANGE)


def test_safe_mode_leaves_it_to_the_model():
    text, _ = MUST_CHANGE[0]
    (f,) = RelativeWhat()(text)
    assert f.confidence < 0.9 and f.meta.get("liftable")
    assert repair(text).text == text          # rules alone, safe: below the bar
