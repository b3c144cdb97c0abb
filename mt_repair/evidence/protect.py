"""Spans no unit may touch: URLs, e-mail addresses, @handles, #hashtags, code, paths.

>>> spans = protected_spans("see https://x.org/a_b and `a,b` or @jo_doe")
>>> [s for s in spans]
[(4, 21), (26, 31), (35, 42)]
"""

from __future__ import annotations

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
    """Membership test for protected spans, computed lazily around the asked position.

    Protected things are short and never cross a line, so only the line around a
    candidate (at most :data:`WINDOW` characters each side, cut at whitespace)
    is scanned, and only when a unit asks: clean text costs nothing.
    """

    WINDOW = 300

    def __init__(self, text: str):
        self.text = text

    def overlaps(self, start: int, end: int) -> bool:
        """True if [start, end) touches a protected span."""
        text = self.text
        lo = max(0, start - self.WINDOW)
        hi = min(len(text), end + self.WINDOW)
        nl = text.rfind("\n", lo, start)
        if nl >= 0:
            lo = nl + 1
        else:
            sp = text.find(" ", lo, start) if lo else -1
            lo = sp + 1 if sp >= 0 else lo
        nl = text.find("\n", end, hi)
        if nl >= 0:
            hi = nl
        elif hi < len(text):
            sp = text.rfind(" ", end, hi)
            hi = sp if sp >= 0 else hi
        for m in _PROTECT_RE.finditer(text, lo, hi):
            if m.start() < max(end, start + 1) and m.end() > start:
                return True
        return False
