"""Is this split of an unknown token a lost boundary?  A small logistic model over context.

The merged-words rules settle the clear joins ("trainswhich", "Mayorkasand") with their
own confidence.  Between two content words ("snowseveral", "damagebrought") the word
list alone cannot tell a join from an unlisted compound ("windwheel") or a brand, so the
rules stay below the safe threshold there.  This model weighs the evidence the rules
only partly use, all counted in clean news (``punct_stats.tsv``) or taken from wordfreq:
how common each piece is, whether the previous word and the left piece, or the right
piece and the next word, are seen side by side, how often the right piece opens a clause
after a comma, and the shape of the token.

It is trained by ``scripts/train_join_model.py`` on joins injected into the training
split of clean news (positives) and on every candidate the rules raise on clean text
(negatives), and shipped as ``data/join_model.json``: feature names, weights, the
feature means and scales, and the thresholds chosen on the dev split.  Scoring is a dot
product in plain Python; nothing is imported beyond the standard library.

>>> p = probability(join_features("snow", "several", prev="of", next_word="centimeters"))
>>> 0.0 <= p <= 1.0
True
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from . import logistic
from .lexicon import zipf
from .punctuation import bigram_count, comma_share, pair_count, separator_counts

__all__ = ["join_features", "probability", "thresholds", "FEATURES"]

_DATA = Path(__file__).with_name("data") / "join_model.json"

#: the features, in the order the weights are stored
FEATURES = (
    "lz", "rz", "min_z", "tok_listed", "llen", "rlen",
    "left_cap", "right_cap", "left_upper", "camel",
    "right_connective", "left_function", "prev_determiner", "no_prev", "no_next",
    "pair", "prev_left", "right_next", "right_after_comma", "left_before_punct",
    "right_count", "left_count", "sentence_start", "next_capital", "clause_end", "rule_conf",
)

@lru_cache(maxsize=1)
def _closed_classes() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """merged-words' connectives, left function words and determiners (imported on first
    use, as merged-words imports this module)."""
    from ..units.join_words import CONNECTIVES, DETERMINERS, LEFT_FUNCTION
    return CONNECTIVES, LEFT_FUNCTION, DETERMINERS


def _log_count(key: str) -> float:
    counts = separator_counts(key)
    return math.log1p(sum(counts)) if counts else 0.0


def _punct_share(key: str) -> float:
    counts = separator_counts(key)
    if not counts or sum(counts) < 15:
        return 0.0
    return 1.0 - counts[0] / sum(counts)


def join_features(left: str, right: str, prev: str = "", next_word: str = "",
                  sentence_start: bool = False, clause_end: bool = False,
                  rule_conf: float = 0.5) -> list[float]:
    """The feature vector (in :data:`FEATURES` order) of the split ``left|right``.

    >>> f = join_features("snow", "several", prev="of", next_word="centimeters")
    >>> len(f) == len(FEATURES), f[FEATURES.index("right_connective")]
    (True, 0.0)
    """
    connectives, left_function, determiners = _closed_classes()
    lz, rz = zipf(left), zipf(right)
    ll, rl = left.lower(), right.lower()
    return [
        lz, rz, min(lz, rz), float(zipf(left + right) > 0.0),
        min(len(left), 12) / 12, min(len(right), 12) / 12,
        float(left[:1].isupper()), float(right[:1].isupper()),
        float(len(left) > 1 and left.isupper()), float(left[:1].islower() and right[:1].isupper()),
        float(rl in connectives), float(ll in left_function),
        float(prev.lower() in determiners), float(not prev), float(not next_word),
        math.log1p(pair_count(left, right)),
        math.log1p(bigram_count(prev, left)) if prev else 0.0,
        math.log1p(bigram_count(right, next_word)) if next_word else 0.0,
        comma_share(right), _punct_share(f"L:{ll}"),
        _log_count(f"R:{rl}"), _log_count(f"L:{ll}"),
        float(sentence_start), float(next_word[:1].isupper()), float(clause_end), rule_conf,
    ]


@lru_cache(maxsize=1)
def _model() -> dict:
    return logistic.load(_DATA, FEATURES, "scripts/train_join_model.py")


def probability(features: list[float]) -> float:
    """P(join) for a feature vector from :func:`join_features`."""
    return logistic.probability(_model(), features)


def thresholds() -> tuple[float, float]:
    """(safe, all): the probabilities above which a split is acted on in each mode."""
    m = _model()
    return m["threshold_safe"], m["threshold_all"]
