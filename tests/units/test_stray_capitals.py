import pytest

from mt_repair import repair
from mt_repair.units.stray_capitals import StrayCapital

from .helpers import case_table, fixed

MUST_CHANGE = [
    # two stray capitals in a row: the second is no title's word ("that" before them)
    ("He explained that They Were not informed.", "He explained that they were not informed."),
    ("the president will hold Andrés Manuel López Obrador With several secretaries of state",
     "the president will hold Andrés Manuel López Obrador with several secretaries of state"),
    ("The ministry announced that A joint team will travel", "The ministry announced that a joint team will travel"),
    ("officials met on Monday And they agreed", "officials met on Monday and they agreed"),
    # a past tense after a comma, before its object: no sentence opens so
    ("Biden, for his part, Stressed the importance of it.", "Biden, for his part, stressed the importance of it."),
    ("The chancellor, for his part, Recalled that Germany took in more people.",
     "The chancellor, for his part, recalled that Germany took in more people."),
    ("She will face organized crime and Announced the creation of a unit.",
     "She will face organized crime and announced the creation of a unit."),
    # ... after "who"; a long past may be rarer ("lamented")
    ("The coach Carlo Ancelotti, who Celebrated his 300th match, spoke.",
     "The coach Carlo Ancelotti, who celebrated his 300th match, spoke."),
    ("The team lacked intensity and Lamented the injuries.", "The team lacked intensity and lamented the injuries."),
    ("The minister, in a statement, Announced that talks resume.", "The minister, in a statement, announced that talks resume."),
    # ... and right after the sentence's subject, a determiner and a noun
    ("The organization Estimated that more than 2,300 startups will come.",
     "The organization estimated that more than 2,300 startups will come."),
    # ... or a name (a weekday or a month may follow the determiner)
    ("The president, Daniel Noboa Announced this Sunday that he will call a vote.",
     "The president, Daniel Noboa announced this Sunday that he will call a vote."),
    ("In a message, Noboa Explained that the measure is needed.", "In a message, Noboa explained that the measure is needed."),
    ("In his first speech, Arévalo Promised to fight corruption.", "In his first speech, Arévalo promised to fight corruption."),
    # a determiner no title opens, after a lower-case word that ends no sentence
    ("Several unions are supporting The strike this week.", "Several unions are supporting the strike this week."),
    ("The provinces will submit Their budgets in March.", "The provinces will submit their budgets in March."),
    # ... also after a preposition of place ("in", "on"), but for "Our", which opens titles there
    ("The songs were played on The radio all day.", "The songs were played on the radio all day."),
    # a coordinator capitalised after a comma
    ("Sales of bread, cheese, And olive oil rose.", "Sales of bread, cheese, and olive oil rose."),
    # a preposition capitalised after a lower-case word, before a name
    ("The minister began talks With Chilean officials on Friday.", "The minister began talks with Chilean officials on Friday."),
    # ... also "In", "At", "On", "By", "Of" before a listed name
    ("Two brothers died during a gun attack In Kahta and US commandos In Libya were seen.",
     "Two brothers died during a gun attack in Kahta and US commandos in Libya were seen."),
    ("No similar increase is known In Europe so far.", "No similar increase is known in Europe so far."),
    # "A" after an auxiliary, a copula, "such" or "in", before a word that often follows "a"
    ("He says the deduction has A positive impact on it.", "He says the deduction has a positive impact on it."),
    ("How the city ended up in A state of emergency.", "How the city ended up in a state of emergency."),
    # ... or a preposition before a number, after a lower-case word that links nothing
    ("The fine is an equivalent Of 270 crowns.", "The fine is an equivalent of 270 crowns."),
    ("They have been together for more Than 45 years.", "They have been together for more than 45 years."),
    # ... or one of time before a month, a weekday or a year
    ("India banned the sale of some varieties In July.", "India banned the sale of some varieties in July."),
    ("The ship reached the port On Monday and left.", "The ship reached the port on Monday and left."),
    ("The law was approved In 2019 by the congress.", "The law was approved in 2019 by the congress."),
    # a verb after "to", before "that" and a lower-case word
    ("The union refused to Accept that the offer was final.", "The union refused to accept that the offer was final."),
    # ... or an organisation's acronym in brackets
    ("The national oil company Petróleos de Tierra Alta (PTA) Confirmed that exports fell.",
     "The national oil company Petróleos de Tierra Alta (PTA) confirmed that exports fell."),
    # a relative pronoun after a comma, in a sentence with no question mark
    ("It fights drug trafficking, Which has turned the port into a war zone.",
     "It fights drug trafficking, which has turned the port into a war zone."),
    ("Trabzonspor is third with 21, Whose coach has lost only once.",
     "Trabzonspor is third with 21, whose coach has lost only once."),   # after a number too
    # before "the" + a capital, a name and a lower-case word after say no title runs there
    ("The agreement was signed by Marcelo Ebrard And the Canadian minister.",
     "The agreement was signed by Marcelo Ebrard and the Canadian minister."),
    # auxiliaries, modals and adverbs
    ("in spite of this there Is something missing", "in spite of this there is something missing"),
    ("the culture ministry Will represent the government", "the culture ministry will represent the government"),
    ("the survey Also showed that", "the survey also showed that"),
    # a determiner right after a preposition that ends no clause
    ("Louna is one of The most sought-after groups", "Louna is one of the most sought-after groups"),
    ("payments will be delivered to Their door.", "payments will be delivered to their door."),
    ("warm and dry throughout The week", "warm and dry throughout the week"),
    ("prices tested at The giant supermarkets", "prices tested at the giant supermarkets"),
    ("if you don't follow through, employees Will wonder, 'Did you hear me?'",
     "if you don't follow through, employees will wonder, 'Did you hear me?'"),
    # a subject pronoun no deity or title capitalises, right after a conjunction or "that"
    ("The opposition warned that It could affect the savings.", "The opposition warned that it could affect the savings."),
    ("The talks stalled and They left early.", "The talks stalled and they left early."),
    # "Not" after an auxiliary
    ("Motorists who do Not manage the renewal will pay.", "Motorists who do not manage the renewal will pay."),
    ("The campaign was Not just about money, it said.", "The campaign was not just about money, it said."),
    # a determiner before a number, after a clause link
    ("The minister indicated that Some 90,000 firefighters will be mobilized.",
     "The minister indicated that some 90,000 firefighters will be mobilized."),
]

