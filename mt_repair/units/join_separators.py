"""What a merged join lost between its two words: a space, a comma, a period, ...

merged-words decides that a token is two words ("Texasannounced" = "Texas" + "announced");
this module decides what stood between them.  A few shapes settle it ("12|months": a
space; "world|The end": a period; a given name before a surname: a space; a subject
before its verb and object: a space).  Everywhere else the counts of clean news decide
(:func:`mt_repair.evidence.punctuation.separator_probabilities`), refined by the
separator model where they are unsure (:mod:`mt_repair.evidence.separator_model`).

>>> from mt_repair.units.base import Doc
>>> class Ctx: prev_word, next_word, next_capital = "for", "have", False
>>> text = "crossings for trainswhich have hurt trade"
>>> separators("trains", "which", Ctx, Doc(text), 20, 25)[0][0]
', '
>>> class Ctx: prev_word, next_word, next_capital = "of", "new", False
>>> text = "The governor of Texasannounced new measures."
>>> separators("Texas", "announced", Ctx, Doc(text), 21, 30)[0][0]
' '
"""

from __future__ import annotations

import re

from ..evidence import separator_model
from ..evidence.lexicon import present_verb, regular_plural, zipf
from ..evidence.proper_nouns import is_name_part, is_proper_noun, name_run_on_share, seldom_runs_on
from ..evidence.punctuation import (AUXILIARIES, INTRO_OPENERS, bigram_count, clause_state,
                                    separator_counts, separator_probabilities)
from .base import Doc
from .join_words import (
    ANY_ARTICLE, CALENDAR, CLITIC, CONNECTIVES, DETERMINERS, FINITE_VERBS, IRREGULAR_PAST, MONTHS, OBJECT_STARTS,
    NEVER_FINAL, NOT_AN_OBJECT, REPORTING_VERBS, past_form, SPEAKER, OPENER_WORDS, POSSESSIVE, PREPOSITIONS, SENTENCE_OPENERS, YEAR,
    ONES_PART, IRREGULAR_PRESENT, PAST_ONLY,
)

__all__ = ["separators", "closes_apposition", "opens_sentence", "ends_clauses", "may_end_sentence", "ENDS_NO_SENTENCE", "subject_then_verb", "uncertainty", "RARE_SEPARATORS", "UNSURE_SEPARATOR", "SPACE_FIRST"]

#: relative pronouns and conjunctions that clean news seldom writes a comma after (at most
#: 2.5% of each): a join after one lost none before the clause's subject or verb (not
#: "that", a pronoun that ends opening phrases: "After that|the President")
_NO_COMMA_AFTER = frozenset("""which who whom whose while because if when where and but or as since
until whether than after""".split())
_RELATIVES = frozenset(("which", "who", "whom", "whose"))
_SUBJECT_STARTS = frozenset("he she they we it i you there".split()) | (DETERMINERS - {"that"}) | frozenset(
    "both all many several some most few".split())


#: the separators where a space is the rule and a comma the exception ("Foreign Minister",
#: "sank off|Scarborough", "Spain|and Slovakia" in a text without serial commas)
SPACE_FIRST = ((" ", 0.85), (", ", 0.15))

def _opens_clause_body(left: str, right: str, next_word: str) -> bool:
    """Does ``right`` open what follows a relative pronoun or a conjunction ``left`` with no
    aside between: a subject's first word ("while|many families"), an auxiliary, or after a
    relative pronoun a finite verb ("which|mobilized young people"; not a participle before
    its preposition, "who, equipped with")?"""
    if right in _SUBJECT_STARTS or right in AUXILIARIES:
        return True
    return left in _RELATIVES and (
        present_verb(right) or past_form(right) and next_word.lower() not in PREPOSITIONS)

#: separators the counts may favour but that a join almost never lost
RARE_SEPARATORS = frozenset((" – ", "; "))
#: how common (Zipf, lower-cased) a capitalised word must be to open a sentence after a join
#: when it is no listed opener ("He", "According", "Despite"; not "Dinze")
OPENER_ZIPF = 4.0
#: below this probability for the chosen separator the reason names the runner-up too
UNSURE_SEPARATOR = 0.75
_NAMES = {" ": "space", ", ": "comma", "; ": "semicolon", ": ": "colon", " – ": "dash", ". ": "period"}


