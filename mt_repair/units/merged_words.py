"""Merged words: a space (and often a comma) lost at an HTML tag boundary.

>>> from mt_repair.units.merged_words import MergedWords
>>> [f.suggestion for f in MergedWords()("on human mobilityparticularly for the")]
['mobility, particularly']
>>> [f.suggestion for f in MergedWords()("the reason towhich it was")]
['to which']
>>> MergedWords()("Tapachula, Sheinbaum and YouTube stay as they are.")
[]

How it decides.  Only a token that is unknown to the word-frequency list and does
not stand on its own elsewhere in the text is a candidate.  Where it splits, and how sure
that is, :func:`mt_repair.units.join_split.best_split` says by the token's shape (digits,
camel case in :mod:`~mt_repair.units.join_split_camel`, one case run in
:mod:`~mt_repair.units.join_split_words`, a name glued to its verb in
:mod:`~mt_repair.units.join_name_verbs`): every split point is scored with the unigram
model (Zipf frequency of the left piece plus that of the right piece); names are allowed
as the left piece when the right piece is a connective ("Mayorkasand").  Prefixes
("anti|…"), suffix-like right pieces ("…|less", "…|ship") and place-name elements
("…|field") are never split off.  This module then checks the split against the text
around it, and the lost punctuation is restored by
:mod:`mt_repair.units.join_separators` (comma statistics learned on clean text and a
small model over the join's context).  Splits the rules are unsure of (two content words,
"snowseveral") are weighed by a small logistic model over the pieces and their neighbours
(:mod:`mt_repair.evidence.join_model`), whose thresholds were chosen on held-out text to
add at most 0.15 false splits per 1,000 clean sentences; it never lifts a capitalised
token into safe mode (names and brands: "Chinanews", "ETtoday").
"""

from __future__ import annotations

import collections
import re
from functools import lru_cache
from typing import Iterable

from ..edits import Finding
from ..evidence import join_model
from ..evidence.lexicon import regular_plural, vocabulary, zipf
from ..evidence.name_context import reads_on_log_odds
from ..evidence.proper_nouns import camel_names, is_name_part, is_proper_noun
from ..evidence.punctuation import bigram_count, frequent_pairs
from . import join_separators
from .base import Doc, Unit, finding, last_sentence
from .join_checks import (
    CLAUSE_AFTER_NAME, CAPTION_WORDS, PX, name_then_clause, not_a_name_tail, inflects_a_word,
    with_lost_such, caption_residue, one_hyphen_side, whole_word_positions, whole_word_matches,
    ends_no_brand,
)
from .join_words import (
    CONNECTIVES, LEFT_FUNCTION, PREFIXES, ACRONYM_WORD, BAD_NEIGHBOURS, NAME_TAILS, SENTENCE_OPENERS,
    STRAY_CAPITALS, RELATIVE_CAPITALS, LOWER_AFTER, PREV_PAIR_MIN, DETERMINERS, OBJECT_STARTS, AFTER_DETERMINER_P,
    AFTER_POSSESSIVE_P, CAPITAL_JOIN_P, ACRONYM_JOIN_P, READS_ON_MIN, NO_APOSTROPHE, PREPOSITIONS, JUNK_MAX, POSSESSIVE,
    JUNK_RIGHT, JUNK_CAP_LEFT, JUNK_LEFT, RARE_JUNK_MAX, RARE_JUNK_LEFT, RARE_PAIR_MIN, RAREST_PAIR_MIN,
    RAREST_JUNK_MAX, RARE_WORDS, ARCHAIC, ARTICLES, NOT_AFTER_ARTICLE, ENGLISH_ENDINGS, PERCENT_CLAUSE, YEAR,
    ORDINAL_WORDS,
)
from .join_context import ANY_TEXT, HYPHEN_AFTER, PERMISSIVE, PROBE, JoinContext, Why
from .join_split import best_split
from .join_surroundings import CALL, CITING, LIST_BEFORE, QUOTES_AROUND, serial_comma_style, verb_next
from .join_split_words import ARTICLE_AFTER

