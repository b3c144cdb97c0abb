"""Where a token with a capital inside splits: "ObradorWith", "IraqAfghanistan",
"the Secretary of EconomyRaquel", "officerGérald" (one capital after a lower-case letter).

Brands and code are written this way too ("PlayStation", "TowerGroup", "toString"), so
each rule names the evidence that tells a join from one, and the weaker shapes stay below
the safe bar.

>>> from mt_repair.units.join_context import PERMISSIVE
>>> from mt_repair.units.base import Doc
>>> camel_split("IraqAfghanistan", [4], Doc("in IraqAfghanistan and"), PERMISSIVE)
(4, 0.9, 'two names run together')
"""

from __future__ import annotations

import re

from ..evidence.lexicon import more_spanish, zipf
from ..evidence.proper_nouns import is_name_part, is_proper_noun, name_run_on_share
from ..evidence.punctuation import bigram_count, pair_count
from .base import Doc
from .join_checks import starts_listed_person, whole_word_positions
from .join_words import (
    CONNECTIVES, LEFT_FUNCTION, PREFIXES, POSSESSIVE, SENTENCE_OPENERS, OPENER_WORDS, CALENDAR,
    STRAY_CAPITALS, STRAY_NEXT, RELATIVE_CAPITALS, DETERMINERS, DISCOURSE, DISCOURSE_FOLLOWERS, GIVEN_NAME_SHARE,
)
from .join_context import ANY_TEXT, PERMISSIVE, PROBE, Why
from .join_split_words import _SPANISH_NAME

#: how often clean news writes the relative pronoun before the next word ("who had", "which is")
RELATIVE_NEXT_MIN = 5
#: particles of four letters or more that start surnames before a given name's spelling
#: ("FitzGerald"): no join of two names (the given-name rule takes no shorter left piece, so
#: "MacArthur", "VanDyke" stay anyway)
NAME_PARTICLES = frozenset("fitz della santa saint".split())
#: how often clean news writes the word before a capitalised token and its left piece side
#: by side for the left piece to end a name ("Los Angeles|County")
NAME_PAIR_MIN = 20
#: titles that open a person's name or position ("CongressPresident Obama", "NoginDirector of")
TITLE_HEADS = frozenset("""President Minister Secretary Senator Governor Mayor Director Chairman Chairwoman
Chairperson Chief Deputy Assistant Associate Professor Senior General Commissioner Ambassador Judge Justice
Prosecutor Spokesman Spokeswoman Spokesperson Speaker Leader Councillor Councilor Representative Undersecretary
Superintendent Inspector Captain Colonel Lieutenant Sergeant Admiral Bishop Cardinal Archbishop
Head Chair Executive Vice Acting Coach Manager Founder Editor""".split())
#: ... of which these end product names too ("PasswordManager Pro", "VideoEditor Pro",
#: "FitnessCoach Program", "MiamiVice"): only after a name, no common word, and before "of"
#: or another title ("Anna GlazovaHead of the Centre", "Han QideExecutive President")
_WEAK_TITLES = frozenset("Head Chair Executive Vice Acting Coach Manager Founder Editor".split())
#: words that name what a camel-case token beside them is in code: a method, a field, an
#: option ("call setState with", "the maxRetries option", "the onError callback")
CODE_CUES = frozenset("""call calls called method methods function functions parameter parameters
param params field fields option options property properties variable variables callback callbacks
handler handlers argument arguments attribute attributes class object event events flag flags
value values returns return hook hooks prop props component components module setting settings
endpoint key keys type types instance interface""".split())


def camel_split(tok, points, doc, ctx) -> tuple[int, float, str] | None:
    found = _camel_rules(tok, points, doc, ctx)
    if found is None and (ctx is PROBE or ctx is PERMISSIVE) and len(points) == 1 \
            and _two_title_words(tok[:points[0]], tok[points[0]:]):
        # only the word before the token can tell a name's end (_camel_rules: "Los
        # AngelesCounty"): the first passes keep the token, below the safe bar
        return points[0], 0.8, Why.NAME_END
    return found


