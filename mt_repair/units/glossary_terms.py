"""Terms from a user glossary (``--glossary FILE``): replace, forbid, or keep as is.

Not in the default registry: built by :func:`mt_repair.knowledge.glossary.glossary_units`.

>>> from mt_repair.knowledge.base import knowledge_base, KnowledgeBase
>>> from mt_repair.knowledge.schema import Entry
>>> e = Entry("g.csv:2", "glossary", "Acme Widget", "Acme Gadget", (), "", "", 0.97, "user glossary g.csv")
>>> u = GlossaryTerm(KnowledgeBase(knowledge_base().entries + [e]))
>>> [(f.suggestion, f.confidence) for f in u("We sell the Acme Widget.")]
[('Acme Gadget', 0.97)]
"""

from __future__ import annotations

from ._kb import KBUnit


class GlossaryTerm(KBUnit):
    rule = "glossary"
    summary = "a term the user's glossary replaces or forbids"
    kinds = frozenset({"glossary"})
    label = "term"
