"""Reporting commands: ``detect`` (findings as file:line:col), ``check`` (a CI gate with
SARIF, GitHub and reviewdog output) and ``init`` (its config file)."""

from __future__ import annotations

import os
from enum import Enum
from typing import List, Optional

import typer

from ._shell import (
    COLUMN, DEBUG, ENCODING, ERRORS, EXIT_ERROR, EXIT_FOUND, EXIT_OK, FIELD, GLOSSARY, IGNORE,
    INPUT_FORMAT, PROGRESS, SELECT, Errors, OutputFormat, _err, _expand, _load_enc, _process, _Progress, _records,
    _repairer, _rules, _run,
)


def detect(
    paths: List[str] = typer.Argument(..., help="Files or folders to check ('-' reads standard input); a folder "
                                      "is read as `check` reads it (config include/exclude, .gitignore)."),
    all_: bool = typer.Option(False, "--all", help="Also report lower-confidence findings."),
    select: Optional[List[str]] = SELECT,
    ignore: Optional[List[str]] = IGNORE,
    fmt: OutputFormat = typer.Option(OutputFormat.text, "--format", help="text or json."),
    glossary: Optional[List[str]] = GLOSSARY,
    input_format: str = INPUT_FORMAT,
    field: Optional[str] = FIELD,
    column: Optional[str] = COLUMN,
    encoding: Optional[str] = ENCODING,
    errors: Errors = ERRORS,
    progress: bool = PROGRESS,
    debug: bool = DEBUG,
):
    """Report damage as file:line:col: rule: message (suggestion).

    Exit code 0 when clean, 1 when something was found, 2 on a usage or input error.
    """
    from ..planner import ALL_THRESHOLD, SAFE_THRESHOLD
    from ..reports.render import json_report

    def work():
        rep = _repairer("all" if all_ else "safe", select, ignore, None, glossary)
        threshold = ALL_THRESHOLD if all_ else SAFE_THRESHOLD
        records, failed = [], False
        files, under_folders = _expand(paths)
        bar = _Progress(files, progress)
        try:
            for path in files:
                text, _, bad = _load_enc(path, encoding, errors, optional=path in (under_folders or ()))
                if text is None:
                    failed = failed or bad
                    continue
                doc = _process(path, text, rep, (input_format, field, column), bar, repair=False)
                found = [f for f in doc.findings if f.confidence >= threshold]
                bar.done(path)
                records.extend(_records(path, text, found, fmt))
        finally:
            bar.close()
        if fmt == OutputFormat.json:
            typer.echo(json_report(records))
        if failed:
            raise typer.Exit(EXIT_ERROR)
        raise typer.Exit(EXIT_FOUND if records else EXIT_OK)

    _run(work, debug)


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    rdjson = "rdjson"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def check(
    paths: List[str] = typer.Argument(None, help="Files and folders to check (default: the current folder)."),
    fmt: CheckFormat = typer.Option(CheckFormat.text, "--format", help="text, json, sarif, github or rdjson."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Exit 1 on findings at or above this severity (default: warning)."),
    max_density: Optional[float] = typer.Option(None, "--max-per-1000-words", help="Also exit 1 when a file has more findings per 1000 words."),
    config: Optional[str] = typer.Option(None, "--config", help="Config file (default: nearest .mt-repair.toml or pyproject.toml)."),
    baseline: Optional[str] = typer.Option(None, "--baseline", help="Gate only findings missing from this baseline file."),
    write_baseline: Optional[str] = typer.Option(None, "--write-baseline", help="Record every current finding here and exit 0."),
    all_: bool = typer.Option(False, "--all", help="Report lower-confidence findings too."),
    select: Optional[List[str]] = SELECT,
    ignore: Optional[List[str]] = IGNORE,
    input_format: Optional[str] = typer.Option(None, "--input-format", help="Override format detection by extension."),
    field: Optional[str] = FIELD,
    column: Optional[str] = COLUMN,
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Write the report to this file."),
    encoding: Optional[str] = ENCODING,
    progress: bool = PROGRESS,
    debug: bool = DEBUG,
):
    """CI gate: report findings like a linter; exit 0 clean, 1 findings, 2 usage or input error.

    Example: mt-repair check docs/ --format sarif -o mt-repair.sarif
    """
    from .. import check as gate
    from ..config import load

    def work():
        cfg = load(config)
        for attr, value in (("fail_on", fail_on and fail_on.value), ("max_per_1000_words", max_density),
                            ("input_format", input_format), ("field", field), ("column", column)):
            if value is not None:
                setattr(cfg, attr, value)
        if all_:
            cfg.mode = "all"
        cfg.select += _rules(select)
        cfg.ignore += _rules(ignore)
        base = None if write_baseline else (baseline or cfg.baseline)
        bar = _Progress([p for p in (paths or ["."]) if os.path.isfile(p)], progress)
        last: list = []

        def tick(path, text):     # the bar advances file by file
            if last and bar.bar:
                bar.base += len(last.pop().encode("utf-8", "surrogateescape"))
            last.append(text)
            return bar.file(path, text)
        try:
            rep = gate.run_check(paths or ["."], cfg, baseline=base, encoding=encoding, progress=tick)
        finally:
            bar.close()
        for note in rep.notes:
            _err(f"note: {note}")
        for e in rep.errors:
            _err(f"error: {e}")
        if write_baseline:
            gate.write_baseline(write_baseline, rep.records)
            _err(f"wrote {len(rep.records)} finding(s) to baseline {write_baseline}")
            raise typer.Exit(EXIT_ERROR if rep.errors else EXIT_OK)
        report = _check_report(rep, fmt)
        if output:
            from ..formats.text import write_atomic
            write_atomic(output, report.encode("utf-8"))
        elif report:
            typer.echo(report.rstrip("\n"))
        for path, density in rep.dense:
            _err(f"{path}: {density} findings per 1000 words (limit {cfg.max_per_1000_words:g})")
        _err(rep.summary_line())
        raise typer.Exit(rep.exit_code)

    _run(work, debug)


def _check_report(rep, fmt: "CheckFormat") -> str:
    import json as _json
    from ..reports.render import text_lines
    if fmt == CheckFormat.json:
        return _json.dumps({"findings": rep.records, "summary": rep.summary()}, ensure_ascii=False, indent=2) + "\n"
    if fmt == CheckFormat.sarif:
        from ..reports.sarif import sarif_report
        return sarif_report(rep.records) + "\n"
    if fmt == CheckFormat.rdjson:
        from ..reports.rdjson import rdjson_report
        return rdjson_report(rep.records, rep.texts) + "\n"
    if fmt == CheckFormat.github:
        from ..reports.github import github_lines
        lines = github_lines(rep.records)
    else:
        lines = [ln.replace(f": {r['rule']}: ", f": {r['severity']} {r['rule']}: ", 1)
                 for ln, r in zip(text_lines(rep.records), rep.records)]
    return "".join(ln + "\n" for ln in lines)


def init(
    path: str = typer.Argument(".mt-repair.toml", help="Where to write the config."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
    debug: bool = DEBUG,
):
    """Write a commented default config for `mt-repair check`."""
    from ..config import DEFAULT_TOML
    from ..errors import UserError
    from ..formats.text import write_atomic

    def work():
        if os.path.exists(path) and not force:
            raise UserError(f"{path} exists; use --force to overwrite")
        write_atomic(path, DEFAULT_TOML.encode("utf-8"))
        typer.echo(f"wrote {path}")

    _run(work, debug)
