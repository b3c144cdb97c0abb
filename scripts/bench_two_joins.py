#!/usr/bin/env python3
"""Two merged joins in one sentence: how often safe mode restores the whole sentence.

Real pages often lose two boundaries in one sentence ("In Marseillethe mayor Benoît
Payanasked the State"); the synthetic benchmark gives each sentence one.  This script
injects two joins (``mt_repair.synth.artifacts.merged``, the same injector, applied twice)
into held-out en_news lines of 80 characters or more and counts the sentences that
``repair()`` (safe, rules only) restores exactly.  Read through the path argument, never
copied.

    python scripts/bench_two_joins.py ../shared/data --split test --out .bench/two_joins.md
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from mt_repair import repair  # noqa: E402
from mt_repair.synth.artifacts import merged  # noqa: E402
from bench_synthetic import test_lines  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path, help="the shared data folder (en_news/)")
    ap.add_argument("--split", default="dev", choices=("dev", "test"))
    ap.add_argument("--n", type=int, default=1500, help="sentences given two joins")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", type=Path, help="also write a BENCHMARKS.md section here")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    n = restored = adjacent = 0
    t0 = time.process_time()
    for _name, _i, clean in test_lines(args.data, split=args.split):
        if len(clean) < 80:
            continue
        first = merged(clean, rng)
        second = merged(first.corrupted, rng) if first else None
        if second is None:
            continue
        n += 1
        # the second join took the first one's token: three words run together
        adjacent += _three_in_one(first, second)
        restored += repair(second.corrupted, model=None).text == clean
        if n >= args.n:
            break
    secs = time.process_time() - t0
    line = (f"{args.split}: {n} sentences with two joins ({adjacent} of them three words run together), "
            f"{restored} restored exactly ({100 * restored / max(n, 1):.2f}%)")
    print(line)
    if args.out:
        args.out.write_text("\n".join([
            "## Two joins in one sentence (held-out, synthetic)\n",
            f"```\npython scripts/bench_two_joins.py ../shared/data --split {args.split} --out {args.out}\n```\n",
            "Real pages often lose two boundaries in one sentence (\"In Marseillethe mayor Benoît Payanasked "
            "the State\"); the synthetic benchmark above gives each sentence one. Here two joins from the same "
            "injector go into each held-out line of 80 characters or more (the second one sometimes next to the "
            "first: three words run together, \"theysaidthat\"), and safe mode (rules only) must give the clean "
            f"line back exactly. Seed {args.seed}; {secs:.0f} s CPU.\n",
            "| split | sentences | of them three words run together | restored exactly |",
            "|---|---:|---:|---:|",
            f"| {args.split} | {n} | {adjacent} | {100 * restored / max(n, 1):.1f}% ({restored}) |",
            ""]), encoding="utf-8")
    return 0


def _three_in_one(first, second) -> bool:
    """Did the second join glue a word onto the first join's token (its window holds it)?"""
    a, b = first.corrupted_span
    s, e = second.corrupted_span
    return first.corrupted[a:b].strip() in second.corrupted[s:e]


if __name__ == "__main__":
    sys.exit(main())
