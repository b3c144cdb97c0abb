"""Bilingual checks: given the source segment, find what the translation lost or broke.

Each check returns :class:`~mt_repair.edits.Finding` objects on the *target* text
(offsets into the target), so they go through the same planner and reports.
Findings without a sure repair carry no candidates: they are reported, never applied.

>>> fs = check_pair("El PIB creció 3,5% en 2023, dijo Sheinbaum.", "GDP grew 3.6% in 2023, he said.")
>>> [(f.rule, f.original) for f in fs]
[('bilingual-number', '3.6'), ('bilingual-name', 'GDP grew 3.6% in 2023, he said.')]
>>> check_pair("Hola {name}, tienes 3 mensajes.", "Hello {name}, you have 3 messages.")
[]
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from typing import Iterable, Iterator

from .edits import Finding
from .errors import UserError

__all__ = ["check_pair", "check_pairs", "read_pairs", "RULES"]

RULES = ("bilingual-number", "bilingual-name", "bilingual-untranslated", "bilingual-length",
         "bilingual-placeholder")

# languages that write 1.234,5 (thousands point, decimal comma)
_COMMA_DECIMAL = frozenset({"es", "pt", "fr", "it", "de"})
_NUM = re.compile(r"(?<![\w.,])\d+(?:[.,\u00a0 ]\d{3})*(?:[.,]\d+)?(?![\d])")
_EN_NUMBER_WORDS = re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
                              r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
                              r"\w+ties|dozen|first|second|third|decade|century)\b", re.IGNORECASE)
_PLACEHOLDER = re.compile(
    r"\{\{\s*[\w.]+\s*\}\}|\{[\w.]*\}|%(?:\([\w]+\))?[-+#0]*\d*(?:\.\d+)?[sdifxXeEgGcr%]|%\d+\$[sd]"
    r"|</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>|&[a-zA-Z]+;|&#\d+;|\$\{[\w.]+\}|\[\[[\w.]+\]\]")
_CAP = re.compile(r"\b[A-ZÁÉÍÓÚÑÜ][\wáéíóúñü'’-]+")
_WORDS = re.compile(r"[^\W\d_]+")
_MONTHS_ES = {"enero": "January", "febrero": "February", "marzo": "March", "abril": "April", "mayo": "May",
              "junio": "June", "julio": "July", "agosto": "August", "septiembre": "September",
              "setiembre": "September", "octubre": "October", "noviembre": "November", "diciembre": "December"}
_NUMBER_WORDS = re.compile(r"\b(?:uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|"
                           r"quince|veinte|treinta|cuarenta|cincuenta|cien|ciento|mil|millones|millón|"
                           r"docena|primer|primero|segundo|tercer|d[eé]cada|siglo|dieci\w+|veinti\w+)\b",
                           re.IGNORECASE)
#: target/source length ratio outside this band is an outlier (es->en is about 0.9)
RATIO_BAND = (0.4, 2.5)
MIN_LEN_FOR_RATIO = 60


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.casefold()) if not unicodedata.combining(c))


def _value(tok: str, comma_decimal: bool) -> str:
    t = tok.replace("\u00a0", "").replace(" ", "")
    dec, thou = (",", ".") if comma_decimal else (".", ",")
    if re.fullmatch(r"\d{1,3}(?:[" + re.escape(thou) + r"]\d{3})+(?:" + re.escape(dec) + r"\d+)?", t) or thou not in t:
        t = t.replace(thou, "").replace(dec, ".")
    else:  # the other convention after all ("3.5" in a Spanish source)
        t = t.replace(dec, "").replace(thou, ".")
    if "." in t:
        t = t.rstrip("0").rstrip(".")
    return t.lstrip("0") or "0"


def _numbers(text: str, comma_decimal: bool) -> list[tuple[str, int, int]]:
    return [(_value(m.group(), comma_decimal), m.start(), m.end()) for m in _NUM.finditer(text)]


def _f(rule: str, target: str, s: int, e: int, conf: float, reason: str, cands=()) -> Finding:
    from .edits import Candidate
    return Finding(rule, s, e, target[s:e], tuple(Candidate(c, p) for c, p in cands), conf, reason,
                   "warning", "rule", {"bilingual": True})


def check_pair(source: str, target: str, src_lang: str = "es") -> list[Finding]:
    """All bilingual findings for one (source, target) pair, in target order."""
    out: list[Finding] = []
    whole = (0, len(target))
    # numbers
    sn = Counter(v for v, _s, _e in _numbers(source, src_lang in _COMMA_DECIMAL))
    tn = _numbers(target, False)
    tcount = Counter(v for v, _s, _e in tn)
    for v, s, e in tn:
        if tcount[v] > sn.get(v, 0) and not _spelled_in(source, v):
            out.append(_f("bilingual-number", target, s, e, 0.75 if _NUMBER_WORDS.search(source) else 0.9,
                          f"number {target[s:e]} is not in the source ({', '.join(sorted(sn)) or 'none there'})"))
            tcount[v] -= 1
    extras = len(out)
    missing = [v for v, c in sn.items() if c > Counter(x for x, _s, _e in tn).get(v, 0) and not _spelled_in(target, v)]
    if missing and not extras:
        out.append(_f("bilingual-number", target, *whole, 0.7 if _EN_NUMBER_WORDS.search(target) else 0.85,
                      f"source number(s) {', '.join(missing)} missing from the translation"))
    # dates: month names
    for es, en in _MONTHS_ES.items():
        if re.search(rf"\b{es}\b", source, re.IGNORECASE) and en.lower() not in target.lower():
            out.append(_f("bilingual-number", target, *whole, 0.8, f"the source date says '{es}' ({en}); the translation does not"))
    # names: capitalised source words, not sentence-initial, rare as common Spanish words
    tf = _fold(target)
    for m in _CAP.finditer(source):
        name = m.group()
        if m.start() == 0 or source[:m.start()].rstrip()[-1:] in ".!?¿¡\"“«:" or not _namelike(name):
            continue
        if not _present(_fold(name), tf):
            out.append(_f("bilingual-name", target, *whole, 0.75,
                          f"the source names '{name}'; the translation does not (translated or dropped?)"))
    # untranslated: the target is (mostly) the source
    sw = [w for w in _WORDS.findall(source) if w.islower()]
    tw = [w for w in _WORDS.findall(target) if w.islower()]
    if len(tw) >= 4 and sw:
        shared = sum((Counter(sw) & Counter(tw)).values()) / len(tw)
        if shared >= 0.7:
            out.append(_f("bilingual-untranslated", target, *whole, 0.9,
                          f"{shared:.0%} of the translation's words are the source's: left untranslated?"))
    # length ratio
    if len(source) >= MIN_LEN_FOR_RATIO or len(target) >= MIN_LEN_FOR_RATIO:
        r = len(target) / max(1, len(source))
        if not RATIO_BAND[0] <= r <= RATIO_BAND[1]:
            out.append(_f("bilingual-length", target, *whole, 0.7,
                          f"translation is {r:.2f}x the source's length (expected {RATIO_BAND[0]}-{RATIO_BAND[1]}): "
                          "something was dropped or added"))
    # placeholders and tags
    sp = Counter(m.group() for m in _PLACEHOLDER.finditer(source))
    tp = Counter(m.group() for m in _PLACEHOLDER.finditer(target))
    if sp != tp:
        extra = tp - sp
        lost = sp - tp
        for m in _PLACEHOLDER.finditer(target):
            if extra.get(m.group(), 0) > 0:
                extra[m.group()] -= 1
                out.append(_f("bilingual-placeholder", target, m.start(), m.end(), 0.95,
                              f"placeholder/tag {m.group()} is not in the source"))
        if lost:
            out.append(_f("bilingual-placeholder", target, *whole, 0.95,
                          f"placeholder/tag(s) {', '.join(sorted(lost.elements()))} of the source are missing"))
    out.sort(key=lambda f: (f.end - f.start == len(target) > 0, f.start, f.rule))
    return out


def _present(name: str, folded_target: str) -> bool:
    """The name, or a close form of it (Jerusalén/Jerusalem, Múnich/Munich), is in the target."""
    if name in folded_target:
        return True
    stem = name[:max(4, len(name) - 3)]
    return len(name) >= 5 and re.search(r"\b" + re.escape(stem), folded_target) is not None


def _spelled_in(text: str, v: str) -> bool:
    """Small numbers are often written as words ("two", "dos"); do not insist on digits."""
    return v.isdigit() and int(v) <= 10


def _namelike(word: str) -> bool:
    """A capitalised word that is a name, not a common Spanish word capitalised (accent-folded)."""
    from .evidence.lexicon import es_zipf, zipf
    low = word.lower()
    if low in _MONTHS_ES:
        return False
    return es_zipf(low) < 3.0 and not zipf(low) >= 3.0


def check_pairs(pairs: Iterable[tuple[str, str]], src_lang: str = "es") -> Iterator[list[Finding]]:
    for s, t in pairs:
        yield check_pair(s, t, src_lang)


def read_pairs(path: str, source_field: str = "source", target_field: str = "target") -> Iterator[tuple[str, str]]:
    """(source, target) pairs from JSONL (fields by name) or TSV (two columns, or a header naming them)."""
    with open(path, encoding="utf-8") as fh:
        if path.endswith((".jsonl", ".json")):
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    d = json.loads(line)
                    yield d[source_field], d[target_field]
                except (ValueError, KeyError, TypeError) as e:
                    raise UserError(f"{path}:{n}: not a JSON object with '{source_field}' and "
                                    f"'{target_field}' ({e})") from None
            return
        header = None
        for n, line in enumerate(fh, 1):
            cols = line.rstrip("\n").split("\t")
            if n == 1 and source_field in cols and target_field in cols:
                header = (cols.index(source_field), cols.index(target_field))
                continue
            si, ti = header or (0, 1)
            if len(cols) <= max(si, ti):
                raise UserError(f"{path}:{n}: expected a tab between source and target")
            yield cols[si], cols[ti]
