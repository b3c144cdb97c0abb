"""lost-period: "the ground However, the match" -> "the ground. However, the match"."""

from mt_repair import repair
from mt_repair.units.lost_periods import LostPeriod

from .helpers import case_table

MUST_CHANGE = [
    ("The players fell to the ground However, the match went on.",
     "The players fell to the ground. However, the match went on."),
    ("Prices kept rising Meanwhile, wages stayed flat.", "Prices kept rising. Meanwhile, wages stayed flat."),
    ("The cause is still unclear According to the police, two men fled.",
     "The cause is still unclear. According to the police, two men fled."),
    ("Sales fell by 5% Finally, the board resigned.", "Sales fell by 5%. Finally, the board resigned."),
    # a date phrase and its comma open the next sentence
    ("It was a busy year In 2015, sales fell.", "It was a busy year. In 2015, sales fell."),
    ("The talks ended without a deal On Monday, the minister resigned.",
     "The talks ended without a deal. On Monday, the minister resigned."),
    ("The plant closed in 2019 Last March, it reopened.", "The plant closed in 2019. Last March, it reopened."),
]

MUST_NOT_CHANGE = [
    # lower case mid-sentence, or a comma or period already there
    "He said, however, that it was late.",
    "The players fell to the ground. However, the match went on.",
    "It was a busy year; in 2015, sales fell.",
    # after a word that ends no sentence: a preposition or a determiner
    "It was the subject of However, a Novel, his first book.",
    # a dateline: a city and a date open the article, no sentence ended
    "BEIJING, July 26 According to the ministry, exports rose.",
    # a name or a title: the capitals are not sentence openers
    "Their latest album, called Cannot Walk Fly Instead, is out now.",
    # a headline in title case (a lower-case word before the adverb, so only the case test stops it)
    "Big Tech Shares rallied However, Investors Stay Calm On Rates Today",
    # a title after a word that introduces one
    "She starred in the sitcom According to Jim, which ran for eight seasons.",
    "It was a film called Finally, about a boxer from Ohio.",
    "Her biggest hit Finally, released in 1991, is still played.",
    # the sentence goes on after the date phrase's comma: a capital typed mid-sentence
    "Emissions will fall By 2030, according to the plan.",
    "Sales fell In 2015, while prices rose.",
    # a dateline with a year
    "WASHINGTON, July 26, 2023 According to the report, exports rose.",
    # an opener without its comma may start a title or a name ("In 2015 We Trust")
    "They recorded the song In 2015 We Trust in a week.",
    "URLs stay: see https://example.org/today However,x",
]


test_must_change, test_must_not_change = case_table(LostPeriod(), MUST_CHANGE, MUST_NOT_CHANGE)


def test_safe_mode_acts():
    before, after = MUST_CHANGE[0]
    assert repair(before).text == after


def test_edit_is_explained():
    (f,) = LostPeriod()("the cause is unclear According to the police, two men fled")
    assert f.original == "unclear According" and f.suggestion == "unclear. According"
    assert f.confidence >= 0.9 and "lost its period" in f.reason
