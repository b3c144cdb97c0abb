"""Comma or plain space at a join?  A small logistic model over the counts and the context.

The merged-words unit first ranks the separators a join may have lost with naive Bayes
over clean-news counts (:func:`mt_repair.evidence.punctuation.separator_probabilities`).
Those counts treat each piece of evidence alone.  This model weighs them together, with
what the counts leave out: where the join stands in its sentence, whether a comma came
before, whether the previous word and the left piece or the right piece and the next word
read as a pair, the shape of the two pieces and the commonest right-hand words.  It only
redistributes the probability the counts give to ", " and " " between the two; colons,
periods and dashes keep theirs.  The counts' log-odds enter with a fixed weight of 1, so
word evidence keeps its full strength, and the model leaves them alone where they are
sure (a comma share outside 20-80%) or where clean news almost never puts a comma after
the left word or before the right one ("had|labelled", "not|to": under 1%).

Trained by ``scripts/train_separator_model.py`` on joins injected into the TRAIN split of
clean news (the held-out splits never), shipped as ``data/separator_model.json``; scoring
is a dot product in plain Python.

>>> f = features("trains", "which", prev_word="for", next_word="have", before="crossings for trains",
...              nb_comma=0.8, nb_space=0.2)
>>> 0.5 < comma_probability(f) <= 1.0
True
"""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from . import logistic
from .lexicon import zipf
from .punctuation import bigram_count, clause_state, comma_share, key_comma_share, pair_count

__all__ = ["features", "comma_probability", "reweigh", "FEATURES"]

_DATA = Path(__file__).with_name("data") / "separator_model.json"
#: the share of ", " in the counts' comma-or-space mass between which the model decides
_UNSURE = (0.2, 0.8)
#: ... and unless clean news almost never has a comma after the left word or before the
#: right one (seen at least _MIN_SEEN times): "had" 0.2%, "not" 0.7%
_NEVER_COMMA = 0.01
_MIN_SEEN = 1000
_AUX = frozenset("will would can could should may might must has have had is are was were".split())

STATES = ("start", "intro1", "intro2", "none1", "none2", "none3", "appos", "near", "after")
#: right-hand words common enough at joins to have a weight of their own
RIGHT_WORDS = tuple("""and which who as but that where while when although with including
particularly especially such both the a he she it they we said says is was by for to in of on
from after before during since because if so also not will would has have had are were could
can an this his their its there""".split())

FEATURES = (
    ("nb_log_odds", "left_cap", "left_digit", "right_cap", "prev_determiner", "next_capital",
     "no_next", "prev_left", "right_next", "pair", "right_after_comma", "words_before",
     "comma_before", "right_connective", "left_zipf", "right_zipf", "right_ing", "right_ed",
     "left_plural", "left_ly", "at_end", "start_cap", "cap_verb", "cap_connective",
     "left_comma_share", "pair_comma_share")
    + tuple(f"state={s}" for s in STATES)
    + tuple(f"right={w}" for w in RIGHT_WORDS)
)


@lru_cache(maxsize=1)
def _closed_classes() -> tuple[frozenset[str], frozenset[str]]:
    from ..units.join_words import CONNECTIVES, DETERMINERS
    return CONNECTIVES, DETERMINERS


def features(left: str, right: str, prev_word: str = "", next_word: str = "", before: str = "",
             nb_comma: float = 0.5, nb_space: float = 0.5, at_end: bool = False) -> list[float]:
    """The feature vector (in :data:`FEATURES` order) of the join ``left|right``; ``before``
    is its sentence up to the left piece, ``nb_comma``/``nb_space`` what the counts give."""
    connectives, determiners = _closed_classes()
    rl = right.lower()
    state = clause_state(before)
    n_before = len(before.split())
    x = [
        math.log(nb_comma + 1e-3) - math.log(nb_space + 1e-3),
        float(left[:1].isupper()), float(left[-1:].isdigit()), float(right[:1].isupper()),
        float(prev_word.lower() in determiners), float(next_word[:1].isupper()), float(not next_word),
        math.log1p(bigram_count(prev_word, left)) if prev_word else 0.0,
        math.log1p(bigram_count(right, next_word)) if next_word else 0.0,
        math.log1p(pair_count(left, right)), comma_share(right), math.log1p(n_before),
        float("," in before), float(rl in connectives), zipf(left) / 7, zipf(right) / 7,
        float(rl.endswith("ing")), float(rl.endswith("ed")), float(left.endswith("s")),
        float(left.endswith("ly")), float(at_end),
        # a capitalised first word is a subject ("Vargas|insisted"), not an opener ("Still|,")
        float(state == "start" and left[:1].isupper() and zipf(left) < 4.5),
        float(left[:1].isupper() and (rl.endswith(("ed", "ing")) or rl in _AUX)),
        float(left[:1].isupper() and rl in connectives),
        # how often a comma follows the left word, and stands in the pair, in clean news
        # ("had|labelled": almost never)
        key_comma_share(f"L:{left.lower()}"), key_comma_share(f"P:{left.lower()} {rl}"),
    ]
    x += [float(state == s) for s in STATES]
    x += [float(rl == w) for w in RIGHT_WORDS]
    return x


@lru_cache(maxsize=1)
def _model() -> dict | None:
    if not _DATA.exists():
        return None
    return logistic.load(_DATA, FEATURES, "scripts/train_separator_model.py")


def comma_probability(x: list[float]) -> float:
    """P(", " rather than " ") for a feature vector from :func:`features`."""
    m = _model()
    if m is None:
        return 0.5
    return logistic.probability(m, x[1:], offset=x[0])   # the counts' log-odds, weight 1


def reweigh(seps: list[tuple[str, float]], x: list[float],
            left: str | None = None, right: str = "") -> list[tuple[str, float]]:
    """``seps`` with the mass of ", " and " " split between them by the model, most likely
    first; unchanged when either is missing or no model is shipped.

    >>> reweigh([(": ", 0.6), (" ", 0.4)], [])
    [(': ', 0.6), (' ', 0.4)]
    """
    probs = dict(seps)
    if ", " not in probs or " " not in probs or _model() is None:
        return seps
    mass = probs[", "] + probs[" "]
    if not _UNSURE[0] <= probs[", "] / mass <= _UNSURE[1]:
        return seps   # the counts are sure: they stand
    if left is not None and any(key_comma_share(key, _MIN_SEEN, unseen=1.0) < _NEVER_COMMA
                                for key in (f"L:{left.lower()}", f"R:{right.lower()}")):
        return seps   # a word a comma almost never follows or precedes ("had|labelled", "not|to")
    p = comma_probability(x)
    probs[", "], probs[" "] = mass * p, mass * (1.0 - p)
    return sorted(probs.items(), key=lambda sp: -sp[1])
