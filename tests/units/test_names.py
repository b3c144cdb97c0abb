import pytest

from mt_repair.units.names import TranslatedName

from .helpers import fix_unit, flagged  # noqa: F401



U = TranslatedName()

MUST_CHANGE = [
    ("Gunmen attacked a bar in The Mochis, Sinaloa.", "Gunmen attacked a bar in Los Mochis, Sinaloa."),
    ("Thousands marched along Paseo de the Reform on Sunday.",
     "Thousands marched along Paseo de la Reforma on Sunday."),
    ("Serge Massa conceded defeat to Milei.", "Sergio Massa conceded defeat to Milei."),
    ("Brunette deputies approved the judicial reform.", "Morena deputies approved the judicial reform."),
    ("The PAN and the tricolor voted against the Morena initiative.",
     "The PAN and the PRI voted against the Morena initiative."),
    ("The rally ended in Saint Christopher of the Houses, Chiapas.",
     "The rally ended in San Cristóbal de las Casas, Chiapas."),
    ("Flights to Good Aires were cancelled.", "Flights to Buenos Aires were cancelled."),
    ("Marcel Ebrard met the U.S. trade representative.", "Marcelo Ebrard met the U.S. trade representative."),
]

MUST_NOT_CHANGE = [
    "She is a brunette with green eyes.",
    "The Brunette Brothers played a set in Ohio.",
    "Three people died in Los Mochis, Sinaloa.",
    "Serge Gainsbourg wrote the song.",
    "The team's tricolor flag flew over the stadium.",
    "Saint Christopher is the patron saint of travellers.",
    "He studied the reform of Paseo de la Reforma traffic.",
    "Good airs and graces matter.",
]


@pytest.mark.parametrize("before, after", MUST_CHANGE)
def test_must_change(before, after):
    assert fix_unit(U, before) == after


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text):
    assert fix_unit(U, text, "all") == text
    assert flagged(U, text) == []


def test_reason_names_entry():
    f = U("Gunmen attacked a bar in The Mochis.")[0]
    assert "places:" in f.reason and "Wikipedia: Los Mochis" in f.reason
