"""SRT and WebVTT: cue text only; numbering, timings, cue settings, NOTE/STYLE blocks
and styling tags (``<i>``, ``<c.x>``, ``{\\an8}``) untouched.

The ``srt`` and ``webvtt-py`` packages parse by rebuilding the file (they normalise
timings and renumber), which byte fidelity rules out; a cue is a block whose line
holds ``-->``, so a block scanner locates the text exactly.

>>> from mt_repair import Repairer
>>> srt = "1\\r\\n00:00:01,000 --> 00:00:02,000\\r\\n<i>We met for trainswhich run.</i>\\r\\n\\r\\n"
>>> process(srt, SrtFormat(), Repairer()).text == srt.replace("trainswhich", "trains, which")
True
"""

from __future__ import annotations

import html
import re

from .base import Format, Options, Segment, carve, decode_escapes, join_segments, process, tag_insertion_point  # noqa: F401  (process: doctest)

__all__ = ["SrtFormat", "VttFormat"]

_LINE = re.compile(r"[^\n]*\n|[^\n]+$")
_TAGS = re.compile(r"<[^<>\n]*>|\{\\[^{}\n]*\}")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def _blocks(text: str):
    """Blocks of consecutive non-blank lines as lists of (start, end-without-newline)."""
    block: list[tuple[int, int]] = []
    for m in _LINE.finditer(text):
        line = m[0].rstrip("\r\n")
        if line.strip():
            block.append((m.start(), m.start() + len(line)))
        elif block:
            yield block
            block = []
    if block:
        yield block


class SrtFormat(Format):
    name = "srt"
    extensions = (".srt",)
    entities = False
    keep_gaps = True

    def segments(self, text: str, options: Options) -> list[Segment]:
        out: list[Segment] = []
        for n, block in enumerate(_blocks(text), 1):
            timing = next((i for i, (s, e) in enumerate(block[:3]) if "-->" in text[s:e]), None)
            if timing is None or text[block[0][0]:block[0][1]].startswith(("NOTE", "STYLE", "REGION")):
                continue
            lines = block[timing + 1:]
            if not lines:
                continue
            start, end = lines[0][0], lines[-1][1]
            holes = [(m.start(), m.end()) for m in _TAGS.finditer(text, start, end)]
            parts = []
            for s, e in carve(start, end, holes):
                if self.entities:
                    parts.append(decode_escapes(s, e, text[s:e], _ENTITY, lambda m: html.unescape(m[0]),
                                                where=f"cue {n}"))
                else:
                    parts.append(Segment(s, e, where=f"cue {n}"))
            if len(parts) > 1:     # styling tags: the cue reads on across them ("<i>Mayorkas</i>and")
                parts = [join_segments(parts, text, insert_at=tag_insertion_point, where=f"cue {n}")]
            out.extend(parts)
        return out

    def escape(self, seg: Segment, replacement: str) -> str | None:
        if "\n" in replacement or "-->" in replacement:
            return None
        return replacement.replace("&", "&amp;").replace("<", "&lt;") if self.entities else replacement


class VttFormat(SrtFormat):
    name = "vtt"
    extensions = (".vtt",)
    entities = True
