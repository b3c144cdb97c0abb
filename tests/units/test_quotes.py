import pytest

from mt_repair.units.quotes import GluedQuote

RULE = "glued-quote"

MUST_CHANGE = [
    ("“It is a dialogue that both countries maintain“said the SRE.",
     "“It is a dialogue that both countries maintain,” said the SRE."),
    ("“It is over”he added.", "“It is over,” he added."),
    ("“We are ready.”The minister left.", "“We are ready.” The minister left."),
    ('"It is over"said Ana.', '"It is over," said Ana.'),
    # a closing-shaped quote lost no comma: only the space comes back
    ("“The Great Wall”shows the fate of a troop.", "“The Great Wall” shows the fate of a troop."),
    ("after the “bloodbath”they stumbled into", "after the “bloodbath” they stumbled into"),
]

MUST_NOT_CHANGE = [
    "“It is over,” he added.",
    "The “new” plan was approved.",
    "He said “yes” and left.",
    'She wrote "fine" twice.',
    'The JSON {"a":"b"} stays.',
]


@pytest.mark.parametrize("before, after", MUST_CHANGE)
def test_must_change(before, after, fix_with):
    assert fix_with(before, RULE) == after


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text, fix_with):
    assert fix_with(text, RULE) == text
    assert GluedQuote()(text) == []
