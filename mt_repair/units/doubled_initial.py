"""Doubled initials: the first letter typed twice, the copy capitalised.

>>> from mt_repair.units.doubled_initial import DoubledInitial
>>> [f.suggestion for f in DoubledInitial()("An Aadvance of US officials")]
['advance']
>>> [f.suggestion for f in DoubledInitial()("Tthis is it.")]
['This']
>>> DoubledInitial()("Aaron and Lloyd met in Aachen. Oops, a Llama.")
[]

A doubled vowel before a rarer name is a spelling of its own (Finnish, Estonian, Dutch:
"Eerik", "Iivo"), not a typo of the name; before a common one it is a typo:

>>> DoubledInitial()("Now Eerik and Henrik won; Iivan came third.")
[]
>>> [f.suggestion for f in DoubledInitial()("The Aamerican team met Oobama.")]
['American', 'Obama']

A drop cap that scraping copied doubles a paragraph's first capital:

>>> [f.suggestion for f in DoubledInitial()("IIn the region, AAccording to him.\\nTThe AAdvantage card.")]
['In', 'The']
"""

from __future__ import annotations

import re
from typing import Iterable

from ..edits import Finding
from ..evidence.lexicon import zipf
from ..evidence.proper_nouns import always_capitalised, is_proper_noun
from .base import Doc, Unit, finding

#: below this Zipf frequency a listed name after a doubled vowel is a spelling ("Eerik": "erik"
#: 3.7), above it a typo ("Oobama": 4.9, "Aamerican": 5.1)
NAME_SPELLING_ZIPF = 4.0
#: endings of verb forms and adverbs, which no name has ("Llowered", "Ooverwhelmingly")
NOT_NAME_ENDINGS = ("ed", "ly", "ing", "less", "ness", "ful")
# a capital, then the same letter in lower case (backreference under IGNORECASE), then 2+ letters
_DOUBLED = re.compile(r"([A-Z])(?i:\1)(?<=[a-z])(?<![\w'’-]..)([a-z]{2,})\b(?![-'’]\w)")


#: a capital typed twice at the start of a paragraph (a line), then lower case: a drop cap
#: that scraping copied ("TThe", "IIn the region", "AAccording to", "IIt's")
_DOUBLED_CAPITAL = re.compile(r"([A-Z])\1([a-z]+)\b(?!-\w)")
#: ... after indentation, a bullet or a quote ("  TThe", "- IIn", '"TThe'), at the text's start
_FIRST_DOUBLED = re.compile(r"[ \t\"“‘'(«*•-]*([A-Z])\1")
#: ... and after a line break (found fast: the scan is led by it)
_LINE_DOUBLED = re.compile(r"\n" + _FIRST_DOUBLED.pattern)
#: how common the word a doubled drop cap leaves must be when the doubled form is a listed
#: token: the words that open sentences ("The", "According" 5.3, "Despite" 5.0); brands and
#: degrees double a capital before rarer ones ("AAdvantage" 4.8, "HHonors", "CCleaner", "IInd year")
_DROP_CAP_ZIPF = 5.0
#: ... where the doubled form is no listed token (brands are: "AAdvantage", "HHonors"; web typos
#: of openers too: "TThe"), a word this common ("MMayor Tang", "TTourism hubs")
_DROP_CAP_UNLISTED_ZIPF = 3.5
#: the two-letter words a doubled drop cap may leave ("IIn", "IIt"; not Roman "IIa")
_TWO_LETTER_OPENERS = frozenset("In It If Is As At An On Of Or So To Up Us We He My No By Be Do".split())

#: a space and a capitalised word: a mostly capitalised word is part of a name ("Uunited States")
_NEXT_CAPITAL = re.compile(r" [A-Z][a-z]")


