"""The contract between the planner and the seq2seq stage.

The planner never imports torch.  It hands the model stage a batch of
:class:`ModelRequest` (a flagged span in a window of context, plus the
candidates the rules proposed) and gets back one :class:`ModelChoice` each.
A choice equal to the span means "leave it"; the guard in the model stage has
already rejected unsafe outputs by then.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Protocol, Sequence


@dataclass(frozen=True)
class ModelRequest:
    left: str                      # context before the span (a few words, same line)
    span: str                      # the original text of the flagged span
    right: str                     # context after the span
    candidates: tuple[str, ...]    # replacements proposed by rules (may be empty: generate)
    rule: str = ""                 # the rule that flagged the span
    keep_prior: Optional[float] = None  # the rule's probability that the span is fine as it is:
                                   # None = the model alone decides whether to change it; 0.0 = the span is
                                   # surely damaged and only the repair is asked (the guard still applies)
    margin: Optional[float] = None  # how much more likely (in nats) a repair must be than the span;
                                   # None = the model's own setting


@dataclass(frozen=True)
class ModelChoice:
    replacement: str               # chosen or generated text for the span
    confidence: float              # 0..1, the model's probability for it after the guard
    generated: bool = False        # True when the text was written by the model, not picked
    reason: str = ""


class SpanModel(Protocol):
    """What ``mt_repair.model.load()`` returns."""

    name: str

    def choose(self, requests: Sequence[ModelRequest]) -> list[ModelChoice]:
        ...
