"""Training examples for the span model: (marked window, repaired span, kind).

Three sources, mixed by :data:`DEFAULT_MIX`:

* ``synthetic``: a clean line (train split only) corrupted by one unit from
  :data:`mt_repair.synth.REGISTRY` (rule artifacts and translationese); the
  window is built around the corrupted span, widened to whole words, and the
  target is the clean span;
* ``clean``: a span of an undamaged line, target = the span itself, so the model
  learns to leave good text alone; about half of these spans have the *shape* of
  a damaged span (:data:`SHAPES`: "the X", "what", "actually", pronouns, words
  ending in "as", quotes next to words, doubled first letters, capitals mid-sentence),
  so that the shape alone never says "repair me";
* ``ape``: short differing spans between real MT output and its human post-edit
  (``mlqe_pe_to_en`` train split, detokenised), plus unchanged spans of the same.

>>> detok("he hadn 't seen it , ( or so ) \\" he said \\" .")
'he hadn\\'t seen it, (or so) "he said".'
"""

from __future__ import annotations

import difflib
import random
import re
from pathlib import Path
from typing import Iterator, Optional, Sequence

from .windows import DEFAULT_WINDOW, Window

__all__ = ["Example", "detok", "read_lines", "synthetic_example", "clean_example", "decoy_example",
           "matching_decoy_share", "ape_examples", "ExampleStream", "DEFAULT_MIX", "KIND_WEIGHTS", "PARAGRAPHS",
           "with_paragraphs"]

Example = tuple[str, str, str]   # (source window, target span, kind)

#: texts of two neighbouring lines added to the lines, as a share of them: real pages come in
#: paragraphs, and a window that spans a sentence end (or a lost one: "FridayThe") must be seen.
#: Neighbours in the list of train lines: mostly neighbours in the file (the train split skips
#: two lines in ten, and the corpus files follow each other), so mostly one article's sentences
PARAGRAPHS = 0.3
#: share of each source in the stream
DEFAULT_MIX = {"synthetic": 0.52, "clean": 0.36, "ape": 0.12}
#: relative weight of each corruption kind inside "synthetic" (kinds absent from the registry are skipped)
KIND_WEIGHTS = {
    "merged": 6.0, "merged-sentence": 1.0, "lost-period": 1.5, "doubled-initial": 1.0, "glued-quote": 1.0, "stray-capital": 1.5,
    "space-before-punct": 0.5, "missing-space-after-punct": 0.5, "repeated-word": 0.5,
    "relative-what": 1.0, "generic-the": 1.0, "false-friend": 1.0, "homeland-security": 0.01,
    "pronoun-gender": 0.7, "lost-word-join": 1.0,
}


# --- detokenising Moses-tokenised text ------------------------------------------------

_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]}]|'s\b|'re\b|'ve\b|'ll\b|'d\b|'m\b|n't\b|'t\b)")
_NO_SPACE_AFTER = re.compile(r"([(\[{$]) ")


def detok(line: str) -> str:
    """Undo Moses tokenisation well enough to compare with raw text."""
    s = line.strip()
    s = (s.replace("&quot;", '"').replace("&apos;", "'").replace("&amp;", "&")
         .replace("&lt;", "<").replace("&gt;", ">").replace("&#91;", "[").replace("&#93;", "]"))
    s = s.replace(" @-@ ", "-").replace(" @,@ ", ",").replace(" @.@ ", ".")
    # straight double quotes: alternate opening / closing
    out, opening = [], True
    toks = s.split(" ")
    for i, t in enumerate(toks):
        if t == '"':
            if opening:
                if i + 1 < len(toks):
                    toks[i + 1] = '"' + toks[i + 1]
                else:
                    out.append(t)
            else:
                if out:
                    out[-1] += '"'
                else:
                    out.append(t)
            opening = not opening
            continue
        out.append(t)
    s = " ".join(out)
    s = _NO_SPACE_BEFORE.sub(r"\1", s)
    return _NO_SPACE_AFTER.sub(r"\1", s)


def read_lines(path, split: Optional[str] = "train") -> list[str]:
    """Lines of a corpus file whose 0-based line number falls in ``split`` (None: all)."""
    from mt_repair.synth import split_of
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            if split is None or split_of(n) == split:
                line = line.strip()
                if 20 <= len(line) <= 600:
                    out.append(line)
    return out


# --- synthetic ------------------------------------------------------------------------

