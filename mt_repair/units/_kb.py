"""What the knowledge-base units share: match entries, check case and triggers, cite the source.

Matching is leftmost-longest over the whole base, whichever unit asks, so every
unit sees the same resolution: an accepted form ("Mexico City", a person's name)
shields the words inside it, and a longer wrong term wins over a shorter one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar, Iterable

from ..edits import Finding
from ..knowledge.base import knowledge_base
from ..knowledge.context import TextContext
from ..knowledge.matcher import case_fits
from ..knowledge.schema import GLOSSARY, Entry
from .base import Doc, Unit, finding

__all__ = ["KBUnit", "Hit", "kb_hits", "TRIGGERED"]

#: detection confidence when a context trigger confirms the entry
TRIGGERED = 0.95
#: findings below this are never reported (see planner.ALL_THRESHOLD)
REPORTED = 0.7


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    entry: Entry
    confidence: float
    trigger: str | None


#: a name in apposition right after a match: ", Alicia Bárcena"
_APPOSITION = re.compile(r",\s+(?:(?:[A-ZÁÉÍÓÚÑ][\w’'-]*\.?|de|del|la|las|los|y|van|von|da|di|le)\s+){0,4}"
                         r"[A-ZÁÉÍÓÚÑ][\w’'-]+")


#: the word (or dotted abbreviation) right before a match, with the space after it
_MODIFIER = re.compile(r"(?<![\w.])(?:[A-Z]\.)+(?= +$)|(?<![\w.])[\w’'-]+(?= +$)")


def _score(entry: Entry, ctx: TextContext, s: int, e: int) -> tuple[float, str | None]:
    if not entry.triggers:
        return entry.conf, None
    app = _APPOSITION.match(ctx.text, e)
    pre = _MODIFIER.search(ctx.text, max(0, s - 24), s)
    # a trigger that modifies the match right before it binds it: "the US Secretary of
    # National Security, Kristi Noemmet with ..." (the name glued to the next word)
    trig = ctx.trigger_within(entry.triggers, pre.start(), pre.end()) if pre else None
    if trig is None and app:
        # the title names the person right after it: only a trigger in that name confirms
        # ("Secretary of Foreign Relations, Alicia Bárcena ... with Blinken" is not Blinken's)
        trig = ctx.trigger_within(entry.triggers, app.start(), app.end())
    elif trig is None:
        trig = ctx.trigger_near(entry.triggers, s, e)
    if trig is not None:
        return max(TRIGGERED, entry.conf), trig
    return entry.conf, None


def kb_hits(doc: Doc, kb=None) -> list[Hit]:
    """Firing knowledge-base matches in ``doc``, non-overlapping, in text order (cached on the doc)."""
    cache = doc.__dict__.setdefault("_kb_hits", {})
    kb = kb or knowledge_base()
    if id(kb) in cache:
        return cache[id(kb)]
    ctx = doc.__dict__.get("_kb_ctx")
    if ctx is None or ctx.kb is not kb:
        ctx = TextContext(doc.text, kb)
        doc.__dict__["_kb_ctx"] = ctx
    toks = ctx.tokens
    spans: list[tuple[int, int, list[Entry]]] = []
    for i, j, entries in ctx.term_matches:
        fit = [en for en in entries if _case_ok(en, toks[i:j], doc.text)]
        user = [en for en in fit if en.kind == GLOSSARY]
        fit = user or fit  # a user glossary overrides the built-in base
        if fit:
            spans.append((toks[i].start, toks[j - 1].end, fit))
    spans.sort(key=lambda x: (x[0] - x[1], x[0]))
    taken: list[tuple[int, int]] = []
    hits: list[Hit] = []
    for s, e, entries in spans:
        if any(s < te and ts < e for ts, te in taken):
            continue
        if any(en.known_good for en in entries):
            taken.append((s, e))
            continue
        best = max(((en, *_score(en, ctx, s, e)) for en in entries), key=lambda x: x[1])
        en, conf, trig = best
        if conf < REPORTED or doc.protected(s, e):
            continue
        taken.append((s, e))
        hits.append(Hit(s, e, en, conf, trig))
    hits.sort(key=lambda h: h.start)
    cache[id(kb)] = hits
    return hits


def _case_ok(entry: Entry, toks, text: str) -> bool:
    if entry.case == "ignore":
        return True
    if entry.case == "exact":
        return text[toks[0].start:toks[-1].end] == entry.term
    return case_fits(entry.term, toks)


def match_case(original: str, replacement: str) -> str:
    """Capitalise the replacement's first letter when the original's was (sentence start)."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(an?|An?) $")
_AN_EXCEPTIONS = ("uni", "use", "usu", "eu", "one", "once")
_SILENT_H = ("hour", "honest", "honour", "honor", "heir")


