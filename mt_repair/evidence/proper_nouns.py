"""Is a word a name?  Words that clean news writes capitalised mid-sentence.

``data/proper_nouns.tsv`` (built by ``scripts/build_proper_nouns.py`` from the clean
news train split) lists the words written with a capital in at least 90% of their
mid-sentence occurrences, seen capitalised at least three times: names of people,
places, agencies and nationalities.  Common words that brands are built from
("Group", "Money", "Trade", "Star") are not in it, which is what lets merged-words
tell two names run together ("IraqAfghanistan") from a brand ("TowerGroup").

>>> is_proper_noun("Iraq"), is_proper_noun("reuters"), is_proper_noun("Group")
(True, True, False)
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

__all__ = ["is_proper_noun", "proper_nouns"]

_DATA = Path(__file__).with_name("data") / "proper_nouns.tsv"


@lru_cache(maxsize=1)
def proper_nouns() -> frozenset[str]:
    """The lower-cased words of the list (loaded once, on first use)."""
    with open(_DATA, encoding="utf-8") as fh:
        return frozenset(line.split("\t", 1)[0] for line in fh if not line.startswith("#"))


def is_proper_noun(word: str) -> bool:
    """True if clean news nearly always writes ``word`` capitalised (case-insensitive)."""
    return word.lower() in proper_nouns()