class DoubledInitial(Unit):
    rule = "doubled-initial"
    summary = "a word whose first letter was doubled ('Aadvance')"

    def find(self, doc: Doc) -> Iterable[Finding]:
        for m in _DOUBLED.finditer(doc.text):
            cap, rest = m.groups()
            low = cap.lower()
            tok = m.group()
            word = low + rest
            z = zipf(word)
            zt = zipf(tok)
            # a real word or name (Aaron, Llama) is common itself; web typos ("tthe") are
            # in the frequency list too, but far rarer than the word they misspell
            if z < 2.0 or zt >= 2.6 or zt > z - 2.0 or zt > 0 and z < 3.0 or doc.protected(*m.span()):
                continue
            if self._looks_like_a_name(doc, m, tok, z) or (
                    low in "aeiou" and z < NAME_SPELLING_ZIPF and is_proper_noun(word)):
                continue
            if len(word) <= 3 and z < 4.0:
                continue  # "said the Nnec": a short rare fix is mostly an acronym (NEC), not a typo
            # a name keeps its capital ("Oobama" -> "Obama", "Aamerican" -> "American"; not a
            # homograph: "Tturkey", "Ppolish"), and so does a word clean news mostly
            # capitalises where it runs on into a capitalised one ("The Uunited States"; not
            # "Tthe National Bank", "always Ggiven China")
            fixed = word.capitalize() if (doc.at_sentence_start(m.start()) or always_capitalised(word)
                                          or is_proper_noun(word) and _NEXT_CAPITAL.match(doc.text, m.end())) else word
            conf = 0.97 if z >= 3.5 else 0.92 if z >= 2.5 else 0.85
            yield finding(self, m.start(), m.end(), tok, [(fixed, 0.97)], conf,
                          f"'{tok}' repeats its first letter; '{word}' is a word")

        yield from self._drop_caps(doc)

    def _drop_caps(self, doc: Doc) -> Iterable[Finding]:
        """A paragraph's first capital typed twice, as scraping copies a drop cap ("AAccording
        to", "IIn the region"): only at a line start (mid-line the shape is a brand's, "the
        AAdvantage program"), and only before a word common enough to open sentences
        ("AAdvantage members" stays)."""
        text = doc.text
        first = _FIRST_DOUBLED.match(text)
        starts = [first.start(1)] if first else []
        if "\n" in text:   # (an indented, bulleted or quoted line too: "  TThe", "- IIn", '"TThe')
            starts += [m.start(1) for m in _LINE_DOUBLED.finditer(text)]
        for start in starts:
            m = _DOUBLED_CAPITAL.match(text, start)
            if m is None:
                continue
            cap, rest = m.groups()
            word = cap + rest
            if len(rest) == 1 and (word not in _TWO_LETTER_OPENERS or rest == "s"):   # ("AAs", "IIs": plurals)
                continue
            z, zt = zipf(word), zipf(m.group())
            if z < (_DROP_CAP_ZIPF if zt > 0 else _DROP_CAP_UNLISTED_ZIPF) or zt > z - 2.0 or doc.protected(*m.span()):
                continue
            yield finding(self, m.start(), m.end(), m.group(), [(word, 0.97)], 0.95,
                          f"'{m.group()}' repeats its first capital at a paragraph start, as a copied "
                          f"drop cap does; '{word}' is a word")

    @staticmethod
    def _looks_like_a_name(doc: Doc, m, tok: str, z: float) -> bool:
        """A token beside another capitalised word (not "I"), whose fix is no common word (or,
        after a doubled vowel, a short one) and does not end like a verb form or an adverb,
        is a name ("Annika Aava", "Aare Tark").  (Judged from the sentence alone, so that a stream
        cut into chunks of any size decides the same way.)"""
        short_vowel = z >= 4.0 and len(tok) <= 5 and tok[0] in "AEIOU"
        if z >= 4.0 and not short_vowel or tok.lower().endswith(NOT_NAME_ENDINGS):
            return False   # (nor does a name end like a verb or an adverb: "Safety Llowered him";
            #                a short one with a doubled vowel may spell a common word: "Aare Tark")
        before = doc.text[max(0, m.start() - 40):m.start()].split()
        after = doc.text[m.end():m.end() + 40].split()
        next_cap = bool(after) and after[0][:1].isupper() and not (short_vowel and _known(after[0]))
        prev_cap = (bool(before) and before[-1][:1].isupper() and before[-1] != "I"
                    and not before[-1].endswith((".", "!", "?", ":"))
                    and not (short_vowel and _known(before[-1]))
                    and not doc.at_sentence_start(doc.text.rfind(before[-1], 0, m.start())))
        return next_cap or prev_cap


def _known(word: str) -> bool:
    """A common word or a name clean news knows ("John", "Americans", "Ministry"): beside one a
    short common word is a typo ("Aand John"); beside a rare one a name ("Aare Tark")."""
    w = word.strip(".,;:!?\"'“”’()")
    return zipf(w) >= 3.0 or is_proper_noun(w)
