"""Settings for ``mt-repair check``: ``.mt-repair.toml`` or ``[tool.mt-repair]`` in pyproject.toml.

The nearest file at or above the working folder wins (``.mt-repair.toml`` before
``pyproject.toml`` in the same folder); command-line flags override it.  Unknown
keys and rules are errors, so a typo never silently turns a check off.

>>> cfg = parse({"fail-on": "error", "rules": {"boilerplate": "off", "merged-words": "error"}})
>>> cfg.fail_on, cfg.ignore, cfg.severity
('error', ['boilerplate'], {'merged-words': 'error'})
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UserError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

__all__ = ["Config", "load", "parse", "find", "DEFAULT_TOML", "LEVELS"]

#: severities, most severe first; ``fail-on`` takes these or "never"
LEVELS = ("error", "warning", "info")

#: JSON files are left out by default (most are configuration); add "*.json" with a ``field``
DEFAULT_INCLUDE = ["*.txt", "*.md", "*.markdown", "*.html", "*.htm", "*.jsonl", "*.csv",
                   "*.tsv", "*.srt", "*.vtt", "*.po", "*.xlf", "*.xliff"]
DEFAULT_EXCLUDE = [".git/*", ".hg/*", "node_modules/*", ".venv/*", "venv/*", "build/*", "dist/*",
                   "*.egg-info/*", ".tox/*", "__pycache__/*"]


@dataclass
class Config:
    mode: str = "safe"                      # safe: report detections >= 0.9; all: >= 0.7
    ignore: list[str] = field(default_factory=list)
    select: list[str] = field(default_factory=list)
    severity: dict[str, str] = field(default_factory=dict)
    include: list[str] = field(default_factory=lambda: list(DEFAULT_INCLUDE))
    exclude: list[str] = field(default_factory=lambda: list(DEFAULT_EXCLUDE))
    respect_gitignore: bool = True          # skip files a .gitignore names when walking folders
    fail_on: str = "warning"
    max_per_1000_words: float | None = None
    min_confidence: float | None = None     # overrides the mode's threshold
    glossary: list[str] = field(default_factory=list)    # files for mt_repair.knowledge.glossary
    accept: list[str] = field(default_factory=list)      # words right as written: never flagged
    baseline: str | None = None
    input_format: str = "auto"
    field: str | None = None
    column: str | None = None
    path: str | None = None                 # the file it came from

    def glossary_units(self) -> list:
        """Units for the glossary files (paths relative to the config file), via
        :mod:`mt_repair.knowledge.glossary`: replace, forbid or keep terms."""
        if not self.glossary:
            return []
        from .knowledge.glossary import glossary_units, load_glossary
        base = Path(self.path).parent if self.path else Path(".")
        return glossary_units(*(load_glossary(base / g) for g in self.glossary))


_KEYS = {"mode", "rules", "include", "exclude", "fail-on", "max-per-1000-words", "min-confidence",
         "glossary", "accept", "baseline", "input-format", "field", "column", "extend-exclude",
         "respect-gitignore"}


def parse(table: dict, path: str | None = None) -> Config:
    """A :class:`Config` from a parsed TOML table (keys as in :data:`DEFAULT_TOML`)."""
    from .units import RULES
    where = f"{path}: " if path else ""
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise UserError(f"{where}unknown setting(s) {', '.join(unknown)}; known: {', '.join(sorted(_KEYS))}")
    cfg = Config(path=path)
    cfg.mode = _choice(table.get("mode", "safe"), ("safe", "all"), "mode", where)
    cfg.fail_on = _choice(table.get("fail-on", "warning"), LEVELS + ("never",), "fail-on", where)
    for key in ("include", "exclude", "glossary", "accept"):
        if key in table:
            setattr(cfg, key, _strings(table[key], key, where))
    cfg.exclude += _strings(table.get("extend-exclude", []), "extend-exclude", where)
    if "respect-gitignore" in table:
        if not isinstance(table["respect-gitignore"], bool):
            raise UserError(f"{where}respect-gitignore must be true or false, not {table['respect-gitignore']!r}")
        cfg.respect_gitignore = table["respect-gitignore"]
    for key, attr in (("max-per-1000-words", "max_per_1000_words"), ("min-confidence", "min_confidence")):
        if key in table:
            v = table[key]
            if not isinstance(v, (int, float)) or isinstance(v, bool) or v < 0:
                raise UserError(f"{where}{key} must be a number >= 0, not {v!r}")
            setattr(cfg, attr, float(v))
    for key, attr in (("baseline", "baseline"), ("input-format", "input_format"), ("field", "field"),
                      ("column", "column")):
        if key in table:
            setattr(cfg, attr, str(table[key]))
    rules = table.get("rules", {})
    if not isinstance(rules, dict):
        raise UserError(f"{where}[rules] must be a table of rule = \"off\" | \"on\" | severity")
    bad = sorted(set(rules) - set(RULES) - {"glossary"})
    if bad:
        raise UserError(f"{where}unknown rule(s) {', '.join(bad)}; known: {', '.join(RULES)}")
    for rule, v in rules.items():
        v = "off" if v is False else "on" if v is True else v
        v = _choice(v, ("off", "on") + LEVELS, f"rules.{rule}", where)
        if v == "off":
            cfg.ignore.append(rule)
        elif v != "on":
            cfg.severity[rule] = v
    return cfg


def _choice(v, allowed, key, where):
    if v not in allowed:
        raise UserError(f"{where}{key} must be one of {', '.join(allowed)}, not {v!r}")
    return v


def _strings(v, key, where) -> list[str]:
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise UserError(f"{where}{key} must be a list of strings")
    return list(v)


def find(start: str | Path = ".") -> Path | None:
    """The nearest ``.mt-repair.toml``, or pyproject.toml with ``[tool.mt-repair]``."""
    here = Path(start).resolve()
    for folder in (here, *here.parents):
        own = folder / ".mt-repair.toml"
        if own.is_file():
            return own
        py = folder / "pyproject.toml"
        if py.is_file() and "tool" in (d := _read(py)) and "mt-repair" in d["tool"]:
            return py
    return None


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise UserError(f"{path}: cannot read: {e.strerror or e}") from None
    except tomllib.TOMLDecodeError as e:
        raise UserError(f"{path}: not valid TOML: {e}") from None


def load(path: str | None = None, start: str | Path = ".") -> Config:
    """The config at ``path`` (or found from ``start``); defaults when there is none."""
    p = Path(path) if path else find(start)
    if p is None:
        return Config()
    if not p.is_file():
        raise UserError(f"{p}: no such config file")
    data = _read(p)
    if p.name == "pyproject.toml":
        data = data.get("tool", {}).get("mt-repair", {})
    return parse(data, str(p))


DEFAULT_TOML = '''\
# mt-repair check settings (see the README, "CI gate").
# Flags on the command line override these.

# Which detections to report: "safe" (confidence >= 0.9, the default) or "all" (>= 0.7).
mode = "safe"
# min-confidence = 0.9

# Exit 1 when a finding at or above this severity is new: "error", "warning", "info" or "never".
fail-on = "warning"

# Also fail when a file has more findings than this per 1000 words (0 or absent: no limit).
# max-per-1000-words = 5

# Files to check under the folders given (globs against paths relative to each folder).
include = ["*.md", "*.markdown", "*.html", "*.htm", "*.txt", "*.jsonl", "*.csv",
           "*.tsv", "*.srt", "*.vtt", "*.po", "*.xlf", "*.xliff"]   # add "*.json" with field = ...
# extend-exclude = ["vendor/*", "docs/legacy/*"]
# Files that a .gitignore names are skipped when walking folders (files named on the
# command line are always checked).
# respect-gitignore = true

# Words that are right as written (names, brands, product terms): never flagged.
# accept = ["YouTube", "Sheinbaum"]
# Glossaries (CSV/TSV/YAML/TBX) of terms to replace, forbid or keep; paths relative to this file.
# glossary = ["glossary.csv"]

# Only findings missing from this baseline gate the build (write it with --write-baseline).
# baseline = ".mt-repair-baseline.json"

# For JSON/JSONL and CSV/TSV files: where the prose is.
# field = "text"
# column = "text"

# Rules: "off", "on", or a severity ("error", "warning", "info").
[rules]
# merged-words = "error"
# boilerplate = "off"
'''
