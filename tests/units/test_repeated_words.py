import pytest

from mt_repair.units.repeated_words import RepeatedWords

RULE = "repeated-word"

MUST_CHANGE = [
    ("delays at the the main terminals", "delays at the main terminals"),
    ("The the talks", "The talks"),
    ("a deal of of sorts", "a deal of sorts"),
    ("the largest trade union union, the", "the largest trade union, the"),
]

MUST_NOT_CHANGE = [
    "What he had had was enough.",
    "He said that that was wrong.",
    "Walla Walla and Bora Bora.",
    "Bye bye, she said. No no.",
    "the\nthe",
    "operations: .c C source program",
    "lovely lovely lovely",
]


@pytest.mark.parametrize("before, after", MUST_CHANGE)
def test_must_change(before, after, fix_with):
    assert fix_with(before, RULE) == after


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text, fix_with):
    assert fix_with(text, RULE) == text
