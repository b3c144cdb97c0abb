"""Spanish opening marks left in English: "¿What will happen?", "¡We will win!".

Spanish opens a question with "¿" and an exclamation with "¡"; English has neither, and a
translation engine that carries the source's punctuation over leaves them before English
words.  A mark is flagged when the word after it is English: a common English word
(wordfreq Zipf >= 3) that is more frequent in English than in Spanish.  A Spanish phrase
kept as a quotation ("the crowd chanted ¡Viva México!") keeps its marks, and so does a
word both languages share ("¡No!").

>>> from mt_repair.units.inverted_marks import InvertedMarks
>>> [(f.original, f.suggestion) for f in InvertedMarks()("¿What will happen next? He said: ¡We will win!")]
[('¿', ''), ('¡', '')]
>>> InvertedMarks()("The crowd chanted ¡Viva México! and asked ¿Qué pasa?")
[]
"""

from __future__ import annotations

import re
from typing import Iterable

from ..edits import Finding
from ..evidence.lexicon import es_zipf, zipf
from .base import Doc, Unit, finding

_MARK = re.compile(r"[¿¡]\s*(?=([^\W\d_]+))")


class InvertedMarks(Unit):
    rule = "inverted-marks"
    summary = "a Spanish opening '¿' or '¡' left before English words"

    def find(self, doc: Doc) -> Iterable[Finding]:
        text = doc.text
        if "¿" not in text and "¡" not in text:
            return
        for m in _MARK.finditer(text):
            word = m.group(1)
            if zipf(word) < 3.0 or es_zipf(word) >= zipf(word) or doc.protected(m.start(), m.end()):
                continue   # a Spanish word ("¡Viva", "¿Qué"), or a shared one ("¡No")
            mark = text[m.start()]
            yield finding(self, m.start(), m.end(), m.group(), [("", 0.98)], 0.95,
                          f"Spanish opening '{mark}' before the English word '{word}'")