def _widen(c, rng: random.Random, extra: float = 0.2):
    """Widen a corruption's spans to whole words (same deltas on both sides)."""
    cor, cs0, cs1 = c.corrupted, c.corrupted_span[0], c.corrupted_span[1]
    a, b = cs0, cs1
    while a > 0 and not cor[a - 1].isspace():
        a -= 1
    while b < len(cor) and not cor[b].isspace():
        b += 1
    if a == b:                       # an empty span between spaces: take the word before
        while a > 0 and cor[a - 1].isspace():
            a -= 1
        while a > 0 and not cor[a - 1].isspace():
            a -= 1
    r = rng.random()
    if r < extra / 2:                # one more word on the left
        while a > 0 and cor[a - 1].isspace():
            a -= 1
        while a > 0 and not cor[a - 1].isspace():
            a -= 1
    elif r < extra:                  # one more word on the right
        while b < len(cor) and cor[b].isspace():
            b += 1
        while b < len(cor) and not cor[b].isspace():
            b += 1
    dl, dr = cs0 - a, b - cs1
    return (a, b), (c.clean_span[0] - dl, c.clean_span[1] + dr)


def synthetic_example(line: str, kind: str, rng: random.Random, window: Window = DEFAULT_WINDOW) -> Optional[Example]:
    from mt_repair.synth import REGISTRY
    c = REGISTRY[kind](line, rng)
    if c is None or c.clean == c.corrupted:
        return None
    (a, b), (x, y) = _widen(c, rng)
    span, target = c.corrupted[a:b], c.clean[x:y]
    if not span.strip() or len(target.encode()) > window.max_target_bytes:
        return None
    return window.source(c.corrupted[:a], span, c.corrupted[b:]), target, kind


# --- decoys ---------------------------------------------------------------------------

def decoy_example(line: str, kind: str, rng: random.Random, window: Window = DEFAULT_WINDOW) -> Optional[Example]:
    """A clean span with the form that translationese ``kind`` writes ("he actually said",
    "the people who"), widened like a corruption, to be copied unchanged.

    >>> src, tgt, kind = decoy_example("He actually said so.", "false-friend", random.Random(0))
    >>> tgt.split()[0] if tgt != "He" else tgt, kind
    ('actually', 'decoy:false-friend')
    """
    from types import SimpleNamespace

    from mt_repair.synth.translationese import DECOYS
    spans = DECOYS[kind](line)
    if not spans:
        return None
    a, b = rng.choice(spans)
    (a, b), _ = _widen(SimpleNamespace(corrupted=line, corrupted_span=(a, b), clean_span=(a, b)), rng)
    text = line[a:b]
    if not text.strip() or len(text.encode()) > window.max_target_bytes:
        return None
    return window.source(line[:a], text, line[b:]), text, "decoy:" + kind


#: the share of decoys that matches the translationese damage of the default stream: the
#: synthetic share times the translationese kinds' part of :data:`KIND_WEIGHTS`
def matching_decoy_share(mix: Optional[dict] = None, kinds: Optional[dict] = None) -> float:
    from mt_repair.synth.translationese import KINDS
    mix = mix or DEFAULT_MIX
    weights = dict(KIND_WEIGHTS, **(kinds or {}))
    return mix["synthetic"] * sum(weights.get(k, 0.0) for k in KINDS) / sum(weights.values())


# --- clean ----------------------------------------------------------------------------

#: shapes of damaged spans, found in clean text: the model must see them left alone as often as repaired
SHAPES = [re.compile(p) for p in (
    r"\b[Tt]he \w+",                                                   # generic-the
    r"\b(?:what|What|that)\b",                                         # relative-what
    r"\b(?:[Aa]ctually|[Ee]ventually|[Aa]ssist\w*|[Rr]eali[sz]\w*|[Ss]ensible|[Cc]urrently|[Pp]ossibly|"
    r"[Aa]ttend\w*|carr\w+ out|[Ss]ensitive|National|Homeland)\b",     # false friends
    r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him|himself|herself)\b",          # pronouns
    r"\b\w+as\b",                                                      # lost-word-join ("Texas", "ideas")
    r"\S*[\"“”„][\w.,]\S*|\S*\w[\"“”„]\S*",                            # quotes attached to words
    r"(?i)\b([a-z])\1\w*",                                              # doubled first letter ("Aaron")
    r"\b\w+ \w+,",                                                      # two words before a comma
    r"\b(?:and|but|which|while|who|as|with|particularly|including)\b",  # join words
    r"\b\w*[a-z][A-Z]\w*",                                              # camelCase ("iPhone", "McDonald")
    r"\s[,.;:!?]|[,.;:](?=\w)",                                          # odd spacing that is legit ("1,000", "U.S.")
)]


