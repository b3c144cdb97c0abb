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
    "The German titles »Der Prozess« and »Das Schloss« sold well.",
    "« Previous | Next »", "« Older posts Newer posts »",         # navigation
    "«Those negotiations have been going on for two years.",      # no partner on the line
    "plain “English” quotes stay",
]

test_must_change, test_must_not_change = case_table(Guillemets(), MUST_CHANGE, MUST_NOT_CHANGE)


def test_the_marks_change_with_all_only_and_a_glued_closing_mark_ends_english():
    from mt_repair import repair
    text = "«We are not going to allow it», said the governor."
    assert repair(text).text == text                         # human translators keep them too
    once = repair("«We will not let it fall»declared the minister.", mode="all").text
    assert once == "“We will not let it fall,” declared the minister."
    assert repair(once, mode="all").text == once              # idempotent
