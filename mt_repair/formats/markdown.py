"""Markdown: paragraphs, headings, list items, quotes and table cells; code blocks,
inline code, URLs, link targets, inline HTML and front matter untouched.

markdown-it-py (the CommonMark reference port) locates the blocks (each inline
token carries the line range it came from); inline code, link destinations and
URLs are then cut out of those lines as holes.  Emphasis markers, link brackets and
targets and inline HTML are holes the prose reads across: the text on both sides is one
run, as the reader sees it ("**Mayorkas**and the" is a merged word), and no edit touches
the markup.  Nothing is re-rendered.

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

from .base import Format, Options, Segment, join_segments, process  # noqa: F401  (process: doctest)

__all__ = ["MarkdownFormat", "front_matter_end"]

_FRONT = re.compile(r"\A(?:---|\+\+\+)[ \t]*\r?\n(?:.*?\r?\n)??(?:---|\.\.\.|\+\+\+)[ \t]*(?:\r?\n|\Z)", re.S)
_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:\[[ xX]\][ \t]+)?"
                     r"(?:#{1,6}(?:[ \t]+|$))?")
_HOLES = re.compile(
    r"""(`+)[\s\S]*?(?<!`)\1(?!`)            # inline code
      | (?:https?|ftp)://\S+ | www\.\S+       # bare URLs
      | [ \t]+\#+[ \t]*$                      # closing hashes of a heading
      | (?P<markup>                           # markup inside the prose, which it reads across:
          \]\([^)\s]*(?:\s+["'(][^\n]*?["')])?\)   # link and image targets
        | \]\[[^\]\n]*\]                        # reference links
        | !?\[(?=[^\[\]\n]*\][(\[])              # the bracket that opens link text
        | <(?!https?:|ftp:|mailto:|www\.)[^<>\n]+>  # inline HTML and comments
        | (?<![\s*\\])\*{1,3}(?!\*) | (?<!\\)\*{1,3}(?![\s*])   # emphasis: * beside a word
        | (?<![\w\\_])_{1,3}(?=[^\s_]) | (?<=[^\s_])_{1,3}(?![\w_])
        )
      | <[^<>\n]+>                            # autolinks
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
    keep_gaps = True

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
            holes = []     # (start, end, the prose reads on across it)
            for ln in range(a, b):
                ls = starts[ln] - start
                m = _PREFIX.match(block, ls)
                if m.end() > ls:
                    holes.append((start + ls, start + m.end(), True))
            holes += [(start + m.start(), start + m.end(), m.group("markup") is not None)
                      for m in _HOLES.finditer(block)]
            if table:
                holes += [(start + m.start(), start + m.end(), False) for m in re.finditer(r"(?<!\\)\|", block)]
            out.extend(_runs(text, start, end, sorted(holes)))
        return out


def _runs(text: str, start: int, end: int, holes: list[tuple[int, int, bool]]) -> list[Segment]:
    """The prose of ``text[start:end]`` outside ``holes``: pieces that only markup separates
    ("**Mayorkas**and", "[López Obrador](/amlo) With") joined into one segment whose gaps
    no edit may touch; code, URLs and table pipes end a run."""
    runs: list[list[Segment]] = [[]]
    pos = start
    for a, b, reads_on in holes + [(end, end, False)]:
        if b <= pos:
            continue
        if a > pos:
            runs[-1].append(Segment(pos, a))
        if not reads_on and a < end:
            runs.append([])
        pos = max(pos, b)
    out = []
    for parts in runs:
        parts = [p for p in parts if p.end > p.start]
        if not any(text[p.start:p.end].strip() for p in parts):
            continue
        if len(parts) == 1:
            out.append(parts[0])
        else:
            joined = join_segments(parts, text)
            joined.parts = parts
            out.append(joined)
    return out
