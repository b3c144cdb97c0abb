"""Merged words: a space (and often a comma) lost at an HTML tag boundary.

>>> from mt_repair.units.merged_words import MergedWords
>>> [f.suggestion for f in MergedWords()("on human mobilityparticularly for the")]
['mobility, particularly']
>>> [f.suggestion for f in MergedWords()("the economic activityby paralyzing")]
['activity by']
>>> MergedWords()("Tapachula, Sheinbaum and YouTube stay as they are.")
[]

How it decides.  Only a token that is unknown to the word-frequency list and does
not stand on its own elsewhere in the text is a candidate.  Every split point is
scored with the unigram model (Zipf frequency of the left piece plus that of the
right piece); names are allowed as the left piece when the right piece is a
connective ("Mayorkasand").  Prefixes ("anti|…"), suffix-like right pieces
("…|less", "…|ship") and place-name elements ("…|field") are never split off.  The
lost punctuation is then restored from comma statistics learned on clean text
(:mod:`mt_repair.evidence.punctuation`).
"""

from __future__ import annotations

import re
from typing import Iterable

from ..edits import Finding
from ..evidence.lexicon import vocabulary, zipf
from ..evidence.punctuation import comma_probability
from .base import WORD_RE, Doc, Unit, finding

#: closed-class words that typically start the right-hand piece of a real join
CONNECTIVES = frozenset("""
and or but nor yet so as which who whom whose where when while whereas although though
that than because since after before until unless if whether with without by for from
in on at of to into onto over under about against between among through during
including particularly especially such both either neither not also even only
the a an this these those its their his her our your my
is are was were be been being has have had will would can could should may might must
says said according
""".split())

#: left pieces that are prefixes, not words, in an unknown compound
PREFIXES = frozenset("""
anti non pre post re un over under counter super inter intra multi cyber micro macro mega
mini semi sub co de dis mis out self ultra pro neo pseudo quasi bio eco geo hyper hypo auto
trans tele photo cross mid off up down back fore extra infra poly mono tri bi uni euro afro
""".split())

#: right pieces that are suffixes or compounding elements, or typical place/brand parts
RIGHT_BLOCK = frozenset("""
less able ible ful like wide ship hood ness wise ward wards proof free based led fold some
self made born style type ism ist ists ian ians ity ize ized ise ised ing ings ed er ers est
ly man men woman women son sons ton town ville burg berg borough port mouth dale hill hills
side view gate way worth wick well wells more ley ham shire castle ridge lake park point
crest mont stein field fields wood woods bridge haven brook stone water ford land lands
star light book soft tech net works web line bank rock fire house garden gardens bury
stead ster stan istan ock ola ina ero era ista ismo
""".split())

#: digits followed by letters that are units or ordinals, never a join
_NUMBER_SUFFIX = re.compile(r"\d+(?:st|nd|rd|th|s|am|pm|a|p|k|m|b|bn|mn|km|kg|g|mg|ml|mm|cm|m2|mph|kph|hz|gb|mb|tb|kb|x|d|v|w|kw|mw|l|yo|ish)$", re.I)
_SPLIT_SHAPES = re.compile(r"([^\W\d_]*)(\d+)([^\W\d_]+)$")
_BAD_NEIGHBOURS = set("-_/\\@#.&+=<>*^~|$%")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")


