"""The CI gate behind ``mt-repair check``: collect files, detect, suppress, baseline, decide.

Library only: :func:`run_check` returns a :class:`CheckReport`; the CLI prints it in
the chosen report format and exits with :attr:`CheckReport.exit_code` (0 clean, 1
findings at or above ``fail_on`` or over the density limit, 2 input errors).

Inline suppressions (Markdown, HTML, XLIFF ``<!-- mt-repair: ignore [rules] -->``, PO
``# mt-repair: ignore [rules]``) silence the given rules (all when none are named)
from the comment to the end of the paragraph or PO entry it starts or sits in;
``mt-repair: ignore-file`` silences the whole file.

>>> import os, tempfile
>>> folder = tempfile.mkdtemp()
>>> with open(os.path.join(folder, "a.md"), "w") as fh:
...     _ = fh.write("We met for trainswhich run daily.\\n\\n<!-- mt-repair: ignore -->\\nOld trainswhich run.\\n")
>>> rep = run_check([folder], Config())
>>> [(r["line"], r["rule"]) for r in rep.records], rep.exit_code
([(1, 'merged-words')], 1)
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .config import LEVELS, Config
from .errors import BinaryFileError, InputError, UserError

__all__ = ["CheckReport", "run_check", "collect_files", "suppressed_ranges", "fingerprint",
           "write_baseline", "read_baseline"]

_WORD = re.compile(r"[^\W\d_]+")
_IGNORE_FILE = re.compile(r"mt-repair:\s*ignore-file\b")


@dataclass
class CheckReport:
    records: list[dict] = field(default_factory=list)      # new findings (gate these)
    baselined: int = 0                                       # findings matched by the baseline
    suppressed: int = 0
    files: int = 0
    words: int = 0
    errors: list[str] = field(default_factory=list)         # files that could not be checked
    notes: list[str] = field(default_factory=list)
    dense: list[tuple[str, float]] = field(default_factory=list)   # files over the density limit
    fail_on: str = "warning"
    texts: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def failing(self) -> list[dict]:
        if self.fail_on == "never":
            return []
        worst = LEVELS.index(self.fail_on)
        return [r for r in self.records if LEVELS.index(r["severity"]) <= worst]

    @property
    def exit_code(self) -> int:
        if self.errors:
            return 2
        return 1 if self.failing or self.dense else 0

    def summary(self) -> dict:
        by_rule = Counter(r["rule"] for r in self.records)
        by_sev = Counter(r["severity"] for r in self.records)
        return {"files": self.files, "words": self.words, "findings": len(self.records),
                "by_rule": dict(sorted(by_rule.items())), "by_severity": dict(by_sev),
                "baselined": self.baselined, "suppressed": self.suppressed,
                "per_1000_words": round(1000 * len(self.records) / self.words, 3) if self.words else 0.0,
                "over_density_limit": [p for p, _ in self.dense], "errors": len(self.errors),
                "exit_code": self.exit_code}

    def summary_line(self) -> str:
        s = self.summary()
        rules = ", ".join(f"{k} {v}" for k, v in s["by_rule"].items())
        extra = [f"{s['baselined']} in baseline"] if s["baselined"] else []
        extra += [f"{s['suppressed']} suppressed"] if s["suppressed"] else []
        extra += [f"{len(self.dense)} file(s) over the density limit"] if self.dense else []
        extra += [f"{len(self.errors)} file(s) unreadable"] if self.errors else []
        return (f"{s['findings']} finding(s){' (' + rules + ')' if rules else ''} in {s['files']} file(s), "
                f"{s['words']} words, {s['per_1000_words']} per 1000 words"
                + ("; " + "; ".join(extra) if extra else ""))


def _match(rel: str, patterns: Iterable[str]) -> bool:
    parts = rel.split("/")
    for pat in patterns:
        if "/" not in pat.rstrip("/*") or pat.startswith("*"):
            if fnmatch.fnmatch(parts[-1], pat) or any(fnmatch.fnmatch("/".join(parts[i:]), pat)
                                                      for i in range(len(parts))):
                return True
        elif fnmatch.fnmatch(rel, pat):
            return True
    return False


def collect_files(paths: Iterable[str], cfg: Config) -> Iterator[str]:
    """Files named, plus files under folders that match ``include`` and not ``exclude``
    nor a ``.gitignore`` (when ``cfg.respect_gitignore``), sorted so reports are stable.
    Named files are always checked."""
    for p in paths:
        if p == "-" or not os.path.isdir(p):
            yield p
            continue
        ignores = _GitIgnores(p) if cfg.respect_gitignore else None
        found = []
        for folder, dirs, files in os.walk(p):
            rel_dir = os.path.relpath(folder, p).replace(os.sep, "/")
            rel_dir = "" if rel_dir == "." else rel_dir + "/"
            if ignores is not None:
                ignores.enter(folder, files)
            dirs[:] = sorted(d for d in dirs if not _match(rel_dir + d + "/", cfg.exclude)
                             and not (ignores and ignores.ignored(os.path.join(folder, d), True)))
            for f in files:
                rel = rel_dir + f
                if (_match(rel, cfg.include) and not _match(rel, cfg.exclude)
                        and not (ignores and ignores.ignored(os.path.join(folder, f), False))):
                    found.append(os.path.normpath(os.path.join(folder, f)))
        yield from sorted(found)


class _GitIgnores:
    """The ``.gitignore`` files that apply under a folder: those of the folders above it
    up to the repository root (the first one with ``.git``), and those met while walking.
    Patterns follow git's rules (via ``pathspec``), each relative to its own folder."""

    def __init__(self, top: str):
        import pathspec
        self._spec = pathspec.GitIgnoreSpec
        self.specs: list[tuple[str, object]] = []
        parents, d = [], os.path.abspath(top)
        while not os.path.exists(os.path.join(d, ".git")):    # up to the repository root
            if os.path.dirname(d) == d:
                parents = []                 # not inside a repository: only its own files
                break
            d = os.path.dirname(d)
            parents.append(d)
        for d in reversed(parents):          # the walk itself loads the folder's own file
            self._load(d)

    def _load(self, folder: str) -> None:
        path = os.path.join(folder, ".gitignore")
        try:
            with open(path, encoding="utf-8", errors="replace") as fh:
                spec = self._spec.from_lines(fh.read().splitlines())
        except OSError:
            return
        self.specs.append((os.path.abspath(folder), spec))

    def enter(self, folder: str, files: list[str]) -> None:
        if ".gitignore" in files:
            self._load(folder)

    def ignored(self, path: str, is_dir: bool) -> bool:
        path = os.path.abspath(path)
        verdict = False
        for base, spec in self.specs:        # later (deeper) files override earlier ones
            if path.startswith(base + os.sep):
                rel = os.path.relpath(path, base).replace(os.sep, "/") + ("/" if is_dir else "")
                res = spec.check_file(rel)
                if res.include is not None:
                    verdict = res.include
        return verdict


