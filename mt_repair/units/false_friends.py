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
"""

from __future__ import annotations

import re
from typing import Iterable

from ..edits import Finding
from ._kb import KBUnit
from .base import Doc

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


class FalseFriend(KBUnit):
    rule = "false-friend"
    summary = "a false friend in a telling context ('assisted to the meeting', 'requested license')"
    kinds = frozenset({"false_friend"})
    label = "phrase"

    def find(self, doc: Doc) -> Iterable[Finding]:
        for f in super().find(doc):
            if _KNOWING.match(f.original) and _CLAUSE_NEXT.match(doc.text, f.end):
                continue
            if _VERB_FIRST.match(f.original) and not _PHRASE_END.match(doc.text, f.end):
                continue
            yield f
