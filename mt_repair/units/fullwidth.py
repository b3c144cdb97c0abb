"""Full-width punctuation left in English text by Chinese or Japanese sources.

MT from Chinese and Japanese (and human translators working in a CJK editor) leaves the
source's full-width marks in the English: "trust， and support", "Agency（IAEA）on 26th",
"Source：Beijing Youth Daily", "a white star of obsession！".  English renders them as
wide gaps, and search, tokenizers and sentence splitters miss them.  Between CJK
characters they are right and stay.

>>> from mt_repair.units.fullwidth import FullwidthPunct
>>> [(f.original, f.suggestion) for f in FullwidthPunct()("mutual trust，and support")]
[('，', ', ')]
>>> [f.suggestion for f in FullwidthPunct()("the Agency（IAEA）on 26th")]
[' (', ') ']
>>> FullwidthPunct()("他说，我们走吧。 Then he left.")
[]
"""

from __future__ import annotations

import re
from typing import Iterable

from ..edits import Finding
from .base import Doc, Unit, finding

#: full-width marks and their ASCII forms ("、" is the ideographic enumeration comma)
ASCII_OF = {"，": ",", "、": ",", "。": ".", "；": ";", "：": ":", "！": "!", "？": "?", "（": "(", "）": ")"}
_MARKS = "".join(ASCII_OF)
#: a run of full-width marks with the spaces around it
_RUN = re.compile(f"[ \\t\u3000]*([{_MARKS}]+)[ \\t\u3000]*")
#: Han, kana, Hangul, CJK symbols and full-width forms: the marks belong there
_CJK = re.compile("[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
#: what may follow a closing mark with no space: the line end, closing quotes and brackets,
#: other punctuation
_NO_SPACE_AFTER = set("\"”’')]}.,;:!?…\r\n")


def _repair(marks: str, before: str, after: str, thousands: bool = False) -> str:
    """The ASCII text for a run of full-width ``marks`` between the characters ``before``
    and ``after`` (empty at the text's ends), with English spacing; ``thousands``: three
    digits and no more follow (a digit group, not a list of numbers).

    >>> _repair("，", "t", "a"), _repair("（", "y", "I"), _repair("）", "A", "o"), _repair("：", "5", "0")
    (', ', ' (', ') ', ':')
    >>> _repair("、", "6", "9"), _repair("，", "1", "0", thousands=True), _repair("！", "!", " ")
    (', ', ',', '')
    """
    ascii_marks = "".join(ASCII_OF[c] for c in marks)
    if before and ascii_marks == before:
        return ""                     # "obsession! ！", "(As of 7/25)）": the mark twice
    if before.isdigit() and after.isdigit() and (marks == "：" or marks == "，" and thousands):
        return ascii_marks            # "05：03", "1，000": a time or a number
    out = ascii_marks
    if ascii_marks.startswith("(") and before and (before.isalnum() or before in ".,;:!?"):
        out = " " + out               # "Agency（IAEA" -> "Agency (IAEA"
    if not ascii_marks.endswith("(") and after and after not in _NO_SPACE_AFTER:
        out += " "                    # "trust，and" -> "trust, and"; ")on" -> ") on"
    return out


class FullwidthPunct(Unit):
    rule = "fullwidth-punct"
    summary = "full-width punctuation (， ： （ ） ！ ？) from a Chinese or Japanese source in English text"

    def find(self, doc: Doc) -> Iterable[Finding]:
        text = doc.text
        if not any(c in text for c in _MARKS):
            return   # substring tests run in C: most texts have none
        for m in _RUN.finditer(text):
            s, e = m.span()
            before = text[s - 1] if s > 0 else ""
            after = text[e] if e < len(text) else ""
            if _CJK.search(before) or _CJK.search(after) or not (before or after):
                continue   # between CJK characters the marks are right
            if not re.search(r"[A-Za-z0-9]", text[max(0, s - 3):s] + text[e:e + 3]):
                continue   # no Latin word or number beside the marks
            if doc.protected(s, e):
                continue
            marks = m.group(1)
            thousands = re.match(r"\d{3}(?!\d)", text[e:e + 4]) is not None
            repl = _repair(marks, before, after, thousands)
            if after == "" or after in "\r\n":
                repl = repl.rstrip(" ")
            if repl == text[s:e]:
                continue
            yield finding(self, s, e, text[s:e], [(repl, 0.97)], 0.95,
                          f"full-width '{marks}' in English text: '{repl.strip()}'")
