#!/usr/bin/env python3
"""Where merged-words is right and wrong, by confidence bucket (on the DEV split).

Injects one merged join into each dev sentence of en_news (the benchmark uses the
test split) and collects every merged-words finding on the corrupted sentences
and on clean text (dev sentences, plus human references when given), so the
confidence buckets can be chosen from data without touching the test split.

    python scripts/analyse_merged_splits.py ../shared/data --limit 4000
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from mt_repair.synth import split_of  # noqa: E402
from train_join_model import injected_joins  # noqa: E402
from mt_repair.units.merged_words import MergedWords  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path)
    ap.add_argument("--limit", type=int, default=4000)
    ap.add_argument("--show", type=int, default=15)
    ap.add_argument("--clean", type=int, default=0,
                    help="also look for false splits on this many TRAIN-split sentences (never test)")
    ap.add_argument("--clean-pe", action="store_true",
                    help="also look for false splits on the MLQE-PE train post-edits (other genres)")
    args = ap.parse_args()
    news = args.data / "en_news" / "wmt_newstest_en_source-side_2008-2020_no2013.txt"
    lines = [l.rstrip("\n") for n, l in enumerate(open(news, encoding="utf-8")) if split_of(n) == "dev"]
    lines = lines[: args.limit]
    unit = MergedWords()
    good = collections.Counter()
    bad = collections.Counter()
    missed = collections.Counter()
    bad_examples = collections.defaultdict(list)
    miss_examples = []
    for c, found in injected_joins(lines, unit, 7):
        k0, k1 = c.corrupted_span
        hit = None
        for f, inside, split_ok in found:
            if inside:
                hit = f
                (good if split_ok else bad)[f.confidence] += 1
                if not split_ok:
                    bad_examples[f.confidence].append((f.original, f.best.text))
        if hit is None:
            missed[c.corrupted[k0:k1][:1].isupper()] += 1
            miss_examples.append((c.corrupted[k0:k1], c.clean[c.clean_span[0]:c.clean_span[1]]))
    clean_hits = collections.Counter()
    clean_examples = collections.defaultdict(list)
    clean_lines = list(lines)
    if args.clean:
        with open(news, encoding="utf-8") as fh:
            train = [l.rstrip("\n") for n, l in enumerate(fh) if split_of(n) == "train"]
        clean_lines += random.Random(11).sample(train, min(args.clean, len(train)))
    if args.clean_pe:
        from mt_repair.model.data import detok
        for pe in sorted((args.data / "ape" / "mlqe_pe_to_en").glob("*/train.pe")):
            clean_lines += [detok(l.rstrip("\n")) for l in open(pe, encoding="utf-8")]
    for line in clean_lines:
        for f in unit(line):
            clean_hits[f.confidence] += 1
            clean_examples[f.confidence].append((f.original, f.best.text))
    print(f"{len(lines)} dev sentences with one join each; {len(clean_lines)} clean sentences")
    print("conf\tright\twrong-split\tclean-hits")
    for conf in sorted(set(good) | set(bad) | set(clean_hits), reverse=True):
        print(f"{conf}\t{good[conf]}\t{bad[conf]}\t{clean_hits[conf]}\t{clean_examples[conf][:args.show]}")
    print("missed (capitalised, lower):", missed[True], missed[False])
    for name, lo in (("safe", 0.9), ("all", 0.7)):
        r = sum(v for c, v in good.items() if c >= lo)
        w = sum(v for c, v in bad.items() if c >= lo)
        h = sum(v for c, v in clean_hits.items() if c >= lo)
        print(f"{name}: split right {r} ({100 * r / max(1, r + w + sum(missed.values()) + sum(v for c, v in good.items() if c < lo) + sum(v for c, v in bad.items() if c < lo)):.1f}% of joins), "
              f"wrong split {w}, false splits on clean text {h} ({1000 * h / len(clean_lines):.2f} per 1000 sentences)")
    random.Random(7).shuffle(miss_examples)
    print(miss_examples[: args.show * 3])


if __name__ == "__main__":
    main()