#: reads_on_log_odds() needed to lift a capitalised token whose right piece reads on into
#: the next word (_context_lift)
READS_ON_NAME_ODDS = 1.0
#: a three-letter piece of a liftable join must be at least this common (Zipf)
LIFT_SHORT_ZIPF = 5.5
#: nouns that name what a lower-case token may be the name of: a web site, an account, a
#: hashtag ("the stopcoronavirus website", "the account pagetravels")
NAME_CUES = frozenset("""website websites site portal account accounts handle username hashtag app
application channel blog podcast newsletter domain platform""".split())

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
#: a dotted abbreviation glued to the word before it ("weekU.S."): the literal comes first
_DOTTED_GLUED = re.compile(r"(?:U\.[SKN]|E\.U)\.(?<=[a-z]{2}(?:U\.[SKN]|E\.U)\.)(?![\w.@/-])")

#: two-letter connectives a single digit may be glued to ("January 3at 2 p.m."; not those of
#: text-speak: "Nothing 2be done", "go 4it", "4my gift")
DIGIT_JOINERS = frozenset("at on in of by as or an if so".split())

#: an amount glued to its unit after a currency sign ("$500million"; not "$1and", a regex group)
_AMOUNT = re.compile(r"\d+(?:million|billion|trillion|thousand)s?")


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
        if ".com" in text or ".org" in text or ".net" in text:
            yield from self._domain_joins(doc)
        if "%" in text:
            yield from self._percent_joins(doc)
        suspects = []
        words = doc.own_word_set
        if len(_PLAIN_WORDS) > 500_000 or len(_SPLITTABLE) > 100_000 or len(_TRIPLE_POINTS) > 100_000:
            _PLAIN_WORDS.clear()
            _SPLITTABLE.clear()
            _TRIPLES.clear()
            _TRIPLE_POINTS.clear()
        triples = []
        hyphen_heads = None   # the lower-case words a hyphen follows in this text (read when needed)
        for w in words - _PLAIN_WORDS:       # set difference in C: most words were seen before
            if w not in _SPLITTABLE and w not in _TRIPLES and not self._learn(w, vocab):
                continue   # decided on the word alone: no candidate in any text
            if w in _TRIPLES:
                triples.append((w, _TRIPLES[w]))   # no single split in any text: maybe two
            elif best_split(w, doc, PERMISSIVE) is not None:
                suspects.append(w)
            elif w.islower() and w in (hyphen_heads if hyphen_heads is not None
                                       else (hyphen_heads := _hyphen_heads(text))) and best_split(w, doc, HYPHEN_AFTER):
                suspects.append(w)   # the head of a hyphenated compound: "youngwell-educated"
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
                                and not (text[start - 1] == "$" and _AMOUNT.fullmatch(tok))   # "$500million"
                                and not _amount_then_connective(text, start, tok))
                               or _symbol_after(text, end, start)):
                continue
            quoted = start > 0 and text[start - 1] in QUOTES_AROUND and text[end:end + 1] in QUOTES_AROUND
            if quoted and (not tok.islower() or CITING.search(text, max(0, start - 25), start - 1)):
                continue  # 'the Turkish word "keyif"': a word cited, not "key, if"; a name or a title
                #           in quotes ('"RocketFest"', '"ScanDisk"'); not a join in quotes ('a "greatsuccess"')
            if tok.endswith("in") and text[end:end + 1] in ("'", "’"):
                continue  # "a bootin'", "somethin'": a dropped g, not "boot in"
            if tok.islower() and any(c > "\x7f" and c.isalpha() for c in tok):
                continue  # "verkalýðshreyfingin": a foreign word left in the text, not "…hreyfing in"
            ctx = JoinContext.of(doc, start, end)
            following = match_at.get(end + 1)
            if following is not None and ctx.next_word == following:
                # the next word is a join too ("trainswhich haveimpacted"): read its first piece
                nxt = best_split(following, doc, PERMISSIVE)
                if nxt is not None and nxt[1] >= 0.9:
                    ctx = JoinContext(following[:nxt[0]], ctx.sentence_start, ctx.clause_end, ctx.prev_word)
            best = best_split(tok, doc, ctx)
            if best is None or doc.protected(start, end):
                continue
            i, conf, why = best
            if (conf >= 0.9 and not tok[i - 1].isdigit() and len(tok) - i > 1 and why != Why.HONORIFIC
                    and _near_word(tok, i)):
                conf -= 0.1  # as likely a typo of a real word as a join
            if ctx.next_word.lower() == tok[i:].lower():
                continue  # splitting would make a repeated word: "Mayorkasand and"
            left, right = tok[:i], tok[i:]
            if right == "in" and left.isdigit() and (ctx.prev_word.lower() in DETERMINERS or not (
                    ctx.next_word.lower() in OBJECT_STARTS or ctx.next_word in ("which", "whom")
                    or ctx.next_capital or ctx.next_word[:1].isdigit() or YEAR.fullmatch(left))):
                continue  # "a 15in screen", "a 65in Samsung TV": inches; "December 27in the north",
                #           "July 28in which", "established in 2010in order" are joins
            if right.lower() in ARTICLES and (ctx.clause_end or not ctx.next_word
                                              or ctx.next_word.lower() in NOT_AFTER_ARTICLE):
                continue  # an article ends no clause and precedes no function word: "goddess
                #           paida." and "into limbuan for" are foreign words, not "paid a"
            if counts[tok] > 1 and not (conf >= 0.97 and zipf(left) >= 3.0 or
                                        left.lower() in LEFT_FUNCTION and right.lower() in CONNECTIVES):
                continue  # an unknown word used repeatedly is a name or a term ("khuran" x7), unless
                #           a common word meets a connective ("trainswhich") or two function words do
            if why not in (Why.NAME_BREAK, Why.NAME_READS_ON) and _implausible(tok, left, right, ctx, doc):
                continue
            if left.lower() in CAPTION_WORDS and PX.search(text, *doc.line_bounds(start)):
                continue  # "leftAssembly ... 2004285pxthumb": a wiki caption's markup residue
            conf, why = _context_lift(tok, i, conf, why, ctx)
            # the model stage may lift a lower-case finding below the safe bar; never a
            # capitalised one (names and brands: "DirectSound", "CongressCentrum"), one that
            # opens a sentence (markup residue: "leftthumb"), nor a two-letter piece ("it|an"),
            # nor a three-letter one that is no very common word ("yi ban|won": a romanised
            # name; the dev split's lifted three-letter pieces were now, too, say, got, him, bad)
            liftable = tok.islower() and not ctx.sentence_start and all(
                len(p) >= 4 or len(p) == 3 and zipf(p) >= LIFT_SHORT_ZIPF for p in (left, right))
            meta = {"liftable": True} if liftable else {}
            if conf < 0.9 and why != Why.CODE_SHAPED and (self.join_model or self.collect):
                feats = join_model.join_features(left, right, ctx.prev_word, ctx.next_word,
                                                 ctx.sentence_start, ctx.clause_end, conf)
                if self.collect:
                    meta["features"] = feats
                if self.join_model:
                    p = join_model.probability(feats)
                    safe_p, all_p = join_model.thresholds()
                    safe_p = _join_model_bar(tok, i, why, ctx, text, start, safe_p)
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
                if conf < 0.8 or len(outer) < 3 and not (
                        conf >= 0.9 and hyphen == "after" and outer in LEFT_FUNCTION
                        or conf >= 0.9 and hyphen == "before" and outer in CONNECTIVES and tok.islower()
                        and _lower_compound_head(text, start)) or zipf(outer) < 3.5:
                    continue  # in a hyphenated compound only a clear join, with a common outer
                    #           word (a function word of two letters before it too: "to|first-team";
                    #           after it only when the compound is lower case from its head on:
                    #           "non-payment|as", "higher-pitched|so"; not "Tsai Ing-wen|the", not
                    #           "Ing-went|he")
            # a capitalised function word or sentence opener is a stray capital unless a
            # sentence ends before it ("minister, also said"; "Senate. With the support";
            # "airport. He said", "airport, he said"); "I" keeps its capital
            lowered = right in STRAY_CAPITALS or right in RELATIVE_CAPITALS and why == Why.STRAY
            stray = lowered or right != "I" and (
                right in SENTENCE_OPENERS or join_separators.opens_sentence(left, right))
            before = _repaired_before(doc, start + i, repaired)
            if before is None:
                before = doc.sentence_before(start + i)
            notes: dict = {}
            seps = join_separators.separators(
                left, right.lower() if lowered else right, ctx, doc, start + i, end,
                two_names=why.startswith((Why.TWO_NAMES, Why.NAME_THEN_UNKNOWN)),
                model=self.separator_model, meta=meta if self.collect else None, before=before, notes=notes)
            if notes.get("phrase_end"):
                meta["phrase_end"] = True   # the planner lets the model weigh in nowhere here
            if notes.get("keep_capital"):
                stray = False   # a name after an opening phrase: "On Thursday, The Times"
            if why == Why.TITLE and bigram_count(left, right) >= TITLE_PAIR_MIN:
                # a title compound clean news writes often ("Foreign Minister", "Police Chief");
                # otherwise the counts' call, mostly the comma of an apposition or a list ("the
                # Chief of the Army, General Pervez Musharraf", "Florin Constantinescu, Senator
                # Sorin Lazar": 8 of 9 such joins injected into the train split)
                seps = join_separators.SPACE_FIRST
            elif why in (Why.LISTED_PERSON, Why.TITLE) and seps[0][0] == ". " and not join_separators.has_finite_verb(before):
                seps = join_separators.comma_before_period(seps)
                # "The president of Colombia|Gustavo Petro announced": no verb yet, so no
                # sentence ended; the name is the phrase's apposition (a sentence with a verb
                # may end: "The decree was signed by López Obrador|Claudia Sheinbaum will")
            if why == Why.ARTICLE_A:
                # "signed in BrusselsA new chapter": after a clause with a verb the article
                # opens the next sentence
                # (a label of a word or two takes a colon: "GuardianA person who", "ExampleA child")
                words_before = before.split()
                clause = join_separators.has_finite_verb(before)
                if not clause and (len(words_before) > 2 or words_before[0].lower() in LEFT_FUNCTION):
                    continue   # no clause to end, no label: an identifier ("When userA message arrives")
                stray = True
                seps = [(". ", 0.8), (", ", 0.2)] if clause else [(": ", 0.7), (". ", 0.3)]
            if why == Why.NAME_THEN_VERB and right in ORDINAL_WORDS:
                # "than Barcelonathird in the table": an ordinal after a name is an apposition
                # (no colon, no period: the sentence goes on)
                seps = [(", ", 0.85), (" ", 0.15)]
            if (tok[0].islower() and left in _ADVERB_PREFIXES and (right.isupper() or is_proper_noun(right))
                    and not verb_next(ctx.after)):
                # a particle or a preposition before its object: "sank off|Scarborough on Monday",
                # "bought out|UBS in the deal" (before a verb the capital opens a clause: "as
                # well, Burke says", "a way out, UBS carried on")
                seps = join_separators.SPACE_FIRST
            if (right in ("and", "or") and seps[0][0] == ", " and before.endswith(left) and left[:1].isupper()
                    and LIST_BEFORE.search(before, 0, len(before) - len(left))
                    and serial_comma_style((doc.parent or doc).text) is False):
                # "Arequipa, Moqueguaand Tacna": a list whose text writes no comma before the last
                # "and" anywhere else ("A, B and C" twice or more, "A, B, and C" never)
                seps = join_separators.SPACE_FIRST
            if quoted:
                seps = [(" ", 0.9), (", ", 0.1)]   # 'a "greatsuccess"': no comma inside quotes around one token
            if right == "Also" and why == Why.STRAY:
                seps = join_separators.SPACE_FIRST   # "The ministerAlso said": no comma
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
        if len(w) < 4 and not (len(w) == 3 and (w[0].isdigit() and w[1:] in DIGIT_JOINERS
                                                 or w[2] == "a" and w[:2] in ARTICLE_AFTER)):
            _PLAIN_WORDS.add(w)   # (but "3at": a digit glued to a connective; "isa": a verb or a
            #                       preposition glued to the article)
            return False
        if len(w) == 3 and not w[0].isdigit():
            _SPLITTABLE.add(w)   # "isa", "ina": listed foreign words, read in each text
            return True
        lw = w.lower()
        if "’" in lw:
            lw = lw.replace("’", "'")
        if w.isupper() and not any(c.isdigit() for c in w):
            _PLAIN_WORDS.add(w)
            return False
        if not w.islower() and POSSESSIVE.sub("", w) in camel_names():
            _PLAIN_WORDS.add(w)   # a listed camel-case name: "DeepSeek", "CrowdStrike's"
            return False
        z = vocab.get(lw) if not (w[-1] == "I" and w[:-1].islower()) else None   # "generalI" is no "generali"
        junk = z is not None and z <= JUNK_MAX and lw not in ARCHAIC and (
            _junk(w, z) or z < 2.0 and w[:1].isdigit() and w[-1:].isalpha())  # "3and"
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
        if best_split(w, ANY_TEXT, PROBE) is None and not (w.islower() and best_split(w, ANY_TEXT, HYPHEN_AFTER)):
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
            if (start > 0 and text[start - 1] in BAD_NEIGHBOURS or _symbol_after(text, end, start)
                    or doc.protected(start, end)):
                continue   # (a file name: "theysaidthat.txt")
            ctx = JoinContext.of(doc, start, end)
            ctx_a = JoinContext(right, ctx.sentence_start, False, ctx.prev_word)
            ctx_b = JoinContext(ctx.next_word, False, ctx.clause_end, left)
            a = best_split(left + mid, doc, ctx_a)
            b = best_split(mid + right, doc, ctx_b)
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

    def _percent_joins(self, doc: Doc) -> Iterable[Finding]:
        """A percentage glued to a word that opens a clause ("Delgado 26.8%while the
        candidate"): the separator is chosen as for any join, the percentage its left piece."""
        text = doc.text
        for m in PERCENT_CLAUSE.finditer(text):
            if not text[m.start() - 1:m.start()].isdigit():
                continue
            ws = m.start()
            while ws > 0 and (text[ws - 1].isdigit() or text[ws - 1] in ".," and text[ws - 2:ws - 1].isdigit()):
                ws -= 1
            if (ws > 0 and (text[ws - 1].isalnum() or text[ws - 1] in "_/.")) or doc.protected(ws, m.end()):
                continue
            left, right = text[ws:m.start() + 1], m.group(1)
            yield self._glued_finding(doc, ws, left, right, JoinContext.of(doc, ws, m.end()), 0.93,
                                      f"'{left}' is glued to '{right}'")

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
            yield self._glued_finding(doc, ws, word, abbr, JoinContext.of(doc, ws, m.end()), 0.9,
                                      f"'{word}' is glued to the abbreviation '{abbr}'")

    def _domain_joins(self, doc: Doc) -> Iterable[Finding]:
        """A web address's top-level domain glued to the word after the link ("reviews on
        rottentomatoes.comInvictus has", "sold by Amazon.comwhich"): a capitalised word, or
        a listed word of Zipf 3 or more that makes no longer word with the domain
        ("example.community", "site.organic" stay).  The separator is chosen as for any
        join, read after the whole address.

        >>> [f.suggestion for f in MergedWords()("Reviews on rottentomatoes.comInvictus has 76%.")]
        ['rottentomatoes.com, Invictus']
        """
        text = doc.text
        for m in _DOMAIN_GLUED.finditer(text):
            tld, word = m.group(1), m.group(2)
            if (word[0].islower() and (zipf(word) < 3.0 or zipf(tld + word) > 0.0)
                    or word[1:] != word[1:].lower() or doc.protected(m.start(), m.end())):
                continue
            ws = m.start(1)
            while ws > 0 and (text[ws - 1].isalnum() or text[ws - 1] in ".-"):
                ws -= 1
            address = text[ws:m.start(2)]
            if ws > 0 and not text[ws - 1].isspace() or "@" in address or "/" in address:
                continue
            yield self._glued_finding(doc, ws, address, word, JoinContext.of(doc, m.start(2) - len(tld), m.end()),
                                      0.9, f"the web address '{address}' is glued to '{word}'")

    def _glued_finding(self, doc: Doc, start: int, left: str, right: str, ctx: JoinContext, conf: float,
                       reason: str) -> Finding:
        """The finding for ``left`` glued to ``right`` at ``start`` (a percentage, a dotted
        abbreviation, a web address: the scans above), its separator chosen as for any join."""
        split_at, end = start + len(left), start + len(left) + len(right)
        seps = join_separators.separators(left, right, ctx, doc, split_at, end, model=self.separator_model)
        return finding(self, start, end, doc.text[start:end], [(f"{left}{sep}{right}", p) for sep, p in seps],
                       conf, reason + join_separators.uncertainty(seps), split=len(left), separator=seps[0][0])


