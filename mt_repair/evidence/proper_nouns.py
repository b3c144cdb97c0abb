"""Is a word a name?  Words that clean news writes capitalised mid-sentence.

``data/proper_nouns.tsv`` (built by ``scripts/build_proper_nouns.py`` from the clean
news train split) lists the words written with a capital in at least 90% of their
mid-sentence occurrences, seen capitalised at least three times: names of people,
places, agencies and nationalities.  Common words that brands are built from
("Group", "Money", "Trade", "Star") are not in it, which is what lets merged-words
tell two names run together ("IraqAfghanistan") from a brand ("TowerGroup").  It also
counts how often each name ran on into another capitalised word: given names do
("Michal Hašek"), places rarely ("Tripoli, Fayez al-Sarraj").

>>> is_proper_noun("Iraq"), is_proper_noun("reuters"), is_proper_noun("Group")
(True, True, False)

A capitalised name written with accents that clean news lists without them is found
too ("Díaz" as "Diaz"); a word written without them is not looked up with them ("Super"
is no "Süper"), nor a lower-case Spanish word ("más" is no "MAS"):

>>> is_proper_noun("Díaz"), is_proper_noun("Super"), is_proper_noun("más")
(True, False, False)
>>> name_run_on_share("Alexander") > 0.8, name_run_on_share("Tripoli") < 0.2, name_run_on_share("Group")
(True, True, 0.0)

``data/name_parts.tsv`` (``build_proper_nouns.py --name-parts``) lists the words that
continue names: right after a capitalised word they are capitalised at least 10% of the
time ("China News", "Tower Group", "Olympic Games"); "aims", "demand" or "singer" never are.

>>> is_name_part("news"), is_name_part("aims")
(True, False)

``data/name_endings.tsv`` (``build_proper_nouns.py --name-endings``) counts how names end
before a function word: the function word and the two letters before it ("Martin" ends in
"rtin", "Dallas" in "llas").  An ending no name has tells a join from a name ("Hoywho").

>>> name_ending_count("Martin", 2) > 0, name_ending_count("Hoywho", 3)
(True, 0)

``data/name_tails.tsv`` (``build_proper_nouns.py --name-tails``) lists the common words
(Zipf >= 4, five letters or more) that end a capitalised token the word list lacks
("Tipsport", "Regensburger"): 113 of some 5,600 such words.  Any other one ends no unlisted
name or brand of clean news, so an unknown capitalised token that ends in it is a name
glued to the next word ("Chhatisgarh|adjacent to").

>>> ends_no_unlisted_name("adjacent"), ends_no_unlisted_name("sport"), ends_no_unlisted_name("rare")
(True, False, False)
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

__all__ = ["is_proper_noun", "always_capitalised", "name_run_on_share", "seldom_runs_on", "proper_nouns", "is_name_part",
           "name_ending_count", "ends_no_unlisted_name", "names_ending_like"]

_DATA = Path(__file__).with_name("data") / "proper_nouns.tsv"
_NAME_PARTS = Path(__file__).with_name("data") / "name_parts.tsv"
_NAME_ENDINGS = Path(__file__).with_name("data") / "name_endings.tsv"
_NAME_TAILS = Path(__file__).with_name("data") / "name_tails.tsv"
_CAMEL_NAMES = Path(__file__).with_name("data") / "camel_names.txt"
#: the words name_tails.tsv vouches for (see scripts/build_proper_nouns.py)
TAIL_MIN_ZIPF = 3.5
TAIL_MIN_LEN = 5


@lru_cache(maxsize=1)
def _counts() -> dict[str, tuple[int, int, int]]:
    """Lower-cased name -> (capitalised, lower-case, capitalised before a capitalised word)
    mid-sentence uses in clean news (loaded once, on first use)."""
    out = {}
    with open(_DATA, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            word, cap, low, then_cap = line.rstrip("\n").split("\t")
            out[word] = (int(cap), int(low), int(then_cap))
    return out


@lru_cache(maxsize=1)
def _folded() -> dict[str, tuple[int, int, int]]:
    """The listed names with diacritics, keyed without them, for a word written with other
    diacritics than the list's ("Besiktaş" finds "beşiktaş" as "besiktas")."""
    counts = _counts()
    return {fold_accents(w): c for w, c in counts.items() if not w.isascii() and fold_accents(w) not in counts}


