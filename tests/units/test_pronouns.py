import pytest

from mt_repair.units.pronouns import PronounGender

from .helpers import fix_unit, flagged  # noqa: F401




U = PronounGender()

MUST_CHANGE = [
    ("Claudia Sheinbaum visited Los Mochis on Monday. He said the army would stay.",
     "Claudia Sheinbaum visited Los Mochis on Monday. She said the army would stay."),
    ("Claudia Sheinbaum visited Culiacán on Monday. He said the army would stay.",
     "Claudia Sheinbaum visited Culiacán on Monday. She said the army would stay."),
    ("Sheinbaum said that his government will not allow it.",
     "Sheinbaum said that her government will not allow it."),
    ("Javier Milei arrived late, and she apologized to the governors.",
     "Javier Milei arrived late, and he apologized to the governors."),
    ("Kristi Noem toured the border. He described himself as a hawk.",
     "Kristi Noem toured the border. She described herself as a hawk."),
]

MUST_FLAG_ONLY = [
    # two known women in play: the pronoun is wrong, but whose is it?
    "Sheinbaum called Kamala Harris. He said the talks went well.",
]

MUST_NOT_CHANGE = [
    "Sheinbaum met her husband. He said the trip went well.",
    "Merkel spoke to Macron. He said his plan was ready.",
    "Sheinbaum met Chris Dodd on Monday. He said the talks went well.",
    "Claudia Sheinbaum met the governor of Texas. He said the border was calm.",
    'Sheinbaum quoted a farmer: "He told me the rain never came."',
    "Milei spoke first. She said nothing.",
    "Claudia Sheinbaum said she would run.",
    "Lula met Biden, and he thanked him for the visit.",
    "Pelosi demurred when asked if she would try to impeach Kavanaugh if he is confirmed.",
    "She praised the plan, but her former minister Boris Johnson attacked her idea.",
    "Prime Minister Theresa May met the Pope. He blessed her.",
    "Trump himself illustrated her fears by tweeting an indictment of her during her testimony.",
    "President Poroshenko called Angela Merkel. In his speech, he thanked Germany.",
    "Putin listened. Fedosia had a speech in her voice.",
]


@pytest.mark.parametrize("before, after", MUST_CHANGE)
def test_must_change(before, after):
    assert fix_unit(U, before) == after


@pytest.mark.parametrize("text", MUST_FLAG_ONLY)
def test_flag_only(text):
    assert fix_unit(U, text) == text
    assert flagged(U, text)


@pytest.mark.parametrize("text", MUST_NOT_CHANGE[:5] + MUST_NOT_CHANGE[6:])
def test_must_not_change(text):
    assert fix_unit(U, text, "all") == text
    assert flagged(U, text) == []


def test_previous_sentence_only():
    # the person is two sentences back: out of play
    t = "Sheinbaum spoke. The crowd cheered. He said it was over."
    assert U(t) == []