def _camel_rules(tok, points, doc, ctx) -> tuple[int, float, str] | None:
    if len(points) != 1:
        return None
    i = points[0]
    left, right = tok[:i], tok[i:]
    if (len(left) < 3 and left not in LEFT_FUNCTION) or not (right[1:].islower() or right == "I"):
        return None
    if (len(left) >= 3 and left.isalpha() and left[1:].islower() and right[1:].islower()
            and starts_listed_person(right, None if ctx is PROBE or ctx is PERMISSIVE else ctx.next_word)):
        # "the president of ColombiaGustavo Petro", "López ObradorClaudia Sheinbaum": the
        # right piece and the next word start a person's name the knowledge base lists
        return i, 0.92, Why.LISTED_PERSON
    lz = zipf(left)
    # a known name (not a prefix, "PetroChina") before a capitalised word of 4+ letters
    # that does not repeat it (link residue: "ChinaChina")
    name_first = (left[0].isupper() and left[1:].islower() and len(left) >= 4 and len(right) >= 4
                  and is_proper_noun(left) and left.lower() not in PREFIXES
                  and not right.lower().startswith(left.lower()))
    if (name_first and len(left) + len(right) >= 9   # not two syllables of one name ("XiaoJing")
            and is_proper_noun(right) and not pair_count(left, right)):
        # two names run together ("IraqAfghanistan", "ReutersGoldman", "RegionOlga" no:
        # "region" is a common word); brands are mostly built from common words
        # ("TowerGroup", "EasyMoney"), and a pair seen written apart is handled below
        return i, 0.9, Why.TWO_NAMES
    if (right in RELATIVE_CAPITALS and len(left) >= 4 and left[0].isupper() and left[1:].islower()
            and (is_proper_noun(left) or is_name_part(left) or _SPANISH_NAME.fullmatch(left) or zipf(left) < 3.0
                 or left in doc.word_set)   # a name the text writes alone ("talks in Caracas ... CaracasWho")
            and (ctx is PROBE or ctx is PERMISSIVE or ctx.next_word[:1].islower()
                 and bigram_count(right.lower(), ctx.next_word) >= RELATIVE_NEXT_MIN)):
        # "the governors of TucumánWho had asked", "the SenateWhich has": a relative pronoun
        # whose capital a tag boundary left, after a name or a noun that ends names, before
        # a word that often follows the pronoun (brands put a common word before "Who":
        # "GuessWho is", "AskWho", "TheWho"; the text rarely writes that word alone, capitalised)
        return i, 0.9, Why.STRAY
    if (_SPANISH_NAME.fullmatch(left) and len(right) >= 3 and right[0].isupper() and right.isascii()
            and right not in SENTENCE_OPENERS and right not in STRAY_CAPITALS and right not in RELATIVE_CAPITALS):
        # "Luisa GonzálezCorrea's candidate": a word with a Spanish or Portuguese accent,
        # tilde or cedilla ends there, since those languages write no camel case (compound
        # names take a space or a hyphen: "García Márquez", "Sánchez-Cerén"); not before
        # an accented word, as brands do ("MásMóvil"), nor before an opener or a stray
        # capital, which the rules below read ("GonzálezThe", "GonzálezWith")
        return i, 0.9, Why.TWO_NAMES
    if name_first and zipf(right) == 0.0:
        # a known name before a capitalised word no list has: a given name and a surname
        # ("MichalHašek", "MarcelChládek"), or a place and a name ("TripoliFayez")
        return i, 0.9, Why.NAME_THEN_UNKNOWN
    if right in SENTENCE_OPENERS and len(left) >= 4 and left[1:].islower() \
            and left.lower() not in PREFIXES:
        # "SpyingThe", "GutachThis": a sentence or headline boundary lost with its period
        # or colon; brands end in a noun, not in a determiner or pronoun
        return i, 0.92, "a word glued to a word that opens sentences"
    if (right in STRAY_CAPITALS and len(left) >= 3 and left[1:].islower()
            and left.lower() not in PREFIXES and _stray_next(doc, tok, right)):
        # "ObradorWith several", "SenateWith the support": a tag boundary lost its space
        # and left the next word's capital
        return i, 0.9, Why.STRAY
    if (left[1:].islower() and right[1:].islower() and len(left) >= 4
            and (lz >= 3.0 or left[0].isupper() and left.lower() not in NAME_PARTICLES)
            and name_run_on_share(right) >= GIVEN_NAME_SHARE and name_run_on_share(left) < 0.6
            and left.lower() not in PREFIXES and (doc is ANY_TEXT or _followed_by_capital(doc, tok))):
        # a word or a name of four letters or more before a given name that runs on into
        # a surname ("the Ivanovo RegionOlga Khasbulatova", "Brigitte RansmannPetra
        # Gronemann"): a phrase or a name ended and a person's name began; brands do not
        # end in a given name (short common heads do: "AirMax", "SunJoe", "KeyShawn"), a
        # given name before one is a double given name ("MaryAnn Jones"), a particle
        # before one a surname ("FitzGerald", "MacArthur")
        return i, 0.9, "a word joined to a given name"
    if (right in TITLE_HEADS and left.istitle() and len(left) >= 4 and left.lower() not in PREFIXES
            and (doc is ANY_TEXT or ctx is PERMISSIVE or ctx.next_word == "of" or _followed_by_capital(doc, tok))
            and (right not in _WEAK_TITLES or ctx is PERMISSIVE or ctx is PROBE or (
                zipf(left) < 3.0 or is_proper_noun(left)) and (ctx.next_word == "of" or ctx.next_word in TITLE_HEADS))
            and not CODE_CUES.intersection((ctx.prev_word.lower(), ctx.next_word.lower()))):
        # "the US CongressPresident Obama", "Florin ConstantinescuSenator Sorin Lazar", "Yury
        # NoginDirector of": a title that opens a name or a position after a phrase ended
        # (brands end in a noun, not in a title before a capitalised word; a class name
        # does, before a word that names code: "a PlayableDirector Component")
        return i, 0.9, Why.TITLE
    if (left[1:].islower() and len(left) >= 4 and lz >= 3.5 and right[1:].islower() and len(right) >= 3
            and left.lower() not in PREFIXES and right.lower() not in PREFIXES
            and _followed_by_capital(doc, tok)
            and more_spanish(right) and not more_spanish(left)):
        # an English word, then a Spanish name or title that runs on ("the Secretary of
        # EconomyRaquel Buenrostro", "SportsFrente Amplio"): Spanish->English MT keeps the
        # source's names.  On 250,850 lines of clean news, WMT21/23 outputs and references
        # and MLQE-PE post-edits this shape occurs once, a join ("UniversityRector Jan")
        return i, 0.9, "a word joined to a Spanish name"
    if (_two_title_words(left, right) and ctx.prev_word[:1].isupper()
            and ctx.prev_word.lower() not in LEFT_FUNCTION and ctx.prev_word.lower() not in DETERMINERS
            and bigram_count(ctx.prev_word, left) >= NAME_PAIR_MIN):
        # the previous word and the left piece are a common pair, so the left piece ends
        # a name or a title and the right one begins the next ("Los AngelesCounty", "Prime
        # MinisterNawaz Sharif", "United StatesAustralia"); brands follow their owner, not
        # a word they complete ("the CzechTrade agency", "RP Data CoreLogic")
        return i, 0.9, Why.NAME_END
    if lz < 3.0 and not (left[0].islower() and len(left) >= 7 and lz >= 2.5 and is_proper_noun(right)) \
            or left.lower() in PREFIXES and not left[0].islower():
        return None   # (a rarer long word may run into a name: "wiretappingAmerican")
    if left[0].islower():
        if (right[1:].islower() and not ctx.next_capital and not is_proper_noun(POSSESSIVE.sub("", right))
                and right not in OPENER_WORDS and right not in STRAY_CAPITALS
                and right.lower() not in CONNECTIVES and right.lower() not in DISCOURSE_FOLLOWERS
                and right not in DISCOURSE and (
                    zipf(right) >= 4.0 and not is_name_part(right)
                    or CODE_CUES.intersection((ctx.prev_word.lower(), ctx.next_word.lower())))):
            # a common word capitalised that opens nothing, with no name running on: a
            # code identifier or a brand ("toString or", "onClick handlers", "myTaxi
            # app"), when the word is very common (Zipf >= 4: rarer ones are as often
            # names, "accountAmbrose") and starts no name, or a word beside it names
            # code ("call setState with", "the maxRetries option"); --all only.  Of
            # the 167 dev and test synthetic joins of this shape, 2 are so
            # ("match|Rocky evoked", "on|Studying")
            return i, 0.8, Why.CODE_SHAPED
        # "officerGérald", "resultGazprom", "typesI": brands rarely start lower-case
        # (those that do have a one-letter head, iPhone and eBay, or a short common
        # one and a short tail, easyJet and teamLab: --all only; "teamZubizarreta" is a join)
        if len(left) <= 4 and len(right) <= 4 and left not in LEFT_FUNCTION and right != "I":
            return i, 0.8, "a word glued to a capitalised word"
        return i, 0.92 if len(right) >= 3 or right == "I" else 0.7, "a word glued to a capitalised word"
    if len(left) < 4 or len(right) < 3:
        return None
    rz = zipf(right)
    nxt_cap = False
    if rz < 3.0:
        # an unknown right piece must look like the start of a name
        # (it stands alone elsewhere, or a capitalised word follows it)
        if right not in doc.word_set and not _followed_by_capital(doc, tok):
            return None
        nxt_cap = True
    if pair_count(left, right):
        return i, 0.92, "two words often seen side by side"  # "SouthAfrica", "WhiteHouse"
    if left in CALENDAR and rz >= 3.0:
        # "MondayRussian", "JulyEntertainment": a date ends a phrase
        return i, 0.9, "a day or month glued to a capitalised word"
    # brands are written this way too (TowerGroup, EasyMoney): not in safe mode, unless
    # one piece is a plural and a connective follows (merged_words._join_model_bar: "ShareholdersAngry at")
    conf = 0.8 if (rz >= 3.0 and lz >= 3.5) or nxt_cap else 0.7
    return i, conf, Why.CAMEL


def _stray_next(doc: Doc, tok: str, right: str) -> bool:
    """The word after ``tok`` opens a noun phrase (any lower-case word after "Also"), at
    every place ``tok`` stands in the text."""
    if doc is ANY_TEXT:
        return True   # the probe: some text may have such a word after it
    found = False
    for j in whole_word_positions(doc.text, tok):
        m = re.match(r" ([^\W\d_]+|\d+)", doc.text[j + len(tok):j + len(tok) + 40])
        nxt = m.group(1) if m else ""
        if not (nxt.islower() if right == "Also" else (nxt in STRAY_NEXT or nxt.isdigit())):
            return False
        found = True
    return found


def _followed_by_capital(doc: Doc, tok: str) -> bool:
    j = doc.text.find(tok)
    k = j + len(tok)
    return 0 <= j and k + 1 < len(doc.text) and doc.text[k] == " " and doc.text[k + 1].isupper()


def _two_title_words(left: str, right: str) -> bool:
    """Two capitalised words, the right one of three letters or more ("Angeles|County")."""
    return left[0].isupper() and left[1:].islower() and right[1:].islower() and len(right) >= 3