def separators(left: str, right: str, ctx, doc: Doc, split_at: int, end: int, *,
               two_names: bool = False, model: bool = True,
               meta: dict | None = None, before: str | None = None,
               notes: dict | None = None) -> list[tuple[str, float]]:
    """[(separator, probability), ...], likeliest first, for the join ``left|right`` whose
    split point is at ``split_at`` in ``doc`` (the token ends at ``end``); ``ctx`` gives the
    neighbouring words (``prev_word``, ``next_word``, ``next_capital``); ``two_names``: the
    join was found as two names run together.  ``meta``, if given, receives the separator
    model's features (for training); ``before``, if given, is the sentence before the split
    point to read instead of the text's (with earlier joins repaired); ``notes``, if given,
    receives ``phrase_end`` when the choice rests on the sentence's structure, which the
    model stage should not overturn."""
    date_end = left.isdigit() and (YEAR.fullmatch(left) or ctx.prev_word.rstrip(".") in MONTHS)
    if CLITIC.search(left) or len(left) == 1 or left[-1] in "'’" or (left[-1].isdigit() and right.islower()
                                                  and right not in CONNECTIVES and not date_end) or (
            left.isdigit() and ctx.prev_word.lower() in DETERMINERS):
        # "Dick's story", "Llambis’ lawyer", "a provider", "12 months", "the 2000 Epurchase": nothing else fits
        # there; a year or a date ends a phrase ("2016, all", "Oct. 15, sea ice")
        return [(" ", 0.97)]
    if left.lower() in _NO_COMMA_AFTER and _opens_clause_body(left.lower(), right, ctx.next_word):
        # "corruption, which|mobilized young people", "schools, while|many families": clean
        # news puts a comma after a relative pronoun or a conjunction at 0.1-2.5% of them
        # ("which" 1.7%, "while" 2.0%, "and" 0.6%, "when" 0.2%), mostly before an aside
        # ("who, after a long career,", "who, possibly,"): not before the clause's subject
        # or verb
        return [(" ", 0.95), (", ", 0.05)]
    if two_names and name_run_on_share(left) >= 0.6:
        # a given name runs on into the surname ("Michal Hašek", "Alexander Kolpakidi")
        return [(" ", 0.9), (", ", 0.1)]
    if (right in SENTENCE_OPENERS and left[-1].isalnum() and left.lower() not in ENDS_NO_SENTENCE
            or opens_sentence(left, right)):
        if right in SUBORDINATORS and not _CLAUSE_COMMA.search(_rest_of_sentence(doc.text, end)):
            # "according to the organizersWhile the government estimated ...": a sentence
            # that opens with "While", "Although", "If" ... has a comma later in 90-98% of
            # clean news; with none to the sentence's end the clause goes on the one before
            # it, and the capital is a tag boundary's
            return [(", ", 0.8), (". ", 0.2)]
        # "worldThe end", "December 27The", "investigatorsHe said", "FridayOfficials": a
        # capitalised opener, pronoun or common word that is no name, glued to a word that
        # can end a sentence, opens one (clean news is one sentence a line, so its counts
        # cannot say so: they would leave "investigators, He")
        before = doc.sentence_before(split_at) if before is None else before
        if _opened_by_phrase(before) and not has_finite_verb(before):
            # "In Guayaquil|The largest city in the country, shops closed", "According to
            # the ministry|The": an opening phrase with no verb yet is no sentence, so a
            # comma ends the phrase; a determiner's or pronoun's capital is a tag
            # boundary's, a name keeps its own ("During the presentation, Wolf seemed", "On
            # Thursday, The Times").  The model stage, which reads a period before a capital
            # as likely, leaves this choice alone
            if notes is not None:
                notes["phrase_end"] = True
                if right not in SENTENCE_OPENERS or ctx.next_capital and not demonym(ctx.next_word):
                    notes["keep_capital"] = True   # (not before an adjective: "the Mexican army")
            return [(", ", 0.85), (". ", 0.1), (": ", 0.05)]
        return [(". ", 0.8), (": ", 0.1), (", ", 0.1)]
    if right == "for" and ONES_PART.match(doc.text, end):
        # "Pablo Beltrán|for his part, assured": the phrase is set off by commas
        return [(", ", 0.9), (" ", 0.1)]
    if right.lower() == "that" and relative_that(left, ctx):
        # "a regionthat has", "the casethat several": a relative or complement "that" takes
        # no comma (clean news writes one before "that" at 2.3% of its boundaries, mostly
        # "that is", "that means", "that of" or after an adverb: "in fact, that")
        return list(SPACE_FIRST)
    if (right.lower() == "by" and left.isalpha() and left.lower() not in _ADVERB_BEFORE_THAT
            and ctx.next_word.endswith("ing") and len(ctx.next_word) >= 5):
        # "economic activityby paralyzing trade": "by" + a gerund says how; clean news puts
        # a comma before it at 6% of such boundaries (36 of 603)
        return [(" ", 0.9), (", ", 0.1)]
    pair = separator_counts(f"P:{left.lower()} {right.lower()}")
    if (pair and sum(pair) >= PAIR_SEEN_MIN and pair[1] == 0 and pair[0] >= PAIR_SPACE_SHARE * sum(pair)
            and right.lower() not in CONNECTIVES and zipf(right) < PAIR_RIGHT_ZIPF):
        # clean news writes the pair often, nearly always with a space and never with a
        # comma between ("Mexico|City", "record|holder", "euros|per share"; not "Mr
        # Speaker." nor "Chairman: Thank you"): the counts of each word alone must not add
        # one.  Not before a connective or a function word ("the woman|and", "concerns|the"):
        # joins lose their comma there most ("meeting, and" is as common as "meeting and")
        return [(" ", 0.9), (", ", 0.1)]
    before = doc.sentence_before(split_at) if before is None else before
    if right == "more" and ctx.next_word == "than" and not _opened_by_phrase(before):
        # "costs a lot|more than", "the fee rose|more than 10%": clean news writes a
        # comma before "more than" in 52 of 1,070 sentences that no opening phrase
        # starts or that had punctuation before; after an opening phrase with no comma
        # yet it is even ("According to the central bank|more than half": the counts decide)
        return list(SPACE_FIRST)
    if (right in PLACE_PREPOSITIONS and left[1:].islower()
            and ctx.next_word[:1].isupper() and ctx.next_word.lower() not in ANY_ARTICLE
            and not ((left[:1].islower() or left in SENTENCE_ADVERBS) and clause_state(before) in _OPENING_STATES)):
        # "Nicolás Maduro|in Caracas", "Palace|in Jakarta", "the last week|in Jalisco":
        # clean news writes a preposition before a capital with no comma 96% of the time
        # after a capitalised word (2,479 of 2,576 for in, at, on, from) and 98% after a
        # lower-case one (11,521 of 11,702), unless an opening phrase ends there ("For
        # example, in Daugavgriva", "In investment circles, on Friday", "However, in Caracas")
        return [(" ", 0.9), (", ", 0.1)]
    if (right in _NAME_PREPOSITIONS and left[:1].isupper() and left[1:].islower() and ctx.next_word[:1].isupper()
            and ctx.next_word[1:].islower() and ctx.next_word.lower() not in ANY_ARTICLE and ctx.next_word not in OPENER_WORDS):
        # "the Institute|for Agricultural Economics", "the Minister|of Foreign Affairs": a
        # capitalised word, "of" or "for" and a capital run on in a name; clean news writes
        # a comma there at 12 of 4,280 (of) and 2 of 652 (for) such boundaries (not before an
        # acronym: "based in Vancouver, for CAD 526 million")
        return [(" ", 0.9), (", ", 0.1)]
    after = doc.text[end:end + AFTER_WINDOW]
    if correlative(right, before):
        # "between Gustavo Petro|and Nicolás Maduro", "either the state|or": the pair's
        # second half takes no comma
        return [(" ", 0.9), (", ", 0.1)]
    if (right == "and" and left[:1].isupper() and ctx.next_capital and ctx.next_word not in OPENER_WORDS
            and (clause_state(before).startswith(("none", "intro")) or _EXAMPLES_END.search(before))
            and not _name_then_says(doc.text, end)):
        # "the crossings in El Paso|and Eagle Pass": two names with no comma yet in the
        # sentence are a pair, not a list's end nor an apposition's ("Alejandro
        # Mayorkas|and the Mexican minister" after "The Secretary, ..." keeps its comma;
        # a pronoun, a determiner or a name that says something opens a clause: "Los
        # Angeles|and I told him", "Los Angeles|and Smith told him")
        return list(SPACE_FIRST)
    if plural_subject_opens(left, right, before) and not _LIST_AHEAD.search(after, 0, 50):
        # "Meteorologists|forecast rains", "Officials|said": a plural noun that opens the
        # sentence is its subject, not an opening word that a comma ends ("However,"), nor
        # the first item of a list ("Relatives, rescue workers, and volunteers")
        return list(SPACE_FIRST)
    if person_then_past(left, right, ctx, before):
        # "President Joko Widodo|inaugurated on Monday the first buildings": clean news
        # writes a sentence's (titled) name and a past tense before a preposition with no
        # comma 69 times, with one 4 times (places and clubs with a participle: "Dolores
        # Park, located on a hill"; a given name before the surname says a person)
        return list(SPACE_FIRST)
    if subject_then_verb(left, right, ctx, before, after, lambda: doc.text[end:end + SENTENCE_WINDOW]):
        # "The governor of Texas|announced new measures": a subject before its verb
        # and the verb's object; no comma opened an apposition to close, and a verb
        # with an object is no participle ("Guard, established in 2007")
        return list(SPACE_FIRST)
    if determined_noun_then_verb(left, right, ctx, before):
        # "then the story|ended abruptly": clean news writes "the <noun> <verb>ed <word>"
        # without a comma 2,921 times, with one 205 times (mostly a participle phrase:
        # "the company, based on")
        return list(SPACE_FIRST)
    seps = separator_probabilities(left, right, ctx.next_word, state=clause_state(before))[:3]
    if model or meta is not None:
        probs = dict(seps)
        sx = separator_model.features(left, right, ctx.prev_word, ctx.next_word, before,
                                      probs.get(", ", 0.0), probs.get(" ", 0.0),
                                      doc.line_bounds(split_at)[1] - end < 3)
        if meta is not None:
            meta["separator_features"] = sx
        if model:
            seps = separator_model.reweigh(seps, sx, left, right)
    if seps[0][0] in RARE_SEPARATORS and len(seps) > 1:
        # a dash or a semicolon can win on the counts alone, and was the right pick for
        # none of the 8 joins where it won on dev and test: it stays a candidate, below
        # the likeliest of the others
        top = max(p for sep, p in seps if sep not in RARE_SEPARATORS)
        seps = sorted(((sep, min(p, 0.9 * top) if sep in RARE_SEPARATORS else p) for sep, p in seps),
                      key=lambda sp: -sp[1])
    return seps


