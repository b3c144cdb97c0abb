"""Repeated words: "the the" where one was meant.

>>> from mt_repair.units.repeated_words import RepeatedWords
>>> [(f.original, f.suggestion) for f in RepeatedWords()("He saw the the car.")]
[('the the', 'the')]
>>> RepeatedWords()("What he had had was that that mattered. Walla Walla.")
[]
"""

from __future__ import annotations

import re
import sys
from typing import Iterable

from ..edits import Finding
from ..evidence.punctuation import bigram_count
from .base import Doc, Unit, finding

#: two equal words in a row in lowered text: where _REPEAT matches, this does too, but for
#: case-folding oddities that lowering leaves unequal (as the word list before it did: in
#: "ΟΔΟΣ ΟΔΟΣ.Και" one sigma lowers to ς, the other to σ).  "++": a possessive word, never
#: backtracked into (Python 3.11+)
_TWICE = re.compile(r"\b(\w%s)[ \t]+\1\b" % ("++" if sys.version_info >= (3, 11) else "+"))
_REPEAT = re.compile(r"(?<![\w'’-])([^\W\d_]+)(?:[ \t]+\1)+(?![\w'’-])", re.IGNORECASE)

#: doubles that are grammatical ("had had", "that that") or idiomatic ("bye bye")
LEGITIMATE = frozenset("""
had that is do does bye no yeah ha la so very really well now tut knock chop
pooh boo go hush night can long far many much more bla blah yada tsk quick run wait
please come there here yes oh ah hip hey ho mm hmm uh um ok okay dum cha tom pom
""".split())

#: words whose doubling is almost always a slip
FUNCTION = frozenset("""
the a an of to in on for and with at by from as be was were are it this will would has
have not or but their its his her they we our you your which who said also into than i
he she him them me my us been being any all some these those when what where why how while
if after before about without within both each every other such only just even then most
could should may might must did over under between because since until whom whose
""".split())
#: determiners that double only as slips, written in lower case ("their own own house",
#: "another another"; not "next next week", colloquial, nor "same same", nor the song
#: "Last Last")
SLIP_DETERMINERS = frozenset("own another several".split())
#: the word after "The The" (the band) and how often clean news writes "the" before it for
#: the pair to be a slip ("The The government")
_THE_BAND_NEXT = re.compile(r" ([a-z]+)")
THE_NEXT_MIN = 20


#: particles that end a phrasal verb and also open the phrase after it ("voted on on
#: Monday", "was taken in in the church"): doubled after a verb, both copies are right.
#: "by" only after the verbs of _BY_VERBS: after other verbs it is the passive's agent
#: ("confirmed by by the ministry"); clean news and the WMT references double it once in
#: 247,000 lines, as a slip, and "in" 11 times, mostly on purpose ("pitch in in the cleanup")
PARTICLES = frozenset("on in up out off over down about through around along back across".split())
#: verbs that do take "by" as a particle ("came by by bus", "stood by by choice", "passed by
#: by the river"): after them a doubled "by" waits for --all like the other particles
_BY_VERBS = frozenset("""come came comes coming go goes went gone going pass passed passes passing
stand stands stood standing drop drops dropped stop stops stopped swing swung pop popped get got
sit sat live lived abide abided walk walked run ran fly flew drive drove rush rushed""".split())

#: object pronouns, which stand between a phrasal verb and its particle ("get it in")
_OBJECT_PRONOUNS = frozenset("it them him her me us".split())
#: verbs that take one of PARTICLES in their present or -ing forms ("will join in in
#: preparing", "carrying on on Monday", "sign up up to a year"): past forms and participles
#: are read from their endings
_PHRASAL_BASES = frozenset("""join pitch chip step weigh fill log sign tune plug settle cave kick dig
carry move hold catch pass turn work set pick give make take show end clean back follow look speed
wrap shut bring build put keep stand find point rule pull figure reach break sort hand lay phase roll
speak come go get call drop check let lock send sit stay fit run walk hang head knock cut wind write
burn cheer clear close cover crack fall fight fix grow hit live line load mix pay play pop push read
round save shake shoot slow stir sum tear think tie top use wake warm wash win zero vote comment focus
count bank cash sell bail opt print spell wait""".split())
_IRREGULAR_PAST = frozenset("""put set got came went took made held ran gave brought cut let kept left
sent built bought caught fought found hit laid led lost met paid said sat shut sold spent stood struck
told thought won wrote""".split())


