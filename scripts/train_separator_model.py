#!/usr/bin/env python3
"""Train mt_repair/evidence/data/separator_model.json: comma or plain space at a join.

Data (read through the path argument, never copied): one join injected
(``mt_repair.synth`` "merged", the same injector as the synthetic benchmark, whose share
of lost punctuation follows real pages) into each sampled TRAIN-split sentence of
``en_news``; every merged-words finding the rules act on (confidence >= 0.7) that splits
the join into the right words and offers both ", " and " " is one example, labelled 1 if
the clean text had a comma there.  The DEV split reports how often the chosen separator
is right, against the counts alone; the test split is never read.

The model is a logistic regression (features standardised, L2, Newton's method in numpy,
shared with ``train_join_model.py``) with the counts' log-odds as an offset of weight 1.

    python scripts/train_separator_model.py ../shared/data
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from mt_repair.evidence.separator_model import FEATURES, _DATA  # noqa: E402
from mt_repair.units.merged_words import MergedWords  # noqa: E402
from bench_synthetic import ALL_NEWS_FILES, NEWS_FILES, build_items, test_lines  # noqa: E402
from train_join_model import fit, words_only  # noqa: E402


def examples(lines, unit, seed: int) -> list[tuple[list[float], str, str]]:
    """(features, true separator, separator the counts chose) for each rightly split join."""
    out = []
    for it in build_items(lines, seed, untouched_share=0.0):
        if it.kind != "merged":
            continue
        ws, we = it.window
        for f in unit(it.text):
            if not (f.start < we and f.end > ws) or f.confidence < 0.7 or "separator_features" not in f.meta:
                continue
            if words_only(f.best.text) != words_only(it.clean_piece):
                continue
            i = f.meta["split"]
            tail = len(f.original) - i
            seps = {c.text[i:len(c.text) - tail] for c in f.candidates}
            if not {", ", " "} <= seps:
                continue
            true = it.clean_piece[i:len(it.clean_piece) - tail]
            counts_choice = f.best.text[i:len(f.best.text) - tail]
            out.append((f.meta["separator_features"], true, counts_choice))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path, help="the shared data folder (en_news/)")
    ap.add_argument("-o", "--output", type=Path, default=_DATA)
    ap.add_argument("--sentences", type=int, default=80000, help="train sentences to corrupt")
    ap.add_argument("--l2", type=float, default=3.0)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    unit = MergedWords(collect=True, separator_model=False)
    train = test_lines(args.data, ALL_NEWS_FILES, "train")
    train = random.Random(args.seed).sample(train, min(args.sentences, len(train)))
    rows = examples(train, unit, args.seed)
    X = np.array([r[0] for r in rows], dtype=float)
    y = np.array([r[1] == ", " for r in rows], dtype=float)
    # the counts' log-odds is an offset with weight 1: word evidence keeps its full strength
    # ("had|labelled" takes no comma however long the sentence), the other features move it
    w, mu, sd = fit(X[:, 1:], y, l2=args.l2, offset=X[:, 0])
    print(f"train: {len(rows)} joins, {int(y.sum())} with a comma", file=sys.stderr)

    dev_rows = examples(test_lines(args.data, NEWS_FILES, "dev"), unit, args.seed + 1)
    Xd = np.array([r[0] for r in dev_rows], dtype=float)
    p = 1 / (1 + np.exp(-np.clip(Xd[:, 0] + w[0] + ((Xd[:, 1:] - mu) / sd) @ w[1:], -40, 40)))
    counts_right = sum(r[2] == r[1] for r in dev_rows)
    # the model only moves mass between ", " and " ": another separator the counts chose stays
    model_right = sum((r[2] if r[2] not in (", ", " ") else (", " if pi >= 0.5 else " ")) == r[1]
                      for r, pi in zip(dev_rows, p))
    dev = {"joins": len(dev_rows), "right_with_counts": counts_right, "right_with_model": model_right}
    model = {
        "about": "P(comma rather than space) at a merged-words join; see mt_repair/evidence/separator_model.py",
        "built_by": "scripts/train_separator_model.py " + " ".join(sys.argv[1:]),
        "built": datetime.date.today().isoformat(),
        "data": f"en_news train split, {len(train)} sentences with one injected join each ({len(rows)} usable)",
        "features": list(FEATURES),
        "offset": FEATURES[0],
        "bias": round(float(w[0]), 6),
        "weights": [round(float(x), 6) for x in w[1:]],
        "mean": [round(float(x), 6) for x in mu],
        "scale": [round(float(x), 6) for x in sd],
        "dev": dev,
    }
    args.output.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(dev, indent=1))
    for name, wt in sorted(zip(FEATURES[1:], w[1:]), key=lambda t: -abs(t[1]))[:15]:
        print(f"  {name:24s} {wt:+.3f}", file=sys.stderr)


if __name__ == "__main__":
    main()
