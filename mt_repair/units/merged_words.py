"""Merged words: a space (and often a comma) lost at an HTML tag boundary.

>>> from mt_repair.units.merged_words import MergedWords
>>> [f.suggestion for f in MergedWords()("on human mobilityparticularly for the")]
['mobility, particularly']
>>> [f.suggestion for f in MergedWords()("the reason towhich it was")]
['to which']
>>> MergedWords()("Tapachula, Sheinbaum and YouTube stay as they are.")
[]

How it decides.  Only a token that is unknown to the word-frequency list and does
not stand on its own elsewhere in the text is a candidate.  Every split point is
scored with the unigram model (Zipf frequency of the left piece plus that of the
right piece); names are allowed as the left piece when the right piece is a
connective ("Mayorkasand").  Prefixes ("anti|…"), suffix-like right pieces
("…|less", "…|ship") and place-name elements ("…|field") are never split off.  The
lost punctuation is then restored by :mod:`mt_repair.units.join_separators` (comma
statistics learned on clean text and a small model over the join's context).  Splits the rules are unsure of (two content
words, "snowseveral") are weighed by a small logistic model over the pieces and their
neighbours (:mod:`mt_repair.evidence.join_model`), whose thresholds were chosen on
held-out text to add at most 0.15 false splits per 1,000 clean sentences; it never lifts
a capitalised token into safe mode (names and brands: "Chinanews", "ETtoday").
"""

from __future__ import annotations

import collections
import re
from functools import lru_cache
from typing import Iterable

from ..edits import Finding
from ..evidence import join_model
from ..evidence.lexicon import more_spanish, vocabulary, zipf
from ..evidence.name_context import join_log_odds, reads_on_log_odds
from ..evidence.proper_nouns import (
    is_name_part, is_proper_noun, name_ending_count, name_run_on_share, ends_no_unlisted_name,
    names_ending_like,
)
from ..evidence.punctuation import bigram_count, comma_share, frequent_pairs, pair_count
from . import join_separators
from .base import WORD_RE, Doc, Unit, finding, last_sentence
from .join_checks import (
    FREE_TAILS, CLAUSE_AFTER_NAME, CAPTION_WORDS, PX, heads_no_compound,
    name_then_clause, not_a_name_tail, inflects_a_word, with_lost_such,
    caption_residue, one_hyphen_side, whole_word_positions, whole_word_matches, few_compounds, camel_name_then_joiner,
    name_split_point, written_apart, ends_no_brand,
    starts_no_compound,
)
from .join_words import (
    CONNECTIVES, LEFT_FUNCTION, NAME_JOINERS, AFTER_UNKNOWN_NAME, NAME_ENDINGS,
    PREFIXES, RIGHT_BLOCK, SUFFIXES, COMPOUND_TAILS, AGENT_TAILS, SENTENCE_HEADS, NUMBER_SUFFIX, YEAR, ROMAN,
    POSSESSIVE_JOIN, POSSESSIVE, CLITIC, NOT_A_COMPOUND_HEAD, ACRONYM_WORD,
    WORD_ACRONYM, TECH_TAILS, ORDINAL, SPLIT_SHAPES, BAD_NEIGHBOURS, MAY_END_CLAUSE,
    NEVER_FINAL, NAME_TAILS, SENTENCE_OPENERS, OPENER_WORDS, CALENDAR, WEEKDAYS, DISCOURSE_PREFIXES, STRAY_CAPITALS, STRAY_NEXT, LOWER_AFTER,
    PREV_PAIR_MIN, DETERMINERS, OBJECT_STARTS, IRREGULAR_PAST, AFTER_DETERMINER_P, AFTER_POSSESSIVE_P, CAPITAL_JOIN_P,
    ACRONYM_JOIN_P,
    SAFE_AFTER_NAME, AFTER_COMMON_NAME, READS_ON_AFTER_NAME, READS_ON_MIN, READS_ON_ZIPF,
    AFTER_PROPER_NOUN, NO_APOSTROPHE, PREPOSITIONS, JUNK_MAX, JUNK_RIGHT, JUNK_CAP_LEFT, JUNK_LEFT, RARE_JUNK_MAX,
    RARE_JUNK_LEFT, RARE_PAIR_MIN, RAREST_PAIR_MIN, RAREST_JUNK_MAX, RARE_WORDS, ARCHAIC, ARTICLES, ANY_ARTICLE,
    NOT_AFTER_ARTICLE,
    DISCOURSE, DISCOURSE_FOLLOWERS, I_CONTRACTION, ENGLISH_ENDINGS, GIVEN_NAME_SHARE, NAME_BREAK_WORDS, NAME_BREAK_MIN,
)

#: the reasons of the two name rules of _camel_split; a given name among them takes no comma
_TWO_NAMES = "two names run together"
_CAMEL = "a word glued to a capitalised word"
_NAME_THEN_UNKNOWN = "a name joined to an unknown name"
#: the reason of a capitalised function word split off ("ObradorWith several")
_STRAY = "a word glued to a capitalised function word"
_POSSESSIVE = "a possessive joined to the next word"
_CODE_SHAPED = "a word glued to a capitalised common word"
#: the reason of a name before a function word that no name ends in (see _name_break)
_NAME_BREAK = "a name joined to a function word that no name ends in"
_NAME_BREAK_LONGEST = max(map(len, NAME_BREAK_WORDS))
#: particles of four letters or more that start surnames before a given name's spelling
#: ("FitzGerald"): no join of two names (the given-name rule takes no shorter left piece, so
#: "MacArthur", "VanDyke" stay anyway)
NAME_PARTICLES = frozenset("fitz della santa saint".split())
#: verbs that take two objects: after them a name may be followed by a determiner ("gave
#: Brookson the ball"), so that evidence tells no join
DOUBLE_OBJECT_VERBS = frozenset("""give gives gave given giving tell tells told telling hand hands handed
offer offers offered send sends sent show shows showed shown lend lent owe owed pay pays paid teach
taught award awarded grant granted promise promised wish wished bring brought""".split())
#: how often clean news writes the word before a capitalised token and its left piece side
#: by side for the left piece to end a name ("Los Angeles|County")
NAME_PAIR_MIN = 20
#: reads_on_log_odds() needed to lift a capitalised token whose right piece reads on into
#: the next word (find())
READS_ON_NAME_ODDS = 1.0
#: the reason of a capitalised word that ends a name glued to the next one (_camel_split)
_NAME_END = "a name's last word joined to the next word"
#: the reason of a name before a function word that the next word continues (_reads_as_join)
_NAME_READS_ON = "a name joined to a function word that the next word continues"
#: join_log_odds() needed for _reads_as_join, when the left piece is a listed word or name
#: and when it is not (see its docstring for how they were chosen)
JOIN_ODDS_LISTED = -2.0
JOIN_ODDS_UNLISTED = 0.5
#: ... an unlisted left piece must end as at least this many listed names do (in its last
#: three letters: "Slavnov" as "Lavrov"; "Gonm|in the" ends as none)
NAMES_ENDING_LIKE_MIN = 2
#: the function words of NAME_BREAK_WORDS that may follow a name unknown to every list
#: (when the name-ending table vouches for the break and the next word reads on): on
#: 247,000 clean, train and MT lines no name is split before one, while "is", "in", "as",
#: "a", "are" cut dozens of foreign names ("Lapch|as", "Pakhr|in"); those of four letters
#: or more take a noun phrase, so a capital may follow them ("Alumina|with China's")
#: ("and" is not one: it ends names no list has, "Viljand", "Leixyrand", "Kaljurand", and
#: cut three in the MLQE-PE machine translations)
UNKNOWN_NAME_BREAK = frozenset("who which with that since but".split())
assert UNKNOWN_NAME_BREAK <= NAME_BREAK_WORDS   # _name_break only ever sees those
#: ... after a name of at least this many letters
UNKNOWN_NAME_MIN = 5
#: a three-letter piece of a liftable join must be at least this common (Zipf)
LIFT_SHORT_ZIPF = 5.5
#: two lower-case content words are a join, not an unlisted compound, when the right piece
#: ends at most this many listed compounds and the left starts at most that many
#: (:mod:`mt_repair.evidence.compounds`: "bags|money" 3 / 7, "fork|balls" 6 / 92, as "ball")
COMPOUND_TAILS_MAX = 10
COMPOUND_HEADS_MAX = 15
_FEW_COMPOUNDS = "two words that build few compounds"
#: nouns that name what a lower-case token may be the name of: a web site, an account, a
#: hashtag ("the stopcoronavirus website", "the account pagetravels")
NAME_CUES = frozenset("""website websites site portal account accounts handle username hashtag app
application channel blog podcast newsletter domain platform""".split())
#: words that name what a camel-case token beside them is in code: a method, a field, an
#: option ("call setState with", "the maxRetries option", "the onError callback")
CODE_CUES = frozenset("""call calls called method methods function functions parameter parameters
param params field fields option options property properties variable variables callback callbacks
handler handlers argument arguments attribute attributes class object event events flag flags
value values returns return hook hooks prop props component components module setting settings
endpoint key keys type types instance interface""".split())

