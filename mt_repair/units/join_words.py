"""The word lists merged-words reasons with: closed classes, name and compound parts,
and the shapes of tokens that are never joins.

Every list says what it is for where it is defined; the measurements behind the
lists of words that follow names (``NAME_JOINERS``, ``AFTER_UNKNOWN_NAME``,
``AFTER_PROPER_NOUN``) are given beside them.

>>> "which" in CONNECTIVES, "the" in LEFT_FUNCTION, "field" in RIGHT_BLOCK
(True, True, True)
"""

from __future__ import annotations

import re

#: closed-class words that typically start the right-hand piece of a real join
CONNECTIVES = frozenset("""
and or but nor yet so as which who whom whose where when while whereas although though
that than because since after before until unless if whether with without by for from
in on at of to into onto over under about against between among through during
including particularly especially such both either neither not also even only
the a an this these those its their his her our your my
is are was were be been being has have had will would can could should may might must
says said according he she it we they there here this i you
""".split())

#: short, very common words that end a phrase-initial slot: a join after them ("thesocialists",
#: "tosocial", "thereis") is as clear as one before a connective
LEFT_FUNCTION = frozenset("""
the a an to in on of is be and but or up what there that this for with at by from as it he
she we they was are has had have not no so if all his her its our their my your new are were
into than then when where which who how why
""".split())

#: connectives that may follow an unknown name ("Mayorkasand", "Lindqvistwho"); short ones
#: (-as, -or, -on, -her, -our) end too many real names to be trusted after an unknown piece
NAME_JOINERS = frozenset("""
and which who whom whose where when while whereas although though because but that with
after before said says the will were would could should must from since their have into
about also was those these there here may might been being only under
""".split())
# measured: of 108,552 clean sentences (en_news train, MLQE-PE post-edits), no unlisted name
# ended in one of these after an unlisted stem; -to (Vocento), -by (Steensby), -his
# (Tripathis), -its (Kõrvits), -has (Tirthas) and -had (Dhankhad) did

#: "for his part" and the like after a token: MT's "por su parte", set off by commas
ONES_PART = re.compile(r" (?:his|her|its|their|our|my|your) part,")   # (not "jailed for his part in")

#: ordinal words ("Barcelona|third in the table")
ORDINAL_WORDS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth".split())

#: words (roles, adverbs) that follow a name in apposition or a clause and end no name
AFTER_UNKNOWN_NAME = frozenset("""then around near director chief editor member president
spokesman spokeswoman minister leader founder chairman secretary deputy manager coach professor
analyst expert author owner former head researcher assistant adviser advisor governor ambassador
senator commander captain spokesperson economist lawyer lecturer scientist journalist correspondent
producer officer striker midfielder defender goalkeeper""".split())

#: endings of names and places that a split must not cut through ("Grönl|and", "Scherrenbac|her")
NAME_ENDINGS = ("land", "lands", "burg", "berg", "stein", "stan", "ville", "ton", "son", "sen",
                "man", "mann", "ford", "field", "wood", "mond", "ham", "her", "chand")

#: left pieces that are prefixes, not words, in an unknown compound
PREFIXES = frozenset("""
anti non pre post re un over under counter super inter intra multi cyber micro macro mega
mini semi sub co de dis mis out self ultra pro neo pseudo quasi bio eco geo hyper hypo auto
trans tele photo cross mid off up down back fore extra infra poly mono tri bi uni euro afro
supra
in im il ir en em ex be astro agro aero electro neuro psycho socio techno thermo hydro petro
narco ortho proto retro para meta omni pan step grand half vice well ill all tech cyber
""".split())

#: right pieces that are suffixes or compounding elements, or typical place/brand parts
RIGHT_BLOCK = frozenset("""
less able ible ful like wide ship hood ness wise ward wards proof free based led fold some
self made born style type ism ist ists ian ians ity ize ized ise ised ing ings ed er ers est
ly man men woman women son sons ton town ville burg berg borough port mouth dale hill hills
side view gate way worth wick well wells more ley ham shire castle ridge lake park point
crest mont stein field fields wood woods bridge haven brook stone water ford land lands
star light book soft tech net works web line bank rock fire house garden gardens bury
stead ster stan istan ock ola ina ero era ista ismo
""".split())

