import pytest

from mt_repair.model.candidates import propose


@pytest.mark.parametrize("span,target", [
    ("mobilityparticularly", "mobility, particularly"),
    ("Mayorkasand", "Mayorkas, and"),
    ("27and", "27, and"),
    ("Aadvance", "advance"),
    ("maintain“said", "maintain,” said"),
    ('employer"she', 'employer," she'),
    ("Republicansas", "Republicans, such as"),
    ("what", "that"),
    ("actually", "currently"),
    ("the immigrants", "immigrants"),
    ("want the the", "want the"),
    ("Elsewhere , according", "Elsewhere, according"),
    ("PresidentTrump", "President Trump"),
])
def test_repair_is_proposed(span, target):
    cands = propose(span, "x ")
    assert cands[0] == span and target in cands


def test_stray_capital_only_mid_sentence():
    assert "year. On" in propose("year On", "x ") and "year on" in propose("year On", "x ")
    assert not any(". " in c for c in propose("Mexico City", "x ") + propose("the New", "x "))
    assert "with" in propose("With", "López Obrador ")
    assert "with" not in propose("With", "It ended. ")


def test_real_words_are_not_split():
    assert propose("actually", "x ") == ["actually", "currently"]
    assert propose("particularly", "x ") == ["particularly"]