#: words already found to be no candidate whatever the text (listed words, acronyms, short
#: ones): skipped with one set difference per text; bounded, cleared when large
_PLAIN_WORDS: set[str] = set()
#: words already found to split somewhere (they passed every word-only check): only whether
#: this text allows the split is asked again; bounded and cleared with _PLAIN_WORDS
_SPLITTABLE: set[str] = set()
#: words with no single split that three listed words make, with their two split points
#: ("theysaidthat": a one-word tag that lost the spaces on both sides); cleared with the others
_TRIPLES: dict[str, tuple[int, int]] = {}
#: triple_points() of the words asked so far (None: none), cleared with the others
_TRIPLE_POINTS: dict[str, tuple[int, int] | None] = {}
#: the three pieces of a triple: each a listed word this common, of three letters or more
#: (or a connective)
TRIPLE_PIECE_ZIPF = 3.5
_TRIPLE = "three words run together"


def triple_points(tok: str) -> tuple[int, int] | None:
    """Two split points that make ``tok`` three listed words, each of three letters or more
    (the middle one four or more) and Zipf >= :data:`TRIPLE_PIECE_ZIPF` (or a connective),
    the likeliest by their frequencies; None if there are none.  Lower-case alphabetic
    tokens of 10 to 30 letters only (short pieces and names make words: "pro|to|cluster",
    "Mar|than|dam").

    >>> triple_points("theysaidthat"), triple_points("protocluster"), triple_points("Marthandam")
    ((4, 8), None, None)
    """
    if not (10 <= len(tok) <= 30 and tok.isalpha() and tok.islower()):
        return None
    vocab = vocabulary()
    n = len(tok)

    def z(piece: str) -> float:
        if len(piece) < 3:
            return 0.0
        return max(vocab.get(piece, 0.0), TRIPLE_PIECE_ZIPF) if piece in CONNECTIVES else vocab.get(piece, 0.0)

    heads = [(i, z(tok[:i])) for i in range(2, n - 3)]
    heads = [(i, zi) for i, zi in heads if zi >= TRIPLE_PIECE_ZIPF]
    if not heads:
        return None
    tails = [(k, z(tok[k:])) for k in range(4, n - 1)]
    tails = [(k, zk) for k, zk in tails if zk >= TRIPLE_PIECE_ZIPF]
    best = None
    for i, zi in heads:
        for k, zk in tails:
            if k - i < 4:
                continue   # a middle piece of four letters or more ("pro|to|cluster", "net|her|beam" no)
            zm = z(tok[i:k])
            if zm >= TRIPLE_PIECE_ZIPF and (best is None or zi + zm + zk > best[0]):
                best = (zi + zm + zk, i, k)
    return None if best is None else (best[1], best[2])


def _triple(tok: str) -> tuple[int, int] | None:
    """:func:`triple_points`, remembered."""
    if tok not in _TRIPLE_POINTS:
        _TRIPLE_POINTS[tok] = triple_points(tok)
    return _TRIPLE_POINTS[tok]


