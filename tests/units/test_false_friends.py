import pytest

from mt_repair.units.false_friends import FalseFriend

from .helpers import fix_unit, flagged  # noqa: F401



U = FalseFriend()

MUST_CHANGE = [
    ("More than 300 people assisted to the ceremony.", "More than 300 people attended the ceremony."),
    ("The authorities realized an operation in the area.", "The authorities carried out an operation in the area."),
    ("The deputy requested license to run for mayor.", "The deputy requested leave of absence to run for mayor."),
    ("Everything insured was made available to the prosecutor.",
     "Everything seized was made available to the prosecutor."),
    ("The prosecutor opened a carpet of investigation.", "The prosecutor opened an investigation file."),
    ("The bill passed its first lecture of the bill in March.", "The bill passed its first reading of the bill in March."),
    ("She is embarrassed of five months.", "She is five months pregnant."),
    ("The full of the Senate approved the reform.", "The plenary session of the Senate approved the reform."),
    ("North Korea realized the launch of a missile.", "North Korea carried out the launch of a missile."),
    ("The police realized further searches in the area.", "The police carried out further searches in the area."),
    ("They realized a search - even without a warrant.", "They carried out a search - even without a warrant."),
    ("The ceremony was realized in the Zócalo on Sunday.", "The ceremony was held in the Zócalo on Sunday."),
    ("The FGR opened an investigation folder against him.", "The FGR opened an investigation against him."),
]

MUST_FLAG_ONLY = [
    "The actual president of the club resigned.",
    "The minister did not assist the hearing.",       # "assist" without "to": --all only
    "Surgeons avoid damaging sensible tissues.",
]

MUST_NOT_CHANGE = [
    "She realized the meeting was over.",
    "The design was realized in concrete.",
    "He actually said that there would be no deal.",
    "They realized a survey would not help.",
    "It is a sensible policy.",
    "The driver's license was suspended.",
    "Everything was insured against fire.",
    "Eventually, the talks collapsed.",
    "He assisted the police with their inquiries.",
    "Volunteers assisted the victims after the event.",
    "She realized the launch was delayed.",
    # the phrase must end there: its noun may open a clause or head a compound
    "He realized the attack failed.",
    "She realized the launch date had slipped.",
    "Volunteers assisted the conference organizers.",
    "He made several sensible points.",
]


@pytest.mark.parametrize("before, after", MUST_CHANGE)
def test_must_change(before, after):
    assert fix_unit(U, before) == after


@pytest.mark.parametrize("text", MUST_FLAG_ONLY)
def test_flag_only(text):
    assert fix_unit(U, text) == text
    assert flagged(U, text)


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text):
    assert fix_unit(U, text, "all") == text
    assert flagged(U, text) == []


@pytest.mark.parametrize("before, after", [
    ("He realized a minute of silence for the victims.", "He observed a minute of silence for the victims."),
    # the article before a replacement follows its first sound
    ("The prosecutor opened a carpet of investigation.", "The prosecutor opened an investigation file."),
])
def test_new_entries_and_article_agreement(before, after):
    from mt_repair import repair
    assert repair(before).text == after


def test_actually_before_a_quantity_waits_for_all():
    from mt_repair import repair
    text = "Actually, more than 10,000 migrants wait at the border."
    assert repair(text).text == text
    assert repair(text, mode="all").text == "Currently, more than 10,000 migrants wait at the border."


@pytest.mark.parametrize("before, after", [
    # a replacement with its own article takes the text's place
    ("She had a constipation and fever last week.", "She had a cold and fever last week."),
    # a letter label is no article
    ("The Group A carpet of investigation is closed.", "The Group A investigation file is closed."),
])
def test_article_agreement_leaves_labels_and_own_articles_alone(before, after):
    from mt_repair import repair
    assert repair(before, mode="all").text == after


def test_article_agreement_leaves_initialisms_alone():
    from mt_repair.units._kb import with_article
    assert with_article("ruling of a X judge", 12, [("U.S. Supreme Court", 0.9)]) == (12, [("U.S. Supreme Court", 0.9)])
    assert with_article("named a X post", 8, [("EU foreign policy chief", 0.9)]) == (8, [("EU foreign policy chief", 0.9)])


@pytest.mark.parametrize("before, after", [
    ("Result: A carpet of investigation was opened.", "Result: An investigation file was opened."),
    ("Update\nA carpet of investigation was opened.", "Update\nAn investigation file was opened."),
])
def test_a_capital_article_after_a_colon_or_a_line_break_is_an_article(before, after):
    from mt_repair import repair
    assert repair(before).text == after
