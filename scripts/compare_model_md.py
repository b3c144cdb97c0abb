#!/usr/bin/env python3
"""Rules alone against rules + model, from one synthetic benchmark run with --model.

    python scripts/bench_synthetic.py --model default --json .bench/synth_model.json
    python scripts/compare_model_md.py .bench/synth_model.json > .bench/model_eval.md
"""

import json
import sys

d = json.load(open(sys.argv[1], encoding="utf-8"))["tools"]
out = ["## The model stage: rules alone against rules + model (synthetic, held-out)\n",
       "```\npython scripts/bench_synthetic.py --model default --json .bench/synth_model.json\n"
       "python scripts/compare_model_md.py .bench/synth_model.json > .bench/model_eval.md\n```\n",
       "Window restored exactly (incl. punctuation), by artifact kind; same sentences, seed 13.\n",
       "| kind | safe | safe + model | all | all + model |", "|---|---:|---:|---:|---:|"]


def pct(x):
    return "–" if x is None else f"{100 * x:.1f}%"


for kind in d["mt-repair safe"]["units"]:
    row = [d[t]["units"][kind]["repaired"] for t in
           ("mt-repair safe", "mt-repair safe + model", "mt-repair all", "mt-repair all + model")]
    out.append(f"| {kind} | " + " | ".join(pct(x) for x in row) + " |")
m = {t: d[t]["merged"] for t in d if t.startswith("mt-repair")}
out.append("| merged: lost punctuation restored | " + " | ".join(
    pct(m[t]["lost_punct_restored"]) for t in ("mt-repair safe", "mt-repair safe + model", "mt-repair all", "mt-repair all + model")) + " |")
out.append("| untouched sentences changed | " + " | ".join(
    pct(d[t]["untouched"]["share_changed"]) for t in ("mt-repair safe", "mt-repair safe + model", "mt-repair all", "mt-repair all + model")) + " |")
out.append("\nThe model's own evaluation on held-out spans (candidate rescoring, guard, speed) is in "
           "`models/default/README.md`.\n")
print("\n".join(out))
