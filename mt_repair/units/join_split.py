"""Where a merged token splits, and how sure that is: the shapes dispatched by
:func:`best_split` (digits, a sentence adverb, a possessive, camel case, an acronym, a
word glued to "I", one case run).

Returns ``(split index, confidence, reason)`` or None; below 0.7 only the join model may
act on a split, below 0.9 only ``--all``.

>>> from mt_repair.units.join_context import PERMISSIVE
>>> from mt_repair.units.base import Doc
>>> best_split("27and", Doc("on December 27and it"), PERMISSIVE)
(2, 0.95, 'number joined to the next word')
"""

from __future__ import annotations

import re

from ..evidence.lexicon import present_verb, zipf
from ..evidence.proper_nouns import is_proper_noun, name_run_on_share
from ..evidence.punctuation import pair_count
from .base import Doc
from .join_checks import camel_name_then_joiner, name_split_point, written_apart
from .join_words import (
    CONNECTIVES, DETERMINERS, LEFT_FUNCTION, NAME_JOINERS, RIGHT_BLOCK, NUMBER_SUFFIX, YEAR, POSSESSIVE_JOIN, MONTHS,
    ACRONYM_WORD, WORD_ACRONYM, TECH_TAILS, ORDINAL, SPLIT_SHAPES, SENTENCE_OPENERS, DISCOURSE_PREFIXES,
    DISCOURSE_FOLLOWERS, I_CONTRACTION, GIVEN_NAME_SHARE, IRREGULAR_PRESENT, past_form,
)
from .join_context import ANY_TEXT, PERMISSIVE, PROBE, JoinContext, Why
from .join_split_camel import CODE_CUES, camel_split
from .join_separators import has_finite_verb
from .join_split_words import article_reads_on, lower_split

#: adverb particles that may follow a year ("compared to 2011up to $395 billion")
PARTICLES = frozenset("up".split())

#: a word (three letters or more, ending in lower case), an acronym or a plural one, then a
#: title that opens a name ("FridayMr", "KGBMr", "MPsMr")
_TITLE_TAIL = re.compile(r"([^\W\d_]{2,}[a-z]|[A-Z]{2,}s?)(Mrs|Mr|Ms|Dr|Prof)$")
#: Czech and Slovak academic titles end so ("MUDr. Jan Novák", "PaedDr.")
_ACADEMIC_TITLES = frozenset("MUDr JUDr PhDr RNDr MVDr PaedDr PharmDr ThDr RSDr ICDr MDDr ThLic".split())
#: ... with the name after it: an optional period, a space and a capital
_NAME_AFTER_TITLE = re.compile(r"\.? ?[A-Z]")

#: how common a capitalised word glued to an acronym may be and still read as a name
#: ("Guadalupe" 2.9, "Alejandro" 3.3; not "Money" 5.6, "Connect" 4.4)
_NAME_ZIPF = (2.0, 3.5)

#: words that open a verb's object or complement after an acronym and its verb
_VERB_OBJECT_STARTS = frozenset("""to that the a an his her its their this these those as in on for with by
him them us it""".split())

#: units, currencies, time zones and eras written in capitals after a number ("2000MW",
#: "1999EUR", "1900GMT", "2000BC"): no acronym a year runs into
_UNIT_CODES = frozenset("""BC BCE CE AD BP MY MW GW KW TW MWH GWH KWH RPM GB MB TB KB PB EUR GBP USD CAD AUD
CHF JPY CNY INR BRL MXN RUB PHP SEK NOK DKK ZAR TRY COP ARS CLP PEN NZD SGD HKD KRW THB IDR MYR VND PLN CZK
HUF ILS AED SAR EGP NGN KES UTC GMT BST IST CET CEST EST EDT ET PT CT MT PST PDT CST CDT MST AEST EAT WAT CAT
JST KST HRS HR NM FPS LM VA HD MHZ GHZ KHZ HZ PSI DPI XL XXL MAH CC KM KG MM CM ML HP BHP MPH KMH DB MP MPX""".split())
#: words after which the capitals are a unit, a time zone or a model year, not an acronym that
#: opens the next phrase ("from 1900BP until", "by 1700ET on Friday", "2000PHP per day")
_NOT_AFTER_ACRONYM = frozenset("""on in at per until onwards by for from to of and or than before after""".split())

