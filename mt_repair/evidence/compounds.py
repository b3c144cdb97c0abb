"""How readily a word builds closed compounds: how many listed words it starts or ends.

Between two content words merged-words cannot tell a join ("bagsmoney", "semesteroften")
from an unlisted compound ("forkballs", "stablemaster") by the word list alone.  But the
list itself shows which words build compounds: "ball" ends 92 listed words (football,
handball, ...), "master" 77, "fish" 85; "money" ends 7, "often" none.  A right piece that
ends no listed compound, after a left piece that starts few, is a join far more often.

``data/compound_parts.tsv`` (built by ``scripts/build_compound_parts.py`` from wordfreq's
large English list) holds, for each word of Zipf >= 3.0 and three letters or more, the
number of listed lower-case words of six letters or more that split into it and another
such word: as the head (``heads``) and as the tail (``tails``).

>>> tails("ball") > 50, tails("often")
(True, 0)
>>> heads("air") > 50, heads("semester")
(True, 0)
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from pathlib import Path

__all__ = ["heads", "tails", "singular_tails", "count_parts", "PART_MIN_ZIPF"]

_DATA = Path(__file__).with_name("data") / "compound_parts.tsv"
#: how common (Zipf) each piece of a listed compound must be to count
PART_MIN_ZIPF = 3.0


def count_parts(vocab: dict[str, float], min_zipf: float = PART_MIN_ZIPF) -> dict[str, tuple[int, int]]:
    """word -> (listed compounds it starts, listed compounds it ends), over the lower-case
    alphabetic words of six letters or more in ``vocab``, at every split into two pieces of
    three letters or more that are both in ``vocab`` with Zipf >= ``min_zipf``.

    >>> count_parts({"football": 4.0, "foot": 4.5, "ball": 4.5, "handball": 3.0, "hand": 5.0})["ball"]
    (0, 2)
    """
    common = {w for w, z in vocab.items() if z >= min_zipf and len(w) >= 3 and w.isalpha()}
    head: Counter = Counter()
    tail: Counter = Counter()
    for w in vocab:
        if len(w) < 6 or not (w.isalpha() and w.islower()):
            continue
        for i in range(3, len(w) - 2):
            left, right = w[:i], w[i:]
            if left in common and right in common:
                head[left] += 1
                tail[right] += 1
    return {w: (head[w], tail[w]) for w in sorted(set(head) | set(tail))}


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[int, int]]:
    out = {}
    with open(_DATA, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            w, h, t = line.rstrip("\n").split("\t")
            out[w] = (int(h), int(t))
    return out


def heads(word: str) -> int:
    """How many listed compounds start with ``word`` (lower-cased)."""
    return _table().get(word.lower(), (0, 0))[0]


def tails(word: str) -> int:
    """How many listed compounds end with ``word`` (lower-cased)."""
    return _table().get(word.lower(), (0, 0))[1]


def singular_tails(word: str) -> int:
    """:func:`tails` of ``word`` or of its singular, whichever is higher: compounds are
    listed in the singular as often as not ("skins" ends 9 listed words, "skin" 25;
    "dishes" 1, "dish" 17; "flies" and "fly").

    >>> singular_tails("skins") == tails("skin"), singular_tails("dishes") == tails("dish")
    (True, True)
    """
    w = word.lower()
    forms = [w]
    if w.endswith("s"):
        forms.append(w[:-1])
        if w.endswith("es"):
            forms.append(w[:-2])
        if w.endswith("ies"):
            forms.append(w[:-3] + "y")
    return max(tails(f) for f in forms)
