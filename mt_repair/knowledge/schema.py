"""The knowledge-base record and its TSV schema: parse, expand, validate.

Every data file in ``data/`` is UTF-8 TSV with a ``# version: N`` header line and
the columns ``kind term replace triggers lang gender conf source`` (see README.md).

>>> e = parse_line("place\\tThe Mochis\\tLos Mochis\\t\\tes\\t\\t0.95\\tWikipedia: Los Mochis",
...                "places", 9)[0]
>>> (e.id, e.term, e.replace, e.conf, e.source)
('places:9', 'The Mochis', 'Los Mochis', 0.95, 'Wikipedia: Los Mochis')
>>> [(x.term, x.replace) for x in parse_line(
...     "false_friend\\t{assist,assisted} to the {event,mass}\\t{0|attend|attended} the {1}\\t\\tes\\t\\t0.9\\tW",
...     "ff", 1)][:2]
[('assist to the event', 'attend the event'), ('assist to the mass', 'attend the mass')]
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

__all__ = ["Entry", "KINDS", "SCHEMA_VERSION", "COLUMNS", "SchemaError", "parse_line", "parse_file"]

SCHEMA_VERSION = 1
COLUMNS = ("kind", "term", "replace", "triggers", "lang", "gender", "conf", "source")
KINDS = frozenset({"title", "institution", "party", "person", "name", "place", "false_friend"})
#: entries from user glossaries (never in data files)
GLOSSARY = "glossary"
LANGS = frozenset({"", "en", "es", "pt", "fr", "it", "de"})
#: at most this many expanded terms per line (a typo in braces must not explode)
MAX_EXPANSION = 2000
_GROUP = re.compile(r"\{([^{}]*)\}")


class SchemaError(ValueError):
    """A data line that breaks the schema; the message names file and line."""


@dataclass(frozen=True)
class Entry:
    """One knowledge-base record (after brace expansion)."""

    id: str                 # "file:line", stable enough to cite in --explain
    kind: str
    term: str               # the text to find (for persons: one accepted name form)
    replace: str            # accepted English form ('' for persons); '|' separates institution|person forms
    triggers: tuple[str, ...]
    lang: str
    gender: str             # 'f', 'm' or ''
    conf: float             # detection confidence when no trigger confirms (0: needs a trigger)
    source: str
    case: str = "smart"     # glossaries: 'smart' (capitals must match), 'exact', or 'ignore'

    @property
    def known_good(self) -> bool:
        """True for accepted forms: they never fire, and they shield the words inside them."""
        return self.kind == "person" or self.replace == self.term

    @property
    def forms(self) -> tuple[str, ...]:
        return tuple(self.replace.split("|"))


def _expand(term: str, replace: str, where: str) -> list[tuple[str, str]]:
    groups = [g.split(",") for g in _GROUP.findall(term)]
    if not groups:
        return [(term, replace)]
    n = 1
    for g in groups:
        n *= len(g)
    if n > MAX_EXPANSION:
        raise SchemaError(f"{where}: braces expand to {n} terms (max {MAX_EXPANSION})")
    out = []
    for combo in itertools.product(*[range(len(g)) for g in groups]):
        it = iter(groups[k][i] for k, i in enumerate(combo))
        t = _GROUP.sub(lambda _m: next(it), term)

        def rep(m: re.Match) -> str:
            parts = m.group(1).split("|")
            try:
                k = int(parts[0])
                alt = groups[k][combo[k]] if len(parts) == 1 else parts[1 + combo[k]]
            except (ValueError, IndexError):
                raise SchemaError(f"{where}: bad replacement group {m.group()!r}") from None
            return alt

        out.append((t, _GROUP.sub(rep, replace)))
    return out


def parse_line(line: str, file: str, lineno: int) -> list[Entry]:
    """Entries from one data line (several when the term has {a,b} groups)."""
    where = f"{file}:{lineno}"
    cols = line.rstrip("\n").split("\t")
    if len(cols) != len(COLUMNS):
        raise SchemaError(f"{where}: expected {len(COLUMNS)} tab-separated columns, got {len(cols)}")
    kind, term, replace, triggers, lang, gender, conf, source = (c.strip() for c in cols)
    if kind not in KINDS:
        raise SchemaError(f"{where}: unknown kind {kind!r} (one of {', '.join(sorted(KINDS))})")
    if not term:
        raise SchemaError(f"{where}: empty term")
    if lang not in LANGS:
        raise SchemaError(f"{where}: unknown language {lang!r}")
    if gender not in ("", "f", "m"):
        raise SchemaError(f"{where}: gender must be 'f', 'm' or empty")
    try:
        c = float(conf)
    except ValueError:
        raise SchemaError(f"{where}: confidence {conf!r} is not a number") from None
    if not 0.0 <= c <= 1.0:
        raise SchemaError(f"{where}: confidence {c} outside 0..1")
    if not source:
        raise SchemaError(f"{where}: every entry needs a source")
    trig = tuple(t.strip() for t in triggers.split("|") if t.strip())
    if kind == "person":
        forms = [t.strip() for t in term.split("|") if t.strip()]
        if gender == "":
            raise SchemaError(f"{where}: a person needs a gender")
        if source == "wikipedia":
            source = f"Wikipedia: {forms[0]}"
        return [Entry(where, kind, f, forms[0], trig, lang, gender, 0.0, source) for f in forms]
    if not replace:
        raise SchemaError(f"{where}: a {kind} needs a replacement")
    if source == "wikipedia":
        source = f"Wikipedia: {replace.split('|')[0]}"
    if c == 0.0 and not trig and replace != term:
        raise SchemaError(f"{where}: confidence 0 and no triggers: the entry could never fire")
    return [Entry(where, kind, t, r, trig, lang, gender, c, source) for t, r in _expand(term, replace, where)]


def parse_file(path, name: str | None = None) -> list[Entry]:
    """All entries of one data file; checks the ``# version:`` header."""
    from pathlib import Path

    p = Path(path)
    name = name or p.stem
    entries: list[Entry] = []
    version = None
    with open(p, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.startswith("#"):
                m = re.match(r"#\s*version:\s*(\d+)", line)
                if m:
                    version = int(m.group(1))
                continue
            if not line.strip():
                continue
            if version is None:
                raise SchemaError(f"{name}:{n}: data before the '# version: N' header")
            if version > SCHEMA_VERSION:
                raise SchemaError(f"{name}: schema version {version} is newer than {SCHEMA_VERSION}")
            entries.extend(parse_line(line, name, n))
    return entries
