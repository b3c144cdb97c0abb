"""Quotes glued to the words around them, often with a lost comma.

>>> from mt_repair.units.quotes import GluedQuote
>>> [f.suggestion for f in GluedQuote()("“Both countries maintain“said the SRE.")]
[',” said']
>>> [f.suggestion for f in GluedQuote()("“It is over”he added.")]
[',” he']
>>> GluedQuote()("“It is over,” he added. The “new” plan.")
[]
"""

from __future__ import annotations

import re
from typing import Iterable

from ..edits import Finding
from .base import Doc, Unit, finding

SPEECH_VERBS = frozenset("""
said says say added adds explained explains stated states detailed details told tells noted
notes asked asks insisted insists warned warns declared declares indicated indicates
assured assures affirmed affirms argued argues continued continues concluded concludes
replied replies wrote writes commented comments maintained maintains pointed points
emphasized emphasizes stressed stresses announced announces according recalled recalls
he she they it the said, sources
""".split())

# a quote between a letter (or letter + punctuation) and a letter; starts with the quote for speed
_GLUED = re.compile(r"[“”\"](?=([^\W\d_]+))(?:(?<=[^\W\d_].)|(?<=[^\W\d_][.,!?].))")


class GluedQuote(Unit):
    rule = "glued-quote"
    summary = "a quote mark glued to the next word, usually with a lost comma and space"

    def find(self, doc: Doc) -> Iterable[Finding]:
        text = doc.text
        for m in _GLUED.finditer(text):
            quote, nxt = m.group()[0], m.group(1)
            s, e = m.start(), m.end()
            punct = text[s - 1] if text[s - 1] in ".,!?" else ""
            s -= len(punct)
            if doc.protected(s - 1, e + 1):
                continue
            ls, _ = doc.line_bounds(s)
            before = text[ls:s]
            opens = before.count("“") + before.count('"') - (before.count("”"))
            closing = quote == "”" or (quote in "“\"" and opens % 2 == 1)
            if not closing:
                continue  # an opening quote after a word: 'said“We' is rarer, leave it
            speech = nxt.lower() in SPEECH_VERBS or nxt[0].islower()
            if punct:
                repl = f"{punct}” "
                conf = 0.95
            elif speech:
                repl = ",” "
                conf = 0.95 if nxt.lower() in SPEECH_VERBS else 0.9
            else:
                repl = "” "
                conf = 0.9
            if quote == '"':
                repl = repl.replace("”", '"')
                conf -= 0.05
            # the span covers the punctuation, the quote and the (missing) space
            yield finding(self, s, e + len(nxt), text[s:e + len(nxt)],
                          [(repl + nxt, 0.9)], conf,
                          "closing quote glued to the next word")
