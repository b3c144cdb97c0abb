#!/usr/bin/env python3
"""Every finding of chosen rules on clean and MT text, as TSV: diff two revisions' outputs.

A rule change is kept only if it finds nothing new on text that has no damage.  This
script lists what the rules find on the held-out clean corpora and on real MT output,
one finding per line, so that the same command run at two revisions (a ``git worktree``
of the base beside the working tree) can be compared with ``diff``:

* ``clean``: the en_news dev and test lines, the WMT21/23 human references and the
  MLQE-PE post-edits (detokenised);
* ``train``: the en_news train lines (the counts in ``evidence/data`` come from them, so
  a rule that uses those counts may look better here than it is);
* ``mt``: every WMT21/23 system output into English and the MLQE-PE machine translations
  (detokenised; wiki text from five languages, full of names no list has).

``--granularity line`` runs each line alone (as the synthetic benchmark does);
``document`` runs each file as one text (for rules that look across a page).  Columns:
corpus file, line (or offset), rule, original, suggestion, confidence, context.

    python scripts/rule_findings.py ../shared/data --rules merged-words --out new.tsv
    (cd ../base && python scripts/rule_findings.py ../shared/data --rules merged-words --out base.tsv)
    diff base.tsv new.tsv
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from mt_repair import detect  # noqa: E402
from mt_repair.model.data import detok  # noqa: E402  (the MLQE-PE files are Moses-tokenised)
from mt_repair.synth.base import split_of  # noqa: E402

CORPORA = ("clean", "train", "mt")


def texts(data: Path, corpus: str) -> list[tuple[str, list[tuple[int, str]]]]:
    """(name, [(0-based line number, line), ...]) of each file of ``corpus`` under the
    shared data folder."""
    def numbered(lines):
        return list(enumerate(lines))

    def mlqe(suffix: str):   # the MLQE-PE files of one kind, detokenised
        return [(f"{f.parent.name}/{f.name}", numbered(detok(x) for x in f.read_text(encoding="utf-8").split("\n")))
                for f in sorted(data.glob(f"ape/mlqe_pe_to_en/*/*.{suffix}"))]
    out = []
    if corpus in ("clean", "train"):
        for f in sorted((data / "en_news").glob("*.txt")):
            with open(f, encoding="utf-8") as fh:
                out.append((f.name, [(i, line.rstrip("\n")) for i, line in enumerate(fh)
                                     if (split_of(i) == "train") == (corpus == "train")]))
    if corpus == "clean":
        for f in sorted(data.glob("mt_outputs/wmt2*/*/*.ref.*")):
            out.append((f.name, numbered(f.read_text(encoding="utf-8").split("\n"))))
        out += mlqe("pe")
    if corpus == "mt":
        for f in sorted(data.glob("mt_outputs/wmt2*/*/*.hyp.*")):
            out.append((f.name, numbered(f.read_text(encoding="utf-8").split("\n"))))
        out += mlqe("mt")
    return out


def findings(name: str, lines: list[tuple[int, str]], rules: list[str], granularity: str):
    """Rows (name, where, rule, original, suggestion, confidence, context) for one file:
    ``where`` is the line number, or the offset in the file's kept lines for ``document``."""
    if granularity == "document":
        text = "\n".join(line for _, line in lines)
        for f in detect(text, select=rules):
            yield (name, f.start, f.rule, f.original, f.best.text if f.best else "", f"{f.confidence:.3f}",
                   text[max(0, f.start - 40):f.end + 40].replace("\n", " "))
        return
    for i, line in lines:
        if not line.strip():
            continue
        for f in detect(line, select=rules):
            yield (name, i, f.rule, f.original, f.best.text if f.best else "", f"{f.confidence:.3f}",
                   line[max(0, f.start - 40):f.end + 40])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", type=Path, help="the shared data folder (en_news/, mt_outputs/, ape/)")
    ap.add_argument("--rules", required=True, help="comma list of rule ids")
    ap.add_argument("--corpora", default="clean,train,mt", help=f"comma list of {', '.join(CORPORA)}")
    ap.add_argument("--granularity", choices=("line", "document"), default="line")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    rules = args.rules.split(",")
    n_lines = n_found = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for corpus in args.corpora.split(","):
            if corpus not in CORPORA:
                ap.error(f"unknown corpus {corpus!r}: choose from {', '.join(CORPORA)}")
            for name, lines in texts(args.data, corpus):
                n_lines += len(lines)
                for row in findings(name, lines, rules, args.granularity):
                    n_found += 1
                    out.write("\t".join(str(x).replace("\t", " ") for x in row) + "\n")
    print(f"{n_found} findings on {n_lines:,} lines -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
