"""Words left in the source language ("ha approved", "El full of the Congress", "jaloneo").

Evidence per token: wordfreq's English and Spanish frequencies.  A token is Spanish
when it is far more frequent in Spanish than in English (or unknown in English but
attested in Spanish with a Spanish spelling).  Names (capitalised words), words in
quotation marks and accepted loanwords (frequent enough in English: "plaza",
"fiesta", "cartel") are spared.  Spanish function words between English words are
fixed from a small dictionary; content words are flagged.

>>> from mt_repair.units.untranslated import Untranslated
>>> [(f.original, f.suggestion) for f in Untranslated()("The Senate ha approved the reform.")]
[('ha', 'has')]
>>> [(f.original, f.suggestion) for f in Untranslated()("El full of the Congress voted.")]
[('El', 'The')]
>>> [(f.original, f.confidence) for f in Untranslated()("After a long jaloneo, they agreed.")]
[('jaloneo', 0.75)]
>>> Untranslated()("They met in the plaza of El Paso for the fiesta. Ha, ha!")
[]
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, compress
from typing import Iterable

from ..edits import Finding
from ..evidence.lexicon import es_zipf, zipf
from .base import WORD_RE, Doc, Unit, finding

#: WORD_RE as one capturing group: split() then returns the words between the gaps
_WORD_PART = re.compile(f"({WORD_RE.pattern})")

# Spanish function words and their usual English rendering (for fixes between English words)
_FUNCTION = {
    "del": "of the", "los": "the", "las": "the", "que": "that", "para": "for", "por": "by",
    "con": "with", "pero": "but", "muy": "very", "también": "also", "entre": "between",
    "desde": "since", "hasta": "until", "según": "according to", "sobre": "on", "cuando": "when",
    "donde": "where", "porque": "because", "una": "a", "este": "this", "esta": "this",
    "estos": "these", "fue": "was", "fueron": "were", "está": "is", "están": "are", "más": "more",
    "además": "also", "sin embargo": "however", "asimismo": "likewise", "dijo": "said",
}
# Spanish prepositions are fixed only before a noun phrase ("para the people", not "maximum para is")
_PREPOSITIONS = frozenset("para por con sobre entre desde hasta según".split())
_NP_START = frozenset("""the a an his her their its this that these those our my your all some each every
many several both""".split())
# after a stray "El"/"La" a noun or adjective follows, not these ("El on one way": a name cut short)
_NOT_NOUN_START = frozenset("""on in at of to for by with from and or but is was are were be been has have
had will would can could as than that which who""".split())
_ARTICLE = {"el": "the", "la": "the", "los": "the", "las": "the"}
_HABER = {"ha": "has", "han": "have", "había": "had", "habían": "had"}
_IRREGULAR_PP = set("""been done made said taken given gone seen known shown grown drawn thrown written
driven risen chosen spoken broken stolen frozen forgotten gotten begun run won lost held kept left met
paid sent spent built bought brought caught taught thought found told sold felt heard led read""".split())
_SPANISH_SHAPE = re.compile(r"[ñáéíóú]|(?:ción|ciones|mente|eo|ado|ados|ada|adas|ido|idos|ando|iendo|"
                            r"dad|dades|ismo|ista|istas|azo|ero|eros|era|eras|ito|ita)$")
_ISMO = re.compile(r"(?:ismo|ista|istas)$")
# a run of these alone ("de la") is the inside of a name, not an untranslated phrase
_GLUE = frozenset("de del la el los las y e en a o al".split())
_SEEDS = frozenset(w for k in ("ha", "han", "había", "habían", "el", "la", "los", "las") for w in (k, k.capitalize()))
_QUOTES = "\"'“”‘’«»"


@lru_cache(maxsize=100_000)
def spanish_score(word: str) -> float:
    """How much more Spanish than English a word is (Zipf difference; 0 when not Spanish)."""
    w = word.lower()
    if _ISMO.search(w) and zipf(_ISMO.sub("", w)) >= 1.5:
        return 0.0  # "kirchnerismo", "chavista": a movement named after a person
    es, en = es_zipf(w), zipf(w)
    if en == 0.0 and es >= 1.0 and (es >= 2.5 or _SPANISH_SHAPE.search(w)):
        return max(es, 2.5)
    if es >= 3.0 and es - en >= 2.5:
        return es - en
    return 0.0


def _english(word: str) -> bool:
    return zipf(word) >= 3.0 and zipf(word) > es_zipf(word)


def _participle(word: str) -> bool:
    w = word.lower()
    return zipf(w) >= 2.5 and zipf(w) > es_zipf(w) and (w.endswith("ed") or w in _IRREGULAR_PP)


class Untranslated(Unit):
    rule = "untranslated"
    summary = "a word left in Spanish ('ha approved', 'El full of', 'jaloneo')"

    def find(self, doc: Doc) -> Iterable[Finding]:
        text = doc.text
        # one split keeps the words (odd parts) and what lies between them: the running sum
        # of the parts' lengths gives each word's offsets, all computed in C
        parts = _WORD_PART.split(text)
        plain = parts[1::2]
        spanish_forms = {w for w in set(plain) if spanish_score(w)}  # one look-up per word form
        spanish = list(map(spanish_forms.__contains__, plain))
        if not any(spanish) and not _SEEDS.intersection(plain):
            return
        triggers = {w for w in set(plain) if w in spanish_forms or w.lower() in _HABER or w.lower() in _ARTICLE}
        starts = list(compress(range(len(plain)), map(triggers.__contains__, plain)))   # the only words acted on
        if not starts:
            return
        ends = list(accumulate(map(len, parts)))   # word k runs from ends[2k] to ends[2k + 1]
        n = len(plain)
        done = 0   # words before this index belong to a segment already reported
        for i in starts:
            if i < done:
                continue
            w, s, e = plain[i], ends[2 * i], ends[2 * i + 1]
            prev = plain[i - 1] if i else ""
            nxt = plain[i + 1] if i + 1 < n else ""
            low = w.lower()
            if doc.protected(s, e) or _quoted(text, s, e) or _hyphenated(text, s, e):
                continue
            if (low in _HABER and w.islower() and nxt and _participle(nxt) and not spanish_score(prev or "x")
                    and not prev.isdigit()):  # "2.4 ha surrounded": hectares
                yield finding(self, s, e, w, [(_HABER[low], 0.95)], 0.92,
                              f"'{w} {nxt}': Spanish auxiliary '{w}' (haber) before an English participle")
            elif (low in _ARTICLE and doc.at_sentence_start(s) and nxt.islower() and _english(nxt)
                  and nxt.lower() not in _NOT_NOUN_START
                  and i + 2 < n and not spanish[i + 1] and not spanish[i + 2]):
                yield finding(self, s, e, w, [(_ARTICLE[low].capitalize() if w[0].isupper() else _ARTICLE[low], 0.95)],
                              0.9, f"Spanish article '{w}' before English words ('{nxt} {plain[i + 2]}')")
            elif spanish[i] and w.islower():
                j = i
                while j + 1 < n and plain[j + 1].islower():
                    if spanish[j + 1]:
                        j += 1
                    elif (j + 2 < n and spanish[j + 2] and plain[j + 2].islower()
                          and es_zipf(plain[j + 1]) >= 5.0):  # "que no habrá": shared words bridge
                        j += 2
                    else:
                        break
                named = (prev[:1].isupper() and spanish_score(prev)) or (
                    j + 1 < n and plain[j + 1][:1].isupper() and prev[:1].isupper())
                if j > i and not named and not all(x.lower() in _GLUE for x in plain[i:j + 1]):
                    seg = text[s:ends[2 * j + 1]]
                    yield finding(self, s, ends[2 * j + 1], seg, [], 0.8,
                                  f"'{seg}' looks untranslated: {j - i + 1} Spanish words in a row (wordfreq es vs en)")
                if j > i:
                    done = j + 1
                    continue
                if (low in _FUNCTION and prev.islower() and _english(prev) and _english(nxt)
                        and (low not in _PREPOSITIONS or nxt.lower() in _NP_START)):
                    yield finding(self, s, e, w, [(_FUNCTION[low], 0.9)], 0.9,
                                  f"Spanish '{w}' between English words; it means '{_FUNCTION[low]}'")
                elif len(w) >= 4 and low not in _FUNCTION and not named:
                    yield finding(self, s, e, w, [], 0.75,
                                  f"'{w}' is Spanish, not English (wordfreq Zipf es {es_zipf(w):.1f}, en {zipf(w):.1f}); "
                                  "translate it or mark it as a quotation")


def _quoted(text: str, s: int, e: int) -> bool:
    return (s > 0 and text[s - 1] in _QUOTES) or (e < len(text) and text[e] in _QUOTES and text[e:e + 2] not in ("'s", "’s"))


def _hyphenated(text: str, s: int, e: int) -> bool:
    return (s > 0 and text[s - 1] == "-") or text[e:e + 1] == "-"