#: right pieces that are suffixes or compounding elements in any token ("point|less")
SUFFIXES = frozenset("""
less able ible ful like ship hood ness wise ward wards ism ist ists ian ians ity ize ized ise
ised ing ings ed er ers est ly fold ally ically al
""".split())
#: agent nouns end compounds after any content word ("councilwoman", "anchorman",
#: "recordman", "journeyperson"): never split off after a word that can head a compound
AGENT_TAILS = frozenset("man men woman women person persons".split())
#: function words that open a sentence but no brand name: a capitalised token at a
#: sentence start may join one to a noun ("Thebuilding"), not "All|jobs", "New|bridge"
#: or "My|heritage", which brands start with
SENTENCE_HEADS = frozenset("""the this that these those it he she we they there a an to and but or
if when where which who how why as at for with from by of into than then his her its their""".split())

#: compounding elements: block a split after a short or capitalised left piece ("handmade",
#: "Oilfree"), not after a long common word ("decision|made")
COMPOUND_TAILS = frozenset("""
wide proof free based led some self made born style type man men woman women son sons
sides grass room rooms yard yards
""".split())

#: digits followed by letters that are units or ordinals, never a join
NUMBER_SUFFIX = re.compile(
    r"\d+(?:st|nd|rd|th|s|am|pm|a|p|k|m|b|bn|mn|km|kg|g|mg|ml|mm|cm|m2|mph|kph|kmh|hz|khz|mhz|ghz"
    r"|gb|mb|tb|kb|bps|kbps|mbps|gbps|x|d|v|w|kw|mw|gw|kwh|mwh|gwh|mah|l|yo|ish|fps|dpi|ppm|px|pt|sec|min|hrs?"
    r"|ft|yd|mi|sq|sqm|sqft|lbs?|oz|gal|ha|hp|cc|rpm|psi|nm|ms|ns|ad|bce?|ce|ers?|ies)$", re.I)
#: a percentage glued to a word that opens a clause, which a comma usually precedes ("26.8%while",
#: "15%according to"): the spacing unit's plain space would drop that comma
PERCENT_CLAUSE = re.compile(r"%(which|while|whereas|although|though|but|according|compared|including)\b")   # (after a digit)

YEAR = re.compile(r"1[6-9]\d\d|20\d\d")
ROMAN = re.compile(r"i{2,3}|iv|vi{1,3}|ix|xi{1,3}|xiv|xv|xx")   # "alex|iii" is a name and a numeral
POSSESSIVE_JOIN = re.compile(r"([^\W\d_]{2,}['’]s)([a-z]{3,}|[A-Z][a-z]{2,})$")
POSSESSIVE = re.compile(r"['’]s?$")
CLITIC = re.compile(r"\w['’](?:s|d|ll|re|ve|m)$|n['’]t$")
NOT_A_COMPOUND_HEAD = re.compile(r"(?:al|ic|ous|ive|tion|sion|ment|ity|ly|ed|ant|ent|ary|ory|ist|ism|ing|ers|ies|[^su]s)$")
ACRONYM_WORD = re.compile(r"([A-Z]{2,})([a-z]{2,})$")
WORD_ACRONYM = re.compile(r"([a-z]{2,})([A-Z]{2,5})$")
#: capitals that end product names after a lower-case word ("watchOS", "visionOS", "openAI")
TECH_TAILS = frozenset("""OS TV PC DB SQL JS ID AI VR AR API UI UX IO ML GPT HD PRO JSON XML HTML CSS URL URI
UTC GMT CSV PDF HTTP HTTPS UUID ISO RGB PNG JPEG GIF SVG YAML TOML ASCII UTF SDK CLI CPU GPU RAM""".split())
ORDINAL = re.compile(r"\d+(st|nd|rd|th)(?=[a-z])")
SPLIT_SHAPES = re.compile(r"([^\W\d_]*)(\d+)([^\W\d_]+)$")
BAD_NEIGHBOURS = set("-_/\\@#.&+=<>*^~|$%")


#: connectives that cannot end a sentence ("onthat." may be "on that."; "taxesand." is no join)
#: connectives that end a clause after a name ("Fahrettin Açıkgözsaid, ...")
MAY_END_CLAUSE = frozenset("said says".split())
NEVER_FINAL = frozenset("""and or but nor which who whom whose where when while whereas although
because than if whether the a an as of to with by for from into onto including
particularly especially such neither not is are was were be been has have had will
would can could should may might must""".split())
# ("though" and "either" end sentences: "It tastes good, though.", "It does not work either.")

