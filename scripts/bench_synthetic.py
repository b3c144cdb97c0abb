#!/usr/bin/env python
"""Synthetic artifact benchmark: inject scraped-MT damage into held-out news, score repairs.

From the "test" lines (``mt_repair.synth.split_of``) of the clean English news
in ``<data-dir>/en_news/`` this script keeps about half of the sentences
untouched and injects exactly one artifact into each of the others
(``mt_repair.synth.artifacts``; merged joins lose their punctuation in 83% of
cases, as on real pages).  It then runs

* ``mt_repair.repair`` in ``safe`` and ``all`` mode (rules only, ``model=None``), and
* wordninja, wordsegment and symspellpy's ``word_segmentation`` bolted on the
  way a user would: split only tokens that wordfreq's large English list does
  not know (zipf > 0), leave everything else alone,

over the same sentences, and reports per unit precision, recall and exact-repair
rate, merged-join split and punctuation rates, the share of untouched sentences
changed, and a false-split rate on legitimate names, brands and long words.

Scoring.  Each corruption has a window (the damaged word(s) in the corrupted
sentence).  The edits that overlap or touch the window are applied alone:
the corruption is *found* when there is at least one such edit, *repaired* when
the window comes back exactly as the clean text, and (merged joins) *split*
when it comes back as the clean text or the clean text minus the lost
punctuation.  An edit is *correct* when it touches a window whose edits repair
it (merged-words: split it; the strict column also wants the punctuation);
every edit elsewhere, including any edit in an untouched sentence, is wrong.
*Exact* means the whole sentence came back identical to the clean one.

    python scripts/bench_synthetic.py --limit 2000 --json .bench/synth.json
"""

from __future__ import annotations

import argparse
import functools
import importlib.resources
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mt_repair.synth import REGISTRY, split_of  # noqa: E402
from mt_repair.synth import artifacts  # noqa: E402,F401  (registers the kinds)

NEWS_FILES = ("wmt_newstest_en_source-side_2008-2020_no2013.txt",)
#: both en_news files (the reference side too), for scripts that read all the clean news
ALL_NEWS_FILES = NEWS_FILES + ("wmt_newstest_en_reference-side_2008-2020_no2013.txt",)

RULE_OF_KIND = {
    "merged": "merged-words",
    "doubled-initial": "doubled-initial",
    "glued-quote": "glued-quote",
    "stray-capital": "stray-capital",
    "space-before-punct": "space-before-punct",
    "missing-space-after-punct": "missing-space-after-punct",
    "repeated-word": "repeated-word",
}
KIND_OF_RULE = {v: k for k, v in RULE_OF_KIND.items()}

#: target share of each kind among corrupted sentences (merged joins matter most)
KIND_SHARE = {
    "merged": 0.40, "doubled-initial": 0.10, "glued-quote": 0.10, "stray-capital": 0.10,
    "space-before-punct": 0.10, "missing-space-after-punct": 0.10, "repeated-word": 0.10,
}
LOST_PUNCT_SHARE = 0.83
_SUBSHARE = {**{k: v for k, v in KIND_SHARE.items() if k != "merged"},
             "merged/punct": KIND_SHARE["merged"] * LOST_PUNCT_SHARE,
             "merged/plain": KIND_SHARE["merged"] * (1 - LOST_PUNCT_SHARE)}

LEGIT_TOKENS = [
    "Sherwood-Randall", "Tapachula", "Sheinbaum", "Oropeza", "Bárcena", "mañanera",
    "iPhone", "YouTube", "PlayStation", "McDonald's", "COVID-19", "G20", "F-16",
    "counterproductive", "notwithstanding", "whereabouts", "cybersecurity",
    "policymakers", "spokesperson", "neo-Porfirian",
]
CARRIER = "On Monday, {} was mentioned in the report."


def default_data_dir() -> Path:
    return (ROOT / ".." / "shared" / "data").resolve()


# ---------------------------------------------------------------------------
# data
# ---------------------------------------------------------------------------

