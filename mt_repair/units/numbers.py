"""Numbers left in source-language style.

* "6 million 791 thousand 298" (Spanish reads numbers out in groups) -> "6,791,298"
* "3,5 percent" (decimal comma) -> "3.5 percent"
* "1.500 people" (thousands point before a count noun) -> "1,500 people"
* "1,202 million barrels" -> flagged: 1.202 billion, or 1.202 million if the comma was decimal
* "3.200 million dollars" (thousands point before million) -> "3,200 million dollars"

>>> from mt_repair.units.numbers import NumberFormat
>>> [f.suggestion for f in NumberFormat()("The list has 6 million 791 thousand 298 voters.")]
['6,791,298']
>>> [f.suggestion for f in NumberFormat()("Inflation rose 3,5 percent and 1.500 people marched.")]
['3.5', '1,500']
>>> NumberFormat()("In 2019, 1,500 people paid $3.50 for 2.5 million tickets; 1,2,3.")
[]

Dates in Spanish order (rule ``date-format``):

* "July 28 of 2026" -> "July 28, 2026" (post-editors of MLQE-PE fixed all 3 they met)
* "the 28 of July" -> "July 28" (translated news keeps it at times: reported, ``--all``)

>>> from mt_repair.units.numbers import DateFormat
>>> [f.suggestion for f in DateFormat()("He will govern until July 28 of 2026, from the 5 of March.")]
['July 28, 2026', 'March 5']
>>> DateFormat()("At 14:20 of July 26, on the night of the 15-16 of July, one of May's days.")
[]
>>> DateFormat()("between the 5 and 10 of March he scored 3 of March's 5 goals")
[]
"""

from __future__ import annotations

import re
from typing import Iterable

from ..edits import Finding
from .base import Doc, Unit, by_initial, finding, word_char
from .join_words import FULL_MONTHS

_GROUPS = re.compile(
    r"(?<![\d.,])(\d{1,3}) (?:(billion) (\d{1,3}) )?(?:(million) (\d{1,3}) )?(thousand)(?: (\d{1,3}))?(?![\d.,]\d)"
    r"|(?<![\d.,])(\d{1,3}) (billion) (\d{1,3}) (million)(?: (\d{1,3}) (thousand))?(?![\d.,]\d)")
# (the patterns below start at the separator, the rarest character, for scanning speed, and
# look back for a digit: the one to three digits before it are read in _lead, and the "no
# digit or separator before" condition is checked in _clean_start)
_DECIMAL_COMMA = re.compile(
    r",(?<=\d,)(\d{1,2})(?![\d,])(?= ?(?:%|percent\b|per cent\b|millions?\b|billions?\b|points?\b|"
    r"degrees\b|kilometers\b|kilometres\b|km\b|meters\b|metres\b|kilos\b|tons\b|pesos\b|euros\b))")
_THOUSANDS_POINT = re.compile(
    r"\.(?<=\d\.)(\d{3})(?![\d.,]\d|\d)(?= (?:people|persons|families|workers|migrants|homes|"
    r"houses|students|children|soldiers|troops|officers|police|victims|deaths|dead|cases|jobs|vehicles|"
    r"pesos|euros|dollars|inhabitants|residents|employees|members|voters|hectares|tons|infections|patients|"
    r"beds|visitors|tourists|users|signatures|votes|spectators|fans|participants|companies|schools|inmates|"
    r"prisoners|detainees|refugees|doses|vaccines|tests|flights|passengers|farmers|teachers|doctors|nurses|"
    r"agents|elements|guards|businesses|arrests|homicides|murders|complaints|applications|homeless|"
    r"injured|wounded|displaced|evacuees|evacuated|missing|protesters|demonstrators|citizens|"
    r"candidates|athletes|buildings|dwellings|tickets|animals)\b)")
_SPANISH_MILLIONS = re.compile(r",(?<=\d,)(\d{3})(?![\d,]) million\b")
#: "3.200 million dollars": Spanish "3.200 millones" (3,200 million); English never writes a
#: decimal with trailing zeros there ("3.2 million")
_THOUSANDS_POINT_MILLIONS = re.compile(r"\.(?<=\d\.)(\d00)(?![\d.,]\d|\d)(?= (million|billion)\b)")