#: contractions written without their apostrophe: web spellings, never a piece of a join
#: ("another youll|is" is garbled MT, not "youll, is"); real words ("cant", "wont", "ill",
#: "lets", "shell", "were", "its") are not listed
NO_APOSTROPHE = frozenset("""dont didnt doesnt isnt wasnt werent arent havent hasnt hadnt
wouldnt shouldnt couldnt mustnt neednt youll youre youve youd theyll theyre theyve theyd weve
itll thats whats theres im ive""".split())
#: prepositions: two in a row are no join unless clean news writes the pair ("objects of
#: in|identifier"; "out of|in" is not a pair either, "to in" is)
PREPOSITIONS = frozenset("of in on at to for from with by into onto about over under through".split())
#: connectives that end many names ("Kaljurand", "Viljand", "Robertas", "Benin")
NAME_TAILS = frozenset("and an as or on in is".split())

#: capitalised words that open sentences and end no brand ("SpyingThe", "IranAccording");
#: not "In", "It", "A" ("LinkedIn", "MakeIt", "PlanA"), "Now" or "Today" ("HBONow",
#: "USAToday"), nor "He", a given name too ("ZhangHe")
SENTENCE_OPENERS = frozenset("""The This These Those They She We But However When While His
Their Our Its Some Many Most There According Meanwhile Yesterday Despite""".split())
#: closed-class words that, capitalised after a join, open a sentence even though titles
#: capitalise them after a capital too ("Thank You", "Much Ado"): pronouns, determiners,
#: auxiliaries; the separator only, never whether the token is a join ("percentIt" is
#: split only where merged-words finds it)
OPENER_WORDS = SENTENCE_OPENERS | frozenset("""A An He It You I My Your Her Each Every Any All
No Much Such Was Were Is Are Has Have Had Will Would Can Could Should Must Might Do Does Did
Yet Then Now Even Still Only Here""".split())

