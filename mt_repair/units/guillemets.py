"""Spanish and French quotation marks left in English: «We will not allow it» -> “We will not allow it”.

Spanish and French quote with guillemets; English uses curly (or straight) quotes, and a
translation engine that carries the source's punctuation over leaves « » around English
words.  A pair on one line is converted when at least half the words inside are English
(common in English, Zipf >= 3, and more frequent there than in Spanish); a Spanish or French
phrase kept as a quotation keeps its marks, and so do German-style »…« (also a line where
»…« comes first), a mark with no partner on its line, and links to navigate ("« Previous |
Next »").  French spacing inside the marks goes with them.

Human translators keep « » too (60 lines of the translated source side of WMT newstest),
so, like the other source-language styles (a decimal comma), the marks change with
``--all`` only.  A closing mark glued to the next word converts too; glued-quote then
restores the comma and space as for any curly quote ("«…»declared" -> "“…,” declared";
in safe mode glued-quote alone: "«…», declared").

>>> from mt_repair.units.guillemets import Guillemets
>>> [(f.original, f.suggestion) for f in Guillemets()("«We will not allow it», said the governor.")]
[('«', '“'), ('»', '”')]
>>> Guillemets()("The crowd chanted «Viva México» and «Sí se puede».")
[]
"""

from __future__ import annotations

import re
from typing import Iterable

from ..edits import Finding
from ..evidence.lexicon import es_zipf, zipf
from .base import Doc, Unit, finding

#: a pair on one line, French spacing (a space or no-break space) inside it included
_PAIR = re.compile(r"«[ \u00a0\u202f]?([^«»\n]{1,400}?)[ \u00a0\u202f]?»")
_WORD = re.compile(r"[^\W\d_]+")
#: what « » around navigation links hold (a pager, a menu), not a quotation
_NAV_SEPARATORS = re.compile(r"[|·•]")
_NAV_WORDS = frozenset("previous prev next older newer back home top first last more".split())


def english_pair(inner: str) -> bool:
    """Are at least half the words of the quotation ``inner`` English (common in English and more so
    than in Spanish)?

    >>> english_pair("We will not allow it"), english_pair("Viva México"), english_pair("plan")
    (True, False, True)
    """
    words = _WORD.findall(inner)
    if not words:
        return False
    english = sum(1 for w in words if zipf(w) >= 3.0 and es_zipf(w) < zipf(w))
    return english >= 1 and english * 2 >= len(words)


class Guillemets(Unit):
    rule = "guillemets"
    summary = "Spanish or French quotation marks « » around English words"

    def find(self, doc: Doc) -> Iterable[Finding]:
        text = doc.text
        if "«" not in text:
            return
        for m in _PAIR.finditer(text):
            inner = m.group(1)
            if not english_pair(inner) or doc.protected(m.start(), m.end()):
                continue
            ls, _ = doc.line_bounds(m.start())
            if 0 <= text.find("»", ls, text.find("«", ls)):
                continue   # German style on the line (»…« first): "»Der Prozess« and »Das Schloss«" pairs no « »
            words = _WORD.findall(inner)
            if _NAV_SEPARATORS.search(inner) or words[0].lower() in _NAV_WORDS or words[-1].lower() in _NAV_WORDS:
                continue   # a pager or a menu: "« Previous | Next »", "« Older posts Newer posts »"
            yield finding(self, m.start(), m.start(1), text[m.start():m.start(1)], [("“", 0.98)], 0.85,
                          "Spanish or French opening quote '«' around English words")
            yield finding(self, m.end(1), m.end(), text[m.end(1):m.end()], [("”", 0.98)], 0.85,
                          "Spanish or French closing quote '»' around English words")