def fold_accents(word: str) -> str:
    """``word`` without its diacritics: English news often drops the accents a
    machine translation keeps ("Díaz" -> "Diaz").

    >>> fold_accents("Díaz"), fold_accents("Erdoğan"), fold_accents("Hašek")
    ('Diaz', 'Erdogan', 'Hasek')
    """
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _lookup(word: str) -> tuple[int, int, int] | None:
    """The counts of ``word`` (case-insensitive), found accent-folded if not as written."""
    w = word.lower()
    counts = _counts()
    c = counts.get(w)
    if c is None and not w.isascii() and word[:1].isupper():
        # only a capitalised word written with diacritics is looked up without them: an
        # English word is no name because a listed one folds to it ("Super" is no
        # "Süper"), nor an untranslated Spanish word in lower case ("más" is no "MAS",
        # "político" no "Politico")
        w = fold_accents(w)
        c = counts.get(w) or _folded().get(w)
    return c


@lru_cache(maxsize=1)
def proper_nouns() -> dict[str, float]:
    """Lower-cased name -> share of its capitalised uses followed by a capitalised word."""
    return {w: then_cap / cap for w, (cap, _low, then_cap) in _counts().items()}


def always_capitalised(word: str, max_lower_share: float = 0.005) -> bool:
    """True if clean news writes ``word`` in lower case mid-sentence at most this share of
    its capitalised uses: a name, not a homograph ("Turkey" 345 to 6 "turkey", "Frank").

    >>> always_capitalised("Obama"), always_capitalised("China"), always_capitalised("turkey"), always_capitalised("polish")
    (True, True, False, False)
    """
    c = _lookup(word)
    return c is not None and c[1] <= max_lower_share * c[0]


@lru_cache(maxsize=1)
def camel_names() -> frozenset[str]:
    """Names written in camel case that are never a join (``data/camel_names.txt``:
    "DeepSeek", "CrowdStrike"), as written."""
    with open(_CAMEL_NAMES, encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip() and not line.startswith("#"))


def is_proper_noun(word: str) -> bool:
    """True if clean news nearly always writes ``word`` capitalised (case-insensitive; with or
    without its accents: "Díaz" as "Diaz")."""
    return _lookup(word) is not None


def name_run_on_share(word: str) -> float:
    """How often the name ``word`` ran on into another capitalised word (0.0 if no name)."""
    c = _lookup(word)
    return c[2] / c[0] if c else 0.0


#: a listed name that runs on into another capitalised word less often than this is no given name
NOT_GIVEN_SHARE = 0.5


def seldom_runs_on(word: str) -> bool:
    """A listed capitalised word that seldom runs on into another capital: an adjective, a
    place or a surname, no given name ("Serbian", "Mexican"; not "Susan")."""
    return is_proper_noun(word) and name_run_on_share(word) < NOT_GIVEN_SHARE


@lru_cache(maxsize=1)
def _last_three() -> dict[str, int]:
    out: dict[str, int] = {}
    for w in proper_nouns():
        if len(w) >= 4:
            out[w[-3:]] = out.get(w[-3:], 0) + 1
    return out


def names_ending_like(word: str) -> int:
    """How many listed names end in the last three letters of ``word`` (case-insensitive):
    "Slavnov" ends as Romanov and Lavrov do; "Gonm" as no name does.

    >>> names_ending_like("Slavnov") > 2, names_ending_like("Gonm")
    (True, 0)
    """
    return _last_three().get(word[-3:].lower(), 0) if len(word) >= 3 else 0


@lru_cache(maxsize=1)
def _name_parts() -> frozenset[str]:
    with open(_NAME_PARTS, encoding="utf-8") as fh:
        return frozenset(line.split("\t", 1)[0] for line in fh if not line.startswith("#"))


def is_name_part(word: str) -> bool:
    """True if clean news capitalises ``word`` after a capitalised word often enough that it
    continues names ("China News"): a capitalised token ending in it may be a brand."""
    return word.lower() in _name_parts()


@lru_cache(maxsize=1)
def _name_endings() -> dict[str, int]:
    with open(_NAME_ENDINGS, encoding="utf-8") as fh:
        rows = (line.rstrip("\n").split("\t") for line in fh if not line.startswith("#"))
        return {ending: int(n) for ending, n in rows}


def name_ending_count(token: str, tail: int) -> int:
    """How many names of clean news end as ``token`` does in its last ``tail`` letters (a
    function word of merged-words' ``NAME_BREAK_WORDS``) and the two letters before them."""
    return _name_endings().get(token[-(tail + 2):].lower(), 0)


@lru_cache(maxsize=1)
def _name_tails() -> frozenset[str]:
    with open(_NAME_TAILS, encoding="utf-8") as fh:
        return frozenset(line.split("\t", 1)[0] for line in fh if not line.startswith("#"))


def ends_no_unlisted_name(word: str) -> bool:
    """True if ``word`` is a common lower-case word (Zipf >= 4, five letters or more) that
    ends no capitalised token of clean news the word list lacks."""
    from .lexicon import zipf
    return (len(word) >= TAIL_MIN_LEN and word.isalpha() and word.islower()
            and zipf(word) >= TAIL_MIN_ZIPF and word not in _name_tails())
