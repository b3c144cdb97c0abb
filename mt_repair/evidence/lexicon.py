"""Word frequencies for English, from wordfreq's offline ``large`` list.

Why wordfreq: its data ships inside the wheel (no download), covers 321k English
word forms from many genres (names, brands and recent words included), loads in
about 0.2 s, and is licensed for redistribution.  We read its frequency dict once
and answer look-ups in a plain dict, so a look-up costs one hash.

>>> zipf("which") > 6
True
>>> zipf("mobilityparticularly")
0.0
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

__all__ = ["vocabulary", "zipf", "known", "regular_plural", "es_zipf", "more_spanish"]


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, float]:
    """Lower-cased word -> Zipf frequency (log10 of occurrences per billion words)."""
    from wordfreq import get_frequency_dict  # lazy: 0.2 s

    raw = get_frequency_dict("en", wordlist="large")
    return {w: math.log10(f) + 9.0 for w, f in raw.items() if f > 0}


def zipf(word: str) -> float:
    """Zipf frequency of ``word`` (case-insensitive, curly apostrophes folded); 0.0 if unknown."""
    w = word.lower()
    if "\u2019" in w:
        w = w.replace("\u2019", "'")
    return vocabulary().get(w, 0.0)


def known(word: str, min_zipf: float = 0.0) -> bool:
    z = zipf(word)
    return z > 0.0 and z >= min_zipf


def regular_plural(word: str, *, min_len: int = 4, singular_zipf: float = 3.0, word_zipf: float = 0.0,
                   not_endings: tuple[str, ...] = ("ss", "us", "is"), ies: bool = False) -> bool:
    """An English regular plural: "-s" after a singular of Zipf ``singular_zipf`` or more
    (``ies``: "-ies" after one in "-y" too), the word itself of Zipf ``word_zipf`` or more,
    ``min_len`` letters or more, not ending in ``not_endings`` ("press", "bus", "Pensis").

    >>> regular_plural("draughts"), regular_plural("press"), regular_plural("cities", ies=True)
    (True, False, True)
    """
    w = word.lower()
    if len(w) < min_len or not w.endswith("s") or w.endswith(not_endings):
        return False
    stem = w[:-3] + "y" if ies and w.endswith("ies") else w[:-1]
    return zipf(stem) >= singular_zipf and (not word_zipf or zipf(w) >= word_zipf)


def present_verb(word: str, *, min_len: int = 6, past_zipf: float = 3.0) -> bool:
    """A verb's third-person present ("-s"), ``min_len`` letters or more, lower case, whose
    regular past ("-ed", "-d", a doubled consonant: "admitted") is a word of Zipf ``past_zipf``
    or more and about as common as the word itself or more: mostly a verb, not a plural
    noun ("expects", not "prices" nor "sources").  Nouns whose past form is as common pass
    ("reports", "shares"): callers also ask the next word to open an object or a clause.

    >>> present_verb("expects"), present_verb("announces"), present_verb("admits"), present_verb("prices")
    (True, True, True, False)
    """
    if len(word) < min_len or not word.islower() or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return False
    stem = word[:-1]
    pasts = [stem + "d"] if stem.endswith("e") else [stem + "ed", stem + stem[-1] + "ed"]
    floor = max(past_zipf, zipf(word) - 0.1)
    return any(zipf(p) >= floor for p in pasts)


@lru_cache(maxsize=1)
def _spanish() -> dict[str, float]:
    from wordfreq import get_frequency_dict  # lazy, like the English list

    return {w: math.log10(f) + 9.0 for w, f in get_frequency_dict("es", wordlist="large").items() if f > 0}


def es_zipf(word: str) -> float:
    """Zipf frequency of ``word`` in Spanish (wordfreq's ``large`` list); 0.0 if unknown.

    >>> es_zipf("mañanera") > 2.0, es_zipf("mobilityparticularly")
    (True, 0.0)
    """
    return _spanish().get(word.lower(), 0.0)


#: the Zipf frequency in Spanish from which ``spanish_words.txt`` lists a word
SPANISH_MIN_ZIPF = 3.5
_SPANISH_WORDS = Path(__file__).with_name("data") / "spanish_words.txt"


@lru_cache(maxsize=1)
def _spanish_words() -> frozenset[str]:
    with open(_SPANISH_WORDS, encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip() and not line.startswith("#"))


def more_spanish(word: str) -> bool:
    """A common Spanish word (Zipf >= 3.5) more frequent in Spanish than in English: what
    :func:`es_zipf` and :func:`zipf` would say, from a small file
    (``scripts/build_spanish_words.py``) rather than the whole Spanish list.

    >>> more_spanish("Raquel"), more_spanish("Frente"), more_spanish("Hotel"), more_spanish("Centrum")
    (True, True, False, False)
    """
    return word.lower() in _spanish_words()
