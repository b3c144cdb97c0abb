"""Corruption units: inject the damage scraped machine-translated pages show.

Each kind is a small function ``(sentence, rng) -> Corruption | None`` registered
with :func:`~mt_repair.synth.base.register`; it returns ``None`` when the
sentence offers no place for that kind of damage.  Every function changes one
place only, and records it: ``clean[clean_span]`` became
``corrupted[corrupted_span]`` and the text outside the spans is identical.
Spans cover the whole affected word(s), so a detector's finding on the damaged
token overlaps the corrupted span.

>>> import random
>>> c = corrupt("The talks, which began in May failed.", random.Random(1), kinds=["merged"])
>>> c.kind, c.corrupted
('merged', 'The talkswhich began in May failed.')
>>> c.clean[c.clean_span[0]:c.clean_span[1]], c.lost
('talks, which', ',')

Kinds: ``merged``, ``doubled-initial``, ``glued-quote``, ``stray-capital``,
``space-before-punct``, ``missing-space-after-punct``, ``repeated-word``,
``merged-sentence`` and ``lost-period`` (texts of two or more sentences; not in
:data:`KINDS`, the one-sentence benchmark's kinds).
Importing this module registers them in :data:`~mt_repair.synth.base.REGISTRY`.
"""

from __future__ import annotations

import random
import re
from typing import Iterable, Optional, Sequence

from .base import REGISTRY, Corruption, register

__all__ = ["corrupt", "KINDS", "JOIN_BEFORE", "FUNCTION_WORDS"]

#: words that real merged joins cluster before (the right-hand piece)
JOIN_BEFORE = frozenset(
    "which and as but that who where although particularly while with by "
    "whose when including especially because since though whereas after".split()
)

#: lowercase function words that a lost boundary leaves capitalised mid-sentence
FUNCTION_WORDS = frozenset(
    "with the a an and of in on for to that which as but by from at this these "
    "its their his her after before while who where although when is was it "
    "there they we he she has have had will would also not or into than".split()
)

# words whose repetition is legitimate English ("had had", "that that") or risky
_LEGIT_REPEATS = frozenset("had that is was do can will very so many much".split())

# abbreviations after which a period is not a sentence boundary
_ABBREV = frozenset(
    "mr mrs ms dr st jr sr prof gen col lt sgt rep sen gov no vs etc inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec u.s a.m p.m e.g i.e".split()
)

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
_SENT_END = ".!?:;\"'”’»)"


def _mk(kind: str, clean: str, corrupted: str, cs: int, ce: int, ks: int, ke: int,
        lost: str = "") -> Corruption:
    c = Corruption(kind, clean, corrupted, (cs, ce), (ks, ke), lost)
    # invariant: everything outside the spans is identical
    assert clean[:cs] == corrupted[:ks] and clean[ce:] == corrupted[ke:], c
    assert clean != corrupted, c
    return c


def _pick(rng: random.Random, items: Sequence, weights: Sequence[float]):
    if not items:
        return None
    return rng.choices(items, weights=weights, k=1)[0]


def _is_sentence_start(sentence: str, pos: int) -> bool:
    """True when the word at ``pos`` starts the sentence (or follows . ! ? or an opening quote)."""
    before = sentence[:pos].rstrip(" \"'“‘«(—–-")
    if not before:
        return True
    return before[-1] in ".!?:"


# ---------------------------------------------------------------------------
# merged: two words joined, often losing the punctuation between them
# ---------------------------------------------------------------------------

_BOUNDARY = re.compile(r"([,;:]?) ")


def _boundaries(sentence: str):
    """(left_match, right_match, punct) for each 'word[,;:] word' boundary."""
    words = list(_WORD.finditer(sentence))
    for a, b in zip(words, words[1:]):
        between = sentence[a.end():b.start()]
        m = _BOUNDARY.fullmatch(between)
        if not m:
            continue
        left, right = a.group(), b.group()
        if not left[-1].isalnum() or not right[0].isalpha():
            continue
        yield a, b, m.group(1)


