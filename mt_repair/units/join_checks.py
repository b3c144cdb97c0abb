"""Small pure checks merged-words applies to a candidate join, each with its example.

>>> heads_no_compound("locations"), caption_residue("rightthumb"), inflects_a_word("withstands")
(True, True, True)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ..evidence.compounds import heads, singular_tails
from ..evidence.lexicon import vocabulary, zipf
from ..evidence.proper_nouns import is_proper_noun
from ..evidence.punctuation import comma_share
from .base import word_char
from .join_words import (
    CONNECTIVES, LEFT_FUNCTION, NOT_A_COMPOUND_HEAD, BAD_NEIGHBOURS, DETERMINERS, NAME_JOINERS,
)

#: place and brand parts that are also free-standing words: after a left piece that heads no
#: closed compound ("locations|more", "the|fire", "segments|some") they start the next word
FREE_TAILS = frozenset("""some more fire house line point way view side gate water light book
star bank rock garden park lake hill bridge stone well""".split())


def heads_no_compound(left: str) -> bool:
    """A left piece no closed compound starts with: a function word of three letters or more
    ("the|fire") or a long inflected or derived word ("segments|some", "locations|more").

    >>> heads_no_compound("the"), heads_no_compound("locations"), heads_no_compound("stone")
    (True, True, False)
    """
    ll = left.lower()
    return (ll in LEFT_FUNCTION and len(ll) >= 3 or
            len(ll) >= 6 and left.islower() and NOT_A_COMPOUND_HEAD.search(ll) is not None)


#: a left piece that starts at most this many listed compounds heads no compound with a
#: compounding tail either ("intentions|men", "asset|some", "community|based": 0 each;
#: "home" starts 118, "tall" 14)
STARTS_FEW = 2


def starts_no_compound(left: str, tail: str) -> bool:
    """A common lower-case word that starts (almost) no listed compound, before a common word
    that ends many ("asset|some", "gymnastics|based", "intentions|men"): a join, not
    "handmade" or "wholesome", which are listed anyway.

    >>> starts_no_compound("asset", "some"), starts_no_compound("tall", "made"), starts_no_compound("hand", "some")
    (True, False, False)
    """
    return (left.islower() and len(left) >= 4 and zipf(left) >= 4.0 and heads(left) <= STARTS_FEW
            and len(tail) >= 3 and zipf(tail) >= 4.0)


def name_then_clause(left: str, right: str, ctx) -> bool:
    """A known name before a verb form or a word that often follows a comma ("Germany|discussed",
    "Germany|adding"), not in a run of capitals: brands end in a noun ("Chinanews")."""
    if len(left) < 4 or not is_proper_noun(left) or ctx.next_capital or zipf(right) < 3.5:
        return False
    return (len(right) >= 5 and right.endswith(("ed", "ing"))) or (len(right) >= 4 and comma_share(right) >= 0.08)


def not_a_name_tail(right: str) -> bool:
    """A right piece that no brand or name ends with: a verb form ("assessed", "ensuring"),
    not a noun ("news", "card") nor an adverb ("Sandtogether" is an association)."""
    r = right.lower()
    return len(r) >= 5 and r.endswith(("ed", "ing")) and comma_share(r) >= 0.02


def ends_no_brand(right: str) -> bool:
    """A right piece that no brand or product name ends with: a function word, a past tense
    or an -ly adverb ("UN|and", "HIV|transferred", "SAP|completely"), not a noun ("JB|press",
    "ET|today") nor "can" ("WPS|can").

    >>> ends_no_brand("and"), ends_no_brand("transferred"), ends_no_brand("press"), ends_no_brand("can")
    (True, True, False, False)
    """
    r = right.lower()
    return (r in CONNECTIVES and r != "can" or r in QUANTIFIERS
            or len(r) >= 5 and r.endswith(("ed", "ly")) and zipf(r) >= 3.0)


#: numbers and quantifiers, which open a noun phrase and end no brand ("UN|five", "APTA|many";
#: not "one": "HTC One")
QUANTIFIERS = frozenset("two three four five six seven eight nine ten many most several some few both each every".split())


INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""),
               ("ing", "e"), ("ers", ""), ("er", ""), ("ly", ""))


def inflects_a_word(lw: str, min_zipf: float = 2.5) -> bool:
    """True if ``lw`` is an inflected or derived form of a listed word that is no function
    word: "withstands" (withstand), "middlegames" (middlegame), "reworded" (reword).

    >>> inflects_a_word("withstands"), inflects_a_word("trainswhich"), inflects_a_word("crimeand")
    (True, False, False)
    """
    vocab = vocabulary()
    for suffix, repl in INFLECTIONS:
        if lw.endswith(suffix) and len(lw) - len(suffix) >= 5:
            stem = lw[: len(lw) - len(suffix)] + repl
            if suffix == "d" and not stem.endswith("e"):
                continue   # "-d" inflects "-e" stems only ("baked"): "crimeand" is no form of "Crimean"
            if vocab.get(stem, 0.0) >= min_zipf and stem not in CONNECTIVES:
                return True
    return False


#: "as Maria had planned": a clause follows the name, so "as" is a conjunction, not "such as"
CLAUSE_AFTER_NAME = re.compile(r" [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* (?:[a-z]+ed|is|was|were|are|has|had|have|"
                               r"said|says|will|would|did|does|do|could|can|may|might|must|should)\b")
#: share of the comma's probability that goes to ", such as" when a plural meets "as" and a
#: name: clean news writes "<plural>, such as <Name>" 154 times, "<plural> as <Name>" 42
#: (and many of those are roles: "nominees as Supreme Court justices")
SUCH_SHARE = 0.6


def with_lost_such(cands: list[tuple[str, float]], left: str) -> list[tuple[str, float]]:
    """Add "<plural>, such as" to a join of a plural and "as" before a name: the join lost
    a short word with the comma ("Republicansas Texas" -> "Republicans, such as Texas").
    The candidates stay close, so the model (when loaded) makes the choice.

    >>> [c for c, _ in with_lost_such([("Republicans, as", 0.8), ("Republicans as", 0.2)], "Republicans")]
    ['Republicans, such as', 'Republicans, as', 'Republicans as']
    """
    comma = f"{left}, as"
    p = dict(cands).get(comma, 0.0)
    out = [(f"{left}, such as", p * SUCH_SHARE)]
    out += [(c, q * (1 - SUCH_SHARE) if c == comma else q) for c, q in cands]
    return sorted(out, key=lambda t: -t[1])


#: the keywords of wiki image captions ("thumb|right|upright"), which scraped text glues
#: together when the markup is stripped: residue, not a lost space between words
CAPTION_WORDS = ("thumbnail", "thumb", "upright", "right", "left", "miniature", "center", "centre",
                 "frameless", "frame", "border")
#: an image width in wiki markup ("285px"): caption residue is near
PX = re.compile(r"\d+px")


def caption_residue(lw: str) -> bool:
    """True if ``lw`` is two or more wiki caption keywords run together.

    >>> caption_residue("rightthumb"), caption_residue("leftminiature"), caption_residue("leftover")
    (True, True, False)
    """
    def parts(rest: str) -> int:
        if not rest:
            return 0
        for k in CAPTION_WORDS:
            if rest.startswith(k):
                n = parts(rest[len(k):])
                if n >= 0:
                    return n + 1
        return -1
    return parts(lw) >= 2


def one_hyphen_side(text: str, start: int, end: int) -> str:
    """'before' or 'after' if a hyphen joins ``text[start:end]`` to a word on that side only,
    with ordinary neighbours on the other; '' otherwise.

    >>> t = "its 10-yearbonds and troopspro-Russian"
    >>> one_hyphen_side(t, 7, 16), one_hyphen_side(t, 21, 30), one_hyphen_side(t, 0, 3)
    ('before', 'after', '')
    """
    before = start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum()
    after = text[end:end + 1] == "-" and text[end + 1:end + 2].isalnum()
    if before == after:
        return ""
    other = text[end:end + 1] if before else text[start - 1:start]
    if other and (other in BAD_NEIGHBOURS or other.isalnum()):
        return ""
    return "before" if before else "after"


def whole_word_positions(text: str, tok: str):
    """Start offsets of ``tok`` in ``text`` where it is a whole word (no letter, digit or
    underscore on either side), as ``(?<!\\w)tok(?!\\w)`` would find them."""
    n = len(tok)
    i = text.find(tok)
    while i >= 0:
        if not (i and word_char(text[i - 1])) and not (i + n < len(text) and word_char(text[i + n])):
            yield i
        i = text.find(tok, i + 1)


#: the longest token :func:`trie_pattern` is given: its nesting grows with the length of a
#: chain of tokens each a prefix of the next, and Python's regex parser recurses per level
TRIE_MAX_LEN = 100


def trie_pattern(toks: Iterable[str]) -> str:
    """One alternation for ``toks`` as a trie (shared first letters written once, longer
    tokens tried before their prefixes), so the scanner's work at a position is the length
    of what matches there, not the number of tokens.

    >>> trie_pattern(["trains", "train", "tram", "Obama"])
    'Obama|tra(?:in(?:s|)|m)'
    """
    groups: dict[str, list[str]] = {}
    ends = False
    for t in toks:
        if t:
            groups.setdefault(t[0], []).append(t[1:])
        else:
            ends = True
    alts = []
    for first, rests in sorted(groups.items()):
        head = re.escape(first)
        # (a run of single branches is one literal: "tra" above)
        while len(rests) > 1 and all(rests) and len({r[0] for r in rests}) == 1:
            head += re.escape(rests[0][0])
            rests = [r[1:] for r in rests]
        alts.append(head + re.escape(rests[0]) if len(rests) == 1 else f"{head}(?:{trie_pattern(rests)})")
    if ends:
        alts.append("")   # last: a token that ends here, after every longer one
    return "|".join(alts)


def whole_word_matches(text: str, toks: Iterable[str]) -> list[tuple[int, str]]:
    """Every (start, token) where one of ``toks`` stands in ``text`` as a whole word, sorted:
    what :func:`whole_word_positions` finds for each token, in one scan of the text (one
    alternation shaped as a trie, :func:`trie_pattern`: the scanner skips to the positions
    whose letter opens a token).  Tokens longer than :data:`TRIE_MAX_LEN` (a trie that deep
    would overflow the regex parser) are searched one by one; empty ones are ignored.

    >>> whole_word_matches("Obama’s trip; Obamas and Obama met", ["Obama", "Obama’s"])
    [(0, 'Obama'), (0, 'Obama’s'), (25, 'Obama')]
    """
    toks = {t for t in toks if t}
    if not toks:
        return []
    long = {t for t in toks if len(t) > TRIE_MAX_LEN}
    if long:
        toks -= long
        out = [(i, t) for t in long for i in whole_word_positions(text, t)]
        return sorted(out + whole_word_matches(text, toks)) if toks else sorted(out)
    pattern = re.compile(trie_pattern(toks))
    # a shorter token inside a longer one may stand whole where the longer did ("Obama" in
    # "Obama’s"): the alternation finds only the longer one there
    inside = {t: [t[:k] for k in range(1, len(t)) if t[:k] in toks] for t in toks}
    n = len(text)
    out = []
    m = pattern.search(text)
    while m:
        i, e = m.span()
        tok = m.group()
        if not (i and word_char(text[i - 1])):
            if not (e < n and word_char(text[e])):
                out.append((i, tok))
            for u in inside[tok]:
                f = i + len(u)
                if not (f < n and word_char(text[f])):
                    out.append((i, u))
        # on from the next character: a token may start inside this match ("she he he")
        m = pattern.search(text, i + 1)
    out.sort()
    return out


def few_compounds(left: str, right: str, prev_word: str, heads_max: int, tails_max: int) -> bool:
    """The left piece starts at most ``heads_max`` listed compounds and the right one ends at
    most ``tails_max`` (:mod:`mt_repair.evidence.compounds`), a plural tail counted as its
    singular ("seal|skins" as "skin": 25, "rice|dishes" as "dish": 17); and no determiner
    precedes (a determiner starts compounds too: "a desertwine").

    >>> few_compounds("bags", "money", "and", 15, 10), few_compounds("fork", "balls", "and", 15, 10)
    (True, False)
    """
    return (heads(left) <= heads_max and prev_word.lower() not in DETERMINERS
            and singular_tails(right) <= tails_max)


#: how common (Zipf) a camel-case name must be to split a connective off it ("LaLiga" 1.8)
CAMEL_NAME_MIN_ZIPF = 1.5
_JOINER_LONGEST = max(map(len, NAME_JOINERS))


def camel_name_then_joiner(tok: str, words) -> str:
    """The head of ``tok`` if it is a camel-case name then a connective of three letters or
    more ("LaLiga|with", "iPhone|and", "OpenAI|and"): the head is listed (Zipf >= 1.5) or in
    ``words`` (the text's words); or a well-known one then a two-letter word ("AstraZeneca|is");
    else "".  Acronyms are the acronym rule's ("NATOand").

    >>> camel_name_then_joiner("LaLigawith", set()), camel_name_then_joiner("LaLiga", set()), camel_name_then_joiner("TheLand", set())
    ('LaLiga', '', '')
    """
    if not tok[-1].islower() or not any(c.isupper() for c in tok[1:]):
        return ""
    for n in range(2, min(_JOINER_LONGEST, len(tok) - 4) + 1):
        head, tail = tok[:-n], tok[-n:]
        if head.isupper():
            continue
        if n == 2:
            if tail in _SHORT_JOINERS and head[-1].islower() and any(c.isupper() for c in head[1:]) \
                    and zipf(head) >= _CAMEL_SHORT_JOINER_ZIPF and not _PARTICLE_NAME.match(head):
                return head   # "AstraZeneca|is available": a well-known camel name, a short verb or preposition
            continue
        if (tail in NAME_JOINERS and (head[-1].islower() or head[-2:].isupper())   # not "TheL|and"
                and any(c.isupper() for c in head[1:])
                and (zipf(head) >= CAMEL_NAME_MIN_ZIPF or head in words)):
            return head
    return ""


#: two-letter words that a well-known camel-case name (Zipf _CAMEL_SHORT_JOINER_ZIPF or more:
#: "AstraZeneca" 2.4, "YouTube" 4.7) may be glued to: the name is listed whole, so the rest
#: is the next word, not a name's end ("AstraZeneca|is", not "Astra|Zenecais")
_SHORT_JOINERS = frozenset("is in on at to of as by or".split())
#: a surname's particle before its capital ("DiVerto", "McLean", "DeLuca"): the lower-cased
#: head may be a common word ("diver"), no camel-case brand
_PARTICLE_NAME = re.compile(r"(?:Di|De|Da|Du|Le|La|Mc|Mac|Van|Von|Del|Della|Fitz)[A-Z]")
_CAMEL_SHORT_JOINER_ZIPF = 2.0


#: a name written apart elsewhere is a listed name or rarer than this (Zipf): "Pablo" 3.8,
#: "Marko" 3.0; not "Bank", "Group" ("CaixaBank Group" beside "World Bank Group")
NAME_APART_MAX_ZIPF = 4.0
#: the word after a token ("GuadalajaraPablo| Lemus")
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def name_split_point(tok: str) -> int:
    """Where ``tok`` may split into a word or acronym and a capitalised name, by its shape
    alone: before its last capital, the head an acronym or a capitalised word of four
    letters or more (never "McAllister", "LaGuardia", "DeSantis"), the name a listed name or
    rare (not "CaixaBank|Group") and no repeat of the head ("ChinaChina"); 0 if nowhere.

    >>> name_split_point("GuadalajaraPablo"), name_split_point("PANMarko"), name_split_point("McAllister")
    (11, 3, 0)
    """
    i = next((i for i in range(len(tok) - 3, 1, -1) if tok[i].isupper()), 0)
    if not i or not tok[i + 1:].islower() or not tok[i - 1].isalpha():
        return 0
    left, right = tok[:i], tok[i:]
    if not (left.isupper() or len(left) >= 4 and left[0].isupper() and left[1:].islower()):
        return 0
    if right.lower().startswith(left.lower()) or not (is_proper_noun(right) or zipf(right) < NAME_APART_MAX_ZIPF):
        return 0
    return i


def written_apart(tok: str, i: int, doc) -> bool:
    """Does the text write the name ``tok[i:]``, with the capitalised word after ``tok``,
    elsewhere on its own, wherever ``tok`` stands ("the mayor of GuadalajaraPablo Lemus ...
    Pablo Lemus said")?  Never on a wiki caption line, which repeats its link text.

    >>> from .base import Doc
    >>> written_apart("GuadalajaraPablo", 11, Doc("in GuadalajaraPablo Lemus opened it. Pablo Lemus said"))
    True
    >>> written_apart("GuadalajaraPablo", 11, Doc("in GuadalajaraPablo Lemus opened it."))
    False
    """
    right = tok[i:]
    if right not in doc.word_set:
        return False   # (the cheap test first: the name stands alone nowhere)
    text = (doc.parent or doc).text
    found = False
    for j in whole_word_positions(doc.text, tok):
        m = _NEXT_WORD.match(doc.text, j + len(tok))
        if not (m and m.group(1)[0].isupper()) or PX.search(doc.text, *doc.line_bounds(j)):
            return False
        if not any(True for _ in whole_word_positions(text, f"{right} {m.group(1)}")):
            return False
        found = True
    return found


@lru_cache(maxsize=1)
def _person_starts() -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
    """The first two words of every name form of two words or more that the knowledge base
    lists for a person ("Gustavo Petro", "Andrés Manuel"), and their first words."""
    from ..knowledge.base import knowledge_base
    pairs = frozenset(tuple(e.term.split()[:2]) for e in knowledge_base().persons() if " " in e.term)
    return pairs, frozenset(a for a, _ in pairs)


def starts_listed_person(word: str, next_word: str | None) -> bool:
    """Do ``word`` and ``next_word`` start a person's name the knowledge base lists
    ("ColombiaGustavo Petro": Gustavo + Petro)?  ``next_word`` None: could any next word?

    >>> starts_listed_person("Gustavo", "Petro"), starts_listed_person("Gustavo", "Klimt")
    (True, False)
    """
    pairs, firsts = _person_starts()
    return word in firsts if next_word is None else (word, next_word) in pairs