def test_lines(data_dir: Path, files=NEWS_FILES, split: str = "test") -> list[tuple[str, int, str]]:
    """(file, 0-based line number, text) for the held-out lines of ``split``, non-empty."""
    out = []
    for name in files:
        with open(data_dir / "en_news" / name, encoding="utf-8") as f:
            for i, line in enumerate(f):
                line = line.rstrip("\n")
                if split_of(i) == split and line.strip():
                    out.append((name, i, line))
    return out


@dataclass
class Item:
    file: str
    line: int
    clean: str
    text: str                  # what the tools see
    kind: str | None = None    # None: untouched
    window: tuple[int, int] | None = None
    clean_piece: str = ""
    split_piece: str = ""      # merged: the clean piece without the lost punctuation
    lost: str = ""
    shape: str = ""            # merged: "<left>+<right>" word shapes, see join_shape()


def join_shape(clean_piece: str) -> str:
    """Shape of a merged join: left word lower/Cap/digit-final, right word join-word/short/lower/Cap."""
    from mt_repair.synth.artifacts import JOIN_BEFORE
    left, right = re.split(r"[,;:]? ", clean_piece, maxsplit=1)
    lt = "digit" if left[-1].isdigit() else ("Cap" if left[0].isupper() else "lower")
    rt = ("join-word" if right in JOIN_BEFORE else "Cap" if right[0].isupper()
          else "short" if len(right) <= 2 else "lower")
    return f"{lt}+{rt}"


def build_items(lines, seed: int, untouched_share: float = 0.5) -> list[Item]:
    """One artifact per corrupted sentence; kinds drawn to meet KIND_SHARE where they apply."""
    rng = random.Random(seed)
    items: list[Item] = []
    counts: Counter = Counter()
    n_corrupt = 0
    for name, i, s in lines:
        if rng.random() < untouched_share:
            items.append(Item(name, i, s, s))
            continue
        n_corrupt += 1
        # the kind furthest behind its target share goes first; fall back in that order
        # (merged joins with and without lost punctuation keep separate quotas, so
        # that LOST_PUNCT_SHARE holds although not every sentence has a comma)
        order = sorted(_SUBSHARE, key=lambda k: counts[k] - _SUBSHARE[k] * n_corrupt)
        c = None
        for sub in order:
            if sub.startswith("merged"):
                c = REGISTRY["merged"](s, rng, lost_punct=(sub == "merged/punct"))
            else:
                c = REGISTRY[sub](s, rng)
            if c is not None:
                break
        if c is None:
            n_corrupt -= 1
            items.append(Item(name, i, s, s))
            continue
        counts[sub] += 1
        cp = c.clean[c.clean_span[0]:c.clean_span[1]]
        sp = cp.replace(c.lost + " ", " ", 1) if (c.kind == "merged" and c.lost) else cp
        items.append(Item(name, i, s, c.corrupted, c.kind, c.corrupted_span, cp, sp, c.lost,
                          join_shape(cp) if c.kind == "merged" else ""))
    return items


# ---------------------------------------------------------------------------
# the baselines, bolted on with an unknown-token gate
# ---------------------------------------------------------------------------

@dataclass(frozen=True)
class SimpleEdit:
    rule: str
    start: int
    end: int
    original: str
    replacement: str
    confidence: float = 1.0
    reason: str = ""


_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@functools.lru_cache(maxsize=1)
def _freq_dict() -> dict:
    from wordfreq import get_frequency_dict
    return get_frequency_dict("en", wordlist="large")


@functools.lru_cache(maxsize=200_000)
def known(token: str) -> bool:
    """In wordfreq's large English list (zipf > 0), digits smashed to 0 as wordfreq does."""
    if not any(ch.isalpha() for ch in token):
        return True
    low = token.lower()
    d = _freq_dict()
    return low in d or re.sub(r"\d", "0", low) in d