#: a hyphen before a lower-case letter (the word before it may head a compound)
_HYPHEN_BEFORE_LOWER = re.compile(r"-(?=[a-z])")


def _lower_compound_head(text: str, start: int) -> bool:
    """Is the word before the hyphen that ends at ``start - 1`` a lower-case word of two
    letters or more ("non-", "higher-"; not "Ing-", "Jae-", "21-")?

    >>> _lower_compound_head("for non-paymentas", 8), _lower_compound_head("Tsai Ing-wenthe", 9)
    (True, False)
    """
    i = start - 1
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    head = text[j:i]
    return len(head) >= 2 and head.islower() and not (j > 0 and (text[j - 1].isalnum() or text[j - 1] == "-"))


def _hyphen_heads(text: str) -> set[str]:
    """The lower-case ASCII words that a hyphen and a lower-case letter follow in ``text``
    ("youngwell" in "youngwell-educated"); the scan is led by the hyphen, which is fast.

    >>> sorted(_hyphen_heads("a youngwell-educated, long-term x-ray"))
    ['long', 'x', 'youngwell']
    """
    out = set()
    for m in _HYPHEN_BEFORE_LOWER.finditer(text):
        i = j = m.start()
        while j > 0 and "a" <= text[j - 1] <= "z":
            j -= 1
        if j < i:
            out.add(text[j:i])
    return out


