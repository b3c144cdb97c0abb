"""Format details: what each parser must find, and what it must leave alone."""

import csv
import io

import pytest

from mt_repair import Repairer
from mt_repair.formats import FORMATS, Options, process
from mt_repair.formats.delimited import cells


@pytest.fixture(scope="module")
def rep():
    return Repairer()


def fix(rep, name, doc, **opts):
    return process(doc, FORMATS[name](), rep, options=Options(**opts))


# HTML: merges at inline tag boundaries are fixed outside the tag; look-alikes are not
HTML_CASES = [
    ("<p>effects on <b>human mobility</b>particularly for workers</p>",
     "<p>effects on <b>human mobility</b>, particularly for workers</p>"),
    ("<p>effects on <em>human mobility</em><i>particularly</i> for workers</p>",
     "<p>effects on <em>human mobility</em>, <i>particularly</i> for workers</p>"),
    ("<p>They have <a href='/t'>trains</a>which run daily.</p>",
     "<p>They have <a href='/t'>trains</a>, which run daily.</p>"),
    # a stray capital after the tag is lower-cased with the separator, the markup written back
    ("<p>The meeting with <b>López Obrador</b>With several officials ended.</p>",
     "<p>The meeting with <b>López Obrador</b>, with several officials ended.</p>"),
    ("<p>In <a href='/g'>Guayaquil</a><i>The</i> largest city in the country, shops closed early.</p>",
     "<p>In <a href='/g'>Guayaquil</a>, <i>the</i> largest city in the country, shops closed early.</p>"),
    # ... never after a label that ends in a number
    ("<li><b>Step 1</b>The user opens the app.</li>", None),
    ("<p><b>Figure 2</b>The results of the survey.</p>", None),
    # the tag shows where two words meet: a name before a verb or a short function word
    ("<p>The minister <a href='/e'>Marcelo Ebrard</a>met officials in Washington.</p>",
     "<p>The minister <a href='/e'>Marcelo Ebrard</a> met officials in Washington.</p>"),
    ("<p>He met <b>Howard Lutnick</b>in Washington on Thursday.</p>",
     "<p>He met <b>Howard Lutnick</b> in Washington on Thursday.</p>"),
    ("<p>in <b>Mexico</b>City today</p>", "<p>in <b>Mexico</b> City today</p>"),
    ("<p>the <a href='#'>Sheinbaum</a>government said</p>", "<p>the <a href='#'>Sheinbaum</a> government said</p>"),
    # every rule reads the rendered prose across inline tags; edits keep the tags
    ("<p>the meeting will be held by <a href='/amlo'>López Obrador</a> With several secretaries</p>",
     "<p>the meeting will be held by <a href='/amlo'>López Obrador</a> with several secretaries</p>"),
    ("<p>An <b>Aadvance</b> of US officials met.</p>", "<p>An <b>advance</b> of US officials met.</p>"),
    ("<p>“Both countries maintain<a href='#'>“</a>said the SRE.</p>",
     "<p>“Both countries maintain<a href='#'>,” </a>said the SRE.</p>"),
    # must not change: a drop cap, a plural after a link, block boundaries, code
    ("<p>She reads <i>The Economist</i> and watched <a href='/d'>Dancing With the Stars</a>.</p>", None),
    ("<p>Prices rose<br>The market fell.</p><ul><li>Apples</li><li>And pears</li></ul>", None),
    # no edit empties an element; a separator goes outside the markup it meets
    ("<p>We saw the<b> the</b></p>", None),
    ("<p>the president Obrador<b>Aadvance</b> which</p>", "<p>the president Obrador, <b>advance</b> which</p>"),
    # an edit that ends where a tag meets an entity keeps the tag
    ("<p>It was <b>Aadvance</b>&nbsp;team and <a href='/x'>Obama</a>&rsquo;s plan.</p>",
     "<p>It was <b>advance</b>&nbsp;team and <a href='/x'>Obama</a>&rsquo;s plan.</p>"),
    ("<p><b>W</b>hen the trains run</p>", None),
    ("<p>Two <a href='/a'>Apple</a>s and pears</p>", None),
    ("<p>the <b>Micro</b>soft deal and <i>un</i>believable <b>news</b>paper scenes</p>", None),
    ("<p>human mobility</p><p>particularly</p>", None),
    ("<p>human <code>mobility</code>particularly</p>", None),
    ("<p translate=\"no\">trainswhich run</p>", None),
    ("<p>Q&amp;A: don&#8217;t stop &mdash; they&rsquo;re here</p>", None),
]