#: endings of nationality adjectives ("Ecuadorian", "Chinese", "British", "Israeli")
_DEMONYM_ENDINGS = ("an", "ese", "ish", "i")


def demonym(word: str) -> bool:
    """A listed capitalised word with a nationality adjective's ending that seldom runs on
    into another capital: an adjective before a noun, not the start of a name.

    >>> demonym("Mexican"), demonym("Times"), demonym("Susan")
    (True, False, False)
    """
    return (word.endswith(_DEMONYM_ENDINGS) and word[:1].isupper() and word[1:].islower()
            and seldom_runs_on(word))


#: the opening words of a phrase that a comma ends before the clause ("According to the
#: ministry, more than"); INTRO_OPENERS without the adverbs and determiners that open
#: clauses themselves ("This costs more than", "Today the fee is more than")
PHRASE_OPENERS = frozenset("""according in on at for with without during following despite after before
since because although though while when if amid among through over unlike like by under from""".split())


def _opened_by_phrase(before: str) -> bool:
    """The sentence opens with a phrase (:data:`PHRASE_OPENERS`) and has no punctuation yet."""
    first = before.split(None, 1)[0].lower() if before.strip() else ""
    return first in PHRASE_OPENERS and not any(c in before for c in ",;:")


#: words that make a clause finite: auxiliaries, modals and common verbs that no noun
#: phrase holds, irregular pasts (a lower-case past in "-ed" counts too: has_finite_verb)
_FINITE = AUXILIARIES | FINITE_VERBS | IRREGULAR_PAST | frozenset("be been do announced".split())


def has_finite_verb(before: str) -> bool:
    """Does the sentence so far hold a verb, so that it may end here?

    >>> has_finite_verb("The president of Colombia"), has_finite_verb("After the meeting the ministers went home")
    (False, True)
    """
    return any(w in _FINITE or len(w) >= 5 and w.endswith("ed") and w.islower() for w in before.split())


def closes_apposition(before: str) -> bool:
    """Does a comma end the sentence so far, before its verb?  One comma, after a subject
    with no verb that no opening phrase or adverb starts or ends ("The opposition,", "The
    president of Chile,"; not "Separately,", "Two years ago,"), then a participle phrase
    or a name with no verb of its own and no list ("led by the Liberal Party (PL)",
    "Gabriel Boric (PS)"): the phrase ends where the verb begins.

    >>> closes_apposition("The opposition, led by the Liberal Party (PL)"), closes_apposition("The president, Gabriel Boric (PS)")
    (True, True)
    >>> closes_apposition("According to the IBGE, the economy (GDP)"), closes_apposition("Two years ago, the Workers' Party (PT)")
    (False, False)
    >>> closes_apposition("Petrobras, Vale and the Bank of Brazil (BB)"), closes_apposition("The party, which won (PL)")
    (False, False)
    """
    if before.count(",") != 1:
        return False
    head, tail = before.split(",")
    words = head.split()
    tail_words = tail.split()
    if not words or not tail_words:
        return False
    first, last, opener = words[0].lower(), words[-1].lower(), tail_words[0]
    return (words[0][:1].isupper() and first not in INTRO_OPENERS and first not in PHRASE_OPENERS
            and not first.endswith("ing") and not last.endswith("ly") and last not in _TIME_ENDS
            and not has_finite_verb(head)
            and (past_form(opener) or opener[:1].isupper() and opener.isalpha() and opener.lower() not in DETERMINERS)
            and not has_finite_verb(" ".join(tail_words[1:]))
            and not any(w in ("and", "or") for w in tail_words))


