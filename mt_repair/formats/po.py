"""Gettext PO: every ``msgstr`` (and ``msgstr[N]``) is prose; its ``msgid`` is the source.

polib parses PO well but writes it back re-wrapped, and it does not say where a
string is; the PO grammar is line based, so a line scanner locates each quoted
piece (a msgstr may run over several ``"..."`` lines) and C escapes are decoded for
the units.  The header entry, obsolete ``#~`` entries and comments are untouched.
The tests check the decoded strings against polib.

>>> from mt_repair import Repairer
>>> po = 'msgid "Trains"\\nmsgstr ""\\n"We met for trainswhich "\\n"run daily."\\n'
>>> print(process(po, PoFormat(), Repairer()).text, end="")
msgid "Trains"
msgstr ""
"We met for trains, which "
"run daily."
"""

from __future__ import annotations

import re

from .base import Format, Options, Segment, decode_escapes, join_segments, process  # noqa: F401

__all__ = ["PoFormat"]

_LINE = re.compile(r"[^\n]*\n|[^\n]+$")
_KEY = re.compile(r'[ \t]*(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]*"')
_CONT = re.compile(r'[ \t]*"')
_STR_END = re.compile(r'(?:[^"\\]|\\.)*"')
_ESC = re.compile(r'\\(?:[0-7]{1,3}|x[0-9a-fA-F]{1,2}|.)')
_C = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


def _unescape(m: re.Match) -> str:
    c = m[0][1:]
    if c[0] in "01234567":
        return chr(int(c, 8))
    if c[0] == "x":
        return chr(int(c[1:], 16))
    return _C.get(c, c)


def _entries(text: str):
    """Entries as lists of (keyword, [(start, end) of each quoted piece's contents])."""
    entry: list[tuple[str, list[tuple[int, int]]]] = []
    for m in _LINE.finditer(text):
        line = m[0]
        km = _KEY.match(line)
        if km:
            entry.append((km[1], []))
            q = m.start() + km.end()
        elif entry and _CONT.match(line):
            q = m.start() + _CONT.match(line).end()
        else:
            if not line.strip() and entry:
                yield entry
                entry = []
            elif line.lstrip().startswith("#") and entry and entry[-1][0].startswith("msgstr"):
                yield entry          # a comment after a msgstr starts the next entry
                entry = []
            continue
        e = _STR_END.match(text, q)
        if e:
            entry[-1][1].append((q, e.end() - 1))
    if entry:
        yield entry


class PoFormat(Format):
    name = "po"
    extensions = (".po", ".pot")
    suppress_re = re.compile(r"^#[ .]\s*mt-repair:\s*ignore\b(.*)$", re.M)

    def segments(self, text: str, options: Options) -> list[Segment]:
        out: list[Segment] = []
        for entry in _entries(text):
            parts = {k: [decode_escapes(s, e, text[s:e], _ESC, _unescape) for s, e in pieces]
                     for k, pieces in entry}
            msgid = parts.get("msgid")
            if not msgid:
                continue
            source = "".join(p.prose(text) for p in msgid)
            if not source:
                continue        # the header entry
            for k, pieces in parts.items():
                if k.startswith("msgstr") and pieces:
                    out.append(join_segments(pieces, text, source=source, where=k, doc_start=True))
        return out

    def escape(self, seg: Segment, replacement: str) -> str | None:
        return (replacement.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                .replace("\t", "\\t"))