#: a number group after a magnitude word: what every reported group reading has
_GROUP_AFTER = re.compile(r"(?:thousand|million|billion) \d")
_BILLION_BEFORE = re.compile(r"\d billion $")


def _lead(text: str, sep: int) -> int:
    """Where the one to three digits before the separator at ``sep`` start (where a pattern
    opening with ``\\d{1,3}`` would have started its leftmost match).

    >>> _lead("in 12,5 percent", 5), _lead("1234.500 people", 4)
    (3, 1)
    """
    start = sep - 1
    while start > sep - 3 and start > 0 and text[start - 1].isdecimal():   # (as \\d reads)
        start -= 1
    return start


def _clean_start(text: str, pos: int, extra: str = "") -> bool:
    return pos == 0 or text[pos - 1] not in "0123456789.," + extra


def _led(pattern: re.Pattern, text: str, extra: str = "",
         grouped: bool = False) -> Iterable[tuple[re.Match, int, str, str]]:
    """(match, start, lead digits, whole number) for each match of a separator-first pattern
    whose lead digits (:func:`_lead`) stand clean (:func:`_clean_start`); ``grouped``: the
    separator is read as a thousands mark, which never follows a lone 0 ("0.125 tickets")."""
    for m in pattern.finditer(text):
        s = _lead(text, m.start())
        if _clean_start(text, s, extra) and not (grouped and text[s] == "0"):
            yield m, s, text[s:m.start()], text[s:m.end()]


def _fmt(n: int) -> str:
    return f"{n:,}"


class NumberFormat(Unit):
    rule = "number-format"
    summary = "a number in source-language style ('6 million 791 thousand 298', '3,5 percent')"

    def find(self, doc: Doc) -> Iterable[Finding]:
        text = doc.text
        # every group reading reported has a group after "thousand", "million" or "billion"
        for m in (_GROUPS.finditer(text) if _GROUP_AFTER.search(text) else ()):
            g = m.groups()
            if g[0] is not None:
                lead, _b, bval, _m, mval, _t, rest = g[:7]
                if bval is not None and mval is not None:
                    value = int(lead) * 10 ** 9 + int(bval) * 10 ** 6 + int(mval) * 1000 + int(rest or 0)
                elif bval is not None:
                    value = int(lead) * 10 ** 9 + int(bval) * 10 ** 6 + int(rest or 0) * 1000
                elif mval is not None:
                    value = int(lead) * 10 ** 6 + int(mval) * 1000 + int(rest or 0)
                else:
                    value = int(lead) * 1000 + int(rest or 0)
                if mval is None and bval is None and rest is None:
                    continue  # "5 thousand" alone is English
            else:
                lead, _b, mval, _m, tval, _t = g[7:]
                value = int(lead) * 10 ** 9 + int(mval) * 10 ** 6 + int(tval or 0) * 1000
            # the post-editors of real MT output often keep this style (MLQE-PE: '26 million 773
            # thousand 135 rubles'): reported, and applied with --all only
            yield finding(self, m.start(), m.end(), m.group(), [(_fmt(value), 0.95)], 0.85,
                          f"'{m.group()}' reads the number out in groups (Spanish style); English writes {_fmt(value)}")
        for m, s, lead, found in _led(_DECIMAL_COMMA, text):
            new = f"{lead}.{m.group(1)}"
            # a style many human editors keep (measured on MLQE-PE post-edits): --all applies it
            yield finding(self, s, m.end(), found, [(new, 0.95)], 0.85,
                          f"'{found}' uses a decimal comma; English writes {new}")
        for m, s, lead, found in _led(_THOUSANDS_POINT, text, "$€£", grouped=True):
            new = f"{lead},{m.group(1)}"
            yield finding(self, s, m.end(), found, [(new, 0.95)], 0.85,
                          f"'{found}' before a count noun uses a thousands point; English writes {new}")
        for m, s, lead, found in _led(_THOUSANDS_POINT_MILLIONS, text, "$€£", grouped=True):
            new = f"{lead},{m.group(1)}"
            dec = m.group(1).rstrip("0")
            as_decimal = f"{lead}.{dec}" if dec else lead
            # reported, and applied with --all only, like the other source-language styles
            yield finding(self, s, m.end(), found, [(new, 0.95)], 0.85,
                          f"'{found} {m.group(2)}' keeps a Spanish thousands point: {new} {m.group(2)} "
                          f"(a decimal would be written {as_decimal})")
        for m, s, lead, found in _led(_SPANISH_MILLIONS, text, grouped=True):
            if _BILLION_BEFORE.search(text, 0, s):
                yield finding(self, s, m.end(), found, [], 0.72,
                              f"'{found}' after a 'billion' group: the number is garbled; check the source")
                continue
            a, b = lead, m.group(1).rstrip("0")
            bil = f"{a}.{b} billion" if b else f"{a} billion"
            # both readings occur in MT ("5,934 million" Jews = 5.934 million; Spanish "1.202
            # millones" barrels = 1.202 billion): reported with no replacement, never applied
            yield finding(self, s, m.end(), found, [], 0.72,
                          f"'{found}' keeps Spanish 'millones' grouping: {bil} if the comma separates "
                          f"thousands, {a}.{m.group(1)} million if it was a decimal comma; check the source")