class MergedWords(Unit):
    rule = "merged-words"
    summary = "two words run together where a space (and often a comma) was lost"

    def __init__(self, join_model: bool = True, collect: bool = False, separator_model: bool = True):
        #: weigh uncertain splits with the join model (:mod:`mt_repair.evidence.join_model`)
        self.join_model = join_model
        #: choose between comma and space with :mod:`mt_repair.evidence.separator_model`
        self.separator_model = separator_model
        #: yield every candidate, whatever its confidence, with its features (for training)
        self.collect = collect

    def find(self, doc: Doc) -> Iterable[Finding]:
        vocab = vocabulary()
        text = doc.text
        if "U." in text:
            yield from self._dotted_acronyms(doc)
        suspects = []
        words = doc.own_word_set
        if len(_PLAIN_WORDS) > 500_000 or len(_SPLITTABLE) > 100_000 or len(_TRIPLE_POINTS) > 100_000:
            _PLAIN_WORDS.clear()
            _SPLITTABLE.clear()
            _TRIPLES.clear()
            _TRIPLE_POINTS.clear()
        triples = []
        for w in words - _PLAIN_WORDS:       # set difference in C: most words were seen before
            if w not in _SPLITTABLE and w not in _TRIPLES and not self._learn(w, vocab):
                continue   # decided on the word alone: no candidate in any text
            if w in _TRIPLES:
                triples.append((w, _TRIPLES[w]))   # no single split in any text: maybe two
            elif self._best_split(w, doc, _PERMISSIVE) is not None:
                suspects.append(w)
            elif (points := _triple(w)) is not None:
                triples.append((w, points))   # no single split in this text ("onalert|and")
        repaired: list[tuple[int, int, str]] = []   # the sure joins found so far
        for f in self._triple_findings(doc, triples):
            repaired.append((f.start, f.end, f.candidates[0].text))
            yield f
        if not suspects:
            return
        # locate the few suspects in one scan; a match must stand as a whole word
        matches = whole_word_matches(text, suspects)
        if not matches:
            return
        if doc.parent is None:    # the text is the whole document: count what was found
            counts = collections.Counter(tok for _, tok in matches)
        else:
            counts = {tok: sum(1 for _ in whole_word_positions(doc.parent.text, tok)) for tok in suspects}
        match_at = dict(matches)
        for start, tok in matches:
            end = start + len(tok)
            # a lower-case token at one end of a hyphenated compound may still hold a join
            # on its far side ("10-year|bonds", "troops|pro-Russian"), never its near side
            hyphen = one_hyphen_side(text, start, end) if tok.islower() else (
                tok.istitle() and one_hyphen_side(text, start, end) == "before" and "before")
            # (a capitalised one only on its far side: "Sherwood-Randall|who", not "Kab-ul")
            # a number that ends a range or a score is no part of a compound ("20-25days",
            # "83-56on the opening day")
            span_end = tok[0].isdigit() and start >= 2 and text[start - 1] == "-" and text[start - 2].isdigit()
            if span_end:
                hyphen = ""
            if not hyphen and ((start > 0 and text[start - 1] in BAD_NEIGHBOURS and not span_end
                                and not (text[start - 1] == "$" and _AMOUNT.fullmatch(tok)))   # "$500million"
                               or _symbol_after(text, end)):
                continue
            if tok.endswith("in") and text[end:end + 1] in ("'", "’"):
                continue  # "a bootin'", "somethin'": a dropped g, not "boot in"
            if tok.islower() and any(c > "\x7f" and c.isalpha() for c in tok):
                continue  # "verkalýðshreyfingin": a foreign word left in the text, not "…hreyfing in"
            ctx = _Context.of(doc, start, end)
            following = match_at.get(end + 1)
            if following is not None and ctx.next_word == following:
                # the next word is a join too ("trainswhich haveimpacted"): read its first piece
                nxt = self._best_split(following, doc, _PERMISSIVE)
                if nxt is not None and nxt[1] >= 0.9:
                    ctx = _Context(following[:nxt[0]], ctx.sentence_start, ctx.clause_end, ctx.prev_word)
            best = self._best_split(tok, doc, ctx)
            if best is None or doc.protected(start, end):
                continue
            i, conf, why = best
            if conf >= 0.9 and not tok[i - 1].isdigit() and len(tok) - i > 1 and self._near_word(tok, i):
                conf -= 0.1  # as likely a typo of a real word as a join
            if ctx.next_word.lower() == tok[i:].lower():
                continue  # splitting would make a repeated word: "Mayorkasand and"
            left, right = tok[:i], tok[i:]
            if right == "in" and left.isdigit() and (ctx.prev_word.lower() in DETERMINERS or not (
                    ctx.next_word.lower() in OBJECT_STARTS or ctx.next_capital or ctx.next_word[:1].isdigit())):
                continue  # "a 15in screen", "a 65in Samsung TV": inches; "December 27in the north" is a join
            if right.lower() in ARTICLES and (ctx.clause_end or not ctx.next_word
                                              or ctx.next_word.lower() in NOT_AFTER_ARTICLE):
                continue  # an article ends no clause and precedes no function word: "goddess
                #           paida." and "into limbuan for" are foreign words, not "paid a"
            if counts[tok] > 1 and not (conf >= 0.97 and zipf(left) >= 3.0 or
                                        left.lower() in LEFT_FUNCTION and right.lower() in CONNECTIVES):
                continue  # an unknown word used repeatedly is a name or a term ("khuran" x7), unless
                #           a common word meets a connective ("trainswhich") or two function words do
            if why not in (_NAME_BREAK, _NAME_READS_ON) and self._implausible(tok, left, right, ctx, doc):
                continue
            if left.lower() in CAPTION_WORDS and PX.search(text, *doc.line_bounds(start)):
                continue  # "leftAssembly ... 2004285pxthumb": a wiki caption's markup residue
            cap_camel = tok[0].isupper() and any(c.isupper() for c in tok[1:])   # "BetaNews", "JBpress"
            if 0.7 <= conf < 0.9 and not cap_camel and why != _CODE_SHAPED and ctx.next_word and bigram_count(right, ctx.next_word) \
                    and (tok[0].islower() or ctx.sentence_start):
                # the right piece reads on into the next word ("groupresponsible for"): in
                # clean news no unlisted compound or brand did that (0 of 37,000 sentences);
                # a capitalised one mid-sentence may be a name ("read Chinanews and")
                conf = 0.9
                why += f"; '{right} {ctx.next_word}' is a common pair"
            elif (0.7 <= conf < 0.9 and tok[0].isupper() and tok[1:].islower() and not ctx.sentence_start
                  and ctx.next_word.isalpha() and ctx.next_word.islower() and bigram_count(right, ctx.next_word)
                  and reads_on_log_odds(right, ctx.next_word) >= READS_ON_NAME_ODDS
                  and not self._near_word(tok, i)):
                # a capitalised token whose right piece reads on into the next word far
                # better than a name would ("the Frenchchemical plant", "Keraladied in"):
                # brands are followed as names are ("Foodwatch is", "Chinanews and"); on
                # 292,414 clean, train and MT lines no unlisted capitalised token reads so
                conf = 0.9
                why += f"; '{right} {ctx.next_word}' reads on as no name does"
            elif (0.8 <= conf < 0.9 and tok.islower() and ctx.prev_word
                  and ctx.prev_word.lower() not in DETERMINERS
                  and bigram_count(ctx.prev_word, left) >= PREV_PAIR_MIN
                  and not self._near_word(tok)):
                # the left piece reads on from the previous word ("for themmost", "this
                # yeartests"): true of 48% of such joins on dev, of 4% of unlisted compounds
                conf = 0.9
                why += f"; '{ctx.prev_word} {left}' is a common pair"
            # the model stage may lift a lower-case finding below the safe bar; never a
            # capitalised one (names and brands: "DirectSound", "CongressCentrum"), one that
            # opens a sentence (markup residue: "leftthumb"), nor a two-letter piece ("it|an"),
            # nor a three-letter one that is no very common word ("yi ban|won": a romanised
            # name; the dev split's lifted three-letter pieces were now, too, say, got, him, bad)
            liftable = tok.islower() and not ctx.sentence_start and all(
                len(p) >= 4 or len(p) == 3 and zipf(p) >= LIFT_SHORT_ZIPF for p in (left, right))
            meta = {"liftable": True} if liftable else {}
            if conf < 0.9 and why != _CODE_SHAPED and (self.join_model or self.collect):
                feats = join_model.join_features(left, right, ctx.prev_word, ctx.next_word,
                                                 ctx.sentence_start, ctx.clause_end, conf)
                if self.collect:
                    meta["features"] = feats
                if self.join_model:
                    p = join_model.probability(feats)
                    safe_p, all_p = join_model.thresholds()
                    if tok[0].isupper() and not (tok[1:].islower() and (
                            not_a_name_tail(right) or name_then_clause(left, right, ctx))):
                        # names and brands are written this way too ("CzechTrade",
                        # "Chinanews", "ETtoday", "Sandtogether"): --all only, unless the
                        # right piece is a verb form that opens clauses, which ends no
                        # brand ("Julyprices" no, "Economyassessed" yes), or the join model
                        # is near certain and the right piece never continues a name
                        # ("Unionaims"; not "Chinanews": "China News", "Olympic Games")
                        safe_p = CAPITAL_JOIN_P if tok[1:].islower() and (
                            not is_name_part(right) or ctx.next_word[:1].islower()
                            and bigram_count(right, ctx.next_word) >= READS_ON_MIN) or (
                                # two capitalised words, one a plural, before a connective:
                                # brands rarely inflect a part ("ShareholdersAngry at",
                                # "BasketballHopes are"; not "HeadsTogether campaign"), unless
                                # a word beside it names a site or an app
                                why == _CAMEL and ctx.next_word.lower() in CONNECTIVES
                                and (_plural(left) or _plural(right))
                                and not NAME_CUES.intersection((ctx.prev_word.lower(), ctx.next_word.lower()))) else (
                            ACRONYM_JOIN_P if ACRONYM_WORD.match(tok) and ends_no_brand(right) else 2.0)
                    elif text[max(0, start - 3):start] in ("'s ", "’s "):
                        # "Hammadi's handletters": a possessive starts compounds and titles
                        safe_p = max(safe_p, AFTER_POSSESSIVE_P)
                    elif ctx.prev_word.lower() in DETERMINERS:
                        # "the wayleave": a determiner starts compounds too
                        safe_p = max(safe_p, AFTER_DETERMINER_P)
                    if p >= safe_p or (conf < 0.7 and p >= all_p):
                        conf = 0.9 if p >= safe_p else 0.75
                        why += f"; the join model gives {p:.3f}"
            if (conf >= 0.9 and tok.islower() and not any(
                    p in CONNECTIVES or p in JUNK_LEFT or p in JUNK_RIGHT for p in (left, right))
                    # (two content words: "the account wasblocked", "the channel willbroadcast" are joins)
                    and NAME_CUES.intersection((ctx.prev_word.lower(), ctx.next_word.lower()))):
                # "the stopcoronavirus website", "the Instagram account pagetravels": the
                # token names a site or an account; two content words there are --all only
                conf = 0.8
                meta.pop("liftable", None)   # nor may the model lift it
                why += f"; '{ctx.next_word if ctx.next_word.lower() in NAME_CUES else ctx.prev_word}' may introduce a name"
            if conf < 0.7 and not self.collect:
                continue  # short or rare pieces, mostly names ("Kab|ore"): never acted on
            if hyphen:
                outer = right if hyphen == "before" else left   # the piece outside the compound
                if conf < 0.8 or len(outer) < 3 or zipf(outer) < 3.5:
                    continue  # in a hyphenated compound only a clear join, with a common outer word
            # a capitalised function word or sentence opener is a stray capital unless a
            # sentence ends before it ("minister, also said"; "Senate. With the support";
            # "airport. He said", "airport, he said"); "I" keeps its capital
            stray = right in STRAY_CAPITALS or right != "I" and (
                right in SENTENCE_OPENERS or join_separators.opens_sentence(left, right))
            seps = join_separators.separators(
                left, right.lower() if right in STRAY_CAPITALS else right, ctx, doc, start + i, end,
                two_names=why.startswith((_TWO_NAMES, _NAME_THEN_UNKNOWN)),
                model=self.separator_model, meta=meta if self.collect else None,
                before=_repaired_before(doc, start + i, repaired))
            if right == "Also" and why == _STRAY:
                seps = [(" ", 0.85), (", ", 0.15)]   # "The ministerAlso said": no comma
            cands = [(f"{left}{sep}{right.lower() if stray and sep in LOWER_AFTER else right}", p)
                     for sep, p in seps]
            if (right == "as" and left[-1:] == "s" and left[:-1].isalpha() and ctx.next_capital
                    and not CLAUSE_AFTER_NAME.match(text, end)):
                cands = with_lost_such(cands, left)
            reason = f"'{tok}' is not a word; '{left}' + '{right}' are ({why})" + join_separators.uncertainty(seps)
            if conf >= 0.9:
                repaired.append((start, end, cands[0][0]))
            yield finding(self, start, end, tok, cands, conf, reason,
                          split=i, separator=seps[0][0], **meta)

    def _learn(self, w: str, vocab: dict[str, float]) -> bool:
        """Decide what ``w`` can be on the word alone, remember it in _PLAIN_WORDS (no
        candidate), _TRIPLES (no single split in any text, but three words: "theysaidthat")
        or _SPLITTABLE (some text may split it), and say whether it is no plain word."""
        if len(w) < 4 and not (len(w) == 3 and w[0].isdigit() and w[1:] in DIGIT_JOINERS):
            _PLAIN_WORDS.add(w)   # (but "3at": a digit glued to a connective)
            return False
        lw = w.lower()
        if "’" in lw:
            lw = lw.replace("’", "'")
        if w.isupper() and not any(c.isdigit() for c in w):
            _PLAIN_WORDS.add(w)
            return False
        z = vocab.get(lw)
        junk = z is not None and z <= JUNK_MAX and lw not in ARCHAIC and (
            self._junk(w, z) or z < 2.0 and w[:1].isdigit() and w[-1:].isalpha())  # "3and"
        if z is not None and (z > JUNK_MAX or lw in ARCHAIC or not (
                junk or z < 2.0 and not w.islower() and not w.istitle())):
            _PLAIN_WORDS.add(w)   # listed: a word, unless web junk ("inthe") or rare camel case ("SouthAfrica")
            return False
        # web junk is a join unless it inflects a common word: "withstands", not "Theon" + -ly
        if inflects_a_word(lw, 3.0 if junk else 2.5) or caption_residue(lw):
            _PLAIN_WORDS.add(w)   # "withstands": an unlisted form of a listed word; "rightthumb": markup
            return False
        # cheap first pass, permissive: is there any split point if every piece stood alone
        # in the text (a text only ever removes split points, so a word without one is no
        # candidate anywhere)?  Then find() asks again in each text.
        if self._best_split(w, _ANY_TEXT, _PROBE) is None:
            points = _triple(w)
            if points is None:
                _PLAIN_WORDS.add(w)
                return False
            _TRIPLES[w] = points   # no single split in any text: maybe two ("theysaidthat")
            return True
        _SPLITTABLE.add(w)
        return True

    def _triple_findings(self, doc: Doc, tokens: list[tuple[str, tuple[int, int]]]) -> Iterable[Finding]:
        """Three words run together where a one-word tag lost the spaces on both sides
        ("theysaidthat", "teamwhichhas"): each boundary must be a sure join on its own, read
        with the piece beyond it as its neighbour, and takes its own separator.  ``tokens``:
        (token, its two split points) pairs."""
        text = doc.text
        for tok, (i, k) in tokens:
            left, mid, right = tok[:i], tok[i:k], tok[k:]
            if zipf(left + mid) > 0.0 or zipf(mid + right) > 0.0:
                continue   # a listed word inside: "actors|sportspeople", not "sports|people"
            positions = list(whole_word_positions(text, tok))
            whole = doc.parent.text if doc.parent is not None else text
            if len(positions) != 1 or whole is not text and sum(1 for _ in whole_word_positions(whole, tok)) != 1:
                continue   # an unknown word used repeatedly is a name or a term
            start = positions[0]
            end = start + len(tok)
            if (start > 0 and text[start - 1] in BAD_NEIGHBOURS or _symbol_after(text, end)
                    or doc.protected(start, end)):
                continue   # (a file name: "theysaidthat.txt")
            ctx = _Context.of(doc, start, end)
            ctx_a = _Context(right, ctx.sentence_start, False, ctx.prev_word)
            ctx_b = _Context(ctx.next_word, False, ctx.clause_end, left)
            a = self._best_split(left + mid, doc, ctx_a)
            b = self._best_split(mid + right, doc, ctx_b)
            if a is None or b is None or a[0] != i or b[0] != len(mid) or min(a[1], b[1]) < 0.9:
                continue
            seps_a = join_separators.separators(left, mid, ctx_a, doc, start + i, start + k, model=self.separator_model)
            sa, pa = seps_a[0]
            before_b = last_sentence(doc.sentence_before(start) + left + sa + mid)
            seps_b = join_separators.separators(mid, right, ctx_b, doc, start + k, end, model=self.separator_model,
                                                before=before_b)
            sb, pb = seps_b[0]
            yield finding(self, start, end, tok, [(f"{left}{sa}{mid}{sb}{right}", pa * pb)], min(a[1], b[1]),
                          f"'{tok}' is not a word; '{left}' + '{mid}' + '{right}' are ({_TRIPLE})",
                          split=i, separator=sa)

    def _dotted_acronyms(self, doc: Doc) -> Iterable[Finding]:
        """A lower-case word of two letters or more glued to "U.S.", "U.K.", "U.N." or "E.U."
        that ends there ("this weekU.S. officials", "theU.S."; not "weekU.S.txt"): the word
        scanner stops at the periods, and no clean text (nor any WMT21/23 system output)
        writes a word so.  The separator is chosen as for any join."""
        text = doc.text
        for m in _DOTTED_GLUED.finditer(text):
            s = m.start()
            ws = s
            while ws > 0 and text[ws - 1].isalpha():
                ws -= 1
            word = text[ws:s]
            if (ws > 0 and not text[ws - 1].isspace()) or not word.islower() or zipf(word) < 3.0 \
                    or doc.protected(ws, m.end()):
                continue
            abbr = m.group()
            seps = join_separators.separators(word, abbr, _Context.of(doc, ws, m.end()), doc, s, m.end(),
                                              model=self.separator_model)
            yield finding(self, ws, m.end(), text[ws:m.end()], [(f"{word}{sep}{abbr}", p) for sep, p in seps],
                          0.9, f"'{word}' is glued to the abbreviation '{abbr}'" + join_separators.uncertainty(seps),
                          split=len(word), separator=seps[0][0])

    @staticmethod
    def _junk(w: str, z: float) -> bool:
        """A listed but rare token that splits into two far more common function words: the
        web repeats some joins often enough to get listed ("inthe", "isthat", "Thewhole")."""
        lw = w.lower()
        for i in range(2, len(lw) - 1):
            left, right = lw[:i], lw[i:]
            if left in JUNK_LEFT and right in JUNK_RIGHT and z < min(zipf(left), zipf(right)) - 3.0:
                # capitalised: only sentence-initial function words ("Thewas"), never names ("Hasan")
                return w[0].islower() or left in JUNK_CAP_LEFT and w[1:].islower()
        if z < RARE_JUNK_MAX and (w[0].islower() or w[1:].islower()):
            # rarer still: a function word glued to any common word ("thefirst", "toyour",
            # "Ithink", "willnot"); real words this rare and this shaped ("atone", "inlay",
            # "inset") are listed above 2.6
            for i in range(1, len(lw) - 1):
                if lw[:i] in RARE_JUNK_LEFT and zipf(lw[i:]) >= (5.0 if i == 1 else 4.0):
                    return True
            # or any two common words that clean news writes side by side at least 100
            # times ("accordingto", "ableto", "newsagency"): of the 119 listed tokens this
            # rare that split so, two are words ("seethe", "carryout"); 20 times for the rarest ("youneed")
            pair = frequent_pairs(RARE_PAIR_MIN if z >= RAREST_JUNK_MAX else RAREST_PAIR_MIN).get(lw)
            if pair and lw not in RARE_WORDS and min(zipf(pair[0]), zipf(pair[1])) >= 4.0:
                return True
        return False

    @staticmethod
    @lru_cache(maxsize=4096)
    def _near_word(tok: str, split: int = 0) -> bool:
        """True if one edit (drop, add, swap or change a letter) turns ``tok`` into a common
        word: "goas" (goals), "prostested" (protested) are typos, not joins.  With ``split``
        1 and an "I" first, the rest of the token is no such word: dropping the "I" of
        "Ifeel" leaves the other piece, which is the join, not a typo.

        >>> MergedWords._near_word("goas"), MergedWords._near_word("Ifeel", 1), MergedWords._near_word("Ifeel")
        (True, False, True)
        """
        w = tok.lower()
        # (only "I": dropping the "a" of "areplaced" leaves "replaced" too, yet "are placed"
        # is as likely; the "a" splits keep the typo check)
        pieces = (w[:split], w[split:]) if split == 1 and tok[0] == "I" else ()
        vocab = vocabulary()
        letters = "abcdefghijklmnopqrstuvwxyz"
        splits = [(w[:i], w[i:]) for i in range(len(w) + 1)]
        cands = [a + b[1:] for a, b in splits if b]
        cands += [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
        cands += [a + c + b[1:] for a, b in splits if b for c in letters]
        cands += [a + c + b for a, b in splits for c in letters]
        return any(vocab.get(c, 0.0) >= 3.5 for c in cands if c != w and c not in pieces)

    @staticmethod
    def _implausible(tok: str, left: str, right: str, ctx: "_Context", doc: Doc) -> bool:
        """Splits that real MT output and wiki text showed to be wrong (measured on WMT21/23
        system outputs and MLQE-PE, see BENCHMARKS.md "Real MT"):

        * a lower-case prefix glued to a capital lost a hyphen, not a space ("preIslamic");
        * a lower-case token starting a line or sentence and running into a capital is markup
          residue ("thumbAlfred");
        * a split whose left piece repeats the previous word ("an anhistorical");
        * a piece that is a contraction without its apostrophe ("youll|is"), or a
          preposition after a preposition that clean news never writes before it
          ("objects of in|identifier");
        * a name unknown to the word list before a short joiner that names end in
          ("Kaljur|and", "Sprengis|and", "Vilj|and"), or a rare lower-case stem before a
          two-letter word ("khur|an", "limbu|an", "georgios|on"): a name or a foreign word.
        """
        camel = tok[0].islower() and right[:1].isupper()
        ll, rl = left.lower(), right.lower()
        if camel and ((ll in PREFIXES and ll not in LEFT_FUNCTION) or ctx.sentence_start):
            return True
        if ctx.prev_word and ctx.prev_word.lower() == ll:
            return True
        if ll in NO_APOSTROPHE or rl in NO_APOSTROPHE:
            return True
        if ll in PREPOSITIONS and ctx.prev_word.lower() in PREPOSITIONS and not bigram_count(ctx.prev_word, ll):
            return True
        if any(c.isdigit() for c in tok):
            return False
        lz = zipf(left)
        if left[0].isupper() and lz == 0.0 and rl in NAME_TAILS and left not in doc.word_set:
            return True
        if left[0].islower() and lz < 3.0 and len(rl) <= 2 and left not in doc.word_set and not (
                len(left) >= 6 and lz >= 2.0 and ll.endswith(ENGLISH_ENDINGS)):
            return True   # (an English derived or inflected word is no foreign stem: "annulled|if")
        return False

    @staticmethod
    def _reads_on(left: str, right: str, lz: float, ctx: "_Context") -> bool:
        """A listed name before a short function word that reads on into the next word as a
        common pair: "Tony Blairhe was", "agency Reutersin the", "Sergei Lavrovto discuss"."""
        if not (right.lower() in READS_ON_AFTER_NAME and len(left) >= 4 and lz >= READS_ON_ZIPF
                and is_proper_noun(left)):
            return False
        if ctx is _PROBE or ctx is _PERMISSIVE:
            return True   # the first passes ask whether any text could allow the split
        return ctx.next_word[:1].islower() and bigram_count(right, ctx.next_word) >= READS_ON_MIN

    @staticmethod
    def _name_break(tok: str, left: str, right: str, doc: Doc, ctx: "_Context") -> bool:
        """A known word or name, then a function word that ends no name of clean news, that
        reads on into the next word: "John Anzrahhas been", "Ms Pawlbyand her sister",
        "Such cooperation, thinks Sellsis not", "Chelsealike the movement".  A name no list
        has (:data:`UNKNOWN_NAME_MIN` letters or more) qualifies only before one of :data:`UNKNOWN_NAME_BREAK`
        ("Cristina Nedelcuwho said"; "and" after a name with a Spanish accent or tilde:
        "Germán Umañaand the"), and before "with", "that", "since" or "which" the next
        word may be capitalised ("Aluminawith China's").

        No capitalised word of the clean news train split ends in the function word and the
        two letters before it (``name_endings.tsv``: "ahhas", "byand"; "Martin" has "rtin",
        so "Urquhartin" stays); the left piece has four letters or more (or is a very common
        word, Zipf >= 4.5: "Sea|he") and is a word (Zipf >= 3), a listed name or a word
        of this text (or, before those connectives, any name of :data:`UNKNOWN_NAME_MIN`
        letters or more); the next word follows the function word in clean news at least
        :data:`NAME_BREAK_MIN` times and is lower case but for those four connectives (names
        run on into capitals: "Yufuin Town", "Luckin Coffee").  A weekday before an article
        needs neither the table nor the next word's count ("Wednesday|an AFP journalist").
        On 128,747 held-out news lines, WMT references and system outputs the rule without
        the unlisted names fired once, on a real join ("House of Lightfor patients"); with
        them no new finding appears on 247,000 clean, train and MT lines.
        """
        if not (len(left) >= 4 or zipf(left) >= 4.5) or (
                name_ending_count(tok, len(right)) and not (left in WEEKDAYS and right in ANY_ARTICLE)):
            return False   # (a weekday before an article ends no name: "Wednesday|an", not "Dayan")
        if not (zipf(left) >= 3.0 or is_proper_noun(left) or left in doc.word_set
                or right in UNKNOWN_NAME_BREAK and left[1:].islower() and left.isalpha()
                and len(left) >= UNKNOWN_NAME_MIN
                or right == "and" and _SPANISH_NAME.fullmatch(left)):
            return False
        if ctx is _PROBE or ctx is _PERMISSIVE:
            return True   # the first passes ask whether any text could allow the split
        nxt = POSSESSIVE.sub("", ctx.next_word)
        if left in WEEKDAYS and right in ANY_ARTICLE and nxt:
            return True   # "on Wednesdayan AFP journalist": the day ended a phrase, a noun phrase began
        return (nxt[:1].islower() or right in UNKNOWN_NAME_BREAK and len(right) >= 4) \
            and bigram_count(right, nxt) >= NAME_BREAK_MIN

    @staticmethod
    def _reads_as_join(tok: str, left: str, right: str, ctx: "_Context") -> bool:
        """A capitalised token that the next word reads better as a name glued to a function
        word than as a name (:func:`mt_repair.evidence.name_context.join_log_odds`):
        "Leroy Hansfordhis wife", "According to Borschevin the current", "Goldman Sachshas
        been"; not "Khusiram Pakhrin at", "Father Jusevas was" (nor, the counts being thin,
        "Sergei Slavnovand actor").

        The left piece has four letters or more; the next word is a lower-case word.  A
        listed word or name as the left piece needs odds of :data:`JOIN_ODDS_LISTED`, an
        unlisted one :data:`JOIN_ODDS_UNLISTED`, and never before "a" (names end in -a:
        "Heffa serious", "Tikua place"); an unlisted one must also end as names do
        (:func:`~mt_repair.evidence.proper_nouns.names_ending_like`: "Fastl|and the",
        "Gonm|in the" are names of wiki text).
        Chosen on joins injected into the train split of clean news against every such
        token of the clean, train and MT text but the held-out test lines.
        """
        if not (len(left) >= 4 and tok.isalpha() and tok[1:].islower()):
            return False
        listed = zipf(left) >= 3.0 or is_proper_noun(left)
        if not listed and (right == "a" or names_ending_like(left) < NAMES_ENDING_LIKE_MIN):
            return False
        if ctx is _PROBE or ctx is _PERMISSIVE:
            return True   # the first passes ask whether any text could allow the split
        nxt = ctx.next_word
        if ctx.prev_word.lower() in DOUBLE_OBJECT_VERBS and nxt.lower() in DETERMINERS:
            return False   # "gave Brookson the ball": the name's own object, not "Brooks|on the"
        return bool(nxt) and nxt.isalpha() and nxt.islower() and join_log_odds(right, nxt) >= (
            JOIN_ODDS_LISTED if listed else JOIN_ODDS_UNLISTED)

    # ------------------------------------------------------------------ scoring
    def _best_split(self, tok: str, doc: Doc, ctx: "_Context") -> tuple[int, float, str] | None:
        shape = SPLIT_SHAPES.match(tok)
        if shape and shape.group(2):
            return self._digit_split(tok, shape)
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
                        or len(head) >= 6 and zipf(rest) >= 4.0):
                    # "Howeveras", "InsteadBuffett": a sentence adverb opens the sentence
                    # (not a five-letter one before a common word: "Stillfront", "Firstbus")
                    return len(head), 0.95, "a sentence adverb joined to the next word"
        m = POSSESSIVE_JOIN.match(tok)
        possessive = m and (m.group(2)[0].isupper() or zipf(m.group(2)) >= 3.5)
        if not any(c.isupper() for c in tok[1:]):
            # most tokens have no capital after the first letter, which every shape below
            # but the possessive needs: straight to the word splits
            return (len(m.group(1)), 0.95, _POSSESSIVE) if possessive else self._lower_split(tok, doc, ctx)
        head = camel_name_then_joiner(tok, doc.word_set)
        if head:
            # "LaLigawith", "YouTubewhich", "iPhoneand": a listed name written in camel case
            # (or one this text writes alone) glued to a connective; no brand ends so
            return len(head), 0.9, "a name joined to a connective"
        if possessive:
            # "Göller'ssuccessor", "Medvedev’swords", "Mexico'sForeign Minister": a possessive
            # never runs on into a word
            return len(m.group(1)), 0.95, _POSSESSIVE
        apart = name_split_point(tok)
        if apart and doc is not _ANY_TEXT and not written_apart(tok, apart, doc):
            apart = 0   # (the probe asks only whether some text could write the name apart)
        if apart:
            # "the mayor of GuadalajaraPablo Lemus ... Pablo Lemus said": a name that this
            # text writes apart elsewhere, glued to the word or acronym before it
            return apart, 0.9, "a word joined to a name this text writes apart"
        camel = [i for i in range(1, len(tok) - 1)
                 if tok[i - 1].islower() and tok[i].isupper() and tok[i + 1].islower()]
        if camel:
            return self._camel_split(tok, camel, doc, ctx)
        m = ACRONYM_WORD.match(tok)
        if m:
            return self._acronym_split(m)
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

    @staticmethod
    def _acronym_split(m) -> tuple[int, float, str] | None:
        """"CNNquoting", "USAstill": capitals then a lower-case word (not "PDFs", "SQLite")."""
        head, tail = m.group(1), m.group(2)
        if len(head) >= 3 and head[-1] + tail in SENTENCE_OPENERS:
            # "CNNThe end": the last capital starts the next word ("CNN|The", not "CNNT|he")
            return len(head) - 1, 0.9, "an acronym joined to a word that opens sentences"
        # brands and handles are written this way too (WPScan, ETtoday, JBpress): only a
        # clause word that no brand ends with is clear enough for safe mode
        if tail in NAME_JOINERS and len(tail) >= 3 and len(head) >= 3:
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

    def _digit_split(self, tok, shape) -> tuple[int, float, str] | None:
        # "27and", "Forum24that": split after the digits when a connective follows
        head, digits, tail = shape.groups()
        if NUMBER_SUFFIX.fullmatch(digits + tail):
            return None
        ordinal = ORDINAL.match(digits + tail)
        if ordinal and not head and tail not in CONNECTIVES:
            # "25thand", "10ththe": an ordinal joined to a connective (but "25the" is "25 the")
            rest = tail[len(ordinal.group(1)):]
            if rest in CONNECTIVES and len(rest) >= 2:
                return len(digits) + len(ordinal.group(1)), 0.95, "ordinal joined to the next word"
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

    def _camel_split(self, tok, points, doc, ctx) -> tuple[int, float, str] | None:
        found = self._camel_rules(tok, points, doc, ctx)
        if found is None and (ctx is _PROBE or ctx is _PERMISSIVE) and len(points) == 1 \
                and _two_title_words(tok[:points[0]], tok[points[0]:]):
            # only the word before the token can tell a name's end (_camel_rules: "Los
            # AngelesCounty"): the first passes keep the token, below the safe bar
            return points[0], 0.8, _NAME_END
        return found

    def _camel_rules(self, tok, points, doc, ctx) -> tuple[int, float, str] | None:
        if len(points) != 1:
            return None
        i = points[0]
        left, right = tok[:i], tok[i:]
        if (len(left) < 3 and left not in LEFT_FUNCTION) or not (right[1:].islower() or right == "I"):
            return None
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
            return i, 0.9, _TWO_NAMES
        if name_first and zipf(right) == 0.0:
            # a known name before a capitalised word no list has: a given name and a surname
            # ("MichalHašek", "MarcelChládek"), or a place and a name ("TripoliFayez")
            return i, 0.9, _NAME_THEN_UNKNOWN
        if right in SENTENCE_OPENERS and len(left) >= 4 and left[1:].islower() \
                and left.lower() not in PREFIXES:
            # "SpyingThe", "GutachThis": a sentence or headline boundary lost with its period
            # or colon; brands end in a noun, not in a determiner or pronoun
            return i, 0.92, "a word glued to a word that opens sentences"
        if (right in STRAY_CAPITALS and len(left) >= 3 and left[1:].islower()
                and left.lower() not in PREFIXES and self._stray_next(doc, tok, right)):
            # "ObradorWith several", "SenateWith the support": a tag boundary lost its space
            # and left the next word's capital
            return i, 0.9, _STRAY
        if (left[1:].islower() and right[1:].islower() and len(left) >= 4
                and (lz >= 3.0 or left[0].isupper() and left.lower() not in NAME_PARTICLES)
                and name_run_on_share(right) >= GIVEN_NAME_SHARE and name_run_on_share(left) < 0.6
                and left.lower() not in PREFIXES and (doc is _ANY_TEXT or self._followed_by_capital(doc, tok))):
            # a word or a name of four letters or more before a given name that runs on into
            # a surname ("the Ivanovo RegionOlga Khasbulatova", "Brigitte RansmannPetra
            # Gronemann"): a phrase or a name ended and a person's name began; brands do not
            # end in a given name (short common heads do: "AirMax", "SunJoe", "KeyShawn"), a
            # given name before one is a double given name ("MaryAnn Jones"), a particle
            # before one a surname ("FitzGerald", "MacArthur")
            return i, 0.9, "a word joined to a given name"
        if (left[1:].islower() and len(left) >= 4 and lz >= 3.5 and right[1:].islower() and len(right) >= 3
                and left.lower() not in PREFIXES and right.lower() not in PREFIXES
                and self._followed_by_capital(doc, tok)
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
            return i, 0.9, _NAME_END
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
                return i, 0.8, _CODE_SHAPED
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
            if right not in doc.word_set and not self._followed_by_capital(doc, tok):
                return None
            nxt_cap = True
        if pair_count(left, right):
            return i, 0.92, "two words often seen side by side"  # "SouthAfrica", "WhiteHouse"
        if left in CALENDAR and rz >= 3.0:
            # "MondayRussian", "JulyEntertainment": a date ends a phrase
            return i, 0.9, "a day or month glued to a capitalised word"
        # brands are written this way too (TowerGroup, EasyMoney): not in safe mode, unless
        # one piece is a plural and a connective follows (find(): "ShareholdersAngry at")
        conf = 0.8 if (rz >= 3.0 and lz >= 3.5) or nxt_cap else 0.7
        return i, conf, _CAMEL

    @staticmethod
    def _stray_next(doc: Doc, tok: str, right: str) -> bool:
        """The word after ``tok`` opens a noun phrase (any lower-case word after "Also"), at
        every place ``tok`` stands in the text."""
        if doc is _ANY_TEXT:
            return True   # the probe: some text may have such a word after it
        found = False
        for j in whole_word_positions(doc.text, tok):
            m = re.match(r" ([^\W\d_]+|\d+)", doc.text[j + len(tok):j + len(tok) + 40])
            nxt = m.group(1) if m else ""
            if not (nxt.islower() if right == "Also" else (nxt in STRAY_NEXT or nxt.isdigit())):
                return False
            found = True
        return found

    @staticmethod
    def _followed_by_capital(doc: Doc, tok: str) -> bool:
        j = doc.text.find(tok)
        k = j + len(tok)
        return 0 <= j and k + 1 < len(doc.text) and doc.text[k] == " " and doc.text[k + 1].isupper()

    @staticmethod
    def _opens_clause(right: str, ctx: "_Context") -> bool:
        """Is ``right`` (an -ed, -ing or irregular past form) a verb that opens a clause here?

        One that clean news often writes after a comma, or a past tense that takes an object
        ("Gálvez|criticized the measure": the comma counts are too thin for many verbs,
        "criticized" 1.4%; "Sheinbaum|held a meeting"), a preposition after a verb clean news
        never makes passive ("Clinton|declined to", not "the Guard|established in"), or a name
        ("Sheinbaum|received Justin Trudeau", a past tense of six letters or more: no name
        ends so; the separator keeps the counts' choice there, as inverted speech takes a
        name too: "the Economy, assessed Lindsey Piegza").
        """
        nxt = ctx.next_word
        if ctx.next_capital:
            return len(right) >= 6 and right.endswith("ed") and nxt[1:].islower() and nxt not in CALENDAR
        if len(right) >= 5 and right.endswith(("ed", "ing")) and comma_share(right) >= 0.03:
            return True
        if not (len(right) >= 5 and right.endswith("ed") or len(right) >= 4 and right in IRREGULAR_PAST):
            return False
        return (ctx is _PROBE or ctx is _PERMISSIVE or nxt.lower() in OBJECT_STARTS
                or nxt in PREPOSITIONS and join_separators.never_passive(right))

    def _lower_split(self, tok, doc, ctx) -> tuple[int, float, str] | None:
        found = self._word_split(tok, doc, ctx)
        if tok[0].isupper():
            # the longest function word first ("Anzrah|has", not "Anzrahh|as"); a split the
            # word rules are as sure of stays theirs, with their confidence if higher
            # ("Light|for": 0.97).  The reason is this rule's: its evidence outweighs the
            # veto of names ending in "-and" or "-as" (_implausible: "Pawlby|and her")
            for i in range(max(2, len(tok) - _NAME_BREAK_LONGEST), len(tok)):
                if tok[i:] not in NAME_BREAK_WORDS:
                    continue
                left, right = tok[:i], tok[i:]
                why = _NAME_BREAK if self._name_break(tok, left, right, doc, ctx) else (
                    _NAME_READS_ON if self._reads_as_join(tok, left, right, ctx) else None)
                if why is not None:
                    if found is not None and found[0] != i and found[1] >= 0.9:
                        return found
                    same = found is not None and found[0] == i
                    return i, max(0.9, found[1]) if same else 0.9, why
        return found

    def _word_split(self, tok, doc, ctx) -> tuple[int, float, str] | None:
        capital = tok[0].isupper()
        options = []
        tok_lower = tok.lower()
        if tok[0] == "I" and tok[1:].islower() and zipf(tok[1:]) >= 4.0 and len(tok) >= 4 \
                and not _other_pair_seen(tok):
            # "Ihave", "Isee", "Itold"; not when clean news writes another split of the token
            # apart and never "I" + the rest ("Inearly": "in early", never "I nearly")
            return 1, 0.9, "'I' joined to the next word"
        if (tok[0] in "aA" and (len(tok) >= 6 or len(tok) == 5 and zipf(tok[1:]) >= 4.5)
                and tok[1] not in "aeiou" and tok[1:].islower()
                and zipf(tok[1:]) >= 3.5 and (tok[0] == "a" or ctx.sentence_start)
                and tok[1:].lower() not in LEFT_FUNCTION and tok[1:].lower() not in CONNECTIVES):
            # "aprovider", "Adramatic": the article before a consonant-initial word (never
            # before a function word: "athis" is "at his")
            return 1, 0.92 if zipf(tok[1:]) >= 4.0 else 0.85, "'a' joined to the next word"
        if tok.endswith("a") and len(tok) >= 5 and tok.islower() and zipf(tok[:-1]) >= (
                4.0 if len(tok) < 8 or ctx.next_capital or not ctx.next_word else 3.0):
            # "viewa", "montha": a word glued to the article (not capitalised: names end in
            # -a, "Solda", "Minea"); a longer, rarer word only before a lower-case word
            # ("neurologya physician", "footpatha press")
            return len(tok) - 1, 0.9, "a word joined to 'a'"
        vocab = vocabulary()
        folded = tok_lower.replace("\u2019", "'")   # zipf()'s key, sliced
        if len(folded) != len(tok):   # "İ" lowers to two characters: slice the token instead
            folded = None
        for i in range(2, len(tok) - 1):
            right = tok[i:]
            connective = right in CONNECTIVES
            rz = vocab.get(folded[i:], 0.0) if folded is not None else zipf(right)
            if rz < 3.0 and not connective and not (
                    rz >= 2.5 and not capital and right.endswith("ing") and len(tok) - i >= 7 and i >= 4
                    and (vocab.get(folded[:i], 0.0) if folded is not None else zipf(tok[:i])) >= 3.5):
                continue   # (the cheapest test first: most split points fail it; a rarer
                #            -ing form after a common word is no compound tail: "parliament|garnering")
            left = tok[:i]
            ll = left.lower()
            stem = POSSESSIVE.sub("", right)            # "Partner|ship's" is "-ship" too
            if (stem in SUFFIXES or ROMAN.fullmatch(stem) or capital and stem in RIGHT_BLOCK
                    or (stem in COMPOUND_TAILS or stem in RIGHT_BLOCK) and (
                        capital or len(left) < 6 or zipf(left) < 4.5)
                    and not (stem in FREE_TAILS and heads_no_compound(left) or starts_no_compound(left, stem))
                    or stem in AGENT_TAILS and ll not in LEFT_FUNCTION and not heads_no_compound(left)
                    or right.lower() == left.lower()):
                continue  # suffix-like tails; place/brand parts of names; agent nouns
                #           ("councilwoman's", "recordman"); reduplicated names ("Juanjuan")
            if connective and not ctx.next_word and (ctx.clause_end or capital) and (
                    capital and right not in MAY_END_CLAUSE or right in NEVER_FINAL):
                continue  # a connective never ends a clause: "Robertas." is a name ("Açıkgözsaid," is not)
            lz = vocab.get(folded[:i], 0.0) if folded is not None else zipf(left)
            name_verb = (capital and len(left) >= 4 and left[1:].islower() and rz >= 3.5
                         and (right.endswith("ed") or right in IRREGULAR_PAST
                              or right.endswith("ing") and len(right) >= 5)
                         and self._opens_clause(right, ctx)
                         and not _longer_word_ends(tok, i))
            if name_verb and lz < 3.5 and (is_proper_noun(left) or (
                    ctx.prev_word[:1].isupper() and name_run_on_share(ctx.prev_word) >= GIVEN_NAME_SHARE)):
                # a listed name, or a surname after a given name ("Luis Caputoassured"),
                # before a verb that opens clauses ("Petroassured"): the name is too rare a
                # word for the two-content-words case below
                return i, 0.9, "a name joined to a verb that opens a clause"
            if ll in PREFIXES and not connective and ll not in LEFT_FUNCTION:
                continue
            function_left = ll in LEFT_FUNCTION and len(right) >= 3 and (
                (rz >= 3.5 or rz >= 3.0 and len(right) >= 6) if not capital
                else rz >= 4.0 and ctx.sentence_start and ll in SENTENCE_HEADS)  # not "Hegang", "Alljobs"
            in_text = left in doc.word_set   # the left piece stands alone elsewhere in the text
            if lz < 2.0:
                # (a name the text writes alone too is no less a name: "Folha de Pernambuco ...
                # consulted by Folhaexpect the rate")
                if capital and (right in NAME_JOINERS or connective and len(right) >= 6) and len(left) >= 4:
                    lz = 1.0  # a name before a connective: "Mayorkasand", "Gálvezduring"
                elif name_verb:
                    # a name before a verb that opens clauses ("Albayrakcommented",
                    # "Bárcenaconfirmed"): 1 unlisted name in 108,552 clean sentences ends so
                    return i, 0.9, "a name joined to a verb that opens a clause"
                elif (capital and right in AFTER_UNKNOWN_NAME and len(left) >= 4 and left[1:].islower()
                      and not ctx.next_capital):
                    # "Michele Carrubadirector of", "Maria Sebregondithen a consultant": no
                    # unlisted capitalised token in 91,352 clean sentences ends in one of these
                    return i, 0.9, "a name joined to the word after it"
                elif (capital and len(left) >= 4 and left[1:].islower() and ends_no_unlisted_name(right)
                      and not is_name_part(right) and not ctx.next_capital and (ctx is _PERMISSIVE or ctx.next_word and bigram_count(
                          right, ctx.next_word) >= NAME_BREAK_MIN)
                      and not _longer_word_ends(tok, i)):
                    # "Chhatisgarhadjacent to", "Khericiviewers will": a common word that ends no
                    # unlisted capitalised token of clean news and continues no name ("world",
                    # "group", "board": "Kinderworld in Berlin"), reading on into the next word
                    # (and no longer word ends the token: "Konrad|praising", not "Konradp|raising")
                    return i, 0.9, "a name joined to a word no unlisted name ends in"
                elif not in_text:
                    continue  # unknown or junk left piece ("responsi|be")
            if in_text:
                lz = max(lz, 2.5)
            if capital and len(left) <= 2 and (ll not in LEFT_FUNCTION or not ctx.sentence_start):
                continue  # "Recan", "Hegang": a name, not "Re can"
            if (len(left) <= 2 and lz < 5.0 or len(left) == 3 and lz < 4.0 and not (
                        not capital and lz >= 3.0 and right in LONG_JOINERS)    # "axe|and it"
                    or not capital and lz < (2.0 if connective else 3.0) and not in_text):
                continue  # "a|bout", "hou|should": rare or junk left pieces
            # a listed name, a preposition, a capital: a place ("Maduroin Caracas", "Paulsonof Chelmsford")
            placed = (capital and ctx.next_capital and (right in join_separators.PLACE_PREPOSITIONS or right == "of")
                      and len(left) >= 4
                      and is_proper_noun(left) and not name_ending_count(tok, len(right)))
            if capital and ctx.next_capital and lz < 3.0 and not (
                    right == "the" and zipf(ctx.next_word) >= 4.5 or right == "and" and len(left) >= 4
                    or placed):
                continue  # "Phoolchand Kujur": an unknown name runs on ("Jinpingthe President" does not)
            reads_on = capital and (placed or self._reads_on(left, right, lz, ctx))
            if capital and lz < 3.5 and connective and right not in NAME_JOINERS and len(right) < 6 \
                    and not reads_on:
                continue  # names end in -over, -had, -is: "Sassover", "Ploshad" (not in -particularly)
            if capital and len(right) <= 2 and not (
                    right in SAFE_AFTER_NAME and lz >= 3.5
                    or right in AFTER_PROPER_NOUN and len(left) >= 4 and (
                        is_proper_noun(left) or left[1:].islower() and doc is not _ANY_TEXT
                        and left in doc.word_set)   # a name this text writes alone ("Paulson|of")
                    or right == "as" and lz >= 4.0 and left.endswith("s")
                    or right in AFTER_COMMON_NAME and lz >= 4.5 and len(left) >= 5 and not ctx.next_capital
                    or reads_on):
                continue  # names end in -as, -or, -on, -in, -to ("Robertas", "Hotto"); "Republicansas" is plural
            if capital and tok_lower.endswith(NAME_ENDINGS) and any(
                    tok_lower.endswith(e) and len(e) > len(right) for e in NAME_ENDINGS):
                continue  # "Grönl|and", "Dal|her": the split cuts a name ending
            clitic = CLITIC.search(left) is not None and rz >= 3.0   # "Dick'sstory", "he'dlike"
            score = lz + rz
            options.append((score, i, lz, rz, connective or function_left or clitic))
        if not options:
            return None
        if ctx is _PROBE:
            return options[0][1], 1.0, "probe"   # only "is there any split?" was asked
        options.sort(reverse=True)
        score, i, lz, rz, connective = options[0]
        if connective and zipf(tok[:i]) < 2.0:
            # "Milenioalthough": the chosen left piece is no word; a longer connective that
            # holds the chosen one wins ("Milenio|although", not "Milenioal|though"; but
            # "cells|he", not "cell|she")
            for alt in options[1:]:
                j = alt[1]
                if j < i and alt[4] and tok[j:].lower() in CONNECTIVES and alt[2] >= lz:
                    score, i, lz, rz, connective = alt
                    break
        left, right = tok[:i], tok[i:]
        margin = score - options[1][0] if len(options) > 1 else 9.0
        why = "a word joined to a connective" if connective else "two known words joined"
        if connective and len(left) == 2 and right not in CONNECTIVES and len(tok) <= 7 \
                and not pair_count(left, right):
            # a two-letter function word before a short content word makes short tokens
            # that are as often foreign words or MT garbage ("sobun", "orcakes"): --all only
            conf = 0.85
        elif connective and lz >= 2.0:
            conf = 0.97
        elif connective:
            conf = 0.9
        elif pair_count(left, right):
            # the two words are often seen side by side in clean text; a capitalised token
            # mid-sentence may still be a brand ("Alljobs", "Chinanews")
            conf = 0.92 if not capital or ctx.sentence_start and not ctx.next_capital else 0.85
            why = "two words often seen side by side"
        elif (not capital and len(left) >= 6 and NOT_A_COMPOUND_HEAD.search(left) and len(right) >= 4
              and min(lz, rz) >= 3.3 and lz + rz >= 7.0 and (len(right) >= 5 or rz >= 4.0)):
            # English closed compounds start with a short base noun ("seal|skins",
            # "wind|wheel"); a derived or inflected left piece ("traditional|candidates",
            # "administration|adds", "zones|adapting") does not start one
            conf = 0.9
            why = "a derived or inflected word joined to the next"
        elif capital and left in CALENDAR and len(right) >= 4 and rz >= 3.5:
            # "Julyprices", "Februarysinger", "Mondaymorning": a date ends a phrase; a name or
            # brand that starts with a month or day is listed ("Mayfield", "Sundance")
            conf = 0.9
            why = "a day or month glued to the next word"
        elif (min(len(left), len(right)) >= 4 or min(len(left), len(right)) == 3 and min(lz, rz) >= 4.5 and not capital) \
                and lz >= 3.5 and rz >= 3.5 and lz + rz >= 8.0:
            # two content words: a join ("groupresponsible") or an unlisted compound
            # ("sealskins", "Starlife").  Lower-case compounds missing from a 321k-word
            # list are rare (1 in 7,000 dev sentences); capitalised ones are brands.  A
            # right piece that often starts a clause ("arguing", "admits") is no compound tail.
            if comma_share(right) >= 0.10:
                conf = 0.9 if capital else 0.92
                why = "a word joined to one that starts clauses"
            elif not capital and few_compounds(left, right, ctx.prev_word, COMPOUND_HEADS_MAX, COMPOUND_TAILS_MAX):
                conf = 0.9
                why = _FEW_COMPOUNDS
            else:
                conf = 0.8 if capital else 0.85
        else:
            conf = 0.5  # short or rare pieces: mostly names ("Kab|ore"); never acted on
        if margin < 0.5:
            conf -= 0.15
        return i, conf, why   # below 0.7 only the join model may act on it


def _repaired_before(doc: Doc, pos: int, repaired: list[tuple[int, int, str]]) -> str | None:
    """The sentence before ``pos`` with the sure joins found earlier in it repaired ("In
    Marseillethe mayor Benoît Payan|asked" reads "In Marseille, the mayor Benoît Payan"), so
    that the separator sees the clause it stands in; None when there is none to repair.

    >>> d = Doc("In Marseillethe mayor Benoît Payanasked the State")
    >>> _repaired_before(d, 34, [(3, 15, "Marseille, the")])
    'In Marseille, the mayor Benoît Payan'
    """
    if not repaired:
        return None
    before = doc.sentence_before(pos)
    begin = pos - len(before)
    inside = sorted((s, e, r) for s, e, r in repaired if s >= begin and e <= pos)
    if not inside:
        return None
    for s, e, r in reversed(inside):
        before = before[:s - begin] + r + before[e - begin:]
    return last_sentence(before)   # a repair may end a sentence: "investigators. He"


_BAD_AFTER = BAD_NEIGHBOURS - {"."}


def _symbol_after(text: str, end: int) -> bool:
    """Does a symbol glue the token ending at ``end`` to what follows ("trainswhich-based",
    "theysaidthat.txt"; a sentence's period is no such symbol)?"""
    return end < len(text) and (text[end] in _BAD_AFTER or text[end] == "." and text[end + 1:end + 2].isalnum())


def _plural(word: str) -> bool:
    """A regular plural of a listed word ("Shareholders", "Hopes"; not "Glass", "News")."""
    w = word.lower()
    return (len(w) >= 5 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ws"))
            and zipf(w[:-1]) >= 3.5 and zipf(w) >= 3.0)


def _two_title_words(left: str, right: str) -> bool:
    """Two capitalised words, the right one of three letters or more ("Angeles|County")."""
    return left[0].isupper() and left[1:].islower() and right[1:].islower() and len(right) >= 3


def _other_pair_seen(tok: str) -> bool:
    """Does clean news write ``tok`` apart at a split point other than after its first
    letter, and never after it?  "Inearly": "in early" 39 times, "I nearly" never; "Itold":
    "I told" 20 times.

    >>> _other_pair_seen("Inearly"), _other_pair_seen("Itold"), _other_pair_seen("Isaid")
    (True, False, False)
    """
    return not pair_count(tok[:1], tok[1:]) and any(pair_count(tok[:j], tok[j:]) for j in range(2, len(tok) - 1))


def _longer_word_ends(tok: str, i: int) -> bool:
    """Does a listed word longer than ``tok[i:]`` end ``tok`` ("Konrad|praising" holds
    "praising", so "Konradp|raising" is no split)?"""
    return any(zipf(tok[j:]) > 0.0 for j in range(2, i))


class _Context:
    """Around a token: the next word (if a space, maybe an opening quote, and a word
    follow), its case, whether the token starts a sentence, and whether it ends a clause
    (sentence punctuation, or the end of the text, right after it)."""

    __slots__ = ("next_word", "next_capital", "sentence_start", "clause_end", "prev_word")

    def __init__(self, next_word: str, sentence_start: bool = True, clause_end: bool = False,
                 prev_word: str = ""):
        self.prev_word = prev_word
        self.next_word = next_word
        self.next_capital = bool(next_word) and next_word[0].isupper()
        self.sentence_start = sentence_start
        self.clause_end = clause_end

    @classmethod
    def of(cls, doc: Doc, start: int, end: int) -> "_Context":
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
        return cls(nxt, doc.at_sentence_start(start), clause_end, prev)


_OPENERS = "\"“‘'(["
_LAST_WORD = re.compile(r"[^\W_]+$")


class _AnyWords:
    def __contains__(self, word) -> bool:
        return True


class _AnyText:
    """Stands for a text in which every word stands alone: the most permissive evidence."""
    word_set = _AnyWords()
    text = ""


_ANY_TEXT = _AnyText()
#: a capitalised word with a Spanish accent or tilde that ends as Spanish words do (a vowel,
#: n, s, r, l, z): Spanish->English MT keeps such names, and no Spanish word ends in "-and",
#: so "Germán Umañaand the ambassador" is a join ("Viljand", "Leixyrand" have no accent)
_SPANISH_NAME = re.compile(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]*[áéíóúñ][a-záéíóúñü]*[aeiouáéíóúnsrlz]")
#: a dotted abbreviation glued to the word before it ("weekU.S."): the literal comes first
_DOTTED_GLUED = re.compile(r"(?:U\.[SKN]|E\.U)\.(?<=[a-z]{2}(?:U\.[SKN]|E\.U)\.)(?![\w.@/-])")
#: two-letter connectives a single digit may be glued to ("January 3at 2 p.m."; not those of
#: text-speak: "Nothing 2be done", "go 4it", "4my gift")
DIGIT_JOINERS = frozenset("at on in of by as or an if so".split())
#: adverb particles that may follow a year ("compared to 2011up to $395 billion")
PARTICLES = frozenset("up".split())
#: connectives that a common three-letter word may be glued to ("a cleaver or axeand it")
LONG_JOINERS = frozenset("and which with that who whose where while the".split())
#: a time of day's "am" or "pm", then a word ("9amand the")
_TIME_THEN_WORD = re.compile(r"([ap]m)([a-z]{3,})")
#: an amount glued to its unit after a currency sign ("$500million"; not "$1and", a regex group)
_AMOUNT = re.compile(r"\d+(?:million|billion|trillion|thousand)s?")
_PERMISSIVE = _Context("x")  # "a lowercase word follows": the context that allows most splits
_PROBE = _Context("x")   # as permissive, and _lower_split stops once any split point is found