#: a top-level domain right after a name and a period, glued to a word ("Amazon.comwhich")
_DOMAIN_GLUED = re.compile(r"\.(?<=\w\.)(com|org|net)([A-Za-z][a-z]{2,})\b")   # (led by the period: a fast scan)


def _context_lift(tok: str, i: int, conf: float, why: str, ctx: JoinContext) -> tuple[float, str]:
    """Lift a split below the safe bar to 0.9 where its neighbours read on into a piece
    ("groupresponsible for", "the Frenchchemical plant", "for themmost"); else unchanged."""
    left, right = tok[:i], tok[i:]
    cap_camel = tok[0].isupper() and any(c.isupper() for c in tok[1:])   # "BetaNews", "JBpress"
    if 0.7 <= conf < 0.9 and not cap_camel and why != Why.CODE_SHAPED and ctx.next_word and bigram_count(right, ctx.next_word) \
            and (tok[0].islower() or ctx.sentence_start):
        # the right piece reads on into the next word ("groupresponsible for"): in
        # clean news no unlisted compound or brand did that (0 of 37,000 sentences);
        # a capitalised one mid-sentence may be a name ("read Chinanews and")
        conf = 0.9
        why += f"; '{right} {ctx.next_word}' is a common pair"
    elif (0.7 <= conf < 0.9 and tok[0].isupper() and tok[1:].islower() and not ctx.sentence_start
          and ctx.next_word.isalpha() and ctx.next_word.islower() and bigram_count(right, ctx.next_word)
          and reads_on_log_odds(right, ctx.next_word) >= READS_ON_NAME_ODDS
          and not _near_word(tok, i)):
        # a capitalised token whose right piece reads on into the next word far
        # better than a name would ("the Frenchchemical plant", "Keraladied in"):
        # brands are followed as names are ("Foodwatch is", "Chinanews and"); on
        # 292,414 clean, train and MT lines no unlisted capitalised token reads so
        conf = 0.9
        why += f"; '{right} {ctx.next_word}' reads on as no name does"
    elif (0.8 <= conf < 0.9 and tok.islower() and ctx.prev_word
          and ctx.prev_word.lower() not in DETERMINERS
          and bigram_count(ctx.prev_word, left) >= PREV_PAIR_MIN
          and not _near_word(tok)):
        # the left piece reads on from the previous word ("for themmost", "this
        # yeartests"): true of 48% of such joins on dev, of 4% of unlisted compounds
        conf = 0.9
        why += f"; '{ctx.prev_word} {left}' is a common pair"
    return conf, why


