#!/usr/bin/env python3
"""Train mt_repair/evidence/data/join_model.json: which uncertain splits are real joins.

Data (read through the path argument, never copied):

* positives and wrong splits: one join injected (``mt_repair.synth`` "merged") into each
  sampled TRAIN-split sentence of ``en_news``; every merged-words candidate below the safe
  confidence on the join is labelled 1 if it splits it into the right words, else 0;
  candidates elsewhere in the sentence are labelled 0;
* negatives: every such candidate on clean text (the ``en_news`` train split and the
  MLQE-PE train post-edits, detokenised).  Clean text has a few real joins of its own;
  labelling them 0 only makes the model more careful.

The model is a logistic regression (features standardised, L2, fitted by Newton's
method in numpy).  The two thresholds are chosen on the DEV split: the safe one is the
lowest probability at which the model adds at most ``--safe-fp`` false splits per 1,000
clean dev sentences and its in-window splits are at least 99% right, counting only the
lower-case tokens that safe mode lets it act on; the "all" one allows ``--all-fp``.  The test split is never read.

    python scripts/train_join_model.py ../shared/data
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
from mt_repair.evidence.join_model import FEATURES, _DATA  # noqa: E402
from mt_repair.model.data import detok  # noqa: E402
from mt_repair.synth import REGISTRY  # noqa: E402
from mt_repair.synth import artifacts  # noqa: E402,F401
from mt_repair.units.merged_words import MergedWords  # noqa: E402
from bench_synthetic import ALL_NEWS_FILES, test_lines  # noqa: E402

_PUNCT = str.maketrans("", "", ",;:.–")


def words_only(s: str) -> str:
    return " ".join(s.translate(_PUNCT).split())


def news_lines(data: Path, split: str) -> list[str]:
    """The non-empty lines of ``split`` in both en_news files."""
    return [line for _, _, line in test_lines(data, ALL_NEWS_FILES, split)]


def pe_lines(data: Path, split: str) -> list[str]:
    out = []
    for pe in sorted((data / "ape" / "mlqe_pe_to_en").glob(f"*/{split}.pe")):
        out += [detok(l.rstrip("\n")) for l in open(pe, encoding="utf-8") if l.strip()]
    return out


def injected_joins(lines, unit, seed):
    """For each line that takes one injected join: ``(corruption, [(finding, inside the
    join, splits it into the right words), ...])`` for the unit's findings on it."""
    rng = random.Random(seed)
    for line in lines:
        c = REGISTRY["merged"](line, rng)
        if c is None:
            continue
        k0, k1 = c.corrupted_span
        truth = words_only(c.clean[c.clean_span[0]:c.clean_span[1]])
        yield c, [(f, f.start < k1 and f.end > k0, words_only(f.best.text) == truth) for f in unit(c.corrupted)]


def joined_examples(lines, unit, seed):
    """(features, label, in_window) for candidates on sentences with one injected join."""
    return [(f.meta["features"], int(inside and ok), inside)
            for _, found in injected_joins(lines, unit, seed) for f, inside, ok in found if "features" in f.meta]


def clean_examples(lines, unit):
    return [(f.meta["features"], 0, False) for line in lines for f in unit(line) if "features" in f.meta]


def fit(X, y, l2=1.0, iters=30, offset=None):
    """Logistic regression by Newton's method on standardised features; ``offset`` (one
    value per row) is added to every logit with a fixed weight of 1."""
    mu, sd = X.mean(0), X.std(0)
    sd[sd == 0] = 1.0
    Z = np.hstack([np.ones((len(X), 1)), (X - mu) / sd])
    w = np.zeros(Z.shape[1])
    reg = np.full(Z.shape[1], l2)
    reg[0] = 0.0
    off = np.zeros(len(X)) if offset is None else offset
    for _ in range(iters):
        p = 1 / (1 + np.exp(-np.clip(off + Z @ w, -40, 40)))
        g = Z.T @ (p - y) + reg * w
        H = (Z * (p * (1 - p))[:, None]).T @ Z + np.diag(reg)
        step = np.linalg.solve(H, g)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w, mu, sd


def predict(w, mu, sd, X):
    return 1 / (1 + np.exp(-np.clip(w[0] + ((X - mu) / sd) @ w[1:], -40, 40)))


