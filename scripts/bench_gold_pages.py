#!/usr/bin/env python3
"""Hand-made gold pages: how far `fix` leaves machine-translated news pages from a human edit.

``tests/data/gold_pages/<set>/`` holds pages written for this project (invented news in the
style of Spanish, Portuguese, French, Italian, German, Turkish, Polish, Indonesian, Russian,
Ukrainian, Moroccan, Chinese, Japanese, Korean and Vietnamese MT into English), each damaged as
scraped pages are (``NAME.txt``: merged words at lost tag boundaries, doubled initials and
drop caps, glued quotes, stray capitals, spacing, repeated words, boilerplate lines) beside
the same page edited by hand (``NAME.gold.txt``: only the damage repaired), and clean pages
(``clean*.txt``) that must come out unchanged.  ``MANIFEST.md`` lists every damage site.

For each page the score is the number of word-level differences (difflib opcodes over
whitespace-split words) between the output and the gold page: before repair that is about
the number of damage sites; 0 is a perfect edit.  Safe mode reports boilerplate without
removing it, so its output is also passed through the boilerplate rule alone, as a user
who asks for it would (``mt-repair fix --select boilerplate``).

    python scripts/bench_gold_pages.py --out .bench/gold_pages.md --json .bench/gold_pages.json
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from mt_repair import repair  # noqa: E402

PAGES = ROOT / "tests" / "data" / "gold_pages"


def word_diffs(a: str, b: str) -> int:
    """How many word-level spans differ between ``a`` and ``b``."""
    sm = difflib.SequenceMatcher(a=a.split(), b=b.split(), autojunk=False)
    return sum(1 for op in sm.get_opcodes() if op[0] != "equal")


def fixed(text: str, mode: str) -> str:
    out = repair(text, mode=mode).text
    if mode == "safe":   # boilerplate is reported in safe mode; remove it as asked
        out = repair(out, select=["boilerplate"]).text
    return out


def run(pages: Path = PAGES) -> dict:
    rows, clean = [], []
    for gold in sorted(pages.glob("*/*.gold.txt")):
        page = gold.with_name(gold.name.replace(".gold.txt", ".txt"))
        text, want = page.read_text(encoding="utf-8"), gold.read_text(encoding="utf-8")
        rows.append({"page": f"{page.parent.name}/{page.stem}", "before": word_diffs(text, want),
                     **{mode: word_diffs(fixed(text, mode), want) for mode in ("safe", "all")}})
    for page in sorted(pages.glob("*/clean*.txt")):
        text = page.read_text(encoding="utf-8")
        lines = text.split("\n")
        clean.append({"page": f"{page.parent.name}/{page.stem}", "lines": len(lines),
                      **{mode: sum(a != b for a, b in zip(lines, repair(text, mode=mode).text.split("\n")))
                         for mode in ("safe", "all")}})
    return {"pages": rows, "clean": clean}


def render(report: dict, seconds: float) -> str:
    rows, clean = report["pages"], report["clean"]
    tot = {k: sum(r[k] for r in rows) for k in ("before", "safe", "all")}
    out = ["## Hand-made gold pages (real-page style, MT into English)\n",
           "```\npython scripts/bench_gold_pages.py --out .bench/gold_pages.md --json .bench/gold_pages.json\n```\n",
           f"{len(rows)} damaged pages and {len(clean)} clean ones under `tests/data/gold_pages/`, written for this "
           "project (invented news in the style of MT from 15 languages; `MANIFEST.md` in each set lists every "
           "damage site). Cells: word-level differences from the hand-edited page (before repair, about one per "
           "damage site; 0 is the human edit). Safe mode's output also goes through the boilerplate rule, which "
           "safe mode only reports. Many of the differences left are a comma the editor wrote or left out where "
           f"either reads well. {seconds:.0f} s.\n",
           "| page | before | safe | --all |", "|---|---:|---:|---:|"]
    out += [f"| {r['page']} | {r['before']} | {r['safe']} | {r['all']} |" for r in rows]
    out.append(f"| **all {len(rows)} pages** | **{tot['before']}** | **{tot['safe']}** | **{tot['all']}** |")
    out += ["", "| clean page | lines | lines changed, safe | lines changed, --all |", "|---|---:|---:|---:|"]
    out += [f"| {c['page']} | {c['lines']} | {c['safe']} | {c['all']} |" for c in clean]
    return "\n".join(out) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=Path, default=PAGES)
    ap.add_argument("--out", type=Path, help="write the Markdown section here")
    ap.add_argument("--json", type=Path, help="write the numbers here")
    args = ap.parse_args(argv)
    t = time.perf_counter()
    report = run(args.pages)
    md = render(report, time.perf_counter() - t)
    if args.out:
        args.out.write_text(md, encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
