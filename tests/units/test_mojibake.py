from mt_repair.units.mojibake import Mojibake

from .helpers import case_table

MUST_CHANGE = [
    ("President AndrÃ©s Manuel LÃ³pez Obrador", "President Andrés Manuel López Obrador"),
    ("the SecretarÃ­a de Relaciones Exteriores", "the Secretaría de Relaciones Exteriores"),
    ("he said â€œnoâ€\x9d and left", "he said “no” and left"),
    ("prices rose â€“ again", "prices rose – again"),
    ("it costs Â£5", "it costs £5"),
    ("the MÃ©xico–US border", "the México–US border"),
]

MUST_NOT_CHANGE = [
    "São Paulo, Ærøskøbing, £5, «Ça va» and ÃO stay as they are",
    "Señor Muñoz visited Zürich and Kraków.",
    "“Quoted” text – with dashes … and ellipses",
    "plain ASCII text",
]

test_must_change, test_must_not_change = case_table(Mojibake(), MUST_CHANGE, MUST_NOT_CHANGE)


def test_safe_mode_repairs_it_and_offsets_point_into_the_input():
    from mt_repair import repair
    text = "Line one.\nThe SecretarÃ­a said so.\n"
    r = repair(text)
    assert r.text == "Line one.\nThe Secretaría said so.\n"
    assert all(text[e.start:e.end] == e.original for e in r.edits)


def test_a_very_long_line_is_fixed_in_pieces():
    # a page with no line breaks: each suspect is fixed in a piece around it, with the same
    # edits a line of ordinary length gets
    from mt_repair.units.mojibake import LONG_LINE
    sentence = "AndrÃ©s Manuel LÃ³pez said â€œnoâ€\x9d to the plan. "
    short = Mojibake()(sentence)
    long_line = sentence * (3 * LONG_LINE // len(sentence))
    found = Mojibake()(long_line)
    assert len(long_line) > LONG_LINE
    assert len(found) == len(short) * (len(long_line) // len(sentence))
    assert [(f.original, f.suggestion) for f in found[:len(short)]] == [(f.original, f.suggestion) for f in short]