@pytest.mark.parametrize("doc,want", HTML_CASES)
def test_html_cases(rep, doc, want):
    assert fix(rep, "html", doc).text == (want or doc)


def test_html_boundary_pass_rereads_only_what_changed():
    # a boundary repair may reveal more ("Obrador, <b>advance</b>"): the second pass reads
    # the paragraphs an edit changed, not the whole page again
    calls = []

    class Counting(Repairer):
        def repair(self, text, *a, **kw):
            calls.append(text)
            return super().repair(text, *a, **kw)

    clean = "".join(f"<p>Paragraph {i} is <b>clean</b> and stays as it is.</p>\n" for i in range(20))
    doc = clean + "<p>the president Obrador<b>Aadvance</b> which</p>\n" + clean
    r = process(doc, FORMATS["html"](), Counting())
    assert "<p>the president Obrador, <b>advance</b> which</p>" in r.text
    assert r.text.replace("<p>the president Obrador, <b>advance</b> which</p>", "") == doc.replace(
        "<p>the president Obrador<b>Aadvance</b> which</p>", "")
    assert len(calls) == 41 + 1   # every paragraph once, then the one that changed


def test_html_boundary_is_a_finding_in_detect(rep):
    doc = "<p>effects on <b>human mobility</b>particularly for workers</p>"
    r = process(doc, FORMATS["html"](), rep, repair=False)
    [f] = [f for f in r.findings if f.rule == "merged-words"]
    assert (f.start, f.end, f.suggestion) == (35, 35, ", ") and not r.edits


def test_html_entities_are_decoded_and_escapes_kept(rep):
    doc = "<p>Q&amp;A: we met for trainswhich run &amp; stop.</p>"
    assert fix(rep, "html", doc).text == doc.replace("trainswhich", "trains, which")


def test_jsonl_malformed_row_is_reported_and_kept(rep):
    rows = ['{"text": "We met for trainswhich run daily."}', '{"text": broken', "",
            '{"text": "We met for trainswhich run daily.", "n": [1, 2.5e3, null, true]}']
    doc = "\n".join(rows) + "\n"
    r = fix(rep, "jsonl", doc)
    out = r.text.split("\n")
    assert len(out) == len(doc.split("\n"))
    assert out[1] == rows[1] and out[2] == "" and "trains, which" in out[0] and "trains, which" in out[3]
    assert r.notes == ["line 2: malformed JSON row (Expecting value); left unchanged"]


def test_jsonl_missing_field_and_non_string_values_are_left(rep):
    doc = '{"title": "trainswhich"}\n{"text": 5}\n{"text": ["trainswhich"]}\n'
    assert fix(rep, "jsonl", doc).text == doc


def test_csv_scanner_agrees_with_csv_module():
    doc = 'a,b,c\r\n"x, ""y""",,"multi\nline"\r\nplain,"",last\nshort\n'
    ours = [[doc[s:e].replace('""', '"') if q else doc[s:e] for s, e, q in row] for row in cells(doc)]
    assert ours == list(csv.reader(io.StringIO(doc, newline="")))


def test_csv_asks_for_a_column(rep):
    from mt_repair.errors import UserError
    with pytest.raises(UserError, match="use --column"):
        fix(rep, "csv", "a,b\n1,2\n")
    with pytest.raises(UserError, match="no column 'z'"):
        fix(rep, "csv", "a,b\n1,2\n", column="z")


