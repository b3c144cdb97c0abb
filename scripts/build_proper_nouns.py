#!/usr/bin/env python3
"""Build mt_repair/evidence/data/proper_nouns.tsv: words that clean news writes capitalised.

For every word in the middle of a sentence (not the first word, not after . ! ? : or
an opening quote or bracket; all-capital acronyms skipped) count how often it is
written with a capital and how often in lower case, train split only.  A word kept
capitalised nearly always ("Iraq", "Olga", "Reuters") is a name; "Group", "Money" or
"Trade" are not, however often they start brand names.  The last column counts how often
the capitalised word ran on into another capitalised word: given names do ("Michal Hašek").

The merged-words unit uses the list for capitalised joins: two names run together
("IraqAfghanistan", "ReutersGoldman") are a lost boundary, while a brand is mostly built
from common words ("TowerGroup", "EasyMoney", "CzechTrade").

Usage:
    python scripts/build_proper_nouns.py ../shared/data/en_news/*.txt \
        -o mt_repair/evidence/data/proper_nouns.tsv \
        --name-parts mt_repair/evidence/data/name_parts.tsv \
        --name-endings mt_repair/evidence/data/name_endings.tsv \
        --name-tails mt_repair/evidence/data/name_tails.tsv \
        --name-followers mt_repair/evidence/data/name_followers.tsv
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from mt_repair.synth import split_of  # noqa: E402

WORD = re.compile(r"[^\W\d_]+")
_OPENS = re.compile(r"[.!?:\"“‘'(\[]\s*$")


def count(paths: list[Path]) -> tuple[collections.Counter, collections.Counter, collections.Counter, int]:
    cap: collections.Counter = collections.Counter()
    low: collections.Counter = collections.Counter()
    then_cap: collections.Counter = collections.Counter()   # "Michal Hašek": a capital follows
    lines = 0
    for n, line in _train_lines(paths):
        lines += 1
        for j, m in enumerate(WORD.finditer(line)):
            w = m.group()
            if j == 0 or (len(w) > 1 and w.isupper()):
                continue
            if _OPENS.search(line, max(0, m.start() - 3), m.start()):
                continue
            (cap if w[0].isupper() else low)[w.lower()] += 1
            if w[0].isupper() and line[m.end():m.end() + 1] == " " and line[m.end() + 1:m.end() + 2].isupper():
                then_cap[w.lower()] += 1
    return cap, low, then_cap, lines


def write_table(output: Path, header: list[str], rows: list[str]) -> None:
    """Write ``header`` (each line after "# ") and then ``rows`` to ``output``."""
    with open(output, "w", encoding="utf-8") as out:
        out.writelines(f"# {line}\n" for line in header)
        out.writelines(f"{row}\n" for row in rows)


def write_counts(output: Path, header: list[str], counts: collections.Counter, what: str) -> None:
    """Write ``counts`` most frequent first (ties alphabetical) under ``header``; report it."""
    write_table(output, header, [f"{k}\t{counts[k]}" for k in sorted(counts, key=lambda k: (-counts[k], k))])
    print(f"wrote {output}: {len(counts)} {what}", file=sys.stderr)


def _train_lines(paths: list[Path]):
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh):
                if split_of(n) == "train":
                    yield n, line


def count_name_parts(paths: list[Path]) -> tuple[collections.Counter, collections.Counter]:
    """How often each word, right after a capitalised word mid-sentence, is capitalised
    ("China News", "Tower Group": part of a name) or not ("Union aims")."""
    cap: collections.Counter = collections.Counter()
    low: collections.Counter = collections.Counter()
    for _, line in _train_lines(paths):
        words = list(WORD.finditer(line))
        for j in range(1, len(words) - 1):
            a, b = words[j], words[j + 1]
            first, second = a.group(), b.group()
            if line[a.end():b.start()] != " " or not (first[0].isupper() and first[1:].islower()):
                continue
            if _OPENS.search(line, max(0, a.start() - 3), a.start()):
                continue
            if second[0].isupper() and second[1:].islower():
                cap[second.lower()] += 1
            elif second.islower():
                low[second] += 1
    return cap, low




def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpora", nargs="+", type=Path)
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--min-count", type=int, default=3, help="capitalised occurrences needed")
    ap.add_argument("--min-share", type=float, default=0.9, help="share of occurrences capitalised")
    ap.add_argument("--name-parts", type=Path,
                    help="also write the words that continue capitalised names (name_parts.tsv)")
    ap.add_argument("--name-endings", type=Path,
                    help="also write how names end before a function word (name_endings.tsv)")
    ap.add_argument("--name-tails", type=Path,
                    help="also write the common words that end unlisted capitalised tokens (name_tails.tsv)")
    ap.add_argument("--name-followers", type=Path,
                    help="also write the lower-case words that follow a name (name_followers.tsv)")
    args = ap.parse_args()
    if args.name_parts:
        write_name_parts(args.corpora, args.name_parts)
    if args.name_tails:
        write_name_tails(args.corpora, args.name_tails)
    cap, low, then_cap, lines = count(args.corpora)
    if args.name_endings:
        write_name_endings(cap, args.corpora, args.name_endings)
    if args.name_followers:
        write_name_followers(cap, low, args.corpora, args.name_followers, args.min_share)
    kept = sorted((w for w, c in cap.items() if len(w) >= 2 and c >= args.min_count and c / (c + low[w]) >= args.min_share),
                  key=lambda w: (-cap[w], w))
    write_table(args.output, [
        "Words clean English news writes capitalised mid-sentence (names, places).",
        f"Built by scripts/build_proper_nouns.py from: {' '.join(p.name for p in args.corpora)}",
        f"(train split only, {lines} lines; >= {args.min_count} capitalised, >= {args.min_share:.0%} of occurrences)",
        "word\tcapitalised\tlower-case\tcapitalised and followed by a capitalised word",
    ], [f"{w}\t{cap[w]}\t{low[w]}\t{then_cap[w]}" for w in kept])
    print(f"wrote {args.output}: {len(kept)} words from {lines} lines", file=sys.stderr)


def write_name_parts(paths: list[Path], output: Path, min_cap: int = 2, min_share: float = 0.1) -> None:
    cap, low = count_name_parts(paths)
    kept = sorted((w for w, c in cap.items() if len(w) >= 2 and c >= min_cap and c / (c + low[w]) >= min_share),
                  key=lambda w: (-cap[w], w))
    write_table(output, [
        "Words that continue capitalised names: right after a capitalised word mid-sentence,",
        f"written capitalised in >= {min_share:.0%} of their uses there, at least {min_cap} times",
        "(\"China News\", \"Tower Group\"). Built by scripts/build_proper_nouns.py --name-parts from:",
        f"{' '.join(p.name for p in paths)} (train split only)",
        "word\tcapitalised after a capitalised word\tlower-case there",
    ], [f"{w}\t{cap[w]}\t{low[w]}" for w in kept])
    print(f"wrote {output}: {len(kept)} words", file=sys.stderr)


def write_name_endings(cap: collections.Counter, paths: list[Path], output: Path) -> None:
    """For each function word of merged-words' ``NAME_BREAK_WORDS``, every ending "two
    letters + that word" of a word written capitalised mid-sentence (at least once, train
    split), with the number of distinct such words: "Martin" gives "rtin", "Dallas" "llas".
    An ending missing from the table ends no name seen in clean news ("Hoywho": "oywho")."""
    from mt_repair.units.join_words import NAME_BREAK_WORDS
    endings: collections.Counter = collections.Counter()
    for word in cap:
        for fw in NAME_BREAK_WORDS:
            if len(word) >= len(fw) + 2 and word.endswith(fw):
                endings[word[-(len(fw) + 2):]] += 1
    write_counts(output, [
        "How names end before a function word: ending (two letters + one of merged-words'",
        "NAME_BREAK_WORDS) -> distinct words written capitalised mid-sentence that end so.",
        "Built by scripts/build_proper_nouns.py --name-endings from:",
        f"{' '.join(p.name for p in paths)} (train split only, {len(cap)} capitalised words)",
        "ending\tcapitalised words",
    ], endings, "endings")


def write_name_followers(cap: collections.Counter, low: collections.Counter, paths: list[Path],
                         output: Path, min_share: float, min_count: int = 2) -> None:
    """What follows a name: for every mid-sentence occurrence of a name (a word written
    capitalised in at least ``min_share`` of its mid-sentence uses, or one the word list
    lacks), the lower-case word after it and one space, counted; anything else after it (a
    capital, punctuation, the line's end) is counted as ``*OTHER*``, and ``*NAMES*`` holds
    the number of occurrences.  "Madrid" gives "in" and "said", seldom "the" or "a"."""
    from mt_repair.evidence.lexicon import vocabulary
    vocab = vocabulary()
    names = {w for w, c in cap.items() if c / (c + low[w]) >= min_share or w not in vocab}
    after: collections.Counter = collections.Counter()
    for _, line in _train_lines(paths):
        words = list(WORD.finditer(line))
        for j in range(1, len(words)):
            a = words[j]
            w = a.group()
            if not (w[0].isupper() and w[1:].islower()) or w.lower() not in names:
                continue
            if _OPENS.search(line, max(0, a.start() - 3), a.start()):
                continue
            after["*NAMES*"] += 1
            b = words[j + 1] if j + 1 < len(words) else None
            if b is not None and line[a.end():b.start()] == " " and b.group().islower():
                after[b.group()] += 1
            else:
                after["*OTHER*"] += 1
    kept = collections.Counter({w: c for w, c in after.items() if c >= min_count or w.startswith("*")})
    write_counts(output, [
        "What follows a name mid-sentence in clean news: the lower-case word after it and a",
        "space -> occurrences (*NAMES*: all occurrences; *OTHER*: punctuation, a capital or",
        f"the line's end after it; words seen fewer than {min_count} times left out).",
        "Built by scripts/build_proper_nouns.py --name-followers from:",
        f"{' '.join(p.name for p in paths)} (train split only)",
        "word\toccurrences after a name",
    ], kept, "words")


def write_name_tails(paths: list[Path], output: Path) -> None:
    """Every common lower-case word (Zipf >= 4, five letters or more) that ends a capitalised
    token the word list lacks, six letters or more, anywhere in a train-split line, with the
    number of distinct such tokens: "Tipsport" gives "sport", "Regensburger" "burger".  A
    common word missing from the table ends no unlisted name of clean news ("viewers",
    "adjacent")."""
    from mt_repair.evidence.lexicon import vocabulary
    from mt_repair.evidence.proper_nouns import TAIL_MIN_LEN, TAIL_MIN_ZIPF   # the reader's cut-offs
    vocab = vocabulary()
    tails = {w for w, z in vocab.items()
             if z >= TAIL_MIN_ZIPF and len(w) >= TAIL_MIN_LEN and w.isalpha() and w.islower()}
    unlisted = set()
    for _, line in _train_lines(paths):
        for m in WORD.finditer(line):
            w = m.group()
            if len(w) >= 6 and w[0].isupper() and w[1:].islower() and w.lower() not in vocab:
                unlisted.add(w.lower())
    ends: collections.Counter = collections.Counter()
    for w in unlisted:
        for i in range(1, len(w) - TAIL_MIN_LEN + 1):
            if w[i:] in tails:
                ends[w[i:]] += 1
    write_counts(output, [
        f"Common words (Zipf >= {TAIL_MIN_ZIPF}, >= {TAIL_MIN_LEN} letters) that end a capitalised token",
        "the word list lacks (an unlisted name or brand: \"Tipsport\"); any other common word",
        "ends none.  Built by scripts/build_proper_nouns.py --name-tails from:",
        f"{' '.join(p.name for p in paths)} (train split only, {len(unlisted)} unlisted capitalised tokens)",
        "word\tunlisted capitalised tokens ending in it",
    ], ends, "words")


if __name__ == "__main__":
    main()
