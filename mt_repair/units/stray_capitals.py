"""Stray capitals: a function word left capitalised mid-sentence by a lost tag boundary.

>>> from mt_repair.units.stray_capitals import StrayCapital
>>> [f.suggestion for f in StrayCapital()("López Obrador With several secretaries")]
['with']
>>> [f.suggestion for f in StrayCapital()("announced that A joint team will go")]
['a']
>>> StrayCapital()("He met The Hague court. Plan A is off. I think so. Dancing With the Stars")
[]

A past tense capitalised after a comma, before its object, is stray too:

>>> [f.suggestion for f in StrayCapital()("Biden, for his part, Stressed the importance of it")]
['stressed']

Where a sentence may have ended before the capital and lost its period (a run-on: "rose
last year On the other hand"), the finding takes in the previous word and offers the
period as well; the rules keep the lower case, a model that scores candidates chooses
(:data:`mt_repair.planner.RUN_ON_MARGIN`):

>>> [c.text for c in StrayCapital()("rose last year On the other hand")[0].candidates]
['year on', 'year. On']
"""

from __future__ import annotations

import re
from typing import Iterable

from ..edits import Finding
from ..evidence.lexicon import regular_plural, zipf
from ..evidence.proper_nouns import always_capitalised, is_name_part, is_proper_noun, name_run_on_share
from ..evidence.punctuation import AUXILIARIES, bigram_count, separator_counts
from .base import Doc, Unit, by_initial, finding, title_case_line
from .join_separators import may_end_sentence
from .join_words import CALENDAR, GIVEN_NAME_SHARE, LABEL_NOUNS

