"""What the text around a merged-words join says about its repair: a list's serial-comma
style, a word cited in quotes, a call's bracket, the verb after a particle.  merged-words
asks these once it has a split; each reads the text, not the token.

>>> serial_comma_style("Rome, Paris and Berlin. Oslo, Bergen and Tromsø.")
False
>>> verb_next(" also spoke on Monday"), verb_next(" on Monday. Already damaged")
(True, False)
"""

from __future__ import annotations

import re
from functools import lru_cache

from .join_words import FINITE_VERBS, past_form

__all__ = ["LIST_BEFORE", "serial_comma_style", "QUOTES_AROUND", "CITING", "CALL", "verb_next"]


#: a list item and its comma right before the left piece ("Arequipa, |Moquegua")
LIST_BEFORE = re.compile(r"[^\W\d_][\w'’-]*(?: [\w'’-]+)?, $")
#: lists of names without a serial comma ("Rome, Paris and Berlin"; not "On Monday, the
#: president and", an opening phrase), and any list with one ("the ministries of Health, of
#: Finance, and the bank")
_NO_SERIAL = re.compile(r"\b[A-Z][\w'’-]*, [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? (?:and|or) [A-Z]")
_SERIAL = re.compile(r"[^\W\d_][\w'’-]*, [\w'’-]+(?: [\w'’-]+){0,3}, (?:and|or) [\w'’-]")
#: how many lists without the serial comma (and none with it) make a text's style
SERIAL_STYLE_MIN = 2


@lru_cache(maxsize=8)
def serial_comma_style(text: str) -> bool | None:
    """Does ``text`` write a comma before a list's last "and" (True), never with at least
    :data:`SERIAL_STYLE_MIN` lists that could have one (False), or is it unclear (None)?
    MT from Spanish, and news in AP style, write none.

    >>> serial_comma_style("Rome, Paris and Berlin. Oslo, Bergen and Tromsø."), serial_comma_style("Rome, Paris, and Berlin.")
    (False, True)
    """
    if _SERIAL.search(text):
        return True
    return False if len(_NO_SERIAL.findall(text)) >= SERIAL_STYLE_MIN else None


#: quote marks around a cited word
QUOTES_AROUND = frozenset("\"“”‘’'«»")
#: ... and the words that cite one ('the word "keyif"', 'the so-called "X"')
CITING = re.compile(r"\b(?:word|words|term|terms|called|named|dubbed|titled|entitled|means|phrase|expression|slogan|"
                     r"hashtag|nickname|name|as|username|handle|tag|account|password|keyword|command|label|domain)\s*$")
#: a call's or an optional ending's bracket after a token ("toString()", "isValid(x)", "word(s)")
CALL = re.compile(r"\([\w.,]{0,12}\)")


def verb_next(after: str) -> bool:
    """Does a finite verb follow, maybe after an adverb ("says", "carried", "also spoke",
    ", however, was"; not "shares", a noun as often)?"""
    for w in re.findall(r"[\w'’]+", re.split(r"[.!?;:]", after[:60], maxsplit=1)[0])[:4]:
        w = w.lower()
        if w in _ADVERBS_BEFORE_VERB or w.endswith("ly"):
            continue
        return w in FINITE_VERBS or w in ("is", "are") or past_form(w)
    return False


#: adverbs between a subject and its verb
_ADVERBS_BEFORE_VERB = frozenset("also however then still already never now too even just only".split())
