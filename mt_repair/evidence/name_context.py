"""A name, or a name glued to a function word?  Two readings of one capitalised token.

"According to Borschevin the current structure": is "Borschevin" a name, or "Borschev"
glued to "in"?  Each reading predicts the next word ("the") differently:

* as a name, the next word follows a name: P(the | name), low: names are seldom
  followed by "the";
* as a join, the function word follows a name and the next word follows the function
  word: P(in | name) x P(the | in), high.

The log of their ratio is the evidence for the join.  P(w | name) is counted in clean news
(``data/name_followers.tsv``, built by ``scripts/build_proper_nouns.py --name-followers``:
the lower-case words that follow a mid-sentence name); P(the | in) comes from the word
pairs of ``punct_stats.tsv``.  Both are smoothed towards the word's overall frequency
(wordfreq), so a rare next word says little either way.

>>> join_log_odds("in", "the") > 0.5      # "Borschev|in the": a join
True
>>> join_log_odds("in", "at") < -3.0      # "Pakhrin at": a name ending in -in
True

The same counts tell a capitalised token that is a word glued to a common word
("Frenchchemical plant") from a brand ("Foodwatch is"): :func:`reads_on_log_odds` asks
how much better the next word follows the token's last word than a name.
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from .lexicon import zipf
from .punctuation import bigram_count, separator_counts

__all__ = ["join_log_odds", "reads_on_log_odds", "name_followers"]

_DATA = Path(__file__).with_name("data") / "name_followers.tsv"
#: pseudo-counts of the smoothing towards a word's overall frequency
SMOOTHING = 50.0


@lru_cache(maxsize=1)
def name_followers() -> dict[str, int]:
    """Lower-case word -> how often it followed a name (``*NAMES*``: all name occurrences)."""
    out = {}
    with open(_DATA, encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                word, n = line.rstrip("\n").split("\t")
                out[word] = int(n)
    return out


def _unigram(word: str) -> float:
    return max(10.0 ** zipf(word) / 1e9, 1e-8)


def _after_name(word: str) -> float:
    table = name_followers()
    return (table.get(word, 0) + SMOOTHING * _unigram(word)) / (table["*NAMES*"] + SMOOTHING)


def _after_word(word: str, nxt: str) -> float:
    """P(nxt | word), from the word pairs of clean news, smoothed (both lower case)."""
    seen = separator_counts(f"L:{word}")
    return (bigram_count(word, nxt) + SMOOTHING * _unigram(nxt)) / ((sum(seen) if seen else 0) + SMOOTHING)


def join_log_odds(function_word: str, next_word: str) -> float:
    """log P(join reading) / P(name reading) of a capitalised token that ends in
    ``function_word`` and stands before ``next_word`` (both lower case): how much better
    "<name> <function_word> <next_word>" explains the next word than "<name> <next_word>"."""
    fw, nxt = function_word.lower(), next_word.lower()
    return math.log(_after_name(fw)) + math.log(_after_word(fw, nxt)) - math.log(_after_name(nxt))


def reads_on_log_odds(word: str, next_word: str) -> float:
    """log P(next_word | word) / P(next_word | a name): how much better ``next_word``
    follows ``word`` than it follows a name ("chemical plant" against "<name> plant").

    >>> reads_on_log_odds("chemical", "plant") > 3.0, reads_on_log_odds("watch", "is") < 0.0
    (True, True)
    """
    nxt = next_word.lower()
    return math.log(_after_word(word.lower(), nxt)) - math.log(_after_name(nxt))
