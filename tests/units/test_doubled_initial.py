import pytest

from mt_repair.units.doubled_initial import DoubledInitial

from .helpers import case_table

MUST_CHANGE = [
    # a drop cap copied twice at a sentence start
    ("AAccording to the mayor, it grew.", "According to the mayor, it grew."),
    ("It rained.\nIIn the north, rivers rose.", "It rained.\nIn the north, rivers rose."),
    ("TThe plan failed.", "The plan failed."),
    ("IIt's the first time.", "It's the first time."),
    ("Intro.\n  TThe plan failed.\n- IIn May.\nMMayor Tang spoke.", "Intro.\n  The plan failed.\n- In May.\nMayor Tang spoke."),
    ("An Aadvance of US officials met", "An advance of US officials met"),
    # a word that runs on into a capitalised one is part of a name: it keeps its capital
    ("The Uunited States expressed concern.", "The United States expressed concern."),
    # ... only a word clean news mostly capitalises: a common word before a name stays lower case
    ("He came from Tthe National Bank.", "He came from the National Bank."),
    ("Tthis is what they said.", "This is what they said."),
    ("He said. Tthe talks went on.", "He said. The talks went on."),
    ("A Ddelegation arrived.", "A delegation arrived."),
    # a name keeps its capital; a verb or an adverb beside a capitalised word is no name
    ("The Aamerican team met Oobama.", "The American team met Obama."),
    ("The Ministry of Public Safety Llowered the flag", "The Ministry of Public Safety lowered the flag"),
    ("The students are Ooverwhelmingly Hispanic", "The students are overwhelmingly Hispanic"),
    # beside a known name a short common word is a typo; a homograph of a name is no name
    ("He said Aand John left.", "He said and John left."),
    ("Aall Americans must vote.", "All Americans must vote."),
    ("They served Tturkey and ham.", "They served turkey and ham."),
]

MUST_NOT_CHANGE = [
    "Members of the AAdvantage program fly free.",   # a brand mid-sentence
    "IIa trials began. XXth century art.",   # Roman numerals
    "- AAs meet weekly.\n(IIs are rare.)",   # plurals of acronyms and numerals
    "It rained. IIn the north it did not.",   # mid-line: no drop cap
    "AAdvantage members fly free. CCleaner is a utility. MMath students. IInd year exams.",   # brands, degrees
    "Aaron met Lloyd in Aachen.",
    'the prosecutor was wrong," said the Nnec.',
    "Oops, a Llama escaped.",
    "The Eerie canal and Ooze the band.",
    "Aardvark and Oolong tea.",
    "Ssangyong cars.",
]


test_must_change, test_must_not_change = case_table(DoubledInitial(), MUST_CHANGE, MUST_NOT_CHANGE)


@pytest.mark.parametrize("text", [
    "Vello Teor and Annika Aava were vice-presidents.",     # a name beside a name
    "Aare Tark, Urmas Kaarlep and Agris Peedu signed.",    # a doubled vowel spells a name, not "are"
])
def test_names_that_look_doubled_stay(text):
    from mt_repair import repair
    assert repair(text, mode="all", select=["doubled-initial"]).text == text