#: conjunctions and prepositions: mid-sentence they are almost never capitalised
LINKING_WORDS = """
And Or But Nor With Without Of In On For To From At By Into Onto Over Under About
After Before During Between Among Against Through Across Toward Towards Upon Within Which
Who Whom Whose Where When While Although Though Because Since Unless Until If Whether
""".split()
#: auxiliaries, modals and adverbs: mid-sentence before a lower-case word they are stray
#: ("there Is something", "the Ministry Will represent"); "Can" is also a surname
VERB_WORDS = "Is Are Was Were Has Have Had Will Would Could Should Must Not Also Than".split()
#: articles and determiners: these also start titles and names ("The Hague", "A levels")
DETERMINER_WORDS = "The A An This These Those That Its Their His Her Our Several Some Many Both Each Every".split()
FUNCTION_WORDS = LINKING_WORDS + DETERMINER_WORDS + VERB_WORDS
#: subject pronouns: after a word that can end a sentence ("he said He would", "the results
#: It will") the period was lost or the capital is stray; nowhere else are they flagged.  On
#: 128,747 lines of clean news, WMT references and system outputs, 23 lines have one after
#: such a word: none in news, one in a reference and 22 in system outputs, all run-ons or
#: stray capitals of the MT.  Lower-casing a run-on's pronoun would hide the sentence start,
#: so they are left to a model that scores candidates (``model_only``), and to --all
PRONOUN_WORDS = "It He She They We There".split()
#: determiners that are safe after a preposition; not "A" ("from A through F", "a score of A
#: minus") nor demonstratives, which open titles ("an episode of This is Us")
_AFTER_PREPOSITION = frozenset("The Their His Her Its Our".split())
_LINKING = frozenset(LINKING_WORDS)
#: conjunctions and complementisers end no sentence, and in clean news no title with a
#: lower-case second word follows one ("said that The Social Network": capitals run on): an
#: article or quantifier capitalised right after one, before a lower-case word, is stray
#: ("announced that A joint team", "and The problem").  On the en_news, WMT21/23 and
#: MLQE-PE lines the shape occurs 3 times, all in MT system outputs; possessives stay out
#: ("His nature and His qualifications": a deity's pronoun, in clean news)
_LINKED_DETERMINERS = frozenset("The A An This These Those Several Some Many Both Each Every".split())
#: ... of which these may stand before a number ("that Some 90,000 firefighters"; not "The":
#: "fans of Arctic Monkeys and The 1975", a band)
_NUMBER_DETERMINERS = frozenset("These Those Several Some Many".split())
#: ... and prepositions before a number after a lower-case word: on the en_news, WMT21/23
#: and MLQE-PE lines the shape stands 6 times, each a stray capital or a run-on
#: ("context In 2002, Jonathan", which _INTRODUCTORY leaves to --all)
_NUMBER_PREPOSITIONS = frozenset("To Of Than From By At On In".split())
# (not "Over", "Under", "For", "Since", which open labels and names: "backing Over 2.5 goals",
# "the national Under 21 team", "The conference For 2025", "The café Since 1948")
#: "That" after a word that takes a that-clause (clean news writes "that" after it in at least
#: :data:`THAT_CLAUSE_SHARE` of its uses, :data:`THAT_CLAUSE_MIN` times or more: "said" 28%,
#: "stated" 55%, "adding" 54%, "seems" 13%) opens that clause: capitalised there between
#: two lower-case words it is stray ("the minister stated That the country").  On 247,000
#: lines of en_news, WMT21/23 references and outputs and MLQE-PE post-edits, no clean line
#: has "<word> That <word>".  Before an auxiliary it may open a run-on sentence ("he said
#: That is not true"), after a comma a comma splice: both stay with --all
THAT_CLAUSE_SHARE = 0.1
THAT_CLAUSE_MIN = 20
_CLAUSE_LINKS = frozenset("""that and but or nor which who whom whose because although though
whether if than whereas unless""".split())
#: subject pronouns that no deity or title capitalises: right after one of _CLAUSE_LINKS,
#: before a lower-case word, they are stray ("warned that It could", "and They said").  No
#: en_news, WMT21/23 or MLQE-PE line has the shape (clean news has "because He is": a deity)
_LINKED_PRONOUNS = frozenset("It They We".split())
#: determiners that, capitalised after a lower-case word that cannot end a sentence and
#: before a lower-case word, are stray: no title or name is written so ("supporting The
#: programme", "submit Their requests", "is An actor").  On 56,352 clean news lines and
#: 22,853 WMT references the shape occurs 3 times with "The", all book titles after
#: "titled" or "of" (which the title-verb and preposition rules read), never with the others
#: ("A" is a grade or a variable: "exhibit A in", "hepatitis A appear"; "His", "Her" a deity's)
_UNTITLED_DETERMINERS = frozenset("The Their Its Our An".split())
#: ... and "A" after an auxiliary, a copula, "such" or a preposition that ends no clause,
#: before a singular word that clean news writes after "a" often ("has A positive impact",
#: "was A time when", "such A difference", "in A state of"): on the en_news lines "A"
#: stands between two lower-case words 25 times, every one a label ("hepatitis A",
#: "the A shares", "to A levels", "of A round"), none after these words
_A_AFTER = frozenset("has have had was were is are be been being such in with for".split())
#: how often clean news writes "a" before the next word for "A" to be the article there
_A_NEXT_MIN = 20
#: words after a label "A": keys, blood groups, lists, teams, series, finals ("in A major",
#: "was A negative", "A list celebrities", "A team experience", "in A series funding")
_A_LABEL_NEXT = frozenset("""major minor flat sharp positive negative list team series final key level grade
side road league class type plus star""".split())
_PARTICLES_BEFORE_THE = frozenset("""as about over out up down off back away around along through like near under
behind beyond after before since until unlike per""".split())
#: prepositions of place, before which "Our" may open a title ("starred in Our town"); "about" may
#: end a clause whose period was lost ("is talked about The couple's outfit"): a particle above
_LOCATIVES = frozenset("in on at by".split())
#: coordinators capitalised after a comma, before a lower-case word, are stray even where
#: the comma splices two sentences (", And poppy seeds", ", But it was"): no clean news
#: line nor WMT reference writes them so, and the lower-case word is right either way
_COORDINATORS = frozenset("And Or But Nor".split())
#: ... but not after a word that introduces speech or thought, nor in a question: unquoted
#: speech may open there ("he said, But what if we fail?", "asked, And then what happened?")
_SPEECH_BEFORE = frozenset("""said says asked asks replied replies wrote writes added adds thought thinks
wondered wonders answered answers told tells myself himself herself themselves yourself ourselves""".split())
#: subordinators open a clause that may be a new sentence whose period was lost ("the
#: DirectX program Before starting the game", "powered off When the message appears"):
#: the fix there is a period, not a small letter, so only --all lowers them
_CLAUSE_OPENERS = frozenset("""After Before When While Although Though Because Since Unless Until If
Whether Where""".split())

#: a past tense capitalised after a comma and a lower-case word, before its object and no
#: capital: "Biden, for his part, Stressed the importance".  No sentence opens with a past
#: tense, and no clean line of en_news, WMT21/23 or MLQE-PE has the shape (a name or a
#: title in "-ed" runs on into capitals: "Mohammed al", "Instructed to Delete", "Edward,
#: Alfred the Great")
_PAST_NEXT = (r"([A-Z][a-z]{3,}ed)(?= (?:(?:the|a|an|his|her|its|their|our|this|these|those|that)\b(?! [A-Z])(?! \S+ [A-Z])"
              r"|that (?:[A-Z][a-z]+|the|a|an|his|her|its|their|it|he|she|they|we)\b(?! [A-Z])))")