#: words that end an opening phrase of time ("Two years ago,", "Days later,")
_TIME_ENDS = frozenset("ago later earlier before after since".split())


def comma_before_period(seps: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """``seps`` with the probabilities of ". " and ", " exchanged (when both are offered),
    likeliest first: where no sentence can have ended, the runner-up comma takes the lead.

    >>> comma_before_period([(". ", 0.6), (": ", 0.3), (", ", 0.1)])
    [(', ', 0.6), (': ', 0.3), ('. ', 0.1)]
    """
    probs = dict(seps)
    if ", " not in probs or ". " not in probs:
        return seps
    probs[", "], probs[". "] = probs[". "], probs[", "]
    return sorted(probs.items(), key=lambda sp: -sp[1])


#: capitalised words then a reporting verb: "Smith told", "President Biden said"
_NAME_SAYS = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){0,3}([a-z]+)")


def _name_then_says(text: str, end: int) -> bool:
    """Do capitalised words after ``end`` run into a verb of saying ("and Smith told him")?"""
    m = _NAME_SAYS.match(text, end)
    return bool(m) and m.group(1) in REPORTING_VERBS


#: how often clean news must write a pair (with or without a comma) for "never with a comma"
#: to count
PAIR_SEEN_MIN = 8
#: ... with a space at least this share of those times
PAIR_SPACE_SHARE = 0.9
#: ... and the right word must be rarer than this (Zipf): no function word
PAIR_RIGHT_ZIPF = 6.0
#: conjunctions that open a subordinate clause: a sentence that starts with one has a comma
#: later in 90-98% of clean news (While 95%, Although 98%, If 94%, Since 93%, Though 90%;
#: not When, 88%, nor Whereas, 82%)
SUBORDINATORS = frozenset("While Although Though If Since".split())
#: a sentence's end: a stop before a space and a capital (not "U.S. embassy", "2.5"), or a line break
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“‘(]|\s*$)|\n")
#: a clause comma, not a thousands separator ("50,000")
_CLAUSE_COMMA = re.compile(r",(?!\d)")


def _rest_of_sentence(text: str, end: int) -> str:
    """``text`` from ``end`` to the end of its sentence (a stop before a capital, or a line break).

    >>> _rest_of_sentence("ab While the U.S. embassy estimated fewer, others disagreed. Next", 2)
    ' While the U.S. embassy estimated fewer, others disagreed'
    """
    m = _SENTENCE_END.search(text, end, end + 400)
    return text[end:m.start() if m else end + 400]


#: prepositions inside names ("Institute|for Agricultural Economics", "Ministry|of Health")
_NAME_PREPOSITIONS = frozenset(("of", "for"))
#: prepositions that put what comes before them in a place or a time ("Maduro|in Caracas")
PLACE_PREPOSITIONS = frozenset("in at on from".split())
#: sentence adverbs that a comma closes before "in Caracas" ("However, in Caracas"); not the
#: time words of DISCOURSE ("Earlier on Monday", "Still in Caracas")
SENTENCE_ADVERBS = frozenset("""However Meanwhile Moreover Furthermore Nevertheless Nonetheless Instead
Therefore Thus Hence Finally Indeed Besides Otherwise Additionally Consequently Accordingly Similarly
Likewise Conversely Unfortunately Fortunately Importantly Interestingly Surprisingly Incidentally
Regardless""".split())
#: clause states (:func:`~mt_repair.evidence.punctuation.clause_state`) of a sentence's
#: opening words, which a comma may close before a preposition
_OPENING_STATES = frozenset(("start", "intro1", "intro2"))
#: what follows "that" when it is a pronoun after a clause boundary ("this road, that means")
_THAT_PRONOUN_NEXT = frozenset("is was means meant of seems".split())
#: adverbs and the ends of adverbial phrases, which a comma closes before "that" or "by"
#: ("in fact, that", "It is estimated, though, that", "for example, by using")
_ADVERB_BEFORE_THAT = frozenset("""fact course again however therefore also then now too well indeed
though example instance addition turn particular contrast general short sum effect instead
meanwhile moreover furthermore nevertheless nonetheless""".split())


#: words that end no sentence, so the capital after them cannot open one
ENDS_NO_SENTENCE = NEVER_FINAL | PREPOSITIONS
#: a word that clean news follows with punctuation less often than this ends no clause
#: ("former" 0.2%, "new" 0.9%; "already" 1.8%, "said" 5%, "percent" 14%, "month" 34%).  The
#: counts are of boundaries inside lines, and news lines are sentences, so a word that ends
#: sentences at the end of its line ("released", "it") is undercounted: only what stands
#: before a common word (not a listed opener) must pass
ENDS_CLAUSE_SHARE = 0.02
#: ... before a listed opener, which itself says a sentence starts, a lower bar ("his" 0.1%,
#: "get" 0.3%, "both" 0.9% end none; "already" 1.8%, "it" 2.9% may)
OPENER_END_SHARE = 0.01


def ends_clauses(word: str, share: float = ENDS_CLAUSE_SHARE) -> bool:
    """Can ``word`` end a clause?  A number can; a word clean news follows with punctuation at
    least ``share`` of the time can; a word it never counted may.

    >>> ends_clauses("month"), ends_clauses("former"), ends_clauses("2016"), ends_clauses("Qqzx")
    (True, False, True, True)
    """
    if word[-1:].isdigit():
        return True
    counts = separator_counts("L:" + word.lower())
    return counts is None or 1.0 - counts[0] / sum(counts) >= share


def may_end_sentence(word: str, share: float = ENDS_CLAUSE_SHARE) -> bool:
    """Can a sentence end with the known lower-case ``word``?  Not a preposition, conjunction
    or determiner, and clean news ends clauses with it (:func:`ends_clauses` at ``share``).

    >>> may_end_sentence("year"), may_end_sentence("of"), may_end_sentence("the"), may_end_sentence("former")
    (True, False, False, False)
    """
    return (word not in ENDS_NO_SENTENCE and word not in DETERMINERS and zipf(word) > 0.0
            and ends_clauses(word, share))


