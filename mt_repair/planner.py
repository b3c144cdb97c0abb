"""From findings to edits: pick a candidate, ask the model where unsure, resolve overlaps.

>>> from mt_repair.units import Doc, UNITS
>>> doc = Doc("the the trainswhich run")
>>> findings = [f for u in UNITS for f in u.find(doc)]
>>> [(e.rule, e.replacement) for e in plan(findings, Policy())]
[('repeated-word', 'the'), ('merged-words', 'trains, which')]
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from .edits import Edit, Finding, drop_overlaps

__all__ = ["Policy", "plan", "SAFE_THRESHOLD", "ALL_THRESHOLD"]

#: detection confidence needed to apply a finding in the default (safe) mode
SAFE_THRESHOLD = 0.9
#: ... and with ``--all``
ALL_THRESHOLD = 0.7
#: for a model that only chooses (no ``score()``; the shipped one scores, see MODEL_WEIGHT):
#: below this candidate probability it decides between candidates; the comma statistics beat
#: the earlier 1M-parameter model except at a coin toss, so only those went to it (dev split:
#: at 0.6 the model cost 0.3 points of merged joins, at 0.5 it added 0.2-0.3)
UNSURE = 0.5
#: a finding the rules hold below the mode's threshold (but at least ALL_THRESHOLD) and mark
#: ``liftable`` (merged-words: lower-case tokens, never names or brands) is acted on when
#: the model prefers its repair to the span by this many nats (a finding's ``margin`` meta
#: overrides it: each unit measures its own).  Merged words, 5.7M-parameter model, dev split:
#: joins split exactly in safe mode 82.8% without the model, 83.6% lifting at 5 nats, 84.0%
#: at 4, 84.4% at 3; of the 50 liftable candidates on 9,193 clean news lines and 110,362
#: WMT21/23 system outputs and references, 0 / 1 / 2 clear 5 / 4 / 3 nats ("levelcast");
#: with the run-4 model, of 46: 1 / 2 / 4, all in WMT system outputs ("levelcast",
#: "afterseason": MT coinages; no human reference or clean news line changed).
#: A finding marked ``model_only`` (a place a rule cannot judge alone: confidence below
#: ALL_THRESHOLD, never applied without a model, never reported by ``check``) is lifted the
#: same way
PROMOTE_MARGIN = 4.0
#: rules whose choice between candidates the model weighs in on (glued quotes measured
#: worse with it)
MODEL_RULES = frozenset({"merged-words"})
#: with a model that scores candidates (``score()``), a merged-words finding above the bar
#: picks the candidate with the highest log p_rules + MODEL_WEIGHT * log p_model.  On the
#: 1,212 dev joins the rules split right (with the right separator among the candidates), the
#: rules alone pick the right separator for 90.0%, the 5.7M-parameter model alone for 83.5%,
#: together 90.3% at 0.1, 90.4% at 0.15, 90.8% at 0.25, 90.7% at 0.4-0.6, 90.0% at 1.0 (the
#: model leans towards no comma).  Rechecked with the run-3 model (two-line texts): on 1,210
#: joins rules 90.4%, model 84.5%, together 90.6% at 0.25 (91.2% with COMMA_BIAS); every weight
#: from 0.1 to 1.5 with a bias of 0-2 nats within 0.7 points; through the pipeline, lost
#: punctuation safe + model 79.2-79.9% at (0.25-0.6, 1.0-2.0).  With run 4: model 83.4%,
#: together 91.2% at 0.25 with COMMA_BIAS, all settings within 1 point.  See ``scripts/eval_model.py``
MODEL_WEIGHT = 0.25
#: ... and where the right piece is capitalised ("experienceMilan", "FridayOfficials", also
#: name + name and acronym joins), whether a sentence ended there is a question of the whole
#: window, which the counts of two words cannot see and the model (trained on two-line texts)
#: can: dev, safe + model, lost sentence ends restored (600 texts,
#: scripts/bench_sentence_joins.py) 65.5% at 0.25, 69.0% at 1.0, 70.2% at 1.5, 71.0% at 2.5;
#: one-sentence merged joins with a capital on the right: lower+Cap (82) 77 / 76 / 74 / 73%,
#: Cap+Cap (89) 43% at every weight; lost punctuation 79.0 / 78.9 / 78.9 / 78.8%
CAPITAL_MODEL_WEIGHT = 1.0
#: ... and that lean is corrected: a candidate that restores a comma gets this many nats more
#: from the model before weighting (dev, offline on the 1,212 joins: 90.8% -> 91.3% at 1.0 or
#: 1.5; through the pipeline, lost punctuation restored safe / all + model: 79.2 / 81.8% at 0,
#: 79.8 / 82.4% at 1.0, 80.1 / 82.8% at 1.5, at the cost of plain joins 57.4 / 60.9%, 56.6 /
#: 60.2%, 55.1 / 58.6%; corrupted sentences restored 75.5 / 85.2%, 75.6 / 85.4%, 75.6 / 85.4%)
COMMA_BIAS = 1.0
#: a stray capital that may instead open a sentence whose period was lost (stray-capital's
#: ``run_on`` findings: "rose last year On the other hand") becomes the period when the model
#: prefers "year. On" to "year on" by this many nats, per mode.  Run-4 model, dev split: of
#: 214 run-ons (two neighbouring lines joined by a space, the period lost) at a listed capital
#: after a word that ends clauses, the period wins by 0 / 1 / 2 / 3 / 4 nats at 207 / 199 /
#: 184 / 150 / 112; of the 184 synthetic stray capitals at such places, at 38 / 22 / 11 / 6 / 1.
#: Safe mode takes the margin that nearly never turns a stray capital into a period.  The
#: model lifts no run-on below the mode's bar: in safe mode (an article or a subordinator,
#: 0.85) it would add periods to 38 lines of WMT system outputs, mostly real run-ons but also
#: "will support The development", "college A implemented", and lower BLEU or chrF on 5
#: more systems (bench_real_mt.py)
RUN_ON_MARGIN = {"safe": 4.0, "all": 2.0}
#: characters of context on each side of a span sent to the model (its own window trims them)
CONTEXT_CHARS = 200


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

    def applies(self, f: Finding, *, judged_by_model: bool = False) -> bool:
        """Does ``f`` become an edit in this mode?  A ``model_only`` finding does only where a
        model judges it (``judged_by_model``)."""
        if (not self.wants(f.rule) or f.best is None or f.confidence < self.threshold
                or f.meta.get("model_only") and not judged_by_model):
            return False
        if f.meta.get("report_only"):
            return self.mode == "all" or f.rule in self.select
        return True


def plan(findings: Iterable[Finding], policy: Policy, model=None, text: str = "") -> list[Edit]:
    """Choose one edit per applicable finding; non-overlapping, in text order.

    With a ``model`` (see :mod:`mt_repair.model.api`) the model weighs in on the choice
    between a merged-words finding's candidates (:data:`MODEL_WEIGHT`; a model with only
    ``choose()`` decides the findings whose best candidate is below :data:`UNSURE`), and
    may lift a finding below the bar (:data:`PROMOTE_MARGIN`), and tells a stray capital from
    a run-on sentence (:data:`RUN_ON_MARGIN`); ``text`` supplies the context.
    """
    edits: list[Edit] = []
    unsure: list[Finding] = []
    weigh: list[Finding] = []
    promote: list[Finding] = []
    run_ons: list[Finding] = []
    scores = model is not None and text and hasattr(model, "score")
    for f in findings:
        if scores and f.meta.get("run_on") and policy.applies(f, judged_by_model=True):
            run_ons.append(f)   # lower case or a lost period: the model says
            continue
        if not policy.applies(f):
            if (model is not None and text and policy.wants(f.rule) and f.best is not None
                    and not f.meta.get("report_only") and not f.meta.get("run_on")
                    and (f.meta.get("model_only") or f.meta.get("liftable")
                         and ALL_THRESHOLD <= f.confidence < policy.threshold)):
                promote.append(f)   # below the bar: only a clear verdict of the model lifts it
            continue
        best = f.best
        if scores and len(f.candidates) > 1 and f.rule in MODEL_RULES and not f.meta.get("phrase_end"):
            # (never where the rules read the sentence's structure, ``phrase_end``: "In the
            # city of São Paulo|The price": an opening phrase with no verb yet ends with a
            # comma; the model, which reads a period before "The" as likely, chose "Paulo.
            # The" even at MODEL_WEIGHT)
            weigh.append(f)
            continue
        if (model is not None and text and best.probability < UNSURE and len(f.candidates) > 1
                and f.rule in MODEL_RULES):
            unsure.append(f)   # a model that only chooses: it decides the coin tosses
            continue
        edits.append(Edit(f.rule, f.start, f.end, f.original, best.text,
                          round(f.confidence * best.probability, 4), f.reason))
    if weigh:
        edits.extend(_weigh_with_model(weigh, model, text))
    if unsure:
        edits.extend(_ask_model(unsure, model, text))
    if promote:
        edits.extend(_ask_model(promote, model, text, promote=True))
    if run_ons:
        edits.extend(_run_ons(run_ons, model, text, RUN_ON_MARGIN[policy.mode]))
    return drop_overlaps(edits)


def _request(f: Finding, text: str, **kw):
    """The model request for a finding: its span with up to CONTEXT_CHARS on each side, same line."""
    from .model.api import ModelRequest

    ls = text.rfind("\n", 0, f.start) + 1
    le = text.find("\n", f.end)
    le = len(text) if le < 0 else le
    left = text[max(ls, f.start - CONTEXT_CHARS):f.start]
    right = text[f.end:min(le, f.end + CONTEXT_CHARS)]
    return ModelRequest(left, f.original, right, tuple(c.text for c in f.candidates), f.rule, **kw)


def _weigh_with_model(findings: Sequence[Finding], model, text: str) -> list[Edit]:
    """Each finding's candidate by log p_rules + MODEL_WEIGHT * log p_model (see MODEL_WEIGHT;
    CAPITAL_MODEL_WEIGHT where the join's right piece is capitalised)."""
    from .model.guard import letters

    scores = model.score([_request(f, text) for f in findings])
    edits = []
    for f, sc in zip(findings, scores):
        # the model weighs punctuation only: a candidate with other words ("Republicans,
        # such as") scores lower for its length alone, so only the rules' best words compete
        words = letters(f.best.text)
        cands = [c for c in f.candidates if letters(c.text) == words]
        commas = f.original.count(",")
        split = f.meta.get("split", 0)
        w = CAPITAL_MODEL_WEIGHT if 0 < split < len(f.original) and f.original[split].isupper() else MODEL_WEIGHT
        combined = [math.log(max(c.probability, 1e-9))
                    + w * (sc.get(c.text, 0.0) + COMMA_BIAS * (c.text.count(",") > commas))
                    for c in cands]
        top = max(combined)
        weights = [math.exp(x - top) for x in combined]
        k = max(range(len(weights)), key=weights.__getitem__)
        best, p = cands[k], weights[k] / sum(weights)
        reason = f.reason if best is f.best else f"{f.reason}; the model weighs in for '{best.text}'"
        edits.append(Edit(f.rule, f.start, f.end, f.original, best.text, round(f.confidence * p, 4), reason,
                          "rule" if best is f.best else "model"))
    return edits


