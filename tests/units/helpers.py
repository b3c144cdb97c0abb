"""Shared helpers for the unit case tables."""

import pytest

from mt_repair import repair
from mt_repair.edits import apply_edits
from mt_repair.planner import Policy, plan
from mt_repair.units.base import Doc


def fixed(text: str, rule: str, mode: str = "all") -> str:
    """The text after applying only ``rule`` (rules only, no model)."""
    return repair(text, mode=mode, select=[rule]).text


def case_table(unit, must_change, must_not_change, *, unit_silent: bool = True):
    """The two table tests of a unit, to bind to ``test_*`` names in its module.

    Each ``(before, after)`` of ``must_change`` becomes ``after`` when only this rule runs
    with ``--all`` (``after`` None: it changes, the repair is left to context); each text
    of ``must_not_change`` stays as it is, and (``unit_silent``) the unit reports nothing.
    """

    @pytest.mark.parametrize("before, after", must_change)
    def must_change_test(before, after):
        out = fixed(before, unit.rule)
        assert out != before
        if after is not None:
            assert out == after

    @pytest.mark.parametrize("text", must_not_change)
    def must_not_change_test(text):
        assert fixed(text, unit.rule) == text
        if unit_silent:
            assert unit(text) == []

    return must_change_test, must_not_change_test


def fix_unit(unit, text: str, mode: str = "safe") -> str:
    """Apply one unit alone, as the planner would in ``mode``."""
    found = list(unit.find(Doc(text)))
    return apply_edits(text, plan(found, Policy(mode, frozenset({unit.rule}))))


def flagged(unit, text: str) -> list[str]:
    """Originals of what the unit reports with --all (confidence >= 0.7)."""
    return [f.original for f in unit.find(Doc(text)) if f.confidence >= 0.7]
