"""HTML text runs moved by edits (formats.html.shift_runs) are the runs a fresh parse finds."""

import pytest

from mt_repair import Repairer
from mt_repair.edits import Edit, apply_edits
from mt_repair.formats import FORMATS, process
from mt_repair.formats.html import shift_runs, text_runs

from .test_format_details import HTML_CASES

PAGES = [doc for doc, _want in HTML_CASES] + [
    "<html><head><title>Port strike ends – El Sol de México</title></head><body>\n"
    "<p>The governor <b>Samuel García</b>who spoke on Monday, said so .</p>\n"
    "<p>Leave a Reply</p><p>Your email address will not be published.</p>\n"
    "<!-- a comment --><p>a &lt; b and Q&amp;A: the the plan<br>An Aadvance</p></body></html>",
    "<p>x < y and trainswhich run</p><p>fine</p>",
    "<p>human mobility<b></b>particularly</p>",
]


@pytest.mark.parametrize("mode", ["safe", "all"])
@pytest.mark.parametrize("page", PAGES)
def test_moved_runs_match_a_fresh_parse(page, mode):
    r = process(page, FORMATS["html"](), Repairer(mode, model=None))
    moved = shift_runs(text_runs(page), r.edits, r.text)
    assert moved is None or moved == text_runs(r.text)


@pytest.mark.parametrize("edit", [
    Edit("x", 21, 21, "", ", ", 1.0, ""),          # between two tags: a new run
    Edit("x", 3, 17, "human mobility", "", 1.0, ""),  # a run emptied
    Edit("x", 3, 5, "hu", "<b", 1.0, ""),          # a "<" that may open a tag
])
def test_uncertain_moves_are_refused(edit):
    page = "<p>human mobility</p><p>particularly</p>"
    assert shift_runs(text_runs(page), [edit], apply_edits(page, [edit])) is None


def test_a_page_is_parsed_once_per_repair(monkeypatch):
    import mt_repair.formats.html as h
    calls = []
    real = h.text_runs
    monkeypatch.setattr(h, "text_runs", lambda text: calls.append(1) or real(text))
    page = "<p>We met for <b>trains</b>which run. The the end.</p>"
    r = process(page, h.HtmlFormat(), Repairer(model=None))
    assert r.text == "<p>We met for <b>trains</b>, which run. The end.</p>"
    assert len(calls) == 1
