import pytest

from mt_repair.model.windows import CLOSE, OPEN, build_source, byte_ids, left_context, right_context


@pytest.mark.parametrize("left,span,right,expected", [
    ("Data from our research on human ", "mobilityparticularly", " in cities and towns of the region",
     "our research on human ⟦mobilityparticularly⟧ in cities and towns"),
    ("", "An", " Aadvance", "⟦An⟧ Aadvance"),
    ("Secretary", "Mayorkasand", " the", "Secretary⟦Mayorkasand⟧ the"),       # no space kept where none was
    ("a\tb\n", "x", "\ny", "a b ⟦x⟧ y"),                                   # newlines and tabs become spaces
    ("", "", "", "⟦⟧"),
])
def test_build_source(left, span, right, expected):
    assert build_source(left, span, right) == expected


def test_markers_inside_text_are_neutralised():
    src = build_source("a ⟦b⟧ ", "c⟧", " d")
    assert src.count(OPEN) == 1 and src.count(CLOSE) == 1


def test_context_is_limited_in_characters():
    left = "x" * 200 + " " + "y" * 10 + " "
    assert len(left_context(left)) <= 48
    assert len(right_context(" " + "z" * 300)) <= 48


def test_byte_ids_match_byt5_tokenizer():
    from transformers import ByT5Tokenizer
    tok = ByT5Tokenizer()
    for s in ["abc", "mobility ⟦x⟧ “said” £5", ""]:
        assert byte_ids(s, 1000) == tok(s).input_ids
    assert byte_ids("abcdef", 4) == [ord("a") + 3, ord("b") + 3, ord("c") + 3, 1]
