"""HTML character references left in plain text by a scraper: "&#8217;", "&amp;", "&quot;".

A page's text copied with its markup escapes still in it reads "the president&#8217;s
plan" or "Mexico &amp; the US".  In plain text these are damage; the HTML, XLIFF, PO and
JSON readers decode their own escapes before any unit sees the text, so this unit only
ever meets references that are really stray.

>>> from mt_repair.units.entities import HtmlEntity
>>> [f.suggestion for f in HtmlEntity()("the president&#8217;s plan &amp; more")]
['’', '&']
>>> HtmlEntity()("AT&T and R&D; write &lt;b&gt; to show a tag")
[]
"""

from __future__ import annotations

import html
import re
from typing import Iterable

from ..edits import Finding
from .base import Doc, Unit, finding

#: a character reference, possibly escaped again ("&amp;quot;": a page escaped twice)
_ENTITY = re.compile(r"&(?:amp;)*(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,30});")
#: references whose character is markup: text that writes "&lt;b&gt;" may mean it
_MARKUP = frozenset("<>")


def decode(ref: str) -> str:
    """The text a (possibly double-escaped) reference stands for; a no-break space becomes
    a space.

    >>> decode("&amp;quot;"), decode("&#8217;"), decode("&nbsp;"), decode("&bogus;")
    ('"', '’', ' ', '&bogus;')
    """
    out = ref
    while True:
        nxt = html.unescape(out)
        if nxt == out:
            break
        out = nxt
    return out.replace("\xa0", " ")


class HtmlEntity(Unit):
    rule = "html-entity"
    summary = "an HTML character reference left in plain text ('&#8217;', '&amp;')"

    def find(self, doc: Doc) -> Iterable[Finding]:
        text = doc.text
        if "&" not in text:
            return
        for m in _ENTITY.finditer(text):
            ref = m.group()
            char = decode(ref)
            if char == ref or any(c in _MARKUP for c in char) or doc.protected(m.start(), m.end()):
                continue  # an unknown name ("&bogus;"), markup ("&lt;"), or inside a URL or code
            yield finding(self, m.start(), m.end(), ref, [(char, 0.99)], 0.95,
                          f"HTML character reference '{ref}' left in the text")