def _run_ons(findings: Sequence[Finding], model, text: str, margin: float) -> list[Edit]:
    """A stray capital or a lost period?  ``findings`` have as candidates the lower-case
    repair, then the period (stray-capital's ``run_on``); the period needs ``margin`` nats
    over the lower case (:data:`RUN_ON_MARGIN`)."""
    scores = model.score([_request(f, text) for f in findings])
    edits = []
    for f, sc in zip(findings, scores):
        lower, period = f.candidates[0].text, f.candidates[1].text
        gain = sc.get(period, -math.inf) - sc.get(lower, -math.inf)
        if gain > margin:
            edits.append(Edit(f.rule, f.start, f.end, f.original, period, round(f.confidence * 0.9, 4),
                              f"{f.reason}; the model reads a lost sentence end: '{period}' "
                              f"(by {gain:.2f} nats over '{lower}')", "model"))
        elif not f.meta.get("model_only") or gain < -margin:
            edits.append(Edit(f.rule, f.start, f.end, f.original, lower,
                              round(f.confidence * f.candidates[0].probability, 4),
                              f"{f.reason}; the model reads no sentence end ('{period}' by {gain:.2f} nats)"))
    return edits


def _ask_model(findings: Sequence[Finding], model, text: str, promote: bool = False) -> list[Edit]:
    """The model's choice for each finding.  ``promote``: the findings are below the mode's
    threshold, so the model alone decides whether the span changes, by :data:`PROMOTE_MARGIN`."""
    # the rule is sure the span is damaged (it passed the policy); the model only chooses
    # the repair, so keeping the span as it is gets the rule's doubt as prior.  Below the
    # bar the model alone decides, by PROMOTE_MARGIN.
    requests = [_request(f, text, keep_prior=None if promote else round(1.0 - f.confidence, 4),
                         margin=f.meta.get("margin", PROMOTE_MARGIN) if promote else None) for f in findings]
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
