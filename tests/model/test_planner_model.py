"""How the planner hands findings to a model: which ones, with which margin (a fake model, no torch)."""

from mt_repair.edits import Finding, Candidate
from mt_repair.model.api import ModelChoice
from mt_repair.planner import PROMOTE_MARGIN, Policy, plan

TEXT = "Officials announced new measures what the ministry took."


class Recorder:
    """Says yes to every repair and remembers what it was asked."""

    name = "recorder"

    def __init__(self):
        self.requests = []

    def choose(self, requests):
        self.requests.extend(requests)
        return [ModelChoice(r.candidates[0], 0.9, False, "prefers it") for r in requests]


def _finding(conf, **meta):
    s = TEXT.index("what")
    return Finding("relative-what", s, s + 4, "what", (Candidate("that", 0.9),), conf, "test", meta=meta)


def test_model_only_finding_needs_the_model():
    f = _finding(0.5, model_only=True, margin=6.0)
    assert plan([f], Policy("all"), None, TEXT) == []                  # no model: never applied
    m = Recorder()
    (e,) = plan([f], Policy("safe"), m, TEXT)
    assert e.replacement == "that" and e.source == "model"
    assert m.requests[0].margin == 6.0 and m.requests[0].keep_prior is None


def test_liftable_finding_uses_the_default_margin():
    m = Recorder()
    (e,) = plan([_finding(0.75, liftable=True)], Policy("safe"), m, TEXT)
    assert m.requests[0].margin == PROMOTE_MARGIN


def test_ignored_rule_is_never_offered():
    m = Recorder()
    assert plan([_finding(0.5, model_only=True)], Policy("safe", ignore=frozenset({"relative-what"})), m, TEXT) == []
    assert m.requests == []


def test_model_only_findings_are_never_reported_or_applied():
    from mt_repair import Repairer, detect
    assert Policy("all").applies(_finding(0.95, model_only=True)) is False
    text = "Officials announced new measures what the ministry took last week."
    assert detect(text) == []
    res = Repairer("all").repair(text)
    assert res.text == text and res.findings == [] and res.edits == []
