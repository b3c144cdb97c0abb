"""HTML: text nodes only; markup, ``<script>``, ``<style>``, ``<code>``, ``<pre>`` byte for byte.

The stdlib :class:`html.parser.HTMLParser` locates the text (it reports the exact
position of every tag and text run, which lxml and selectolax do not), entities are
decoded for the units and re-escaped in replacements.  Words merged across an
inline tag boundary are found from the markup itself, and the lost separator is
inserted *outside* the tag.  Text runs that only inline tags separate are read as one
run of prose (a stray capital or glued quote after a link is found as in plain text);
an edit that would cover a tag is cut into the pieces it changes on either side of it,
and dropped if a piece still covers it (the one edit that spans markup is a separator at a
tag boundary that lower-cases the next word's stray capital: ``</b>With`` -> ``</b>, with``,
which writes the markup between them back unchanged):

>>> from mt_repair import Repairer
>>> html = "<p>the effects on <b>human mobility</b>particularly for workers</p>"
>>> r = process(html, HtmlFormat(), Repairer())
>>> r.text
'<p>the effects on <b>human mobility</b>, particularly for workers</p>'
>>> [(e.rule, e.start, e.original, e.replacement) for e in r.edits]
[('merged-words', 39, '', ', ')]
"""

from __future__ import annotations

import bisect
import html as _html
import re
from html.parser import HTMLParser
from typing import Sequence

from ..edits import Candidate, Edit, Finding
from .base import Format, Options, Segment, decode_escapes, join_segments, process, tag_insertion_point  # noqa: F401  (process: doctest)
from .joins import tag_join

__all__ = ["HtmlFormat", "text_runs"]

#: elements whose content is not prose (or must stay exactly as written)
SKIP = frozenset("script style code pre textarea kbd samp var template svg math noscript".split())
#: elements that render inline: text on both sides of them joins into one line of prose
INLINE = frozenset("a abbr b bdi bdo cite data dfn em font i mark q s small span strong sub sup "
                   "time u ins del".split())
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")
_LAST_WORD = re.compile(r"([^\W_]+)$")
_FIRST_WORD = re.compile(r"^([^\W_]+)")
_SEP = re.compile(r"[ ,;:.—–-]+")


def _unescape(m: re.Match) -> str:
    return _html.unescape(m[0])


