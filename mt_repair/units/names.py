"""Proper names, parties and places MT translated word for word, restored from the knowledge base.

>>> from mt_repair.units.names import TranslatedName
>>> [f.suggestion for f in TranslatedName()("Three men were arrested in The Mochis, Sinaloa.")]
['Los Mochis']
>>> [f.suggestion for f in TranslatedName()("Serge Massa conceded the election.")]
['Sergio Massa']
>>> [(f.suggestion, f.confidence) for f in TranslatedName()("Brunette deputies approved the reform in the Chamber of Deputies.")]
[('Morena', 0.95)]
>>> TranslatedName()("She dyed her hair brunette. The Brunette sisters sang.")
[]
"""

from __future__ import annotations

from ._kb import KBUnit


class TranslatedName(KBUnit):
    rule = "translated-name"
    summary = "a name, party or place MT translated ('The Mochis', 'Brunette' for Morena, 'Serge Massa')"
    kinds = frozenset({"name", "place", "party"})
    label = "name"
