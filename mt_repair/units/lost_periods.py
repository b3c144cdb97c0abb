"""Lost periods: a sentence that ran on into the next one where a tag boundary ate its period.

>>> from mt_repair.units.lost_periods import LostPeriod
>>> [f.suggestion for f in LostPeriod()("the players fell to the ground However, the match went on")]
['ground. However']
>>> [f.suggestion for f in LostPeriod()("the cause is still unclear According to the police, two men fled")]
['unclear. According']
>>> [f.suggestion for f in LostPeriod()("it was a busy year In 2015, sales fell")]
['year. In']
>>> LostPeriod()("He said however, that it was late. BEIJING, July 26 According to the ministry, ...")
[]

Only capitals that open sentences and almost nothing else are read, right after a lower-case
word that can end one (not a preposition, a determiner, a word clean news never ends a
clause with, nor a word that introduces a title: "the sitcom According to Jim", "a film
called Finally"):

* a sentence adverb and its comma ("However,", "Meanwhile,", "Finally,");
* "According to";
* a preposition opening a date or a year and then a comma ("In 2015,", "On Monday,",
  "Last July,"), unless the sentence goes on after the comma ("fall By 2030, according to
  the plan").

Mid-sentence, clean English writes these in lower case ("however, that"), so a capital
there is a sentence start.  On all 91,937 lines of clean news and the 22,836 WMT21/23 human
references none matches (a dateline, "BEIJING, July 26 According to", is left alone: its
city and date are no sentence), on the 87,526 WMT21/23 system outputs 4 do, all run-ons
("political context In 2002, Jonathan ..."); of 600 dev run-ons
(``scripts/bench_sentence_joins.py --kinds lost-period --split dev``) 34 do.  The capitals
that open sentences and names alike ("The", "In", "I", "It's": "told The Mirror", "the novel
The Cockroach") are left to ``stray-capital`` and the model.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..edits import Finding
from .base import Doc, Unit, by_initial, finding, title_case_line
from .join_separators import OPENER_END_SHARE, may_end_sentence
from .join_words import CALENDAR, DISCOURSE, MONTHS

#: sentence adverbs that open a sentence with a comma after them (not those that also open
#: a phrase mid-sentence in lower case or a title: "Yes", "Now", "Today", "First", "Still")
ADVERBS = frozenset(DISCOURSE) - frozenset("""Yes No Also Then Now Well So Oh First True Today Still
Actually Currently Earlier Later""".split())
#: prepositions and adjectives that open a date phrase ("In 2015,", "On Monday,", "Last July,")
DATE_OPENERS = frozenset("In On At During Since After Before By Until From Last Early Late Earlier".split())
_DATE = (r"(?:\d{1,4}|" + "|".join(sorted(CALENDAR)) + r")\b")

#: words after a date phrase's comma that continue its sentence ("fall By 2030, according to
#: the plan", "fell In 2015, while prices rose"): a capital typed mid-sentence, no new sentence
_GOES_ON = r"(?:while|when|which|who|whom|whose|where|according|compared|and|but|or|as|than|respectively|including|up|down)"
#: words that introduce a title, which may start with any of the openers ("the sitcom According
#: to Jim", "a film called Finally, about a boxer", "his memoir Regardless, published")
TITLE_INTRODUCERS = frozenset("""called titled entitled named dubbed nicknamed headlined song single hit
album record track film movie show series sitcom programme program episode novel book memoir
play poem documentary slogan motto""".split())
_AFTER_WORD = r"[a-z0-9%] "
_OPENER = re.compile(   # one flat literal-first alternation: fast to scan
    by_initial(sorted(ADVERBS), behind=_AFTER_WORD, then=r"(?=,)")
    + "|" + by_initial(["According"], behind=_AFTER_WORD, then=r"(?= to )")
    + "|" + by_initial(sorted(DATE_OPENERS), behind=_AFTER_WORD,
                       then=r"(?= (?:the )?" + _DATE + r"[^,.;:!?\n]{0,25},(?! " + _GOES_ON + r"\b))"))
_PREV = re.compile(r"(?<![\w’'%-])([a-z0-9][\w’'%-]*) $")
_NUMBER = re.compile(r"\d[\d.,]*%?")
#: a dateline: "BEIJING, July 26" or "Moscow, July 25" before the first sentence
_DATELINE = re.compile(r"(?:" + "|".join(sorted(MONTHS)) + r")\.? \d{1,2}(?:, \d{4})?$")


class LostPeriod(Unit):
    rule = "lost-period"
    summary = "a sentence ran on into the next where its period was lost ('the ground However, the match')"

    def find(self, doc: Doc) -> Iterable[Finding]:
        text = doc.text
        for m in _OPENER.finditer(text):
            s, e = m.start(), m.end()
            p = _PREV.search(text, max(0, s - 40), s)
            if p is None:
                continue
            prev = p.group(1)
            if (not self._may_end_sentence(prev) or prev in TITLE_INTRODUCERS
                    or _DATELINE.search(text, max(0, p.start() - 20), p.end(1))):
                continue
            ls, le = doc.line_bounds(s)
            if title_case_line(text[ls:le]) or doc.protected(p.start(1), e):
                continue
            word = m.group()
            yield finding(self, p.start(1), e, text[p.start(1):e], [(f"{prev}. {word}", 0.95)], 0.92,
                          f"'{word}' opens a sentence: the one before it ended after '{prev}' "
                          "and lost its period")

    @staticmethod
    def _may_end_sentence(word: str) -> bool:
        """A lower-case word or a number that can end a sentence: a known word that clean
        news ends clauses with, not a preposition or a determiner ("of", "the")."""
        return bool(_NUMBER.fullmatch(word)) or may_end_sentence(word, OPENER_END_SHARE)
