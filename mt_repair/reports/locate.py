"""Offsets to line and column numbers (1-based; columns count Unicode code points).

>>> idx = LineIndex("ab\\ncd\\r\\nef")
>>> idx.position(0), idx.position(4), idx.position(7)
((1, 1), (2, 2), (3, 1))
"""

from __future__ import annotations

import bisect


class LineIndex:
    def __init__(self, text: str):
        starts = [0]
        find = text.find
        i = find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self._starts = starts

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1