def align_pieces(token: str, pieces: list[str]) -> str | None:
    """Map a splitter's pieces (maybe lowercased, punctuation dropped) back onto ``token``.

    Returns the token with spaces inserted between pieces, original characters
    kept; characters the splitter dropped stay attached to the piece they
    precede (or the last one).  ``None`` when the pieces do not fit the token.
    """
    pieces = [p for p in pieces if p]
    if len(pieces) <= 1:
        return None
    cuts = []
    j = 0
    for k, p in enumerate(pieces):
        for ch in p:
            while j < len(token) and token[j].lower() != ch.lower():
                j += 1
            if j == len(token):
                return None
            j += 1
        if k < len(pieces) - 1:
            cuts.append(j)
    out, prev = [], 0
    for c in cuts:
        out.append(token[prev:c])
        prev = c
    out.append(token[prev:])
    if any(not o for o in out):
        return None
    return " ".join(out)


class Splitter:
    """A word splitter behind the gate; ``edits(text)`` gives one edit per split token."""

    def __init__(self, name: str):
        self.name = name
        if name == "wordninja":
            import wordninja
            self._split = wordninja.split
        elif name == "wordsegment":
            import wordsegment
            wordsegment.load()
            self._split = wordsegment.segment
        elif name == "symspellpy":
            from symspellpy import SymSpell
            sym = SymSpell(max_dictionary_edit_distance=0, prefix_length=7)
            path = importlib.resources.files("symspellpy") / "frequency_dictionary_en_82_765.txt"
            sym.load_dictionary(str(path), term_index=0, count_index=1)
            self._split = lambda tok: sym.word_segmentation(tok).segmented_string.split()
        else:
            raise ValueError(name)
        self._cache: dict[str, str | None] = {}

    def split_token(self, tok: str) -> str | None:
        r = self._cache.get(tok, False)
        if r is False:
            r = align_pieces(tok, self._split(tok))
            if r == tok:
                r = None
            self._cache[tok] = r
        return r

    def edits(self, text: str) -> list[SimpleEdit]:
        out = []
        for m in _TOKEN.finditer(text):
            tok = m.group()
            if known(tok):
                continue
            new = self.split_token(tok)
            if new is not None:
                out.append(SimpleEdit("merged-words", m.start(), m.end(), tok, new,
                                      1.0, f"{self.name} split an unknown token"))
        return out

    def fix(self, text: str) -> str:
        return apply_simple(text, self.edits(text))


def run_as_file(run, texts: list[str]) -> list[tuple[str, list]]:
    """Run a tool once over ``texts`` joined by newlines (as ``mt-repair fix FILE`` would
    see them) and give each line its own output text and line-relative edits."""
    import bisect
    starts, pos = [], 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    _, edits = run("\n".join(texts))
    per: list[list] = [[] for _ in texts]
    for e in edits:
        k = bisect.bisect_right(starts, e.start) - 1
        off = starts[k]
        end = min(e.end - off, len(texts[k]))
        per[k].append(SimpleEdit(e.rule, e.start - off, end, e.original[:end - (e.start - off)],
                                 e.replacement, float(e.confidence), getattr(e, "reason", "")))
    return [(apply_simple(t, ed), ed) for t, ed in zip(texts, per)]


