#!/usr/bin/env python3
"""Build mt_repair/evidence/data/punct_stats.tsv: which punctuation stands between two words.

For every word boundary "w1<sep>w2" in clean English (train split only), count the
separator: plain space, comma, semicolon, colon, dash or period, keyed by

* ``R:w2``      the right-hand word (lower-cased),
* ``B:w2 w3``   the right-hand word and the word after it,
* ``L:w1``      the left-hand word,
* ``P:w1 w2``   the pair itself (only pairs seen often enough),
* ``I:w1``      the left-hand word when it opens the sentence ("Still, Friday"),
* ``S:...``     the boundary's place in its sentence (see ``punctuation.clause_state``),
* ``R:*CAP*``, ``R:*NUM*``, ``L:*CAP*``, ``L:*NUM*``: classes for words not listed.

The merged-words unit combines these counts (naive Bayes) to decide what a join
lost ("trainswhich" -> "trains, which"; "activityby" -> "activity by";
"agoon" -> "ago: on").

Usage:
    python scripts/build_punct_stats.py ../shared/data/en_news/*.txt \
        -o mt_repair/evidence/data/punct_stats.tsv
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from mt_repair.synth import split_of  # noqa: E402
from mt_repair.evidence.punctuation import clause_state, state_key  # noqa: E402

SEPARATORS = ("plain", "comma", "semicolon", "colon", "dash", "period")
_SEP = {" ": 0, ", ": 1, "; ": 2, ": ": 3, " - ": 4, " – ": 4, " — ": 4, ". ": 5}
WORD = r"[^\W_]+(?:['’][^\W_]+)*"
BOUNDARY = re.compile(rf"({WORD})( [-–—] |[,;:.]? )({WORD})(?: ({WORD}))?")


def word_class(w: str) -> str:
    if w[0].isdigit():
        return "*NUM*"
    return "*CAP*" if w[0].isupper() else "*LOW*"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--min-count", type=int, default=8)
    args = ap.parse_args()

    table: dict[str, list[int]] = collections.defaultdict(lambda: [0] * len(SEPARATORS))
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
                    w1, sep, w2, w3 = m.groups()
                    k = _SEP[sep]
                    if k == 5 and not w2[0].isupper():
                        k = None  # "e.g. the", "U.S. and": abbreviations, not boundaries
                    if k is not None:
                        for key in (f"R:{w2.lower()}", f"L:{w1.lower()}", f"R:{word_class(w2)}",
                                    f"L:{word_class(w1)}", "*TOTAL*"):
                            table[key][k] += 1
                        if w3:
                            table[f"B:{w2.lower()} {w3.lower()}"][k] += 1
                        table[f"P:{w1.lower()} {w2.lower()}"][k] += 1
                        # where in the sentence: the text before the boundary, from the
                        # last sentence end
                        before = line[:m.start(2)]
                        cut = max(before.rfind(". "), before.rfind("? "), before.rfind("! "))
                        state = clause_state(before[cut + 1:] if cut >= 0 else before)
                        table[state_key(w1, w2, state)][k] += 1
                        table[state_key(w1, w2, "*")][k] += 1
                        if state == "start":   # the sentence's first word: "Still, ..."
                            table[f"I:{w1.lower()}"][k] += 1
                    pos = m.start(3)
    with open(args.output, "w", encoding="utf-8") as out:
        out.write("# Separator counts at word boundaries in clean English news.\n")
        out.write(f"# Built by scripts/build_punct_stats.py from: {' '.join(p.name for p in args.corpora)}\n")
        out.write(f"# (train split only, {lines} lines; min count {args.min_count})\n")
        out.write("# key\t" + "\t".join(SEPARATORS) + "\n")
        for key, counts in sorted(table.items(), key=lambda kv: -sum(kv[1])):
            if sum(counts) >= args.min_count or key.startswith(("*", "R:*", "L:*")):
                out.write(key + "\t" + "\t".join(map(str, counts)) + "\n")
    print(f"wrote {args.output} from {lines} lines", file=sys.stderr)


if __name__ == "__main__":
    main()
