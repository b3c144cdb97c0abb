"""'The' before a noun used generically: Spanish writes the article where English does not.

"Los inmigrantes son bienvenidos" becomes "The immigrants are welcome"; "la pobreza
aumentó" becomes "the poverty rose".  English drops the article when a plural or an
abstract noun means the whole class ("Immigrants are welcome", "poverty rose").

Whether a given "the" is wrong depends on the whole sentence ("the immigrants who
arrived on Monday" are particular people, and right), which no rule can read.  So
this unit only marks the places where the article may be Spanish's: "the" + a noun
that is often generic, at the start of a sentence or after a preposition or a
conjunction, not before "of" ("the people of Mexico").  Each finding is for the model
alone (``model_only``): it is never acted on or reported without the model, and the
model must prefer the sentence without "the" by :data:`MODEL_MARGIN` nats.

>>> from mt_repair.units.generic_the import GenericThe
>>> [(f.original, f.suggestion) for f in GenericThe()("The immigrants are welcome here.")]
[('The immigrants', 'Immigrants')]
>>> GenericThe()("The people of Mexico voted.")
[]
"""

from __future__ import annotations

import re
from typing import Iterable

from ..edits import Finding
from .base import Doc, Unit, finding

#: nouns that Spanish writes with the article when it means the whole class: plurals of
#: groups of people and things, and abstract or mass nouns (written here, wider than any
#: one test set)
GENERIC_NOUNS = frozenset("""
people immigrants immigration migrants migration refugees children women men youth elderly
society politics education health healthcare poverty inequality unemployment employment
violence crime corruption democracy technology science nature history culture tourism
inflation terrorism money life love war peace drugs music sport sports football art religion
students workers consumers citizens companies businesses banks prices taxes doctors nurses
teachers voters investors farmers families patients parents energy climate growth trade
exports imports research justice freedom security safety humanity globalization
globalisation capitalism socialism communism racism discrimination violence abortion
medicine literature cinema television internet mathematics economics philosophy
agriculture industry transport housing water food oil gas electricity tobacco alcohol
cancer obesity diabetes hunger wealth happiness solidarity tolerance competitiveness
productivity innovation mobility migrants animals dogs cats cars guns weapons vaccines
elections journalists politicians lawyers judges scientists artists athletes tourists
""".split())

#: words after which a noun phrase opens with no determiner of its own in the source
_OPENERS = frozenset("""of for in on about and to with against by that between from among
than like or but because as without through towards toward into despite""".split())
_CANDIDATE = re.compile(r"\b([Tt]he) ([a-z]+)\b")
#: what makes "the" + noun particular: a defining phrase or clause right after it
_DEFINED = re.compile(r"\s*(?:of|who|whom|whose|which|that)\b|'s\b|’s\b")
#: how much the model must prefer the text without "the" (nats; see the module docstring)
MODEL_MARGIN = 4.0


class GenericThe(Unit):
    rule = "generic-the"
    summary = "'the' before a generically used noun ('The immigrants are welcome' -> 'Immigrants')"

    def find(self, doc: Doc) -> Iterable[Finding]:
        text = doc.text
        if "he " not in text:
            return
        for m in _CANDIDATE.finditer(text):
            noun = m.group(2)
            if noun not in GENERIC_NOUNS or _DEFINED.match(text, m.end()):
                continue
            s = m.start()
            if m.group(1) == "The":
                if not doc.at_sentence_start(s):
                    continue
                repl = noun[0].upper() + noun[1:]
            else:
                before = text[max(0, s - 20):s].split()
                if not before or before[-1].lower() not in _OPENERS:
                    continue
                repl = noun
            if doc.protected(s, m.end()):
                continue
            yield finding(self, s, m.end(), m.group(), [(repl, 0.9)], 0.5,
                          f"'{m.group(1)}' before '{noun}' used generically is Spanish usage "
                          f"('los/las ...'); English drops it; for the model to judge",
                          model_only=True, margin=MODEL_MARGIN)
