"""Markdown: paragraphs, headings, list items, quotes and table cells; code blocks,
inline code, URLs, link targets, inline HTML and front matter untouched.

markdown-it-py (the CommonMark reference port) locates the blocks (each inline
token carries the line range it came from); inline code, link destinations and
URLs are then cut out of those lines as holes.  Emphasis markers (in pairs), link
brackets and targets and inline HTML elements are holes the prose reads across: the
text on both sides is one run, as the reader sees it ("**Mayorkas**and the" is a merged
word).  An edit is cut into the pieces it changes on either side of such markup, an
insertion goes after markup that closes and before markup that opens, and an edit that
would still cover markup is dropped.  Nothing is re-rendered.

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
      # markup inside the prose, which it reads across:
      | (?P<close>\]\([^)\s]*(?:\s+["'(][^\n]*?["')])?\)   # link and image targets
        | \]\[[^\]\n]*\])                       # reference links
      | (?P<open>!?\[(?=[^\[\]\n]*\](?:\([^)\s]*(?:\s+["'(][^\n]*?["')])?\)|\[[^\]\n]*\])))  # link text
      | (?P<html><(?P<slash>/?)(?P<tag>[A-Za-z][\w-]*)\b[^<>\n]*>)   # inline HTML ("<b>", "</span>")
      | (?P<emph>(?<![\s*\\])\*{1,3}(?!\*) | (?<!\\)\*{1,3}(?![\s*])       # emphasis beside a word
        | (?<![\w\\_])_{1,3}(?=[^\s_]) | (?<=[^\s_])_{1,3}(?![\w_]))
      | <[^<>\n]+>                            # autolinks, e-mail links, comments
    """, re.X | re.M)
#: HTML elements that render inline (the prose reads on across them; "<br>" ends a run)
_INLINE = frozenset("a abbr b bdi bdo cite data dfn em font i mark q s small span strong sub sup "
                    "time u ins del".split())


def _markup(block: str, start: int) -> list[tuple[int, int, bool, bool]]:
    """``(start, end, reads on, closes)`` for each hole of ``block`` (at ``start`` in the
    text).  Emphasis is markup only in pairs: a ``*`` run opens after a space and closes
    before one, and inside a word ("un*frigging*believable") closes what is open; a block
    with an odd number of ``*`` (or ``_``) runs, or one between digits ("5*3"), keeps them
    as text."""
    holes = []
    emph: dict[str, list[int]] = {"*": [], "_": []}
    for m in _HOLES.finditer(block):
        a, b = m.span()
        if m["emph"]:
            if m[0][0] == "*" and block[a - 1:a].isdigit() and block[b:b + 1].isdigit():
                continue
            emph[m[0][0]].append(len(holes))
            holes.append([a, b, True, False])
        elif m["html"]:
            holes.append([a, b, m["tag"].lower() in _INLINE, bool(m["slash"])])
        else:
            holes.append([a, b, bool(m["close"] or m["open"]), bool(m["close"])])
    drop = set()
    for char, idx in emph.items():
        if len(idx) % 2:
            drop.update(idx)
            continue
        depth = 0
        for i in idx:
            a, b = holes[i][0], holes[i][1]
            before, after = block[a - 1:a], block[b:b + 1]
            opens = bool(after) and not after.isspace() and not before.isalnum()
            closes = bool(before) and not before.isspace() and not after.isalnum()
            # inside a word, or after markup that closes (a link: "**[a](x)**in"), a run
            # closes what is open
            close = (closes if opens != closes else depth > 0) or depth > 0 and not before.isspace()
            depth += -1 if close else 1
            holes[i][3] = close
    return [(start + a, start + b, on, close) for i, (a, b, on, close) in enumerate(holes) if i not in drop]


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
    tag_joins = True

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
            holes = []     # (start, end, the prose reads on across it, it closes a span)
            for ln in range(a, b):
                ls = starts[ln] - start
                m = _PREFIX.match(block, ls)
                if m.end() > ls:
                    holes.append((start + ls, start + m.end(), True, False))
            holes += _markup(block, start)
            if table:
                holes += [(start + m.start(), start + m.end(), False, False)
                          for m in re.finditer(r"(?<!\\)\|", block)]
            out.extend(_runs(text, start, end, sorted(holes)))
        return out


def _runs(text: str, start: int, end: int, holes: list[tuple[int, int, bool, bool]]) -> list[Segment]:
    """The prose of ``text[start:end]`` outside ``holes``: pieces that only markup separates
    ("**Mayorkas**and", "[López Obrador](/amlo) With") joined into one segment; code, URLs,
    table pipes and block HTML end a run.  An insertion where pieces meet goes after the
    markup that closes and before the markup that opens ("adviser**Alejandro" ->
    "adviser, **Alejandro")."""
    runs: list[list[Segment]] = [[]]
    closes = {a: b for a, b, _on, close in holes if close}
    pos = start
    for a, b, reads_on, _close in holes + [(end, end, False, False)]:
        if b <= pos:
            continue
        if a > pos:
            runs[-1].append(Segment(pos, a))
        if not reads_on and a < end:
            runs.append([])
        pos = max(pos, b)

    def insert_at(doc: str, gap_start: int, gap_end: int) -> int:
        at = gap_start
        while at in closes and closes[at] <= gap_end:
            at = closes[at]
        return at

    out = []
    for parts in runs:
        parts = [p for p in parts if p.end > p.start]
        if not any(text[p.start:p.end].strip() for p in parts):
            continue
        out.append(parts[0] if len(parts) == 1 else join_segments(parts, text, insert_at=insert_at))
    return out