#: (two scans, each led by a literal the scanner skips to: faster than one alternation)
_STRAY_PAST = (re.compile(", " + _PAST_NEXT), re.compile(" and " + _PAST_NEXT), re.compile(" who " + _PAST_NEXT))
#: ... right after a sentence's subject, a determiner and a noun ("The organization Estimated
#: that more than 2,300 startups"), or a name that opens the sentence or follows a comma
#: ("In a message, Daniel Noboa Announced this Sunday"; not a word that continues names,
#: "Coal India Limited this year", nor a surname after a given name, "Brian Blessed this week"),
#: or an organisation's acronym in brackets ("the state company Yacimientos de Litio Bolivianos
#: (YLB) Reported that")
#: (scanned from the capitalised past, which is rare, then the subject read before it)
#: (a weekday or a month may follow its determiner there: "Noboa Announced this Sunday that")
_CALENDAR = ("(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
             "June|July|August|September|October|November|December)\\b")
#: ... and "to" with a verb may ("Arévalo Promised to fight")
_CAPITAL_PAST = re.compile(_PAST_NEXT.replace(r"\b(?! [A-Z])(?! \S+ [A-Z])",
                                               rf"\b(?! (?!{_CALENDAR})[A-Z])(?! \S+ (?!{_CALENDAR})[A-Z])", 1)
                           .replace("|that)\\b", "|that|to)\\b", 1))
assert _CAPITAL_PAST.pattern != _PAST_NEXT
_SUBJECT_BEFORE = re.compile(r"(?:(?:^|(?<=[.!?] )|(?<=\n))(?:The|An?|This|These|Those|Its|Their|Our) [a-z]{4,}"
                             r"|(?:^|(?<=[.!?,:–—] )|(?<=\n))(?:[A-Z][\w'’.-]* ){0,3}(?P<name>[A-Z][a-záéíóúñãõç]{2,})"
                             r"|(?<=[a-z] )\([A-Z][A-Z&]{1,7}\)) \Z")
#: a preposition capitalised after a lower-case word, before a capitalised word (not "To",
#: "For", "About", "Under", "By", "Of", which open names: "met To Lam", "For Sale", "Under
#: Armour", "founded By Terry", "praised Of Montreal"; "In", "At", "On" open fewer, after
#: nouns and verbs that name a work or a firm, which the guards read: "the company On
#: Holding", "the bestseller In Europe").  On the en_news, WMT21/23 and MLQE-PE lines a
#: lower-case word and one of these before a capital stand 7 times, 4 of them stray
#: capitals: "known In Europe so far", "group In Ministry of")
_LINK_BEFORE_NAME = re.compile("(" + by_initial(
    "With From Into During Between Against In At On Since Until After Before".split(), behind="[a-z]{2} ")
    + r")(?= [A-Z][a-z]| (?:19|20)\d\d\b)")
#: ... of which these only before a date (see _DATE_AFTER)
_TIME_ONLY = frozenset("Since Until After Before".split())
#: a month, a weekday or a year after a preposition of time ("banned the sale of some
#: varieties In July", "reached the port On Monday"): on the en_news, WMT and MLQE-PE lines a
#: lower-case word and such a capital before a date stand twice, both sentences whose period
#: or comma was lost ("context In 2002, Jonathan"), which _INTRODUCTORY leaves alone
_DATE_AFTER = re.compile(r" (?:" + _CALENDAR + r"|(?:19|20)\d\d\b)")
#: a subject pronoun after the name or the date (the year, when no name follows)
_PRONOUN_AFTER = re.compile(r"(?:\d+)? (?:we|I|you|they|he|she|it)\b")
#: the capitalised words after the preposition, and a capitalised small word among them
#: (a title or a label in title case: "On The Road", "About This Mac", "In God We Trust")
_CAPITAL_RUN = re.compile(r"([A-Z][\w'’-]*)(?: [A-Z][\w'’-]*)*")
_SMALL_CAPITAL = re.compile(r"\b(?:The|A|An|Of|It|My|This|We|You|In|On|To|For|With|And|Or|At|By|From|Is|Be)\b")
#: any preposition: two in a row start a name ("of Under Armour", "with To Lam")
_ANY_PREPOSITION = frozenset("""of to for from with into onto at by in on about under over against during
between among through across after before since until near like as""".split())
#: verbs whose object may be a work's title ("reread Of Mice and Men", "watched The office")
_WORK_VERBS = frozenset("""read reads reread rereading watch watched watching saw seen see quoted quotes
translated translates teaches taught loves loved love listened listening told click tap open select choose
wrote written directed starred sang sings performed recorded launched launching praised embraced adored chose
founded programmed reviewed recommended published staged screened premiered released""".split())
#: nouns that name a work or an organisation, whose name may follow in sentence case or
#: start with a preposition ("the novel On Chesil Beach", "the essay About Noica's
#: loneliness", "the association For Water for People", "family business By Lassen")
_TITLE_NOUNS = frozenset("""programme program novel song film movie album book series show play single track
poem opera musical band record documentary exhibition episode campaign slogan motto headline essay thesis
article paper study report speech lecture column blog podcast association organisation organization
foundation initiative movement project company business brand firm label party coalition alliance network
platform fund charity collective magazine newspaper thriller memoir hit ballet painting exhibit duo trio group
theme sculpture installation drama comedy sitcom sequel debut anthem chant hymn mixtape bestseller classic
masterpiece biopic novella miniseries remake adaptation anthology ballad newsletter restaurant hotel channel
startup cafe café bar club""".split())
#: ... after "to" and a lower-case word, a verb in its base form ("or to Accept that the")
#: (only before "that" and a lower-case word: names, shops and places that are also verbs
#: stand before a time phrase, "wrote to Sue the next morning", "flocked to Target the day
#: after"; a headline runs on into capitals, "to Celebrate the 70th Anniversary")
_TO_CAPITAL = re.compile(r" to ([A-Z][a-z]{2,})(?= that [a-z])")   # (a lower-case letter before: read in _infinitives)
#: irregular verbs, whose base form no regular past shows to be a verb
_IRREGULAR_BASES = frozenset("""take make give find keep bring tell lead send pay sell spend win lose hold
meet build buy seek begin become choose""".split())
#: ... after "and": the word before it is lower case ("organized crime and Announced the")
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’-])[a-z]{2,}$")