MUST_NOT_CHANGE = [
    # a title in title case mid-sentence: a small word before is capitalised too
    "They watched The Way We Were on television. The show And Just Like That was renewed.",
    "The recipes are on the Eat This, Not That portal, with Bring It On star Gabrielle Union.",
    "He visited The Hague last week.",
    # "A" as a grade, a share class, a vitamin or a type
    "He had hepatitis A and left. She sat her A levels. The A shares rose. He is type A personality.",
    # a label after a conjunction before a number; a date and a comma open a run-on sentence
    "Under 2.5 and Over 2.5 are the odds.", "He became a commander In 2056, when the company was formed.",
    # keys, blood groups, lists; works named after nouns and verbs; names and labels with "Of", "By", "Over"
    "Geert Mak's bestseller In Europe was adapted. Pitchfork praised Of Montreal. She founded By Terry.",
    "Punters backing Over 2.5 goals won. The national Under 21 team lost. The conference For 2025 opens.",
    # a firm, a band, a thesis named after their nouns; "To" opens names ("To Lam")
    "The company On Holding rose. The band Of Montreal played. He met To Lam.",
    "The thesis On Chorus Intonation won. The family business By Lassen makes it.",
    # works named after their nouns; a slogan with a clause after the date
    "Her thriller Until Friday will be published. His memoir After 1989 describes it.",
    "The newspaper column At 2020 Vision is popular. The conference theme is On Monday we act.",
    # a film's title; a phrase and a comma after the date (a lost period)
    "He starred in the film In July with a friend.", "The increase is known context In 2002, Jonathan said.",
    "The film Inspired The Director won an award. THE FILM Inspired the crowd.",   # titles run on; a heading
    "He met Frank Sinatra Recorded The Album. Mohammed Ahmed Hamed the team.",   # a title; names in -ed
    # a word that continues names, a surname after a given name, a name that is an object
    "Coal India Limited this year produced a record. Actor Brian Blessed this week celebrated his birthday.",
    "The ministry informed Coal India Limited that it must raise output.",
    "He asked the guard, Which is the way to the station?",   # a question after a comma
    "She moved to Reading the following year. He was sent to Rome the next day.",   # places, not verbs
    "She wrote to Sue the next morning. Shoppers flocked to Target the day after.",   # names before a time phrase
    "His band (ABBA) Recorded The Album in 1975.",   # a title after the acronym runs on into capitals
    # a run-on sentence after a comma wants a period, not a lower-case word
    "The courier came twice, The parcel was still returned to me.",
    "He met the imam, Mohammed the elder, and a novelist, Trumped the film.",   # a listed name, a rare word in -ed
    "Kings such as Edward, Alfred the Great and Canute ruled here.",   # a name that runs on into a capital
    "Biden, In Speech, Stressed the Importance Of Democracy",   # a headline in title case
    "They visited Edward and Alfred the Great.",   # "and" after a name: names follow
    "Titles, Rewarded that Dance Floor.",   # "that" and two capitals: a title runs on
    "She sang in church choirs and Wicked the musical made her famous.",   # an adjective, no verb's past
    "Smith, Jones and Mohammed the elder spoke.",
    "It works well for one person, For two it is too small.",
    "Plan A is off, and vitamin A and zinc help.",
    "I think so, and I agree.",
    "She watched Dancing With the Stars on Monday night.",
    "He saw the Fast And the Furious movies and read Harry Potter And the Chamber of Secrets.",
    "The movie “Once Upon a Time”, soon to be released, was shown.",
    "Minister Of Foreign Affairs Meets With Leaders In Paris Today",
    "He said: The talks are over.",
    "The NATO summit. The end.",
    "They read “The Lord of the Rings” again.",
    # an inverted auxiliary opens a question whose sentence end was lost; "Can" is a surname
    "in western and eastern Japan Will the rainy season end soon",
    "the deal with Fatma Can indicated that she owes a debt",
    # an article before a plural is a name
    "study theology after their Abitur (equivalent to A levels).",
    # a deity's pronoun; a title after a conjunction runs on in capitals
    "Give him glory because He is good.", "We saw that They Might Be Giants played.",
    # a label or a market before a number
    'Recommended bet: "Real" win and Over 2.5 at 1.76.', "Development of Trip Prices Since 1989",
    "He took Plan A 2 years ago.", "fans of Arctic Monkeys and The 1975 were there",
]