_MONTH = "|".join(FULL_MONTHS)
#: "July 28 of 2026": "28 de julio de 2026" word for word (the month's first letter first, and
#: no word character before it: the scanner skips to capitals)
_MONTH_DAY_OF_YEAR = re.compile(
    "(" + by_initial(sorted(FULL_MONTHS), not_after=r"\w") + r") ([1-9]|[12]\d|3[01]) of (1[6-9]\d\d|20\d\d)\b")
#: "the 28 of July (of 2026)": the day before the month ("14:20 of July 26", "15-16 of July",
#: "the 5 and 10 of March" and "3 of March's 5 goals" are times, ranges and counts, not this);
#: the scan starts at " of " (a literal: fast) after a digit, and :func:`_day_before` reads the day
_DAY_OF_MONTH = re.compile(
    rf" of (?<=\d of )({_MONTH})\b(?!['’]s)(?: of (1[6-9]\d\d|20\d\d)\b)?")
_DAY = re.compile(r"[1-9]|[12]\d|3[01]")


def _day_before(text: str, end: int) -> int:
    """Where the day that ends at ``end`` starts: the whole word before " of " must be a day
    of the month, 1 to 31 (as ``\\b([1-9]|[12]\\d|3[01])`` reads it), else -1.

    >>> _day_before("the 28 of July", 6), _day_before("in 2015 of July", 7), _day_before("x5 of", 2)
    (4, -1, -1)
    """
    for n in (1, 2):
        s = end - n
        if s < 0 or not word_char(text[s]):
            return -1
        if (s == 0 or not word_char(text[s - 1])) and _DAY.fullmatch(text, s, end):
            return s
    return -1
#: what may stand right before such a day: not a digit or a separator, nor "5 and", "5 to", "5 or"
_NOT_BEFORE_DAY = re.compile(r"(?:[\d:.,/-]|\d (?:and|to|or) )$")
#: "the" right before the day goes with the date: "the 28 of July" -> "July 28"
_THE_BEFORE_DAY = re.compile(r"(?:^|\W)[Tt]he $")


class DateFormat(Unit):
    rule = "date-format"
    summary = "a date in Spanish order ('July 28 of 2026', 'the 28 of July')"

    def find(self, doc: Doc) -> Iterable[Finding]:
        text = doc.text
        if " of " not in text:
            return
        for m in _MONTH_DAY_OF_YEAR.finditer(text):
            if doc.protected(m.start(), m.end()):
                continue
            new = f"{m.group(1)} {m.group(2)}, {m.group(3)}"
            yield finding(self, m.start(), m.end(), m.group(), [(new, 0.97)], 0.92,
                          f"'{m.group()}' keeps the Spanish 'de' before the year; English writes {new}")
        for m in _DAY_OF_MONTH.finditer(text):
            s = _day_before(text, m.start())
            if s < 0:
                continue
            day = text[s:m.start()]
            before = text[max(0, s - 6):s]
            if _NOT_BEFORE_DAY.search(before) or doc.protected(s, m.end()):
                continue
            if _THE_BEFORE_DAY.search(before):
                s -= 4   # "the 28 of July" -> "July 28"
            new = f"{m.group(1)} {day}" + (f", {m.group(2)}" if m.group(2) else "")
            # human translations of news write "the 31 of August" at times: --all only
            yield finding(self, s, m.end(), text[s:m.end()], [(new, 0.95)], 0.85,
                          f"'{text[s:m.end()]}' puts the day before the month (Spanish order); English writes {new}")
