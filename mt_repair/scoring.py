"""Corpus scores with sacrebleu: BLEU, chrF and TER, each with its signature.

>>> r = score(["The cat sat on the mat."], [["The cat sat on the mat."]])
>>> round(r["bleu"]["score"], 1), round(r["ter"]["score"], 1)
(100.0, 0.0)

``refs_list`` is a list of reference streams, each as long as ``hyps``
(sacrebleu's layout): ``[[ref1_line1, ref1_line2, ...], [ref2_line1, ...]]``.
"""

from __future__ import annotations

from typing import Iterable, Sequence

__all__ = ["score", "METRICS"]

METRICS = ("bleu", "chrf", "ter")


def score(hyps: Sequence[str], refs_list: Sequence[Sequence[str]],
          metrics: Iterable[str] = METRICS) -> dict:
    """``{metric: {"score": float, "signature": str, "text": str}}`` for each metric asked.

    BLEU and chrF: higher is better; TER: lower is better.  Raises ``ValueError``
    when a reference stream's length differs from the hypotheses'.
    """
    from sacrebleu.metrics import BLEU, CHRF, TER

    hyps = list(hyps)
    refs = [list(r) for r in refs_list]
    if not refs:
        raise ValueError("at least one reference stream is needed")
    for r in refs:
        if len(r) != len(hyps):
            raise ValueError(f"a reference has {len(r)} lines, the hypothesis {len(hyps)}")
    makers = {"bleu": BLEU, "chrf": CHRF, "ter": TER}
    out = {}
    for m in metrics:
        key = m.lower()
        if key not in makers:
            raise ValueError(f"unknown metric {m!r} (choose from {', '.join(METRICS)})")
        metric = makers[key]()
        res = metric.corpus_score(hyps, refs)
        out[key] = {"score": float(res.score), "signature": str(metric.get_signature()), "text": str(res)}
    return out
