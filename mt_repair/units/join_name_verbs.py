"""A capitalised token that is a name glued to its verb, an ordinal or "and": the
capitalised-token rules :func:`~mt_repair.units.join_split_words.lower_split` asks when
the word splits find nothing sure ("Widodoinaugurated", "Valenciacomes", "Barcelonathird",
"Rinwaand").  Each rule was measured on the capitalised tokens of clean news, the WMT
MT outputs and the MLQE-PE post-edits: what no unlisted token ends in is a join.

>>> capital_then_past("Widodoinaugurated"), name_then_present("Italyreceives"), vowel_and("Rinwaand")
(6, 5, 5)
"""

from __future__ import annotations

import re

from ..evidence.compounds import heads
from ..evidence.lexicon import present_verb, zipf
from ..evidence.proper_nouns import is_proper_noun
from .join_words import IRREGULAR_PRESENT, NOT_A_COMPOUND_HEAD, ORDINAL_WORDS, PREFIXES

__all__ = ["SPANISH_NAME", "LONGER_TAIL_ZIPF", "longer_word_ends", "capital_then_past", "name_then_present",
           "vowel_and"]

#: a capitalised word with a Spanish or Portuguese accent, tilde or cedilla that ends as
#: words of those languages do (a vowel, m, n, s, r, l, z): MT from them keeps such names,
#: and none of their words ends in "-and", so "Germán Umañaand the ambassador" is a join
#: ("Viljand", "Leixyrand" have no accent)
#: (or that ends in a nasal vowel: "Maracanã", "Tristão"; not in an acute one, which Irish and
#: French names have before "-in", "-on": "Ó Ríordáin", "Gédéon")
#: (nor has a k or a w, which Spanish and Portuguese words lack and Icelandic ones,
#: accented as they are, have: "Fíkn|in" is "Fíknin", the addiction)
SPANISH_NAME = re.compile(r"[A-JL-VX-ZÁÉÍÓÚÑÂÊÔ][a-jl-vx-záéíóúñüãõçâêôà]*(?:[áéíóúñãõçâêôà][a-jl-vx-záéíóúñüãõçâêôà]*"
                          r"[aeiouáéíóúãõâêômnsrlz]|[ãõ])")

#: a longer tail this common is a word that may end the token ("praising" 3.3, "recommissioned"
#: 1.7); rarer ones are web junk ("Sheinbaum|met" ends in "ummet", 1.1)
LONGER_TAIL_ZIPF = 1.5


def longer_word_ends(tok: str, i: int) -> bool:
    """Does a word longer than ``tok[i:]`` end ``tok`` ("Konrad|praising" holds
    "praising", so "Konradp|raising" is no split)?"""
    return any(zipf(tok[j:]) >= LONGER_TAIL_ZIPF for j in range(2, i))


#: ordinals and irregular pasts of four letters, after a listed or a Spanish name
#: ("more than Gironasecond in the table", "the region of Valparaísoleft at least 112 dead"):
#: of the unlisted capitalised tokens of the shared lines two end in one, a German
#: compound ("Kinderheld", after no listed name) and a join ("Marysecame")
_AFTER_NAME_SHORT = ORDINAL_WORDS | frozenset("""left held said told took gave came went made sent paid lost kept
knew grew fled flew sold""".split())


def name_then_present(tok: str) -> int | None:
    """Where a listed name glued to a present tense of five letters or more (or to an
    ordinal or a short past, :data:`_AFTER_NAME_SHORT`, as a Spanish name is too) splits
    ("Valenciacomes a week before", "Italyreceives support", "Bosniainsists"): no unlisted
    capitalised token of clean news, the MT outputs or the post-edits ends in one after a
    listed name (German genitives end in "-stands", "-falls" after pieces no list has:
    "Widerstands"; a present here is irregular or :func:`present_verb`'s, a verb's more
    than a plural noun's).

    >>> name_then_present("Valenciacomes"), name_then_present("Notstands")
    (8, None)
    """
    if not (tok[1:].islower() and tok.isalpha()):
        return None
    for i in range(4, len(tok) - 3):
        right = tok[i:]
        if ((len(right) >= 5 and (right in IRREGULAR_PRESENT or present_verb(right, min_len=5)) or right in _AFTER_NAME_SHORT)
                and (is_proper_noun(tok[:i]) or right in _AFTER_NAME_SHORT and SPANISH_NAME.fullmatch(tok[:i]))
                and not longer_word_ends(tok, i)):
            return i
    return None