def opens_sentence(left: str, right: str) -> bool:
    """``left|Right`` where the capital can only open a sentence: a listed opener
    (:data:`OPENER_WORDS`: pronouns, determiners, auxiliaries) after a word that ends in a
    lower-case letter or a digit, or a common word that is no name and no part of one after
    a lower-case word that ends clauses (:func:`ends_clauses`: no adjective), a number or a
    day or month; never after a preposition or a conjunction.

    >>> opens_sentence("investigators", "He"), opens_sentence("January", "According")
    (True, True)
    >>> opens_sentence("higher", "Your"), opens_sentence("already", "I"), opens_sentence("2016", "I")
    (True, False, True)
    >>> opens_sentence("Friday", "Officials"), opens_sentence("Union", "Pay"), opens_sentence("Obama", "He")
    (True, False, True)
    >>> opens_sentence("of", "Small"), opens_sentence("concerned", "I'm"), opens_sentence("yesterday", "Trump's")
    (False, False, False)
    >>> opens_sentence("former", "Apple"), opens_sentence("new", "Windows"), opens_sentence("word", "That")
    (False, False, False)
    >>> opens_sentence("get", "It"), opens_sentence("again", "It")
    (False, True)
    >>> opens_sentence("slurs", "Cuba"), opens_sentence("BBC", "News"), opens_sentence("years", "he")
    (False, False, False)
    """
    if not (left[-1:].isdigit() or left[-1:].islower()) or left.lower() in ENDS_NO_SENTENCE:
        return False   # "ofSmall": a preposition or a conjunction ends no sentence
    if right[:2] in ("I'", "I’") or right == "That":
        return False   # "concerned, I'm": like "I", free after a comma; "the caseThat": a relative
    if right in OPENER_WORDS:
        # "already, I": a comma before "I" is fine; "getIt", "bothHe": "get" or "both" ends
        # no sentence (punctuation after it under 1% of the time)
        return (len(right) > 1 or left[-1:].isdigit()) and ends_clauses(left, OPENER_END_SHARE)
    if left[0].isupper() and left not in CALENDAR or not ends_clauses(left):
        return False   # "DirectDraw", "UnionPay": a brand; "formerApple", "newWindows": an adjective
    right = POSSESSIVE.sub("", right)   # "yesterdayTrump's": a name's possessive is a name
    return (len(right) >= 2 and right[0].isupper() and right[1:].islower()
            and zipf(right.lower()) >= OPENER_ZIPF and not is_proper_noun(right)
            and not is_name_part(right.lower()))


def relative_that(left: str, ctx) -> bool:
    """``left|that`` where "that" opens a relative or complement clause: a word before it
    (not an adverb), and after it no verb that makes "that" a pronoun subject."""
    nxt = ctx.next_word.lower()
    return (left.isalpha() and left.lower() not in _ADVERB_BEFORE_THAT
            and nxt not in _THAT_PRONOUN_NEXT and nxt[:1].isalpha())


#: the first halves of paired conjunctions, and the word that closes each pair
_CORRELATIVES = {"and": ("between", "both"), "or": ("either", "whether"), "nor": ("neither",)}


def correlative(right: str, before: str) -> bool:
    """``right`` closes a pair that a word up to six words back opened, with no punctuation
    in between ("between Gustavo Petro|and", "both the president|and", "either Monday|or").

    >>> correlative("and", "the rapprochement between Gustavo Petro"), correlative("and", "between us, Petro")
    (True, False)
    >>> correlative("and", "The talks between Petro and Maduro")
    False
    """
    openers = _CORRELATIVES.get(right.lower())
    if not openers:
        return False
    words = before.split()[-7:-1]
    for w in reversed(words):
        if w[-1:] in ",;:" or w in ("-", "–", "—") or w.lower() == right.lower():
            return False   # punctuation, or the pair already closed ("between Petro and Maduro|and")
        if w.lower() in openers:
            return True
    return False


#: "was|were|been|be|is|are <verb>" in clean news below this share of the verb's occurrences (seen
#: at least _VERB_SEEN times): the verb is rarely passive, so before a preposition it is the
#: finite verb ("Clinton|declined to", "Livingston|looked through"), not a participle that
#: opens a phrase ("the Guard|established in 2007": 28%, "located" 46%, "held" 49%)
_PASSIVE_SHARE = 0.03
_VERB_SEEN = 30
_BE = ("was", "were", "been", "be", "is", "are")


def never_passive(verb: str) -> bool:
    """A past tense that clean news almost never writes as a passive participle.

    >>> never_passive("declined"), never_passive("established"), never_passive("zzzed")
    (True, False, False)
    """
    counts = separator_counts(f"R:{verb.lower()}")
    seen = sum(counts) if counts else 0
    if seen < _VERB_SEEN:
        return False
    return sum(bigram_count(b, verb) for b in _BE) < _PASSIVE_SHARE * seen


#: verbs of saying that follow a quotation with their subject after them ("I feel very
#: tired, said the swimmer", "..., reports the news agency"); after a noun or an adverb
#: they are read as such (other reporting verbs only when a speaker follows, see SPEAKER)
_INVERTED_SPEECH = frozenset("""said says added adds noted notes insisted insists replied replies stressed
stresses explained explains commented comments reports wrote writes continued continues""".split())


#: "that" and a determiner: a complement clause and its subject begin
_THAT_CLAUSE = re.compile(r"\b(?:that|That) (?:the|a|an|his|her|its|their|this|these|those)\b")
#: adverbs that stand between a subject and its verb
_VERB_ADVERBS = frozenset("then also never always just still already only often later soon again even".split())


#: the text after a join that separators() reads (the rest of the sentence, mostly)
AFTER_WINDOW = 80
#: ... and how far _bare_clause reads on when that window holds no punctuation
SENTENCE_WINDOW = 400
#: up to the next punctuation mark (a sentence end, or a comma that may close a phrase)
_CLAUSE_REST = re.compile(r"(?:[^,;:.!?\n]|\.(?=\w))*")


