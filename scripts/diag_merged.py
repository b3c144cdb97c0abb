#!/usr/bin/env python3
"""Per-join diagnosis of merged-words on a split of en_news: ok / sep / wrong / miss, and
what changed between two runs.

The synthetic benchmark (``bench_synthetic.py``) reports rates on the test split; rule work
needs the single joins behind them, on the TRAIN or DEV split (the test split is only
measured).  Each sentence the injector gives a merged join is repaired alone and sorted:

* ``ok``: the join's window comes back exactly, punctuation and all;
* ``sep``: the words come back apart but with another separator ("trains which");
* ``wrong``: an edit touches the join and the words are not the clean ones;
* ``miss``: no edit touches the join.

    python scripts/diag_merged.py ../shared/data --split train --seed 21 --mode safe --out base.json
    ... change a rule ...
    python scripts/diag_merged.py ../shared/data --split train --seed 21 --mode safe --out new.json --compare base.json

``--compare`` prints each join whose class changed (all of them with ``--show-all``; by
default the ones that got worse) and the counts of each change.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
import bench_synthetic as B  # noqa: E402

CLASSES = ("ok", "sep", "wrong", "miss")
_RANK = {c: i for i, c in enumerate(CLASSES)}


def classify(item, edits) -> tuple[str, str]:
    """The class of one injected join and its window as the edits left it."""
    near = [e for e in edits if B.touches(e, item.window)]
    ws, we = item.window
    fixed = B._apply_in_window(item.text, near, ws, we)
    if fixed == item.clean_piece:
        return "ok", fixed
    if B._words_only(fixed) == B._words_only(item.clean_piece):
        return "sep", fixed
    return ("wrong" if near else "miss"), fixed


def run(data: Path, split: str, seed: int, mode: str) -> dict:
    from mt_repair import Repairer
    items = [it for it in B.build_items(B.test_lines(data, split=split), seed) if it.kind == "merged"]
    rep = Repairer(mode)
    out = {}
    for it in items:
        r = rep.repair(it.text)
        cls, fixed = classify(it, r.edits)
        ws, we = it.window
        out[f"{it.file}:{it.line}"] = {"class": cls, "token": it.text[ws:we], "clean": it.clean_piece,
                                       "fixed": fixed, "shape": it.shape, "sentence": it.text}
    return out


def compare(old: dict, new: dict, show_all: bool = False) -> list[str]:
    """Lines for each join whose class changed (only the worse ones unless ``show_all``),
    then the counts of each change."""
    lines, moves = [], collections.Counter()
    for key, a in old.items():
        b = new.get(key)
        if b is None or a["class"] == b["class"]:
            continue
        moves[(a["class"], b["class"])] += 1
        if show_all or _RANK[b["class"]] > _RANK[a["class"]]:
            lines.append(f"{a['class']}->{b['class']}\t{a['token']!r}\t{a['clean']!r}\t{b['fixed']!r}\t{b['sentence'][:160]}")
    lines.append(" ".join(f"{a}->{b}: {n}" for (a, b), n in sorted(moves.items())) or "no change")
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path, help="the shared data folder (en_news/)")
    ap.add_argument("--split", choices=("train", "dev"), default="train")
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--mode", choices=("safe", "all"), default="safe")
    ap.add_argument("--out", type=Path, required=True, help="write the per-join classes here (JSON)")
    ap.add_argument("--compare", type=Path, help="an earlier --out to diff against")
    ap.add_argument("--show-all", action="store_true", help="with --compare: print the better ones too")
    args = ap.parse_args(argv)
    res = run(args.data, args.split, args.seed, args.mode)
    args.out.write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")
    counts = collections.Counter(v["class"] for v in res.values())
    print(f"{args.split} seed {args.seed} {args.mode}: " + ", ".join(f"{c} {counts[c]}" for c in CLASSES)
          + f" of {len(res)} joins")
    if args.compare:
        print("\n".join(compare(json.loads(args.compare.read_text(encoding="utf-8")), res, args.show_all)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
