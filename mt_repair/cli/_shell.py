"""What every command shares: the Typer app, the options, the progress bar, loading
inputs, and turning user errors into one line and exit code 2."""

from __future__ import annotations

import os
import sys
import traceback
from enum import Enum
from typing import List, Optional

import typer

from .. import __version__

EXAMPLES = """
Examples:

\b
  mt-repair fix article.txt                 repaired text to stdout (rules + model)
  mt-repair fix article.txt --diff          show what would change
  mt-repair fix article.txt --explain       list every edit: rule, confidence, reason
  mt-repair fix *.txt --in-place            rewrite files atomically
  mt-repair fix article.txt --all           also lower-confidence edits and boilerplate
  mt-repair detect docs/*.txt               file:line:col: rule: message; exit 1 if found
  mt-repair check docs/ --format sarif      CI gate (exit 1 on findings); see `mt-repair init`
  mt-repair rules                           what each rule looks for
"""

app = typer.Typer(
    name="mt-repair",
    help="Find and repair the damage machine translation leaves in published text: "
         "merged words and lost commas, doubled initials, glued quotes, stray capitals, "
         "spacing, repeated words, mistranslated titles and terms, and what scraping "
         "leaves: mojibake, HTML entities, invisible characters, boilerplate.\n\n" + EXAMPLES,
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

EXIT_OK, EXIT_FOUND, EXIT_ERROR = 0, 1, 2
#: the reader of standard output closed it (128 + SIGPIPE, as a shell reports a process the signal ended)
EXIT_BROKEN_PIPE = 141


class OutputFormat(str, Enum):
    text = "text"
    json = "json"


class Errors(str, Enum):
    strict = "strict"
    replace = "replace"
    skip_file = "skip-file"


def _version(value: bool):
    if value:
        typer.echo(f"mt-repair {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
):
    """mt-repair: repair machine-translation damage in text."""


class _Progress:
    """A progress bar on stderr (only on a terminal, or with --progress) with rate and ETA."""

    def __init__(self, paths: List[str], force: bool):
        self.bar = None
        if not (force or sys.stderr.isatty()):
            return
        total = 0
        for p in paths:
            try:
                total += os.path.getsize(p) if p != "-" else 0
            except OSError:
                pass
        if total < (1 << 20) and not force:
            return  # small jobs finish before a bar would help
        from rich.progress import (BarColumn, Progress, TextColumn, TimeRemainingColumn,
                                   TransferSpeedColumn, DownloadColumn)
        from rich.console import Console
        self.bar = Progress(TextColumn("{task.description}"), BarColumn(), DownloadColumn(),
                            TransferSpeedColumn(), TimeRemainingColumn(),
                            console=Console(stderr=True), transient=True)
        self.task = self.bar.add_task("mt-repair", total=total or None)
        self.base = 0
        self.bar.start()

    def file(self, path: str, text: str):
        """A callback for one file's chunks; call done() after the file."""
        if not self.bar:
            return None
        self.bar.update(self.task, description=os.path.basename(path))
        ratio = (len(text.encode("utf-8", "surrogateescape")) / len(text)) if text else 1.0
        return lambda chars: self.bar.update(self.task, completed=self.base + int(chars * ratio))

    def done(self, path: str, by_rule: Optional[dict] = None):
        self.files = getattr(self, "files", 0) + 1
        self.by_rule = getattr(self, "by_rule", {})
        for k, v in (by_rule or {}).items():
            self.by_rule[k] = self.by_rule.get(k, 0) + v
        if self.bar and path != "-":
            try:
                self.base += os.path.getsize(path)
            except OSError:
                pass
            self.bar.update(self.task, completed=self.base)

    def close(self):
        if self.bar:
            self.bar.stop()
            if getattr(self, "by_rule", None) is not None:   # fix: a summary after the bar
                rules = ", ".join(f"{k} {v}" for k, v in sorted(self.by_rule.items()))
                _err(f"{self.files} file(s), {sum(self.by_rule.values())} edit(s)"
                     + (f" ({rules})" if rules else ""))


def _err(msg: str) -> None:
    typer.echo(f"mt-repair: {msg}", err=True)


def _repairer(mode: str, select, ignore, model, glossaries: Optional[List[str]] = None):
    from .. import Repairer
    from ..errors import UserError
    extra = ()
    if glossaries:
        from ..knowledge.glossary import glossary_units, load_glossary
        extra = glossary_units(*[load_glossary(p) for p in glossaries])
    try:
        return Repairer(mode, _rules(select), _rules(ignore), model, extra_units=extra)
    except ValueError as e:
        raise UserError(str(e)) from None


def _rules(values: Optional[List[str]]) -> list[str]:
    out: list[str] = []
    for v in values or []:
        out.extend(x.strip() for x in v.split(",") if x.strip())
    return out


def _run(fn, debug: bool):
    """Run ``fn``; user errors become one line on stderr and exit code 2."""
    from ..errors import UserError
    try:
        return fn()
    except UserError as e:
        _err(f"error: {e}")
        raise typer.Exit(EXIT_ERROR)
    except KeyboardInterrupt:
        done = _WRITTEN
        listed = ", ".join(done[:10]) + (f" and {len(done) - 10} more" if len(done) > 10 else "")
        _err(f"interrupted; {len(done)} file(s) written and complete" + (f" ({listed})" if done else "")
             + "; the rest were not touched")
        raise typer.Exit(130)
    except typer.Exit:
        raise
    except BrokenPipeError:
        # the reader of standard output stopped reading ("mt-repair detect docs/ | head"):
        # stop quietly, as a process the pipe's signal ends would (128 + SIGPIPE), and
        # send what is still buffered nowhere rather than fail again at exit
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass   # standard output is no file descriptor (a test runner's capture)
        raise typer.Exit(EXIT_BROKEN_PIPE)
    except Exception as e:  # a bug, not the user's fault: say so, briefly
        if debug:
            traceback.print_exc()
        else:
            _err(f"internal error: {type(e).__name__}: {e} (rerun with --debug for a traceback)")
        raise typer.Exit(EXIT_ERROR)


SELECT = typer.Option(None, "--select", help="Only these rules (comma-separated or repeated).")
IGNORE = typer.Option(None, "--ignore", help="Skip these rules.")
ENCODING = typer.Option(None, "--encoding", help="Input encoding (default: BOM, else UTF-8).")
ERRORS = typer.Option(Errors.strict, "--errors",
                      help="On undecodable bytes: stop (strict), substitute U+FFFD (replace), or skip the file.")
DEBUG = typer.Option(False, "--debug", help="Show a traceback on internal errors.")
GLOSSARY = typer.Option(None, "--glossary", "-g",
                        help="Your glossary (CSV/TSV, YAML or TBX): required terms, replacements, "
                             "forbidden and do-not-translate terms; repeat for several.")
PROGRESS = typer.Option(False, "--progress", help="Show a progress bar even when stderr is not a terminal.")
INPUT_FORMAT = typer.Option("auto", "--input-format",
                            help="auto (by extension), text, markdown, html, jsonl, json, csv, tsv, srt, vtt, po, xliff.")
FIELD = typer.Option(None, "--field", help="JSON/JSONL: dotted path of the prose (default: text), e.g. meta.title, paras.*")
COLUMN = typer.Option(None, "--column", help="CSV/TSV: column name or 0-based index (default: text).")


def _process(path: str, text: str, rep, io, bar, repair: bool):
    """Repair or detect one decoded input in its format; print the format's notes."""
    from ..formats import Options, process_path
    input_format, field, column = io
    r = process_path(path, text, rep, input_format=input_format, options=Options(field, column),
                     repair=repair, progress=bar.file(path, text))
    for note in r.notes:
        _err(f"note: {'<stdin>' if path == '-' else path}: {note}")
    return r


def _records(path: str, text: str, found, fmt: OutputFormat) -> list[dict]:
    """Records for one file's findings; printed at once in text format."""
    from ..reports.render import finding_records, text_lines
    name = "<stdin>" if path == "-" else path
    recs = finding_records(name, text, found)
    if fmt == OutputFormat.text:
        for line in text_lines(recs):
            typer.echo(line)
    return recs


def _expand(paths: List[str]) -> tuple[list[str], Optional[frozenset[str]]]:
    """Files named, and the files under the folders named that ``mt-repair check`` would read
    (the include and exclude of the config found from the current folder, and .gitignore),
    sorted; and the files found under folders (None when no folder was named)."""
    if not any(p != "-" and os.path.isdir(p) for p in paths):
        return list(paths), None
    from ..check import collect_files
    from ..config import load
    cfg = load()
    out: list[str] = []
    found: set[str] = set()
    for p in paths:
        if p == "-" or not os.path.isdir(p):
            out.append(p)
            continue
        under = list(collect_files([p], cfg))
        if not under:
            _err(f"note: {p}: no files to read under it (the config's include and exclude)")
        out.extend(under)
        found.update(under)
    return out, frozenset(found)


def _input_problem(e, errors: Errors, optional: bool = False) -> bool:
    """Say in one line why an input is skipped; True if that fails the run (exit 2 at the
    end: a file that cannot be read never stops a batch).  A binary file found under a
    folder (``optional``) is only a note, as ``check`` makes it."""
    from ..errors import BinaryFileError
    if isinstance(e, BinaryFileError):
        _err(f"note: {e}")
        return not optional
    skip = errors == Errors.skip_file
    _err(f"{'note' if skip else 'error'}: {e}" + ("; skipped" if skip else ""))
    return True


def _load_enc(path, encoding, errors, optional: bool = False):
    """(text, encoding, False) of one input, or (None, None, failed) after saying why it
    was skipped (see :func:`_input_problem`)."""
    from ..errors import InputError
    from ..files import load_text
    try:
        text, enc = load_text(path, encoding, "replace" if errors == Errors.replace else "strict")
    except InputError as e:
        return None, None, _input_problem(e, errors, optional)
    return text, enc, False


#: files this run has written (atomically), for the Ctrl-C summary
_WRITTEN: list[str] = []