class _Locator(HTMLParser):
    """Collects text runs (start, end) and the tags between them, with exact offsets."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.lines = [0] + [m.end() for m in re.finditer("\n", text)]
        self.runs: list[tuple[int, int, bool, list]] = []
        self.skip_stack: list[str] = []
        self.run_start: int | None = None
        self.tags: list[tuple[str, bool]] = []   # (name, is_end) of the markup since the last run

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.lines[line - 1] + col

    def _close_run(self, at: int) -> None:
        if self.run_start is not None and at > self.run_start:
            self.runs.append((self.run_start, at, bool(self.skip_stack), self.tags))
            self.tags = []
        self.run_start = None

    def _markup(self, name: str, is_end: bool) -> None:
        self._close_run(self._pos())
        self.tags.append((name, is_end))

    def _text(self) -> None:
        if self.run_start is None:
            self.run_start = self._pos()

    handle_data = handle_entityref = handle_charref = lambda self, *a: self._text()  # noqa: E731

    def handle_starttag(self, tag, attrs):
        self._markup(tag, False)
        if tag in SKIP or ("translate", "no") in attrs:
            self.skip_stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self._markup("", False)   # <br/>, <img/>: not inline text

    def handle_endtag(self, tag):
        self._markup(tag, True)
        if tag in self.skip_stack:
            while self.skip_stack.pop() != tag:
                pass

    def handle_comment(self, data):
        self._markup("", False)

    handle_decl = handle_pi = unknown_decl = handle_comment


def text_runs(text: str) -> list[tuple[int, int, bool, list]]:
    """(start, end, skipped, tags before) for every text run of ``text``, in order.

    >>> [(s, e, sk, [n for n, _ in t]) for s, e, sk, t in text_runs("<p>a<code>b</code>c")]
    [(3, 4, False, ['p']), (10, 11, True, ['code']), (18, 19, False, ['code'])]
    """
    p = _Locator(text)
    p.feed(text)
    p.close()
    p._close_run(len(text))
    return p.runs


def shift_runs(runs: Sequence[tuple[int, int, bool, list]], edits: Sequence[Edit], new: str):
    """The :func:`text_runs` of ``new``, which is the text of ``runs`` with ``edits``
    (sorted, not overlapping) applied (each run's fourth item, its tags or what the
    segments keep of them, rides along), or None where that is not certain: an edit that is
    not inside one run (a separator inserted between two tags starts a new run), a run
    that an edit empties, or a "<" in a changed run (it might now open a tag).

    >>> from mt_repair.edits import apply_edits
    >>> old = "<p>for <b>trains</b>which run</p>"
    >>> e = [Edit("merged-words", 20, 20, "", ", ", 0.9, "")]
    >>> new = apply_edits(old, e)
    >>> shift_runs(text_runs(old), e, new) == text_runs(new)
    True
    """
    starts = [r[0] for r in runs]
    moved: list[int | None] = [None] * len(runs)      # how much each edited run grows
    for e in edits:
        k = bisect.bisect_right(starts, e.start) - 1
        if k < 0 or e.end > runs[k][1] or runs[k][2]:
            return None   # outside every run, across markup, or in a skipped element
        moved[k] = (moved[k] or 0) + len(e.replacement) - (e.end - e.start)
    out, shift = [], 0
    for (start, end, skipped, tags), grow in zip(runs, moved):
        a, b = start + shift, end + shift + (grow or 0)
        if grow is not None and (b <= a or "<" in new[a:b]):
            return None
        out.append((a, b, skipped, tags))
        shift += grow or 0
    return out


class HtmlFormat(Format):
    name = "html"
    extensions = (".html", ".htm", ".xhtml")
    suppress_re = re.compile(r"<!--\s*mt-repair:\s*ignore\b([^>]*?)-->")

    keep_gaps = True
    gap_rules = frozenset({"merged-words"})

    def segments(self, text: str, options: Options) -> list[Segment]:
        """One segment per run of rendered prose: text runs that only inline tags separate
        ("López Obrador</a> With several") are joined, so that every rule reads them as the
        reader does; the tags between them are gaps no edit may touch."""
        # (start, end, skipped, inline): whether only inline tags stand before a run is all
        # the segments need of its tags, and a page's runs are kept while it is repaired
        runs = [(a, b, sk, bool(tags) and all(n in INLINE for n, _ in tags)) for a, b, sk, tags in text_runs(text)]
        self._remember(text, runs)
        return self._segments(text, runs)

    def _remember(self, text: str, runs) -> None:
        # the runs of the last two texts read: a repair reads the page, then the page with
        # its first edits and the page repaired, each derived from the page, and the
        # repaired page's own edits derive from it (two pages' runs at a time, no more)
        seen = self.__dict__.setdefault("_seen", [])
        seen.append((text, runs))
        del seen[:-2]

    def segments_after(self, old: str, edits: Sequence[Edit], new: str, options: Options) -> list[Segment]:
        """The segments of ``new``, which is ``old`` with ``edits`` applied: the text runs
        of ``old`` moved by the edits inside them, where that is certain (the page is not
        parsed again), else parsed anew."""
        known = next((runs for text, runs in self.__dict__.get("_seen", ()) if text is old), None)
        runs = shift_runs(known, edits, new) if known is not None else None
        if runs is None:
            return self.segments(new, options)
        self._remember(new, runs)
        return self._segments(new, runs)

    def _segments(self, text: str, runs) -> list[Segment]:
        groups: list[list[Segment]] = []
        run: list[Segment] = []
        for start, end, skipped, inline in runs:
            if skipped:
                if run:
                    groups.append(run)
                run = []
                continue
            seg = decode_escapes(start, end, text[start:end], _ENTITY, _unescape)
            seg.where = "inline" if inline else "block"
            if run and seg.where != "inline":
                groups.append(run)
                run = []
            run.append(seg)
        if run:
            groups.append(run)
        out = []
        for g in groups:
            if len(g) == 1:
                out.append(g[0])
            else:
                out.append(join_segments(g, text, insert_at=tag_insertion_point, where=g[0].where))
        return out

    def escape(self, seg: Segment, replacement: str) -> str | None:
        return re.sub(r"&(?=[#A-Za-z])", "&amp;", replacement).replace("<", "&lt;")

    def extra_findings(self, text: str, segments: Sequence[Segment], repairer) -> list[tuple[Finding, Edit | None]]:
        """Words merged across an inline tag ("<b>human mobility</b>particularly")."""
        if not repairer.policy.wants("merged-words"):
            return []
        from ..planner import plan
        from ..units import RULES, Doc
        unit = RULES["merged-words"]
        out = []
        segments = [p for s in segments for p in (s.parts or [s])]
        for i, (left, right) in enumerate(zip(segments, segments[1:])):
            between = text[left.end:right.start]
            if right.where != "inline" or not between.startswith("<"):
                continue
            lt, rt = left.prose(text), right.prose(text)
            lm, rm = _LAST_WORD.search(lt), _FIRST_WORD.match(rt)
            if not (lm and rm):
                continue
            ctx_l = _context(text, segments, i, -1, lt[:lm.start()])[-60:]
            ctx_r = _context(text, segments, i + 1, 1, rt[rm.end():])[:60]
            view = ctx_l + lm[1] + rm[1] + ctx_r
            a, b = len(ctx_l), len(ctx_l) + len(lm[1]) + len(rm[1])
            found = [f for f in unit.find(Doc(view)) if f.start == a and f.end == b]
            if not found and (f := tag_join(lm[1], rm[1], view, a, b)) is not None:
                found = [f]
            seps = _boundary_separators(found[0].candidates if found else (), lm[1], rm[1])
            if not seps:
                continue
            f0 = found[0]
            # the tag boundary is evidence of its own: a join that splits exactly there is likely
            conf = max(f0.confidence, 0.92)
            at = tag_insertion_point(text, left.end, right.start)
            reason = f"{f0.reason}; the words meet at an inline tag boundary"
            # a candidate that lower-cases the right word's capital ("In <a>Guayaquil</a>The
            # largest" -> ", the"; "<b>López Obrador</b>With several" -> ", with") edits the
            # markup from the insertion point to that letter, which it writes back unchanged
            cap = right.to_raw(rm.start(1))
            lowers = (any(low for _s, _p, low in seps) and at <= cap and text[cap:cap + 1] == rm[1][:1]
                      and lm[1].isalpha())
            # (never after a number: "<b>Step 1</b>The user" is a label before its text; nor
            # where the right word's first letter is written as a reference the edit cannot reach)
            seps = [(sep, p, low) for sep, p, low in seps if not low or lowers and sep.strip()]
            if not seps:
                continue
            if lowers and any(low for _s, _p, low in seps):
                keep = text[at:cap]
                cands = tuple(Candidate(sep + keep + (rm[1][0].lower() if low else rm[1][0]), p) for sep, p, low in seps)
                finding = Finding("merged-words", at, cap + 1, text[at:cap + 1], cands,
                                  round(conf, 4), reason, f0.severity, "rule", {"boundary": True})
            else:
                finding = Finding("merged-words", at, at, "", tuple(Candidate(sep, p) for sep, p, _low in seps),
                                  round(conf, 4), reason, f0.severity, "rule", {"boundary": True})
            right_low = rm[1][0].lower() + rm[1][1:]
            vf = Finding(f0.rule, a, b, f0.original,
                         tuple(Candidate(lm[1] + sep + (right_low if low else rm[1]), p) for sep, p, low in seps),
                         round(conf, 4), reason, f0.severity, meta=dict(f0.meta))
            chosen = plan([vf], repairer.policy, repairer.model, view)
            edit = None
            if chosen:
                ve = chosen[0]
                for c, (sep, _p, low) in zip(vf.candidates, seps):
                    if ve.replacement == c.text:
                        if low:   # the separator and the lower-case letter, the markup between kept
                            edit = Edit("merged-words", at, cap + 1, text[at:cap + 1],
                                        sep + text[at:cap] + rm[1][0].lower(), ve.confidence, ve.reason, ve.source)
                        else:
                            edit = Edit("merged-words", at, at, "", sep, ve.confidence, ve.reason, ve.source)
                        break
            out.append((finding, edit))
        return out


def _boundary_separators(candidates, left: str, right: str) -> list[tuple[str, float, bool]]:
    """(separator, probability, lower-cases the right word) for each candidate that only
    puts a separator between ``left`` and ``right`` and may lower-case its capital.

    >>> from mt_repair.edits import Candidate
    >>> _boundary_separators([Candidate("Guayaquil, the", 0.85), Candidate("Guayaquil. The", 0.1)], "Guayaquil", "The")
    [(', ', 0.85, True), ('. ', 0.1, False)]
    """
    out = []
    low = right[:1].lower() + right[1:]
    for c in candidates:
        m = re.fullmatch(re.escape(left) + f"({_SEP.pattern})" + re.escape(right), c.text)
        if m:
            out.append((m[1], c.probability, False))
        elif low != right and (m := re.fullmatch(re.escape(left) + f"({_SEP.pattern})" + re.escape(low), c.text)):
            out.append((m[1], c.probability, True))
    return out


def _context(text: str, segments: Sequence[Segment], i: int, step: int, near: str) -> str:
    """About 60 characters of rendered prose next to segment ``i`` (inline neighbours joined)."""
    parts = [near]
    size = len(near)
    while size < 60:
        j = i + step
        if not 0 <= j < len(segments):
            break
        inline = (segments[max(i, j)].where == "inline")
        nxt = segments[j].prose(text)
        parts.append(nxt if inline else " ")
        if not inline:
            break
        size += len(nxt)
        i = j
    return "".join(parts if step > 0 else reversed(parts))
