from mt_repair.units.repeated_words import RepeatedWords

from .helpers import case_table

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


test_must_change, test_must_not_change = case_table(RepeatedWords(), MUST_CHANGE, MUST_NOT_CHANGE, unit_silent=False)
