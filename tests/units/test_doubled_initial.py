import pytest

from mt_repair.units.doubled_initial import DoubledInitial

RULE = "doubled-initial"

MUST_CHANGE = [
    ("An Aadvance of US officials met", "An advance of US officials met"),
    ("Tthis is what they said.", "This is what they said."),
    ("He said. Tthe talks went on.", "He said. The talks went on."),
    ("A Ddelegation arrived.", "A delegation arrived."),
]

MUST_NOT_CHANGE = [
    "Aaron met Lloyd in Aachen.",
    "Oops, a Llama escaped.",
    "The Eerie canal and Ooze the band.",
    "Aardvark and Oolong tea.",
    "Ssangyong cars.",
]


@pytest.mark.parametrize("before, after", MUST_CHANGE)
def test_must_change(before, after, fix_with):
    assert fix_with(before, RULE) == after


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text, fix_with):
    assert fix_with(text, RULE) == text
    assert DoubledInitial()(text) == []


@pytest.mark.parametrize("text", [
    "Vello Teor and Annika Aava were vice-presidents.",     # a name beside a name
])
def test_names_that_look_doubled_stay(text):
    from mt_repair import repair
    assert repair(text, mode="all", select=["doubled-initial"]).text == text
