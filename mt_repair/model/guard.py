"""The guard: a model edit is kept only when it is safe.

A replacement for a span passes when it

* keeps every number (digit run), URL / e-mail address and quote mark of the span
  (quote marks are counted, not their direction: ``maintain“said`` -> ``maintain,” said`` keeps its one quote);
* keeps every name: a capitalised word of the span must survive in the replacement,
  except a stray capital on a common word (``With`` -> ``with``), a doubled initial
  (``Aadvance`` -> ``advance``) or a merge being split (``Mayorkasand`` -> ``Mayorkas, and``);
  and it adds no capitalised word the span did not have;
* stays within an edit budget (character edits, see :func:`edit_budget`, or at most two
  words changed and 12 characters: ``realized`` -> ``carried out``); text the
  model *generated* (no rule candidate) must keep the span's letters, up to one dropped letter;
* changes a pronoun's gender only towards a gender the context shows, when the context is given;
* beats keeping the span by ``margin`` (in model log-probability), when scores are given.

:func:`check` returns ``(ok, reason)``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

__all__ = ["check", "edit_distance", "edit_budget", "letters", "names", "DEFAULT_MARGIN"]

#: log-probability (nats) by which a change must beat keeping the span
DEFAULT_MARGIN = 1.0

_NUM = re.compile(r"\d+")
_URL = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+", re.IGNORECASE)
_DQ = set('"“”„‟«»')
_SQ = set("'‘’‚‛`´")
_CAP = re.compile(r"[^\W\d_]+")

_COMMON = frozenset("""a about above after again against all also although an and another any are as at be because been
before being below between both but by can could did do does doing down during each either even every few for from
further had has have having he her here hers herself him himself his how however i if in including into is it its
itself just many may me might more most much must my neither no nor not now of off on once only or other our ours
out over own particularly especially per same she should since so some such than that the their theirs them then
there these they this those though through to too under until up upon very was we were what whatever when where
whereas whether which while who whom whose why will with within without would yet you your several still later
currently possibly attend attends attended attending carry carries carried carrying sensitive
""".split())


@lru_cache(maxsize=50000)
def _zipf(word: str) -> float:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover
        return 0.0
    return zipf_frequency(word, "en")


def _common(word: str) -> bool:
    w = word.lower()
    return w in _COMMON or _zipf(w) >= 5.0


def names(text: str) -> list[str]:
    """Capitalised letter runs of ``text`` that are not very common words (the words the guard protects)."""
    return [m.group() for m in _CAP.finditer(text) if m.group()[0].isupper() and not _common(m.group())]


def _added_names(span: str, repl: str) -> list[str]:
    """Capitalised words of ``repl`` that ``span`` lacks (a sentence-initial function word excepted)."""
    low = span.lower()
    out = []
    for i, m in enumerate(_CAP.finditer(repl)):
        w = m.group()
        if not w[0].isupper() or w.lower() in low:
            continue
        if i == 0 and span[:1].isupper() and w.lower() in _COMMON:
            continue
        out.append(w)
    return out


def _name_kept(w: str, repl: str) -> bool:
    if w in repl:
        return True
    # a merge being split: "Mayorkasand" -> "Mayorkas, and"
    for k in range(len(w) - 1, 1, -1):
        rest = w[k:]
        if w[:k] in repl and rest in repl and (rest[0].isupper() or _zipf(rest.lower()) >= 3.0):
            return True
    # a stray capital on a common word: "With" -> "with"
    if _common(w) and w.lower() in repl:
        return True
    # a doubled initial: "Aadvance" -> "advance" / "Advance"
    if len(w) > 2 and w[0].lower() == w[1].lower():
        rest = w[1:]
        if rest in repl or (rest[0].upper() + rest[1:]) in repl or rest.lower() in repl:
            return True
    return False


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance in characters."""
    if a == b:
        return 0
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def edit_budget(span: str) -> int:
    """How many character edits a replacement of ``span`` may make."""
    return max(4, len(span) // 2 + 3)


def _word_distance(a: str, b: str) -> int:
    """Levenshtein distance in whitespace-separated words."""
    x, y = a.split(), b.split()
    prev = list(range(len(y) + 1))
    for i, wa in enumerate(x, 1):
        cur = [i]
        for j, wb in enumerate(y, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (wa != wb)))
        prev = cur
    return prev[-1]


def letters(s: str) -> str:
    """The letters of ``s``, lower-cased: two texts with the same letters differ only in
    spacing, punctuation, digits or case."""
    return "".join(ch for ch in s.lower() if ch.isalpha())


_MASC = frozenset("he him his himself".split())
_FEM = frozenset("she her hers herself".split())


def _genders(text: str) -> tuple[int, int]:
    ws = [w.lower() for w in _CAP.findall(text)]
    return sum(w in _MASC for w in ws), sum(w in _FEM for w in ws)


def check(span: str, repl: str, *, generated: bool = False, score_repl: Optional[float] = None,
          score_span: Optional[float] = None, margin: float = DEFAULT_MARGIN,
          context: Optional[str] = None) -> tuple[bool, str]:
    """Is replacing ``span`` by ``repl`` safe?  Returns ``(ok, reason)``.

    ``context`` (the words around the span, when known): a pronoun's gender may only change
    towards a gender that the context shows ("He said her plan" -> "his plan", not
    "After her interrogation" -> "his").
    """
    if repl == span:
        return True, "unchanged"
    if not repl.strip() and span.strip():
        return False, "empties the span"
    if sorted(_NUM.findall(span)) != sorted(_NUM.findall(repl)):
        return False, "changes a number"
    if sorted(_URL.findall(span)) != sorted(_URL.findall(repl)):
        return False, "changes a URL or address"
    if sum(ch in _DQ for ch in span) != sum(ch in _DQ for ch in repl):
        return False, "changes a quote mark"
    if sum(ch in _SQ for ch in span) != sum(ch in _SQ for ch in repl):
        return False, "changes an apostrophe or single quote"
    for i, w in enumerate(names(span)):
        if _name_kept(w, repl):
            continue
        # a sentence-initial capital on an ordinary word ("Assisting" -> "Attending")
        if i == 0 and span.startswith(w) and repl[:1].isupper() and _zipf(w.lower()) >= 3.0:
            continue
        return False, f"loses the name {w!r}"
    for w in _added_names(span, repl):
        return False, f"adds the name {w!r}"
    dist = edit_distance(span, repl)
    if dist > edit_budget(span) and not (dist <= 12 and _word_distance(span, repl) <= 2):
        return False, "over the edit budget"
    if context is not None:
        (m0, f0), (m1, f1) = _genders(span), _genders(repl)
        cm, cf = _genders(context)
        # a swap: one gender's pronoun replaced by the other's ("Hhis" -> "his" is no swap)
        if (m1 > m0 and f1 < f0 and cm == 0) or (f1 > f0 and m1 < m0 and cf == 0):
            return False, "changes a pronoun's gender without evidence in the context"
    if generated:
        a, b = letters(span), letters(repl)
        if a != b and not (len(a) == len(b) + 1 and any(a[:i] + a[i + 1:] == b for i in range(len(a)))):
            return False, "generated text changes the words"
    if score_repl is not None and score_span is not None and score_repl - score_span < margin:
        return False, f"beats the span by {score_repl - score_span:.2f} < margin {margin:.2f}"
    return True, "ok"
