"""False friends: a word MT carried over from a look-alike in the source language.

Only phrases whose context makes the reading clear are in the knowledge base
("assisted to the meeting", "realized a survey", "requested license",
"Everything insured"); each is flagged or fixed with the intended words.

>>> from mt_repair.units.false_friends import FalseFriend
>>> [f.suggestion for f in FalseFriend()("The mayor requested license to run for the Senate.")]
['requested leave of absence']
>>> [f.suggestion for f in FalseFriend()("Everything insured was handed over to the prosecutor.")]
['Everything seized']
>>> FalseFriend()("She realized the meeting was over and actually left.")
[]

Beyond those phrases, every use of a word that MT writes for its Spanish look-alike
("actually" for *actualmente*, "eventually" for *eventualmente*, "assisted the forum"
for *asistió*, "realized a survey" for *realizó*, "sensible" for *sensible*) is a
candidate for the model alone (``model_only``: never acted on or reported without it):
the English reading is usually right ("he actually said", "she realized the risk"), so
the model must prefer the intended word by :data:`MODEL_MARGIN` nats.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..edits import Finding
from ._kb import KBUnit
from .base import Doc, finding

# "realized the meeting was over": a finite verb after the phrase makes its noun the
# subject of a new clause, and the verb a verb of knowing, not a false friend
_CLAUSE_NEXT = re.compile(
    r"\s+(?:was|were|is|are|had|has|have|would|could|will|should|might|may|must|did|does|"
    r"do|can|had|needed|took|went|came|ended|began|got|became|seemed)\b", re.IGNORECASE)

_KNOWING = re.compile(r"realiz|celebrat", re.IGNORECASE)
#: after "realized the launch", "assisted the hearing": the phrase must end there (a stop, a
#: preposition, a conjunction, a time word), or its noun may head a compound or open a
#: clause ("realized the attack failed", "assisted the conference organizers")
_VERB_FIRST = re.compile(r"realiz|celebrat|assist", re.IGNORECASE)
_PHRASE_END = re.compile(
    r"\s*(?:$|[.,;:!?)\]\"”’–—-]|(?:of|in|on|at|for|with|by|to|from|into|across|throughout|during|"
    r"last|this|next|today|yesterday|tomorrow|and|but|or|where|which|held|organized|organised)\b)",
    re.IGNORECASE)


#: word MT writes -> what the Spanish meant (the candidates offered to the model)
_LOOK_ALIKES = {
    "actually": "currently", "eventually": "possibly", "sensible": "sensitive",
    "assist": "attend", "assists": "attends", "assisted": "attended", "assisting": "attending",
    "realize": "carry out", "realizes": "carries out", "realized": "carried out", "realizing": "carrying out",
    "realise": "carry out", "realises": "carries out", "realised": "carried out", "realising": "carrying out",
}
_LOOK_ALIKE = re.compile(r"\b(" + "|".join(_LOOK_ALIKES) + r")\b", re.IGNORECASE)
#: "assist"/"realize" read as "attend"/"carry out" only before a noun phrase (an object)
_OBJECT_NEXT = re.compile(r"\s+(?:the|a|an|this|these|those|its|their|his|her|our|several|various|"
                          r"many|some|two|three|numerous|[0-9]+)\b", re.IGNORECASE)
#: how much the model must prefer the intended word (nats; see the module docstring)
MODEL_MARGIN = 4.0


class FalseFriend(KBUnit):
    rule = "false-friend"
    summary = "a false friend in a telling context ('assisted to the meeting', 'requested license')"
    kinds = frozenset({"false_friend"})
    label = "phrase"

    def find(self, doc: Doc) -> Iterable[Finding]:
        taken: list[tuple[int, int]] = []
        for f in super().find(doc):
            if _KNOWING.match(f.original) and _CLAUSE_NEXT.match(doc.text, f.end):
                continue
            if _VERB_FIRST.match(f.original) and not _PHRASE_END.match(doc.text, f.end):
                continue
            taken.append((f.start, f.end))
            yield f
        yield from self._look_alikes(doc, taken)

    def _look_alikes(self, doc: Doc, taken: list[tuple[int, int]]) -> Iterable[Finding]:
        """Every look-alike word outside the knowledge base's findings (``taken``), for the
        model to judge (see the module docstring)."""
        text = doc.text
        for m in _LOOK_ALIKE.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            word = m.group(1)
            low = word.lower()
            if low.startswith(("assist", "realiz", "realis")) and not _OBJECT_NEXT.match(text, m.end()):
                continue
            if doc.protected(m.start(), m.end()):
                continue
            repl = _LOOK_ALIKES[low]
            if word[0].isupper():
                repl = repl[0].upper() + repl[1:]
            yield finding(self, m.start(), m.end(), word, [(repl, 0.9)], 0.5,
                          f"'{word}' may be a false friend of the Spanish look-alike (English: '{repl}'); "
                          "for the model to judge", model_only=True, margin=MODEL_MARGIN)
