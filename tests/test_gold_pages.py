"""The hand-made gold pages (tests/data/gold_pages): clean pages come out unchanged in both
modes, and repair brings every damaged page closer to its hand edit."""

import pytest

from tests.script_loader import load_script

bench = load_script("bench_gold_pages")
PAGES = sorted(bench.PAGES.glob("*/*.gold.txt"))
CLEAN = sorted(bench.PAGES.glob("*/clean*.txt"))


def test_the_pages_are_there():
    assert len(PAGES) >= 20 and len(CLEAN) >= 8


@pytest.mark.parametrize("page", CLEAN, ids=lambda p: f"{p.parent.name}/{p.stem}")
@pytest.mark.parametrize("mode", ["safe", "all"])
def test_a_clean_page_comes_out_unchanged(page, mode):
    from mt_repair import repair
    text = page.read_text(encoding="utf-8")
    assert repair(text, mode=mode).text == text


@pytest.mark.parametrize("gold", PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_repair_brings_a_damaged_page_closer_to_its_hand_edit(gold):
    page = gold.with_name(gold.name.replace(".gold.txt", ".txt"))
    text, want = page.read_text(encoding="utf-8"), gold.read_text(encoding="utf-8")
    before = bench.word_diffs(text, want)
    after = bench.word_diffs(bench.fixed(text, "safe"), want)
    assert after <= 0.6 * before, (before, after)   # (the human edit is 0; before, about one per damage site)
