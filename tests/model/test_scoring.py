import pytest

from mt_repair.scoring import score


def test_scores_and_signatures():
    r = score(["The cat sat on the mat.", "It rained."], [["The cat sat on the mat.", "It was raining."]])
    assert set(r) == {"bleu", "chrf", "ter"}
    for m in r.values():
        assert "version:" in m["signature"] and isinstance(m["score"], float)
    assert 0 < r["bleu"]["score"] < 100 and r["ter"]["score"] > 0


def test_two_references_and_one_metric():
    r = score(["a b c"], [["a b d"], ["a b c"]], metrics=("chrf",))
    assert list(r) == ["chrf"] and r["chrf"]["score"] == pytest.approx(100.0)


def test_length_mismatch():
    with pytest.raises(ValueError):
        score(["a", "b"], [["a"]])
