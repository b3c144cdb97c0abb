"""The small logistic models the rules ship as JSON: loading and scoring, in plain Python.

A model file holds ``features`` (names, in order), ``bias``, ``weights``, and the
``mean`` and ``scale`` that standardise each feature; it is built by a script in
``scripts/`` (``train_join_model.py``, ``train_separator_model.py``).

>>> m = {"bias": 0.0, "weights": [2.0], "mean": [1.0], "scale": [0.5]}
>>> round(probability(m, [1.5]), 3), round(probability(m, [1.5], offset=-2.0), 3)
(0.881, 0.5)
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Sequence

__all__ = ["load", "probability"]


def load(path: Path, features: Sequence[str], script: str) -> dict:
    """The model in ``path``, checked against the ``features`` the code computes."""
    with open(path, encoding="utf-8") as fh:
        model = json.load(fh)
    if tuple(model["features"]) != tuple(features):
        raise ValueError(f"{path} was built for other features; rebuild it with {script}")
    return model


def probability(model: dict, x: Sequence[float], offset: float = 0.0) -> float:
    """The model's probability for the feature values ``x`` (standardised, then a dot
    product), with ``offset`` added to the logit."""
    z = model["bias"] + offset
    for v, w, mu, sd in zip(x, model["weights"], model["mean"], model["scale"]):
        z += w * (v - mu) / sd
    return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))
