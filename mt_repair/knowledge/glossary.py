"""User glossaries (CSV/TSV, YAML, TBX), merged with the built-in knowledge base.

A glossary term is one of:

* ``replace``   -- ``term`` is wrong, ``replacement`` is right (fixed; with triggers, only
  fixed when one occurs in the same or previous sentence, otherwise flagged);
* ``forbidden`` -- ``term`` must not appear (flagged; no replacement);
* ``dnt``       -- do not translate / keep as is: ``term`` is accepted and shields
  itself from every knowledge-base rule ("Brunette" as a brand).

``case`` is ``smart`` (default: the term's capitals must match), ``exact`` or ``ignore``.
Matching uses the same token trie as the base: linear in the text, whatever the size.

>>> import tempfile, os
>>> d = tempfile.mkdtemp(); p = os.path.join(d, "g.csv")
>>> _ = open(p, "w").write("term,replacement,type,triggers\\nAcme Widget,Acme Gadget,,\\nBrunette,,dnt,\\n")
>>> g = load_glossary(p)
>>> [(e.term, e.replace) for e in g.entries]
[('Acme Widget', 'Acme Gadget'), ('Brunette', 'Brunette')]
>>> units = glossary_units(g)
>>> text = "Brunette deputies of Morena praised the Acme Widget."
>>> sorted(f.suggestion for u in units for f in u(text))
['Acme Gadget']
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from ..errors import UserError
from .base import KnowledgeBase, knowledge_base
from .schema import GLOSSARY, Entry

__all__ = ["Glossary", "load_glossary", "merged_base", "glossary_units", "TYPES", "CASES"]

TYPES = ("replace", "forbidden", "dnt")
CASES = ("smart", "exact", "ignore")
#: detection confidence of glossary entries: above the base's, so the user's word wins
CONF_FIX = 0.97
CONF_UNCONFIRMED = 0.75
CONF_FORBIDDEN = 0.85
_ALIASES = {"term": "term", "source": "term", "wrong": "term", "replacement": "replacement",
            "replace": "replacement", "target": "replacement", "preferred": "replacement",
            "type": "type", "status": "type", "case": "case", "triggers": "triggers",
            "context": "triggers", "note": "note", "comment": "note"}


@dataclass
class Glossary:
    path: str
    entries: list[Entry]

    def __len__(self) -> int:
        return len(self.entries)


def _entry(where: str, name: str, term, replacement="", type_="", case="", triggers="", note="") -> Entry:
    term = str(term or "").strip()
    replacement = str(replacement or "").strip()
    type_ = str(type_ or "").strip().lower() or ("replace" if replacement else "forbidden")
    type_ = {"do-not-translate": "dnt", "keep": "dnt", "deprecated": "replace"}.get(type_, type_)
    case = str(case or "smart").strip().lower()
    if not term:
        raise UserError(f"{where}: empty term")
    if type_ not in TYPES:
        raise UserError(f"{where}: type {type_!r} is not one of {', '.join(TYPES)}")
    if case not in CASES:
        raise UserError(f"{where}: case {case!r} is not one of {', '.join(CASES)}")
    if type_ == "replace" and not replacement:
        raise UserError(f"{where}: a 'replace' term needs a replacement")
    if isinstance(triggers, (list, tuple)):
        trig = tuple(str(t).strip() for t in triggers if str(t).strip())
    else:
        trig = tuple(t.strip() for t in str(triggers or "").split("|") if t.strip())
    if type_ == "dnt":
        replacement, conf = term, 0.0
    elif type_ == "forbidden":
        replacement, conf = "", CONF_FORBIDDEN
    else:
        conf = CONF_UNCONFIRMED if trig else CONF_FIX
    source = f"user glossary {name}" + (f": {note}" if note else "")
    return Entry(where, GLOSSARY, term, replacement, trig, "", "", conf, source, case)


def _read_delimited(path: Path, text: str) -> list[Entry]:
    delim = "\t" if path.suffix.lower() == ".tsv" or ("\t" in text.split("\n", 1)[0]) else ","
    rows = csv.reader(io.StringIO(text), delimiter=delim)
    out: list[Entry] = []
    cols: list[str] | None = None
    for row in rows:
        n = rows.line_num
        if not row or not "".join(row).strip() or row[0].lstrip().startswith("#"):
            continue
        if cols is None:
            names = [_ALIASES.get(c.strip().lower()) for c in row]
            if "term" in names:
                cols = [c or "" for c in names]
                continue
            cols = ["term", "replacement", "type", "case", "triggers", "note"]
        d = {c: v for c, v in zip(cols, row) if c}
        out.append(_entry(f"{path.name}:{n}", path.name, d.get("term"), d.get("replacement"), d.get("type"),
                          d.get("case"), d.get("triggers"), d.get("note")))
    return out


def _read_yaml(path: Path, text: str) -> list[Entry]:
    try:
        import yaml
    except ImportError:  # pragma: no cover
        raise UserError(f"{path}: reading YAML glossaries needs PyYAML (pip install pyyaml)") from None

    class Loader(yaml.SafeLoader):
        pass

    def mapping(loader, node):
        d = loader.construct_mapping(node, deep=True)
        d["__line__"] = node.start_mark.line + 1
        return d

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    try:
        data = yaml.load(text, Loader=Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise UserError(f"{path.name}{line}: not valid YAML ({getattr(e, 'problem', e)})") from None
    if isinstance(data, dict):
        version = data.get("version", 1)
        if version != 1:
            raise UserError(f"{path.name}:{data['__line__']}: glossary version {version!r} not supported (1)")
        data = data.get("terms")
    if not isinstance(data, list):
        raise UserError(f"{path.name}: expected a list of terms (or 'terms:' with a list)")
    out = []
    for item in data:
        if not isinstance(item, dict):
            raise UserError(f"{path.name}: each term must be a mapping with at least 'term'")
        where = f"{path.name}:{item.get('__line__', '?')}"
        unknown = set(item) - set(_ALIASES) - {"__line__"}
        if unknown:
            raise UserError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        d = {_ALIASES[k]: v for k, v in item.items() if k in _ALIASES}
        out.append(_entry(where, path.name, d.get("term"), d.get("replacement"), d.get("type"),
                          d.get("case"), d.get("triggers"), d.get("note")))
    return out


def load_glossary(path: str | Path, target_lang: str = "en") -> Glossary:
    """Read a glossary; the format follows the extension (.csv .tsv .txt .yaml .yml .tbx .xml)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise UserError(f"{p}: no such glossary file") from None
    except OSError as e:
        raise UserError(f"{p}: cannot read glossary ({e.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        raise UserError(f"{p.name}:{line}: glossary is not valid UTF-8") from None
    ext = p.suffix.lower()
    if ext in (".yaml", ".yml"):
        entries = _read_yaml(p, text)
    elif ext in (".tbx", ".xml"):
        from .tbx import read_tbx
        entries = [_entry(w, p.name, *fields) for w, fields in read_tbx(p.name, text, target_lang)]
    elif ext in (".csv", ".tsv", ".txt"):
        entries = _read_delimited(p, text)
    else:
        raise UserError(f"{p}: unknown glossary format {ext!r} (use .csv, .tsv, .yaml or .tbx)")
    return Glossary(str(p), entries)


def merged_base(glossaries: Iterable[Glossary], base: KnowledgeBase | None = None) -> KnowledgeBase:
    """The built-in base plus the glossaries' entries (glossary entries win on the same words)."""
    base = base or knowledge_base()
    extra = [e for g in glossaries for e in g.entries]
    return KnowledgeBase(base.entries + extra)


def glossary_units(*glossaries: Glossary) -> list:
    """Units bound to the merged base: the glossary rule, and the knowledge rules rebuilt on it.

    The knowledge rules keep their ids ("wrong-title", ...) and should *replace* the
    registry's units of the same id, so that a glossary's do-not-translate terms
    shield them too.
    """
    from ..units.false_friends import FalseFriend
    from ..units.glossary_terms import GlossaryTerm
    from ..units.names import TranslatedName
    from ..units.pronouns import PronounGender
    from ..units.titles import WrongTitle

    kb = merged_base(glossaries)
    return [GlossaryTerm(kb), WrongTitle(kb), TranslatedName(kb), FalseFriend(kb), PronounGender(kb)]