def article_for(word: str) -> str:
    """ "an" before a vowel sound, else "a" (spelling rules with the common exceptions).

    >>> article_for("investigation file"), article_for("union"), article_for("hour"), article_for("raid")
    ('an', 'a', 'an', 'a')
    """
    w = word.lower()
    if w.startswith(_SILENT_H):
        return "an"
    return "an" if w[:1] in "aeiou" and not w.startswith(_AN_EXCEPTIONS) else "a"


def with_article(text: str, start: int, cands: list[tuple[str, float]]) -> tuple[int, list[tuple[str, float]]]:
    """Move a finding's start back over an "a"/"an" that its replacement no longer agrees
    with, and write the right article into every candidate ("a carpet of investigation" ->
    "an investigation file"); a replacement that brings its own article takes the old one's
    place ("had a constipation and fever" -> "had a cold and fever", not "a a cold").
    Unchanged when no article stands right before ``start``, when the replacement opens
    with an initialism ("a U.S. judge", "an EU post": spelling cannot tell), or when a
    capital "A" follows another word (a letter label: "Group A").

    >>> with_article("opened a carpet of x", 9, [("investigation file", 0.9)])
    (7, [('an investigation file', 0.9)])
    >>> with_article("She had a constipation", 10, [("a cold", 0.9)])
    (8, [('a cold', 0.9)])
    >>> with_article("the Group A carpet", 12, [("investigation file", 0.9)])
    (12, [('investigation file', 0.9)])
    """
    m = _ARTICLE_BEFORE.search(text, max(0, start - 4), start)
    if not m or not cands:
        return start, cands
    art = m.group(1)
    before = text[:m.start(1)].rstrip(" \t")
    if art[0].isupper() and before and before[-1] not in ".!?\"“‘'(:;-–—\n":
        return start, cands   # "Group A", "Plan A": a letter, not an article
    first = cands[0][0].split(" ", 1)[0]
    if first.lower() in ("a", "an", "the"):
        # the replacement has its own article: it replaces the one in the text
        return m.start(1), [((c[0].upper() + c[1:]) if art[0].isupper() else c, p) for c, p in cands]
    if "." in first or sum(ch.isupper() for ch in first) >= 2 or art.lower() == article_for(cands[0][0]):
        return start, cands

    def fitted(c: str) -> str:
        a = article_for(c)
        return (a.capitalize() if art[0].isupper() else a) + " " + c
    return m.start(1), [(fitted(c), p) for c, p in cands]


class KBUnit(Unit):
    """Base for units that act on knowledge-base entries of some ``kinds``."""

    kinds: ClassVar[frozenset[str]] = frozenset()
    label: ClassVar[str] = "term"

    def __init__(self, kb=None):
        #: the knowledge base to use (None: the built-in one); see knowledge.glossary
        self.kb = kb

    def replacement(self, doc: Doc, hit: Hit, original: str) -> list[tuple[str, float]]:
        if not hit.entry.replace:
            return []  # a forbidden term: reported, with nothing to put in its place
        return [(match_case(original, hit.entry.forms[0]), 0.95)]

    def find(self, doc: Doc) -> Iterable[Finding]:
        for h in kb_hits(doc, self.kb):
            if h.entry.kind not in self.kinds:
                continue
            original = doc.text[h.start:h.end]
            cands = self.replacement(doc, h, original)
            e = h.entry
            why = (f"confirmed by '{h.trigger}' in this or the previous sentence" if h.trigger
                   else "no context trigger nearby" if e.triggers else "unambiguous")
            what = f"is an MT rendering of '{cands[0][0]}'" if cands else "is a forbidden term"
            reason = f"{self.label} '{original}' {what}: knowledge base {e.id} ({e.source}); {why}"
            start, cands = with_article(doc.text, h.start, cands)
            yield finding(self, start, h.end, doc.text[start:h.end], cands, h.confidence, reason,
                          kb_entry=e.id, kb_source=e.source)


def person_mentions(doc: Doc, kb=None) -> list[tuple[int, int, Entry]]:
    """Known persons named in ``doc``: (start, end, entry), leftmost-longest, in text order."""
    cache = doc.__dict__.setdefault("_kb_persons", {})
    kb = kb or knowledge_base()
    if id(kb) in cache:
        return cache[id(kb)]
    ctx = doc.__dict__.get("_kb_ctx")
    if ctx is None:
        ctx = doc.__dict__["_kb_ctx"] = TextContext(doc.text, kb)
    toks = ctx.tokens
    found = []
    for i, j, entries in (ctx.term_matches if ctx.kb is kb else kb.terms.find(toks)):
        ps = [en for en in entries if en.kind == "person" and case_fits(en.term, toks[i:j])]
        if ps:
            found.append((toks[i].start, toks[j - 1].end, ps[0]))
    found.sort(key=lambda x: (x[0] - x[1], x[0]))
    out: list[tuple[int, int, Entry]] = []
    for s, e, en in found:
        if not any(s < oe and os < e for os, oe, _ in out):
            out.append((s, e, en))
    out.sort(key=lambda x: x[0])
    cache[id(kb)] = out
    return out
