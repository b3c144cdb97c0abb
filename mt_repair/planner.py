"""From findings to edits: pick a candidate, ask the model where unsure, resolve overlaps.

>>> from mt_repair.units import Doc, UNITS
>>> doc = Doc("the the trainswhich run")
>>> findings = [f for u in UNITS for f in u.find(doc)]
>>> [(e.rule, e.replacement) for e in plan(findings, Policy())]
[('repeated-word', 'the'), ('merged-words', 'trains, which')]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .edits import Edit, Finding, drop_overlaps

__all__ = ["Policy", "plan", "SAFE_THRESHOLD", "ALL_THRESHOLD"]

#: detection confidence needed to apply a finding in the default (safe) mode
SAFE_THRESHOLD = 0.9
#: ... and with ``--all``
ALL_THRESHOLD = 0.7
#: below this candidate probability the model (when loaded) decides between candidates;
#: the comma statistics beat the 1M-parameter model except at a coin toss, so only those go
#: to it (dev split, `bench_synthetic.py --split dev --model default`: at 0.6 the model cost
#: 0.3 points of merged joins, at 0.5 it adds 0.2-0.3)
UNSURE = 0.5
#: a finding the rules hold below the mode's threshold (but at least ALL_THRESHOLD) and mark
#: ``liftable`` (merged-words: lower-case tokens, never names or brands) is acted on when
#: the model prefers its repair to the span by this many nats.  On dev merged-word
#: candidates between 0.7 and 0.9 (lower-case, before the join model): 15 of 86 real joins
#: and none of 3 candidates on 10,000 clean sentences cleared 5 nats (1 did at 4)
PROMOTE_MARGIN = 5.0
#: rules whose unsure choices go to the model (glued quotes measured worse with it)
MODEL_RULES = frozenset({"merged-words"})
#: characters of context on each side of a span sent to the model
CONTEXT_CHARS = 48


@dataclass(frozen=True)
class Policy:
    """Which findings become edits."""

    mode: str = "safe"                       # "safe" or "all"
    select: frozenset[str] = field(default_factory=frozenset)   # empty: every rule
    ignore: frozenset[str] = field(default_factory=frozenset)

    @property
    def threshold(self) -> float:
        return ALL_THRESHOLD if self.mode == "all" else SAFE_THRESHOLD

    def wants(self, rule: str) -> bool:
        return (not self.select or rule in self.select) and rule not in self.ignore

    def applies(self, f: Finding) -> bool:
        if not self.wants(f.rule) or f.best is None or f.confidence < self.threshold:
            return False
        if f.meta.get("report_only"):
            return self.mode == "all" or f.rule in self.select
        return True


def plan(findings: Iterable[Finding], policy: Policy, model=None, text: str = "") -> list[Edit]:
    """Choose one edit per applicable finding; non-overlapping, in text order.

    With a ``model`` (see :mod:`mt_repair.model.api`), findings whose best candidate
    is below :data:`UNSURE` are decided by the model; ``text`` supplies the context.
    """
    edits: list[Edit] = []
    unsure: list[Finding] = []
    promote: list[Finding] = []
    for f in findings:
        if not policy.applies(f):
            if (model is not None and text and f.meta.get("liftable") and policy.wants(f.rule)
                    and ALL_THRESHOLD <= f.confidence < policy.threshold and f.best is not None
                    and not f.meta.get("report_only")):
                promote.append(f)   # below the bar: only a clear verdict of the model lifts it
            continue
        best = f.best
        if (model is not None and text and best.probability < UNSURE and len(f.candidates) > 1
                and f.rule in MODEL_RULES):
            unsure.append(f)
            continue
        edits.append(Edit(f.rule, f.start, f.end, f.original, best.text,
                          round(f.confidence * best.probability, 4), f.reason))
    if unsure:
        edits.extend(_ask_model(unsure, model, text))
    if promote:
        edits.extend(_ask_model(promote, model, text, promote=True))
    return drop_overlaps(edits)


def _ask_model(findings: Sequence[Finding], model, text: str, promote: bool = False) -> list[Edit]:
    """The model's choice for each finding.  ``promote``: the findings are below the mode's
    threshold, so the model alone decides whether the span changes, by :data:`PROMOTE_MARGIN`."""
    from .model.api import ModelRequest

    requests = []
    for f in findings:
        ls = text.rfind("\n", 0, f.start) + 1
        le = text.find("\n", f.end)
        le = len(text) if le < 0 else le
        left = text[max(ls, f.start - CONTEXT_CHARS):f.start]
        right = text[f.end:min(le, f.end + CONTEXT_CHARS)]
        # the rule is sure the span is damaged (it passed the policy); the model only
        # chooses the repair, so keeping the span as it is gets the rule's doubt as prior.
        # Below the bar the model alone decides, by PROMOTE_MARGIN.
        requests.append(ModelRequest(left, f.original, right, tuple(c.text for c in f.candidates), f.rule,
                                     keep_prior=None if promote else round(1.0 - f.confidence, 4),
                                     margin=PROMOTE_MARGIN if promote else None))
    choices = model.choose(requests)
    edits = []
    for f, choice in zip(findings, choices):
        known = {c.text for c in f.candidates}
        if promote:
            if choice.replacement != f.original and choice.replacement in known:
                edits.append(Edit(f.rule, f.start, f.end, f.original, choice.replacement,
                                  round(f.confidence * choice.confidence, 4),
                                  f"{f.reason}; the model confirms '{choice.replacement}'"
                                  + (f" ({choice.reason})" if choice.reason else ""), "model"))
            continue
        if choice.replacement == f.original or (choice.replacement not in known and not choice.generated):
            # the finding passed the policy, so the span is damaged: when the model (or its
            # guard) would rather keep it, the rule's own best repair stands
            best = f.best
            edits.append(Edit(f.rule, f.start, f.end, f.original, best.text,
                              round(f.confidence * best.probability, 4),
                              f"{f.reason}; the model kept no other repair"))
            continue
        edits.append(Edit(f.rule, f.start, f.end, f.original, choice.replacement,
                          round(f.confidence * choice.confidence, 4),
                          f"{f.reason}; model chose '{choice.replacement}'"
                          + (f" ({choice.reason})" if choice.reason else ""), "model"))
    return edits
