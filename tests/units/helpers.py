"""Shared helpers for the unit case tables."""

from mt_repair.edits import apply_edits
from mt_repair.planner import Policy, plan
from mt_repair.units.base import Doc


def fix_unit(unit, text: str, mode: str = "safe") -> str:
    """Apply one unit alone, as the planner would in ``mode``."""
    found = list(unit.find(Doc(text)))
    return apply_edits(text, plan(found, Policy(mode, frozenset({unit.rule}))))


def flagged(unit, text: str) -> list[str]:
    """Originals of what the unit reports with --all (confidence >= 0.7)."""
    return [f.original for f in unit.find(Doc(text)) if f.confidence >= 0.7]