def suppressed_ranges(text: str, fmt) -> list[tuple[int, int, frozenset[str]]]:
    """(start, end, rules) regions silenced by comments; empty rules: every rule.

    >>> from mt_repair.formats import MarkdownFormat
    >>> t = "a\\n<!-- mt-repair: ignore merged-words -->\\nb\\nc\\n\\nd\\n"
    >>> [(t[s:e], sorted(r)) for s, e, r in suppressed_ranges(t, MarkdownFormat())]
    [('\\nb\\nc', ['merged-words'])]
    """
    if _IGNORE_FILE.search(text):
        return [(0, len(text), frozenset())]
    rx = getattr(fmt, "suppress_re", None)
    if rx is None:
        return []
    out = []
    for m in rx.finditer(text):
        rules = frozenset(re.findall(r"[a-z][\w-]*", m[1] or ""))
        start = m.end()
        body = re.compile(r"\S").search(text, start)
        if body is None:
            continue
        gap = re.compile(r"\n[ \t]*\r?\n").search(text, body.start())
        out.append((start, gap.start() if gap else len(text), rules))
    return out


def fingerprint(path: str, text: str, rec: dict) -> str:
    """A line-independent identity for a finding: path, rule, the text and up to 24
    characters of context on each side within its line."""
    ls = text.rfind("\n", 0, rec["start"]) + 1
    le = text.find("\n", rec["end"])
    le = len(text) if le < 0 else le
    ctx = re.sub(r"\s+", " ", text[max(ls, rec["start"] - 24):min(le, rec["end"] + 24)])
    key = "\0".join((path.replace(os.sep, "/"), rec["rule"], rec["original"], ctx))
    return hashlib.sha1(key.encode("utf-8", "surrogatepass")).hexdigest()[:20]


