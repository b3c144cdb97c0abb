"""XLIFF 1.2 and 2.0: the text of each ``<target>``, with its ``<source>`` as the source.

The stdlib expat parser (a conforming XML parser) reports the byte offset of every
tag, which locates each ``<target>`` exactly; inside it, inline codes (``<g>``,
``<x/>``, ``<ph>…</ph>``, ``<mrk>``, CDATA, comments) are holes and entities are
decoded for the units.  Nothing is re-serialised, so attributes, namespaces and
formatting stay as written.

>>> from mt_repair import Repairer
>>> x = ('<xliff version="1.2"><file><body><trans-unit id="1"><source>Trenes</source>'
...      '<target>We met for trainswhich run &amp; stop.</target></trans-unit></body></file></xliff>')
>>> process(x, XliffFormat(), Repairer()).text == x.replace("trainswhich", "trains, which")
True
"""

from __future__ import annotations

import re
from xml.parsers import expat

from ..errors import UserError
from .base import Format, Options, Segment, carve, decode_escapes, join_segments, process  # noqa: F401  (process: doctest)

__all__ = ["XliffFormat", "target_ranges"]

_START_TAG = re.compile(r"""<[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>""")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|lt|gt|amp|quot|apos);")
_XML_ENT = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
#: inline elements whose content is code, not prose (XLIFF 1.2 and 2.0)
_CODE = ("ph", "bpt", "ept", "it", "ph", "sc", "ec", "cp")
_HOLES = re.compile(r"<!\[CDATA\[.*?\]\]>|<!--.*?-->|<(" + "|".join(_CODE) + r")\b[^>]*?(?<!/)>.*?</\1\s*>|<[^>]*>",
                    re.S)


#: inline codes that mark formatting (bold, a link) around prose, which reads on across them
_FORMATTING = frozenset("g mrk pc bx ex sc ec sm em bpt ept".split())
_TAG_NAME = re.compile(r"</?([\w:.-]+)")


#: formatting codes that close a span ("</g>" is the other way)
_CLOSING = frozenset("ept ec ex em".split())


def _insert_at(doc: str, start: int, end: int) -> int:
    """After the codes that close, before the first that opens; a code with content
    ("<ept>&lt;/b&gt;</ept>") is one piece, never entered."""
    pos = start
    for m in _HOLES.finditer(doc, start, end):
        name = _TAG_NAME.match(m[0])
        if m.start() != pos or name is None or not (m[0].startswith("</") or name[1].rsplit(":", 1)[-1] in _CLOSING):
            break
        pos = m.end()
    return pos


def _reads_on(hole: str) -> bool:
    m = _TAG_NAME.match(hole)
    return m is not None and m[1].rsplit(":", 1)[-1] in _FORMATTING


def _unescape(m: re.Match) -> str:
    e = m[0][1:-1]
    if e.startswith("#x") or e.startswith("#X"):
        return chr(int(e[2:], 16))
    if e.startswith("#"):
        return chr(int(e[1:]))
    return _XML_ENT[e]


def _local(name: str) -> str:
    return name.rsplit(" ", 1)[-1].rsplit(":", 1)[-1]


def target_ranges(text: str) -> list[tuple[int, int, str]]:
    """(start, end, source text) of the content of every ``<target>`` element."""
    data = text.encode("utf-8")
    p = expat.ParserCreate("UTF-8", namespace_separator=" ")
    events: list[tuple[str, int]] = []      # ("s"|"e", byte index)
    state = {"in_source": 0, "buf": [], "last_source": ""}
    pairs: list[str] = []

    def start(name, attrs):
        n = _local(name)
        if n == "source":
            state["in_source"] += 1
            state["buf"] = []
        elif n == "target":
            events.append(("s", p.CurrentByteIndex))
            pairs.append(state["last_source"])

    def end(name):
        n = _local(name)
        if n == "source":
            state["in_source"] -= 1
            state["last_source"] = "".join(state["buf"])
        elif n == "target":
            events.append(("e", p.CurrentByteIndex))

    def chars(s):
        if state["in_source"]:
            state["buf"].append(s)

    p.StartElementHandler, p.EndElementHandler, p.CharacterDataHandler = start, end, chars
    try:
        p.Parse(data, True)
    except expat.ExpatError as e:
        raise UserError(f"not valid XML: {e}") from None
    to_char = _byte_to_char(text, data)
    out = []
    it = iter(events)
    for (_, bs), (_, be), src in zip(it, it, pairs):
        s = to_char(bs)
        m = _START_TAG.match(text, s)
        if m is None or m[0].endswith("/>"):
            continue
        out.append((m.end(), to_char(be), src))
    return out


def _byte_to_char(text: str, data: bytes):
    if len(data) == len(text):
        return lambda b: b
    cache = [0, 0]     # last (byte, char); queries come in increasing order

    def conv(b: int) -> int:
        lb, lc = cache if b >= cache[0] else (0, 0)
        c = lc + len(data[lb:b].decode("utf-8"))
        cache[:] = [b, c]
        return c
    return conv


class XliffFormat(Format):
    name = "xliff"
    extensions = (".xlf", ".xliff")
    suppress_re = re.compile(r"<!--\s*mt-repair:\s*ignore\b([^>]*?)-->")

    keep_gaps = True

    def segments(self, text: str, options: Options) -> list[Segment]:
        """One segment per run of target prose: pieces that only formatting codes separate
        (``<g>``, ``<pc>``, ``<mrk>``, ``<bpt>``/``<ept>``, ``<sc/>``/``<ec/>``...) are
        joined, so that "<g id='1'>López Obrador</g> With several" reads as in the
        document; a placeholder (``<x/>``, ``<ph>``), a comment or CDATA between two pieces
        ends a run.  An insertion where pieces meet goes after closing codes and before
        opening ones."""
        out: list[Segment] = []
        for start, end, src in target_ranges(text):
            holes = [(start + m.start(), start + m.end(), _reads_on(m[0]))
                     for m in _HOLES.finditer(text[start:end])]
            runs: list[list[Segment]] = [[]]
            prev = start
            for s, e in carve(start, end, [(a, b) for a, b, _ in holes]):
                if runs[-1] and any(not on and a < s and b > prev for a, b, on in holes):
                    runs.append([])      # a placeholder, comment or CDATA since the last piece
                runs[-1].append(decode_escapes(s, e, text[s:e], _ENTITY, _unescape, source=src, doc_start=True))
                prev = e
            for parts in runs:
                if len(parts) == 1:
                    out.append(parts[0])
                elif parts:
                    out.append(join_segments(parts, text, insert_at=_insert_at, source=src, doc_start=True))
        return out

    def escape(self, seg: Segment, replacement: str) -> str | None:
        return replacement.replace("&", "&amp;").replace("<", "&lt;")
