"""The marked context window: the one text format the model reads.

Training (:mod:`mt_repair.model.data`) and inference
(:mod:`mt_repair.model.scorer`) both build their model input with
:func:`build_source`, so the two can never drift apart.

The span is kept exactly (spaces included) between the markers ``⟦`` and
``⟧``; a few words of context on each side are kept as they are in the text:

>>> build_source("Data from our research on human ", "mobilityparticularly", " in cities and towns of the region")
'our research on human ⟦mobilityparticularly⟧ in cities and towns'
>>> build_source("", "An", " Aadvance")
'⟦An⟧ Aadvance'

The model's target is the repaired span alone (``"mobility, particularly"``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["OPEN", "CLOSE", "CONTEXT_WORDS", "CONTEXT_CHARS", "build_source", "Window", "DEFAULT_WINDOW",
           "left_context", "right_context", "MAX_SOURCE_BYTES", "MAX_TARGET_BYTES", "byte_ids"]

OPEN = "⟦"
CLOSE = "⟧"
#: words of context kept on each side of the span
CONTEXT_WORDS = 4
#: and at most this many characters on each side
CONTEXT_CHARS = 48
#: byte lengths the model is trained and run with (ByT5: one token per byte)
MAX_SOURCE_BYTES = 160
MAX_TARGET_BYTES = 64

_WS = re.compile(r"\s+")


def _clean(s: str) -> str:
    # the marker characters must not occur inside the window; newlines and tabs become spaces
    return _WS.sub(" ", s.replace(OPEN, "[").replace(CLOSE, "]"))


def left_context(left: str, words: int = CONTEXT_WORDS, chars: int = CONTEXT_CHARS) -> str:
    """The last ``words`` words of ``left``, keeping the spacing next to the span."""
    left = _clean(left)
    if not left:
        return ""
    starts = [m.start() for m in re.finditer(r"\S+", left)]
    cut = starts[-words] if len(starts) >= words else 0
    out = left[cut:]
    if len(out) > chars:
        out = out[-chars:]
        sp = out.find(" ")
        if 0 <= sp < len(out) - 1:
            out = out[sp + 1:]
    return out.lstrip() if out.strip() else out


def right_context(right: str, words: int = CONTEXT_WORDS, chars: int = CONTEXT_CHARS) -> str:
    """The first ``words`` words of ``right``, keeping the spacing next to the span."""
    right = _clean(right)
    if not right:
        return ""
    ends = [m.end() for m in re.finditer(r"\S+", right)]
    cut = ends[words - 1] if len(ends) >= words else len(right)
    out = right[:cut]
    if len(out) > chars:
        out = out[:chars]
        sp = out.rfind(" ")
        if sp > 0:
            out = out[:sp]
    return out.rstrip()


def build_source(left: str, span: str, right: str, words: int = CONTEXT_WORDS, chars: int = CONTEXT_CHARS) -> str:
    """``left-context ⟦span⟧ right-context`` with the original spacing around the span."""
    return f"{left_context(left, words, chars)}{OPEN}{_clean(span)}{CLOSE}{right_context(right, words, chars)}"


@dataclass(frozen=True)
class Window:
    """How much context a model reads and how long its inputs and outputs may be.

    A model directory records its window in ``mt_repair.json``; training and
    inference build every input through the same :meth:`source`:

    >>> w = Window(words=2, chars=40)
    >>> w.source("Data from our research on human ", "mobilityparticularly", " in cities and towns")
    'on human ⟦mobilityparticularly⟧ in cities'
    >>> Window.from_meta({"context_words": 12, "max_source_bytes": 320}).max_source_bytes
    320
    """

    words: int = CONTEXT_WORDS
    chars: int = CONTEXT_CHARS
    max_source_bytes: int = MAX_SOURCE_BYTES
    max_target_bytes: int = MAX_TARGET_BYTES

    def source(self, left: str, span: str, right: str) -> str:
        return build_source(left, span, right, self.words, self.chars)

    def context(self, left: str, right: str) -> str:
        """The context words the model sees on both sides (what the guard checks for evidence)."""
        return left_context(left, self.words, self.chars) + " " + right_context(right, self.words, self.chars)

    @classmethod
    def from_meta(cls, meta: dict) -> "Window":
        """The window a ``mt_repair.json`` records; keys it lacks keep the defaults (older models)."""
        return cls(**{field: int(meta[key]) for key, field in _META_KEYS.items() if key in meta})

    def meta(self) -> dict:
        return {key: getattr(self, field) for key, field in _META_KEYS.items()}


#: ``mt_repair.json`` key -> Window field
_META_KEYS = {"context_words": "words", "context_chars": "chars",
              "max_source_bytes": "max_source_bytes", "max_target_bytes": "max_target_bytes"}


#: the window of the models trained before windows became a setting (and of ``models/default`` until then)
DEFAULT_WINDOW = Window()


def byte_ids(text: str, max_len: int) -> list[int]:
    """ByT5 token ids of ``text`` (one per UTF-8 byte, offset 3) plus ``</s>`` (id 1), truncated.

    Identical to ``ByT5Tokenizer()(text).input_ids`` (see the tests), without its per-call overhead.
    """
    ids = [b + 3 for b in text.encode("utf-8")[: max_len - 1]]
    ids.append(1)
    return ids
