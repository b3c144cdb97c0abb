#!/usr/bin/env python3
"""Do no harm on real MT: sacrebleu scores of real system outputs before and after repair.

1. Every system output into English under ``<data>/mt_outputs/`` (WMT21 and WMT23):
   BLEU and chrF against the human references, before and after ``mt-repair fix``
   (safe mode, with the model unless ``--no-model``), and the share of lines changed.
2. MLQE-PE (``<data>/ape/mlqe_pe_to_en/*/test20``): TER of the MT against its human
   post-edit, before and after (both detokenised first: the files are Moses-tokenised).

    python scripts/bench_real_mt.py ../shared/data --out .bench/real_mt.md
"""

from __future__ import annotations

import argparse
import glob
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from mt_repair import Repairer  # noqa: E402
from mt_repair.scoring import score  # noqa: E402


def detok(line: str) -> str:
    """Undo Moses tokenisation well enough for scoring ("hadn 't" -> "hadn't", " , " -> ", ")."""
    s = line.strip()
    s = re.sub(r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1", s)
    s = re.sub(r" ([,.;:!?%)\]}])", r"\1", s)
    s = re.sub(r"([(\[{$]) ", r"\1", s)
    s = re.sub(r'" (.*?) "', r'"\1"', s)
    return s


def repaired_lines(rep: Repairer, lines: list[str]) -> list[str]:
    out = rep.repair("\n".join(lines) + "\n").text.split("\n")[:len(lines)]
    assert len(out) == len(lines)
    return out


def changed_span(before: str, after: str, context: int = 20) -> tuple[str, str]:
    """The part of two lines that differs, with up to ``context`` characters either side.

    >>> changed_span("Because because of the pandemic", "Because of the pandemic", 4)
    ('use because of t', 'use of t')
    """
    i = 0
    while i < min(len(before), len(after)) and before[i] == after[i]:
        i += 1
    j = 0
    while j < min(len(before), len(after)) - i and before[-1 - j] == after[-1 - j]:
        j += 1
    start = max(0, i - context)
    return before[start:len(before) - j + context], after[start:len(after) - j + context]


def falling_lines(hyp: list[str], fixed: list[str], ref: list[str]) -> list[tuple]:
    """(line number, changed span before, after, sentence chrF before, after) for each
    changed line whose sentence chrF against ``ref`` falls."""
    import sacrebleu

    out = []
    for n, (h, f, r) in enumerate(zip(hyp, fixed, ref), 1):
        if h != f:
            cb, ca = sacrebleu.sentence_chrf(h, [r]).score, sacrebleu.sentence_chrf(f, [r]).score
            if ca < cb - 1e-9:
                out.append((n, *(x.replace("|", "\\|").replace("`", "'") for x in changed_span(h, f)), cb, ca))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--no-model", action="store_true")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    rep = Repairer("safe", model=None if args.no_model else "default")
    rows, worse, falls = [], [], []
    t0 = time.time()
    for hyp in sorted(glob.glob(str(args.data / "mt_outputs" / "wmt2*" / "*" / "*.hyp.*"))):
        folder = Path(hyp).parent
        refs = sorted(p for p in folder.iterdir() if ".ref." in p.name)
        if not refs:
            continue
        h = Path(hyp).read_text(encoding="utf-8").split("\n")
        if h and h[-1] == "":
            h = h[:-1]
        rs = [r.read_text(encoding="utf-8").split("\n")[:len(h)] for r in refs]
        if any(len(r) != len(h) for r in rs):
            continue
        fixed = repaired_lines(rep, h)
        before = score(h, rs, ("bleu", "chrf"))
        after = score(fixed, rs, ("bleu", "chrf"))
        changed = sum(a != b for a, b in zip(h, fixed))
        row = {"system": Path(hyp).name, "lines": len(h), "changed": changed,
               "bleu_before": before["bleu"]["score"], "bleu_after": after["bleu"]["score"],
               "chrf_before": before["chrf"]["score"], "chrf_after": after["chrf"]["score"]}
        rows.append(row)
        if row["bleu_after"] < row["bleu_before"] - 1e-9 or row["chrf_after"] < row["chrf_before"] - 1e-9:
            worse.append(row["system"])
            falls.extend((row["system"], *f) for f in falling_lines(h, fixed, rs[0]))
    ape = []
    for mt in sorted(glob.glob(str(args.data / "ape" / "mlqe_pe_to_en" / "*" / "test20.mt"))):
        pe = Path(mt).with_suffix(".pe")
        m = [detok(x) for x in Path(mt).read_text(encoding="utf-8").splitlines()]
        p = [detok(x) for x in pe.read_text(encoding="utf-8").splitlines()]
        fixed = repaired_lines(rep, m)
        b, a = score(m, [p], ("ter",))["ter"], score(fixed, [p], ("ter",))["ter"]
        ape.append({"pair": Path(mt).parent.name, "lines": len(m), "changed": sum(x != y for x, y in zip(m, fixed)),
                    "ter_before": b["score"], "ter_after": a["score"], "signature": a["signature"]})
    wall = time.time() - t0
    sig = score(["a"], [["a"]], ("bleu", "chrf"))
    lines = ["## Real MT: before and after repair (sacrebleu)\n",
             f"```\npython scripts/bench_real_mt.py ../shared/data --out .bench/real_mt.md{' --no-model' if args.no_model else ''}\n```\n",
             f"Safe mode, {'rules only' if args.no_model else 'rules + the default model'}; {wall:.0f} s in all. "
             f"BLEU signature `{sig['bleu']['signature']}`, chrF `{sig['chrf']['signature']}`.\n",
             "| system output | lines | changed | BLEU before | BLEU after | chrF before | chrF after |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['system']} | {r['lines']} | {r['changed']} | {r['bleu_before']:.2f} | {r['bleu_after']:.2f} | "
                     f"{r['chrf_before']:.2f} | {r['chrf_after']:.2f} |")
    tot = sum(r["lines"] for r in rows)
    ch = sum(r["changed"] for r in rows)
    drops = {r["system"]: max(r["bleu_before"] - r["bleu_after"], r["chrf_before"] - r["chrf_after"]) for r in rows}
    visible = [k for k, d in drops.items() if d >= 0.005]
    lines.append(f"\n{len(rows)} systems, {tot:,} lines, {ch} changed ({100 * ch / max(tot, 1):.2f}%); "
                 f"systems with a lower BLEU or chrF after repair: {len(worse)}"
                 + (" (" + ", ".join(f"{w} -{drops[w]:.4f}" for w in worse) + ")" if worse else "")
                 + f"; largest drop {max(drops.values(), default=0):.4f}; systems that lose 0.005 or more "
                 f"(a change visible at the 2 decimals printed): {len(visible)}.\n")
    if falls:
        lines.append("Where those systems lose: every changed line whose sentence chrF against the first "
                     "reference falls, with the changed words (read each against its reference: a right "
                     "repair can lower a score when the reference words the sentence differently).\n")
        lines.append("| system output | line | before → after (the changed span) | sentence chrF |")
        lines.append("|---|---:|---|---:|")
        for system, n, was, now, cb, ca in falls:
            lines.append(f"| {system} | {n} | `{was}` → `{now}` | {cb:.1f} → {ca:.1f} |")
        lines.append("")
    lines.append("MLQE-PE test20 (MT vs human post-edit, detokenised), TER (lower is better):\n")
    lines.append("| pair | lines | changed | TER before | TER after | after - before |")
    lines.append("|---|---:|---:|---:|---:|---:|")
    for a in ape:
        lines.append(f"| {a['pair']} | {a['lines']} | {a['changed']} | {a['ter_before']:.2f} | {a['ter_after']:.2f} | "
                     f"{a['ter_after'] - a['ter_before']:+.4f} |")
    if ape:
        higher = [a["pair"] for a in ape if a["ter_after"] > a["ter_before"] + 1e-9]
        lines.append(f"\nPairs with a higher TER after repair: {len(higher)}" + (f" ({', '.join(higher)})" if higher else "")
                     + f". TER signature `{ape[0]['signature']}`.\n")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps({"systems": rows, "ape": ape, "worse": worse}, indent=1))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
