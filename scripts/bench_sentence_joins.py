#!/usr/bin/env python
"""Lost sentence ends: two held-out sentences joined where a tag boundary ate ". ".

Scraped pages glue a heading or a paragraph that ends without a period to the next
one ("... on FridayOfficials said"). The synthetic benchmark (``bench_synthetic.py``)
corrupts one sentence at a time, so it never shows this; here each text is two
neighbouring held-out news lines of the same file (the first ending in a period),
joined by a space (held out are the lines n % 10 == 9, so the two stood ten lines
apart: often one article, sometimes two), with the period and the space between them removed by the
``merged-sentence`` unit (``mt_repair/synth/artifacts.py``), or only the period (a run-on
sentence, "on Friday Officials said": the ``lost-period`` unit). Each mode of mt-repair,
with and without the model, repairs the text; the boundary is

* restored: it reads "Friday. Officials" again,
* split: the words are apart but the punctuation or the case differs ("Friday, Officials",
  "Friday officials"),
* untouched: no edit reaches it, or wrong: anything else.

    python scripts/bench_sentence_joins.py ../shared/data --out .bench/sentence_joins.md --json .bench/sentence_joins.json
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_synthetic import ALL_NEWS_FILES, Ours, _apply_in_window, _words_only, test_lines, touches  # noqa: E402


def build(lines, n: int, seed: int, kind: str = "merged-sentence"):
    """Up to ``n`` corruptions of neighbouring held-out lines joined at the line boundary."""
    from mt_repair.synth.artifacts import REGISTRY
    corrupt = REGISTRY[kind]
    rng = random.Random(seed)
    out = []
    for (f1, _, a), (f2, _, b) in zip(lines, lines[1:]):
        if f1 != f2 or not a.endswith("."):
            continue
        c = corrupt(a + " " + b, rng, at=len(a) - 1)
        if c is not None:
            out.append(c)
    rng.shuffle(out)
    return out[:n]


def outcome(c, text: str, edits) -> tuple[str, str]:
    ks, ke = c.corrupted_span
    piece = c.clean[c.clean_span[0]:c.clean_span[1]]
    near = [e for e in edits if touches(e, (ks, ke))]
    got = _apply_in_window(c.corrupted, near, ks, ke)
    if got == piece:
        return "restored", got
    if not near:
        return "untouched", got
    return ("split" if _words_only(got).lower() == _words_only(piece).lower() else "wrong"), got


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data", nargs="?", default=str(Path(__file__).resolve().parent.parent.parent / "shared" / "data"))
    ap.add_argument("--split", default="test", choices=["test", "dev"])
    ap.add_argument("--n", type=int, default=600)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--model", default="default", help="model for the '+ model' rows ('' for none)")
    ap.add_argument("--kinds", default="merged-sentence,lost-period",
                    help="corruption units, comma-separated (merged-sentence: 'FridayOfficials'; lost-period: 'Friday Officials')")
    ap.add_argument("--out", default=None, help="markdown section (default: stdout)")
    ap.add_argument("--json", default=None)
    a = ap.parse_args(argv)
    lines = test_lines(Path(a.data), ALL_NEWS_FILES, a.split)
    kinds = [k.strip() for k in a.kinds.split(",") if k.strip()]
    tools = [("safe", None), ("all", None)] + ([("safe", a.model), ("all", a.model)] if a.model else [])
    res, examples, sizes = {}, {}, {}
    for kind in kinds:
        items = build(lines, a.n, a.seed, kind)
        sizes[kind] = len(items)
        for mode, model in tools:
            name = f"mt-repair {mode}" + (" + model" if model else "")
            tool = Ours(mode, model=model)
            t0 = time.time()
            cnt, ex = Counter(), []
            for c in items:
                text, edits = tool.run(c.corrupted)
                cat, got = outcome(c, text, edits)
                cnt[cat] += 1
                if cat != "restored" and len(ex) < 15:
                    ex.append({"corrupted": c.corrupted[slice(*c.corrupted_span)], "got": got, "outcome": cat})
            res[f"{kind}: {name}"] = dict({k: cnt[k] for k in ("restored", "split", "untouched", "wrong")},
                                          kind=kind, tool=name, seconds=round(time.time() - t0, 1))
            examples[f"{kind}: {name}"] = ex
    md = ["## Lost sentence ends (two held-out sentences joined, synthetic)", "",
          "```", f"python scripts/bench_sentence_joins.py ../shared/data --split {a.split} --n {a.n} --seed {a.seed}"
          + (f" --model {a.model}" if a.model != "default" else "")
          + (f" --kinds {a.kinds}" if a.kinds != "merged-sentence,lost-period" else ""), "```", "",
          f"Up to {a.n} texts per kind, each two neighbouring held-out ({a.split}) news lines of one file (ten lines apart "
          "in it) joined by a space; `merged-sentence`: the period and the space between them removed (\"on "
          "FridayOfficials said\"), `lost-period`: the period removed, the space kept (a run-on sentence, \"on Friday "
          "Officials said\"). The boundary is restored (\"Friday. Officials\"), split with other punctuation or "
          "case (\"Friday, Officials\", \"Friday officials\"), untouched, or wrong.", "",
          "| kind | texts | tool | restored | other punctuation or case | untouched | wrong | sec |",
          "|---|---:|---|---:|---:|---:|---:|---:|"]
    for r in res.values():
        n = max(sizes[r["kind"]], 1)
        md.append(f"| {r['kind']} | {sizes[r['kind']]} | {r['tool']} | {100 * r['restored'] / n:.1f}% | "
                  f"{100 * r['split'] / n:.1f}% | {100 * r['untouched'] / n:.1f}% | {100 * r['wrong'] / n:.1f}% | "
                  f"{r['seconds']} |")
    text = "\n".join(md) + "\n"
    if a.out:
        Path(a.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    if a.json:
        Path(a.json).write_text(json.dumps({"n": sizes, "split": a.split, "seed": a.seed, "tools": res,
                                            "examples": examples}, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
