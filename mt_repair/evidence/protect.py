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
    | (?<![\w&])[@#][\w.-]*\w                  # @handles and #hashtags (not "&#8217;")
    | `[^`\n]*`                                # inline code
    | (?<!\w)(?:[\w-]+\.)+(?:com|org|net|edu|gov|io|mx|es|ar|co|uk|de|fr|info|ai|dev|app)\b(?:/\S*)?  # domains
    | \S*[\w)\]]\.[A-Za-z_]\w*\(\S*            # code calls like obj.method(
    | \S*_\S*                                  # snake_case, paths with underscores
    | (?<!\w)(?:/[\w.-]+){2,}/?                # unix paths
    | \{\{[^}\n]*\}\}|\{[\w.]*\}|(?<!\d)%[sd](?![a-z])|%\([\w]+\)[sd]  # placeholders (not "50%discount")
    """,
    re.VERBOSE,
)


#: every protected pattern contains one of these characters
_TRIGGERS = "/@#`_.{%("


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, non-overlapping (start, end) spans that units must leave alone."""
    return [m.span() for m in _PROTECT_RE.finditer(text)]


class Protection:
    """Membership test for protected spans, computed lazily around the asked position.

    Everything protected lives inside one whitespace-delimited token, except inline
    code, so only the token(s) around a candidate are scanned, and only when a unit
    asks: clean text costs nothing and long lines cost no more than short ones.
    """

    REACH = 300

    def __init__(self, text: str):
        self.text = text

    def overlaps(self, start: int, end: int) -> bool:
        """True if [start, end) touches a protected span."""
        text = self.text
        a = max(0, start - self.REACH)
        lo = max(text.rfind(" ", a, start), text.rfind("\n", a, start), text.rfind("\t", a, start)) + 1
        if lo == 0 and start - a == self.REACH:
            lo = a
        b = min(len(text), end + self.REACH)
        ends = [i for i in (text.find(" ", end, b), text.find("\n", end, b), text.find("\t", end, b)) if i >= 0]
        hi = min(ends) if ends else b
        window = text[lo:hi]
        if any(c in window for c in _TRIGGERS):
            for m in _PROTECT_RE.finditer(text, lo, hi):
                if m.start() < max(end, start + 1) and m.end() > start:
                    return True
        # inline code can hold spaces: inside it when an odd number of backticks precede on
        # the line (looking back a bounded stretch) and one follows before the line ends
        a = max(0, start - 4 * self.REACH)
        ls = max(text.rfind("\n", a, start) + 1, a)
        if text.count("`", ls, start) % 2 == 0:
            return False
        le = text.find("\n", end)
        return text.find("`", end, le if le >= 0 else len(text)) >= 0
