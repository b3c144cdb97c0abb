"""Spans no unit may touch: URLs, e-mail addresses, @handles, #hashtags, code, paths.

>>> spans = protected_spans("see https://x.org/a_b and `a,b` or @jo_doe")
>>> [s for s in spans]
[(4, 21), (26, 31), (35, 42)]
"""

from __future__ import annotations

import bisect
import re

__all__ = ["protected_spans", "Protection"]

_PROTECT_RE = re.compile(
    r"""
      (?:https?|ftp)://\S+                     # URLs with a scheme
    | www\.\S+                                 # bare www. URLs
    | [\w.+-]+@[\w-]+(?:\.[\w-]+)+             # e-mail addresses
    | (?<!\w)[@#][\w.-]*\w                     # @handles and #hashtags
    | `[^`\n]*`                                # inline code
    | (?<!\w)(?:[\w-]+\.)+(?:com|org|net|edu|gov|io|mx|es|ar|co|uk|de|fr|info|ai|dev|app)\b(?:/\S*)?  # domains
    | \S*[\w)\]]\.[A-Za-z_]\w*\(\S*            # code calls like obj.method(
    | \S*_\S*                                  # snake_case, paths with underscores
    | (?<!\w)(?:/[\w.-]+){2,}/?                # unix paths
    | \{\{[^}\n]*\}\}|\{[\w.]*\}|%[sd]|%\([\w]+\)[sd]  # placeholders
    """,
    re.VERBOSE,
)


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans that units must leave alone."""
    return [m.span() for m in _PROTECT_RE.finditer(text)]


class Protection:
    """Fast membership test for protected spans of one text."""

    def __init__(self, text: str):
        spans = protected_spans(text)
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]

    def overlaps(self, start: int, end: int) -> bool:
        """True if [start, end) touches a protected span."""
        i = bisect.bisect_left(self._starts, end) - 1
        return i >= 0 and self._ends[i] > start
