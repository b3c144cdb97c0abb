#!/usr/bin/env python3
"""Write mt_repair/evidence/data/spanish_words.txt: common words more Spanish than English.

merged-words asks whether the capitalised piece after an English word is a Spanish name or
title that Spanish->English MT kept ("the Secretary of EconomyRaquel Buenrostro",
"SportsFrente Amplio").  wordfreq answers that, but its whole Spanish list costs 0.16 s
and 50 MB to load, for a rule that asks a few times per document; this file holds only
the answer: every word of wordfreq's large Spanish list with Zipf >= ``--min-zipf`` that is
more frequent in Spanish than in English, lower case, one per line.

    python scripts/build_spanish_words.py
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from mt_repair.evidence.lexicon import SPANISH_MIN_ZIPF, _SPANISH_WORDS, _spanish, zipf  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-o", "--output", type=Path, default=_SPANISH_WORDS)
    ap.add_argument("--min-zipf", type=float, default=SPANISH_MIN_ZIPF)
    args = ap.parse_args()

    from importlib.metadata import version
    words = sorted(w for w, z in _spanish().items() if z >= args.min_zipf and z > zipf(w) and w.isalpha())
    with open(args.output, "w", encoding="utf-8") as out:
        out.write(f"# Words of wordfreq {version('wordfreq')}'s large Spanish list with Zipf >= {args.min_zipf}\n"
                  "# that are more frequent in Spanish than in English (large English list).\n"
                  "# Built by scripts/build_spanish_words.py; one lower-case word per line.\n")
        out.write("\n".join(words) + "\n")
    print(f"{len(words)} words -> {args.output}")


if __name__ == "__main__":
    main()