@register("merged")
def merged(sentence: str, rng: random.Random, lost_punct: Optional[bool] = None
           ) -> Optional[Corruption]:
    """Remove the space between two words, and the punctuation before it if any.

    "human mobility, particularly for" -> "human mobilityparticularly for"
    "December 27, and it" -> "December 27and it";  "activity by" -> "activityby".

    Joins follow the real distribution: they cluster after capitalised words
    (names) and numbers, and before which/and/as/but/that/who/where/although/
    particularly/while/with/by.  With ``lost_punct=None`` a punctuated boundary
    (usually a comma) is chosen with probability 0.83 when the sentence has one,
    else a plain one; ``True``/``False`` force the choice (``None`` if impossible).
    """
    plain, punct = [], []
    for a, b, p in _boundaries(sentence):
        left, right = a.group(), b.group()
        w = 1.0
        if right in JOIN_BEFORE:
            w *= 6.0
        if (left[0].isupper() and not _is_sentence_start(sentence, a.start())) or left[-1].isdigit():
            w *= 3.0
        if p:
            w *= 1.0 if p == "," else 0.3
            punct.append(((a, b, p), w))
        else:
            plain.append(((a, b, p), w))
    if lost_punct is None:
        pool = punct if punct and rng.random() < 0.83 else plain
    else:
        pool = punct if lost_punct else plain
    if not pool:
        return None
    a, b, p = _pick(rng, [x for x, _ in pool], [w for _, w in pool])
    cs, ce = a.start(), b.end()
    joined = a.group() + b.group()
    corrupted = sentence[:cs] + joined + sentence[ce:]
    return _mk("merged", sentence, corrupted, cs, ce, cs, cs + len(joined), lost=p)


# ---------------------------------------------------------------------------
# doubled-initial: "advance" -> "Aadvance"
# ---------------------------------------------------------------------------

@register("doubled-initial")
def doubled_initial(sentence: str, rng: random.Random) -> Optional[Corruption]:
    """Double a word's first letter, the first copy capitalised.

    "An advance of" -> "An Aadvance of";  "This is" (sentence start) -> "Tthis is".
    Only lowercase words of 3+ ASCII letters mid-sentence, or the first word.
    """
    cands = []
    for m in _WORD.finditer(sentence):
        w = m.group()
        if len(w) < 3 or not w.isascii() or not w.isalpha():
            continue
        start = _is_sentence_start(sentence, m.start())
        if start and w[0].isupper() and w[1:].islower():
            cands.append(m)
        elif not start and w.islower():
            cands.append(m)
    if not cands:
        return None
    m = rng.choice(cands)
    w = m.group()
    new = w[0].upper() + w[0].lower() + w[1:]
    corrupted = sentence[:m.start()] + new + sentence[m.end():]
    return _mk("doubled-initial", sentence, corrupted, m.start(), m.end(),
               m.start(), m.start() + len(new))


# ---------------------------------------------------------------------------
# glued-quote: 'maintain,” said' -> 'maintain“said'
# ---------------------------------------------------------------------------

# word, optional comma, closing quote, one space, word
_QUOTE_CLOSE = re.compile(r"([^\W_]+[.!?]?)(,?)([”\"’]) (?=([^\W_]+))")
_OPENING = {"”": "“", '"': '"', "’": "‘"}


@register("glued-quote")
def glued_quote(sentence: str, rng: random.Random) -> Optional[Corruption]:
    """Collapse comma + closing quote + space into a quote glued on both sides.

    'maintain,” said the SRE' -> 'maintain“said the SRE' (the closing quote turns
    into an opening one and the comma is lost);  'home” said' -> 'home”said'.
    Straight quotes: 'go," he said' -> 'go"he said'.
    """
    cands = []
    for m in _QUOTE_CLOSE.finditer(sentence):
        q = m.group(3)
        if q == "’" and not m.group(2):
            continue  # apostrophe, not a quote (girls’ school)
        if q == '"':
            # a straight quote closes only if an earlier one opened it
            if sentence[:m.start(3)].count('"') % 2 != 1:
                continue
        cands.append(m)
    if not cands:
        return None
    with_comma = [m for m in cands if m.group(2)]
    m = rng.choice(with_comma if with_comma and rng.random() < 0.75 else cands)
    left, comma, q, right = m.groups()
    end = m.end() + len(right)
    glued = left + (_OPENING[q] if comma else q) + right
    corrupted = sentence[:m.start()] + glued + sentence[end:]
    return _mk("glued-quote", sentence, corrupted, m.start(), end,
               m.start(), m.start() + len(glued), lost=comma)