def test_po_strings_agree_with_polib():
    polib = pytest.importorskip("polib")
    doc = ('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
           '#. note\n#: a.py:1\nmsgid "One"\nmsgid_plural "Many"\nmsgstr[0] "one \\"q\\"\\n"\n'
           'msgstr[1] ""\n"many "\n"lines"\n\nmsgctxt "c"\nmsgid ""\n"Long id"\nmsgstr "Tab\\there"\n')
    segs = FORMATS["po"]().segments(doc, Options())
    entries = [e for e in polib.pofile(doc) if e.msgid]
    want = [(entries[0].msgid, entries[0].msgstr_plural[0]), (entries[0].msgid, entries[0].msgstr_plural[1]),
            (entries[1].msgid, entries[1].msgstr)]
    assert [(s.source, s.prose(doc)) for s in segs] == want


def test_markdown_keeps_code_urls_and_markers(rep):
    doc = ("> We met for trainswhich run daily.\n> Use `trainswhich` or https://x.org/trainswhich.\n\n"
           "1. We met for trainswhich run daily.\n\n| a | We met for trainswhich run daily. |\n|---|---|\n")
    assert fix(rep, "markdown", doc).text == doc.replace("for trainswhich", "for trains, which")


# Markdown: emphasis, links and inline HTML are markup the prose reads across
MARKDOWN_CASES = [
    ("The delegation includes **Alejandro Mayorkas**and the adviser.\n",
     "The delegation includes **Alejandro Mayorkas**, and the adviser.\n"),
    ("It will be held by [López Obrador](https://x.org/amlo) With several secretaries.\n",
     "It will be held by [López Obrador](https://x.org/amlo) with several secretaries.\n"),
    ("An *Aadvance* of US officials met.\n", "An *advance* of US officials met.\n"),
    ("López Obrador**Aadvance** the plan\n", "López Obrador, **advance** the plan\n"),
    # a separator goes outside the markup: before an opening marker, after a closing one
    ("It includes the adviser**Alejandro Mayorkas** and others.\n",
     "It includes the adviser, **Alejandro Mayorkas** and others.\n"),
    # the markup shows where two words meet: a name before a short function word or a verb
    ("He met **Howard Lutnick**in Washington on Thursday.\n", "He met **Howard Lutnick** in Washington on Thursday.\n"),
    ("The minister [Marcelo Ebrard](https://x.org/e)met officials.\n",
     "The minister [Marcelo Ebrard](https://x.org/e) met officials.\n"),
    # after a name a space (its verb, a preposition), a comma only closing an apposition
    ("He met **Marcelo Ebrard**at the Capitol.\n", "He met **Marcelo Ebrard** at the Capitol.\n"),
    ("**Claudia Sheinbaum**met with Trump.\n", "**Claudia Sheinbaum** met with Trump.\n"),
    ("The Economy Minister, **Marcelo Ebrard**met with Trump.\n", "The Economy Minister, **Marcelo Ebrard**, met with Trump.\n"),
    # emphasis that closes after a link closes there: the separator goes after both
    ("He met **[Howard Lutnick](https://x.org)**in Washington.\n", "He met **[Howard Lutnick](https://x.org)** in Washington.\n"),
    ("We met **[trains](https://x.org)**which run.\n", "We met **[trains](https://x.org)**, which run.\n"),
    # a two-letter name before a longer word; a clause after a name takes its comma
    ("He met the minister [Mary Ng](https://x.org/ng)who assured it.\n",
     "He met the minister [Mary Ng](https://x.org/ng), who assured it.\n"),
    ("In Beijing **Xi**said it **Al**ready and **De**spite it.\n", "In Beijing **Xi** said it **Al**ready and **De**spite it.\n"),
    # a rare listed word split by emphasis stays whole; before a short function word only
    # a common one does ("passon" is web junk)
    ("Each *micro*plastic particle and the *deep*fake video of [Eagle Pass](https://x.org)on Monday.\n",
     "Each *micro*plastic particle and the *deep*fake video of [Eagle Pass](https://x.org) on Monday.\n"),
    # must not change: snake_case, arithmetic, titles in emphasis or links, a split word, tables
    ("Use snake_case_name and 2 * 3 = 6 in the *Financial Times* and **The Guardian** today.\n", None),
    ("the **Micro**soft deal and *un*believable **news**paper scenes, two [Apple](https://x.org)s\n", None),
    ("**Note:** This is it. See [The Hague](https://x.org) report; un**frigging**believable.\n", None),
    ("| Name | Role |\n|---|---|\n| **Mayorkas** | Secretary |\n", None),
    # block HTML ends a run; a lone or arithmetic * is text
    ("Prices rose<br>The market fell. We found that 5*3 apples and the spokesman*said no.\n", None),
]