#: words before a glued "A" that make it the lower-case article ("withA new", "hasA new");
#: after a determiner (DETERMINERS) the token is a name: "the SerieA match"
_NOT_BEFORE_A = frozenset("""with has have had was were is are be been will would can could should may might
must does did do got gets became becomes like about""".split())
#: prepositions before a year ("In 2002", "since 2013", "of 2013")
_YEAR_PREPOSITIONS = frozenset("in since of until by from during after before".split())
#: a possessive ending, stripped to read a number glued to a name ("2008Europe's")
POSSESSIVE_TAIL = re.compile(r"['’]s$")

#: a decade's "s" or a unit that may precede a connective ("1990swhen", "100mwhile")
_UNITS = ("s", "km", "kg", "mm", "cm", "ml", "mph", "mw", "kw", "gw", "gb", "mb", "tb", "m")

#: a time of day's "am" or "pm", then a word ("9amand the")
_TIME_THEN_WORD = re.compile(r"([ap]m)([a-z]{3,})")


def best_split(tok: str, doc: Doc, ctx: "JoinContext") -> tuple[int, float, str] | None:
    shape = SPLIT_SHAPES.match(tok)
    if shape is None and tok[:1].isdigit() and POSSESSIVE_TAIL.search(tok):
        # "the crisis of 2008Europe's steel sector": the shape without the possessive
        shape = SPLIT_SHAPES.match(POSSESSIVE_TAIL.sub("", tok))
        if shape and not (shape.group(3)[0].isupper() and shape.group(3)[1:].islower() and len(shape.group(3)) >= 3
                          and not shape.group(1) and YEAR.fullmatch(shape.group(2))):
            shape = None   # (a year only: "51Talk's" is a brand, "May 3Apple's" a date before a name)
    if shape and shape.group(2):
        head, digits, tail = shape.groups()
        if (tail == "a" and not head and YEAR.fullmatch(digits)
                and (ctx is PERMISSIVE or ctx is PROBE or (
                    article_reads_on(ctx) or ctx.prev_word.lower() in _YEAR_PREPOSITIONS
                    and (ctx.next_word[:1].isdigit() or ctx.next_word.islower() and not (
                        past_form(ctx.next_word) or present_verb(ctx.next_word) or ctx.next_word.endswith("ly")))) and (
                    ctx.prev_word.islower() or ctx.prev_word in MONTHS or ctx.prev_word.lower() in LEFT_FUNCTION))):
            # "In 2011a suicide bomber", "on 22 May 2014a military coup", "In 2002a 22-year-old":
            # a year glued to the article before a word that often follows "a" (or any
            # lower-case word, no verb nor adverb, or number after a preposition that opens
            # a year: "published in 2009a found" cites a paper), after a
            # preposition, a month or a lower-case word ("Supernova 1987a", "Directive 2011a"
            # are names)
            return len(digits), 0.9, "a year joined to 'a'"
        if (not head and tail.isupper() and len(tail) >= 2 and zipf(tail) >= 2.5
                and (YEAR.fullmatch(digits) or ctx.prev_word in MONTHS) and not ctx.next_word[:1].isdigit()
                and tail not in _UNIT_CODES and tail.rstrip("S") not in _UNIT_CODES
                and zipf(tail.lower()) < 5.0 and ctx.next_word.lower() not in _NOT_AFTER_ACRONYM
                and (ctx is PROBE or ctx is PERMISSIVE or ctx.prev_word in MONTHS
                     or ctx.prev_word.lower() in _YEAR_PREPOSITIONS)):
            # "since March 2006BBC reports", "Since 2000IBM has sold": a year or a date,
            # after a preposition or a month, before a known acronym that is no unit, currency,
            # time zone or era ("in 2000BC", "of 2000MW", "at 1900GMT"; nor a model name
            # after a capitalised word: "Windows 2000XP")
            return len(digits), 0.9, "a year joined to an acronym"
        return _digit_split(tok, shape)
    if not tok.isalpha() and any(c.isdigit() for c in tok):
        return None
    if tok[0].isupper() and tok[1] == tok[0].lower() and zipf(tok[1:]) >= 3.0:
        return None  # "Aadvance": a doubled initial, not a join
    if tok[0].isupper() and ctx.sentence_start:
        for head in DISCOURSE_PREFIXES.get(tok[:3], ()) + DISCOURSE_PREFIXES.get(tok[:2], ()):
            rest = tok[len(head):]
            if not tok.startswith(head):
                continue
            if rest in DISCOURSE_FOLLOWERS and not ctx.next_capital:
                # "NoI was not", "Wellwhat can", "Soif you": a pronoun or a wh-word opens
                # the clause (not "Nowe Miasto", "SoHo")
                return len(head), 0.92, "a sentence adverb joined to the next word"
            if len(head) > 2 and (len(rest) >= 2 or rest == "a" and len(head) >= 5) and (
                    rest[0].isupper() and rest[1:].islower() or rest in CONNECTIVES
                    or len(head) >= 6 and (zipf(rest) >= 4.0 or rest.isupper() and rest.isalpha())):
                # "Howeveras", "InsteadBuffett", "HoweverCCTV": a sentence adverb opens the
                # sentence (not a five-letter one before a common word or an acronym:
                # "Stillfront", "Firstbus", "TodayFM")
                return len(head), 0.95, "a sentence adverb joined to the next word"
    m = POSSESSIVE_JOIN.match(tok)
    possessive = m and (m.group(2)[0].isupper() or zipf(m.group(2)) >= 3.5)
    if not any(c.isupper() for c in tok[1:]):
        # most tokens have no capital after the first letter, which every shape below
        # but the possessive needs: straight to the word splits
        return (len(m.group(1)), 0.95, Why.POSSESSIVE) if possessive else lower_split(tok, doc, ctx)
    head = camel_name_then_joiner(tok, doc.word_set)
    if head:
        # "LaLigawith", "YouTubewhich", "iPhoneand": a listed name written in camel case
        # (or one this text writes alone) glued to a connective; no brand ends so
        return len(head), 0.9, "a name joined to a connective"
    if possessive:
        # "Göller'ssuccessor", "Medvedev’swords", "Mexico'sForeign Minister": a possessive
        # never runs on into a word
        return len(m.group(1)), 0.95, Why.POSSESSIVE
    apart = name_split_point(tok)
    if apart and doc is not ANY_TEXT and not written_apart(tok, apart, doc):
        apart = 0   # (the probe asks only whether some text could write the name apart)
    if apart:
        # "the mayor of GuadalajaraPablo Lemus ... Pablo Lemus said": a name that this
        # text writes apart elsewhere, glued to the word or acronym before it
        return apart, 0.9, "a word joined to a name this text writes apart"
    m = _TITLE_TAIL.match(tok)
    if m and tok not in _ACADEMIC_TITLES and not (m.group(2) == "Ms" and m.group(1)[-1].isupper()) and (ctx is PROBE or ctx is PERMISSIVE or _NAME_AFTER_TITLE.match(ctx.after)):
        # "on FridayMr. Trump said", "the KGBMr Ivanov", "our ChairMr. Rumbolt": a word or
        # an acronym glued to the title before a name (not "Ms" after capitals: the plural
        # of an acronym, "LLMs Claude and Gemini", "CRMs HubSpot")
        return len(m.group(1)), 0.9, Why.HONORIFIC
    camel = [i for i in range(1, len(tok) - 1)
             if tok[i - 1].islower() and tok[i].isupper() and tok[i + 1].islower()]
    if camel:
        return camel_split(tok, camel, doc, ctx)
    m = ACRONYM_WORD.match(tok)
    if m:
        return _acronym_split(m, doc, ctx)
    if (len(tok) >= 4 and tok.endswith("A") and tok[:-1].isalpha() and tok[1:-1].islower()
            and (zipf(tok[:-1]) >= 3.5 or is_proper_noun(tok[:-1]))
            and tok[:-1].lower() not in LEFT_FUNCTION and tok[:-1].lower() not in _NOT_BEFORE_A
            and (ctx is PROBE or ctx is PERMISSIVE or article_reads_on(ctx)
                 and ctx.prev_word.lower() not in DETERMINERS
                 and (not ctx.prev_word or has_finite_verb(ctx.after.split(".")[0])))):
        # "signed in BrusselsA new chapter", "ReutersA new report": the article that opens
        # the next sentence, before a word that often follows "a" (not after a function
        # word, whose "a" is lower case, "withA new idea", nor after a determiner, where a
        # name or a label ends in "A": "the SerieA match", "a ProA club", "the teamA score";
        # after a word, the sentence it opens has a verb: "the top scorer in SerieA
        # history." has none; a label opens its line: "TenantA person who rents")
        return len(tok) - 1, 0.9, Why.ARTICLE_A
    if len(tok) >= 4 and tok.endswith("I") and (tok[:-1].islower() or tok[:-1].istitle()) \
            and zipf(tok[:-1]) >= (3.5 if len(tok) >= 5 else 4.5):
        return len(tok) - 1, 0.92, "a word glued to 'I'"  # "passedI", "oldI", "AgainI"
    m = WORD_ACRONYM.match(tok)
    if m and m.group(2) not in TECH_TAILS and (
            zipf(m.group(1)) >= (3.0 if len(m.group(1)) >= 4 else 5.0) or m.group(1) in LEFT_FUNCTION) and not (
            len(m.group(1)) <= 3 and CODE_CUES.intersection((ctx.prev_word.lower(), ctx.next_word.lower()))):
        # "alleysPKK", "wayEU", "ofUS": a lower-case word then capitals (brands start
        # lower-case only with one letter: iOS, eBay)
        return len(m.group(1)), 0.9, "a word glued to an acronym"
    m = I_CONTRACTION.match(tok)
    if m and (m.group(1).islower() or m.group(1).istitle()) and zipf(m.group(1)) >= 3.5:
        # "PresidentI'd", "approachesI've": no word or name runs on into "I'd"
        return len(m.group(1)), 0.92, "a word glued to 'I'"
    return None


