"""What the split rules of merged-words see around a token, and the reasons they give.

:class:`JoinContext` holds the words around a token; :data:`PERMISSIVE` and :data:`PROBE`
stand for the most permissive context, and :data:`ANY_TEXT` for a text in which every word
stands alone, so that the first passes can ask whether any text could allow a split.

>>> from mt_repair.units.base import Doc
>>> c = JoinContext.of(Doc("for trainswhich have"), 4, 15)
>>> c.prev_word, c.next_word, c.sentence_start
('for', 'have', False)
"""

from __future__ import annotations

import re

from .base import WORD_RE, Doc


class Why:
    """The reasons the split rules give that other code names: most are read by
    :class:`~mt_repair.units.merged_words.MergedWords` (the join model, the separator, the
    safe bar); ``POSSESSIVE``, ``NAME_END`` and ``FEW_COMPOUNDS`` only by the rules that
    return them and by tests."""

    #: the reasons of the two name rules of camel_split; a given name among them takes no comma
    TWO_NAMES = "two names run together"
    CAMEL = "a word glued to a capitalised word"
    NAME_THEN_UNKNOWN = "a name joined to an unknown name"
    #: the reason of a capitalised function word split off ("ObradorWith several")
    STRAY = "a word glued to a capitalised function word"
    POSSESSIVE = "a possessive joined to the next word"
    CODE_SHAPED = "a word glued to a capitalised common word"
    #: the reason of a name before a function word that no name ends in (see join_split_words._name_break)
    NAME_BREAK = "a name joined to a function word that no name ends in"
    #: the reason of a capitalised word that ends a name glued to the next one (camel_split)
    NAME_END = "a name's last word joined to the next word"
    #: the reason of a name before a function word that the next word continues (join_split_words._reads_as_join)
    NAME_READS_ON = "a name joined to a function word that the next word continues"
    FEW_COMPOUNDS = "two words that build few compounds"
    #: a word glued to the first word of a person's name the knowledge base lists (camel_split)
    LISTED_PERSON = "a word joined to a listed person's name"
    #: a capitalised word glued to a title that opens a name or position (camel_split)
    TITLE = "a word joined to a title"
    #: a word or an acronym glued to an honorific before a name (join_split: "FridayMr. Trump")
    HONORIFIC = "a word joined to a title before a name"
    #: a word glued to a capital "A" that opens the next sentence (join_split: "capitalA new")
    ARTICLE_A = "a word glued to the article 'A'"
    #: a capitalised word glued to a past tense of five letters or more (join_name_verbs)
    CAPITAL_THEN_PAST = "a capitalised word joined to a past tense"
    #: a listed name glued to a present, a short past or an ordinal (join_name_verbs)
    NAME_THEN_VERB = "a name joined to a verb or an ordinal"


class JoinContext:
    """Around a token: the next word (if a space, maybe an opening quote, and a word
    follow), its case, whether the token starts a sentence, and whether it ends a clause
    (sentence punctuation, or the end of the text, right after it)."""

    __slots__ = ("next_word", "next_capital", "sentence_start", "clause_end", "prev_word", "after")

    def __init__(self, next_word: str, sentence_start: bool = True, clause_end: bool = False,
                 prev_word: str = "", after: str = ""):
        self.prev_word = prev_word
        #: the text right after the token (up to AFTER_CHARS characters)
        self.after = after
        self.next_word = next_word
        self.next_capital = bool(next_word) and next_word[0].isupper()
        self.sentence_start = sentence_start
        self.clause_end = clause_end

    @classmethod
    def of(cls, doc: Doc, start: int, end: int) -> "JoinContext":
        text = doc.text
        nxt = ""
        if end < len(text) and text[end] == " ":
            quoted = end + 1 < len(text) and text[end + 1] in _OPENERS
            m = WORD_RE.match(text, end + 1 + quoted)
            if m and not (quoted and text[start].isupper()):   # names often precede quotes
                nxt = m.group()
        clause_end = end >= len(text) or text[end] in ".!?;:\n"
        prev = ""
        if start > 1 and text[start - 1] == " ":
            m = _LAST_WORD.search(text, max(0, start - 40), start - 1)
            if m:
                prev = m.group()
        return cls(nxt, doc.at_sentence_start(start), clause_end, prev, text[end:end + AFTER_CHARS])


_OPENERS = "\"“‘'(["
AFTER_CHARS = 40

_LAST_WORD = re.compile(r"[^\W_]+$")


class _AnyWords:
    def __contains__(self, word) -> bool:
        return True


class AnyText:
    """Stands for a text in which every word stands alone: the most permissive evidence."""
    word_set = _AnyWords()
    text = ""


ANY_TEXT = AnyText()

PERMISSIVE = JoinContext("x")  # "a lowercase word follows": the context that allows most splits

PROBE = JoinContext("x")   # as permissive, and lower_split stops once any split point is found

#: a lower-case word follows after a hyphen: the token is the head of a hyphenated compound
#: ("youngwell-educated"), whose right piece opens the compound and ends none
HYPHEN_AFTER = JoinContext("x", sentence_start=False, after="-x")