@pytest.mark.parametrize("doc,want", MARKDOWN_CASES)
def test_markdown_cases(rep, doc, want):
    assert fix(rep, "markdown", doc).text == (want or doc)


def test_xliff_reads_across_formatting_codes_not_placeholders(rep):
    unit = ('<xliff version="1.2"><file><body><trans-unit id="1"><source>s</source><target>{}</target>'
            '</trans-unit></body></file></xliff>')
    doc = unit.format('It includes <g id="2">Alejandro Mayorkas</g>and the adviser, with <g id="1">López Obrador</g> '
                      'With several secretaries.')
    want = unit.format('It includes <g id="2">Alejandro Mayorkas</g>, and the adviser, with <g id="1">López Obrador</g> '
                       'with several secretaries.')
    assert fix(rep, "xliff", doc).text == want
    doc = unit.format('Click <x id="3"/> Save to keep it.')
    assert fix(rep, "xliff", doc).text == doc
    # a placeholder next to a formatting code still ends the run; an insertion goes
    # before an opening code; an edit next to an entity keeps the closing code
    doc = unit.format('It includes <g id="2">Alejandro Mayorkas</g><x id="3"/><g id="4">and</g> the adviser.')
    assert fix(rep, "xliff", doc).text == doc
    doc = unit.format('It includes the adviser<g id="2">Alejandro Mayorkas</g> now; an <g id="1">Aadvance</g>&amp; more.')
    want = unit.format('It includes the adviser, <g id="2">Alejandro Mayorkas</g> now; an <g id="1">advance</g>&amp; more.')
    assert fix(rep, "xliff", doc).text == want


def test_srt_reads_across_styling_tags(rep):
    doc = "1\n00:00:01,000 --> 00:00:03,000\nThe talks with <i>López Obrador</i> With several\nsecretaries.\n"
    assert fix(rep, "srt", doc).text == doc.replace("> With", "> with")


def test_vtt_entities_and_settings(rep):
    doc = "WEBVTT\n\n00:01.000 --> 00:02.000 line:0\nWe met for trainswhich run &amp; stop.\n"
    assert fix(rep, "vtt", doc).text == doc.replace("trainswhich", "trains, which")


def test_xliff_source_is_attached():
    doc = ('<xliff version="1.2"><file><body><trans-unit id="1"><source>Hola &amp; adiós</source>'
           '<target>Hello &amp; bye</target></trans-unit></body></file></xliff>')
    [seg] = FORMATS["xliff"]().segments(doc, Options())
    assert (seg.source, seg.prose(doc)) == ("Hola & adiós", "Hello & bye")


def test_xliff_non_ascii_offsets(rep):
    doc = ('<xliff version="1.2"><file><body><trans-unit id="é"><source>ñandú</source>'
           '<target>Ñandú: we met for trainswhich run daily.</target></trans-unit></body></file></xliff>')
    assert fix(rep, "xliff", doc).text == doc.replace("trainswhich", "trains, which")


def test_bilingual_hook_sees_source_and_target(rep):
    from mt_repair.edits import Finding
    doc = 'msgid "Creció 3,5%"\nmsgstr "It grew 3.6%"\n'
    seen = []

    def check(source, target):
        seen.append((source, target))
        i = target.index("3.6")
        return [Finding("bilingual-number", i, i + 3, "3.6", (), 0.9, "number differs")]

    r = process(doc, FORMATS["po"](), rep, repair=False, source_check=check)
    assert seen == [("Creció 3,5%", "It grew 3.6%")]
    [f] = r.findings
    assert doc[f.start:f.end] == "3.6"
