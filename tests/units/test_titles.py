import pytest

from mt_repair.units.titles import WrongTitle

from .helpers import fix_unit, flagged  # noqa: F401



U = WrongTitle()

MUST_CHANGE = [
    # the name in apposition says whose title it is, not a trigger elsewhere in the sentence
    ("The Secretary of Foreign Relations, Alicia Bárcena, met Antony Blinken on Monday.",
     "The Foreign Minister, Alicia Bárcena, met Antony Blinken on Monday."),
    ("The delegation: the Secretaries of State, Ana Ruiz; of National Security, Alejandro Mayorkas, and others.",
     "The delegation: the Secretaries of State, Ana Ruiz; of Homeland Security, Alejandro Mayorkas, and others."),
    ("Mayorkas traveled to Texas. The Secretary of National Security said the border was secure.",
     "Mayorkas traveled to Texas. The Secretary of Homeland Security said the border was secure."),
    # a trigger right before the title binds it, even when the name after it is garbled
    ("The US Secretary of National Security, Kristi Noemmet with him.",
     "The US Secretary of Homeland Security, Kristi Noemmet with him."),
    ("The U.S. Secretary of National Security arrived on Friday.",
     "The U.S. Secretary of Homeland Security arrived on Friday."),
    ("The Department of National Security (DHS) announced new rules.",
     "The Department of Homeland Security (DHS) announced new rules."),
    ("The Secretary of Foreign Relations (SRE) sent a diplomatic note.",
     "The Foreign Ministry (SRE) sent a diplomatic note."),
    # the other Mexican secretariats MT renders word for word; the US title stays (below)
    ("The Secretary of Labor and Social Welfare, Marath Bolaños, explained the plan.",
     "The Labor Minister, Marath Bolaños, explained the plan."),
    ("The Secretary of Agriculture and Rural Development (SADER) announced support for farmers.",
     "The Agriculture Ministry (SADER) announced support for farmers."),
    # with the ministry's acronym too, a name after the title makes it the person's
    ("The Secretary of Finance and Public Credit (SHCP), Rogelio Ramírez de la O, said it.",
     "The Finance Minister, Rogelio Ramírez de la O, said it."),
    ("Sheinbaum spoke on Monday. The Secretary of Foreign Relations, Juan Ramón de la Fuente, was present.",
     "Sheinbaum spoke on Monday. The Foreign Minister, Juan Ramón de la Fuente, was present."),
    ("The Secretary of Government (Segob) called the governors.",
     "The Interior Ministry (Segob) called the governors."),
    ("Pedro Sánchez, President of the Government, met the King.",
     "Pedro Sánchez, Prime Minister, met the King."),
    ("Milei visited the Pink House on Friday.", "Milei visited the Casa Rosada on Friday."),
    ("The General Prosecutor of the Republic (FGR) opened a case.",
     "The Attorney General's Office (FGR) opened a case."),
    # Spanish "canciller" is a foreign minister: before a foreign minister's name, after
    # a nationality that has no chancellor, or "of" such a country
    ("The chancellor Gerardo Werthein signed the agreement in Santiago.",
     "The foreign minister Gerardo Werthein signed the agreement in Santiago."),
    ("Chancellor Marcelo Ebrard will travel to Ottawa.", "Foreign Minister Marcelo Ebrard will travel to Ottawa."),
    ("The chancellor, Juan Ramón de la Fuente, met his counterpart.",
     "The foreign minister, Juan Ramón de la Fuente, met his counterpart."),
    ("The Argentine Chancellor met the chancellor of Chile on Friday.",
     "The Argentine Foreign Minister met the foreign minister of Chile on Friday."),
]

# flagged (reported with --all) but not fixed by default: no trigger confirms
MUST_FLAG_ONLY = [
    "The Secretary of National Security will testify next week.",
    "The Secretary of Foreign Relations said the talks went well.",
    # a word right before the title that is no trigger confirms nothing
    "The Mexican Secretary of National Security, Luis Sandoval, spoke.",
]

MUST_NOT_CHANGE = [
    "The US Secretary of Agriculture visited Iowa with the Secretary of Labor.",
    "The Secretary of Homeland Security, Alejandro Mayorkas, spoke in El Paso.",
    "Secretary of State Antony Blinken met the Secretary of Defense.",
    "The National Security Council met at the White House.",
    "He was Secretary of Labor under Obama.",
    "The Secretary of the Navy visited Norfolk on Tuesday.",
    "Mexico's Foreign Ministry said Foreign Minister Marcelo Ebrard would travel.",
    "The Mexico City government closed Paseo de la Reforma.",
    "Spain's Prime Minister Pedro Sánchez called elections.",
    # chancellors that are chancellors, even beside a Latin American foreign minister
    "German Chancellor Olaf Scholz met Ebrard. Chancellor Merz spoke with Werthein.",
    "The Chancellor of the Exchequer and the chancellor of the university met the Mexican delegation.",
]


@pytest.mark.parametrize("before, after", MUST_CHANGE)
def test_must_change(before, after):
    assert fix_unit(U, before) == after


@pytest.mark.parametrize("text", MUST_FLAG_ONLY)
def test_flag_only(text):
    assert fix_unit(U, text) == text
    assert flagged(U, text)


@pytest.mark.parametrize("text", MUST_NOT_CHANGE)
def test_must_not_change(text):
    assert fix_unit(U, text, "all") == text
    assert U(text) == []


def test_reason_cites_entry_and_source():
    f = U("Mayorkas spoke. The Secretary of National Security left.")[0]
    assert "titles:" in f.reason and "Wikipedia: United States Secretary of Homeland Security" in f.reason
    assert "Mayorkas" in f.reason


def test_the_head_of_an_institution_keeps_the_institution_form():
    from mt_repair.units.titles import WrongTitle
    text = "The head of the Secretariat of Foreign Relations, Alicia Bárcena, met Mayorkas."
    assert [f.suggestion for f in WrongTitle()(text)] == ["Foreign Ministry"]
    text = "Mexico's Secretary of Foreign Relations, Alicia Bárcena, met Mayorkas."
    assert [f.suggestion for f in WrongTitle()(text)] == ["Foreign Minister"]


def test_a_bare_title_before_a_name_is_the_person():
    from mt_repair.units.titles import WrongTitle
    text = "A spokesman for Secretary of Foreign Relations Marcelo Ebrard said so."
    assert [f.suggestion for f in WrongTitle()(text)] == ["Foreign Minister"]