def _join_model_bar(tok: str, i: int, why: str, ctx: JoinContext, text: str, start: int,
                    safe_p: float) -> float:
    """The join model's probability a split at ``i`` of ``tok`` (at ``start``) needs for safe
    mode: higher for a capitalised token (names and brands), after a possessive or a
    determiner (they start compounds and titles); ``safe_p`` otherwise."""
    left, right = tok[:i], tok[i:]
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
                why == Why.CAMEL and ctx.next_word.lower() in CONNECTIVES
                and (_plural(left) or _plural(right))
                and not NAME_CUES.intersection((ctx.prev_word.lower(), ctx.next_word.lower()))) else (
            ACRONYM_JOIN_P if ACRONYM_WORD.match(tok) and ends_no_brand(right) else 2.0)
    elif text[max(0, start - 3):start] in ("'s ", "’s "):
        # "Hammadi's handletters": a possessive starts compounds and titles
        safe_p = max(safe_p, AFTER_POSSESSIVE_P)
    elif ctx.prev_word.lower() in DETERMINERS:
        # "the wayleave": a determiner starts compounds too
        safe_p = max(safe_p, AFTER_DETERMINER_P)
    return safe_p


#: how often clean news writes a word and a title side by side for the pair to be one title
#: ("Foreign Minister", "Police Chief": a space, not the comma of an apposition)
TITLE_PAIR_MIN = 20


