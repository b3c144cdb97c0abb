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
it ("a person who sees what"), nor a conjunction end it ("a matter whether what"); "is",
"was", "has", "does" and "as" after "what" open no subject ("this time what is shown on
the screen": a free relative).  On all 91,937 lines of en_news 5 lines match (verbs it
cannot tell from nouns: "the heart wants what"), none of the 22,836 WMT21/23 human
references, 4 of the 87,526 lines of WMT21/23 system outputs, none of them an error; on
held-out dev lines given the error it finds 22% (44 of 200).

The rule alone is not sure enough for safe mode (confidence 0.75): with ``--all`` it
acts.  In safe mode the finding is offered to the model stage (``liftable``), which must
prefer "that" by :data:`MODEL_MARGIN` nats.

A second, looser pattern finds "what" after any noun, by clean news's own usage (written
after "the" more often than after "to": "measures what the ministry took", not
"determine what"), with no preposition, verb of saying, relative or subject pronoun in the
three words before.  It is for the model alone (``model_only``, never acted on or reported
without it): on the same 202,299 lines it matches 3 times, all in en_news.  With the shipped 5.7M-parameter
model (run 4), dev split (`scripts/bench_translationese.py --split dev`), safe mode
repairs 37 of 200 injected errors at 3.5 nats (28 at 4, 44 at 3; 0 without the model),
``--all`` 47 (43 by the rule alone), no control line changed.  Of the 5 findings of either
pattern on the 9,193 dev lines of en_news and the 110,362 WMT21/23 system outputs and
references, the model lifts none at 3 nats or more (the highest, 2.95: "helps the body
remember what it feels like").  Run 3 needed 4 nats for 31 (it lifted "the type that
always says what he thinks" at 3.5), run 2 5 nats for 31.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..edits import Finding
from ..evidence.punctuation import bigram_count
from .base import Doc, Unit, finding

_DET = r"(?:the|a|an|this|that|these|those|his|her|its|their|our|every|each|any|some|my|your)"
_SUBJECT = r"(?:the|a|an|he|she|they|we|I|it|his|her|their|its|this|these|those|you|(?!(?:is|was|has|does|as)\b)[a-z]+s|[a-z]+ed)"
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
#: conjunctions and wh-words, which end no noun phrase ("a delicate matter whether what the
#: authors call ...": an indirect question)
_CONJUNCTIONS = frozenset("whether if because although though unless whereas when where why how".split())
#: -ing words that are nouns ("the meeting what"); other -ing words are verbs ("doing what")
_ING_NOUNS = frozenset("""meeting building funding spending housing hearing ruling training warning offering
thing something anything nothing everything evening morning feeling finding earning setting wedding""".split())
#: a word that clean news writes before "what" this often is a verb of knowing or saying
_MIN_PAIR = 1
#: any lower-case word before a mid-sentence "what" that opens a clause: the place the
#: determiner pattern misses ("measures what the government took"); only the model judges it
_AFTER_WORD = re.compile(rf"(?<=[a-z] )([a-z]+) (what)(?= {_SUBJECT}\b)")
#: verbs and copulas before a free relative or a question ("is what", "did what", "have what")
_NOT_BEFORE = frozenset("""is was are were be been being am do does did done have has had having get got
gets know knows knew see sees saw seen hear heard say says said think thinks thought ask asks asked
wonder wondered understand understands understood learn learned decide decided explain explained
show shows showed tell tells told mean means meant matter matters""".split())
#: how much the model must prefer "that" (nats) to lift a finding of either pattern (see the module docstring)
MODEL_MARGIN = 3.5
#: subject pronouns: "what" after "he likes" ends no noun phrase
_PRONOUNS = frozenset("i you he she it we they".split())
#: "the" + word at least this often in clean news (the frequent-pairs index) for the word to count as a noun
_NOUN_MIN = 5


def _may_end_noun_phrase(word: str) -> bool:
    """Can ``word`` (lower case) be the noun right before a relative "what"?  Not a function
    word, adverb, verb form, nor a word clean news writes before "what" ("know what")."""
    return not (word in _FUNCTION or word in _NOT_IN_PHRASE or word in _CONJUNCTIONS or word.endswith(("ly", "ed"))
                or word.endswith("ing") and word not in _ING_NOUNS
                or bigram_count(word, "what") >= _MIN_PAIR)


_WHAT = re.compile(r"\bwhat\b", re.IGNORECASE)
#: how far before a "what" the patterns may start, and after it their look-ahead reads (chars)
_REACH, _AHEAD = 160, 60


def _ending_at_what(pattern: re.Pattern, text: str, group: int) -> Iterable[re.Match]:
    """``pattern``'s matches whose ``group`` is a "what", found near each "what" only (a
    scan of the whole text from every word costs more than all the rest of the unit)."""
    for w in _WHAT.finditer(text):
        for m in pattern.finditer(text, max(0, w.start() - _REACH), w.end() + _AHEAD):
            if m.start(group) == w.start():
                yield m
                break


class RelativeWhat(Unit):
    rule = "relative-what"
    summary = "relative 'what' where English needs 'that' ('the meeting what the president will hold')"

    def find(self, doc: Doc) -> Iterable[Finding]:
        text = doc.text
        if "what" not in text:
            return
        seen: set[int] = set()
        for m in _ending_at_what(_PATTERN, text, 4):
            verb = (m.group(1) or "").strip().lower()
            gap = m.group(2).lower().split()
            noun = m.group(3).lower()
            if (verb in _TWO_OBJECTS or verb in _FUNCTION
                    or any(g in _NOT_IN_PHRASE or g in _RELATIVE or g.endswith("ly") for g in gap)):
                continue
            s, e = m.start(4), m.end(4)
            if not _may_end_noun_phrase(noun) or doc.protected(s, e):
                continue
            word = m.group(4)
            repl = "That" if word[0].isupper() else "that"
            seen.add(s)
            yield finding(self, s, e, word, [(repl, 0.9)], 0.75,
                          f"'{word}' after the noun '{m.group(3)}' introduces a relative clause: English uses 'that'",
                          liftable=True, margin=MODEL_MARGIN)
        for m in _ending_at_what(_AFTER_WORD, text, 2):
            s, e = m.start(2), m.end(2)
            prev = m.group(1).lower()
            if (s in seen or prev in _TWO_OBJECTS or prev in _RELATIVE or prev in _NOT_BEFORE
                    or not _may_end_noun_phrase(prev) or doc.protected(s, e)):
                continue
            # a noun, by clean news's own usage: written after "the" more often than after "to"
            # ("the measures" 19, "to measures" 0; not "determine", "use", "finish")
            the, to = bigram_count("the", prev), bigram_count("to", prev)
            if the < _NOUN_MIN or to >= the:
                continue
            # nor the object of a preposition or of a verb that takes a person and a clause:
            # an indirect question ("revealed in an interview what she had in mind", "discussing
            # with local residents what they want", "tell the people what")
            before = text[max(0, m.start(1) - 40):m.start(1)].lower().split()[-3:]
            if any(w in _FUNCTION or w in _TWO_OBJECTS or w in _NOT_BEFORE or w in _RELATIVE or w in _PRONOUNS
                   for w in before):
                continue  # ... nor a clause of its own before it ("a person who likes what he sees")
            yield finding(self, s, e, "what", [("that", 0.9)], 0.5,
                          f"'what' after '{m.group(1)}' may open a relative clause (English: 'that'); "
                          "for the model to judge", model_only=True, margin=MODEL_MARGIN)