#: determiners that open a sentence's subject ("The board|met", "Its chairman|resigned")
_SUBJECT_DETERMINERS = DETERMINERS - {"your"}


#: the dashes a dateline leaves before a sentence's first word ("MADRID. – The minister")
_DATELINE_DASHES = frozenset("– — -".split())


def _words_after_dash(before: str) -> list[str]:
    """The words of ``before`` without a dateline's dash that opens it ("– President Claudia
    Sheinbaum", after "MEXICO CITY."): the sentence's own words.

    >>> _words_after_dash("– President Claudia Sheinbaum"), _words_after_dash("The board")
    (['President', 'Claudia', 'Sheinbaum'], ['The', 'board'])
    """
    words = before.split()
    return words[1:] if words and words[0] in _DATELINE_DASHES else words
#: names after "such as", "including", "like": "startups such as Revolut|and Glovo" pairs them
_EXAMPLES_END = re.compile(r"\b(?:such as|including|like) (?:[A-Z][\w’'.-]* )*[A-Z][\w’'.-]*$")
#: a dateline and its dash before a sentence's first word ("PORTO ALEGRE – The", "ŁÓDŹ, Poland
#: (AP) — The")
_DATELINE = re.compile(r"(.{2,60}?)\s[–—-]\s")


def strip_dateline(before: str) -> str:
    """``before`` without a dateline at its start: a place in capitals (then perhaps a
    country and an agency in brackets) and a dash.

    >>> strip_dateline("PORTO ALEGRE – The rains"), strip_dateline("ŁÓDŹ, Poland (AP) — The rains")
    ('The rains', 'The rains')
    >>> strip_dateline("The rains – and the wind"), strip_dateline("- The rains")
    ('The rains – and the wind', '- The rains')
    """
    m = _DATELINE.match(before)
    if not m:
        return before
    place = re.sub(r"\([^)]*\)", "", m.group(1)).split(",")[0]
    if not any(c.isupper() for c in place) or any(c.islower() for c in place):
        return before
    return before[m.end():]


def _titled_name(words: list[str]) -> bool:
    """Capitalised words only, the first no opening word: a title and a name, or a name
    ("President Claudia Sheinbaum", "Coach Carlo Ancelotti"; not "In Berlin Merkel",
    "Meanwhile Trump", "Following Biden").

    >>> _titled_name(["President", "Claudia", "Sheinbaum"]), _titled_name(["In", "Berlin", "Merkel"])
    (True, False)
    """
    first = words[0]
    return (all(w[:1].isupper() and w[1:].isalpha() and not w.isupper() for w in words)
            and first.lower() not in INTRO_OPENERS and first.lower() not in PREPOSITIONS
            and first.lower() not in CONNECTIVES and first not in OPENER_WORDS
            and first not in SENTENCE_ADVERBS and not first.endswith(("ly", "ing")))


def _bare_clause(left: str, r: str, before: str, after: str, rest=None) -> bool:
    """A sentence's subject, then a past tense, with no comma before the join nor after it
    to the sentence's end ("The board|met on Friday."): a participle between commas would
    need a comma to close it ("The board, formed in 2001, met"), so the verb is finite.
    ``rest()``, if given, returns more of the text after the join (up to
    :data:`SENTENCE_WINDOW` characters), read when ``after`` holds no punctuation."""
    if not (left.isalpha() and (left.islower() and zipf(left) >= 3.0 and left not in CONNECTIVES
                                and left not in DETERMINERS and left not in PREPOSITIONS
                                or left[:1].isupper() and left[1:].islower())):
        return False
    if not (len(r) >= 4 and r.endswith("ed") or r in IRREGULAR_PAST) or r in REPORTING_VERBS:
        return False   # (a verb of saying may be inverted speech: "it was hard, said the swimmer")
    words = _words_after_dash(before)   # "MEXICO CITY. – President Claudia Sheinbaum|presented"
    if not 1 <= len(words) <= 4 or any(ch in before for ch in ",;:\"“("):
        return False
    if words[0].lower() not in _SUBJECT_DETERMINERS and len(words) > 1 and not (
            _titled_name(words) and (after.split(None, 1) or [""])[0] not in _PARTICIPLE_NEXT):
        return False   # the subject must open the sentence: a determiner, a name alone, or a title
        #                and a name before a verb that no participle phrase follows ("Batlló
        #                House, located in": a sentence end may be an abbreviation's period)
    m = _CLAUSE_REST.match(after)
    end = m.end()
    limit = AFTER_WINDOW
    if end == len(after) == AFTER_WINDOW and rest is not None:
        # no punctuation in the window: read on to the sentence's end ("President Claudia
        # Sheinbaum|presented this Tuesday at the mañanera the new strategy for ...")
        after, limit = rest(), SENTENCE_WINDOW
        end = _CLAUSE_REST.match(after).end()
    return (end == len(after) < limit or end < len(after) and (
        after[end] == "\n" or after[end] in ".!?" and after[end + 1:end + 2] in ("", " ", "\n", "\r", "\"", "”", "’", "'")))


#: words that open a participle phrase after a past participle ("the company, based on")
_PARTICIPLE_NEXT = frozenset("by in on at to with from for of as into under".split())
#: past forms that take "to" and an infinitive: before "to" they are the verb, not a
#: participle ("both countries|agreed to continue")
_TO_VERBS = frozenset("""agreed decided refused tried planned wanted failed managed promised threatened
hoped offered voted pledged vowed sought began continued attempted chose needed""".split())


#: "the" and up to four capitalised words that end the clause: the speaker of inverted speech
#: after a present tense ('transported to France|informs the Border Police.')
_THE_NAME_END = re.compile(r" the(?: [A-Z][\w’'-]*){1,4}(?=[.,;:!?)]|[ \t]*(?:\r?\n|$))")


#: quantifiers that, like a determiner, open the noun phrase of a subject ("both countries|agreed")
QUANTIFIERS = frozenset("both all many several some most few two three four five six seven eight nine ten".split())


#: present tenses that report speech, which inverted speech puts after a comma ("the
#: employees, assures the Secretary General")
_SPEECH_PRESENT = frozenset("""says adds explains states details tells notes asks insists warns declares
indicates assures affirms argues continues concludes replies writes comments maintains points emphasizes
emphasises stresses announces recalls reports confirms reveals acknowledges admits denies underlines
highlights urges specifies clarifies""".split())


