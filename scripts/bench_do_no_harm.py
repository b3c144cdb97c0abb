#!/usr/bin/env python
"""Do-no-harm benchmark: how much human-written English does mt-repair change?

Runs ``mt_repair.repair`` (rules only, ``model=None``) in ``safe`` and ``all``
mode, one line (segment) at a time, over

* every human reference translation into English under
  ``<data-dir>/mt_outputs/*/*/`` (files with "ref" in the name: WMT21 news and
  WMT23 general, 1-2 references per language pair), and
* the held-out "test" lines (``mt_repair.synth.split_of``) of both
  ``<data-dir>/en_news/`` files (original English news; English-only references).

None of this text was damaged on purpose, so every change is suspect.  Reports
the share of lines changed per corpus and per rule, and writes every change
(TSV) plus a per-rule random sample (markdown) for inspection.

    python scripts/bench_do_no_harm.py --out-dir .bench/do_no_harm
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from mt_repair.synth import split_of  # noqa: E402

EN_NEWS = ("wmt_newstest_en_source-side_2008-2020_no2013.txt",
           "wmt_newstest_en_reference-side_2008-2020_no2013.txt")


def default_data_dir() -> Path:
    return (ROOT / ".." / "shared" / "data").resolve()


def corpora(data_dir: Path) -> dict[str, list[tuple[str, int, str]]]:
    """Corpus name -> [(file, 0-based line, text)], non-empty lines only."""
    out: dict[str, list] = {}
    for ref in sorted((data_dir / "mt_outputs").glob("*/*/*")):
        if "ref" not in ref.name or not ref.is_file():
            continue
        group = f"refs {ref.parent.parent.name.split('_')[0]}"  # wmt21 / wmt23
        rel = str(ref.relative_to(data_dir))
        with open(ref, encoding="utf-8") as f:
            out.setdefault(group, []).extend(
                (rel, i, line.rstrip("\n")) for i, line in enumerate(f) if line.strip())
    for name in EN_NEWS:
        p = data_dir / "en_news" / name
        short = "en_news test (source side)" if "source" in name else "en_news test (reference side)"
        with open(p, encoding="utf-8") as f:
            out[short] = [(f"en_news/{name}", i, line.rstrip("\n"))
                          for i, line in enumerate(f) if split_of(i) == "test" and line.strip()]
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=default_data_dir())
    ap.add_argument("--limit", type=int, default=None, help="at most N lines per corpus")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--modes", default="safe,all")
    ap.add_argument("--sample", type=int, default=30, help="changes per rule in the sample file")
    ap.add_argument("--out-dir", type=Path, default=ROOT / ".bench" / "do_no_harm")
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--granularity", choices=("line", "file"), default="line",
                    help="line: each line repaired alone (default); file: each file's lines joined "
                         "and repaired as one text, as `mt-repair fix FILE` does")
    ap.add_argument("--audit", type=Path, default=ROOT / "scripts" / "data" / "do_no_harm_audit.tsv",
                    help="hand audit of the changes (TSV: file, line, rule, original, replacement, verdict, note)")
    args = ap.parse_args(argv)
    from bench_synthetic import load_audit
    audit = load_audit(args.audit)

    from mt_repair import repair

    data = corpora(args.data_dir)
    if args.limit:
        data = {k: v[:args.limit] for k, v in data.items()}
    modes = args.modes.split(",")
    args.out_dir.mkdir(parents=True, exist_ok=True)

    report: dict = {"config": {"data_dir": str(args.data_dir), "limit": args.limit, "modes": modes,
                               "granularity": args.granularity,
                               "lines": {k: len(v) for k, v in data.items()}},
                    "results": {}}
    changes: dict[str, list] = {m: [] for m in modes}
    for mode in modes:
        res = report["results"][mode] = {}
        for corpus, lines in data.items():
            t0 = time.process_time()
            changed = 0
            by_rule: Counter = Counter()
            lines_by_rule: Counter = Counter()
            chars = 0
            if args.granularity == "file":
                outputs = _by_file(lines, lambda t: (lambda r: (r.text, r.edits))(
                    repair(t, mode=mode, model=None)))
            else:
                outputs = (repair(text, mode=mode, model=None) for _, _, text in lines)
                outputs = ((r.text, r.edits) for r in outputs)
            changed_fp = 0
            for (fname, i, text), (out_text, edits) in zip(lines, outputs):
                chars += len(text)
                if out_text != text:
                    changed += 1
                    keys = ["\t".join((Path(fname).name, str(i + 1), e.rule, e.original, e.replacement)) for e in edits]
                    changed_fp += any(audit.get(k) != "source-error" for k in keys)
                rules_here = set()
                for e in edits:
                    by_rule[e.rule] += 1
                    rules_here.add(e.rule)
                    lo, hi = max(0, e.start - 50), min(len(text), e.end + 50)
                    changes[mode].append({
                        "corpus": corpus, "file": fname, "line": i + 1, "rule": e.rule,
                        "original": e.original, "replacement": e.replacement,
                        "confidence": round(float(e.confidence), 3), "reason": e.reason,
                        "context": text[lo:e.start] + "⟦" + e.original + "→" + e.replacement + "⟧" + text[e.end:hi],
                    })
                lines_by_rule.update(rules_here)
            res[corpus] = {"lines": len(lines), "changed": changed,
                           "share_changed": changed / len(lines) if lines else None,
                           # lines with a change the hand audit did not find to repair a real error
                           "changed_audited": changed_fp,
                           "share_changed_audited": changed_fp / len(lines) if lines else None,
                           "edits_by_rule": dict(by_rule), "lines_by_rule": dict(lines_by_rule),
                           "seconds": time.process_time() - t0, "chars": chars}
            print(f"[{mode}] {corpus}: {changed}/{len(lines)} lines changed", file=sys.stderr)

    # every change, and a per-rule sample to read
    rng = random.Random(args.seed)
    for mode in modes:
        with open(args.out_dir / f"changes_{mode}.tsv", "w", encoding="utf-8") as f:
            f.write("corpus\tfile\tline\trule\toriginal\treplacement\tconfidence\treason\tcontext\n")
            for c in changes[mode]:
                f.write("\t".join(str(c[k]).replace("\t", " ") for k in
                                  ("corpus", "file", "line", "rule", "original", "replacement",
                                   "confidence", "reason", "context")) + "\n")
        by_rule = defaultdict(list)
        for c in changes[mode]:
            by_rule[c["rule"]].append(c)
        with open(args.out_dir / f"sample_{mode}.md", "w", encoding="utf-8") as f:
            f.write(f"# Changes to human-written text, mode={mode} (random sample of up to {args.sample} per rule)\n\n")
            for rule in sorted(by_rule):
                pool = by_rule[rule]
                pick = rng.sample(pool, min(args.sample, len(pool)))
                f.write(f"## {rule}: {len(pool)} edits\n\n")
                for c in pick:
                    f.write(f"- `{c['file']}:{c['line']}` ({c['confidence']}) "
                            f"{c['original']!r} → {c['replacement']!r}: …{c['context']}…\n")
                f.write("\n")

    print(render(report))
    print(f"\nAll changes: {args.out_dir}/changes_<mode>.tsv; samples: {args.out_dir}/sample_<mode>.md",
          file=sys.stderr)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


def _by_file(lines, run):
    """Repair each file's lines as one text; per line: (output text, line-relative edits)."""
    from bench_synthetic import run_as_file
    out, k = [], 0
    while k < len(lines):
        j = k
        while j < len(lines) and lines[j][0] == lines[k][0]:
            j += 1
        out.extend(run_as_file(run, [t for _, _, t in lines[k:j]]))
        k = j
    return out


def render(report: dict) -> str:
    modes = report["config"]["modes"]
    corpora_ = list(report["config"]["lines"])
    out = ["| corpus | lines | " + " | ".join(f"changed ({m})" for m in modes) + " | rules firing (" + modes[-1] + ") |",
           "|---|---:|" + "---:|" * len(modes) + "---|"]
    tot = Counter()
    for c in corpora_:
        cells = []
        for m in modes:
            r = report["results"][m][c]
            cells.append(f"{100 * r['share_changed']:.2f}% ({r['changed']})")
            tot[m] += r["changed"]
        n = report["config"]["lines"][c]
        rules = report["results"][modes[-1]][c]["lines_by_rule"]
        out.append(f"| {c} | {n} | " + " | ".join(cells) + " | "
                   + (", ".join(f"{k} {v}" for k, v in sorted(rules.items(), key=lambda kv: -kv[1])) or "–") + " |")
    n_all = sum(report["config"]["lines"].values())
    out.append(f"| **all** | {n_all} | " + " | ".join(f"{100 * tot[m] / n_all:.2f}% ({tot[m]})" for m in modes) + " | |")
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
