"""Per-text context the knowledge units share: tokens, sentences, where triggers occur.

A trigger confirms an entry when it occurs in the same sentence as the match or in
the sentence before (outside the match itself).

>>> from mt_repair.knowledge.base import knowledge_base
>>> ctx = TextContext("Mayorkas spoke. The Secretary of National Security left.", knowledge_base())
>>> ctx.trigger_near(("Mayorkas",), 20, 50)
'Mayorkas'
>>> ctx.trigger_near(("DHS",), 20, 50) is None
True
"""

from __future__ import annotations

import bisect
import re
from functools import cached_property

from .matcher import TokenView, case_fits, term_keys

__all__ = ["TextContext", "sentence_bounds"]

#: (the mark first, not a look-behind for it: the scanner then skips to the marks; only where
#: a match ends is used)
_SENT_BREAK = re.compile(r"[.!?…][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9¿¡])|\n+")


def sentence_bounds(text: str) -> list[int]:
    """Start offsets of the sentences of ``text`` (the first is 0)."""
    return [0] + [m.end() for m in _SENT_BREAK.finditer(text)]


class TextContext:
    """Tokens, sentence starts and trigger positions of one text (computed once)."""

    def __init__(self, text: str, kb):
        self.text = text
        self.kb = kb

    @cached_property
    def tokens(self) -> TokenView:
        return TokenView(self.text)

    @cached_property
    def term_matches(self) -> list[tuple[int, int, list]]:
        """Every (i, j, entries) with tokens[i:j] a term of the base (found once, for every
        unit that asks)."""
        return list(self.kb.terms.find(self.tokens))

    @cached_property
    def starts(self) -> list[int]:
        return sentence_bounds(self.text)

    def sentence_of(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def window(self, start: int, end: int, before: int = 1) -> tuple[int, int]:
        """(start, end) of the sentence(s) around [start, end), ``before`` sentences back."""
        s = self.sentence_of(start)
        e = self.sentence_of(max(start, end - 1))
        lo = self.starts[max(0, s - before)]
        hi = self.starts[e + 1] if e + 1 < len(self.starts) else len(self.text)
        return lo, hi

    @cached_property
    def trigger_hits(self) -> dict[tuple, list[tuple[int, int, str]]]:
        """Trigger keys -> sorted (start, end, trigger text) of their occurrences (case checked)."""
        hits: dict[tuple, list[tuple[int, int, str]]] = {}
        toks = self.tokens
        for i, j, payloads in self.kb.triggers.find(toks):
            for trig in payloads:
                if _trigger_case_fits(trig, toks[i:j]):
                    hits.setdefault(term_keys(trig) + (trig,), []).append(
                        (toks[i].start, toks[j - 1].end, trig))
        return hits

    def trigger_near(self, triggers, start: int, end: int, before: int = 1) -> str | None:
        """The first of ``triggers`` found near [start, end) (not inside it), else None."""
        if not triggers:
            return None
        lo, hi = self.window(start, end, before)
        for t in triggers:
            for s, e, txt in self.trigger_hits.get(term_keys(t) + (t,), ()):
                if s >= hi:
                    break
                if s >= lo and e <= hi and (e <= start or s >= end):
                    return txt
        return None

    def trigger_within(self, triggers, lo: int, hi: int) -> str | None:
        """The first of ``triggers`` found inside [lo, hi), else None.

        >>> from mt_repair.knowledge.base import knowledge_base
        >>> ctx = TextContext("The Secretary, Alejandro Mayorkas, spoke.", knowledge_base())
        >>> ctx.trigger_within(("Mayorkas",), 15, 33), ctx.trigger_within(("Mayorkas",), 0, 14)
        ('Mayorkas', None)
        """
        for t in triggers or ():
            for s, e, txt in self.trigger_hits.get(term_keys(t) + (t,), ()):
                if s >= lo and e <= hi:
                    return txt
        return None


def _trigger_case_fits(trig: str, toks) -> bool:
    """Triggers with capitals match case-sensitively ("ICE", "PAN", "US"); lower-case ones any case."""
    if trig.islower():
        return True
    if len(toks) == 1 and trig.isupper():
        return toks[0].text == trig
    return case_fits(trig, toks) and (toks[0].text[:1].isupper() or not trig[:1].isupper())
