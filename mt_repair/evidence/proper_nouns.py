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
>>> name_run_on_share("Alexander") > 0.8, name_run_on_share("Tripoli") < 0.2, name_run_on_share("Group")
(True, True, 0.0)

``data/name_parts.tsv`` (``build_proper_nouns.py --name-parts``) lists the words that
continue names: right after a capitalised word they are capitalised at least 10% of the
time ("China News", "Tower Group", "Olympic Games"); "aims", "demand" or "singer" never are.

>>> is_name_part("news"), is_name_part("aims")
(True, False)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

__all__ = ["is_proper_noun", "name_run_on_share", "proper_nouns", "is_name_part"]

_DATA = Path(__file__).with_name("data") / "proper_nouns.tsv"
_NAME_PARTS = Path(__file__).with_name("data") / "name_parts.tsv"


@lru_cache(maxsize=1)
def proper_nouns() -> dict[str, float]:
    """Lower-cased name -> share of its capitalised uses followed by a capitalised word
    (loaded once, on first use)."""
    out = {}
    with open(_DATA, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            word, cap, _low, then_cap = line.rstrip("\n").split("\t")
            out[word] = int(then_cap) / int(cap)
    return out


def is_proper_noun(word: str) -> bool:
    """True if clean news nearly always writes ``word`` capitalised (case-insensitive)."""
    return word.lower() in proper_nouns()


def name_run_on_share(word: str) -> float:
    """How often the name ``word`` ran on into another capitalised word (0.0 if no name)."""
    return proper_nouns().get(word.lower(), 0.0)


@lru_cache(maxsize=1)
def _name_parts() -> frozenset[str]:
    with open(_NAME_PARTS, encoding="utf-8") as fh:
        return frozenset(line.split("\t", 1)[0] for line in fh if not line.startswith("#"))


def is_name_part(word: str) -> bool:
    """True if clean news capitalises ``word`` after a capitalised word often enough that it
    continues names ("China News"): a capitalised token ending in it may be a brand."""
    return word.lower() in _name_parts()
