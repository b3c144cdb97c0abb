"""The one record every stage shares: findings proposed by units, edits chosen by the planner.

A *unit* (``mt_repair.units``) only proposes :class:`Finding` objects; the planner
(``mt_repair.planner``) turns them into :class:`Edit` objects, whether a rule or
the model made the choice.  Offsets are Python ``str`` indices (Unicode code
points) into the text the unit was given, end exclusive.

>>> text = "the the cat"
>>> e = Edit("repeated-word", 0, 4, "the ", "", 0.97, "word repeated")
>>> apply_edits(text, [e])
'the cat'
"""

from __future__ import annotations

from dataclasses import dataclass, field, asdict
from typing import Iterable, Sequence

__all__ = ["Candidate", "Finding", "Edit", "apply_edits", "drop_overlaps", "compose"]


@dataclass(frozen=True)
class Candidate:
    """One proposed replacement for a finding's span, with its probability."""

    text: str
    probability: float
    note: str = ""


@dataclass(frozen=True)
class Finding:
    """Damage a unit found: where, what, and what it could become.

    ``confidence`` is how sure the unit is that the span is damaged (detection);
    each candidate's ``probability`` is how likely that replacement is right,
    given that the span is damaged.  ``fixable`` is False for findings that are
    reported but never rewritten in the current mode (for example boilerplate
    outside ``--all``).
    """

    rule: str
    start: int
    end: int
    original: str
    candidates: tuple[Candidate, ...]
    confidence: float
    reason: str
    severity: str = "warning"
    source: str = "rule"
    meta: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def best(self) -> Candidate | None:
        """The most probable candidate (ties keep the unit's order)."""
        if not self.candidates:
            return None
        return max(self.candidates, key=lambda c: c.probability)

    @property
    def suggestion(self) -> str | None:
        b = self.best
        return None if b is None else b.text

    def to_dict(self) -> dict:
        d = asdict(self)
        d["suggestion"] = self.suggestion
        d.pop("meta", None)
        return d


@dataclass(frozen=True)
class Edit:
    """One change applied to the text, from a rule or from the model.

    ``confidence`` is detection confidence times the chosen candidate's
    probability; ``source`` is ``"rule"`` or ``"model"``.
    """

    rule: str
    start: int
    end: int
    original: str
    replacement: str
    confidence: float
    reason: str
    source: str = "rule"

    def to_dict(self) -> dict:
        return asdict(self)

    def shifted(self, offset: int) -> "Edit":
        """The same edit with its offsets moved by ``offset`` (for chunked input)."""
        return Edit(self.rule, self.start + offset, self.end + offset, self.original,
                    self.replacement, self.confidence, self.reason, self.source)


def drop_overlaps(edits: Iterable[Edit]) -> list[Edit]:
    """Keep a non-overlapping subset, preferring higher confidence, in text order.

    >>> a = Edit("x", 0, 5, "hello", "hi", 0.9, "")
    >>> b = Edit("y", 3, 8, "lo wo", "", 0.5, "")
    >>> [e.rule for e in drop_overlaps([a, b])]
    ['x']
    """
    # sweep in text order into clusters of mutually reachable edits; resolve each cluster
    # by confidence (clusters are tiny, so the pairwise check stays cheap)
    chosen: list[Edit] = []
    cluster: list[Edit] = []
    reach = -1
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if cluster and e.start > reach:
            chosen.extend(_resolve(cluster))
            cluster = []
        cluster.append(e)
        reach = max(reach, e.end) if len(cluster) > 1 else e.end
    chosen.extend(_resolve(cluster))
    return sorted(chosen, key=lambda e: (e.start, e.end))


def _resolve(cluster: list[Edit]) -> list[Edit]:
    kept: list[Edit] = []
    for e in sorted(cluster, key=lambda e: (-e.confidence, e.start, e.end)):
        if not any(_collide(e, c) for c in kept):
            kept.append(e)
    return kept


