#!/usr/bin/env python
"""Evaluate a span model on held-out synthetic spans (split "test" of en_news).

For every corruption kind: build spans around injected damage in test lines, let
:func:`mt_repair.model.candidates.propose` stand in for the rule units' candidates,
and report the exact-repair rate of

* ``keep``      - always keep the span (the do-nothing baseline),
* ``wordfreq``  - pick the candidate whose words are most frequent (a simple baseline),
* ``rescore``   - the model's best candidate by summed log-prob (``rescore/len``: per byte), no guard,
* ``repair-only`` - the model's best candidate when keeping the span is not an option (the rule is sure
                the span is damaged and asks only which repair), no guard,
* ``prior p``   - rescoring with the rule's prior that the span is fine (``keep_prior=p``), behind the guard
                with the middle margin,
* ``guarded``   - rescoring behind the guard with the margin (what ``mt_repair.model.load()`` ships),
* ``generate``  - greedy generation, no guard (``gen+guard``: behind the guard),

and, on clean spans (the same span-selection as training's "clean" examples), the
share left unchanged.  ``oracle`` is the share of spans whose repair is among the candidates.

    python scripts/eval_model.py --model models/default --n 200
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"


def build_eval_set(lines, n, seed):
    from mt_repair.synth import REGISTRY
    import mt_repair.synth.translationese  # noqa: F401
    try:
        import mt_repair.synth.artifacts  # noqa: F401
    except ImportError:
        pass
    from mt_repair.model.data import _widen, clean_example
    items = []   # (kind, left, span, right, target)
    rng = random.Random(seed)
    order = list(range(len(lines)))
    rng.shuffle(order)
    for kind in sorted(REGISTRY):
        got = 0
        for i in order:
            c = REGISTRY[kind](lines[i], rng)
            if c is None or c.clean == c.corrupted:
                continue
            (a, b), (x, y) = _widen(c, rng, extra=0.0)
            items.append((kind, c.corrupted[:a], c.corrupted[a:b], c.corrupted[b:], c.clean[x:y]))
            got += 1
            if got >= n:
                break
    got = 0
    import re
    for i in order:
        line = lines[i]
        ex = clean_example(line, rng)
        if ex is None:
            continue
        span = ex[1]
        # locate the span again (clean_example returns the window only)
        pos = [m.start() for m in re.finditer(re.escape(span), line)]
        if not pos:
            continue
        a = rng.choice(pos)
        items.append(("clean", line[:a], span, line[a + len(span):], span))
        got += 1
        if got >= 2 * n:
            break
    return items


def wordfreq_pick(cands):
    from wordfreq import zipf_frequency
    import re

    def sc(c):
        ws = re.findall(r"[^\W\d_]+", c)
        return sum(zipf_frequency(w.lower(), "en") for w in ws) / max(1, len(ws))
    best = cands[0]
    for c in cands[1:]:
        if sc(c) > sc(best) + 1e-9:
            best = c
    return best


def speed_table(model_dir, srcs, cands, threads, targets=None):
    """Spans per second (rescoring all candidates of each span) for every engine that is
    available: torch fp32 and dynamic int8, CTranslate2 float32 and int8 (when installed and
    converted with scripts/convert_ctranslate2.py).  Also: load time, and how often each
    engine picks the same candidate as torch fp32."""
    import resource
    from mt_repair.model.scorer import make_scorer
    engines = [("torch fp32", "torch", False), ("torch int8 (dynamic)", "torch", True),
               ("CTranslate2 float32", "ctranslate2", False), ("CTranslate2 int8", "ctranslate2", True)]
    rows, picks = [], {}
    flat_src = [s for s, cs in zip(srcs, cands) for _ in cs]
    flat_tgt = [c for cs in cands for c in cs]
    for name, engine, q in engines:
        t0 = time.time()
        try:
            sc = make_scorer(model_dir, engine=engine, threads=threads, quantize=q)
        except ValueError as e:
            rows.append((name, None, None, None, str(e)))
            continue
        load = time.time() - t0
        sc.logprobs(flat_src[:64], flat_tgt[:64])          # warm up
        t0 = time.time()
        lps = sc.logprobs(flat_src, flat_tgt)
        dt = time.time() - t0
        it = iter(lps)
        picks[name] = [max(cs, key=lambda c, d=dict(zip(cs, [next(it) for _ in cs])): d[c][0]) for cs in cands]
        rows.append((name, len(srcs) / dt, len(flat_tgt) / dt, load, ""))
    base = picks.get("torch fp32")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out = [f"Speed ({threads} thread(s), batch: torch 64, CTranslate2 32 (each engine's default), {len(srcs)} spans, "
           f"{len(flat_tgt)} candidates; "
           f"peak RSS of the process after all engines {rss:.0f} MB):", "",
           "| engine | spans/s | candidates/s | load s | same pick as torch fp32 | best candidate is the right one |",
           "|---|---|---|---|---|---|"]
    for n, s, c, load, err in rows:
        if s is None:
            out.append(f"| {n} | – | – | – | not run: {err} | – |")
            continue
        same = sum(x == y for x, y in zip(picks[n], base)) / len(cands) if base else float("nan")
        right = (f"{100 * sum(p == t for p, t in zip(picks[n], targets)) / len(targets):.1f}%"
                 if targets else "–")
        out.append(f"| {n} | {s:.0f} | {c:.0f} | {load:.2f} | {100 * same:.1f}% | {right} |")
    return "\n".join(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default=str(ROOT / "models" / "default"))
    ap.add_argument("--corpus", default=str(DATA / "en_news" / "wmt_newstest_en_source-side_2008-2020_no2013.txt"))
    ap.add_argument("--split", default="test")
    ap.add_argument("--n", type=int, default=200, help="spans per corruption kind (clean: 2n)")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--margins", default="0,0.5,1,2,3")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--no-generate", action="store_true")
    ap.add_argument("--json", default=None, help="also write the numbers here")
    ap.add_argument("--speed", action="store_true",
                    help="also time rescoring with every engine (torch fp32/int8, CTranslate2 float32/int8) "
                         "and compare their picks")
    a = ap.parse_args(argv)

    from mt_repair.model.candidates import propose
    from mt_repair.model.data import read_lines
    from mt_repair.model.guard import check
    from mt_repair.model.scorer import SpanScorer, read_meta
    from mt_repair.model.windows import Window

    lines = read_lines(a.corpus, a.split)
    items = build_eval_set(lines, a.n, a.seed)
    t0 = time.time()
    window = Window.from_meta(read_meta(a.model))
    scorer = SpanScorer(a.model, threads=a.threads, window=window)
    load_s = time.time() - t0
    cands = [propose(span, left, right) for _, left, span, right, _ in items]
    srcs = [window.source(left, span, right) for _, left, span, right, _ in items]
    flat_src, flat_tgt, owner = [], [], []
    for k, cs in enumerate(cands):
        for c in cs:
            flat_src.append(srcs[k])
            flat_tgt.append(c)
            owner.append(k)
    t0 = time.time()
    lps = scorer.logprobs(flat_src, flat_tgt)
    score_s = time.time() - t0
    per = [dict() for _ in items]
    for k, c, lp in zip(owner, flat_tgt, lps):
        per[k][c] = lp
    gen = None
    gen_s = 0.0
    if not a.no_generate:
        t0 = time.time()
        gen = scorer.generate(srcs)
        gen_s = time.time() - t0
        need = [(srcs[k], g) for k, g in enumerate(gen)]
        glp = scorer.logprobs([s for s, _ in need], [g for _, g in need])
    margins = [float(x) for x in a.margins.split(",")]
    methods = ["keep", "wordfreq", "rescore", "rescore/len", "repair-only", "prior 0.5", "prior 0.2"] + [f"guarded m={m:g}" for m in margins]
    if gen is not None:
        methods += ["generate", "gen+guard"]
    res: dict[str, dict[str, list[int]]] = {}
    oracle: dict[str, list[int]] = {}
    for k, (kind, left, span, right, target) in enumerate(items):
        sc = per[k]
        cs = cands[k]
        ctx = window.context(left, right)
        picks = {"keep": span, "wordfreq": wordfreq_pick(cs),
                 "rescore": max(cs, key=lambda c: (sc[c][0], c == span)),
                 "rescore/len": max(cs, key=lambda c: (sc[c][0] / max(1, sc[c][1]), c == span))}
        for kp in (0.5, 0.2):
            if len(cs) > 1:
                pr = {c: sc[c][0] + (math.log(kp) if c == span else math.log((1 - kp) / (len(cs) - 1))) for c in cs}
                b = max(cs, key=lambda c: (pr[c], c == span))
                ok, _ = check(span, b, score_repl=pr[b], score_span=pr[span], margin=margins[len(margins) // 2],
                              context=ctx)
                picks[f"prior {kp:g}"] = b if ok else span
            else:
                picks[f"prior {kp:g}"] = span
        reps = [c for c in cs if c != span]
        picks["repair-only"] = max(reps, key=lambda c: sc[c][0]) if reps else span
        best = picks["rescore"]
        for m in margins:
            ok, _ = check(span, best, score_repl=sc[best][0], score_span=sc[span][0], margin=m, context=ctx)
            picks[f"guarded m={m:g}"] = best if ok else span
        if gen is not None:
            g = gen[k]
            picks["generate"] = g
            ok, _ = check(span, g, generated=True, context=ctx)
            picks["gen+guard"] = g if ok and glp[k][0] - sc[span][0] >= margins[len(margins) // 2] else span
        for meth, p in picks.items():
            res.setdefault(meth, {}).setdefault(kind, []).append(int(p == target))
        oracle.setdefault(kind, []).append(int(target in cs))
    kinds = [k for k in res["keep"] if k != "clean"]
    order = sorted(kinds) + ["clean"]
    pct = lambda v: f"{100.0 * sum(v) / max(1, len(v)):.0f}"
    head = "| kind | n | oracle | " + " | ".join(methods) + " |"
    out = [f"Command: `python scripts/eval_model.py {' '.join(argv if argv is not None else sys.argv[1:])}`", "",
           f"Model: {a.model}; split {a.split}; load {load_s:.2f} s; rescoring {len(flat_tgt)} candidates "
           f"of {len(items)} spans in {score_s:.1f} s; greedy generation {gen_s:.1f} s; threads {a.threads}.", "",
           head, "|" + "---|" * (len(methods) + 3)]
    for kind in order:
        row = [kind + (" (unchanged)" if kind == "clean" else ""), str(len(res["keep"][kind])), pct(oracle[kind])]
        row += [pct(res[m][kind]) for m in methods]
        out.append("| " + " | ".join(row) + " |")
    allk = {m: [x for k in kinds for x in res[m][k]] for m in methods}
    out.append("| **all damaged** | " + str(len(allk["keep"])) + " | " +
               pct([x for k in kinds for x in oracle[k]]) + " | " + " | ".join(pct(allk[m]) for m in methods) + " |")
    if a.speed:
        out += ["", speed_table(a.model, srcs, cands, a.threads, [it[4] for it in items])]
    print("\n".join(out))
    if a.json:
        Path(a.json).write_text(json.dumps({m: {k: sum(v) / len(v) for k, v in res[m].items()} for m in methods},
                                           indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