#: the digits of an amount, then a connective: "$430he says", "$3.85or 2.5%", "€285,000in"
_DIGITS_THEN_CONNECTIVE = re.compile(r"(\d+)([a-z]{2,})")


def _amount_then_connective(text: str, start: int, tok: str) -> bool:
    """Is ``tok`` (at ``start``) the end of an amount, after a currency sign or a decimal
    point or thousands separator, glued to a connective ("$430he says", "shares were down
    $3.85or 2.5 percent", "15.933on floor")?  Then the sign before it is no web junk."""
    m = _DIGITS_THEN_CONNECTIVE.fullmatch(tok)
    if not m or m.group(2) not in CONNECTIVES or m.group(2) in ("in", "a"):
        return False   # (inches, "3.5in"; flat numbers, "12a")
    before = text[start - 1]
    return before in "$€£" or before in ".," and start >= 2 and text[start - 2].isdigit()


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


@lru_cache(maxsize=4096)
def _near_word(tok: str, split: int = 0) -> bool:
    """True if one edit (drop, add, swap or change a letter) turns ``tok`` into a common
    word: "goas" (goals), "prostested" (protested) are typos, not joins.  With ``split``
    1 and an "I" first, the rest of the token is no such word: dropping the "I" of
    "Ifeel" leaves the other piece, which is the join, not a typo.

    >>> _near_word("goas"), _near_word("Ifeel", 1), _near_word("Ifeel")
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


#: two-letter words after which a rarer English stem is no foreign word's ending
#: ("hooligans|in" stays out: "-in", "-an", "-on", "-is", "-as", "-or", "-at" end foreign
#: and Latin words, "limbu|an", "oblast|is", "invert|or", "caliph|at")
_LINKS_AFTER_RARE = frozenset("to so of by".split())


#: prefixes that are adverbs or prepositions too: before a listed name or an acronym they
#: stand apart ("offScarborough", "overRhodes", "outUBS", "wellBurke"; no clean news, MT
#: output or post-edit glues one to a capital).  Before a common word they start brands
#: ("offWhite", "outSystems"), and bound prefixes lose a hyphen ("preIslamic")
_ADVERB_PREFIXES = frozenset("over out off well up down back".split())


def _implausible(tok: str, left: str, right: str, ctx: "JoinContext", doc: Doc) -> bool:
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
    if camel and ((ll in PREFIXES and ll not in LEFT_FUNCTION and not (
            ll in _ADVERB_PREFIXES and (right.isupper() or is_proper_noun(right)))) or ctx.sentence_start):
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
            len(left) >= 6 and lz >= 2.0 and (ll.endswith(ENGLISH_ENDINGS) or regular_plural(ll, singular_zipf=2.0))
            or len(left) >= 5 and lz >= 2.0 and rl in _LINKS_AFTER_RARE):
        return True   # (an English derived or inflected word, or a plural, is no foreign stem: "annulled|if",
        #               "abstentions|an";
        #               nor is a listed stem before a linking word: "centimeter|so", "modernise|to")
    return False


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


def _symbol_after(text: str, end: int, start: int) -> bool:
    """Does a symbol glue the token ending at ``end`` to what follows ("trainswhich-based",
    "theysaidthat.txt"; a sentence's period is no such symbol), or a call's bracket ("toString()")?"""
    return end < len(text) and (text[end] in _BAD_AFTER or text[end] == "." and text[end + 1:end + 2].isalnum()
                                or text[end] == "(" and (not text[start:end].islower() or CALL.match(text, end) is not None))


def _plural(word: str) -> bool:
    """A regular plural of a listed word ("Shareholders", "Hopes"; not "Glass", "News")."""
    return regular_plural(word, min_len=5, singular_zipf=3.5, word_zipf=3.0, not_endings=("ss", "us", "is", "ws"))
