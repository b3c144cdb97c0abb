"""Invisible characters a page or a translation engine left in the text.

Zero-width spaces ("made \u200b\u200bto the Secretary": machine-translated Mexican news
carries them in pairs), soft hyphens ("job \u00adadvertisements") and stray byte-order
marks are invisible on screen but split words for every search, tokenizer and spell
checker downstream.  Zero-width joiners and non-joiners stay (emoji sequences and Persian
or Indic scripts need them), and so do word joiners (typesetting that keeps "-\u2060 from"
or a kaomoji on one line, as the WMT references do).  A byte-order mark at the very start of
a file stays as well (it is the file's, and mt-repair keeps it byte for byte).

>>> from mt_repair.units.invisible import InvisibleChar
>>> [(f.original, f.suggestion) for f in InvisibleChar()("made \\u200b\\u200bto the job \\u00adads")]
[('\\u200b\\u200b', ''), ('\\xad', '')]
>>> [f.suggestion for f in InvisibleChar()("adver\\u00adtise one\\u200btwo")]
['', ' ']
>>> InvisibleChar()("\\ufeffA family: 👩\\u200d👩\\u200d👧, and می\\u200cخواهم")
[]
"""

from __future__ import annotations

import re
from typing import Iterable

from ..edits import Finding
from .base import Doc, Unit, finding

_INVISIBLE = re.compile("[\u200b\u00ad\ufeff]+")
_NAMES = {"\u200b": "zero-width space", "\u00ad": "soft hyphen", "\ufeff": "byte-order mark"}


class InvisibleChar(Unit):
    rule = "invisible-char"
    summary = "zero-width spaces, soft hyphens and other invisible characters inside the text"

    def find(self, doc: Doc) -> Iterable[Finding]:
        text = doc.text
        if "\u200b" not in text and "\u00ad" not in text and "\ufeff" not in text:
            return   # substring tests run in C, far faster than a regex scan of clean text
        for m in _INVISIBLE.finditer(text):
            s, e = m.span()
            if s == 0 and text[0] == "\ufeff" and doc.at_file_start:
                s += 1   # the file's own byte-order mark
                if s == e:
                    continue
            names = sorted({_NAMES[c] for c in text[s:e]})
            # a zero-width space between two words marks where they part ("one\u200btwo"):
            # it becomes a space; a soft hyphen sits inside one word
            between = s > 0 and e < len(text) and text[s - 1].isalnum() and text[e].isalnum()
            repl = " " if between and "\u200b" in text[s:e] else ""
            yield finding(self, s, e, text[s:e], [(repl, 0.99)], 0.95,
                          f"invisible {' and '.join(names)} inside the text")