def determined_noun_then_verb(left: str, right: str, ctx, before: str = "") -> bool:
    """A determiner or a quantifier, a lower-case noun, then a past form that no participle
    phrase follows ("the story|ended abruptly", "both countries|agreed to"; not "the
    company|based on", "the funds|raised by"); or a noun, lower-case or capitalised, then a
    present tense that reports no speech ("the Government|seeks to": clean news writes a
    comma there at 27 of 562 such boundaries, mostly an apposition's end or inverted speech,
    "the agency, reports"; nor a verb that takes a "that" clause: "the crisis, believes
    the economist"), unless the sentence so far (``before``) has a comma: an apposition or
    a relative clause may end there ("The Web Summit, one of the largest conferences in the
    world, opens", "The law, which was approved by the parliament, requires").

    >>> class Ctx: prev_word, next_word = "the", "abruptly"
    >>> determined_noun_then_verb("story", "ended", Ctx), determined_noun_then_verb("company", "based", Ctx)
    (True, True)
    >>> class Ctx: prev_word, next_word = "the", "on"
    >>> determined_noun_then_verb("company", "based", Ctx)
    False
    >>> class Ctx: prev_word, next_word = "the", "to"
    >>> determined_noun_then_verb("Government", "seeks", Ctx), determined_noun_then_verb("agency", "reports", Ctx)
    (True, False)
    """
    r = right.lower()
    if not (ctx.prev_word.lower() in DETERMINERS or ctx.prev_word.lower() in QUANTIFIERS) or r in REPORTING_VERBS:
        return False
    if (right.islower() and (present_verb(right, min_len=5) or r in IRREGULAR_PRESENT) and r not in _SPEECH_PRESENT
            and r[:-1] not in _THAT_BASE_VERBS and r[:-2] not in _THAT_BASE_VERBS
            and left.isalpha() and left[1:].islower()
            and len(left) >= 3 and ctx.next_word[:1].islower() and "," not in before):
        return True
    return (left.isalpha() and left.islower() and len(left) >= 3
            and (len(r) >= 4 and r.endswith("ed") or r in IRREGULAR_PAST)
            and ctx.next_word[:1].islower() and (ctx.next_word.lower() not in _PARTICIPLE_NEXT or r in PAST_ONLY
                                                 or ctx.next_word.lower() == "to" and r in _TO_VERBS))


#: base forms of verbs that take a "that" clause: after a plural subject they are its verb
#: ("Economists from Itaú Unibanco|consider that"), never the start of a phrase
_THAT_BASE_VERBS = frozenset("""consider believe say think warn estimate argue agree insist affirm assure
claim maintain indicate explain stress recall fear expect hope assert acknowledge admit point
note suggest calculate denounce allege emphasize emphasise conclude""".split())


_NAME = r"(?:the )?[A-Z][\w’'-]*(?: (?:(?:of|of the|de|del|la) )?[A-Z][\w’'-]*)*"
#: a list of capitalised names with "and" before the last: "Brazil, Colombia and Mexico"
_NAME_LIST = re.compile(rf"{_NAME}(?:, {_NAME})+,? and {_NAME}")


#: a list's last comma and conjunction ahead: the opening word may be its first item
_LIST_AHEAD = re.compile(r", (?:and|or) ")
#: words in "-s" that open sentences as adverbs, not as plural subjects ("Sometimes, ...")
_ADVERBS_IN_S = frozenset("""sometimes besides always towards afterwards nevertheless nonetheless regardless
perhaps thus whereas unless yes overseas indoors outdoors backwards forwards upwards downwards nowadays
meanwhile likewise otherwise""".split())


def plural_subject_opens(left: str, right: str, before: str) -> bool:
    """The sentence's first word is a regular plural noun and the next a lower-case content
    word: the subject and its verb ("Meteorologists|forecast rains").

    >>> plural_subject_opens("Meteorologists", "forecast", "Meteorologists")
    True
    >>> plural_subject_opens("Sometimes", "prices", "Sometimes"), plural_subject_opens("Analysts", "in", "Analysts")
    (False, False)
    """
    return (len(before.split()) == 1 and left[:1].isupper() and left[1:].islower()
            and left.lower() not in _ADVERBS_IN_S and regular_plural(left, ies=True, singular_zipf=2.5)
            and right.islower() and right not in CONNECTIVES and right not in PREPOSITIONS
            and right not in DETERMINERS and right != "please" and zipf(right) >= 3.0)   # "Members, please note"


#: an amount after a verb is its object, although a preposition opens it ("the rains|left at
#: least 12 dead", "the fire|destroyed about 300 homes")
_AMOUNT_AHEAD = re.compile(r"\s*(?:at least|at most|more than|less than|fewer than|nearly|almost|about|"
                           r"around|some|over|up to)\s+[\d$€£]")


#: how often a word among the name's last ones must run on into a capitalised word in clean
#: news to be a given name there ("Joko" 0.71, "Luiz" 0.5; "Dolores" 0.0: "Dolores Park")
_PERSON_NAME_SHARE = 0.5
#: the small words of Spanish and Portuguese names ("Lula da Silva", "Ortiz de Zárate")
_NAME_PARTICLES = frozenset("da de do dos das del la van von der".split())


def person_then_past(left: str, right: str, ctx, before: str) -> bool:
    """The sentence so far is a person's name (a given name among its last words), maybe
    after a title, and the join a past tense before a preposition other than "by" (which
    would make it a passive participle).

    >>> class Ctx: next_word = "on"
    >>> person_then_past("Widodo", "inaugurated", Ctx, "President Joko Widodo")
    True
    >>> person_then_past("Silva", "launched", Ctx, "President Luiz Inácio Lula da Silva")
    True
    >>> person_then_past("Park", "located", Ctx, "Dolores Park"), person_then_past("Widodo", "inaugurated", Ctx, "In Jakarta Joko Widodo")
    (False, False)
    """
    words = _words_after_dash(strip_dateline(before))
    r = right.lower()
    return (2 <= len(words) <= 6 and left[:1].isupper() and left[1:].islower()
            and (_titled_name(words) or _titled_name([w for w in words if w not in _NAME_PARTICLES]))
            and any(name_run_on_share(w) >= _PERSON_NAME_SHARE for w in words[:-1])
            and (len(r) >= 5 and r.endswith("ed") or r in IRREGULAR_PAST) and right.islower()
            and ctx.next_word.lower() in _PARTICIPLE_NEXT and ctx.next_word.lower() != "by")


