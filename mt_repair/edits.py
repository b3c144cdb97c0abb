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

__all__ = ["Candidate", "Finding", "Edit", "apply_edits", "drop_overlaps"]


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
    chosen: list[Edit] = []
    for e in sorted(edits, key=lambda e: (-e.confidence, e.start, e.end)):
        if not any(_collide(e, c) for c in chosen):
            chosen.append(e)
    return sorted(chosen, key=lambda e: (e.start, e.end))


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