def _whole_words(line: str, a: int, b: int) -> tuple[int, int]:
    while a > 0 and not line[a - 1].isspace():
        a -= 1
    while b < len(line) and not line[b].isspace():
        b += 1
    return a, b


def clean_example(line: str, rng: random.Random, window: Window = DEFAULT_WINDOW) -> Optional[Example]:
    toks = list(re.finditer(r"\S+", line))
    if len(toks) < 3:
        return None
    r = rng.random()
    span = None
    if r < 0.22:
        m = rng.choice(toks)
        span = (m.start(), m.end())
    elif r < 0.32:
        i = rng.randrange(len(toks) - 1)
        span = (toks[i].start(), toks[i + 1].end())
    elif r < 0.47:
        caps = [m for m in toks[1:] if m.group()[:1].isupper()]
        if caps:
            m = rng.choice(caps)
            span = (m.start(), m.end())
    elif r < 0.90:
        shapes = SHAPES[:]
        rng.shuffle(shapes)
        for pat in shapes:
            found = list(pat.finditer(line))
            if found:
                m = rng.choice(found)
                span = _whole_words(line, m.start(), m.end())
                break
    else:
        longs = [m for m in toks if len(m.group()) >= 9]
        if longs:
            m = rng.choice(longs)
            span = (m.start(), m.end())
    if span is None:
        m = rng.choice(toks)
        span = (m.start(), m.end())
    a, b = span
    text = line[a:b]
    if not text.strip() or len(text.encode()) > window.max_target_bytes:
        return None
    return window.source(line[:a], text, line[b:]), text, "clean"


# --- real post-edits --------------------------------------------------------------------

def ape_examples(ape_dir, split: str = "train", max_hter: float = 0.4, clean_per_pair: float = 0.5,
                 seed: int = 0, window: Window = DEFAULT_WINDOW) -> list[Example]:
    """Short differing spans (mt -> pe) from every ``*/{split}.mt|pe`` under ``ape_dir``."""
    rng = random.Random(seed)
    out: list[Example] = []
    for mt_path in sorted(Path(ape_dir).glob(f"*/{split}.mt")):
        pe_path = mt_path.with_suffix(".pe")
        hter_path = mt_path.with_suffix(".hter")
        mts = mt_path.read_text(encoding="utf-8").splitlines()
        pes = pe_path.read_text(encoding="utf-8").splitlines()
        hters = hter_path.read_text().split() if hter_path.exists() else ["0"] * len(mts)
        for mt, pe, h in zip(mts, pes, hters):
            try:
                if float(h) > max_hter:
                    continue
            except ValueError:
                pass
            out.extend(_pair_examples(detok(mt), detok(pe), rng, clean_per_pair, window))
    return out


def _pair_examples(mt: str, pe: str, rng: random.Random, clean_per_pair: float,
                   window: Window = DEFAULT_WINDOW) -> list[Example]:
    mw = list(re.finditer(r"\S+", mt))
    pw = list(re.finditer(r"\S+", pe))
    if not mw or not pw:
        return []
    sm = difflib.SequenceMatcher(None, [m.group() for m in mw], [m.group() for m in pw], autojunk=False)
    out = []
    equal = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            equal.extend(range(i1, i2))
            continue
        if i2 - i1 > 3 or j2 - j1 > 4:
            continue
        if i1 == i2 or j1 == j2:       # pure insertion / deletion: anchor on the word before (or after)
            if i1 > 0 and j1 > 0:
                i1, j1 = i1 - 1, j1 - 1
            elif i2 < len(mw) and j2 < len(pw):
                i2, j2 = i2 + 1, j2 + 1
            else:
                continue
            if i1 == i2 or j1 == j2:
                continue
        a, b = mw[i1].start(), mw[i2 - 1].end()
        target = pe[pw[j1].start():pw[j2 - 1].end()]
        if len(target.encode()) > window.max_target_bytes or len(mt[a:b].encode()) > window.max_target_bytes:
            continue
        out.append((window.source(mt[:a], mt[a:b], mt[b:]), target, "ape"))
    if equal and rng.random() < clean_per_pair:
        i = rng.choice(equal)
        a, b = mw[i].start(), mw[i].end()
        out.append((window.source(mt[:a], mt[a:b], mt[b:]), mt[a:b], "ape-keep"))
    return out