def _collide(a: Edit, b: Edit) -> bool:
    if a.start < b.end and b.start < a.end:
        return True
    # two edits touching the same point, one of them an insertion, would be ambiguous
    return a.start == b.start and (a.start == a.end or b.start == b.end)


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply non-overlapping edits (sorted by start) and return the new text."""
    out: list[str] = []
    pos = 0
    for e in edits:
        if e.start < pos:
            raise ValueError(f"overlapping edit at {e.start}: {e}")
        if text[e.start:e.end] != e.original:
            raise ValueError(f"edit does not match text at {e.start}: {e.original!r}")
        out.append(text[pos:e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


def compose(text: str, first: Sequence[Edit], second: Sequence[Edit]) -> list[Edit]:
    """Edits on ``text`` equivalent to applying ``first``, then ``second`` (on the result).

    A second-pass edit that touches text a first-pass edit wrote is merged with it
    into one edit on the original text (rule and reasons of both are kept).

    >>> t = "Mayorkasand Aadvance"
    >>> e1 = [Edit("doubled-initial", 12, 20, "Aadvance", "advance", 0.9, "doubled")]
    >>> t1 = apply_edits(t, e1)
    >>> e2 = [Edit("merged-words", 0, 11, "Mayorkasand", "Mayorkas, and", 0.9, "join")]
    >>> both = compose(t, e1, e2)
    >>> [(e.start, e.end, e.replacement) for e in both]
    [(0, 11, 'Mayorkas, and'), (12, 20, 'advance')]
    >>> apply_edits(t, both) == apply_edits(t1, e2)
    True
    >>> t = "Aadvance Aadvance"
    >>> e1 = [Edit("d", 0, 8, "Aadvance", "Advance", 0.9, ""), Edit("d", 9, 17, "Aadvance", "advance", 0.9, "")]
    >>> e2 = [Edit("r", 0, 15, "Advance advance", "Advance", 0.9, "")]
    >>> apply_edits(t, compose(t, e1, e2))
    'Advance'

    Two second-pass edits inside one first-pass edit become one edit:

    >>> t = "Withjointwhich whichparticularly"
    >>> e1 = [Edit("m", 0, 14, "Withjointwhich", "Withjoint, which", 0.9, ""),
    ...       Edit("m", 15, 32, "whichparticularly", "which particularly", 0.9, "")]
    >>> t1 = apply_edits(t, e1)
    >>> e2 = [Edit("m", 0, 9, "Withjoint", "With joint", 0.9, ""), Edit("r", 11, 22, "which which", "which", 0.9, "")]
    >>> apply_edits(t, compose(t, e1, e2)) == apply_edits(t1, e2)
    True

    Insertions at one point stay in the order of the result:

    >>> apply_edits("ab", compose("ab", [Edit("i", 1, 1, "", "X", 1, "")], [Edit("i", 2, 2, "", "Y", 1, "")]))
    'aXYb'
    """
    if not second:
        return list(first)
    # segments of the first result: (t0_start, t0_end, t1_start, t1_end, edit or None)
    segs: list[tuple[int, int, int, int, Edit | None]] = []
    p0 = p1 = 0
    for e in first:
        if e.start > p0:
            segs.append((p0, e.start, p1, p1 + e.start - p0, None))
            p1 += e.start - p0
        segs.append((e.start, e.end, p1, p1 + len(e.replacement), e))
        p1 += len(e.replacement)
        p0 = e.end
    segs.append((p0, len(text), p1, p1 + len(text) - p0, None))
    mid = apply_edits(text, first)

    def to_t0(pos: int, left: bool) -> tuple[int, int]:
        """A second-pass boundary as (t0, t1): exact in unchanged text, else widened
        to the whole first-pass edit it falls inside."""
        for s0, _e0, s1, e1, ed in segs:
            if ed is None and s1 <= pos <= e1:
                return s0 + pos - s1, pos
        for s0, e0, s1, e1, _ed in segs:
            if s1 <= pos <= e1:
                return (s0, s1) if left else (e0, e1)
        return len(text), len(mid)  # pragma: no cover - positions always fall in a segment

    # each second-pass edit widened to whole first-pass edits; those that end up sharing
    # text of the original (two second-pass edits inside one first-pass edit, or reaching
    # into it from both sides) become one edit
    spans = []
    for e in second:
        a0, a1 = to_t0(e.start, True)
        b0, b1 = to_t0(e.end, False)
        merged = [ed for s0, e0, s1, e1, ed in segs
                  if ed is not None and ((s1 < b1 and e1 > a1) or (s0 < b0 and e0 > a0))]
        spans.append([a0, a1, b0, b1, [e], merged])
    spans.sort(key=lambda x: (x[1], x[3]))
    clusters: list[list] = []
    for sp in spans:
        last = clusters[-1] if clusters else None
        if last and (sp[0] < last[2] or {id(m) for m in sp[5]} & {id(m) for m in last[5]}):
            last[0], last[1] = min(last[0], sp[0]), min(last[1], sp[1])
            last[2], last[3] = max(last[2], sp[2]), max(last[3], sp[3])
            last[4] += sp[4]
            last[5] += [m for m in sp[5] if all(m is not x for x in last[5])]
        else:
            clusters.append(sp)
    out: list[tuple[int, int, Edit]] = []      # (position in the first result, pass, edit)
    used: set[int] = set()
    for a0, a1, b0, b1, es, merged in clusters:
        replacement = apply_edits(mid[a1:b1], [x.shifted(-a1) for x in es])
        if merged or len(es) > 1:
            used.update(id(m) for m in merged)
            rule = (merged or es)[0].rule
            reason = "; then ".join([m.reason for m in merged] + [x.reason for x in es])
            conf = min([m.confidence for m in merged] + [x.confidence for x in es])
            source = "model" if "model" in {m.source for m in merged} | {x.source for x in es} else "rule"
            out.append((a1, 0, Edit(rule, a0, b0, text[a0:b0], replacement, conf, reason, source)))
        else:
            e = es[0]
            out.append((a1, 0, Edit(e.rule, a0, b0, text[a0:b0], replacement, e.confidence, e.reason, e.source)))
    out.extend((s1, 1, ed) for _s0, _e0, s1, _e1, ed in segs if ed is not None and id(ed) not in used)
    # insertions at one point of the original keep the order they have in the result
    out.sort(key=lambda x: (x[2].start, x[2].end, x[0], x[1]))
    return [e for _pos, _pass, e in out]
