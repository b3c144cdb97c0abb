"""The shared record and registry for synthetic corruptions."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Callable, Optional

__all__ = ["Corruption", "REGISTRY", "register", "split_of"]


@dataclass(frozen=True)
class Corruption:
    """One injected artifact.

    ``clean[clean_span[0]:clean_span[1]]`` became
    ``corrupted[corrupted_span[0]:corrupted_span[1]]``; everything outside the
    spans is identical in both strings.  ``lost`` is the punctuation (or word)
    the corruption removed, ``""`` when none.
    """

    kind: str
    clean: str
    corrupted: str
    clean_span: tuple[int, int]
    corrupted_span: tuple[int, int]
    lost: str = ""


#: kind name -> function(sentence, rng) -> Corruption | None (None: not applicable here)
REGISTRY: dict[str, Callable[[str, random.Random], Optional[Corruption]]] = {}


def register(kind: str):
    def deco(fn):
        REGISTRY[kind] = fn
        return fn
    return deco


def split_of(line_number: int) -> str:
    """The fixed train/dev/test split for line-numbered corpora (0-based line numbers).

    Every 10th line (n % 10 == 9) is held out for testing, n % 10 == 8 is dev,
    the rest is train.  Benchmarks read only "test"; training reads only "train".
    """
    r = line_number % 10
    return "test" if r == 9 else "dev" if r == 8 else "train"
