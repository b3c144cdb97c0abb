"""Mojibake: UTF-8 text that a scraper decoded as Windows-1252 or Latin-1.

"LÃ³pez Obrador", "SecretarÃ­a", "â€œnoâ€\x9d" are "López Obrador", "Secretaría",
"“no”" read with the wrong encoding, the commonest damage in scraped Spanish-language
pages.  Detection is a cheap scan for a UTF-8 lead byte read as a Latin letter ("Ã",
"Â", "â") followed by a continuation byte read as a symbol; the repair is ftfy's
``fix_encoding`` (the library that measured and named this problem), applied to the
line and cut into one finding per changed run.

>>> from mt_repair.units.mojibake import Mojibake
>>> [(f.original, f.suggestion) for f in Mojibake()("AndrÃ©s Manuel LÃ³pez said it")]
[('Ã©', 'é'), ('Ã³', 'ó')]
>>> Mojibake()("São Paulo, Ærøskøbing, £5, «Ça va» and ÃO stay as they are")
[]
"""

from __future__ import annotations

import difflib
import re
from typing import Iterable

from ..edits import Finding
from .base import Doc, Unit, finding

#: a UTF-8 lead byte read as Windows-1252 (Â Ã Ä Å Æ Ç Ð Ñ Ø Ù â ã ä å æ ç ð ñ ...) followed by
#: a continuation byte read as a symbol or a Latin-1 sign (0x80-0xBF)
_SUSPECT = re.compile(
    "[\u00c2-\u00c7\u00ce-\u00d1\u00d8\u00d9\u00e2-\u00e7\u00ef\u00f0]"
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


#: lines longer than this are fixed in pieces around each suspect: ftfy and the diff of one
#: line cost time that grows faster than its length (a 250,000-character line with mojibake,
#: a page with no line breaks, took minutes)
LONG_LINE = 5_000
#: ... each piece reaching this far on either side of its suspect, to a space
PIECE_REACH = 300


class Mojibake(Unit):
    rule = "mojibake"
    summary = "UTF-8 text decoded with the wrong encoding ('LÃ³pez' for 'López')"

    def find(self, doc: Doc) -> Iterable[Finding]:
        text = doc.text
        m = _SUSPECT.search(text)
        done = 0   # where the last line or piece fixed ended
        while m:
            ls, le = doc.line_bounds(m.start())
            if le - ls <= LONG_LINE:
                yield from self._line(doc, ls, text[ls:le])
                done = le + 1
            else:
                # a piece from a space before the suspect to a space after it (or a bounded
                # stretch, in a run with no space), after the last piece
                lo = max(ls, done, m.start() - PIECE_REACH)
                sp = text.rfind(" ", lo, m.start())
                ps = sp + 1 if sp >= 0 else lo
                hi = min(le, m.end() + PIECE_REACH)
                sp = text.find(" ", hi, min(le, hi + PIECE_REACH))
                done = sp if sp >= 0 else min(le, hi + PIECE_REACH)
                yield from self._line(doc, ps, text[ps:done])
            m = _SUSPECT.search(text, done)

    def _line(self, doc: Doc, ls: int, line: str) -> Iterable[Finding]:
        import ftfy   # imported when a line looks damaged; ships with wordfreq

        fixed = ftfy.fix_encoding(line)
        if fixed == line:
            return
        ops = difflib.SequenceMatcher(None, line, fixed, autojunk=False).get_opcodes()
        for tag, i1, i2, j1, j2 in ops:
            if tag == "equal" or doc.protected(ls + i1, ls + max(i2, i1 + 1)):
                continue
            yield finding(self, ls + i1, ls + i2, line[i1:i2], [(fixed[j1:j2], 0.99)], 0.95,
                          f"'{line[i1:i2]}' is '{fixed[j1:j2]}' read with the wrong encoding")
