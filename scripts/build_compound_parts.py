#!/usr/bin/env python3
"""Write mt_repair/evidence/data/compound_parts.tsv: how many listed compounds each word starts or ends.

merged-words asks how readily the two pieces of a split build closed compounds
("fork|balls", "stable|master": often; "bags|money", "semester|often": rarely): two
lower-case content words whose pieces rarely do are a join, not an unlisted compound.  Counting that over wordfreq's large English list takes half a
second and the whole list; this file holds only the counts, see
:func:`mt_repair.evidence.compounds.count_parts`.

    python scripts/build_compound_parts.py
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from mt_repair.evidence.compounds import _DATA, PART_MIN_ZIPF, count_parts  # noqa: E402
from mt_repair.evidence.lexicon import vocabulary  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-o", "--output", type=Path, default=_DATA)
    ap.add_argument("--min-zipf", type=float, default=PART_MIN_ZIPF)
    args = ap.parse_args()

    from importlib.metadata import version
    parts = count_parts(vocabulary(), args.min_zipf)
    with open(args.output, "w", encoding="utf-8") as out:
        out.write(f"# Pieces of closed compounds in wordfreq {version('wordfreq')}'s large English list: for each\n"
                  f"# word (Zipf >= {args.min_zipf}, 3+ letters), how many listed lower-case words of 6+ letters\n"
                  "# split into it and another such word, as the head and as the tail.\n"
                  "# Built by scripts/build_compound_parts.py.\n# word\theads\ttails\n")
        out.writelines(f"{w}\t{h}\t{t}\n" for w, (h, t) in parts.items())
    print(f"{len(parts)} words -> {args.output}")


if __name__ == "__main__":
    main()
