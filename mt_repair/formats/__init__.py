"""Readers and writers.  Formats cut files into text and put it back; they never repair.

Pick a format by name or by a file's extension, then :func:`process` the decoded text:

>>> from mt_repair import Repairer
>>> fmt = format_for("page.html")
>>> fmt.name
'html'
>>> process("<p>for <i>trains</i>which run</p>", fmt, Repairer()).text
'<p>for <i>trains</i>, which run</p>'
"""

from __future__ import annotations

import os

from ..errors import UserError
from .base import DocResult, Format, Options, Segment, process  # noqa: F401
from .delimited import CsvFormat, TsvFormat
from .html import HtmlFormat
from .jsonl import JsonFormat, JsonlFormat
from .markdown import MarkdownFormat
from .po import PoFormat
from .subtitles import SrtFormat, VttFormat
from .text import Decoded, decode, encode, read_bytes, write_atomic  # noqa: F401
from .xliff import XliffFormat

#: every format, by name
FORMATS: dict[str, type[Format]] = {f.name: f for f in (
    Format, MarkdownFormat, HtmlFormat, JsonlFormat, JsonFormat, CsvFormat, TsvFormat,
    SrtFormat, VttFormat, PoFormat, XliffFormat)}

__all__ = ["FORMATS", "format_for", "process", "process_path", "Options", "DocResult", "Format", "Segment",
           "Decoded", "decode", "encode", "read_bytes", "write_atomic"]


def format_for(path: str, name: str | None = None) -> Format:
    """A fresh format object: ``name`` if given (and not "auto"), else by ``path``'s extension
    (plain text when the extension is unknown or the path is "-")."""
    if name and name != "auto":
        try:
            return FORMATS[name]()
        except KeyError:
            raise UserError(f"unknown input format {name!r}; known: auto, {', '.join(FORMATS)}") from None
    ext = os.path.splitext(path)[1].lower()
    for cls in FORMATS.values():
        if ext in cls.extensions:
            return cls()
    return Format()


def process_path(path: str, text: str, repairer, *, input_format: str | None = None,
                 options: Options | None = None, repair: bool = True, progress=None) -> DocResult:
    """:func:`process` the decoded ``text`` of ``path`` in the format its extension (or
    ``input_format``) names; "-" (standard input) is plain text unless named."""
    fmt = format_for("" if path == "-" else path, input_format)
    return process(text, fmt, repairer, repair=repair, options=options, progress=progress)
