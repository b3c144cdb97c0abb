"""Knowledge for mistranslation checks: the built-in base (``data/*.tsv``), user glossaries,
and the linear-time term matcher both use.  Everything loads lazily, once.

See ``README.md`` in this folder for the data schema.
"""

from __future__ import annotations

from .base import KnowledgeBase, knowledge_base
from .schema import Entry, SchemaError

__all__ = ["Entry", "KnowledgeBase", "SchemaError", "knowledge_base"]
