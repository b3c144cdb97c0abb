#!/usr/bin/env python
"""A subject glued to its verb: "President Claudia Sheinbaumheld a meeting".

On machine-translated pages a link or a bold name often ends right before the verb, and
the space goes with the tag ("Xóchitl Gálvezcriticized the measure"). No punctuation was
lost there, and none may come back: a comma between a subject and its verb is wrong
unless one opened an apposition before the name. The synthetic benchmark
(``bench_synthetic.py``) draws its joins from every boundary and rarely makes this one,
so here each held-out news line with a capitalised word, then a past tense (ending in
-ed or irregular: "held", "took"), then an object ("the", "a", "his", ...) or a
preposition gets that one join, and mt-repair repairs the line. The join is

* restored: the line is the clean one again,
* split, wrong punctuation: the words are apart but a comma (or other mark) came in or went,
* untouched: the line is unchanged, or wrong: anything else.

    python scripts/bench_name_verb.py ../shared/data --out .bench/name_verb.md --json .bench/name_verb.json
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_synthetic import ALL_NEWS_FILES, test_lines  # noqa: E402
from mt_repair.units.join_words import IRREGULAR_PAST  # noqa: E402

#: words in -ed that are no past tense
NOT_PAST = frozenset("hundred kindred sacred naked wicked rugged ragged jagged shed bed red wed sled fled".split())
#: capitalised sentence openers that are no name
NOT_NAMES = frozenset("""the this these those that it he she they we there what which who when where
however but and also then""".split())

OBJECTS = "the|a|an|his|her|its|their|this|these|those|him|them|us|me|our|my|your"
PREPOSITIONS = "to|in|on|at|for|from|with|by|into|about|over|under|through|of"
PLACE = re.compile(rf"\b([^\W\d_]{{4,}}) ([a-z]{{3,}}) ({OBJECTS}|{PREPOSITIONS})\b")
MODES = ("safe", "all")
KINDS = ("name + object", "name + preposition", "word + object", "word + preposition")


def places(lines: list[str]) -> list[tuple[str, str, str]]:
    """(clean line, damaged line, kind) for the first such place of each line, after a
    capitalised word ("name") and, separately, after a lower-case one ("word")."""
    out = []
    objects = set(OBJECTS.split("|"))
    for line in lines:
        seen = set()
        for m in PLACE.finditer(line):
            left, verb = m.group(1), m.group(2)
            who = "name" if left[0].isupper() and left[1:].islower() else "word" if left.islower() else None
            past = (verb.endswith("ed") and not verb.endswith("eed") and verb not in NOT_PAST
                    or verb in IRREGULAR_PAST)
            if who is None or who in seen or not past or left.lower() in NOT_NAMES:
                continue
            seen.add(who)
            damaged = line[:m.end(1)] + line[m.start(2):]
            out.append((line, damaged, f"{who} + {'object' if m.group(3) in objects else 'preposition'}"))
    return out


def outcome(clean: str, damaged: str, fixed: str) -> str:
    if fixed == clean:
        return "restored"
    if fixed == damaged:
        return "untouched"
    if re.sub(r"[,;:.–]", "", fixed).split() == re.sub(r"[,;:.–]", "", clean).split():
        return "split, wrong punctuation"
    return "wrong"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path, nargs="?", default=Path(__file__).resolve().parents[1].parent / "shared" / "data")
    ap.add_argument("--split", choices=("test", "dev"), default="test")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()

    from mt_repair import Repairer
    lines = [line for _, _, line in test_lines(args.data, ALL_NEWS_FILES, args.split)]
    cases = places(lines)
    rows, result = [], {}
    for mode in MODES:
        # merged-words alone: the other rules would also repair the line's own damage
        # (a glued quote, "to to") and blur what is measured here
        rep = Repairer(mode, select=("merged-words",), model=None)
        t0 = time.process_time()
        counts = {kind: Counter() for kind in KINDS}
        wrong = []
        for clean, damaged, kind in cases:
            o = outcome(clean, damaged, rep.repair(damaged).text)
            counts[kind][o] += 1
            if o == "wrong" and len(wrong) < 10:
                wrong.append(damaged)
        secs = time.process_time() - t0
        result[mode] = {k: dict(v) for k, v in counts.items()}
        result[mode]["wrong_examples"] = wrong
        for kind, c in counts.items():
            n = sum(c.values())
            cells = [f"{100 * c[o] / max(1, n):.1f}%" for o in ("restored", "split, wrong punctuation", "untouched", "wrong")]
            rows.append(f"| {kind} | {n} | mt-repair {mode} | " + " | ".join(cells) + f" | {secs:.1f} |")
    md = [f"## A subject glued to its verb (held-out {args.split} lines, synthetic)\n",
          "```\npython scripts/bench_name_verb.py ../shared/data --out .bench/name_verb.md\n```\n",
          "Each held-out news line with a capitalised word (a name) or a lower-case word, then a past "
          "tense (-ed or irregular: \"held\", \"took\"), then an object (\"the\", \"his\", ...) or a "
          "preposition, gets that one join, once after a name and once after a word, each in its own "
          "copy (\"President Claudia Sheinbaumheld a meeting\", \"Hundreds of migrantsarrived at\"): "
          "no punctuation was lost, and a comma between a subject and its verb is wrong unless one "
          "opened an apposition. "
          "Restored: the clean line again; split, wrong punctuation: the words are apart but a "
          "mark came in or went; untouched: no change; wrong: anything else. merged-words alone (the rule "
          "that splits joins and chooses their punctuation), no model; sec is each mode's total.\n",
          "| join | lines | tool | restored | split, wrong punctuation | untouched | wrong | sec |",
          "|---|---:|---|---:|---:|---:|---:|---:|", *rows, ""]
    text = "\n".join(md)
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
