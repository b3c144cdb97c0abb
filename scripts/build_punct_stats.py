#!/usr/bin/env python3
"""Build mt_repair/evidence/data/punct_before.tsv: how often a comma precedes a word.

For every word boundary "w1<sep>w2" in clean English (train split only), count
whether <sep> was ", " (comma) or " " (plain), keyed by the right-hand word and by
the right-hand bigram.  The merged-words unit uses these counts to decide whether
a join lost a comma ("trainswhich" -> "trains, which") or not ("activityby" ->
"activity by").

Usage:
    python scripts/build_punct_stats.py ../shared/data/en_news/*.txt \
        -o mt_repair/evidence/data/punct_before.tsv
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from mt_repair.synth import split_of  # noqa: E402

BOUNDARY = re.compile(r"([^\W_]+['’]?\w*)(, | )([^\W\d_]+)(?: ([^\W\d_]+))?")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--min-count", type=int, default=5)
    args = ap.parse_args()

    uni: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    bi: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0])
    totals = [0, 0]
    lines = 0
    for path in args.corpora:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if split_of(n) != "train":
                    continue
                lines += 1
                pos = 0
                while True:
                    m = BOUNDARY.search(line, pos)
                    if not m:
                        break
                    comma = 0 if m.group(2) == ", " else 1
                    w2 = m.group(3).lower()
                    uni[w2][comma] += 1
                    totals[comma] += 1
                    if m.group(4):
                        bi[w2 + " " + m.group(4).lower()][comma] += 1
                    pos = m.start(3)  # overlap: the right word is the next left word
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("# Comma-before-word counts at word boundaries in clean English news.\n")
        out.write(f"# Built by scripts/build_punct_stats.py from: {' '.join(p.name for p in args.corpora)}\n")
        out.write(f"# (train split only, {lines} lines; min count {args.min_count})\n")
        out.write("# context\tcomma\tplain\n")
        out.write(f"*TOTAL*\t{totals[0]}\t{totals[1]}\n")
        for table in (uni, bi):
            for key, (c, p) in sorted(table.items(), key=lambda kv: -(kv[1][0] + kv[1][1])):
                if c + p >= args.min_count:
                    out.write(f"{key}\t{c}\t{p}\n")
    print(f"wrote {args.output} from {lines} lines", file=sys.stderr)


if __name__ == "__main__":
    main()
