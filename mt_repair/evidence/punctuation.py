"""What did a join lose?  Separator statistics from clean text, combined with a prior.

Real merged joins come from scraped pages where an HTML tag boundary swallowed the
space, and usually the punctuation with it (83% of the joins in a real page).
For a join ``left|right`` each separator ``s`` (comma, semicolon, colon, dash,
period, or a plain space) is scored by naive Bayes over three pieces of evidence
counted in clean news (``data/punct_stats.tsv``, built by
``scripts/build_punct_stats.py``): the right-hand word, the right-hand bigram
(when seen often enough) and the left-hand word; unlisted words fall back to
their class (capitalised, number, lower-case).  Where the pair itself was seen
often ("to which", "he also"), its own counts replace the product; where the join
stands in its sentence (:func:`clause_state`: after an apposition's comma, at a
sentence-opening subject, ...) and, for a sentence's first word, that word's own
counts there, weigh in as well::

    P(s | join) ∝ prior(s) · Π  P(evidence | s) / P(evidence)

The prior is not the measured 83%: that share already reflects which words joins stand
before (which, and, as: words that follow commas anyway), and the right-hand word is
evidence in the product too, so 0.83 counts it twice.  With 0.70 every join in the
real article the project started from gets its separator ("activityby" -> "activity by",
the rest lose a comma), the MLQE-PE post-edits' TER is no longer raised, and on the
synthetic benchmark (whose generator makes exactly the 0.83 assumption) lost commas
restored fall by 2.5 points while plain joins restored rise by 8 (see BENCHMARKS.md).

>>> best = separator_probabilities("trains", "which", "have")[0]
>>> best[0], best[1] > 0.9
(', ', True)
>>> separator_probabilities("He", "also", "said")[0][0]
' '
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

__all__ = ["separator_probabilities", "pair_count", "bigram_count", "comma_share", "key_comma_share",
           "separator_counts",
           "clause_state", "state_key", "frequent_pairs", "LOST_PUNCT_PRIOR", "SEPARATORS"]

#: prior that a join lost punctuation (83% of real joins did; see the module docstring)
LOST_PUNCT_PRIOR = 0.70
#: separators in the order of the data file's columns: what goes between the two pieces
SEPARATORS = (" ", ", ", "; ", ": ", " – ", ". ")
_DATA = Path(__file__).with_name("data") / "punct_stats.tsv"
_MIN_BIGRAM = 30
_SHRINK = 30.0
_PAIR_SHRINK = 10.0
_STATE_SHRINK = 30.0


@lru_cache(maxsize=1)
def _table() -> dict[str, tuple[int, ...]]:
    table: dict[str, tuple[int, ...]] = {}
    with open(_DATA, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            key, *counts = line.rstrip("\n").split("\t")
            table[key] = tuple(map(int, counts))
    return table


def _class(word: str) -> str:
    if word[:1].isdigit():
        return "*NUM*"
    return "*CAP*" if word[:1].isupper() else "*LOW*"


def _shares(counts, fallback, shrink: float = None) -> list[float]:
    """Separator distribution of ``counts``, shrunk towards ``fallback`` when counts are few."""
    k = _SHRINK if shrink is None else shrink
    n = sum(counts)
    return [(c + k * f) / (n + k) for c, f in zip(counts, fallback)]


def _dist(table, key: str, cls_key: str, base: list[float]) -> list[float]:
    cls = table.get(cls_key)
    fallback = _shares(cls, base) if cls else base
    counts = table.get(key)
    return _shares(counts, fallback) if counts else fallback


def separator_probabilities(left: str, right: str, next_word: str = "",
                            prior: float = LOST_PUNCT_PRIOR, state: str = "") -> list[tuple[str, float]]:
    """[(separator, probability), ...] for a join ``left|right``, most likely first.

    ``state`` is the join's :func:`clause_state` in its sentence, if known: how often
    each separator stands at such a place, against the same two word classes anywhere,
    is one more piece of evidence; a sentence's first word has its own counts ("Still,
    Friday", but "There are").  A period is only possible before a capital (the
    right piece keeps its case).
    """
    table = _table()
    total = table["*TOTAL*"]
    n = sum(total)
    base = [c / n for c in total]
    r = right.lower()
    evidence = [_dist(table, f"R:{r}", f"R:{_class(right)}", base),
                _dist(table, f"L:{left.lower()}", f"L:{_class(left)}", base)]
    if state == "start":
        opener = table.get(f"I:{left.lower()}")
        if opener:   # the sentence's first word: "Still, Friday", but "There are"
            evidence[1] = _shares(opener, evidence[1])
    if next_word:
        bigram = table.get(f"B:{r} {next_word.lower()}")
        if bigram and sum(bigram) >= _MIN_BIGRAM:
            evidence[0] = _shares(bigram, evidence[0])
    # implied separator shares for this context (naive Bayes over the evidence) ...
    implied = [base[i] for i in range(len(SEPARATORS))]
    for dist in evidence:
        implied = [q * d / b for q, d, b in zip(implied, dist, base)]
    z = sum(implied) or 1.0
    implied = [q / z for q in implied]
    # ... replaced by the pair's own counts where the pair was seen ("to which", "he also")
    pair = table.get(f"P:{left.lower()} {r}")
    if pair:
        implied = _shares(pair, implied, _PAIR_SHRINK)
    if state:
        everywhere = table.get(state_key(left, right, "*"))
        here = table.get(state_key(left, right, state))
        if everywhere and here:
            anywhere = _shares(everywhere, base)
            implied = [q * h / a for q, h, a in zip(implied, _shares(here, anywhere, _STATE_SHRINK), anywhere)]
    punct_total = n - total[0]
    scores = []
    for i, sep in enumerate(SEPARATORS):
        if sep == ". " and not right[:1].isupper():
            scores.append(0.0)
            continue
        p = (1.0 - prior) if i == 0 else prior * total[i] / punct_total
        scores.append(p * implied[i] / base[i])
    z = sum(scores) or 1.0
    ranked = sorted(((SEPARATORS[i], s / z) for i, s in enumerate(scores)), key=lambda t: -t[1])
    return [t for t in ranked if t[1] > 0.0]


def separator_counts(key: str) -> tuple[int, ...] | None:
    """The data file's counts for ``key``, one per :data:`SEPARATORS` entry (None if unlisted).

    Keys: ``R:<word>`` (a word after a boundary), ``L:<word>`` (before one), ``B:<a> <b>``
    (neighbours), ``P:<a> <b>`` (a pair written as two words), ``I:<word>`` (a sentence's
    first word), ``S:...`` (see :func:`state_key`), ``*TOTAL*``.

    >>> len(separator_counts("*TOTAL*")) == len(SEPARATORS), separator_counts("R:qqqzzz")
    (True, None)
    """
    return _table().get(key)


def pair_count(left: str, right: str) -> int:
    """How often ``left right`` stood side by side as two words in clean news (0 if < 8).

    >>> pair_count("white", "house") > 100
    True
    """
    counts = _table().get(f"P:{left.lower()} {right.lower()}")
    return sum(counts) if counts else 0


@lru_cache(maxsize=4)
def frequent_pairs(min_count: int) -> dict[str, tuple[str, str]]:
    """Pairs clean news wrote as two words at least ``min_count`` times, keyed by the two
    written solid: {"accordingto": ("according", "to"), ...} (built once, on first use).

    >>> frequent_pairs(100)["accordingto"]
    ('according', 'to')
    """
    out = {}
    for key, counts in _table().items():
        if key.startswith("P:") and sum(counts) >= min_count:
            a, _, b = key[2:].partition(" ")
            if b:
                out.setdefault(a + b, (a, b))
    return out


def bigram_count(first: str, second: str) -> int:
    """How often ``first second`` were seen as neighbours in clean news, any separator
    between them (0 if fewer than the data file's minimum count).

    >>> bigram_count("responsible", "for") > 100, bigram_count("skins", "were")
    (True, 0)
    """
    counts = _table().get(f"B:{first.lower()} {second.lower()}")
    return sum(counts) if counts else 0


def comma_share(word: str, min_count: int = 15) -> float:
    """Share of ``word``'s occurrences after a word boundary that follow a comma (0 if rare).

    High for words that start clauses ("arguing", "said", "including"), near zero for
    nouns that end compounds and brand names ("group", "life", "arena").

    >>> comma_share("including") > 0.3, comma_share("group") < 0.01
    (True, True)
    """
    return key_comma_share(f"R:{word.lower()}", min_count)


def key_comma_share(key: str, min_count: int = 15, unseen: float = 0.0) -> float:
    """Share of commas among the separators counted under any data-file ``key`` (see
    :func:`separator_counts`); ``unseen`` if it was counted fewer than ``min_count`` times.

    >>> key_comma_share("L:had", 1000) < 0.01, key_comma_share("L:qqqzzz", 1000, unseen=1.0)
    (True, 1.0)
    """
    counts = _table().get(key)
    if not counts or sum(counts) < min_count:
        return unseen
    return counts[1] / sum(counts)


#: words that open an introductory phrase or clause, which a comma usually closes
INTRO_OPENERS = frozenset("""if when whenever although though after before while since because as
despite in on at for according with without during following unlike like by under once unless
until given whether from amid among through over last this besides instead meanwhile however
thus therefore now today yesterday earlier later still yet also""".split())
#: finite auxiliaries and modals: after a subject, only a closing apposition puts a comma
AUXILIARIES = frozenset("""will would can could should may might must shall has have had is are
was were does did""".split())
_FUNCTION_IN_NAMES = frozenset(("the", "of", "de", "la", "del", "and", "von", "van", "al", "el"))
_OPENING_MARKS = "\"“‘'(["


def clause_state(before: str) -> str:
    """Where in its sentence a boundary falls, from the sentence text ``before`` it (which
    ends with the left word): the punctuation already seen decides whether a comma closes
    something here.

    ``start``: the left word opens the sentence; ``intro1``/``intro2``: no punctuation
    yet and the sentence opened with an introducing word ("If not|you") 1 or 2-3 words
    ago; ``none1``/``none2``/``none3``: no punctuation yet, 1, 2-3 or 4+ words in (a
    longer opener counts as ``none3``: in damaged text another join may have eaten its
    comma, "Among the most important are the border crossing closuresboth ... economic
    activity|by"); ``appos``: a comma then a short run of names ("The president, Javier
    Milei|insisted"); ``near``: a comma at most three words back; ``after``: further.

    >>> clause_state("The president of Argentina, Javier Milei"), clause_state("The Ministry of Health")
    ('appos', 'none2')
    >>> clause_state("If not"), clause_state("Health")
    ('intro1', 'start')
    """
    words = before.split()
    if len(words) <= 1:
        return "start"
    for k in range(len(words) - 2, -1, -1):
        w = words[k]
        if w[-1:] in ",;:" or w in ("-", "–", "—"):
            phrase = words[k + 1:]
            if len(phrase) <= 5 and all(x.lstrip(_OPENING_MARKS)[:1].isupper() or x in _FUNCTION_IN_NAMES
                                        for x in phrase):
                return "appos"
            return "near" if len(phrase) <= 3 else "after"
    n = len(words) - 1
    bucket = "1" if n == 1 else "2" if n <= 3 else "3"
    opener = words[0].lstrip(_OPENING_MARKS).lower()
    return ("intro" if opener in INTRO_OPENERS and n <= 3 else "none") + bucket


def state_key(left: str, right: str, state: str) -> str:
    """The data file's key for a boundary's clause state, with coarse classes of the two
    words: ``S:<left class>|<right class>|<state>`` (``state`` "*" for all states).  Right
    words are capitalised, finite auxiliaries and modals (:data:`AUXILIARIES`: a comma
    between a subject and "will" only closes an apposition), -ed or -ing forms, or other
    lower-case words.

    >>> state_key("Milei", "insisted", "appos")
    'S:*CAP*|ed|appos'
    """
    r = right.lower()
    rc = ("cap" if right[:1].isupper() else "aux" if r in AUXILIARIES else "ed" if len(r) >= 5 and r.endswith("ed")
          else "ing" if len(r) >= 5 and r.endswith("ing") else "low")
    return f"S:{_class(left)}|{rc}|{state}"