def _past_zipf(base: str) -> float:
    """How common the regular past of a base form is (Zipf): "accept" has "accepted" (4.3);
    "parliament" has none.

    >>> _past_zipf("accept") > 4, _past_zipf("parliament")
    (True, 0.0)
    """
    pasts = [base + "d"] if base.endswith("e") else [base + "ed", base + base[-1] + "ed"]
    if base.endswith("y"):
        pasts.append(base[:-1] + "ied")
    return max(zipf(p) for p in pasts)


def _verb_base_zipf(past: str) -> float:
    """How common the likeliest base form of a regular past is (Zipf): "announced" has
    "announce" (4.3); "wicked" (3.3), "sacred", "beloved" are adjectives.

    >>> _verb_base_zipf("stopped") > 5, _verb_base_zipf("beloved") < 3
    (True, True)
    """
    bases = [past[:-1], past[:-2]]
    if past[-3] == past[-4]:
        bases.append(past[:-3])   # "stopped"
    if past.endswith("ied"):
        bases.append(past[:-3] + "y")   # "carried"
    return max(zipf(b) for b in bases)


#: ... a word this common (Zipf, lower case) and no name
STRAY_PAST_ZIPF = 3.5
#: ... or this common for a past of eight letters or more ("lamented", "denounced")
LONG_PAST_ZIPF = 3.0
#: a capitalised word before it is a name when a list has it or it is this rare a word
#: ("Noboa Announced"; not "Standard Chartered this week", a bank)
NAME_ZIPF = 3.5

_STRAY = re.compile(
    r"(" + by_initial(FUNCTION_WORDS + PRONOUN_WORDS, behind="[a-záéíóúñü,] ")
    + r")(?= ([a-z][\w’'-]*|\d(?:[\d,.]*\d)?)(?: (\S+))?)"
)
#: words that cannot follow the article "A" (so "vitamin A and" is a name, not an article)
_NOT_AFTER_ARTICLE = frozenset("and or is was to in of on for at by with as the a an are were be has".split())


_DETERMINERS = frozenset("a an the his her its their our my your".split())
#: small words that only a title capitalises mid-sentence
_TITLE_SMALL_CAPS = frozenset(FUNCTION_WORDS + PRONOUN_WORDS + ["Like", "You", "Me", "My", "Your"])
#: prepositions, which need an object and end no sentence: a possessive or "The" capitalised
#: right after one (and before no auxiliary: "of The xx is") is stray ("one of The most",
#: "throughout The week", "to Their door"); after a noun or a verb it may open a run-on
#: sentence whose period was lost ("rising water The fear of heavy rain"), so only --all
#: acts there; particles that end clauses ("talked about", "starts over", "came in") are
#: not listed
_PREPOSITIONS = frozenset("""of to for from with into onto throughout during toward towards upon
within among between against without across at via using""".split())


_TITLE_VERBS = frozenset("titled entitled called named dubbed nicknamed headlined".split())


_VERBS = frozenset(VERB_WORDS)
#: the word after a capitalised one (a lower-case word, not a title's small word, says the
#: capitals before it are no title in title case)
_FOURTH = re.compile(r" ([a-z]+)\b")
_TITLE_SMALL = frozenset("a an the and or nor but of in on at to for by with from as into over".split())
#: ... and a capitalised word this common before it may be a title's ("Fast And the Furious")
_TITLE_WORD_ZIPF = 3.5
#: words that may follow an inverted auxiliary as its subject
_SUBJECTS = frozenset("the a an it he she they we you i this that there its his her their our".split())
_WH = frozenset("Where What Who Whom Whose When Why How Which".split())
_AUXILIARIES = AUXILIARIES | {"do", "am"}
_RELATIVES = frozenset("Which Who Whose Whom".split())
_SENTENCE_END = re.compile(r"[.!?\n]")


