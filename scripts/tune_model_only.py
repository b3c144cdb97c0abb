#!/usr/bin/env python3
"""Tune the margins of the findings that only the model decides (``model_only``, ``liftable``).

A translationese unit marks every place where Spanish usage *may* show through ("the
immigrants", "actually", "her" after "he"); the model lifts one only when it prefers the
repair by the unit's margin (nats).  This script measures, for each rule and each margin,

* **damaged**: of up to ``--n`` held-out lines per translationese kind with one injected error
  (``mt_repair.synth.translationese``, as ``bench_translationese.py`` injects them), how many the
  rule marks with the right repair among its candidates, and how many the model would lift
  (the right candidate is its best, passes the guard and beats the span by the margin);
* **clean**: on undamaged text (the same split's en_news lines and every WMT21/23 human
  reference under ``mt_outputs/``), how many of the rule's marks the model would lift at that
  margin: each is a change to clean text.

    python scripts/tune_model_only.py ../shared/data --model models/default --split dev

Tune on ``dev``; the margins chosen are reported on ``test`` by ``bench_translationese.py``.
Rules that do not exist here are skipped: commit 3b6bcff added candidates for generic-the,
false-friend and pronoun-gender, measured with this script (BENCHMARKS.md, translationese).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
from mt_repair.model import load  # noqa: E402
from mt_repair.model.guard import check  # noqa: E402
from mt_repair.planner import _request  # noqa: E402
from mt_repair.synth import REGISTRY  # noqa: E402
from mt_repair.units import RULES  # noqa: E402
from mt_repair.units.base import Doc  # noqa: E402
from bench_synthetic import ALL_NEWS_FILES, test_lines  # noqa: E402

#: translationese kind -> the rule that should mark it
KIND_RULE = {"relative-what": "relative-what", "generic-the": "generic-the",
             "false-friend": "false-friend", "pronoun-gender": "pronoun-gender"}
MARGINS = (0, 1, 2, 3, 3.5, 4, 5, 6, 8)


def marks(rule: str, text: str):
    """The findings of ``rule`` on ``text`` that the model decides."""
    return [f for f in RULES[rule].find(Doc(text))
            if f.meta.get("model_only") or f.meta.get("liftable")]


def gains(model, items):
    """For each (finding, text): (best repair, its gain over the span in nats, or None if the
    guard refuses it at any margin)."""
    reqs = [_request(f, text) for f, text in items]
    out = []
    for (f, text), r, sc in zip(items, reqs, model.score(reqs) if reqs else []):
        best, gain = None, None
        for c in r.candidates:
            g = sc[c] - sc[r.span]
            ok, _ = check(r.span, c, score_repl=sc[c], score_span=sc[r.span], margin=-1e9,
                          context=model.window.context(r.left, r.right))
            if ok and (gain is None or g > gain):
                best, gain = c, g
        out.append((best, gain))
    return out


def clean_lines(data: Path, split: str) -> list[str]:
    lines = [t for _, _, t in test_lines(data, ALL_NEWS_FILES, split)]
    for p in sorted((data / "mt_outputs").glob("*/*/*")):
        if "ref" in p.name and p.is_file():
            lines.extend(x for x in p.read_text(encoding="utf-8").splitlines() if x.strip())
    return lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--model", default="default")
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--rules", default=",".join(KIND_RULE.values()))
    ap.add_argument("--show", type=int, default=8, help="clean lifts shown per rule (highest gain first)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    rules = [r for r in args.rules.split(",") if r in RULES]
    t0 = time.time()
    model = load(args.model)
    lines = [t for _, _, t in test_lines(args.data, ALL_NEWS_FILES, args.split)]
    rng = random.Random(args.seed)
    damaged: dict[str, list[float | None]] = defaultdict(list)
    injected: dict[str, int] = defaultdict(int)
    for kind, rule in KIND_RULE.items():
        if rule not in rules:
            continue
        order = list(range(len(lines)))
        rng.shuffle(order)
        items, n = [], 0
        for i in order:
            c = REGISTRY[kind](lines[i], random.Random(args.seed * 1000 + i))
            if c is None:
                continue
            n += 1
            a, b = c.corrupted_span
            for f in marks(rule, c.corrupted):
                if f.start <= a and b <= f.end and any(
                        c.corrupted[:f.start] + cand.text + c.corrupted[f.end:] == c.clean for cand in f.candidates):
                    right = c.corrupted[:f.start] + "\0" + c.corrupted[f.end:]
                    items.append((f, c.corrupted, c.clean, right))
                    break
            if n >= args.n:
                break
        injected[rule] = n
        for (f, text, clean, _), (best, gain) in zip(items, gains(model, [(f, t) for f, t, _, _ in items])):
            ok = best is not None and text[:f.start] + best + text[f.end:] == clean
            damaged[rule].append(gain if ok else None)
    clean = clean_lines(args.data, args.split)
    found = [(f, t) for t in clean for rule in rules for f in marks(rule, t)]
    lifted = defaultdict(list)
    for (f, t), (best, gain) in zip(found, gains(model, found)):
        lifted[f.rule].append((gain if gain is not None else -1e9, f.original, best, t))
    report = {"model": args.model, "split": args.split, "clean_lines": len(clean), "rules": {}}
    print(f"model {args.model}, split {args.split}: {len(clean)} clean lines, "
          f"{len(found)} marks on them; {time.time() - t0:.0f} s\n")
    print("| rule | injected | marked right | " + " | ".join(f"m={m}" for m in MARGINS) + " |")
    print("|---|---:|---:|" + "---:|" * len(MARGINS))
    for rule in rules:
        d = damaged.get(rule, [])
        cl = [g for g, *_ in lifted.get(rule, [])]
        cells = [f"{sum(1 for g in d if g is not None and g > m)} / {sum(1 for g in cl if g > m)}" for m in MARGINS]
        print(f"| {rule} | {injected.get(rule, 0)} | {len(d)} | " + " | ".join(cells) + " |")
        report["rules"][rule] = {"injected": injected.get(rule, 0), "marked": len(d), "clean_marks": len(cl),
                                 "by_margin": {str(m): [sum(1 for g in d if g is not None and g > m),
                                                        sum(1 for g in cl if g > m)] for m in MARGINS}}
    print("\nCells: injected errors the model repairs / clean marks it changes, at each margin.")
    for rule in rules:
        top = sorted(lifted.get(rule, []), key=lambda x: -x[0])[:args.show]
        if top:
            print(f"\n{rule}: {len(lifted[rule])} clean marks; highest gains:")
            for g, orig, best, t in top:
                print(f"  {g:6.2f}  {orig!r} -> {best!r}  | {t[:150]}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
