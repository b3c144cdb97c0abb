import pytest

from mt_repair.units.quotes import GluedQuote

from .helpers import case_table

MUST_CHANGE = [
    ("“It is a dialogue that both countries maintain“said the SRE.",
     "“It is a dialogue that both countries maintain,” said the SRE."),
    ("“It is over”he added.", "“It is over,” he added."),
    ("“We are ready.”The minister left.", "“We are ready.” The minister left."),
    ('"It is over"said Ana.', '"It is over," said Ana.'),
    # a closing-shaped quote lost no comma: only the space comes back
    ("“The Great Wall”shows the fate of a troop.", "“The Great Wall” shows the fate of a troop."),
    ("after the “bloodbath”they stumbled into", "after the “bloodbath” they stumbled into"),
    # a straight quote closing a short term before a word that almost never follows a comma
    ('Among the "finalists"of the contest was a bridge.', 'Among the "finalists" of the contest was a bridge.'),
]

MUST_NOT_CHANGE = [
    "“It is over,” he added.",
    "The “new” plan was approved.",
    "He said “yes” and left.",
    'She wrote "fine" twice.',
    'The JSON {"a":"b"} stays.',
]


test_must_change, test_must_not_change = case_table(GluedQuote(), MUST_CHANGE, MUST_NOT_CHANGE)


# a short quoted title or term before a verb that may have it as subject: the space comes
# back only with --all, and never with a comma; a straight quote before "the" or "he" is
# no speech either
UNSURE = [
    ('Critics said the "two fewer"points signalled it', '"two fewer" points'),
    ("“The Great Wall”tells the story of a troop", "“The Great Wall” tells"),
    ('they "condemn"the police action, they wrote', '"condemn" the'),
]


@pytest.mark.parametrize("text, best", UNSURE)
def test_unsure_quotes_are_left_to_all_mode_without_a_comma(text, best):
    from mt_repair import repair

    (f,) = GluedQuote()(text)
    assert f.confidence < 0.9 and best.endswith(f.best.text) and "," not in f.best.text
    assert repair(text).text == text