def _sentence_rest(text: str, pos: int) -> str:
    """The text from ``pos`` to the end of its sentence, its ending mark included."""
    m = _SENTENCE_END.search(text, pos)
    return text[pos:m.end()] if m else text[pos:]


#: capitals that may open a sentence whose period was lost ("rose last year On the other
#: hand", "met on Friday The talks"): not an auxiliary or a modal before a lower-case word
#: (no question starts so), nor a word that opens no sentence
_RUN_ON_OPENERS = frozenset(FUNCTION_WORDS + PRONOUN_WORDS) - (frozenset(VERB_WORDS) - {"Also", "Not"}) - frozenset(
    "Which Who Whom Whose Into Onto Upon Toward Towards Nor".split())
_PRONOUNS = frozenset(PRONOUN_WORDS)
#: the previous word of a possible run-on: a lower-case word ("year"), or a day or a month
#: ("on Friday The talks"); a number never stands there (``_STRAY`` wants a letter before)
_RUN_ON_PREV = re.compile(r"[a-z0-9][\w’'-]*")

#: a short introductory phrase closed by a comma after the capital ("In terms of consumption,")
_INTRODUCTORY = re.compile(r"(?: [\w’'-]+){1,5},(?= )")
#: words after "Not" that may open a sentence whose period was lost ("can do Not what")
_NOT_OPENS = frozenset("what which who whom whose where when why how".split()) | _SUBJECTS


def _takes_that_clause(word: str) -> bool:
    """Does clean news write "that" after ``word`` often ("said", "stated", "seems")?

    >>> _takes_that_clause("stated"), _takes_that_clause("year")
    (True, False)
    """
    counts = separator_counts(f"L:{word}")
    n = bigram_count(word, "that")
    return bool(counts) and n >= THAT_CLAUSE_MIN and n >= THAT_CLAUSE_SHARE * sum(counts)


def _plural(word: str) -> bool:
    """A regular plural of a common noun ("levels", "cities"), which no article precedes."""
    return regular_plural(word, word_zipf=2.5, ies=True)


