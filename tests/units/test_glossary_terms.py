"""User glossaries (CSV/TSV, YAML, TBX) and the knowledge base's schema and matcher."""

import time

import pytest

from mt_repair.errors import UserError
from mt_repair.knowledge import knowledge_base
from mt_repair.knowledge.glossary import glossary_units, load_glossary, merged_base
from mt_repair.knowledge.matcher import TermMatcher, tokenize
from mt_repair.knowledge.schema import SchemaError, parse_line
from mt_repair.units.glossary_terms import GlossaryTerm

CSV = "term,replacement,type,case,triggers,note\nAcme Widget,Acme Gadget,,,,\nBrunette,,dnt,,,brand\nfoo bar,,forbidden,ignore,,\nWork Party,Labour Party,replace,,UK|Starmer,\n"
YAML = """version: 1
terms:
  - term: Acme Widget
    replacement: Acme Gadget
  - term: Brunette
    type: dnt
"""
TBX = """<?xml version="1.0"?>
<tbx><text><body>
<termEntry id="1"><langSet xml:lang="es"><tig><term>Cancillería</term></tig></langSet>
<langSet xml:lang="en">
<tig><term>Foreign Ministry</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
<tig><term>Chancellery of Mexico</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
</langSet></termEntry>
</body></text></tbx>
"""


def _all(units, text):
    return [f for u in units for f in u(text)]


@pytest.fixture
def write(tmp_path):
    def w(name, text):
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        return p
    return w


@pytest.mark.parametrize("name, text", [("g.csv", CSV), ("g.tsv", CSV.replace(",", "\t")), ("g.yaml", YAML)])
def test_formats_replace_and_dnt(write, name, text):
    units = glossary_units(load_glossary(write(name, text)))
    fs = _all(units, "Brunette deputies cheered the Acme Widget.")
    assert [(f.rule, f.suggestion) for f in fs] == [("glossary", "Acme Gadget")]
    assert "user glossary g." in fs[0].reason


def test_forbidden_and_triggers(write):
    units = glossary_units(load_glossary(write("g.csv", CSV)))
    fs = _all(units, "A FOO BAR appeared.")
    assert [(f.original, f.suggestion, f.confidence >= 0.7) for f in fs] == [("FOO BAR", None, True)]
    confirmed = _all(units, "Starmer spoke. The Work Party won.")
    alone = _all(units, "The Work Party won.")
    assert confirmed[0].confidence >= 0.9 and alone[0].confidence < 0.9


def test_tbx(write):
    g = load_glossary(write("g.tbx", TBX))
    assert [(e.term, e.replace, e.id) for e in g.entries] == [("Chancellery of Mexico", "Foreign Ministry", "g.tbx:6")]


@pytest.mark.parametrize("name, text, where", [
    ("bad.csv", "term,replacement,type\nX,,replace\n", "bad.csv:2"),
    ("bad.csv", "term,replacement,type\nX,Y,sometimes\n", "bad.csv:2"),
    ("bad.yaml", "terms:\n  - term: X\n    colour: red\n", "bad.yaml:2"),
    ("bad.yaml", "terms: [\n", "bad.yaml"),
    ("bad.tbx", "<tbx><body>\n<termEntry></body>", "bad.tbx:2"),
    ("bad.tbx", '<!DOCTYPE x [<!ENTITY a "aaaa">]><tbx/>', "bad.tbx:1"),
    ("bad.docx", "x", "bad.docx"),
])
def test_errors_name_file_and_line(write, name, text, where):
    with pytest.raises(UserError, match=where.replace(".", r"\.")):
        load_glossary(write(name, text))


def test_missing_file(tmp_path):
    with pytest.raises(UserError, match="no such glossary"):
        load_glossary(tmp_path / "nope.csv")


def test_base_size_sources_and_schema():
    kb = knowledge_base()
    st = kb.stats()
    assert st["lines"] >= 500
    assert all(e.source for e in kb.entries)
    with pytest.raises(SchemaError, match="f:3: unknown kind"):
        parse_line("thing\ta\tb\t\t\t\t0.9\tsrc", "f", 3)
    with pytest.raises(SchemaError, match="could never fire"):
        parse_line("place\ta\tb\t\tes\t\t0.0\tsrc", "f", 3)


def test_matcher_is_linear_with_100k_terms():
    m = TermMatcher()
    for i in range(100_000):
        m.add(f"term{i} alpha beta", i)
    m.add("a a a a a a a a b", "x")  # a pathological prefix
    toks = tokenize("a " * 5000 + "term99999 alpha beta")
    t = time.perf_counter()
    found = list(m.find(toks))
    assert time.perf_counter() - t < 0.5
    assert [p for _i, _j, p in found] == [[99999]]


def test_merged_base_keeps_builtin(write):
    kb = merged_base([load_glossary(write("g.csv", CSV))])
    u = GlossaryTerm(kb)
    assert u("Nothing to see.") == []
    assert len(kb.entries) == len(knowledge_base().entries) + 4