# a demonstrative or "A" after a preposition opens a title or is a grade: --all only
AFTER_PREPOSITION_UNSURE = [
    "an episode of This is Us",
    "Grades range from A through F",
    "without a deal Also on Monday, the minister resigned.",   # a lost period, not a stray adverb
    # "Not" before a word that may open a sentence whose period was lost
    "Ask what your country can do Not what it can do for you.", "That is who I am Not what they say.",
    # a phrase and its comma may open a sentence whose period was lost, whatever follows
    "They lost the final In the second half, which was dull, they scored twice.",
    "Descended as generous societies In a country society, when a member dies, they help.",
]


test_must_change, test_must_not_change = case_table(StrayCapital(), MUST_CHANGE, MUST_NOT_CHANGE)


def test_question_word_after_a_lost_sentence_end_stays():
    """'Good evening Where is the tram': a question starts; lowercasing it would be wrong."""
    from mt_repair import repair
    for text in ("Good evening Where is the tram", "We asked them How can we help"):
        assert repair(text, mode="all", select=["stray-capital"]).text == text


def test_a_subordinator_may_open_a_sentence_whose_period_was_lost():
    """'... the program Before starting the game': the fix there is a period; safe mode keeps it."""
    from mt_repair import repair
    for text in ("we advise against changing the options in the program Before starting the game",
                 "run the test until it is powered off When the message appears"):
        assert repair(text, mode="safe", select=["stray-capital"]).text == text
        assert repair(text, mode="all", select=["stray-capital"]).text != text


def test_an_introductory_phrase_and_comma_open_a_sentence_whose_period_was_lost():
    """'... year-on-year On the other hand, demand ...': the fix is a period; safe mode keeps it."""
    from mt_repair import repair
    for text in ("receptions dropped by 63% year-on-year On the other hand, the weak demand persists",
                 "Hamamatsu Castle North Works In the first inning, Shimada hit a double"):
        assert repair(text, mode="safe", select=["stray-capital"]).text == text


def test_after_a_particle_that_may_end_a_clause_a_determiner_waits_for_all():
    """'starts over The total': 'over' may end the clause of a run-on sentence."""
    from mt_repair import repair
    for text in ("the count starts over The total can only appear as 0",
                 "the dress is talked about The couple's outfit is too nice"):
        assert repair(text, mode="safe", select=["stray-capital"]).text == text


# an article or quantifier right after a conjunction or "that", before a lower-case word:
# no sentence starts there and no title does (titles run on in capitals), so safe mode acts
AFTER_CLAUSE_LINK = [
    ("The ministry announced that A joint team will travel", "The ministry announced that a joint team will travel"),
    ("the squad is young, and The problem is experience", "the squad is young, and the problem is experience"),
    ("officials said that Several agencies took part", "officials said that several agencies took part"),
]
AFTER_CLAUSE_LINK_KEPT = [
    "we could say that The Run is the best part of the series",   # a title: capitals run on
    "His nature and His qualifications are without defect.",      # a deity's pronoun
    "They argued that The is not a real word.",                   # "The" before an auxiliary
]


