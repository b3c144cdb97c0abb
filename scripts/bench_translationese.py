#!/usr/bin/env python3
"""Translationese in the pipeline: does `mt-repair fix` repair injected Spanish->English errors?

For each kind in ``mt_repair.synth.translationese`` (relative "what", "the" before a
generic noun, false friends, "National" for Homeland Security, a pronoun of the wrong
gender, a join that lost "such"), one error is injected into each of up to ``--n``
held-out en_news TEST lines that offer a place for it; the same lines, untouched, are
the control.  Each mode runs the whole pipeline (rules, and the model where asked):

* repaired: the output equals the clean line;
* touched: some edit overlaps the injected error;
* control changed: the clean line was changed at all.

    python scripts/bench_translationese.py ../shared/data --out .bench/translationese.md
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from mt_repair import Repairer  # noqa: E402
from mt_repair.synth import REGISTRY  # noqa: E402
from mt_repair.synth import translationese  # noqa: E402
from bench_synthetic import ALL_NEWS_FILES, test_lines  # noqa: E402

MODES = (("safe", None), ("safe", "default"), ("all", None), ("all", "default"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--n", type=int, default=200, help="lines per kind")
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--split", choices=("test", "dev"), default="test",
                    help="held-out lines: test (reported) or dev (for tuning)")
    args = ap.parse_args()

    lines = [line for _, _, line in test_lines(args.data, ALL_NEWS_FILES, args.split)]
    rng = random.Random(args.seed)
    cases: dict[str, list] = {}
    for kind in translationese.KINDS:
        order = list(range(len(lines)))
        rng.shuffle(order)
        picked = []
        for i in order:
            c = REGISTRY[kind](lines[i], random.Random(args.seed * 1000 + i))
            if c is not None:
                picked.append(c)
                if len(picked) >= args.n:
                    break
        cases[kind] = picked

    results: dict = {}
    t0 = time.time()
    for mode, model in MODES:
        name = f"{mode}{' + model' if model else ''}"
        rep = Repairer(mode, model=model)
        res = {}
        for kind, cs in cases.items():
            repaired = touched = control = 0
            for c in cs:
                r = rep.repair(c.corrupted)
                k0, k1 = c.corrupted_span
                repaired += r.text == c.clean
                touched += any(e.start <= k1 and e.end >= k0 for e in r.edits)
                control += rep.repair(c.clean).text != c.clean
            res[kind] = {"n": len(cs), "repaired": repaired, "touched": touched, "control_changed": control}
        results[name] = res
        print(f"[{name}] done", file=sys.stderr)

    head = ["| kind | lines | " + " | ".join(f"{m}{' + model' if d else ''}: repaired / touched / control changed"
                                             for m, d in MODES) + " |",
            "|---|---:|" + "---:|" * len(MODES)]
    rows = []
    tot = {name: [0, 0, 0, 0] for name in results}
    for kind in translationese.KINDS:
        n = len(cases[kind])
        cells = []
        for name, res in results.items():
            r = res[kind]
            t = tot[name]
            t[0] += r["n"]; t[1] += r["repaired"]; t[2] += r["touched"]; t[3] += r["control_changed"]
            cells.append(f"{r['repaired']} / {r['touched']} / {r['control_changed']}")
        rows.append(f"| {kind} | {n} | " + " | ".join(cells) + " |")
    rows.append("| **all kinds** | " + str(next(iter(tot.values()))[0]) + " | " + " | ".join(
        f"{100 * t[1] / max(1, t[0]):.1f}% / {100 * t[2] / max(1, t[0]):.1f}% / {100 * t[3] / max(1, t[0]):.1f}%"
        for t in tot.values()) + " |")
    md = ["## Translationese in the pipeline (synthetic, held-out)\n", "```",
          f"python scripts/bench_translationese.py ../shared/data --n {args.n} --seed {args.seed} --out {args.out}", "```\n",
          f"Up to {args.n} held-out en_news test lines per kind, one injected error each "
          "(`mt_repair/synth/translationese.py`); the same lines untouched are the control. "
          "Cells: lines repaired exactly / lines with an edit on the error / control lines changed. "
          f"{time.time() - t0:.0f} s in all.\n", *head, *rows, ""]
    args.out.write_text("\n".join(md), encoding="utf-8")
    print("\n".join(md))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