def choose(p_clean, n_clean, p_win, y_win, max_fp_per_1000, min_precision=0.99):
    """Lowest threshold whose clean false splits and in-window precision meet the bounds."""
    best = 1.0
    for t in np.unique(np.concatenate([p_clean, p_win, [1.0]]))[::-1]:
        fp = 1000 * (p_clean >= t).sum() / n_clean
        acted = p_win >= t
        prec = y_win[acted].mean() if acted.any() else 1.0
        if fp > max_fp_per_1000:
            break   # false splits only grow as the threshold falls
        if prec >= min_precision:
            best = float(t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path, help="the shared data folder (en_news/, ape/)")
    ap.add_argument("-o", "--output", type=Path, default=_DATA)
    ap.add_argument("--joins", type=int, default=40000, help="train sentences given a join")
    ap.add_argument("--dev-joins", type=int, default=6000, help="dev sentences given a join")
    ap.add_argument("--safe-fp", type=float, default=0.15, help="extra false splits per 1,000 clean dev sentences (safe)")
    ap.add_argument("--all-fp", type=float, default=0.6, help="the same for --all")
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--rows", type=Path, help="keep the collected feature rows in this JSON file (read back "
                                                "when it exists: refit without running the rules again)")
    args = ap.parse_args()

    unit = MergedWords(join_model=False, collect=True)
    train_news, dev_news = news_lines(args.data, "train"), news_lines(args.data, "dev")
    train_pe, dev_pe = pe_lines(args.data, "train"), pe_lines(args.data, "dev")
    rng = random.Random(args.seed)
    join_src = rng.sample(train_news, min(args.joins, len(train_news)))
    clean_dev = dev_news + dev_pe
    # what the rows depend on: a rows file kept for other data, seeds, counts or features
    # is refused, not silently refitted
    made_by = {"data": str(args.data.resolve()), "joins": args.joins, "dev_joins": args.dev_joins,
               "seed": args.seed, "features": list(FEATURES)}
    if args.rows and args.rows.exists():
        with open(args.rows, encoding="utf-8") as fh:
            kept = json.load(fh)
        if kept.get("made_by") != made_by:
            sys.exit(f"{args.rows} holds rows collected with {kept.get('made_by')}; "
                     f"this run needs {made_by}: remove it to collect them again")
        rows, win, clean_rows = kept["rows"], kept["win"], kept["clean_rows"]
    else:
        rows = joined_examples(join_src, unit, args.seed) + clean_examples(train_news + train_pe, unit)
        dev_join_rows = joined_examples(random.Random(args.seed + 1).sample(dev_news, min(args.dev_joins, len(dev_news))),
                                        unit, args.seed + 1)
        win = [r for r in dev_join_rows if r[2]]
        clean_rows = clean_examples(clean_dev, unit)
        if args.rows:
            with open(args.rows, "w", encoding="utf-8") as fh:
                json.dump({"made_by": made_by, "rows": rows, "win": win, "clean_rows": clean_rows}, fh)
    X = np.array([r[0] for r in rows], dtype=float)
    y = np.array([r[1] for r in rows], dtype=float)
    w, mu, sd = fit(X, y)
    print(f"train: {len(rows)} candidates, {int(y.sum())} right splits", file=sys.stderr)
    p_win = predict(w, mu, sd, np.array([r[0] for r in win], dtype=float))
    y_win = np.array([r[1] for r in win], dtype=float)
    p_clean = predict(w, mu, sd, np.array([r[0] for r in clean_rows], dtype=float)) if clean_rows else np.zeros(0)
    for t in (0.999, 0.995, 0.99, 0.98, 0.97, 0.95, 0.92, 0.9, 0.85, 0.8, 0.7, 0.5):
        acted = p_win >= t
        print(f"  p >= {t}: {int(acted.sum())} splits on joins ({int(y_win[acted].sum())} right), "
              f"{int((p_clean >= t).sum())} on {len(clean_dev)} clean sentences", file=sys.stderr)
    # safe mode never lifts a capitalised token (names and brands): choose its threshold
    # on the lower-case candidates it can act on
    cap = FEATURES.index("left_cap")
    low_win = np.array([r[0][cap] == 0 for r in win], dtype=bool)
    low_clean = np.array([r[0][cap] == 0 for r in clean_rows], dtype=bool)
    t_safe = choose(p_clean[low_clean], len(clean_dev), p_win[low_win], y_win[low_win], args.safe_fp)
    t_all = min(t_safe, choose(p_clean, len(clean_dev), p_win, y_win, args.all_fp, 0.97))
    dev = {
        "sentences_given_a_join": min(args.dev_joins, len(dev_news)),
        "candidates_on_joins": len(win),
        "right_candidates_on_joins": int(y_win.sum()),
        "promoted_safe": int((low_win & (p_win >= t_safe)).sum()),
        "promoted_safe_right": int(y_win[low_win & (p_win >= t_safe)].sum()),
        "promoted_all": int((p_win >= t_all).sum()),
        "promoted_all_right": int(y_win[p_win >= t_all].sum()),
        "clean_sentences": len(clean_dev),
        "clean_false_splits_safe": int((low_clean & (p_clean >= t_safe)).sum()),
        "clean_false_splits_all": int((p_clean >= t_all).sum()),
    }
    model = {
        "about": "P(join) for merged-words candidates below the safe confidence; see mt_repair/evidence/join_model.py",
        "built_by": "scripts/train_join_model.py " + " ".join(sys.argv[1:]),
        "built": datetime.date.today().isoformat(),
        "data": {"train": f"en_news train split ({len(join_src)} sentences given a join; {len(train_news)} clean) "
                          f"+ MLQE-PE train post-edits ({len(train_pe)})",
                 "dev": "en_news dev split + MLQE-PE dev post-edits (thresholds only)"},
        "features": list(FEATURES),
        "bias": round(float(w[0]), 6),
        "weights": [round(float(x), 6) for x in w[1:]],
        "mean": [round(float(x), 6) for x in mu],
        "scale": [round(float(x), 6) for x in sd],
        "threshold_safe": round(t_safe, 6),
        "threshold_all": round(t_all, 6),
        "dev": dev,
    }
    args.output.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({"threshold_safe": t_safe, "threshold_all": t_all, **dev}, indent=1))
    for name, wt in sorted(zip(FEATURES, w[1:]), key=lambda t: -abs(t[1])):
        print(f"  {name:20s} {wt:+.3f}", file=sys.stderr)


if __name__ == "__main__":
    main()