class RepeatedWords(Unit):
    rule = "repeated-word"
    summary = "the same word twice in a row"

    def find(self, doc: Doc) -> Iterable[Finding]:
        # cheap pass over the lowered text for two equal words in a row (a case-sensitive
        # pattern with a possessive word runs twice as fast as _REPEAT), each confirmed by
        # _REPEAT on the original text
        text = doc.text
        lowered = text.lower()
        if len(lowered) != len(text):
            # "İ" alone lowers to two characters, so offsets would drift: a non-letter of one
            # character keeps them, and starts no repeat ("Bİr bir" is none)
            lowered = text.replace("\u0130", "_").lower()
        matches = []
        c = _TWICE.search(lowered)
        while c:
            m = None
            if c.group(1).isalpha() and c.group(1) not in LEGITIMATE:
                m = _REPEAT.match(text, c.start())      # its lookbehind sees the character before
            if m:
                matches.append(m)
            # after a miss, on from the next character: in "-the the the" the first pair is
            # none (a hyphen before it), the second is one
            c = _TWICE.search(lowered, m.end() if m else c.start() + 1)
        for m in matches:
            first = m.group(1)
            low = first.lower()
            second = doc.text[m.end() - len(first):m.end()]
            if low in LEGITIMATE or doc.protected(*m.span()):
                continue
            if len(first) == 1 and low not in ("a", "i"):
                continue  # ".c C source": letters as symbols
            if len(m.group().split()) > 2:
                continue  # "lovely lovely lovely", "rumbling rumbling ...": on purpose
            nm = _THE_BAND_NEXT.match(text, m.end()) if low == "the" else None
            if first[0].isupper() and second[0].isupper() and (low not in FUNCTION or low == "the" and (
                    not doc.at_sentence_start(m.start())
                    and (nm is None or bigram_count("the", nm.group(1)) < THE_NEXT_MIN))):
                continue  # "Walla Walla", "Bora Bora", "Sirhan Sirhan"; mid-sentence "The The"
                #           before a word "the" seldom precedes, or before none, is the band ("and
                #           The The both released", "by The The."; "that The The government" is a slip)
            # function words almost never double on purpose.  A doubled content word is a
            # slip too, but in real MT output it often stands for a mistranslated compound
            # ("court court" for "courthouse"): deleting one copy lowers chrF against the
            # references (measured on WMT21/23), so only --all deletes it.
            conf = 0.96 if low in FUNCTION or low in SLIP_DETERMINERS and first.islower() else 0.85
            if (low in PARTICLES and self._after_verb_or_object(text, m.start())
                    or low == "by" and self._previous_word(text, m.start()) in _BY_VERBS):
                conf = 0.85  # "voted on on September 19": a phrasal verb, then a preposition
            yield finding(self, m.start(), m.end(), m.group(), [(first, 0.95)], conf,
                          f"'{low}' is repeated")

    @staticmethod
    def _previous_word(text: str, pos: int) -> str:
        prev = text[max(0, pos - 30):pos].split()
        return prev[-1].lower() if prev else ""

    @staticmethod
    def _after_verb_or_object(text: str, pos: int) -> bool:
        """Does a past form or participle ("voted", "taken", "put"), a verb that takes a
        particle ("will join in in preparing"), or a verb's object pronoun ("get it in in a
        couple of weeks", "hand them in in time") stand before ``pos``?"""
        w = RepeatedWords._previous_word(text, pos)
        return w.isalpha() and (len(w) >= 5 and w.endswith(("ed", "en")) or w in _IRREGULAR_PAST
                                or _phrasal(w)
                                or w in _OBJECT_PRONOUNS)


def _phrasal(word: str) -> bool:
    """Is ``word`` a present or -ing form of a verb of :data:`_PHRASAL_BASES`?

    >>> _phrasal("join"), _phrasal("carrying"), _phrasal("signs"), _phrasal("setting"), _phrasal("union")
    (True, True, True, True, False)
    """
    if word in _PHRASAL_BASES:
        return True
    if word.endswith("ing"):
        stem = word[:-3]
        return stem in _PHRASAL_BASES or stem + "e" in _PHRASAL_BASES or (
            len(stem) >= 3 and stem[-1] == stem[-2] and stem[:-1] in _PHRASAL_BASES)
    if word.endswith("es") and word[:-2] in _PHRASAL_BASES:
        return True
    return word.endswith("s") and word[:-1] in _PHRASAL_BASES