class MergedWords(Unit):
    rule = "merged-words"
    summary = "two words run together where a space (and often a comma) was lost"

    def find(self, doc: Doc) -> Iterable[Finding]:
        vocab = vocabulary()
        text = doc.text
        counts = doc.word_counts
        suspects = set()
        for w in counts:
            if len(w) < 4:
                continue
            lw = w.lower()
            if "’" in lw:
                lw = lw.replace("’", "'")
            if lw in vocab or w.isupper() and not any(c.isdigit() for c in w):
                continue
            suspects.add(w)
        if not suspects:
            return
        for m in WORD_RE.finditer(text):
            tok = m.group()
            if tok not in suspects:
                continue
            start, end = m.span()
            if (start > 0 and text[start - 1] in _BAD_NEIGHBOURS) or (
                    end < len(text) and (text[end] in _BAD_NEIGHBOURS - {"."} or
                                         (text[end] == "." and end + 1 < len(text) and text[end + 1].isalnum()))):
                continue
            if doc.protected(start, end):
                continue
            best = self._best_split(tok, doc)
            if best is None:
                continue
            i, conf, why = best
            if counts[tok] > 1 and conf < 0.97:
                continue  # an unknown word used repeatedly is a name or a term, unless clear-cut
            left, right = tok[:i], tok[i:]
            nxt = WORD_RE.match(text, end + 1) if end < len(text) and text[end] == " " else None
            p = comma_probability(right, nxt.group() if nxt else "")
            if right[0].isupper():
                p = min(p, 0.2)  # camel joins rarely lost a comma inside names
            with_comma = (f"{left}, {right}", p)
            plain = (f"{left} {right}", 1.0 - p)
            cands = [with_comma, plain] if p >= 0.5 else [plain, with_comma]
            yield finding(self, start, end, tok, cands, conf,
                          f"'{tok}' is not a word; '{left}' + '{right}' are ({why})",
                          split=i, comma=round(p, 3))

    # ------------------------------------------------------------------ scoring
    def _best_split(self, tok: str, doc: Doc) -> tuple[int, float, str] | None:
        shape = _SPLIT_SHAPES.match(tok)
        if shape and shape.group(2):
            return self._digit_split(tok, shape)
        if any(c.isdigit() for c in tok):
            return None
        if tok[0].isupper() and tok[1] == tok[0].lower() and zipf(tok[1:]) >= 3.0:
            return None  # "Aadvance": a doubled initial, not a join
        camel = [m.start() for m in _CAMEL.finditer(tok)]
        if camel:
            return self._camel_split(tok, camel, doc)
        if any(c.isupper() for c in tok[1:]):
            return None
        return self._lower_split(tok, doc)

    def _digit_split(self, tok, shape) -> tuple[int, float, str] | None:
        # "27and", "Forum24that": split after the digits when a connective follows
        head, digits, tail = shape.groups()
        if _NUMBER_SUFFIX.fullmatch(digits + tail) or not tail.islower():
            return None
        if tail in CONNECTIVES and len(tail) >= 2 or (len(tail) >= 4 and zipf(tail) >= 4.5):
            i = len(head) + len(digits)
            return i, 0.95 if tail in CONNECTIVES else 0.85, "number joined to the next word"
        return None

    def _camel_split(self, tok, points, doc) -> tuple[int, float, str] | None:
        if len(points) != 1:
            return None
        i = points[0]
        left, right = tok[:i], tok[i:]
        if len(left) < 4 or len(right) < 3 or not right[1:].islower():
            return None
        lz = zipf(left)
        if lz < 3.0 or left.lower() in PREFIXES:
            return None
        rz = zipf(right)
        nxt_cap = False
        if rz < 3.0:
            # an unknown right piece must look like the start of a name
            # (it stands alone elsewhere, or a capitalised word follows it)
            if doc.word_counts.get(right, 0) == 0 and not self._followed_by_capital(doc, tok):
                return None
            nxt_cap = True
        conf = 0.9 if (rz >= 3.0 and lz >= 3.5) or nxt_cap else 0.75
        return i, conf, "a word glued to a capitalised word"

    @staticmethod
    def _followed_by_capital(doc: Doc, tok: str) -> bool:
        j = doc.text.find(tok)
        k = j + len(tok)
        return 0 <= j and k + 1 < len(doc.text) and doc.text[k] == " " and doc.text[k + 1].isupper()

    def _lower_split(self, tok, doc) -> tuple[int, float, str] | None:
        capital = tok[0].isupper()
        options = []
        for i in range(2, len(tok) - 1):
            left, right = tok[:i], tok[i:]
            rl = right
            if rl in RIGHT_BLOCK:
                continue
            rz = zipf(rl)
            connective = rl in CONNECTIVES
            if rz < 3.0 and not connective:
                continue
            ll = left.lower()
            if ll in PREFIXES:
                continue
            lz = zipf(left)
            standalone = doc.word_counts.get(left, 0) > 0
            if lz == 0.0:
                if standalone:
                    lz = 2.5
                elif capital and connective and len(left) >= 4 and len(rl) >= 2:
                    lz = 1.0  # a name before a connective: "Mayorkasand"
                else:
                    continue
            elif len(left) <= 2 and lz < 5.0:
                continue
            score = lz + rz
            options.append((score, i, lz, rz, connective))
        if not options:
            return None
        options.sort(reverse=True)
        score, i, lz, rz, connective = options[0]
        margin = score - options[1][0] if len(options) > 1 else 9.0
        if connective and lz >= 2.0:
            conf = 0.97
        elif connective:
            conf = 0.9
        elif lz >= 3.0 and rz >= 3.0:
            conf = 0.92 if not capital else 0.9
        else:
            conf = 0.75
        if margin < 0.5:
            conf -= 0.15
        why = "a word joined to a connective" if connective else "two known words joined"
        return i, conf, why
