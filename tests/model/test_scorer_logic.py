import math

from mt_repair.model.api import ModelRequest
from mt_repair.model.scorer import _softmax, _with_prior, decode_ids


def test_prior_none_is_identity():
    sc = {"a": -1.0, "b": -2.0}
    assert _with_prior(sc, "a", None) == sc


def test_prior_shifts_towards_repairs():
    sc = {"span": -1.0, "x": -2.0, "y": -3.0}
    out = _with_prior(sc, "span", 0.2)
    assert math.isclose(out["span"], -1.0 + math.log(0.2))
    assert math.isclose(out["x"], -2.0 + math.log(0.4))


def test_softmax_and_decode():
    p = _softmax([0.0, 0.0])
    assert p == [0.5, 0.5]
    assert decode_ids([ord("h") + 3, ord("i") + 3, 1, 0]) == "hi"


def test_request_default_has_no_prior():
    assert ModelRequest("a ", "b", " c", ()).keep_prior is None
