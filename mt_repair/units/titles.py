"""Wrong titles and institution names: fixed when a context trigger confirms, flagged otherwise.

>>> from mt_repair.units.titles import WrongTitle
>>> t = "Mayorkas visited El Paso. The Secretary of National Security said the border is closed."
>>> [(f.suggestion, f.confidence) for f in WrongTitle()(t)]
[('Secretary of Homeland Security', 0.95)]
>>> [f.suggestion for f in WrongTitle()("The Secretary of Foreign Relations (SRE) said it would protest.")]
['Foreign Ministry (SRE)']
>>> [f.suggestion for f in WrongTitle()("Mexico's Secretary of Foreign Relations, Alicia Bárcena, spoke.")]
['Foreign Minister']
>>> [f.suggestion for f in WrongTitle()("The head of the Secretariat of Foreign Relations, Alicia Bárcena, spoke.")]
['Foreign Ministry']
>>> WrongTitle()("The Secretary of State met the Secretary of Homeland Security.")
[]
"""

from __future__ import annotations

import re

from ..evidence.lexicon import zipf
from ._kb import Hit, KBUnit, match_case
from .base import Doc

# after the title: ", Name" or " Name" -> the title names a person, not the institution
_PERSON_AFTER = re.compile(r",?\s+(?:Mr\.?\s+|Ms\.?\s+|Mrs\.?\s+)?([A-ZÁÉÍÓÚÑ][\w’'-]+)(\s+[A-ZÁÉÍÓÚÑ][\w’'-]+)?")

# before the title: "the head of the ...", "the staff at the ..." -> the title names the
# institution that person leads or works in, whoever is named after it (not "a spokesman for
# Secretary X Name", where the bare title before a name is the person's)
_ROLE_OF = re.compile(r"\b(?:head|heads|chief|leader|director|staff|officials|officers|employees|"
                      r"headquarters|offices?|building)\s+(?:of|at)\s+the\s+$", re.IGNORECASE)


class WrongTitle(KBUnit):
    rule = "wrong-title"
    summary = "a title or institution name MT rendered word for word ('Secretary of National Security' near Mayorkas)"
    kinds = frozenset({"title", "institution"})
    label = "title"

    def replacement(self, doc: Doc, hit: Hit, original: str) -> list[tuple[str, float]]:
        forms = hit.entry.forms
        if len(forms) == 1:
            return [(match_case(original, forms[0]), 0.95)]
        inst, person = forms[0], forms[1]
        m = _PERSON_AFTER.match(doc.text, hit.end)
        is_person = bool(m) and (m.group(2) is not None or zipf(m.group(1)) < 4.0) and zipf(m.group(1)) < 5.5 \
            and not _ROLE_OF.search(doc.text, max(0, hit.start - 40), hit.start)
        first, second = (person, inst) if is_person else (inst, person)
        return [(match_case(original, first), 0.9), (match_case(original, second), 0.1)]
