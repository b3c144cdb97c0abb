import pytest

from mt_repair import repair


def fixed(text: str, rule: str, mode: str = "all") -> str:
    """The text after applying only ``rule`` (rules only, no model)."""
    return repair(text, mode=mode, select=[rule]).text


@pytest.fixture
def fix_with():
    return fixed