#: auxiliaries and quantifiers that no brand glues to its capitals (not "can", "may":
#: "WPScan"), after an acronym a clause goes on
_ACRONYM_CLAUSE_TAILS = frozenset("""both also will would could should must might was were has have had does did
is are""".split())


def _acronym_split(m, doc: Doc, ctx: "JoinContext") -> tuple[int, float, str] | None:
    """"CNNquoting", "USAstill": capitals then a lower-case word (not "PDFs", "SQLite");
    "the INEGuadalupe Taddei": an acronym this text writes alone, glued to a given name or a
    word as rare as names are, before a surname, a capitalised word as rare (brands glue
    common words, "CNNMoney", and run on into common ones: "MITSloan Professor",
    "NTTDocomo Inc", "HBOMax Originals")."""
    head, tail = m.group(1), m.group(2)
    name = head[-1] + tail
    if (len(head) >= 3 and (doc is ANY_TEXT or head[:-1] in doc.word_set)
            and (ctx is PROBE or ctx is PERMISSIVE or ctx.next_capital and ctx.next_word[1:].islower()
                 and zipf(ctx.next_word) < _NAME_ZIPF[1])
            and (is_proper_noun(name) and name_run_on_share(name) >= GIVEN_NAME_SHARE
                 or _NAME_ZIPF[0] <= zipf(name) < _NAME_ZIPF[1])):
        return len(head) - 1, 0.9, "an acronym joined to a name"
    if len(head) >= 3 and head[-1] + tail in SENTENCE_OPENERS:
        # "CNNThe end": the last capital starts the next word ("CNN|The", not "CNNT|he")
        return len(head) - 1, 0.9, "an acronym joined to a word that opens sentences"
    speech = tail in ("said", "says", "told")
    if (len(head) >= 2 and (past_form(tail) and len(tail) >= 4 or present_verb(tail) or tail in IRREGULAR_PRESENT
                            or speech)
            and (ctx is PROBE or ctx is PERMISSIVE or ctx.next_word.lower() in _VERB_OBJECT_STARTS
                 or speech and ctx.next_capital)):
        # "The IOCintends to set up", "the SGPestimates that", "UEFAmade a report": an
        # acronym, the subject, before its verb and the verb's object (brands glue nouns:
        # "ETtoday", "JBpress")
        return len(head), 0.9, "an acronym joined to a verb"
    # brands and handles are written this way too (WPScan, ETtoday, JBpress): only a
    # clause word that no brand ends with is clear enough for safe mode (or an auxiliary or
    # a quantifier that opens the clause: "the SREboth officials", "NASAwill launch")
    if tail in NAME_JOINERS and len(tail) >= 3 and len(head) >= 3 or tail in _ACRONYM_CLAUSE_TAILS and len(head) >= 2:
        return len(head), 0.92, "an acronym joined to a connective"
    if (tail in CONNECTIVES and len(tail) >= 2) or len(tail) >= 4 and zipf(tail) >= 3.5 \
            and tail not in RIGHT_BLOCK:
        if len(tail) >= 3 and pair_count(head, tail):
            # clean news writes the two apart ("US government", "GM crops", "VAT plus"):
            # a phrase, where a brand glues a word no text puts after the acronym
            # ("ETtoday", "JBpress", "EUobserver")
            return len(head), 0.9, "an acronym joined to a word clean news writes after it"
        return len(head), 0.8, "an acronym joined to the next word"
    return None


