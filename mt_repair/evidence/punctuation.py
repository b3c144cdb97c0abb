"""Did a join lose a comma?  Counts from clean text, combined with a prior.

Real merged joins come from scraped pages where an HTML tag boundary swallowed the
space, and usually the punctuation with it (83% of joins measured on real pages).
So for a join ``left|right`` we ask: is ``right`` (and the word after it) the kind
of word that follows a comma in clean English?  With counts from
``data/punct_before.tsv`` (built by ``scripts/build_punct_stats.py``):

    odds(comma) = prior_odds * P(context | comma) / P(context | plain)

>>> comma_probability("which") > 0.9
True
>>> comma_probability("by") < 0.5
True
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

__all__ = ["comma_probability", "LOST_PUNCT_PRIOR"]

#: prior that a merged join lost a comma: 83% of real joins lost punctuation of some kind,
#: most of it commas (the rest: periods, colons, quotes, dashes).
LOST_PUNCT_PRIOR = 0.7
_DATA = Path(__file__).with_name("data") / "punct_before.tsv"
_MIN_BIGRAM = 20
_SHRINK = 20.0


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, tuple[int, int]], tuple[int, int]]:
    table: dict[str, tuple[int, int]] = {}
    total = (1, 1)
    with open(_DATA, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            key, c, p = line.rstrip("\n").split("\t")
            if key == "*TOTAL*":
                total = (int(c), int(p))
            else:
                table[key] = (int(c), int(p))
    return table, total


def comma_probability(right: str, next_word: str = "", prior: float = LOST_PUNCT_PRIOR) -> float:
    """Probability that a comma belongs before ``right`` at a merged join."""
    table, (n_comma, n_plain) = _table()
    r = right.lower()
    counts = None
    if next_word:
        counts = table.get(r + " " + next_word.lower())
        if counts is not None and sum(counts) < _MIN_BIGRAM:
            counts = None
    if counts is None:
        counts = table.get(r, (0, 0))
    c, p = counts
    base = n_comma / (n_comma + n_plain)
    share = (c + _SHRINK * base) / (c + p + _SHRINK)  # shrink rare words to the base rate
    odds = prior / (1.0 - prior) * (share / base) / ((1.0 - share) / (1.0 - base))
    return odds / (1.0 + odds)
