from mt_repair.units.guillemets import Guillemets

from .helpers import case_table

MUST_CHANGE = [
    ("«We are not going to allow it», said the governor.", "“We are not going to allow it”, said the governor."),
    ("Belgrade fears a « domino effect » in the region.", "Belgrade fears a “domino effect” in the region."),
    ("It was «huge» and «very attentive».", "It was “huge” and “very attentive”."),
]

MUST_NOT_CHANGE = [
    "The crowd chanted «Viva México» and «Sí se puede».",        # a Spanish quotation
    "The German title »Der Prozess« sold well.",                  # German style
    "«Those negotiations have been going on for two years.",      # no partner on the line
    "plain “English” quotes stay",
]

test_must_change, test_must_not_change = case_table(Guillemets(), MUST_CHANGE, MUST_NOT_CHANGE)


def test_a_glued_closing_mark_becomes_the_english_one_with_glued_quote():
    from mt_repair import repair
    out = repair("«We will not let it fall»declared the minister.").text
    assert out == "“We will not let it fall”, declared the minister."
    # a Spanish quotation keeps its marks there too
    out = repair("They sang «Cielito lindo»declared the host.", mode="all").text
    assert "«Cielito lindo»" in out