def _ordinal_suffix(digits: str) -> str:
    """The suffix English writes after ``digits`` as an ordinal: "21" "st", "12" "th".

    >>> _ordinal_suffix("21"), _ordinal_suffix("12"), _ordinal_suffix("2010")
    ('st', 'th', 'th')
    """
    if digits[-2:-1] == "1":
        return "th"
    return {"1": "st", "2": "nd", "3": "rd"}.get(digits[-1], "th")


def _digit_split(tok, shape) -> tuple[int, float, str] | None:
    # "27and", "Forum24that": split after the digits when a connective follows
    head, digits, tail = shape.groups()
    if NUMBER_SUFFIX.fullmatch(digits + tail):
        return None
    ordinal = ORDINAL.match(digits + tail)
    if ordinal and not head and tail not in CONNECTIVES and ordinal.group(1) == _ordinal_suffix(digits):
        # "25thand", "10ththe": an ordinal joined to a connective (but "25the" is "25 the")
        rest = tail[len(ordinal.group(1)):]
        if rest in CONNECTIVES and len(rest) >= 2:
            return len(digits) + len(ordinal.group(1)), 0.95, "ordinal joined to the next word"
    unit = next((u for u in _UNITS if tail.startswith(u) and len(tail) - len(u) >= 2
                 and tail[len(u):] in CONNECTIVES and tail[len(u):] not in ("it", "its")), None) if not head else None
    if unit and (unit != "s" or digits.endswith("0") and tail not in CONNECTIVES):   # "2010|she"
        # "the 1990swhen", "the 70swhile", "the 100mwhile": a decade or an amount with its
        # unit glued to a connective (not "it": "100mbit", "10gbit" are units)
        return len(digits) + len(unit), 0.95, "a number and its unit joined to the next word"
    if not head and YEAR.fullmatch(digits) and tail.islower() and (
            tail in CONNECTIVES or tail in PARTICLES or len(tail) >= 3 and zipf(tail) >= 3.0):
        # "2011up to", "1987supervising": a year ends a phrase (units and suffixes,
        # "2000km", "1800ft", "1990s", "1600bc", are NUMBER_SUFFIX's, excluded above)
        return len(digits), 0.95 if tail in CONNECTIVES else 0.9, "a year joined to the next word"
    unit = _TIME_THEN_WORD.fullmatch(tail) if not head else None
    if unit and unit.group(2) in CONNECTIVES:
        # "9amand the", "10pmthe": a time of day glued to a connective
        return len(digits) + 2, 0.95, "a time of day joined to the next word"
    if tail[0].isupper() and len(tail) >= 3 and tail[1:].islower() and not head:
        # "27The", "In 2012Nigeria": a date ends a phrase; before other capitalised words
        # a number is as often a model name ("Boeing 737Classic", "Galaxy S23Ultra")
        conf = 0.9 if tail in SENTENCE_OPENERS or YEAR.fullmatch(digits) else 0.8
        return len(head) + len(digits), conf, "number joined to a capitalised word"
    if not tail.islower():
        return None
    if tail in CONNECTIVES and len(tail) >= 2 or (len(tail) >= 4 and zipf(tail) >= 4.5) or (
            not head and (len(tail) >= 3 and zipf(tail) >= 3.5 or len(tail) >= 6 and zipf(tail) >= 3.0)):
        i = len(head) + len(digits)
        # a pure number before a common word ("12months", "40refugees", "17billion") is
        # a lost space; after letters ("Forum24that") only a connective is clear
        return i, 0.95 if tail in CONNECTIVES else 0.9 if not head else 0.85, "number joined to the next word"
    return None
