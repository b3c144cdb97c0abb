"""Markdown: paragraphs, headings, list items, quotes and table cells; code blocks,
inline code, URLs, link targets, inline HTML and front matter untouched.

markdown-it-py (the CommonMark reference port) locates the blocks (each inline
token carries the line range it came from); inline code, link destinations and
URLs are then cut out of those lines as holes.  Nothing is re-rendered.

>>> from mt_repair import Repairer
>>> md = "---\\ntitle: trainswhich\\n---\\nWe met for trainswhich run `trainswhich`.\\n"
>>> print(process(md, MarkdownFormat(), Repairer()).text, end="")
---
title: trainswhich
---
We met for trains, which run `trainswhich`.
"""

from __future__ import annotations

import re

from .base import Format, Options, Segment, carve, process  # noqa: F401  (process: doctest)

__all__ = ["MarkdownFormat", "front_matter_end"]

_FRONT = re.compile(r"\A(?:---|\+\+\+)[ \t]*\r?\n(?:.*?\r?\n)??(?:---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|\Z)", re.S)
_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?"
                     r"(?:#{1,6}(?:[ \t]+|$))?")
_HOLES = re.compile(
    r"""(`+)[\s\S]*?(?<!`)\1(?!`)            # inline code
      | \]\([^)\s]*(?:\s+["'(][^\n]*?["')])?\)   # link and image targets
      | \]\[[^\]\n]*\]                        # reference links
      | <[^<>\n]+>                            # autolinks, inline HTML, comments
      | (?:https?|ftp)://\S+ | www\.\S+       # bare URLs
      | [ \t]+\#+[ \t]*$                      # closing hashes of a heading
    """, re.X | re.M)


def front_matter_end(text: str) -> int:
    """Offset just after YAML/TOML front matter at the start of ``text`` (0 if none).

    >>> front_matter_end("---\\na: 1\\n---\\nbody")
    13
    """
    m = _FRONT.match(text)
    return m.end() if m else 0


class MarkdownFormat(Format):
    name = "markdown"
    extensions = (".md", ".markdown", ".mdx")
    suppress_re = re.compile(r"<!--\s*mt-repair:\s*ignore\b([^>]*?)-->")

    def segments(self, text: str, options: Options) -> list[Segment]:
        from markdown_it import MarkdownIt
        fm = front_matter_end(text)
        body = "\n" * text.count("\n", 0, fm) + text[fm:]   # same line numbers, no front matter
        tokens = MarkdownIt("commonmark").enable("table").parse(body)
        starts = [0] + [m.end() for m in re.finditer("\n", text)]
        ranges: dict[tuple[int, int], bool] = {}
        for i, tok in enumerate(tokens):
            if tok.type == "inline" and tok.map:
                in_table = i > 0 and tokens[i - 1].type in ("th_open", "td_open")
                ranges[tuple(tok.map)] = in_table
        out: list[Segment] = []
        for (a, b), table in sorted(ranges.items()):
            start = starts[a]
            end = starts[b] if b < len(starts) else len(text)
            block = text[start:end]
            holes = []
            for ln in range(a, b):
                ls = starts[ln] - start
                m = _PREFIX.match(block, ls)
                if m.end() > ls:
                    holes.append((start + ls, start + m.end()))
            holes += [(start + m.start(), start + m.end()) for m in _HOLES.finditer(block)]
            if table:
                holes += [(start + m.start(), start + m.end()) for m in re.finditer(r"(?<!\\)\|", block)]
            holes.sort()
            for s, e in carve(start, end, holes):
                if text[s:e].strip():
                    out.append(Segment(s, e))
        return out
