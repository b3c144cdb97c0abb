"""The built-in knowledge base: data files loaded once, lazily, into matchers.

>>> kb = knowledge_base()
>>> len(kb.entries) >= 500
True
>>> sorted({e.replace for e in kb.lookup("The Mochis")})
['Los Mochis']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .matcher import TermMatcher, key, term_keys
from .schema import Entry, parse_file

__all__ = ["KnowledgeBase", "knowledge_base", "DATA_DIR"]

DATA_DIR = Path(__file__).with_name("data")


@dataclass
class KnowledgeBase:
    """Entries plus the two matchers built from them (terms, and context triggers)."""

    entries: list[Entry]
    terms: TermMatcher = field(default_factory=TermMatcher)
    triggers: TermMatcher = field(default_factory=TermMatcher)

    def __post_init__(self) -> None:
        seen: set[tuple] = set()
        for e in self.entries:
            self.terms.add(e.term, e)
            for t in e.triggers:
                k = term_keys(t)
                if (k, t) not in seen:
                    seen.add((k, t))
                    self.triggers.add(t, t)

    def lookup(self, term: str) -> list[Entry]:
        """Entries whose term is exactly ``term`` (up to case and accents)."""
        keys = tuple(key(w) for w in term.split())
        return [e for e in self.entries if tuple(key(w) for w in e.term.split()) == keys]

    def persons(self) -> list[Entry]:
        return [e for e in self.entries if e.kind == "person"]

    def stats(self) -> dict[str, int]:
        """Data lines (distinct ids) per kind, and expanded terms."""
        out: dict[str, set] = {}
        for e in self.entries:
            out.setdefault(e.kind, set()).add(e.id)
        d = {k: len(v) for k, v in sorted(out.items())}
        d["lines"] = sum(d.values())
        d["terms"] = len(self.entries)
        return d


def load_entries(paths: Iterable[Path]) -> list[Entry]:
    entries: list[Entry] = []
    for p in sorted(paths):
        entries.extend(parse_file(p))
    return entries


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    """The built-in base (``data/*.tsv``), parsed and indexed on first use."""
    return KnowledgeBase(load_entries(DATA_DIR.glob("*.tsv")))
