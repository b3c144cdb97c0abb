"""CSV and TSV: the cells of one ``--column`` (a header name or a 0-based index).

The stdlib :mod:`csv` reader does not report where a cell is, so a small RFC 4180
scanner locates cells (quoted cells may hold delimiters, ``""`` and newlines); the
tests check it against :mod:`csv` cell for cell.  Other cells, quoting and line
endings are untouched.

>>> from mt_repair import Repairer
>>> doc = 'id,text\\r\\n1,"We met for trainswhich run ""daily"" now"\\r\\n'
>>> r = process(doc, CsvFormat(), Repairer(), options=Options(column="text"))
>>> r.text == doc.replace("trainswhich", "trains, which")
True
"""

from __future__ import annotations

import re
from typing import Iterator

from ..edits import Edit
from ..errors import UserError
from .base import Format, Options, Segment, decode_escapes, process  # noqa: F401  (process: doctest)

__all__ = ["CsvFormat", "TsvFormat", "cells"]

_QQ = re.compile('""')


def cells(text: str, delim: str = ",") -> Iterator[list[tuple[int, int, bool]]]:
    """Rows of (start, end, quoted) cell contents (inside the quotes for quoted cells).

    >>> doc = 'a,"b,""c"" d"\\n'
    >>> [[doc[s:e] for s, e, q in row] for row in cells(doc)]
    [['a', 'b,""c"" d']]
    """
    quoted = re.compile(r'"((?:[^"]|"")*)"')
    plain = re.compile(f"[^{re.escape(delim)}\\r\\n]*")
    n, i = len(text), 0
    while i < n:
        row: list[tuple[int, int, bool]] = []
        while True:
            if i < n and text[i] == '"' and (m := quoted.match(text, i)):
                row.append((i + 1, m.end() - 1, True))
                i = m.end()
                i = plain.match(text, i).end()     # tolerate junk after the closing quote
            else:
                m = plain.match(text, i)
                row.append((i, m.end(), False))
                i = m.end()
            if i < n and text[i] == delim:
                i += 1
                continue
            break
        if text.startswith("\r\n", i):
            i += 2
        elif i < n:
            i += 1
        yield row


class CsvFormat(Format):
    name = "csv"
    extensions = (".csv",)
    delimiter = ","

    def segments(self, text: str, options: Options) -> list[Segment]:
        rows = cells(text, self.delimiter)
        header = next(rows, None)
        if header is None:
            return []
        names = [_QQ.sub('"', text[s:e]) if q else text[s:e] for s, e, q in header]
        names[0] = names[0].lstrip("\ufeff")
        col = options.column
        if col is None:
            if "text" not in names:
                raise UserError(f"which column? use --column NAME or INDEX (columns: {', '.join(names)})")
            col = "text"
        idx = int(col) if col.isdigit() else names.index(col) if col in names else -1
        if not 0 <= idx < len(names):
            raise UserError(f"no column {col!r} (columns: {', '.join(names)})")
        out = []
        for n, row in enumerate(rows, 2):
            if idx < len(row):
                s, e, q = row[idx]
                seg = decode_escapes(s, e, text[s:e], _QQ, lambda m: '"', where=f"row {n}", doc_start=True) \
                    if q else Segment(s, e, where=f"row {n}", doc_start=True)
                seg.source = "quoted" if q else None
                out.append(seg)
        return out

    def escape(self, seg: Segment, replacement: str) -> str | None:
        if seg.source == "quoted":
            return replacement.replace('"', '""')
        if any(c in replacement for c in (self.delimiter, '"', "\n", "\r")):
            return None   # would need quotes the cell does not have
        return replacement


    def rewrite(self, text, seg, new_prose, edits):
        """An unquoted cell that needs quotes after the repair is quoted as a whole."""
        if seg.source == "quoted":
            return None
        e = edits[0]
        body = '"' + new_prose.replace('"', '""') + '"'
        return Edit(e.rule, seg.start, seg.end, text[seg.start:seg.end], body,
                    min(x.confidence for x in edits), "; ".join(x.reason for x in edits), e.source)


class TsvFormat(CsvFormat):
    name = "tsv"
    extensions = (".tsv", ".tab")
    delimiter = "\t"