class StrayCapital(Unit):
    rule = "stray-capital"
    summary = "a capitalised function word in the middle of a sentence"

    def find(self, doc: Doc) -> Iterable[Finding]:
        text = doc.text
        yield from self._past_tenses(doc)
        if " to " in text:
            yield from self._infinitives(doc)
        yield from self._links_before_names(doc)
        for m in _STRAY.finditer(text):
            word, nxt, after = m.group(1), m.group(2), m.group(3) or ""
            s, e = m.start(1), m.end(1)
            if word == "A" and (nxt in _NOT_AFTER_ARTICLE or len(nxt) < 2 or _plural(nxt)):
                continue  # ... nor a plural: "A levels" is a name
            # a relative pronoun after a word and a comma opens no sentence unless a question
            # does ("drug trafficking, Which has turned the port": the relative clause's
            # capital is a tag's)
            relative = (word in _RELATIVES and text[s - 2:s] == ", " and text[s - 3:s - 2].isalnum()
                        and "?" not in _sentence_rest(text, e))
            if word in _WH and nxt.lower() in _AUXILIARIES and not relative:
                continue  # "Good evening Where is the tram": a question starts; a period was lost
            if word in _VERBS and word not in ("Not", "Also", "Than") and nxt in _SUBJECTS:
                continue  # "eastern Japan Will the rainy season end": a question starts
            prev = text[max(0, s - 14):s].split()
            pw = prev[-1].lower().rstrip(",") if prev else ""
            if nxt[0].isdigit() and not (word in _NUMBER_DETERMINERS and pw in _CLAUSE_LINKS
                                         or word in _NUMBER_PREPOSITIONS and prev and prev[-1].isalpha()
                                         and prev[-1].islower() and len(pw) >= 3 and pw not in _CLAUSE_LINKS
                                         and pw not in _TITLE_NOUNS and pw not in _WORK_VERBS
                                         and after.lower() not in _SUBJECTS):
                continue  # before a number only a determiner after a clause link: "that Some 90,000
                #           firefighters", or a preposition after a lower-case word that links
                #           nothing: "rose by 3.6 percent To 1.58 million" (not "Plan A 2", "and
                #           Over 2.5", "Prices Since 1989", "the column At 2020 Vision", nor a
                #           clause after the number: "chanted In 2024 we win")
            if nxt[0].isdigit() and _INTRODUCTORY.match(text, m.end(1)):
                continue  # "context In 2002, Jonathan": a sentence whose period was lost opens
                #           with a date and a comma (lost-period's, not a lower-case word)
            if (len(prev) >= 2 and prev[-1] in _TITLE_SMALL_CAPS and text[s - 1:s] == " "
                    and prev[-2][:1].isupper() and not doc.at_sentence_start(s - 1 - len(prev[-1]))
                    and not doc.at_sentence_start(s - 2 - len(prev[-1]) - len(prev[-2]))):
                continue  # "watched The Way We Were", "And Just Like That": a small word and a
                #           word capitalised mid-sentence before it, a title in title case (not
                #           "said that It Will be": two stray capitals in a row)
            if pw in _DETERMINERS or pw in _TITLE_VERBS:
                continue  # "an A road", "titled The unreal World": a name or title follows
            if word == "A" and (pw in LABEL_NOUNS or prev and prev[-1][:1].isupper()):
                continue  # "category A licences", "Class A drug", "Serie A", "University A"
            if not relative and prev and (prev[-1].rstrip(",").isdigit() or prev[-1].rstrip(",.)").isdigit()):
                continue  # "1, The packing": a numbered list
            if nxt.lower() in {"the", "a", "an", "of", "and"} and after[:1].isupper() and not (
                    after.isalpha() and (w4 := _FOURTH.match(text, m.end(3))) and w4[1] not in _TITLE_SMALL
                    and prev and prev[-1].isalpha() and prev[-1].istitle()
                    and zipf(prev[-1].lower()) < _TITLE_WORD_ZIPF):
                continue  # a title in title case: "Dancing With the Stars", "Fast And the Furious
                #           films", "Chamber of Secrets" (not a name before it and a lower-case
                #           content word after: "Ebrard And the Canadian minister")
            ls, le = doc.line_bounds(s)
            if le - ls > 2000:  # a very long line is prose, not a headline: judge the sentence
                ls, le = max(ls, text.rfind(". ", ls, s) + 2), min(le, (text.find(". ", e, le) + 1) or le)
            if title_case_line(text[ls:le]) or doc.protected(s, e):
                continue
            if self._inside_quoted_title(text, ls, s):
                continue
            # A capitalised conjunction or preposition mid-sentence is stray ("Obrador With
            # several", "labour And local"); an article may start an unquoted title or name
            # ("a lecture A view of", "Statistics The unemployment"): only --all acts on
            # those.  After a comma a capital starts a run-on sentence (", The package was
            # returned": 31 of 32 such changes on WMT23 human references were wrong, the
            # fix there is a period): never acted on.
            if prev and prev[-1].endswith(",") and not relative and not (
                    word in _COORDINATORS and prev[-1][:-1].isalpha() and prev[-1][:-1].islower()
                    and prev[-1][:-1] not in _SPEECH_BEFORE and "?" not in _sentence_rest(text, e)):
                continue   # (a relative: see above; a coordinator after a comma: see _COORDINATORS)
            conf = 0.92 if (word in _LINKING or word in _VERBS) and word not in _CLAUSE_OPENERS or relative else 0.85
            if word in _AFTER_PREPOSITION and pw in _PREPOSITIONS and nxt.lower() not in _AUXILIARIES:
                conf = 0.92
            if word in _LINKED_DETERMINERS and pw in _CLAUSE_LINKS and prev[-1].islower() \
                    and nxt.lower() not in _AUXILIARIES:
                conf = 0.92
            if word == "That" and prev[-1].isalpha() and prev[-1].islower() and nxt.lower() not in _AUXILIARIES \
                    and _takes_that_clause(pw):
                conf = 0.92   # "stated That the country", "announced That he"
            if word == "Not":
                # "How are you doing Not great": a lost question mark; after an auxiliary
                # ("do Not manage", "is Not always") no sentence ended
                # (but not before a word that may open a new sentence: "what your country can
                # do Not what it can do for you", "I am Not what they say")
                after_aux = pw in _AUXILIARIES and prev[-1].islower() and nxt.lower() not in _NOT_OPENS
                conf = 0.92 if after_aux else 0.85
            run_on = self._run_on(text, ls, s, word)
            if (word in _UNTITLED_DETERMINERS and run_on is None and prev[-1].isalpha() and prev[-1].islower()
                    and nxt[:1].islower() and nxt.lower() not in _AUXILIARIES and nxt[1:] == nxt[1:].lower()
                    and not nxt.startswith("t-") and pw not in _WORK_VERBS
                    and pw not in _PARTICLES_BEFORE_THE and zipf(pw) >= 3.0
                    and (word != "Our" or pw not in _PREPOSITIONS and pw not in _LOCATIVES)):
                # ("known as The ...", "starred in Our town", "watched The office": titles; a
                # stylised name, "The dB's"; Irish "An t-Òban"; a particle may end a clause
                # whose period was lost, "the count starts over The total"; markup residue opens
                # a caption, "leftthumbnail The parable")
                conf = 0.92   # "supporting The programme", "submit Their requests", "is An actor"
            if (word == "A" and prev[-1] in _A_AFTER and nxt.islower() and not _plural(nxt) and nxt not in _A_LABEL_NEXT
                    and nxt not in _NOT_AFTER_ARTICLE and bigram_count("a", nxt) >= _A_NEXT_MIN):
                conf = 0.92   # "has A positive impact", "in A state of emergency"
            if (word not in _VERBS or word in ("Also", "Than") or word == "Not" and conf < 0.9) \
                    and _INTRODUCTORY.match(text, e):
                # "final In the first half of the season, he ...": a phrase then a comma opens
                # a sentence whose period was lost; lower-casing it would not repair that (an
                # auxiliary or modal opens no such phrase: "employees Will wonder, 'Did you'";
                # an adverb does: "without a deal Also on Monday, the minister resigned")
                conf = min(conf, 0.85)
            if word in _LINKED_PRONOUNS and pw in _CLAUSE_LINKS and prev[-1].islower():
                yield finding(self, s, e, word, [(word.lower(), 0.97)], 0.92,
                              f"'{word}' is capitalised mid-sentence, after '{prev[-1]}'")
                continue
            if word in _PRONOUNS and run_on is None:
                continue    # "of He", "that It": no sentence ended; something else is wrong
            if run_on is not None:
                # a run-on sentence reads the same ("rose last year On the other hand"): the
                # span takes in the previous word, the period is the second candidate, and
                # a model that scores candidates chooses between the two (planner.RUN_ON_MARGIN).
                # A pronoun there nearly always opens a run-on: it is left to the model
                ps, prev_word = run_on
                pronoun = word in _PRONOUNS
                yield finding(self, ps, e, text[ps:e],
                              [(f"{prev_word} {word.lower()}", 0.97), (f"{prev_word}. {word}", 0.03)],
                              0.85 if pronoun else conf,
                              f"'{word}' is capitalised mid-sentence (or a sentence ended after "
                              f"'{prev_word}' and lost its period)", run_on=True,
                              **({"model_only": True} if pronoun else {}))
                continue
            yield finding(self, s, e, word, [(word.lower(), 0.97)], conf,
                          f"'{word}' is capitalised mid-sentence")

    def _past_tenses(self, doc: Doc) -> Iterable[Finding]:
        """A past tense capitalised after a comma or "and", before a determiner: "for his part,
        Stressed the", "organized crime and Announced the"."""
        text = doc.text
        for m in (m for scan in _STRAY_PAST for m in scan.finditer(text)):
            word = m.group(1)
            s, e = m.span(1)
            link = text[m.start():s].strip(" ,")
            # (a long past is seldom an adjective that names a work: "Lamented" 3.1 counts)
            bar = STRAY_PAST_ZIPF if len(word) < 8 else LONG_PAST_ZIPF
            if link == "who":
                # "Carlo Ancelotti, who Celebrated his 300th match": the relative pronoun's verb
                if _verb_base_zipf(word.lower()) < bar or zipf(word.lower()) < bar:
                    continue
                f = self._past_finding(doc, s, e, word, "'who'")
                if f is not None:
                    yield f
                continue
            if not text[m.start() - 1:m.start()].islower():
                continue   # after a lower-case word only ("Edward, Alfred" has a name before it too)
            if text[m.start()] == " " and not (_LOWER_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
                                               and _verb_base_zipf(word.lower()) >= bar):
                continue   # "crime and Announced the": "and" after a whole lower-case word only,
                #            a verb's past (not an adjective that names a work: "and Wicked the musical")
            if zipf(word.lower()) < bar:
                continue
            f = self._past_finding(doc, s, e, word, "'and'" if text[m.start()] == " " else "a comma")
            if f is not None:
                yield f
        for m in _CAPITAL_PAST.finditer(text):
            word = m.group(1)
            s, e = m.span(1)
            subject = _SUBJECT_BEFORE.search(text, max(0, s - 60), s)
            name = subject and subject.group("name")
            if (not subject or is_name_part(word) or name and (
                    not (is_proper_noun(name) or zipf(name.lower()) < NAME_ZIPF)
                    or name_run_on_share(name) >= GIVEN_NAME_SHARE)
                    or zipf(word.lower()) < STRAY_PAST_ZIPF or _verb_base_zipf(word.lower()) < STRAY_PAST_ZIPF):
                continue
            f = self._past_finding(doc, s, e, word, "the sentence's subject")
            if f is not None:
                yield f

    def _links_before_names(self, doc: Doc) -> Iterable[Finding]:
        """A preposition capitalised after a lower-case word and before a name: "talks With
        British officials", "fighting Between Russian and Ukrainian forces"; or one of time
        before a date: "banned the sale In July".
        Titles run on in capitals before it ("Lord Of The Rings") or follow a word that
        names them ("the novel On Chesil Beach", "a single called Into The Night")."""
        text = doc.text
        for m in _LINK_BEFORE_NAME.finditer(text):
            word = m.group(1)
            s, e = m.span(1)
            if (word in _TIME_ONLY or text[e + 1].isdigit()) and not _DATE_AFTER.match(text, e):
                continue   # "Since", "Until", "After", "Before" only before a date
            pw = text[max(0, s - 30):s - 1].rsplit(" ", 1)[-1]
            run = _CAPITAL_RUN.match(text, e + 1)   # (None before a year)
            if _PRONOUN_AFTER.match(text, run.end() if run else e + 1):
                continue   # a clause follows: a slogan or a title ("the theme is On Monday we act")
            if (not pw.isalpha() or not pw.islower() or zipf(pw) < 3.0 or pw in _TITLE_VERBS
                    or pw in _TITLE_NOUNS or pw in _WORK_VERBS or pw in _DETERMINERS or pw in _ANY_PREPOSITION
                    or run is not None and (_SMALL_CAPITAL.search(run.group())
                                            or not (is_proper_noun(run.group(1)) or always_capitalised(run.group(1))))
                    or _INTRODUCTORY.match(text, e)):
                continue   # (a name after a determiner or a preposition, "the For Water for People
                #            association", "shares of Under Armour", "made by From Software"; a
                #            title in title case, "watching Into The Woods"; before a common
                #            noun, a label or a title: "For Sale signs", "loves To Kill a
                #            Mockingbird"; a phrase and a comma open a sentence whose period was lost)
            f = self._capital_finding(doc, s, e, word, f"'{word}' is capitalised mid-sentence")
            if f is not None:
                yield f

    def _infinitives(self, doc: Doc) -> Iterable[Finding]:
        """A verb capitalised after "to" and a lower-case word, before "that" and a lower-case
        word: "or to Accept that the party" (no clean news line of the train split writes a
        common word so)."""
        text = doc.text
        for m in _TO_CAPITAL.finditer(text):
            if not text[m.start() - 1:m.start()].islower():
                continue
            word = m.group(1)
            s, e = m.span(1)
            low = word.lower()
            if (zipf(low) < STRAY_PAST_ZIPF or is_name_part(word)
                    or not (low in _IRREGULAR_BASES or _past_zipf(low) >= STRAY_PAST_ZIPF)):
                continue
            f = self._past_finding(doc, s, e, word, "'to'")
            if f is not None:
                yield f

    def _past_finding(self, doc: Doc, s: int, e: int, word: str, after: str) -> Finding | None:
        """The finding for the capitalised past ``word`` at ``s:e``, a verb after ``after``
        (see :meth:`_capital_finding`)."""
        return self._capital_finding(doc, s, e, word, f"'{word}' is capitalised mid-sentence, a verb after {after}")

    def _capital_finding(self, doc: Doc, s: int, e: int, word: str, reason: str) -> Finding | None:
        """The finding that lower-cases ``word`` at ``s:e``; None for a name, a protected
        span, a heading or a quoted title."""
        text = doc.text
        if is_proper_noun(word) or doc.protected(s, e):
            return None
        ls, le = doc.line_bounds(s)
        if title_case_line(text[ls:le]) or self._inside_quoted_title(text, ls, s):
            return None
        return finding(self, s, e, word, [(word.lower(), 0.97)], 0.92, reason)

    @staticmethod
    def _run_on(text: str, line_start: int, pos: int, word: str) -> tuple[int, str] | None:
        """(start, word) of the word before ``pos`` when a sentence may end after it: a known
        lower-case word that can end one (:func:`~mt_repair.units.join_separators.may_end_sentence`:
        "year", "said"; not "of", "former", nor a determiner: "that"), a day or a month; else None."""
        if word not in _RUN_ON_OPENERS:
            return None
        end = pos - 1
        start = end
        while start > line_start and not text[start - 1].isspace():
            start -= 1
        prev = text[start:end]
        if prev not in CALENDAR and (not _RUN_ON_PREV.fullmatch(prev) or not may_end_sentence(prev)):
            return None   # ... nor an unknown word, which may be a join ("peoplewho The")
        if text[max(line_start, start - len(prev) - 1):start].lower() == prev.lower() + " ":
            return None   # "year year On": the repeated word is repaired first
        return start, prev

    @staticmethod
    def _inside_quoted_title(text: str, line_start: int, pos: int) -> bool:
        before = text[line_start:pos]
        return before.count("“") > before.count("”") and pos - before.rfind("“") < 40
