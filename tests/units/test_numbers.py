import pytest

from mt_repair.units.numbers import NumberFormat

from .helpers import fix_unit, flagged  # noqa: F401




U = NumberFormat()

#: numbers read out in groups, decimal commas and thousands points: human post-editors of
#: real MT output often keep them (MLQE-PE), so they are reported and only --all applies them
MUST_CHANGE_WITH_ALL = [
    ("The roll has 6 million 791 thousand 298 voters.", "The roll has 6,791,298 voters."),
    ("It cost 791 thousand 298 pesos.", "It cost 791,298 pesos."),
    ("The project needs 2 billion 300 million pesos.", "The project needs 2,300,000,000 pesos."),
    ("Growth was 3,5 percent.", "Growth was 3.5 percent."),
    ("The storm left 2,5 millions of people without power.", "The storm left 2.5 millions of people without power."),
    ("Inflation hit 4,25% in May.", "Inflation hit 4.25% in May."),
    ("Some 1.500 people marched.", "Some 1,500 people marched."),
    ("So far 4.512 infections and 1.200 patients were registered.", "So far 4,512 infections and 1,200 patients were registered."),
    ("The rains left 15 dead, 3.500 homeless and 1.200 injured.", "The rains left 15 dead, 3,500 homeless and 1,200 injured."),
    ("The investment will reach 3.200 million dollars.", "The investment will reach 3,200 million dollars."),
    ("The Treasury has 40.000 million available.", "The Treasury has 40,000 million available."),
]

MUST_FLAG_ONLY = [
    "Reserves reached 1,202 million barrels.",
    "It sold 1 billion 7,500 million products.",
]

MUST_NOT_CHANGE = [
    "In 2019, 1,500 people paid $3.50 each.",
    "Some 2.5 million tickets were sold.",
    "Pick 1,2,3 or 4.",
    "The score was 3,5 and 7.",
    "It had 5 thousand members.",
    "Version 1.500 was released.", "A share of 0.125 tickets and 0.500 missing.",   # a lone 0 leads no thousands group
    "About 300,000 people, or 1.5 percent, voted.",
    "Sales reached 2.751 million units and $2.600 million.",   # a real decimal; a currency amount
]


@pytest.mark.parametrize("before, after", MUST_CHANGE_WITH_ALL)
def test_style_changes_only_with_all(before, after):
    assert fix_unit(U, before) == before
    assert fix_unit(U, before, "all") == after


@pytest.mark.parametrize("text", MUST_FLAG_ONLY)
def test_flag_only(text):
    assert fix_unit(U, text) == text
    assert flagged(U, text)


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text):
    assert fix_unit(U, text, "all") == text
    assert flagged(U, text) == []


# dates in Spanish order
from mt_repair.units.numbers import DateFormat  # noqa: E402
from .helpers import case_table  # noqa: E402

DATE_CHANGE = [
    ("He will govern until July 28 of 2026.", "He will govern until July 28, 2026."),
    ("The law applies from the 6 of December at noon.", "The law applies from December 6 at noon."),
    ("On 5 of March of 2024 the court ruled.", "On March 5, 2024 the court ruled."),
]
DATE_KEEP = [
    "At 14:20 of July 26 the plane landed.",
    "on the night of the 15-16 of July",
    "between the 5 and 10 of March, and from the 5 to 10 of May",
    "He scored 3 of March's 5 goals.",
    "He was born on July 28, 2026 and left on March 5.",
]
test_date_change, test_date_keep = case_table(DateFormat(), DATE_CHANGE, DATE_KEEP)