def test_an_article_after_a_conjunction_or_that_is_repaired_in_safe_mode():
    from mt_repair import repair
    for text, fixed in AFTER_CLAUSE_LINK:
        assert repair(text, mode="safe", select=["stray-capital"]).text == fixed
    for text in AFTER_CLAUSE_LINK_KEPT:
        assert repair(text, mode="safe", select=["stray-capital"]).text == text


def test_titles_grades_and_adverbs_before_a_phrase_wait_for_all():
    from mt_repair import repair
    for text in AFTER_PREPOSITION_UNSURE:
        assert repair(text, mode="safe", select=["stray-capital"]).text == text


# a capital that may instead open a sentence whose period was lost: the finding takes in the
# previous word and offers the period second (a model that scores candidates chooses)
RUN_ON_PLACES = [
    ("Prices rose sharply last year On the other hand, wages fell.", "year On", ["year on", "year. On"]),
    ("The meeting was held on Friday The talks went on.", "Friday The", ["Friday the", "Friday. The"]),
    ("the survey Also showed that", "survey Also", ["survey also", "survey. Also"]),
    # a subject pronoun is flagged only where a sentence can end before it
    ("the visit went well, he said He would come back", "said He", ["said he", "said. He"]),
]
#: no sentence ends after a determiner, a preposition or a name run into the capital
NO_RUN_ON = [
    "The minister announced that A joint commission will meet.",
    "López Obrador With several secretaries.",
    "Louna is one of The most sought-after groups",
    "the former And the new",
    "vice premier He Lifeng said",
    "the plan of He said",
    "it was a good peoplewho The talks went on.",     # an unknown word may be a join
    "year year On the other side of the hill",        # the repeated word comes first
]


def test_a_possible_run_on_offers_the_period_second():
    for text, original, cands in RUN_ON_PLACES:
        (f,) = StrayCapital()(text)
        assert (f.original, [c.text for c in f.candidates], f.meta.get("run_on")) == (original, cands, True), text
        assert text[f.start:f.end] == original and f.best.text == cands[0]


def test_no_run_on_where_no_sentence_can_end():
    for text in NO_RUN_ON:
        assert all(not f.meta.get("run_on") for f in StrayCapital()(text)), text


def test_a_sentence_full_of_names_is_no_headline():
    """Capitals from names do not make a title-case headline: the verbs and nouns between
    them are lower case, so the stray capital is still repaired."""
    from mt_repair import repair
    text = ("The Secretary of Homeland Security, Alejandro Mayorkas and the White House adviser Liz "
            "Sherwood-Randall met with President Andrés Manuel López Obrador With several secretaries of state.")
    assert repair(text, select=["stray-capital"]).text == text.replace("Obrador With", "Obrador with")


@pytest.mark.parametrize("text, fixed", [
    ("the minister stated That the country was near the end", "the minister stated that the country was near the end"),
    ("Rasmussen also announced That he wants more troops", "Rasmussen also announced that he wants more troops"),
])
def test_that_after_a_word_that_takes_a_that_clause_is_repaired_in_safe_mode(text, fixed):
    assert repair(text).text == fixed


@pytest.mark.parametrize("text", [
    "About the performance, That is not shared.",        # a run-on: an auxiliary follows
    "he said That is not true",
    "The plan was approved yesterday That decision angered many.",   # a run-on: the period was lost
    "The company reported a loss last year Its shares fell sharply.",
    "The firm cut costs, Its profits rose sharply.",      # a comma splice
    "the asset management industry, This will not only meet the needs",
    "She starred in Our town last year.",                 # a title
    "The band was known as The famous five. The count starts over The total resets.",   # a title; a lost period
    "He wrote the novel On Chesil Beach. The association For Water works here. He read Lord Of The Rings.",
    "Demanding justice In Aurora, Colorado, the crowd marched.",   # a phrase and a comma: a lost period
    # names and titles that open with a preposition; unquoted speech; stylised names, titles
    "Shares of Under Armour fell. He met To Lam in Hanoi. She loves To Kill a Mockingbird.",
    "He paused and said, But what if we fail?", "We saw The dB's open for R.E.M. We watched The office reruns.",
    "His comments are published on the Eat This, Not That portal.",
])
def test_possible_run_ons_titles_and_comma_splices_stay_in_safe_mode(text):
    assert repair(text).text == text


def test_a_label_a_stays_in_safe_mode():
    # a key, a blood group, a list: "A" is a label there (--all may still read an article)
    text = "Mozart's Piano Concerto No. 23 in A major closed. His blood group was A negative. It had A list stars."
    assert fixed(text, "stray-capital", mode="safe") == text