#: the vowels before "-and" that end no name
_VOWELS = frozenset("aeiouyáéíóúäöüýàèìòùâêîôûãõ")
#: the shortest past tense (or other "-ed" word) that may end a capitalised token, and how
#: common it must be
_PAST_TAIL_MIN, _PAST_TAIL_ZIPF = 5, 2.0
#: past tenses in "-eed" (other "-eed" words are nouns that end compounds: "Multispeed")
_PASTS_IN_EED = frozenset("agreed freed decreed guaranteed disagreed refereed".split())
#: a common word before a participle heads at most this many listed compounds ("Locals" 0,
#: "Commission" 3; "Sports" 39: "Sportswashed")
_COMMON_HEADS_MAX = 5
#: the first parts of Arabic names, which run on into the rest ("Abdelsayed", "Benkhaled")
_NAME_PREFIXES = frozenset("abdel abdul abd ben bin ibn abu el al".split())


def capital_then_past(tok: str) -> int | None:
    """Where a capitalised word glued to a past tense of five letters or more splits
    ("Widodoinaugurated", "Solskyilamented", "Commissiontabled"): the longest such word
    that ends the token.  No unlisted capitalised token of clean news or of the MT
    outputs ends so but two (of 47,873: "Multispeed", "Heinfried"), which the "-eed"
    nouns and the "-fried" names leave out; a shorter past ("met", "led", "won") ends
    names ("Ahmet", "Tehran").  Nor when a prefix or a name would be a piece, a longer
    word ends the token, or an unknown piece comes before a tail of five letters.

    >>> capital_then_past("Widodoinaugurated"), capital_then_past("Heinfried"), capital_then_past("Disinformed")
    (6, None, None)
    """
    if not (tok[1:].islower() and tok.isalpha() and tok.endswith("ed")):
        return None
    for i in range(1, len(tok) - _PAST_TAIL_MIN + 1):
        right = tok[i:]
        if zipf(right) < LONGER_TAIL_ZIPF:
            continue
        if zipf(right) < _PAST_TAIL_ZIPF:
            return None   # a rare word ends the token ("Navy|recommissioned"): no sure split
        left = tok[:i]
        if right[0] == "s" and zipf(right[1:]) > zipf(right) + 1.0 and is_proper_noun(tok[:i + 1]):
            i, left, right = i + 1, tok[:i + 1], right[1:]   # "Ross|played", not "Ros|splayed"
        if (i < 3 or right.endswith(("eed", "fried")) and right not in _PASTS_IN_EED
                or left.lower() in PREFIXES or left.lower() in _NAME_PREFIXES or is_proper_noun(right.capitalize())
                or len(left) == 3 and not is_proper_noun(left) and zipf(left) < 3.5
                or len(right) == _PAST_TAIL_MIN and zipf(left) == 0.0 and not is_proper_noun(left)):
            return None   # a longer word ends the token ("Iem|bedded" holds "embedded", "Up|skilled"
            #               "skilled"); a prefix ("Dis|informed"); a name ("Alp|hamed", "Abdel|sayed");
            #               an unknown piece before a short tail ("Aerophou|rated")
        if zipf(left) >= 3.0 and not is_proper_noun(left) and not (
                heads(left.lower()) <= _COMMON_HEADS_MAX and NOT_A_COMPOUND_HEAD.search(left.lower())):
            return None   # a common word before a participle may make a compound ("Greenwashed",
            #               "Factchecked", "Fasttracked"); a plural or a derived noun that heads
            #               few listed compounds makes none ("Localsbemoaned", "Commissiontabled")
        return i
    return None


def vowel_and(tok: str) -> int | None:
    """Where a capitalised token that ends in a vowel and "-and" splits: no name ends so
    ("Navdeep Rinwaand special guest", "in Järvenpääand Nuppulinna"; of the capitalised
    tokens of the shared lines one does, itself a join, "Kotuand"; consonants do: "Roland",
    "Samarkand", "Vorstand"; and the Dutch months, "Kerstmaand").

    >>> vowel_and("Järvenpääand"), vowel_and("Samarkand"), vowel_and("Kerstmaand")
    (9, None, None)
    """
    if (tok[0].isupper() and tok.endswith("and") and len(tok) >= 7 and tok[-4] in _VOWELS and tok[1:].islower()
            and not tok.endswith("maand")):
        return len(tok) - 3
    return None
