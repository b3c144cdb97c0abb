from mt_repair.units.invisible import InvisibleChar

from .helpers import case_table

MUST_CHANGE = [
    ("The Secretariat made \u200b\u200bthe presentation", "The Secretariat made the presentation"),
    ("job \u00adadvertisements on forums", "job advertisements on forums"),
    ("adver\u00adtise\u00adments", "advertisements"),
    ("one\u200btwo three", "one two three"),
    ("a stray mark \ufeffmid-text", "a stray mark mid-text"),
]

MUST_NOT_CHANGE = [
    "A family: 👩\u200d👩\u200d👧 and the word می\u200cخواهم",
    "elections during the pandemic -\u2060 had been solved; a smile (\u2060^\u2060^\u2060)",
    "plain text",
]

test_must_change, test_must_not_change = case_table(InvisibleChar(), MUST_CHANGE, MUST_NOT_CHANGE)


def test_the_files_own_byte_order_mark_stays(tmp_path):
    from mt_repair import repair
    text = "\ufeffThe Secretariat made \u200bthe presentation.\n"
    assert repair(text).text == "\ufeffThe Secretariat made the presentation.\n"
