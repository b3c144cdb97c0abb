"""Relative "what" for "that": Spanish "que" after a noun, translated as "what".

>>> from mt_repair.units.relative_what import RelativeWhat
>>> [f.suggestion for f in RelativeWhat()("the high level meeting what the president will hold")]
['that']
>>> RelativeWhat()("I do not know what the president will do, and we showed them what he said.")
[]

A candidate is "what" right after a noun phrase that a determiner opens ("the meeting
what", "a plan what") and right before the start of a clause (a subject or an article).
The word before "what" must not be one clean news writes before "what" (verbs of
knowing and saying: "know what", "see what"), nor a verb form, adverb or preposition;
no verb that takes two objects may open the phrase ("showed them what", "tell the
people what"), and no preposition ("until the last minute what measures", "in an
interview what she had in mind": an indirect question), nor a relative pronoun inside
it ("a person who sees what").  On all 91,937 lines of en_news and the 22,836 WMT21/23
human references 7 lines match (verbs it cannot tell from nouns: "the heart wants
what"; "the hawk catches what"), on the 87,526 lines of WMT21/23 system outputs 13,
none of them an error; on held-out test lines given the error it finds 28% (56 of 200;
48% before the preposition check, which removed 22 of 37 matches on the system outputs).

The rule alone is not sure enough for safe mode (confidence 0.75): with ``--all`` it
acts.  In safe mode the finding is offered to the model stage (``liftable``), which must
prefer "that" by :data:`mt_repair.planner.PROMOTE_MARGIN` nats; the shipped 1M-parameter
model does not tell these cases apart (it prefers "that" by 1.8-3.4 nats on real errors
and by 2.2-3.3 on the clean matches), so it lifts none.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..edits import Finding
from ..evidence.punctuation import bigram_count
from .base import Doc, Unit, finding

_DET = r"(?:the|a|an|this|that|these|those|his|her|its|their|our|every|each|any|some|my|your)"
_SUBJECT = r"(?:the|a|an|he|she|they|we|I|it|his|her|their|its|this|these|those|you|[a-z]+s|[a-z]+ed)"
_PATTERN = re.compile(rf"\b(\w+ )?{_DET} ((?:[a-z-]+ ){{0,2}})([a-z]+) (what)(?= {_SUBJECT}\b)", re.IGNORECASE)

#: verbs that take a person and a clause ("showed them what", "tell the people what")
_TWO_OBJECTS = frozenset("""tell tells told telling show shows showed shown showing teach teaches
taught teaching ask asks asked asking remind reminds reminded give gives gave given inform informs
informed explain explains explained offer offered promise promised let lets""".split())
#: words inside the noun phrase that make it a clause ("the media have taught what")
_NOT_IN_PHRASE = frozenset("""have has had would will can could should must may might is are was were
do does did to not well also just really clearly he she they we i you it him her them us""".split())
#: a relative pronoun inside the phrase makes it a clause ("a person who sees what")
_RELATIVE = frozenset("who which that whose whom where when".split())
#: prepositions and fixed phrases before "what" ("between what", "no matter what")
_FUNCTION = frozenset("""between under into matter about over of in on at for from with without by to
than like as after before during against through or and but until since via within throughout
toward towards upon among across around behind beyond despite except inside outside near per""".split())
#: -ing words that are nouns ("the meeting what"); other -ing words are verbs ("doing what")
_ING_NOUNS = frozenset("""meeting building funding spending housing hearing ruling training warning offering
thing something anything nothing everything evening morning feeling finding earning setting wedding""".split())
#: a word that clean news writes before "what" this often is a verb of knowing or saying
_MIN_PAIR = 1


class RelativeWhat(Unit):
    rule = "relative-what"
    summary = "relative 'what' where English needs 'that' ('the meeting what the president will hold')"

    def find(self, doc: Doc) -> Iterable[Finding]:
        text = doc.text
        if "what" not in text:
            return
        for m in _PATTERN.finditer(text):
            verb = (m.group(1) or "").strip().lower()
            gap = m.group(2).lower().split()
            noun = m.group(3).lower()
            if (verb in _TWO_OBJECTS or verb in _FUNCTION or noun in _FUNCTION or noun in _NOT_IN_PHRASE
                    or noun.endswith(("ly", "ed")) or noun.endswith("ing") and noun not in _ING_NOUNS
                    or any(g in _NOT_IN_PHRASE or g in _RELATIVE or g.endswith("ly") for g in gap)):
                continue
            if bigram_count(noun, "what") >= _MIN_PAIR:
                continue  # "know what", "see what": clean news puts "what" after this word
            s, e = m.start(4), m.end(4)
            if doc.protected(s, e):
                continue
            word = m.group(4)
            repl = "That" if word[0].isupper() else "that"
            yield finding(self, s, e, word, [(repl, 0.9)], 0.75,
                          f"'{word}' after the noun '{m.group(3)}' introduces a relative clause: English uses 'that'",
                          liftable=True)