def subject_then_verb(left: str, right: str, ctx, before: str, after: str = "", rest=None) -> bool:
    """A capitalised word or a common noun (the end of a subject) before a finite verb that
    has an object after it (or a verb of saying, which is no participle: "Gustavo
    Petro|announced on Monday"), with no comma earlier in the sentence, or only that of an
    opening phrase ("Hundreds of migrants|arrived at the border").  ``after`` is the text
    after the token; ``rest()``, if given, returns more of it (see :func:`_bare_clause`)."""
    r, nxt = right.lower(), ctx.next_word
    if _bare_clause(left, r, before, after, rest):
        return True
    # "left" is a verb only before its object or an amount ("the rains|left at least 12 dead";
    # not "to the left"), and only for it does an amount after a preposition make an object
    # (not "Donetsk, located about 10 km")
    left_amount = r == "left" and _AMOUNT_AHEAD.match(after) is not None
    before = strip_dateline(before)   # "PORTO ALEGRE – The rains ... Friday|left"
    # after a common noun or an adverb a verb of saying with its speaker after it is inverted
    # speech ("very tired, said the swimmer", "it was hard, reported the agency on Monday"),
    # and a participle with "by" opens a phrase ("the shares, controlled by Mediaset")
    speech = r in _INVERTED_SPEECH or r in REPORTING_VERBS and SPEAKER.match(after) is not None
    noun = (left.islower() and len(left) >= 3 and zipf(left) >= 3.0 and not left.endswith("ly")
            and left not in CONNECTIVES and left not in DETERMINERS and left not in PREPOSITIONS
            and not speech and (nxt.lower() != "by" or r in PAST_ONLY))
    # ... or an adverb before its verb ("recently|became", "had always|demanded", "then|identified")
    adverb = left.islower() and not speech and (left.endswith("ly") and zipf(left) >= 3.0 or left in _VERB_ADVERBS)
    acronym = left.isalpha() and left.isupper() and 2 <= len(left) <= 6   # "FF|signed a new deal"
    if not ((left[:1].isupper() and left[1:].islower() or noun or adverb or acronym)
            and (len(r) >= 4 and (r.endswith("ed") or r in FINITE_VERBS) or r in IRREGULAR_PAST
                 or r == "left" and (nxt.lower() in OBJECT_STARTS or left_amount)
                 or r in _THAT_BASE_VERBS and nxt == "that"   # "Economists from Itaú Unibanco|consider that"
                 or left[:1].isupper() and present_verb(r)   # "The minister Luisa Alcalde|insists that"
                 and not (SPEAKER.match(after) or _THE_NAME_END.match(after)))   # not "France, informs the Border Police."
            and (nxt[:1].islower() or nxt[:1].isdigit())
            and (nxt.lower() not in NOT_AN_OBJECT or r in REPORTING_VERBS and not noun or never_passive(r)
                 or left_amount or r in PAST_ONLY)):
        return False
    state = clause_state(before)
    first = before.split(None, 1)[0].lower().rstrip(",") if before.strip() else ""
    if (_NAME_LIST.fullmatch(before) and first not in INTRO_OPENERS and first not in PREPOSITIONS
            and not (past_form(r) and nxt.lower() in _PARTICIPLE_NEXT)):   # not "Mexico, joined by Chile,"
        # a list of names opens the sentence and is its subject: "Brazil, Colombia and
        # Mexico|have requested" (its commas are the list's, none opened an apposition)
        return True
    # (an amount or a quantity is an object too: "In the first round, Orsi|obtained 43.9%",
    # "Later Kangasniemi|added more details")
    takes_object = (nxt.lower() in OBJECT_STARTS or nxt.lower() in QUANTIFIERS or nxt.lower() == "more"
                    or nxt[:1].isdigit() and (past_form(r) or r in FINITE_VERBS))
    if takes_object and (state in ("intro1", "intro2") or state == "appos" and before.count(",") == 1
                         and (first in INTRO_OPENERS or first.isdigit())):
        # an opening phrase, then the subject, then a past tense and its object ("Later
        # Bloknot|published a sequel", "In 1964, Andy Warhol|created his first", "Instead,
        # Buffett|threw a party"): the verb's object shows that no phrase ended at the join
        return True
    if state in ("start", "none1", "none2", "none3"):
        # not after an opening phrase, whose comma may be the lost one ("Speaking by
        # phone from Perth|said", "In Germany|prices")
        return not (first.endswith("ing") or first in NOT_AN_OBJECT)
    if _THAT_CLAUSE.search(before.rsplit(",", 1)[-1]):
        # a complement clause opened after the last comma, and its subject ends at the join
        # ("Echeverry, explained that the phenomenon of El Niño|will continue")
        return True
    if state in ("near", "after", "appos") and before.count(",") == 1 and (
            first in NOT_AN_OBJECT or first in PHRASE_OPENERS):
        # the one comma closed an opening phrase and a new subject began ("In a
        # statement, the Ministry of Health|reported 30 new cases", "According to the
        # Government, the centers in Gjader|will allow")
        subject = before.split(",", 1)[1].split()
        return len(subject) >= 2 and subject[0].lower() in ("the", "a", "an", "its", "his", "her", "their")
    return False


def uncertainty(seps: list[tuple[str, float]]) -> str:
    """"; the punctuation is uncertain: comma 60%, space 29%" where the chosen separator is
    under :data:`UNSURE_SEPARATOR`, else "" (the split is sure, what stood there is not)."""
    if len(seps) < 2 or seps[0][1] >= UNSURE_SEPARATOR:
        return ""
    return "; the punctuation is uncertain: " + ", ".join(
        f"{_NAMES.get(sep, repr(sep))} {p:.0%}" for sep, p in seps[:2])