def _title_case(sentence: str) -> bool:
    """Most words of 4+ letters capitalised: a headline in Title Case."""
    words = [w for w in _WORD.findall(sentence) if len(w) >= 4 and w[0].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


# ---------------------------------------------------------------------------
# stray-capital: "with several" -> "With several" mid-sentence
# ---------------------------------------------------------------------------

@register("stray-capital")
def stray_capital(sentence: str, rng: random.Random) -> Optional[Corruption]:
    """Capitalise a lowercase function word mid-sentence.

    "López Obrador with several" -> "López Obrador With several";
    "announced that a joint" -> "announced that A joint".
    Never the first word, nor a word after . ! ? : or an opening quote, nor in
    a Title Case headline (where a capital is not damage).
    """
    if _title_case(sentence):
        return None
    cands = []
    for m in _WORD.finditer(sentence):
        w = m.group()
        if w not in FUNCTION_WORDS or m.start() == 0:
            continue
        if sentence[m.start() - 1] != " " or _is_sentence_start(sentence, m.start()):
            continue
        cands.append(m)
    if not cands:
        return None
    m = rng.choice(cands)
    w = m.group()
    new = w[0].upper() + w[1:]
    corrupted = sentence[:m.start()] + new + sentence[m.end():]
    return _mk("stray-capital", sentence, corrupted, m.start(), m.end(), m.start(), m.end())


# ---------------------------------------------------------------------------
# space-before-punct: "boardwalk." -> "boardwalk ."
# ---------------------------------------------------------------------------

_PUNCT_AFTER_WORD = re.compile(r"([^\W_]+)([.,;:!?])(?=\s|$|[\"”’)])")


@register("space-before-punct")
def space_before_punct(sentence: str, rng: random.Random) -> Optional[Corruption]:
    """Insert a space between a word and the punctuation after it.

    "the boardwalk." -> "the boardwalk .";  "Madrid, Spain" -> "Madrid , Spain".
    Not inside numbers (3.5) or abbreviations (U.S.).
    """
    cands = []
    for m in _PUNCT_AFTER_WORD.finditer(sentence):
        if m.start() > 0 and sentence[m.start() - 1] == ".":
            continue  # U.S.
        if m.group(2) == "." and m.group(1).lower() in _ABBREV:
            continue
        cands.append(m)
    if not cands:
        return None
    # sentence-final periods and commas are the common case
    m = _pick(rng, cands, [3.0 if (m.end() == len(sentence.rstrip())) else 1.0 for m in cands])
    w, p = m.groups()
    new = w + " " + p
    corrupted = sentence[:m.start()] + new + sentence[m.end():]
    return _mk("space-before-punct", sentence, corrupted, m.start(), m.end(),
               m.start(), m.start() + len(new))


# ---------------------------------------------------------------------------
# missing-space-after-punct: "abbreviations, etc" -> "abbreviations,etc"
# ---------------------------------------------------------------------------

_PUNCT_SPACE = re.compile(r"([^\W_]+)([,;:.!?]) (?=([^\W\d_][^\W_]*))")


@register("missing-space-after-punct")
def missing_space_after_punct(sentence: str, rng: random.Random) -> Optional[Corruption]:
    """Remove the space after a comma, semicolon, colon or sentence end.

    "abbreviations, etc" -> "abbreviations,etc";  "said. The" -> "said.The".
    The next word must start with a letter (so no 1,000 / 3.5 look-alikes), and
    not after abbreviations (Mr. Smith) or initials (U.S. officials).
    """
    cands = []
    for m in _PUNCT_SPACE.finditer(sentence):
        left, p = m.group(1), m.group(2)
        if m.start() > 0 and sentence[m.start() - 1] in ".'’":
            continue
        if p == "." and (left.lower() in _ABBREV or len(left) == 1 or left.isupper()):
            continue
        cands.append(m)
    if not cands:
        return None
    m = _pick(rng, cands, [3.0 if m.group(2) == "," else 1.0 for m in cands])
    w, p, r = m.groups()
    end = m.end() + len(r)
    new = w + p + r
    corrupted = sentence[:m.start()] + new + sentence[end:]
    return _mk("missing-space-after-punct", sentence, corrupted, m.start(), end,
               m.start(), m.start() + len(new))


# ---------------------------------------------------------------------------
# merged-sentence and lost-period: a sentence end lost at a tag boundary ("FridayThe
# talks") or in a run-on sentence ("Friday The talks")
# ---------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"([^\W_]+)\. (?=([^\W\d_][^\W_]*))")


@register("merged-sentence")
def merged_sentence(sentence: str, rng: random.Random, at: Optional[int] = None) -> Optional[Corruption]:
    """Join two sentences, losing the period and the space between them.

    "It rained on Friday. The talks ended." -> "It rained on FridayThe talks ended."
    (a heading or paragraph that ends without a period, glued to the next one).
    Only before a capitalised word, never after abbreviations (Mr. Smith),
    initials (J. Smith, U.S. officials), a number ("No. 5", "3.50.") or a word in
    capitals ("NATO. The": an acronym join is another shape).  Applies to texts
    of two or more sentences: the training data joins neighbouring lines.  ``at``
    forces the sentence end whose period is at that offset (``None`` if it cannot be used).
    """
    return _lose_sentence_end("merged-sentence", sentence, rng, at, "")


@register("lost-period")
def lost_period(sentence: str, rng: random.Random, at: Optional[int] = None) -> Optional[Corruption]:
    """Lose a sentence's period but keep the space: a run-on sentence.

    "It rained on Friday. The talks ended." -> "It rained on Friday The talks ended."
    (MT output and scraped captions run sentences on; a capital mid-sentence is then a
    sentence start, not a stray capital).  Same places as :func:`merged_sentence`.
    """
    return _lose_sentence_end("lost-period", sentence, rng, at, " ")


def _lose_sentence_end(kind: str, sentence: str, rng: random.Random, at: Optional[int],
                       sep: str) -> Optional[Corruption]:
    """Replace ". " before a capitalised word by ``sep`` at one sentence end."""
    cands = []
    for m in _SENTENCE_END.finditer(sentence):
        left, right = m.group(1), m.group(2)
        if not right[0].isupper() or left.isupper() or len(left) == 1 or left.lower() in _ABBREV:
            continue
        if m.start() > 0 and sentence[m.start() - 1] in ".'’-":
            continue
        cands.append(m)
    if at is not None:
        cands = [m for m in cands if m.end(1) == at]
    if not cands:
        return None
    m = rng.choice(cands)
    left, right = m.group(1), m.group(2)
    end = m.end() + len(right)
    joined = left + sep + right
    corrupted = sentence[:m.start()] + joined + sentence[end:]
    return _mk(kind, sentence, corrupted, m.start(), end, m.start(), m.start() + len(joined), lost=".")


# ---------------------------------------------------------------------------
# repeated-word: "the" -> "the the"
# ---------------------------------------------------------------------------

_REPEAT_PREFER = frozenset("the a an to of in and for on is with by at from as".split())


@register("repeated-word")
def repeated_word(sentence: str, rng: random.Random) -> Optional[Corruption]:
    """Repeat a word: "of the talks" -> "of the the talks".

    Prefers short function words (as real duplications do); never words whose
    repetition can be legitimate ("had had", "that that"), nor next to an
    identical word.
    """
    words = list(_WORD.finditer(sentence))
    cands, weights = [], []
    for i, m in enumerate(words):
        w = m.group()
        if w.lower() in _LEGIT_REPEATS or not w.isalpha():
            continue
        nxt = words[i + 1].group() if i + 1 < len(words) else ""
        prv = words[i - 1].group() if i else ""
        if w.lower() in (nxt.lower(), prv.lower()):
            continue
        if sentence[m.end():m.end() + 1] not in (" ",):
            continue  # only repeat words followed by a space: "the the cat"
        cands.append(m)
        weights.append(5.0 if w.lower() in _REPEAT_PREFER else 1.0)
    m = _pick(rng, cands, weights)
    if m is None:
        return None
    w = m.group()
    new = w + " " + w
    corrupted = sentence[:m.start()] + new + sentence[m.end():]
    return _mk("repeated-word", sentence, corrupted, m.start(), m.end(),
               m.start(), m.start() + len(new), lost="")


KINDS: tuple[str, ...] = (
    "merged", "doubled-initial", "glued-quote", "stray-capital",
    "space-before-punct", "missing-space-after-punct", "repeated-word",
)


def corrupt(sentence: str, rng: random.Random, kinds: Optional[Iterable[str]] = None
            ) -> Optional[Corruption]:
    """Inject one artifact of a kind drawn from ``kinds`` (default: all) that applies.

    Kinds are tried in a random order until one applies; ``None`` if none does.

    >>> c = corrupt("An advance of troops.", random.Random(0), kinds=["doubled-initial"])
    >>> c.corrupted in ("An Aadvance of troops.", "An advance of Ttroops.")
    True
    """
    order = list(kinds) if kinds is not None else list(KINDS)
    rng.shuffle(order)
    for kind in order:
        c = REGISTRY[kind](sentence, rng)
        if c is not None:
            return c
    return None
