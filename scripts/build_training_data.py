#!/usr/bin/env python
"""Write span-model training examples to a TSV file (window <TAB> target <TAB> kind).

The trainer (scripts/train_model.py) streams the same examples on the fly; this
script is for inspecting the mix and for training with other tools.

    python scripts/build_training_data.py --n 100000 --out runs/train_examples.tsv \
        --corpus ../shared/data/en_news/wmt_newstest_en_source-side_2008-2020_no2013.txt \
        --ape ../shared/data/ape/mlqe_pe_to_en
"""

from __future__ import annotations

import argparse
import itertools
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", nargs="+",
                    default=[str(DATA / "en_news" / "wmt_newstest_en_source-side_2008-2020_no2013.txt")])
    ap.add_argument("--ape", default=str(DATA / "ape" / "mlqe_pe_to_en"), help="'' to skip")
    ap.add_argument("--split", default="train", choices=["train", "dev", "test"])
    ap.add_argument("--n", type=int, default=100000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", default=str(ROOT / "runs" / "train_examples.tsv"))
    a = ap.parse_args(argv)
    from mt_repair.model.data import ExampleStream, ape_examples, read_lines
    lines = [l for p in a.corpus for l in read_lines(p, a.split)]
    ape_split = {"train": "train", "dev": "dev", "test": "test20"}[a.split]
    ape = ape_examples(a.ape, ape_split, seed=a.seed) if a.ape else []
    stream = ExampleStream(lines, ape=ape, seed=a.seed)
    kinds = Counter()
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    with open(a.out, "w", encoding="utf-8") as f:
        for src, tgt, kind in itertools.islice(stream, a.n):
            f.write(f"{src}\t{tgt}\t{kind}\n")
            kinds[kind] += 1
    print(f"wrote {a.n} examples to {a.out}")
    for k, v in kinds.most_common():
        print(f"{k}\t{v}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