#: capitalised function words that a lost tag boundary leaves glued to the word before
#: ("ObradorWith several", "SenateWith the support", "ministerAlso said").  Brands end in
#: some function words ("LinkedIn", "MakeIt", "GoTo", "PlanA", "DoctorWho", "BuiltWith"):
#: In, It, To, Up, A and the wh-words are left out, and the others must be followed by a
#: word that opens a noun phrase (STRAY_NEXT; "Also" by any lower-case word)
STRAY_CAPITALS = frozenset("""With Of And For From By Although Though During Without Through Against
Among Between Whereas Where Including Also Than After Before Since Because Or""".split())
#: relative pronouns a lost tag boundary leaves capitalised ("TucumánWho had", "SenateWhich
#: has"): a stray capital after a name, before a word clean news often writes after the
#: pronoun (join_split_camel; brands end in "Who" after a common word: "GuessWho")
RELATIVE_CAPITALS = frozenset("Who Which Whose Whom".split())
#: words that open the noun phrase after a preposition or conjunction ("With several", "With the")
STRAY_NEXT = frozenset("""the a an his her their its our my your this these that those several some
many all both each every no other such more most two three four five""".split())
#: separators after which a stray capital is lower-cased ("minister, also said"); after a
#: period or a colon it opens a sentence
LOWER_AFTER = frozenset((" ", ", ", "; ", " – "))
#: month names (a number after one is a date: "Oct. 15, sea ice"); days and months end a
#: phrase before a capitalised word ("MondayRussian")
FULL_MONTHS = """January February March April May June July August September October November
December""".split()
MONTHS = frozenset(FULL_MONTHS + "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split())
#: nouns a letter labels ("category A", "hepatitis A", "plan B"): the capital after them is
#: no sentence start nor a stray article
LABEL_NOUNS = frozenset("""category class type group plan vitamin grade section article division level
hepatitis stage series part league pool row block gate zone wing tier list route road size""".split())
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
CALENDAR = WEEKDAYS | frozenset(FULL_MONTHS)

#: sentence adverbs that take a comma when they open a sentence; no brand or name starts
#: with one ("Howeveras", "NeverthelessHistory"), keyed by their first three letters
DISCOURSE = """However Nevertheless Nonetheless Instead Overall Moreover Meanwhile Furthermore
Therefore Thus Hence Finally Indeed Besides Otherwise Unfortunately Fortunately Consequently
Additionally Similarly Likewise Conversely Accordingly Still Yes No Also Then Now Well
Firstly Secondly Earlier Later Initially Ultimately Surprisingly Interestingly Importantly
Incidentally Regardless Actually Today First True Sadly Clearly Obviously Perhaps Basically
Generally Naturally Typically Currently Recently Previously Eventually Personally
So Oh Frankly Honestly Anyway Hopefully Luckily Thankfully Originally Presently Subsequently
Apparently Evidently Notably Specifically Alternatively Separately Nowadays""".split()
#: words that open the clause after a sentence adverb, which no name or word continues
#: ("NoI", "Wellwhat", "Soif"; the only followers of two-letter heads: "So", "Oh", "No")
DISCOURSE_FOLLOWERS = frozenset("I we you he she it they if what how that there this".split())
#: "I'd", "I'll", "I'm", "I've" glued to the word before ("PresidentI'd", "concernedI'm")
I_CONTRACTION = re.compile(r"([^\W\d_]{3,})(I['’](?:d|ll|m|ve))$")
#: endings of English derived and inflected words, which foreign stems ("khur|an",
#: "limbu|an") do not share
ENGLISH_ENDINGS = ("ment", "tion", "sion", "ness", "ity", "ance", "ence", "ship", "ism", "ist",
                   "ed", "ing", "ly", "ful", "less", "ous", "ive", "able", "ible")
#: a name that runs on into another capitalised word at least this often is a given name
#: ("Pavel" 97%, "Olga" 79%, "Greg" 67%; "Hans" 34%, "Nana" 10%)
GIVEN_NAME_SHARE = 0.7
#: finite verbs that end in no "-ed" but follow a subject ("Texas|says the", "Mexico|will")
FINITE_VERBS = frozenset("""says said will would could should must might has have were was
announces reports warns plans wants""".split())
#: who speaks, after a verb of saying ('"..."stressed the official', '..., warned the minister')
ROLE_NOUNS = frozenset("""official officials minister president spokesman spokeswoman spokesperson
secretary governor mayor leader director chief head senator deputy legislator lawmaker ambassador
chancellor prosecutor judge coach player source sources expert analyst candidate representative
officer commissioner manager executive founder activist statement ministry agency""".split())
#: experts who speak after a quotation ('“...”explained the researcher of the Institute'); not in
#: ROLE_NOUNS, whose speakers also make inverted speech of a subject and its verb, where these
#: are subjects ("The nurse|told the doctor")
_EXPERT_NOUNS = frozenset("""researcher professor economist scientist specialist lawyer attorney doctor
engineer author chairman chairwoman""".split())
#: a speaker after a verb of saying, then the end of the clause: a subject pronoun, a name of
#: up to four capitalised words, or an article, maybe an adjective, and a role ("the senior
#: official"), then punctuation, the end of the line or a time or place ("on Monday", "in Lima")
_ROLE = r"(?:the|a|an|its|his|her|their)(?: [a-z-]+)? "
_CLAUSE_END = r"[.,;:!?)]|[ \t]*(?:\r?\n|$)"
SPEAKER = re.compile(
    r" (?:(?:he|she|they)|[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}|" + _ROLE + "(?:" + "|".join(sorted(ROLE_NOUNS)) + "))"
    r"(?=" + _CLAUSE_END + r"| (?:on|in|at|during|after|before|from|to|when|while)\b)")
#: ... or a role and its complement ("the researcher of the Institute"), which may be the
#: verb's object too ('"Roma"recalls the president of Mexico'): only where a quotation closed
ROLE_OF = re.compile(" " + _ROLE + "(?:" + "|".join(sorted(ROLE_NOUNS | _EXPERT_NOUNS)) + ")(?=" + _CLAUSE_END + r"| of\b)")
#: irregular past tenses, finite verbs that do not end in -ed ("Claudia Sheinbaum|held a meeting")
IRREGULAR_PAST = frozenset("""held met took made gave told led sent won lost spent paid sold brought thought
found kept saw began became came went wrote spoke chose rose fell ran built bought caught taught felt heard
struck stood understood sought drew grew knew threw flew drove forgot got beat swore shook meant dealt
fought fled""".split())

#: third-person presents of those irregular verbs, which present_verb() cannot tell by a regular past
IRREGULAR_PRESENT = frozenset("""holds meets takes makes gives tells leads sends wins loses spends pays
sells brings thinks finds keeps sees begins becomes comes goes writes speaks chooses rises falls runs
builds buys catches teaches feels hears strikes stands understands seeks draws grows knows throws
drives forgets gets beats swears shakes means deals fights flees""".split())


def past_form(word: str) -> bool:
    """A lower-case past tense or participle: "-ed" (five letters or more) or irregular.

    >>> past_form("questioned"), past_form("led"), past_form("bed"), past_form("Wanted")
    (True, True, False, False)
    """
    return word.islower() and (len(word) >= 5 and word.endswith("ed") or word in IRREGULAR_PAST)


#: irregular past participles that an auxiliary reads on into ("Roberto Campos Neto|has cut")
IRREGULAR_PARTICIPLES = IRREGULAR_PAST - {"took", "gave", "saw", "began", "became", "came", "went", "wrote",
                                          "spoke", "chose", "rose", "fell", "ran", "drew", "grew", "knew", "threw",
                                          "flew", "drove", "forgot", "swore", "shook"} | frozenset(
    """been taken given seen begun become come gone written spoken chosen risen fallen drawn grown known
thrown flown driven forgotten shown done cut put set hit let hurt shut spread cost quit""".split())
#: past tenses that are no participle ("fell", "rose", "went"): a preposition after one
#: opens no participle phrase ("the grain prices|fell by 40%")
PAST_ONLY = IRREGULAR_PAST - IRREGULAR_PARTICIPLES
#: what follows a participle or a speech verb rather than an object: prepositions, "that"
#: is fine after a finite verb ("Texas|announced that"), a quote or a name is not checked here
NOT_AN_OBJECT = frozenset("""in on at by for from to with into under over after before during
since until as of about against between through without within across near among""".split())
#: verbs of saying: after a subject they are finite whatever follows ("Petro|announced on
#: Monday"); before a name they are inverted speech (", said Iván Velásquez"), not checked here
REPORTING_VERBS = frozenset("""said announced reported confirmed explained warned stated declared
added noted insisted stressed assured revealed indicated commented argued acknowledged admitted
denied emphasized emphasised underlined highlighted maintained recalled replied told asked urged
says announces reports confirms explains warns states declares adds notes insists""".split())
DISCOURSE_PREFIXES: dict[str, tuple[str, ...]] = {}
for _w in sorted(DISCOURSE, key=len, reverse=True):
    DISCOURSE_PREFIXES.setdefault(_w[:3], ())
    DISCOURSE_PREFIXES[_w[:3]] += (_w,)

#: how often "previous word + left piece" must have been seen to confirm a content-word join;
#: never after a determiner, which starts compounds too ("the wind|wheel", "the way|leave")
PREV_PAIR_MIN = 20
DETERMINERS = frozenset("the a an this that these those his her its their our my your".split())
#: words that open a verb's object: after a past tense they show it was a verb, not the tail
#: of a name or compound
OBJECT_STARTS = DETERMINERS - {"that"} | frozenset("him them us me".split())
#: the join model's probability needed in safe mode right after a determiner (0.99 -> 0.97:
#: 16 more of 2,000 dev joins split, no new false split on 77,000 clean sentences; 0.97 ->
#: 0.955: 6 more dev and 2 more test joins, one test join split at the wrong point, "the
#: damage|she" for "damages|he"; two new findings on clean, train and MT lines, both joins
#: in the source, "The playmanages to", "the highestgrossing Telugu films"; "the wayleave
#: was" has 0.953, "the colourdesign" 0.941)
AFTER_DETERMINER_P = 0.955
#: ... and right after a possessive ("Nag Hammadi's handletters": 0.975 on an MLQE-PE test
#: line whose post-edit rewrote the phrase)
AFTER_POSSESSIVE_P = 0.99
#: the join model's probability needed in safe mode for a capitalised token whose right
#: piece never continues a name ("Unionaims"): on 136,839 lines of WMT21/23 outputs and
#: references and MLQE-PE post-edits, which the model never saw, no such token reaches it
CAPITAL_JOIN_P = 0.99
#: ... and for an acronym glued to a function word, a past tense or an -ly adverb, which end
#: no brand ("AGit", "HIVtransferred", "SAPcompletely"; brands end in nouns: "JBpress",
#: "ETtoday", "LIVIfest"): every such candidate of the dev split at 0.95 or more was a join
#: (5); on the 86,000 held-out clean lines none reaches it, and in the WMT21/23 outputs
#: only two joins do ("FFsigned a new agreement")
ACRONYM_JOIN_P = 0.95

#: two-letter words that no name ends with, so they may follow a capitalised word ("Marchof")
SAFE_AFTER_NAME = frozenset("of by".split())
#: two-letter words that end names ("Benin", "Picasso", "Afghanis", "Tianhe") but not after
#: a common word ("Wednesdayin", "Floridaso", "Germanyis", "Councilit"): no new false split
#: on 77,000 clean sentences when "is it we an" joined "in so to on at" ("-he" ends
#: pinyin names after common words: "Phonehe")
AFTER_COMMON_NAME = frozenset("in so to on at is it we an".split())
#: two-letter words that no unlisted capitalised token ends with after a known name
#: (measured on 91,352 clean sentences: "Germanyis" no, Azerbaijanis, Afghanis; "-in", "-to",
#: "-on", "-at", "-he" and "-an" end names there too: Susanin, Grosseto, Tianhe, Kievan)
AFTER_PROPER_NOUN = frozenset("so if of we or by it".split())
#: short function words that end names too, but that after a listed name begin a common
#: pair with the next word ("Blairhe was", "Reutersin the", "Lavrovto discuss")
READS_ON_AFTER_NAME = frozenset("he in an is to on at as it we if of by so or a".split())
READS_ON_MIN = 50
READS_ON_ZIPF = 2.5
#: function words whose join to a name the name-ending table (``name_endings.tsv``) can vouch
#: for: when no capitalised word of clean news ends in the name's last two letters and the
#: word ("Hoy|who", "Helenius|as", "Anzrah|has"), the token is no name but a join
NAME_BREAK_WORDS = frozenset("""a an as at by he if in is it of on or so to we and the has his her
who was are for but had its she him how with from that this over like since which""".split())
#: how often clean news writes the function word before the next word for such a join to
#: read on ("Sells|is not", "Saxony|is left", "Odessa|a fact"; names run on into capitals)
NAME_BREAK_MIN = 5

#: a listed token this rare may still be a join the web repeats ("inthe", "ofthe", "isthe")
JUNK_MAX = 3.5
#: the right-hand words of such web joins
JUNK_RIGHT = frozenset("""the a an and of to in is it be which that this not was are has have will would
his her our their its been one if as at on for with by from or but said says""".split())
JUNK_CAP_LEFT = frozenset("the but it you there this that in on and at as of to for with she he we they".split())
JUNK_LEFT = LEFT_FUNCTION | frozenset("did does do could would should one".split())
RARE_JUNK_MAX = 2.3
#: a rare listed token that is a pair clean news writes this often as two words is junk
RARE_PAIR_MIN = 100
#: ... and this often for the rarest listed tokens, below Zipf :data:`RAREST_JUNK_MAX`
#: ("youneed" 27 times as "you need", "exchangerate" 36): 3 more joins of 1,434 on the dev
#: split, no new finding on 247,000 clean, train and MT lines
RAREST_PAIR_MIN = 20
RAREST_JUNK_MAX = 1.5
#: rare listed tokens that are words although they split into such a pair
RARE_WORDS = frozenset(("seethe", "carryout"))
#: function words that are not also prefixes ("in|exact", "up|end", "be|falls", "for|goes")
RARE_JUNK_LEFT = frozenset("""the to of and is are was were will would could should did does do
one around when who it its that this with from there their they i""".split())
#: legitimate words made of two very common ones, rarer than the junk threshold
ARCHAIC = frozenset("""
thereof therein herein hereof whereof wherein thereto hereto whereto hereby thereby whereby
thereon hereon whereon therefor herewith therewith forthwith inasmuch insofar wherefore
henceforth whereupon thereupon hereunder thereunder hereafter thereafter whatnot
""".split())

#: articles, and the words that never follow one ("an for", "a the"): a split that would
#: write an article there is wrong
ARTICLES = frozenset(("a", "an"))
#: ... and "the"
ANY_ARTICLE = ARTICLES | {"the"}
NOT_AFTER_ARTICLE = frozenset("""a an the of for to in on at by with from and or but is are was
were be been has have had will would can could should this that these those his her its their
our my your which who whom whose than as""".split())
