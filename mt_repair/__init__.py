"""mt-repair: find and repair the damage machine translation leaves in published text.

>>> from mt_repair import repair
>>> r = repair("Alejandro Mayorkasand the advisor met for trainswhich run.")
>>> r.text
'Alejandro Mayorkas, and the advisor met for trains, which run.'
>>> [(e.rule, e.original, e.replacement) for e in r.edits][0]
('merged-words', 'Mayorkasand', 'Mayorkas, and')

``repair`` applies only high-confidence edits unless ``mode="all"``; ``detect``
reports findings without changing anything.  Pass ``model="default"`` (or a
directory or hub id) to let the seq2seq stage decide the spans the rules are
unsure of.  Heavy libraries are imported only when the model runs.
"""

from __future__ import annotations

from typing import Iterable

from .edits import Candidate, Edit, Finding, apply_edits
from .engine import Repairer, Result

__version__ = "0.1.0"

__all__ = ["repair", "detect", "Repairer", "Result", "Edit", "Finding", "Candidate",
           "apply_edits", "__version__"]


def repair(text: str, *, mode: str = "safe", select: Iterable[str] = (),
           ignore: Iterable[str] = (), model=None) -> Result:
    """Repair ``text`` and return a :class:`Result` with ``.text`` and ``.edits``."""
    return Repairer(mode, select, ignore, model).repair(text)


def detect(text: str, *, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Finding]:
    """Report damage in ``text`` without changing it."""
    return Repairer("all", select, ignore).detect(text)
