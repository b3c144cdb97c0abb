import pytest

from mt_repair.units.repeated_words import RepeatedWords

from .helpers import case_table, fixed

MUST_CHANGE = [
    ("delays at the the main terminals", "delays at the main terminals"),
    ("The the talks", "The talks"),
    ("a deal of of sorts", "a deal of sorts"),
    ("they met in in the hall", "they met in the hall"),
    ("they bought their own own house", "they bought their own house"),
    ("the largest trade union union, the", "the largest trade union, the"),
    ("Shortly before, he he had said so", "Shortly before, he had said so"),
    ("When When the waves come", "When the waves come"),
    ("she he he said", "she he said"),   # the first "he he" is inside "she": the second is found
    ("she he he said.\tNext.", "she he said.\tNext."),   # ... also where words are spaced by tabs
    ("Bİr bir and bir bir", "Bİr bir and bir"),   # "İ" lowers to two characters
    ("a well-known known the the risk", "a well-known known the risk"),   # a hyphen before: no repeat
    ("pre-the the the rule", "pre-the the rule"),   # ... the pair after it is one
    ("the ports. Ports and the the talks", "the ports. Ports and the talks"),
    ("Café café and café café", "Café and café"),
    ("When I arrived, I I saw it.", "When I arrived, I saw it."),
    ("He said that The The government fell.", "He said that The government fell."),
]

MUST_NOT_CHANGE = [
    "What he had had was enough.",
    "He said that that was wrong.",
    "Walla Walla and Bora Bora.",
    "Talking Heads and The The both released albums that year.",   # a band's name mid-sentence
    "I saw a concert by The The. I love The The; they rock.",
    "Bye bye, she said. No no.",
    "the\nthe",
    "operations: .c C source program",
    "lovely lovely lovely",
    "İstanbul İstanbul",
    "the 3rd 3rd the_ the",
]


test_must_change, test_must_not_change = case_table(RepeatedWords(), MUST_CHANGE, MUST_NOT_CHANGE, unit_silent=False)


@pytest.mark.parametrize("text", [
    "not next week but next next week", "Burna Boy's hit Last Last topped the charts.", "same same but different",
])
def test_colloquial_doubles_and_titles_stay_in_safe_mode(text):
    assert fixed(text, "repeated-word", mode="safe") == text


@pytest.mark.parametrize("text", [
    "The budget will be voted on on September 19.",
    "He was taken in in the church.",
    "I'm hoping to get it in in a couple of weeks.",   # a verb's object pronoun, then the particle
    "The union will join in in preparing a proposal.",  # a verb that takes the particle
    "She is carrying on on her own.",
])
def test_phrasal_particle_then_preposition_is_left_to_all(text):
    # a particle after a verb may open the next phrase too: safe mode keeps both copies
    assert fixed(text, "repeated-word", mode="safe") == text
    assert [f.confidence < 0.9 for f in RepeatedWords()(text)] == [True]


def test_a_doubled_by_after_a_verb_is_a_slip():
    # "by" after a verb is the passive's agent, not a particle that opens the next phrase
    assert fixed("The plan was confirmed by by the ministry.", "repeated-word", mode="safe") == \
        "The plan was confirmed by the ministry."


@pytest.mark.parametrize("text", ["She came by by bus.", "He stood by by choice.", "They passed by by the river."])
def test_by_after_a_verb_that_takes_it_as_a_particle_waits_for_all(text):
    assert fixed(text, "repeated-word", mode="safe") == text