# --- the stream -------------------------------------------------------------------------

def with_paragraphs(lines: Sequence[str], share: float, rng: random.Random) -> list[str]:
    """``lines`` plus ``share * len(lines)`` texts of two neighbouring lines joined by a space.

    >>> with_paragraphs(["It rained.", "The talks ended."], 1.0, random.Random(0))[2]
    'It rained. The talks ended.'
    """
    out = list(lines)
    if len(lines) < 2 or share <= 0:
        return out
    for _ in range(round(share * len(lines))):
        i = rng.randrange(len(lines) - 1)
        out.append(lines[i] + " " + lines[i + 1])
    return out


def _first(order: Sequence[int], keep, cap: int) -> list[int]:
    """The first ``cap`` indices of ``order`` that ``keep`` accepts (asked in order, no further)."""
    pool = []
    for i in order:
        if keep(i):
            pool.append(i)
            if len(pool) >= cap:
                break
    return pool


class ExampleStream:
    """An endless, seeded stream of training examples from clean lines (+ optional APE examples)."""

    def __init__(self, lines: Sequence[str], *, ape: Sequence[Example] = (), seed: int = 0,
                 mix: Optional[dict] = None, kinds: Optional[dict] = None, pool_cap: int = 20000,
                 window: Window = DEFAULT_WINDOW, paragraphs: float = PARAGRAPHS, decoys: float = 0.0):
        from mt_repair.synth import REGISTRY
        import mt_repair.synth.translationese  # noqa: F401  (registers its kinds)
        try:
            import mt_repair.synth.artifacts  # noqa: F401
        except ImportError:                   # pragma: no cover - the artifact units are optional
            pass
        self.rng = random.Random(seed)
        self.window = window
        self.lines = with_paragraphs(lines, paragraphs, random.Random(seed + 2))
        self.ape = list(ape)
        mix = dict(mix or DEFAULT_MIX)
        if not self.ape:
            mix["ape"] = 0.0
        self.mix = mix
        weights = dict(KIND_WEIGHTS, **(kinds or {}))
        self.kinds = {k: weights.get(k, 0.5) for k in REGISTRY}
        # lines where each kind applies (so that rare kinds are not starved)
        self.pools: dict[str, list[int]] = {}
        prng = random.Random(seed + 1)
        order = list(range(len(self.lines)))
        prng.shuffle(order)
        for k in self.kinds:
            fn = REGISTRY[k]
            self.pools[k] = _first(order, lambda i: fn(self.lines[i], prng) is not None, pool_cap)
        self.kinds = {k: w for k, w in self.kinds.items() if self.pools[k] and w > 0}
        # decoys (``decoys`` > 0): clean uses of the forms translationese writes, by the
        # same kind weights (see :func:`decoy_example`, :func:`matching_decoy_share`)
        self.decoy_kinds: dict[str, float] = {}
        self.decoy_pools: dict[str, list[int]] = {}
        if decoys > 0:
            from mt_repair.synth.translationese import DECOYS
            for k, w in self.kinds.items():
                if k in DECOYS:
                    pool = _first(order, lambda i: bool(DECOYS[k](self.lines[i])), pool_cap)
                    if pool:
                        self.decoy_pools[k], self.decoy_kinds[k] = pool, w
            if self.decoy_kinds:
                self.mix["decoy"] = decoys

    def __iter__(self) -> Iterator[Example]:
        return self

    def __next__(self) -> Example:
        rng = self.rng
        srcs, ws = zip(*self.mix.items())
        while True:
            src = rng.choices(srcs, ws)[0]
            if src == "ape":
                return rng.choice(self.ape)
            if src == "clean":
                ex = clean_example(rng.choice(self.lines), rng, self.window)
            elif src == "decoy":
                ks, kw = zip(*self.decoy_kinds.items())
                kind = rng.choices(ks, kw)[0]
                ex = decoy_example(self.lines[rng.choice(self.decoy_pools[kind])], kind, rng, self.window)
            else:
                ks, kw = zip(*self.kinds.items())
                kind = rng.choices(ks, kw)[0]
                ex = synthetic_example(self.lines[rng.choice(self.pools[kind])], kind, rng, self.window)
            if ex is not None:
                return ex
