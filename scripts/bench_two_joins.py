#!/usr/bin/env python3
"""Two merged joins in one sentence: how often safe mode restores the whole sentence.

Real pages often lose two boundaries in one sentence ("In Marseillethe mayor Benoît
Payanasked the State"); the synthetic benchmark gives each sentence one.  This script
injects two joins (``mt_repair.synth.artifacts.merged``, the same injector, applied twice)
into held-out en_news lines of 80 characters or more and counts the sentences that
``repair()`` (safe, rules only) restores exactly.  Read through the path argument, never
copied.

    python scripts/bench_two_joins.py ../shared/data --split dev --n 1500
"""

from __future__ import annotations

import argparse
import random
import sys
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
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    n = restored = 0
    for _name, _i, clean in test_lines(args.data, split=args.split):
        if len(clean) < 80:
            continue
        first = merged(clean, rng)
        second = merged(first.corrupted, rng) if first else None
        if second is None:
            continue
        n += 1
        restored += repair(second.corrupted, model=None).text == clean
        if n >= args.n:
            break
    print(f"{args.split}: {n} sentences with two joins, {restored} restored exactly "
          f"({100 * restored / max(n, 1):.2f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