def apply_simple(text: str, edits) -> str:
    out, pos = [], 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        if e.start < pos:
            continue
        out.append(text[pos:e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


# ---------------------------------------------------------------------------
# our engine
# ---------------------------------------------------------------------------

class Ours:
    def __init__(self, mode: str, model: str | None = None):
        from mt_repair import Repairer
        self.name = f"mt-repair {mode}" + (" + model" if model else "")
        self.mode = mode
        self._rep = Repairer(mode, model=model)

    def run(self, text: str):
        r = self._rep.repair(text)
        return r.text, list(r.edits)


# ---------------------------------------------------------------------------
# scoring
# ---------------------------------------------------------------------------

def touches(e, window) -> bool:
    s, t = window
    return e.start <= t and e.end >= s


#: hand audit of the edits mt-repair makes on text the benchmark did not damage
AUDIT = Path(__file__).resolve().parent / "data" / "synthetic_audit.tsv"


def audit_key(it: Item, e) -> str:
    """How an edit on undamaged text is named in the audit file: file, line, rule, change."""
    return "\t".join((Path(it.file).name, str(it.line), e.rule, e.original, e.replacement))


def load_audit(path: Path | None) -> dict[str, str]:
    """{audit_key: verdict} from a TSV (file, line, rule, original, replacement, verdict,
    note); verdict ``source-error`` (the corpus really has this damage) or ``false-positive``."""
    if path is None or not path.exists():
        return {}
    out = {}
    for row in path.read_text(encoding="utf-8").splitlines():
        if not row or row.startswith("#"):
            continue
        cols = row.split("\t")
        out["\t".join(cols[:5])] = cols[5]
    return out


def score(items: list[Item], outputs: list[tuple[str, list]], max_examples: int = 25,
          audit: dict[str, str] | None = None) -> dict:
    audit = audit or {}
    off_window: list[dict] = []          # every edit on undamaged text, with its audit verdict
    source_fix: Counter = Counter()      # such edits audited as repairs of real source errors
    untouched_changed_fp = 0
    per_rule_edits: Counter = Counter()
    per_rule_ok: Counter = Counter()
    per_rule_ok_strict: Counter = Counter()
    kind_n: Counter = Counter()
    kind_found: Counter = Counter()
    kind_repaired: Counter = Counter()
    kind_exact: Counter = Counter()
    merged_split = merged_lost = merged_lost_restored = merged_plain = merged_plain_ok = 0
    untouched = untouched_changed = 0
    ex_fp: dict[str, list] = defaultdict(list)
    ex_fn: dict[str, list] = defaultdict(list)
    ex_wrong: dict[str, list] = defaultdict(list)
    conf: dict[str, list] = defaultdict(list)   # rule -> [(confidence, correct)]
    shapes: dict[str, Counter] = defaultdict(Counter)

    for it, (out_text, edits) in zip(items, outputs):
        if it.kind is None:
            untouched += 1
            if out_text != it.text:
                untouched_changed += 1
                untouched_changed_fp += any(audit.get(audit_key(it, e)) != "source-error" for e in edits)
            for e in edits:
                verdict = audit.get(audit_key(it, e), "unaudited")
                source_fix[e.rule] += verdict == "source-error"
                off_window.append({"key": audit_key(it, e), "verdict": verdict,
                                   **_edit_example(it, e, "untouched sentence")})
                per_rule_edits[e.rule] += 1
                conf[e.rule].append((float(e.confidence), False))
                if len(ex_fp[e.rule]) < max_examples:
                    ex_fp[e.rule].append(_edit_example(it, e, "untouched sentence"))
            continue
        kind = it.kind
        kind_n[kind] += 1
        near = [e for e in edits if touches(e, it.window)]
        far = [e for e in edits if not touches(e, it.window)]
        ws, we = it.window
        piece = it.text[ws:we]
        fixed_piece = _apply_in_window(it.text, near, ws, we)
        repaired = fixed_piece == it.clean_piece
        # a join is split exactly when the words come back right, whatever punctuation
        # was chosen for the boundary (the punctuation is scored separately)
        split_ok = repaired or (kind == "merged" and _words_only(fixed_piece) == _words_only(it.clean_piece))
        if near:
            kind_found[kind] += 1
        if repaired:
            kind_repaired[kind] += 1
        if out_text == it.clean:
            kind_exact[kind] += 1
        if kind == "merged":
            sh = shapes[it.shape]
            sh["n"] += 1
            sh["split"] += split_ok
            sh["exact"] += repaired
            merged_split += split_ok
            if it.lost:
                merged_lost += 1
                merged_lost_restored += repaired
            else:
                merged_plain += 1
                merged_plain_ok += repaired
        for e in near:
            per_rule_edits[e.rule] += 1
            ok = split_ok if e.rule == "merged-words" else repaired
            if not ok and audit.get(audit_key(it, e)) == "source-error":
                # the clean sentence itself lacks what the repair adds (a comma before the
                # closing quote of reported speech): audited as right
                source_fix[e.rule] += 1
            per_rule_ok[e.rule] += split_ok if e.rule == "merged-words" else repaired
            conf[e.rule].append((float(e.confidence), bool(split_ok if e.rule == "merged-words" else repaired)))
            per_rule_ok_strict[e.rule] += repaired
        if near and not (split_ok if kind == "merged" else repaired):
            if len(ex_wrong[kind]) < max_examples:
                ex_wrong[kind].append({
                    "clean": it.clean_piece, "corrupted": piece, "got": fixed_piece,
                    "edits": [_edit_dict(e) for e in near], "sentence": it.text,
                })
        elif not near and len(ex_fn[kind]) < max_examples:
            ex_fn[kind].append({"clean": it.clean_piece, "corrupted": piece, "sentence": it.text})
        for e in far:
            verdict = audit.get(audit_key(it, e), "unaudited")
            source_fix[e.rule] += verdict == "source-error"
            off_window.append({"key": audit_key(it, e), "verdict": verdict,
                               **_edit_example(it, e, f"outside the {kind} window")})
            per_rule_edits[e.rule] += 1
            conf[e.rule].append((float(e.confidence), False))
            if len(ex_fp[e.rule]) < max_examples:
                ex_fp[e.rule].append(_edit_example(it, e, f"outside the {kind} window"))

    units = {}
    for kind, rule in RULE_OF_KIND.items():
        n = kind_n[kind]
        ne = per_rule_edits[rule]
        units[kind] = {
            "rule": rule, "corruptions": n, "edits": ne,
            "precision": _ratio(per_rule_ok[rule], ne),
            "precision_strict": _ratio(per_rule_ok_strict[rule], ne),
            # edits on undamaged text that the hand audit found to repair real source errors
            # count as correct here (the raw precision above counts them as wrong)
            "precision_audited": _ratio(per_rule_ok[rule] + source_fix[rule], ne),
            "source_fixes": source_fix[rule],
            "recall": _ratio(kind_found[kind], n),
            "repaired": _ratio(kind_repaired[kind], n),
            "exact": _ratio(kind_exact[kind], n),
        }
    other_rules = sorted(set(per_rule_edits) - set(RULE_OF_KIND.values()))
    return {
        "units": units,
        "other_rules": {r: {"edits": per_rule_edits[r], "correct": per_rule_ok[r]} for r in other_rules},
        "merged": {
            "joins": kind_n["merged"], "split_exact": _ratio(merged_split, kind_n["merged"]),
            "lost_punct_joins": merged_lost,
            "lost_punct_restored": _ratio(merged_lost_restored, merged_lost),
            "plain_joins": merged_plain, "plain_restored": _ratio(merged_plain_ok, merged_plain),
            "by_shape": {k: {"n": v["n"], "split": _ratio(v["split"], v["n"]),
                             "exact": _ratio(v["exact"], v["n"])} for k, v in sorted(shapes.items())},
        },
        "untouched": {"sentences": untouched, "changed": untouched_changed,
                      "share_changed": _ratio(untouched_changed, untouched),
                      "changed_not_source_error": untouched_changed_fp,
                      "share_changed_audited": _ratio(untouched_changed_fp, untouched)},
        "off_window_edits": off_window,
        "corrupted_sentences": sum(kind_n.values()),
        "exact_all": _ratio(sum(kind_exact.values()), sum(kind_n.values())),
        "examples": {"false_positives": ex_fp, "missed": ex_fn, "wrong_repair": ex_wrong},
        "by_confidence": {rule: _by_threshold(v) for rule, v in conf.items()},
    }


THRESHOLDS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)


def _by_threshold(pairs) -> dict:
    """For each confidence threshold: edits kept, correct among them, precision."""
    out = {}
    for t in THRESHOLDS:
        kept = [ok for c, ok in pairs if c >= t]
        out[str(t)] = {"edits": len(kept), "correct": sum(kept), "precision": _ratio(sum(kept), len(kept))}
    return out


def _words_only(piece: str) -> str:
    """The piece with boundary punctuation dropped and spaces normalised ("ago: on" -> "ago on")."""
    return " ".join(re.sub(r"(?<=\w)[,;:.]|\s[–—-](?=\s)", " ", piece).split())


def _apply_in_window(text: str, near, ws: int, we: int) -> str:
    """The window's text after applying the edits that touch it (edits may reach beyond it)."""
    if not near:
        return text[ws:we]
    lo = min([ws] + [e.start for e in near])
    hi = max([we] + [e.end for e in near])
    seg = apply_simple(text[lo:hi], [SimpleEdit(e.rule, e.start - lo, e.end - lo, e.original,
                                                e.replacement) for e in near])
    # put back the context the edits reached into, so only the window is compared
    head, tail = text[lo:ws], text[we:hi]
    if seg.startswith(head) and seg.endswith(tail) and len(seg) >= len(head) + len(tail):
        return seg[len(head):len(seg) - len(tail)]
    return seg  # edits changed the context too: compare the whole thing (will not match)


def _ratio(a, b):
    return None if not b else a / b


def _edit_dict(e) -> dict:
    return {"rule": e.rule, "start": e.start, "end": e.end, "original": e.original,
            "replacement": e.replacement, "confidence": round(float(e.confidence), 3),
            "reason": getattr(e, "reason", "")}


def _edit_example(it: Item, e, where: str) -> dict:
    lo, hi = max(0, e.start - 40), min(len(it.text), e.end + 40)
    return {"where": where, "context": it.text[lo:hi], **_edit_dict(e)}


# ---------------------------------------------------------------------------
# false splits on legitimate tokens
# ---------------------------------------------------------------------------

def corpus_names(lines, n: int, seed: int) -> list[str]:
    """Capitalised mid-sentence tokens from the lines that wordfreq's large list lacks."""
    seen = set()
    for _, _, s in lines:
        for m in _TOKEN.finditer(s):
            tok = m.group()
            if m.start() == 0 or len(tok) < 5 or not tok[0].isupper() or not tok.isalpha():
                continue
            if not tok[1:].islower():
                continue
            if s[:m.start()].rstrip()[-1:] in ".!?:\"“":
                continue
            if not known(tok):
                seen.add(tok)
    names = sorted(seen)
    random.Random(seed).shuffle(names)
    return names[:n]


def false_splits(tools: dict, tokens: list[str]) -> dict:
    """Per tool: tokens changed in CARRIER context (any edit touching the token)."""
    res = {}
    for name, run in tools.items():
        bad = []
        for tok in tokens:
            s = CARRIER.format(tok)
            start = s.index(tok)
            _, edits = run(s)
            hit = [e for e in edits if e.start < start + len(tok) and e.end > start]
            if hit:
                bad.append({"token": tok, "became": apply_simple(s, hit)[start:start + len(tok) + 8],
                            "rules": sorted({e.rule for e in hit})})
        res[name] = {"tokens": len(tokens), "changed": len(bad),
                     "rate": _ratio(len(bad), len(tokens)), "examples": bad[:40]}
    return res


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

def pct(x, digits=1):
    return "–" if x is None else f"{100 * x:.{digits}f}%"


def render(report: dict) -> str:
    lines = []
    cfg = report["config"]
    lines.append(f"Synthetic artifact benchmark: {cfg['sentences']} held-out en_news test sentences "
                 f"({cfg['corrupted']} corrupted, {cfg['untouched']} untouched), seed {cfg['seed']}, "
                 f"granularity {cfg['granularity']}; kinds: "
                 + ", ".join(f"{k} {v}" for k, v in sorted(cfg['kinds'].items())) + ".\n")
    ours = [k for k in report["tools"] if k.startswith("mt-repair")]
    for k in ours:
        r = report["tools"][k]
        lines.append(f"**{k}** per unit (precision: correct edits of the rule / all its edits; "
                     "recall: corruptions with an edit on them; repaired: window restored exactly; "
                     "exact: whole sentence restored)\n")
        lines.append("| unit | corruptions | edits | precision | precision (strict) | precision (audited) | recall | repaired | exact sentence |")
        lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        for kind, u in r["units"].items():
            lines.append(f"| {u['rule']} | {u['corruptions']} | {u['edits']} | {pct(u['precision'])} | "
                         f"{pct(u['precision_strict'])} | {pct(u.get('precision_audited'))} "
                         f"({u.get('source_fixes', 0)} source fixes) | {pct(u['recall'])} | "
                         f"{pct(u['repaired'])} | {pct(u['exact'])} |")
        for rule, o in r["other_rules"].items():
            lines.append(f"| {rule} (not injected) | – | {o['edits']} | – | – | – | – | – | – |")
        u = r["untouched"]
        lines.append(f"\nUntouched sentences changed: {u['changed']}/{u['sentences']} "
                     f"({pct(u['share_changed'], 2)}); not counting changes the hand audit found to repair "
                     f"real errors already in the corpus: {u['changed_not_source_error']}/{u['sentences']} "
                     f"({pct(u['share_changed_audited'], 2)}).")
        ow = r.get("off_window_edits", [])
        verdicts = Counter(e["verdict"] for e in ow)
        lines.append(f"Edits on undamaged text: {len(ow)} ({', '.join(f'{k} {v}' for k, v in sorted(verdicts.items()))}).")
        lines.append("")
    lines.append("**Merged joins and harm, side by side** (same sentences for every tool)\n")
    lines.append("| tool | merged joins split exactly | lost punctuation restored exactly | plain joins restored exactly "
                 "| precision of its merged-words edits | untouched sentences changed | all corrupted sentences restored exactly "
                 "| legit names/brands/words changed | sec |")
    lines.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for k, r in report["tools"].items():
        m = r["merged"]
        fs = report["false_splits"].get(k, {})
        lines.append(f"| {k} | {pct(m['split_exact'])} ({m['joins']}) | {pct(m['lost_punct_restored'])} "
                     f"({m['lost_punct_joins']}) | {pct(m['plain_restored'])} ({m['plain_joins']}) | "
                     f"{pct(r['units']['merged']['precision'])} | "
                     f"{pct(r['untouched']['share_changed'], 2)} ({r['untouched']['changed']}/{r['untouched']['sentences']}) | "
                     f"{pct(r['exact_all'])} | "
                     f"{pct(fs.get('rate'))} ({fs.get('changed', 0)}/{fs.get('tokens', 0)}) | {r['seconds']:.1f} |")
    lines.append("")
    lines.append("**Merged joins by shape** (left word + right word; split exactly / window restored exactly "
                 "incl. punctuation)\n")
    tools = list(report["tools"])
    shapes_ = sorted({k for r in report["tools"].values() for k in r["merged"]["by_shape"]})
    lines.append("| shape | joins | " + " | ".join(tools) + " |")
    lines.append("|---|---:|" + "---:|" * len(tools))
    for sh in shapes_:
        cells = []
        n = 0
        for k in tools:
            d = report["tools"][k]["merged"]["by_shape"].get(sh)
            n = d["n"] if d else n
            cells.append("–" if not d else f"{pct(d['split'], 0)} / {pct(d['exact'], 0)}")
        lines.append(f"| {sh} | {n} | " + " | ".join(cells) + " |")
    lines.append("")
    fsl = report["false_splits_lists"]
    lines.append(f"Legit tokens: the {len(fsl['listed'])} listed in the issue plus {len(fsl['corpus'])} capitalised "
                 "names from the test lines that wordfreq's large list lacks, each in the sentence "
                 f"\"{CARRIER.format('…')}\".\n")
    lines.append("| tool | issue's list changed | corpus names changed |")
    lines.append("|---|---:|---:|")
    for k in report["tools"]:
        a, b = report["false_splits_by_list"][k]
        lines.append(f"| {k} | {a['changed']}/{a['tokens']} | {b['changed']}/{b['tokens']} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=default_data_dir())
    ap.add_argument("--limit", type=int, default=None, help="use only the first N test sentences")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--names", type=int, default=200, help="corpus names for the false-split list")
    ap.add_argument("--json", type=Path, default=None, help="write the full report (with examples) here")
    ap.add_argument("--tools", default="ours,wordninja,wordsegment,symspellpy",
                    help="comma list: ours, wordninja, wordsegment, symspellpy")
    ap.add_argument("--modes", default="safe,all")
    ap.add_argument("--model", default=None, help="also run each mode with this model ('default')")
    ap.add_argument("--granularity", choices=("line", "file"), default="line",
                    help="line: each sentence repaired alone (default); file: all sentences "
                         "joined by newlines and repaired as one text, as `mt-repair fix FILE` does")
    ap.add_argument("--split", choices=("test", "dev"), default="test",
                    help="held-out lines to use: test (reported) or dev (for tuning decisions)")
    ap.add_argument("--audit", type=Path, default=AUDIT,
                    help="hand audit of edits on undamaged text (TSV; see scripts/data/README.md)")
    ap.add_argument("--dump-off-window", type=Path, default=None,
                    help="write every edit on undamaged text (ours), with its audit verdict, as TSV")
    ap.add_argument("--examples", type=int, default=25,
                    help="keep at most N missed, wrong and false-positive examples per unit in --json")
    args = ap.parse_args(argv)
    audit = load_audit(args.audit)

    lines = test_lines(args.data_dir, split=args.split)
    if args.limit:
        lines = lines[:args.limit]
    items = build_items(lines, args.seed)
    n_cor = sum(1 for it in items if it.kind)
    wanted = args.tools.split(",")

    runners = {}
    if "ours" in wanted:
        for mode in args.modes.split(","):
            o = Ours(mode)
            runners[o.name] = o.run
            if args.model:
                om = Ours(mode, args.model)
                runners[om.name] = om.run
    for name in ("wordninja", "wordsegment", "symspellpy"):
        if name in wanted:
            sp = Splitter(name)
            runners[name] = (lambda sp: lambda text: (lambda ed: (apply_simple(text, ed), ed))(sp.edits(text)))(sp)

    listed = list(LEGIT_TOKENS)
    corpus = corpus_names(test_lines(args.data_dir), args.names, args.seed)
    report = {"config": {"data_dir": str(args.data_dir), "files": list(NEWS_FILES), "limit": args.limit,
                         "seed": args.seed, "granularity": args.granularity,
                         "sentences": len(items), "corrupted": n_cor,
                         "untouched": len(items) - n_cor,
                         "kinds": dict(Counter(it.kind for it in items if it.kind)),
                         "lost_punct_share_target": LOST_PUNCT_SHARE},
              "tools": {}, "false_splits": {}, "false_splits_by_list": {},
              "false_splits_lists": {"listed": listed, "corpus": corpus}}
    for name, run in runners.items():
        t0 = time.process_time()
        if args.granularity == "file":
            outputs = run_as_file(run, [it.text for it in items])
        else:
            outputs = [run(it.text) for it in items]
        r = score(items, outputs, max_examples=args.examples,
                  audit=audit if name.startswith("mt-repair") else None)
        r["seconds"] = time.process_time() - t0
        report["tools"][name] = r
        a = false_splits({name: run}, listed)[name]
        b = false_splits({name: run}, corpus)[name]
        report["false_splits_by_list"][name] = (a, b)
        report["false_splits"][name] = {"tokens": a["tokens"] + b["tokens"],
                                        "changed": a["changed"] + b["changed"],
                                        "rate": _ratio(a["changed"] + b["changed"], a["tokens"] + b["tokens"])}
        print(f"[{name}] {r['seconds']:.1f}s cpu", file=sys.stderr)

    print(render(report))
    if args.dump_off_window:
        rows = {}
        for name, r in report["tools"].items():
            for e in r.get("off_window_edits", []) if name.startswith("mt-repair") else []:
                rows.setdefault(e["key"], (e["verdict"], e["context"].replace("\t", " ")))
        args.dump_off_window.write_text("".join(f"{k}\t{v}\t{c}\n" for k, (v, c) in sorted(rows.items())),
                                        encoding="utf-8")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
