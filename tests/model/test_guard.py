import pytest

from mt_repair.model.guard import check, edit_distance

MUST_KEEP = [
    ("mobilityparticularly", "mobility, particularly"),
    ("Mayorkasand", "Mayorkas, and"),
    ("27and", "27, and"),
    ("Aadvance", "advance"),
    ("An Aadvance", "An advance"),
    ("maintain“said", "maintain,” said"),
    ('employer"she', 'employer," she'),
    ("With", "with"),
    ("what", "that"),
    ("Republicansas", "Republicans, such as"),
    ("actually", "currently"),
    ("Actually", "Currently"),
    ("the immigrants", "immigrants"),
    ("The immigrants", "Immigrants"),
    ("his", "her"),
    ("want the the", "want the"),
    ("Elsewhere , according", "Elsewhere, according"),
    ("PresidentTrump", "President Trump"),
    ("same", "same"),
    ("realized", "carried out"),
    ("Assisting", "Attending"),
]

MUST_REJECT = [
    ("National", "Homeland", "name"),              # names change only through a rule, not the model
    ("27and", "28, and", "number"),
    ("in 2020", "in 2021", "number"),
    ("Obrador", "obrador", "name"),
    ("López Obrador", "Lopez Obrador", "name"),
    ("Bush", "bush", "name"),
    ("said", "“said", "quote"),
    ("it's", "its", "apostrophe"),
    ("see www.x.com", "see www.y.com", "URL"),
    ("he", "John", "name"),
    ("word", "", "empties"),
    ("Bush said", "Trump said", "name"),
    ("Veikkausliiga", "Veikkausli, iga", "name"),        # a name split where no word follows
    ("the talks", "a completely different long phrase here", "budget"),
]


@pytest.mark.parametrize("span,repl", MUST_KEEP)
def test_guard_keeps(span, repl):
    ok, why = check(span, repl)
    assert ok, why


@pytest.mark.parametrize("span,repl,why", MUST_REJECT)
def test_guard_rejects(span, repl, why):
    ok, reason = check(span, repl)
    assert not ok
    assert why.lower() in reason.lower()


def test_margin():
    assert check("what", "that", score_repl=-2.0, score_span=-3.5, margin=1.0)[0]
    ok, why = check("what", "that", score_repl=-3.0, score_span=-3.5, margin=1.0)
    assert not ok and "margin" in why


def test_generated_text_must_keep_the_words():
    assert check("mobilityparticularly", "mobility, particularly", generated=True)[0]
    assert check("Aadvance", "advance", generated=True)[0]
    assert not check("what", "that", generated=True)[0]


def test_edit_distance():
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("", "abc") == 3
    assert edit_distance("same", "same") == 0


def test_pronoun_gender_needs_evidence():
    assert check("her", "his", context="He said plan works")[0]
    ok, why = check("her", "his", context="After interrogation in the Adana")
    assert not ok and "gender" in why
    assert check("her", "his")[0]            # no context given: not checked
    assert check("Hhis", "his", context="After interrogation")[0]   # a doubled initial is no gender swap
