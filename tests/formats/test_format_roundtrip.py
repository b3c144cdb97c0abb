"""Every format: clean input comes back byte for byte; damaged input changes only inside
the prose, and only where the edits say."""

import pytest

from mt_repair import Repairer
from mt_repair.formats import FORMATS, Options, format_for, process

BAD, GOOD = "We met for trainswhich run daily.", "We met for trains, which run daily."

# (format, options, document with {} where the prose goes); {} is filled with BAD or GOOD
CASES = [
    ("text", {}, "\ufeffTitle\r\n\r\n{}\r\n"),
    ("markdown", {}, "---\ntitle: trainswhich\n---\n# Notes\n\n{}\nSee `trainswhich` and "
                     "[x](http://a.org/trainswhich).\n\n```\ntrainswhich\n```\n\n    trainswhich\n"),
    ("html", {}, "<!DOCTYPE html><html><head><style>p{x:trainswhich}</style>"
                 "<script>var a='trainswhich';</script></head>\n<body><p class=\"x\">{}</p>"
                 "<pre>trainswhich</pre><code>trainswhich</code>&nbsp;<!-- trainswhich --></body></html>"),
    ("jsonl", {}, '{"id": 1, "text": "{}", "other": "trainswhich"}\n{"id":2,"text":"\\u00e9t\\u00e9. {}"}\n'),
    ("jsonl", {"field": "meta.paras.*"}, '{"meta": {"paras": ["{}", "ok"], "t": "trainswhich"}}\n'),
    ("json", {"field": "items.*.body"}, '{\n  "items": [\n    {"body": "{}", "id": "trainswhich"}\n  ]\n}\n'),
    ("csv", {"column": "text"}, 'id,text,note\r\n1,"{}\r\nsecond line, ""quoted""",trainswhich\r\n2,"{}",x\r\n'),
    ("tsv", {"column": "1"}, "id\ttext\n1\t{}\n"),
    ("srt", {}, "1\n00:00:01,000 --> 00:00:02,000\n<i>{}</i>\n\n2\n00:00:03,000 --> 00:00:04,500\n{}\n"),
    ("vtt", {}, "WEBVTT\n\nNOTE trainswhich\n\ncue-1\n00:01.000 --> 00:02.000 align:start\n<v Ann>{}</v>\n"),
    ("po", {}, '# comment trainswhich\nmsgid ""\nmsgstr ""\n"Language: en\\n"\n\nmsgid "Trenes"\n'
               'msgstr "{}"\n\n#~ msgid "x"\n#~ msgstr "trainswhich"\n'),
    ("xliff", {}, '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file><body>\n'
                  '<trans-unit id="1"><source>trainswhich</source><target state="final">{}</target>'
                  '</trans-unit></body></file></xliff>\n'),
    ("xliff", {}, '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0"><file id="f">'
                  '<unit id="u"><segment><source>trainswhich</source><target>{} <ph id="1">trainswhich</ph>'
                  '</target></segment></unit></file></xliff>'),
]


@pytest.fixture(scope="module")
def rep():
    return Repairer()


@pytest.mark.parametrize("name,opts,doc", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_round_trip(rep, name, opts, doc):
    fmt = FORMATS[name]()
    clean = doc.replace("{}", GOOD)
    r = process(clean, fmt, rep, options=Options(**opts))
    assert r.text == clean and not r.edits                     # byte-identical without edits
    damaged = doc.replace("{}", BAD)
    r = process(damaged, FORMATS[name](), rep, options=Options(**opts))
    assert r.text == clean                                     # only the prose changed
    assert r.edits and all(e.original == "trainswhich" for e in r.edits if e.start != e.end)
    assert all(damaged[e.start:e.end] == e.original for e in r.edits)


def test_every_format_has_a_case():
    assert {c[0] for c in CASES} == set(FORMATS)


@pytest.mark.parametrize("path,name", [("a.md", "markdown"), ("a.HTM", "html"), ("a.jsonl", "jsonl"),
                                       ("a.xlf", "xliff"), ("a.vtt", "vtt"), ("a.pot", "po"),
                                       ("a.unknown", "text"), ("-", "text")])
def test_format_by_extension(path, name):
    assert format_for(path).name == name


def test_csv_unquoted_cell_gets_quotes_when_a_comma_is_restored(rep):
    doc = "id,text\n1,We met for trainswhich run daily.\n2,clean\n"
    r = process(doc, FORMATS["csv"](), rep, options=Options(column="text"))
    assert r.text == 'id,text\n1,"We met for trains, which run daily."\n2,clean\n'
