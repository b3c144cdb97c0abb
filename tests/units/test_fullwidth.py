"""fullwidth-punct: what must change (and how), and what must stay."""

from mt_repair.units.fullwidth import FullwidthPunct

from .helpers import case_table

MUST_CHANGE = [
    ("by adhering to mutual respect, understanding, trust， and support",
     "by adhering to mutual respect, understanding, trust, and support"),
    ("high tech agriculture，organic and ecological agriculture", "high tech agriculture, organic and ecological agriculture"),
    ("the International Atomic Energy Agency（IAEA）on 26th", "the International Atomic Energy Agency (IAEA) on 26th"),
    ("the Act 2012 （ SOSMA）and the judge", "the Act 2012 (SOSMA) and the judge"),
    ("Source：Beijing Youth Daily Author：Wang Sishuo", "Source: Beijing Youth Daily Author: Wang Sishuo"),
    ("“We will launch 500 companies within 3 years，” he said.", "“We will launch 500 companies within 3 years,” he said."),
    ("the binary code for information technology 。", "the binary code for information technology."),
    ("It is a white star of obsession！", "It is a white star of obsession!"),
    ("Was it worth it？ Nobody knows.", "Was it worth it? Nobody knows."),
    ("index values are 91.26、91.46 and 94.92", "index values are 91.26, 91.46 and 94.92"),
    ("It cost 1，000 yuan at 05：03.", "It cost 1,000 yuan at 05:03."),
    # a mark doubled by its ASCII form
    ("It's a white star of obsession! ！", "It's a white star of obsession!"),
    ("(Provided by Nishinippon Shimbun)）", "(Provided by Nishinippon Shimbun)"),
]

MUST_NOT_CHANGE = [
    "我们走吧，Tom说。",            # between CJK characters the marks are right
    "他说：“我们走吧。”",
    "東京（とうきょう）は日本の首都です。",
    "Plain English, with (ASCII) punctuation: nothing to do!",
    "ＡＢＣ，ＤＥＦ",                # full-width letters: a CJK layout
]

test_must_change, test_must_not_change = case_table(FullwidthPunct(), MUST_CHANGE, MUST_NOT_CHANGE)
