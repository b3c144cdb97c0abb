"""A generic candidate proposer for a flagged span (used by the evaluation script).

In the pipeline the rule units propose candidates; this module stands in for them
when the model is evaluated alone, and proposes for one token of the span at a time:
splits of merged words (with and without a comma, with a lost "such"), a dropped
doubled initial, a lowered stray capital, a period before a capitalised word (a run-on
sentence), separated glued quotes, a removed repeated word or stray space, and the
translationese substitutions.  The span itself is always
the first candidate.

>>> propose("mobilityparticularly")[:4]
['mobilityparticularly', 'mobility particularly', 'mobility, particularly', 'mobility. particularly']
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["propose"]

_JOIN = frozenset("which and as but that who where although particularly while with by whose when including "
                  "especially because since though whereas after or the in of to for on at".split())
_MAP = {
    "what": ["that"], "actually": ["currently"], "eventually": ["possibly"],
    "assist": ["attend"], "assists": ["attends"], "assisted": ["attended"], "assisting": ["attending"],
    "realize": ["carry out"], "realizes": ["carries out"], "realized": ["carried out"], "realizing": ["carrying out"],
    "sensible": ["sensitive"], "he": ["she"], "she": ["he"], "his": ["her"], "her": ["his", "him"],
    "him": ["her"], "himself": ["herself"], "herself": ["himself"],
}
_QUOTES = "\"“”„«»"


@lru_cache(maxsize=200000)
def _z(w: str) -> float:
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover
        return 0.0
    return zipf_frequency(w, "en")


def _case(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _token_variants(tok: str, first: bool) -> list[str]:
    out: list[str] = []
    m = re.fullmatch(r"([^\w]*)(.*?)([^\w]*)", tok)
    pre, core, post = m.group(1), m.group(2), m.group(3)
    low = core.lower()
    # translationese substitutions
    for alt in _MAP.get(low, []):
        out.append(pre + _case(alt, core) + post)
    # glued quote inside the token: maintain“said, employer"she
    q = re.search(r"[\w.,!?]([" + _QUOTES + r"])(\w)", tok)
    if q:
        a, b = tok[:q.start(1)], tok[q.end(1):]
        a0 = a.rstrip(",.")
        qs = [q.group(1)] + (["”"] if q.group(1) == "“" else ["“"] if q.group(1) == "”" else [])
        for qq in qs:
            out += [f"{a0}{qq} {b}", f"{a0},{qq} {b}", f"{a0}.{qq} {b}", f"{a} {qq}{b}"]
    # punctuation glued between words: word,word
    p = re.fullmatch(r"(\w+)([,.;:!?])(\w+)", core)
    if p:
        out.append(pre + f"{p.group(1)}{p.group(2)} {p.group(3)}" + post)
    # doubled initial: Aadvance / Tthe
    if len(core) > 2 and core[0].lower() == core[1].lower() and core[0].isalpha() and _z(core[1:].lower()) >= 2.5:
        out.append(pre + core[1:] + post)
        out.append(pre + core[0] + core[2:] + post)
    # stray capital mid-sentence
    if core[:1].isupper() and (core[1:] == "" or core[1:].islower()) and not first and _z(low) >= 3.5:
        out.append(pre + low + post)
    # merged words: split points where both halves are words (or a camelCase / digit-letter boundary)
    if len(core) >= 3 and _z(low) < 3.0:
        splits = []
        for k in range(1, len(core)):
            a, b = core[:k], core[k:]
            x, y = core[k - 1], core[k]
            camel = (x.isalpha() and x.islower() or x.isdigit()) and y.isupper()
            digit = x.isdigit() and y.isalpha() and y.islower() and re.fullmatch(r"[£$€]?[\d.,]*\d", a) and b.isalpha()
            if camel:
                sc = 10.0
            elif digit:
                sc = 4.0 + _z(b.lower())
            elif x.isalpha() and y.isalpha() and b.isalpha() and b.islower():
                last = re.split(r"['’]", a)[-1]
                za = (2.5 if a[:1].isupper() and a[-1].islower() and len(a) >= 3 and _z(a.lower()) < 3.0
                      else _z(last.lower()))
                zb = _z(b)
                if za < 2.0 or zb < 2.5 or (len(last) < 2 and last.lower() not in ("a", "i")) or (len(b) < 2 and b != "a"):
                    continue
                sc = za + zb
            else:
                continue
            splits.append((sc + (3.0 if b.lower() in _JOIN else 0.0), a, b))
        for _, a, b in sorted(splits, reverse=True)[:3]:
            out += [pre + f"{a} {b}" + post, pre + f"{a}, {b}" + post, pre + f"{a}. {b}" + post]
            if b == "as":
                out.append(pre + f"{a}, such as" + post)
    return out


def propose(span: str, left: str = "", right: str = "", limit: int = 16) -> list[str]:
    """Candidate replacements for ``span`` (the span itself first)."""
    out = [span]
    first = not left.strip() or left.rstrip()[-1:] in ".!?:\"“"
    toks = list(re.finditer(r"\S+", span))
    # "the X" -> "X", repeated words, a space before punctuation
    for m in re.finditer(r"\b([Tt]he) (\w+)", span):
        rest = m.group(2)
        rep = (rest[0].upper() + rest[1:]) if m.group(1) == "The" else rest
        out.append(span[:m.start()] + rep + span[m.end():])
    for m in re.finditer(r"\b(\w+) (\1)\b", span, flags=re.IGNORECASE):
        out.append(span[:m.start(2) - 1] + span[m.end(2):])
    for m in re.finditer(r" ([,.;:!?])", span):
        out.append(span[:m.start()] + span[m.start() + 1:])
    if re.search(r"\bNational$", span) and right.startswith(" Security"):
        out.append(re.sub(r"National$", "Homeland", span))
    for i, m in enumerate(toks):
        for v in _token_variants(m.group(), first and i == 0):
            out.append(span[:m.start()] + v + span[m.end():])
    # a run-on sentence: a lost period before a common capitalised word after a lower-case
    # word or a number ("year On the" -> "year. On"; not "Mexico City", "the New York")
    for a, b in zip(toks, toks[1:]):
        aw, bw = a.group(), b.group()
        if (bw[:1].isupper() and bw[1:].islower() and _z(bw.lower()) >= 3.5 and span[a.end():b.start()] == " "
                and (aw[-1:].isdigit() or aw[-1:].islower() and aw[:1].islower())
                and aw.lower() not in ("the", "a", "an", "of", "and", "or", "to", "in", "for", "with")):
            out.append(span[:a.end()] + "." + span[a.end():])
    return list(dict.fromkeys(out))[:limit]
