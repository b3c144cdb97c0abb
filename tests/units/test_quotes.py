import pytest

from mt_repair.units.quotes import GluedQuote

from .helpers import case_table

MUST_CHANGE = [
    ("“It is a dialogue that both countries maintain“said the SRE.",
     "“It is a dialogue that both countries maintain,” said the SRE."),
    ("“It is over”he added.", "“It is over,” he added."),
    # a quotation that ends in a number
    ('He called it "the worst tragedy since the earthquake of 2010"said Boric.',
     'He called it "the worst tragedy since the earthquake of 2010," said Boric.'),
    # ... or a percentage, with an opening-shaped quote that closes the one opened, before a
    # speaker and the role's complement
    ("“Not before 2028“said Ferrandi, the founder.", "“Not before 2028,” said Ferrandi, the founder."),
    ("“It is overexploited by more than 100%“explained the researcher of the Institute.",
     "“It is overexploited by more than 100%,” explained the researcher of the Institute."),
    ("“We are ready.”The minister left.", "“We are ready.” The minister left."),
    ('"It is over"said Ana.', '"It is over," said Ana.'),
    # a short quotation, then a verb of saying and who said it (a role, a name)
    ('"The economy is growing"stressed the official, who added more.',
     '"The economy is growing," stressed the official, who added more.'),
    ('"Not now"noted Ana López on Monday.', '"Not now," noted Ana López on Monday.'),
    # a short quoted span before "and": the space alone (a comma stood there in 7 of 154)
    ('The office warned it "cannot become permanent"and asked for more.',
     'The office warned it "cannot become permanent" and asked for more.'),
    # a preposition (or, after a short span, "that") after a closing straight quote takes no comma
    ('She said the reform "will not be approved without a long debate"in the Senate.',
     'She said the reform "will not be approved without a long debate" in the Senate.'),
    ('He called it "a historic step"that others will follow.', 'He called it "a historic step" that others will follow.'),
    # a closing-shaped quote lost no comma: only the space comes back
    ("“The Great Wall”shows the fate of a troop.", "“The Great Wall” shows the fate of a troop."),
    ("after the “bloodbath”they stumbled into", "after the “bloodbath” they stumbled into"),
    # a straight quote closing a short term before a word that almost never follows a comma
    ('Among the "finalists"of the contest was a bridge.', 'Among the "finalists" of the contest was a bridge.'),
    # an opening-shaped quote with no closing one after it: the quotation opened on an earlier
    # line and the comma and space collapsed into the mark
    ("we will all be there with them“Rose Adler said on Monday.",
     "we will all be there with them,” Rose Adler said on Monday."),
    # an opening quote glued to the word before it
    ('He read the"Sun" every day.', 'He read the "Sun" every day.'),
    ('They said the minister"must resign now" before the vote.', 'They said the minister "must resign now" before the vote.'),
    ("the ruling party“United Russia” won", "the ruling party “United Russia” won"),
    # guillemets kept from Spanish or French: a comma after the closing mark before a verb of
    # saying, a space alone before other words (--all)
    ("«We will not let the hospital collapse»declared the minister.",
     "«We will not let the hospital collapse», declared the minister."),
    ("Fans sang «Cielito lindo»declared the host.", "Fans sang «Cielito lindo», declared the host."),
    ("«No»he said firmly.", "«No», he said firmly."),
    # a whole quotation in straight quotes, then its speaker and a verb of saying
    ('"Wherever this coward is, he will get caught"Alford said.',
     '"Wherever this coward is, he will get caught," Alford said.'),
    ('"We are just reinforcing our controls"the spokesperson told CNN.',
     '"We are just reinforcing our controls," the spokesperson told CNN.'),
    ('"I was younger than almost everybody else"Scharf, 54, told the magazine.',
     '"I was younger than almost everybody else," Scharf, 54, told the magazine.'),
    ("He read «Le Monde»every day.", "He read «Le Monde» every day."),
]

MUST_NOT_CHANGE = [
    'The TV is 55“wide and the 2028“plan was said to be ready.',   # no quotation opened on the line
    'Growth of 5%"said nothing to them.',
    "“It is over,” he added.",
    'The TV has a 55"said screen, he wrote.',   # an inch mark, no quotation opened
    'It was "route 66"explained it all.',   # no speaker after the verb: the quotation may be its subject
    "The “new” plan was approved.",
    "He said “yes” and left.",
    'She wrote "fine" twice.',
    'The JSON {"a":"b"} stays.',
    'לפי הדו"ח, ו-מע"מ',                                  # Hebrew gershayim
    'в інтерв"ю телекомпанії',                           # an apostrophe in Ukrainian
    "人们高呼“Allahu Akbar！",                            # Chinese quotation marks
    "German style: »Faust«is a play.",                    # no « before it: an opening mark
    "«We will not let it fall», declared the minister.",
]

# a long quotation whose next words are no speaker: the comma stays --all's decision
SPEAKER_UNSURE = [
    'He called it "a plan we can all live with"and the way we said it mattered.',
    '"We will go there together"the way we always said.',
    # a bare lower-case word before a verb of saying is no speaker
    'They chanted "we want our jobs back"and wrote slogans on the walls.',
    'The law "on the protection of all children"also says that it applies.',
]


@pytest.mark.parametrize("text", SPEAKER_UNSURE)
def test_a_long_quotation_before_no_speaker_is_not_safe(text):
    assert all(f.confidence < 0.9 for f in GluedQuote()(text))


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


def test_an_opening_quote_after_a_speech_verb_takes_a_comma_only_with_all():
    """'said"We': clean news writes a comma (53%), a colon (34%) or nothing before the
    quote; the safe mode leaves it, --all writes the comma."""
    from mt_repair import repair
    text = 'The president said"We will not allow it."'
    assert repair(text).text == text
    assert repair(text, mode="all").text == 'The president said, "We will not allow it."'


def test_a_short_title_before_a_verb_and_its_object_waits_for_all():
    """'"Brave New World"stressed the need': the title may be the verb's subject; only the
    space is sure, and safe mode leaves a half repair alone."""
    from mt_repair import repair
    text = '"Brave New World"stressed the need for reform.'
    assert repair(text, mode="safe", select=["glued-quote"]).text == text
    assert repair(text, mode="all", select=["glued-quote"]).text == '"Brave New World" stressed the need for reform.'


def test_a_title_before_a_verb_of_saying_and_its_object_waits_for_all():
    """A speaker must end the clause: '"Narcos"details Pablo Escobar's rise' is a title and
    its verb, so safe mode keeps it (--all adds the space)."""
    from mt_repair import repair
    for text in ('"Narcos"details Pablo Escobar\'s rise to power.', '"Roma"recalls the president of Mexico in 1968.'):
        assert repair(text, mode="safe", select=["glued-quote"]).text == text


def test_a_one_letter_quoted_word_is_left_to_all_mode():
    from mt_repair import repair
    assert repair('They love rock"n"roll music.').text == 'They love rock"n"roll music.'