def read_baseline(path: str) -> Counter:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return Counter(f["fingerprint"] for f in data["findings"])
    except FileNotFoundError:
        raise UserError(f"baseline {path}: no such file (create it with --write-baseline)") from None
    except (OSError, ValueError, KeyError, TypeError) as e:
        raise UserError(f"baseline {path}: not a mt-repair baseline ({e})") from None


def write_baseline(path: str, records: list[dict]) -> None:
    from .formats.text import write_atomic
    items = [{"path": r["path"], "line": r["line"], "rule": r["rule"], "original": r["original"],
              "fingerprint": r["fingerprint"]} for r in records]
    data = {"tool": "mt-repair", "version": 1, "findings": items}
    write_atomic(path, (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


def run_check(paths: Iterable[str], cfg: Config, *, baseline: str | None = None,
              encoding: str | None = None, progress: Callable[[str, str], object] | None = None) -> CheckReport:
    """Check ``paths`` (files and folders) with ``cfg``; ``baseline`` is a baseline file."""
    from .engine import Repairer
    from .files import load_text
    from .formats import Options, format_for, process
    from .planner import ALL_THRESHOLD, SAFE_THRESHOLD
    from .reports.render import finding_records

    try:
        rep = Repairer("all", cfg.select, cfg.ignore, extra_units=cfg.glossary_units()) if cfg.glossary \
            else Repairer("all", cfg.select, cfg.ignore)
    except ValueError as e:
        raise UserError(str(e)) from None
    threshold = cfg.min_confidence if cfg.min_confidence is not None else (
        ALL_THRESHOLD if cfg.mode == "all" else SAFE_THRESHOLD)
    known = read_baseline(baseline) if baseline else Counter()
    accepted = frozenset(cfg.accept)
    out = CheckReport(fail_on=cfg.fail_on)
    for path in collect_files(paths, cfg):
        name = "<stdin>" if path == "-" else path
        try:
            text, _ = load_text(path, encoding)
        except BinaryFileError as e:
            out.notes.append(str(e))
            continue
        except InputError as e:
            out.errors.append(str(e))
            continue
        fmt = format_for("" if path == "-" else path, cfg.input_format)
        tick = progress(path, text) if progress else None
        doc = process(text, fmt, rep, repair=False, options=Options(cfg.field, cfg.column), progress=tick,
                      count_words=True)
        out.notes.extend(f"{name}: {n}" for n in doc.notes)
        out.files += 1
        words = doc.words
        out.words += words
        found = [f for f in doc.findings if f.confidence >= threshold and not _accepted(_flagged(f), accepted)]
        quiet = suppressed_ranges(text, fmt)
        kept = []
        for f in found:
            if any(s <= f.start <= e and (not rules or f.rule in rules) for s, e, rules in quiet):
                out.suppressed += 1
            else:
                kept.append(f)
        recs = finding_records(name, text, kept)
        file_new = 0
        for r in recs:
            r["severity"] = cfg.severity.get(r["rule"], r["severity"])
            r["fingerprint"] = fingerprint(name, text, r)
            if known[r["fingerprint"]] > 0:
                known[r["fingerprint"]] -= 1
                out.baselined += 1
                continue
            out.records.append(r)
            file_new += 1
        out.texts[name] = text
        if cfg.max_per_1000_words and words and 1000 * file_new / words > cfg.max_per_1000_words:
            out.dense.append((name, round(1000 * file_new / words, 2)))
    return out


def _flagged(f) -> str:
    """The words a finding is about: a run-on stray capital's span takes in the word before
    the capital ("iPhone On"), which the accept list must not excuse it for."""
    return f.original.rsplit(" ", 1)[-1] if f.meta.get("run_on") else f.original


def _accepted(original: str, terms: frozenset[str]) -> bool:
    return bool(terms) and (original in terms or any(w in terms for w in _WORD.findall(original)))
