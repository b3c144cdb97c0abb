import pytest

from mt_repair.units.untranslated import Untranslated

from .helpers import fix_unit, flagged  # noqa: F401




U = Untranslated()

MUST_CHANGE = [
    ("The Senate ha approved the reform.", "The Senate has approved the reform."),
    ("The deputies han approved the budget.", "The deputies have approved the budget."),
    ("El full of the Congress voted on Tuesday.", "The full of the Congress voted on Tuesday."),
    ("La reform was published on Friday.", "The reform was published on Friday."),
    ("It was approved para the people of Oaxaca.", "It was approved for the people of Oaxaca."),
]

MUST_FLAG = [
    ("After a long jaloneo, they reached a deal.", "jaloneo"),
    ("The diputados approved it.", "diputados"),
    ("He said que no habrá cambios in the cabinet.", "que no habrá cambios"),
    # a run at the very start and at the very end of the text; a word joined by an apostrophe
    ("que no habrá cambios in the cabinet", "que no habrá cambios"),
    ("The minister said it: que no habrá cambios", "que no habrá cambios"),
    ("O'Brien's team met after the jaloneo, said the aide.", "jaloneo"),
]

MUST_NOT_CHANGE = [
    "They met in the plaza of El Paso for the fiesta.",
    "Ha, ha! That was funny.",
    "Los Angeles and Las Vegas are in the West.",
    "The film 'Los olvidados' was shown.",
    "The con-artist was arrested.",
    "He ordered a burrito and tapas at the cantina.",
    "The cartel's sicario was caught.",
    "La La Land won six Oscars.",
    "The tired middle class voted against kirchnerismo.",
    "Réal Laporte of the Société d'énergie de la Baie James spoke.",
    "El on one way 560 dollars.",
    "Another 2.4 ha surrounded by military use.",
    "You can find out what the maximum para is.",
    "It was l'la reform and d'el plan that stayed.",   # "la", "el" joined by an apostrophe: no article
]


@pytest.mark.parametrize("before, after", MUST_CHANGE)
def test_must_change(before, after):
    assert fix_unit(U, before) == after


@pytest.mark.parametrize("text, word", MUST_FLAG)
def test_flag(text, word):
    assert fix_unit(U, text) == text
    assert word in flagged(U, text)


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text):
    assert fix_unit(U, text, "all") == text
    assert flagged(U, text) == []


@pytest.mark.parametrize("text, found", [
    # the word before a trigger is read from a stretch before it; where that stretch starts
    # at an apostrophe inside the word, the whole word still counts ("1'2" is no digit)
    ("1'2" + " " * 62 + "ha approved the plan", "ha"),
    ("Dijo l'Estado" + " " * 57 + "jaloneo de la casa", "jaloneo de la"),
])
def test_the_word_before_is_read_whole(text, found):
    assert [f.original for f in U(text)] == [found]
