"""Random documents with inline markup around damaged prose: repair never changes the
markup, keeps XLIFF well-formed, and a second run changes nothing."""

import random
import re
import xml.dom.minidom

import pytest

from mt_repair import Repairer
from mt_repair.formats import FORMATS, process

WORDS = ("the president Mayorkas and which López Obrador With several Aadvance “ said , . trains "
         "which mobility particularly December 27 the the A joint &amp; &nbsp; &rsquo;s").split()
PLAIN = {"&amp;": "&", "&nbsp;": " ", "&rsquo;": "’"}
XML_SAFE = {"&nbsp;": "&#160;", "&rsquo;": "&#8217;"}
MARKUP = {
    "html": [("<b>", "</b>"), ("<a href='/x'>", "</a>"), ("<i>", "</i>"), ("<span>", "</span>")],
    "markdown": [("**", "**"), ("*", "*"), ("[", "](https://x.org)"), ("<b>", "</b>"), ("_", "_")],
    "xliff": [('<g id="1">', "</g>"), ('<x id="2"/>', ""), ('<bpt id="3">&lt;b&gt;</bpt>', '<ept id="3">&lt;/b&gt;</ept>')],
    "srt": [("<i>", "</i>"), ("<b>", "</b>")],
}
TAGS = {"html": r"<[^>]+>", "xliff": r"<[^>]+>", "srt": r"<[^>]+>", "markdown": r"\*+|_+|\[|\]\([^)]*\)|<[^>]+>"}


def document(kind: str, rng: random.Random) -> str:
    words = []
    for _ in range(rng.randint(3, 12)):
        w = rng.choice(WORDS)
        for entity, char in (PLAIN if kind in ("markdown", "srt") else XML_SAFE if kind == "xliff" else {}).items():
            w = w.replace(entity, char)
        if rng.random() < 0.3:
            opening, closing = rng.choice(MARKUP[kind])
            w = opening + w + closing
        words.append(w + rng.choice(["", " ", " ", " "]))
    body = "".join(words).strip()
    return {"html": f"<p>{body}</p>", "markdown": body + "\n",
            "xliff": ('<xliff version="1.2"><file><body><trans-unit id="1"><source>s</source>'
                      f"<target>{body}</target></trans-unit></body></file></xliff>"),
            "srt": f"1\n00:00:01,000 --> 00:00:02,000\n{body}\n"}[kind]


@pytest.mark.parametrize("kind", sorted(MARKUP))
def test_repair_keeps_markup_and_is_idempotent(kind):
    rep = Repairer(model=None, mode="all")
    rng = random.Random(7)
    for _ in range(60):
        doc = document(kind, rng)
        out = process(doc, FORMATS[kind](), rep).text
        assert re.findall(TAGS[kind], out) == re.findall(TAGS[kind], doc), doc
        empty = r"<(\w+)[^>]*></\1>|\*\*\*\*|\[\]"     # markup left with nothing inside
        assert len(re.findall(empty, out)) == len(re.findall(empty, doc)), doc
        if kind == "xliff":
            xml.dom.minidom.parseString(out)
        assert process(out, FORMATS[kind](), rep).text == out, doc
