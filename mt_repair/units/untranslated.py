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
from typing import Iterable

from ..edits import Finding
from ..evidence.lexicon import es_zipf, zipf
from .base import WORD_RE, Doc, Unit, finding
from .join_checks import TRIE_MAX_LEN, trie_pattern

#: above this many trigger forms in a text, its words are read one by one instead
_MANY_FORMS = 500

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
        forms = doc.own_word_set
        spanish_forms = {w for w in forms if spanish_score(w)}  # one look-up per word form
        if not spanish_forms and not _SEEDS.intersection(forms):
            return
        triggers = {w for w in forms if w in spanish_forms or w.lower() in _HABER or w.lower() in _ARTICLE}
        # the words acted on, found where they stand (the text's other words are read only
        # around them: a scan of every word would cost more than all the rest)
        done = 0   # words that start before this offset belong to a segment already reported
        for start in _word_positions(text, triggers):
            if start < done:
                continue
            after = _WordsFrom(text, start)
            w, s, e = after[0]
            prev = _word_before(text, s)
            nxt = after.word(1)
            low = w.lower()
            if doc.protected(s, e) or _quoted(text, s, e) or _hyphenated(text, s, e):
                continue
            if (low in _HABER and w.islower() and nxt and _participle(nxt) and not spanish_score(prev or "x")
                    and not prev.isdigit()):  # "2.4 ha surrounded": hectares
                yield finding(self, s, e, w, [(_HABER[low], 0.95)], 0.92,
                              f"'{w} {nxt}': Spanish auxiliary '{w}' (haber) before an English participle")
            elif (low in _ARTICLE and doc.at_sentence_start(s) and nxt.islower() and _english(nxt)
                  and nxt.lower() not in _NOT_NOUN_START
                  and after[2] is not None and nxt not in spanish_forms and after.word(2) not in spanish_forms):
                yield finding(self, s, e, w, [(_ARTICLE[low].capitalize() if w[0].isupper() else _ARTICLE[low], 0.95)],
                              0.9, f"Spanish article '{w}' before English words ('{nxt} {after.word(2)}')")
            elif w in spanish_forms and w.islower():
                k = 0   # the run ends at the k-th word from this one
                while after[k + 1] is not None and after.word(k + 1).islower():
                    if after.word(k + 1) in spanish_forms:
                        k += 1
                    elif (after[k + 2] is not None and after.word(k + 2) in spanish_forms
                          and after.word(k + 2).islower()
                          and es_zipf(after.word(k + 1)) >= 5.0):  # "que no habrá": shared words bridge
                        k += 2
                    else:
                        break
                named = (prev[:1].isupper() and spanish_score(prev)) or (
                    after[k + 1] is not None and after.word(k + 1)[:1].isupper() and prev[:1].isupper())
                run_end = after[k][2]
                if k and not named and not all(after.word(x).lower() in _GLUE for x in range(k + 1)):
                    seg = text[s:run_end]
                    yield finding(self, s, run_end, seg, [], 0.8,
                                  f"'{seg}' looks untranslated: {k + 1} Spanish words in a row (wordfreq es vs en)")
                if k:
                    done = run_end
                    continue
                if (low in _FUNCTION and prev.islower() and _english(prev) and _english(nxt)
                        and (low not in _PREPOSITIONS or nxt.lower() in _NP_START)):
                    yield finding(self, s, e, w, [(_FUNCTION[low], 0.9)], 0.9,
                                  f"Spanish '{w}' between English words; it means '{_FUNCTION[low]}'")
                elif len(w) >= 4 and low not in _FUNCTION and not named:
                    yield finding(self, s, e, w, [], 0.75,
                                  f"'{w}' is Spanish, not English (wordfreq Zipf es {es_zipf(w):.1f}, en {zipf(w):.1f}); "
                                  "translate it or mark it as a quotation")


def _starts_word(text: str, i: int) -> bool:
    """Does the text's word scan (WORD_RE, left to right) start a word at ``i``?  Not inside
    one, nor after an apostrophe that joins it to the word before ("d'Ivoire")."""
    return text[i:i + 1].isalnum() and not (i and (text[i - 1].isalnum() or (
        text[i - 1] in "'’" and i >= 2 and text[i - 2].isalnum())))


def _ends_word(text: str, e: int) -> bool:
    """Does a word of the scan end at ``e`` (no letter, digit, or joining apostrophe next)?"""
    return not (text[e:e + 1].isalnum() or text[e:e + 1] in ("'", "’") and text[e + 1:e + 2].isalnum())


def _word_positions(text: str, forms: set[str]) -> list[int]:
    """Where a word of the text (as WORD_RE reads it) is one of ``forms``, in text order.

    >>> _word_positions("Los Angeles: la casa, l'la, las y la", {"la", "las", "Los"})
    [0, 13, 28, 34]
    """
    if not forms:
        return []
    if len(forms) > _MANY_FORMS or max(map(len, forms)) > TRIE_MAX_LEN:
        # a text full of Spanish: compiling the alternation would cost more than reading
        # every word
        return [m.start() for m in WORD_RE.finditer(text) if m.group() in forms]
    pattern = re.compile(trie_pattern(forms))
    out = []
    m = pattern.search(text)
    while m:
        # (the alternation tries longer forms first; where a form matches inside a longer
        # word, no shorter form can be that word either: a letter or a joining apostrophe
        # follows it too)
        i = m.start()
        if _starts_word(text, i) and _ends_word(text, m.end()):
            out.append(i)
        m = pattern.search(text, i + 1)
    return out


def _word_before(text: str, s: int) -> str:
    """The word (as WORD_RE reads the text) before the word starting at ``s``; "" if none.
    Read from a stretch before ``s``, widened when the stretch starts inside that word.

    >>> _word_before("Dijo que la casa", 9), _word_before("casa", 0), _word_before("x" * 500 + " la", 501)[:3]
    ('que', '', 'xxx')
    """
    reach = 64
    while True:
        lo = max(0, s - reach)
        last = None
        for last in WORD_RE.finditer(text, lo, s):
            pass
        if last is not None and (lo == 0 or _starts_word(text, last.start())):
            return last.group()   # (a word the scan would read whole: not the tail of one cut at lo)
        if last is None and lo == 0:
            return ""
        reach *= 8


class _WordsFrom:
    """The words from the one at ``start`` on, as the text's word scan reads them (lazily):
    ``after[k]`` is (word, start, end) of the k-th, or None past the text's end."""

    def __init__(self, text: str, start: int):
        self._scan = WORD_RE.finditer(text, start)
        self._seen: list[tuple[str, int, int]] = []

    def __getitem__(self, k: int) -> tuple[str, int, int] | None:
        while len(self._seen) <= k:
            m = next(self._scan, None)
            if m is None:
                return None
            self._seen.append((m.group(), m.start(), m.end()))
        return self._seen[k]

    def word(self, k: int) -> str:
        """The k-th word, or "" past the text's end."""
        got = self[k]
        return got[0] if got is not None else ""


def _quoted(text: str, s: int, e: int) -> bool:
    return (s > 0 and text[s - 1] in _QUOTES) or (e < len(text) and text[e] in _QUOTES and text[e:e + 2] not in ("'s", "’s"))


def _hyphenated(text: str, s: int, e: int) -> bool:
    return (s > 0 and text[s - 1] == "-") or text[e:e + 1] == "-"
