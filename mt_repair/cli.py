"""The ``mt-repair`` command: a thin Typer shell over the library.

Parse options, call :mod:`mt_repair`, print.  The library never prints or exits;
this module never repairs.
"""

from __future__ import annotations

import os
import sys
import traceback
from enum import Enum
from typing import List, Optional

import typer

from . import __version__

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
    from . import Repairer
    from .errors import UserError
    extra = ()
    if glossaries:
        from .knowledge.glossary import glossary_units, load_glossary
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
    from .errors import UserError
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
    from .formats import Options, process_path
    input_format, field, column = io
    r = process_path(path, text, rep, input_format=input_format, options=Options(field, column),
                     repair=repair, progress=bar.file(path, text))
    for note in r.notes:
        _err(f"note: {'<stdin>' if path == '-' else path}: {note}")
    return r


@app.command()
def detect(
    paths: List[str] = typer.Argument(..., help="Files to check; '-' reads standard input."),
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
    from .planner import ALL_THRESHOLD, SAFE_THRESHOLD
    from .reports.render import json_report

    def work():
        rep = _repairer("all" if all_ else "safe", select, ignore, None, glossary)
        threshold = ALL_THRESHOLD if all_ else SAFE_THRESHOLD
        records, failed = [], False
        bar = _Progress(paths, progress)
        try:
            for path in paths:
                text = _load(path, encoding, errors)
                if text is None:
                    failed = True
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


def _records(path: str, text: str, found, fmt: OutputFormat) -> list[dict]:
    """Records for one file's findings; printed at once in text format."""
    from .reports.render import finding_records, text_lines
    name = "<stdin>" if path == "-" else path
    recs = finding_records(name, text, found)
    if fmt == OutputFormat.text:
        for line in text_lines(recs):
            typer.echo(line)
    return recs


def _load(path: str, encoding, errors: Errors) -> Optional[str]:
    """Read one input; on a per-file problem print it and return None (the batch goes on)."""
    return _load_enc(path, encoding, errors)[0]


@app.command()
def fix(
    paths: List[str] = typer.Argument(..., help="Files to repair; '-' reads standard input."),
    output: Optional[str] = typer.Option(None, "-o", "--output", help="Write the repaired text here (one input only)."),
    in_place: bool = typer.Option(False, "--in-place", "-i", help="Rewrite the files (atomically: temp file, then rename)."),
    diff: bool = typer.Option(False, "--diff", help="Print a unified diff instead of the text."),
    explain: bool = typer.Option(False, "--explain", help="List every edit (rule, confidence, reason) on stderr."),
    all_: bool = typer.Option(False, "--all", help="Apply lower-confidence edits too, and remove boilerplate."),
    safe: bool = typer.Option(True, "--safe", help="High-confidence edits only (the default)."),
    select: Optional[List[str]] = SELECT,
    ignore: Optional[List[str]] = IGNORE,
    model: str = typer.Option("default", "--model", help="Seq2seq model for unsure spans: 'default' (shipped), a directory, or a hub id."),
    no_model: bool = typer.Option(False, "--no-model", help="Rules only; do not load the model."),
    glossary: Optional[List[str]] = GLOSSARY,
    timeout_per_file: Optional[float] = typer.Option(None, "--timeout-per-file", min=0.01,
                                                     help="Give up on a file after this many seconds (left unchanged; exit 2 at the end)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for JSONL and large text files (output order kept)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Repair shards on this Dask scheduler (host:port); needs --out-dir."),
    out_dir: Optional[str] = typer.Option(None, "--out-dir", help="With --dask: folder for the repaired shards."),
    input_format: str = INPUT_FORMAT,
    field: Optional[str] = FIELD,
    column: Optional[str] = COLUMN,
    encoding: Optional[str] = ENCODING,
    errors: Errors = ERRORS,
    progress: bool = PROGRESS,
    debug: bool = DEBUG,
):
    """Repair files: the text goes to stdout, to -o FILE, or back in place."""
    from .errors import UserError

    def work():
        if dask or out_dir:
            return _fix_dask(paths, dask, out_dir, "all" if all_ else "safe", _rules(select), _rules(ignore),
                             None if no_model else model, input_format, field, column)
        if output and len(paths) != 1:
            raise UserError("-o/--output takes exactly one input; use --in-place for several files")
        if output and in_place:
            raise UserError("use either -o/--output or --in-place, not both")
        if in_place and "-" in paths:
            raise UserError("cannot rewrite standard input in place")
        if len(paths) > 1 and not (in_place or diff):
            raise UserError("several inputs: add --in-place to rewrite them, or --diff to review")
        rep = _repairer("all" if all_ else "safe", select, ignore, None if no_model else model, glossary)
        # streaming workers rebuild the repairer from these; glossaries stay in this process
        stream = None if glossary else (
            "all" if all_ else "safe", _rules(select), _rules(ignore), None if no_model else model, jobs)
        color = diff and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        bar = _Progress(paths, progress)
        try:
            failed = _fix_each(paths, rep, bar, encoding, errors, output, in_place, diff, explain, color,
                               (input_format, field, column), None if timeout_per_file else stream,
                               timeout_per_file)
        finally:
            bar.close()
        raise typer.Exit(EXIT_ERROR if failed else EXIT_OK)

    _run(work, debug)


#: files this run has written (atomically), for the Ctrl-C summary
_WRITTEN: list[str] = []


def _summarise_failures(paths, failures: list[str]) -> None:
    if failures and len(paths) > 1:
        _err(f"{len(failures)} of {len(paths)} inputs failed: {', '.join(failures[:10])}"
             + (f" and {len(failures) - 10} more" if len(failures) > 10 else "")
             + "; the others were processed")


class _FileTimeout(Exception):
    pass


class _time_limit:
    """Raise _FileTimeout in this (main) thread after ``seconds``; no limit when None."""

    def __init__(self, seconds: Optional[float]):
        self.seconds = seconds

    def __enter__(self):
        if self.seconds:
            import signal

            def expire(signum, frame):
                raise _FileTimeout()
            self.old = signal.signal(signal.SIGALRM, expire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc):
        if self.seconds:
            import signal
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.old)
        return False


def _fix_each(paths, rep, bar, encoding, errors, output, in_place, diff, explain, color,
              io=("auto", None, None), stream=None, timeout: Optional[float] = None) -> bool:
    """Repair and write each input; True if any input failed."""
    from .files import FileResult, write_output
    from .formats.text import encode
    from .reports.render import explain_lines, unified_diff
    failures: list[str] = []
    for path in paths:
        if stream and not diff and _streams(path, io[0], stream[-1]):
            if _fix_stream(path, stream, bar, io, encoding, errors, output, in_place, explain):
                failures.append(path)
            elif in_place or output:
                _WRITTEN.append(output or path)
            continue
        text, enc = _load_enc(path, encoding, errors)
        if text is None:
            failures.append(path)
            continue
        try:
            with _time_limit(timeout):
                result = _process(path, text, rep, io, bar, repair=True)
        except _FileTimeout:
            _err(f"error: {path}: over the --timeout-per-file limit of {timeout:g} s; left unchanged")
            failures.append(path)
            if not (in_place or output or diff):
                sys.stdout.buffer.write(encode(text, enc))  # stdout keeps every input line
            continue
        fr = FileResult(path, text, result, enc)
        bar.done(path, _by_rule(fr.result.edits))
        name = "<stdin>" if path == "-" else path
        if explain:
            for line in explain_lines(name, text, fr.result.edits):
                typer.echo(line, err=True)
        if diff:
            sys.stdout.write(unified_diff(name, text, fr.after, color))
        elif in_place:
            if fr.result.edits:
                write_output(path, fr.output)
                _WRITTEN.append(path)
        elif output:
            write_output(output, fr.output)
            _WRITTEN.append(output)
        else:
            sys.stdout.buffer.write(encode(fr.after, enc))
            sys.stdout.flush()
    _summarise_failures(paths, failures)
    return bool(failures)


def _fix_dask(paths, address, out_dir, mode, select, ignore, model, input_format, field, column):
    """fix --dask: one task per shard on the cluster, results written shard by shard."""
    from .errors import UserError
    if not (address and out_dir):
        raise UserError("--dask and --out-dir go together: mt-repair fix --dask HOST:PORT --out-dir DIR SHARDS...")
    from .dask import repair_shards
    totals: dict = {}

    def done(res):
        for note in res["notes"]:
            _err(f"note: {res['path']}: {note}")
        for k, v in res["by_rule"].items():
            totals[k] = totals.get(k, 0) + v
        _err(f"{res['path']} -> {res['output']}: {res['edits']} edit(s)")

    results = repair_shards(paths, out_dir, scheduler=address, mode=mode, select=select, ignore=ignore,
                            model=model, input_format=None if input_format == "auto" else input_format,
                            field=field, column=column, on_done=done)
    by_rule = ", ".join(f"{k} {v}" for k, v in sorted(totals.items()))
    _err(f"{len(results)} shard(s), {sum(r['edits'] for r in results)} edit(s)" + (f" ({by_rule})" if by_rule else ""))
    raise typer.Exit(EXIT_OK)


def _by_rule(edits) -> dict:
    out: dict = {}
    for e in edits:
        out[e.rule] = out.get(e.rule, 0) + 1
    return out


#: plain-text files at least this large are streamed (constant memory)
STREAM_BYTES = 32 << 20


def _streams(path: str, input_format: str, jobs: int) -> bool:
    """JSONL always streams; plain text when large or with --jobs > 1."""
    from .formats import format_for
    name = format_for("" if path == "-" else path, input_format).name
    if name == "jsonl":
        return True
    if name != "text" or path == "-":
        return False
    try:
        return jobs > 1 or os.path.getsize(path) >= STREAM_BYTES
    except OSError:
        return False


def _fix_stream(path, stream, bar, io, encoding, errors, output, in_place, explain) -> bool:
    """Repair one JSONL or text input row by row / piece by piece; True if it failed."""
    from contextlib import nullcontext
    from .errors import BinaryFileError, InputError
    from .formats import Options, format_for
    from .formats.stream import Discard, atomic_output, stream_repair
    name = "<stdin>" if path == "-" else path
    kind = format_for("" if path == "-" else path, io[0]).name
    mode, select, ignore, model, jobs = stream
    target = path if in_place else output
    try:
        src = sys.stdin.buffer if path == "-" else open(path, "rb")
    except OSError:
        _load_enc(path, encoding, errors)   # prints the usual message
        return True
    try:
        with src, (atomic_output(target) if target else nullcontext(sys.stdout.buffer)) as dst:
            stats = stream_repair(src, dst, kind, (mode, select, ignore, model), Options(io[1], io[2]),
                                  jobs=jobs, explain=explain, name=name,
                                  encoding=encoding, errors="replace" if errors == Errors.replace else "strict",
                                  progress=bar.file(path, ""))
            if in_place and not stats.edits:
                raise Discard()
    except BinaryFileError as e:
        _err(f"note: {e}")
        return True
    except InputError as e:
        _err(f"{'note' if errors == Errors.skip_file else 'error'}: {e}"
             + ("; skipped" if errors == Errors.skip_file else ""))
        return True
    bar.done(path, stats.by_rule)
    for note in stats.notes:
        _err(f"note: {name}: {note}")
    for line in stats.explain:
        typer.echo(f"{name}:{line}", err=True)
    return False


def _load_enc(path, encoding, errors):
    """(text, encoding) of one input, or (None, None) after printing why it was skipped.

    A file that cannot be read never stops a batch: the others are processed and the
    exit code is 2 at the end.
    """
    from .errors import BinaryFileError, InputError
    from .files import load_text
    try:
        return load_text(path, encoding, "replace" if errors == Errors.replace else "strict")
    except BinaryFileError as e:
        _err(f"note: {e}")
    except InputError as e:
        _err(f"{'note' if errors == Errors.skip_file else 'error'}: {e}"
             + ("; skipped" if errors == Errors.skip_file else ""))
    return None, None


@app.command()
def score(
    hyp: str = typer.Argument(..., help="Hypothesis file, one segment per line ('-' for stdin)."),
    ref: List[str] = typer.Option(..., "--ref", "-r", help="Reference file(s), line-aligned with HYP; repeat for several."),
    metrics: str = typer.Option("bleu,chrf,ter", "--metrics", help="Comma-separated: bleu, chrf, ter."),
    before_after: bool = typer.Option(False, "--before-after", help="Also repair HYP line by line and score both."),
    all_: bool = typer.Option(False, "--all", help="With --before-after: repair in --all mode."),
    model: str = typer.Option("default", "--model", help="With --before-after: model for unsure spans."),
    no_model: bool = typer.Option(False, "--no-model", help="With --before-after: rules only."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
    debug: bool = DEBUG,
):
    """Score HYP against references with sacrebleu (BLEU, chrF, TER, with signatures).

    Example: mt-repair score mt.txt --ref human.txt --before-after
    """
    import json as _json

    from .errors import UserError
    from .files import load_text

    def lines_of(path):
        text, _ = load_text(path)
        return text.splitlines()

    def work():
        from .scoring import score as sb_score
        hyps = lines_of(hyp)
        refs = [lines_of(r) for r in ref]
        wanted = [m.strip() for m in metrics.split(",") if m.strip()]
        try:
            results = {"before" if before_after else "score": sb_score(hyps, refs, wanted)}
            if before_after:
                rep = _repairer("all" if all_ else "safe", None, None, None if no_model else model)
                fixed = rep.repair("\n".join(hyps) + "\n").text.split("\n")[:len(hyps)]
                results["after"] = sb_score(fixed, refs, wanted)
                results["lines_changed"] = sum(a != b for a, b in zip(hyps, fixed))
        except ValueError as e:
            raise UserError(str(e)) from None
        if as_json:
            typer.echo(_json.dumps(results, indent=2))
            return
        for stage, res in results.items():
            if stage == "lines_changed":
                typer.echo(f"lines changed by repair: {res} of {len(hyps)}")
                continue
            for m, r in res.items():
                label = f"{stage:7}" if before_after else ""
                typer.echo(f"{label}{m.upper():5} {r['score']:6.2f}   {r['signature']}")

    _run(work, debug)


@app.command()
def train(
    corpus: List[str] = typer.Option(..., "--corpus", help="Clean text, one sentence per line (repeat for several files)."),
    out: str = typer.Option("models/my-model", "--out", "-o", help="Directory for the trained model."),
    minutes: float = typer.Option(60.0, "--minutes", help="Wall-clock training budget."),
    threads: int = typer.Option(1, "--threads", help="CPU threads for torch."),
    ape_dir: Optional[str] = typer.Option(None, "--ape-dir", help="Optional post-editing triplets (mlqe-pe layout) to mix in."),
    seed: int = typer.Option(0, "--seed"),
    device: str = typer.Option("auto", "--device", help="cpu, cuda, or auto (cuda when torch sees a GPU; bfloat16 there)."),
    workers: int = typer.Option(0, "--workers", help="Processes building training batches (0: none; a GPU wants several)."),
    batch_size: int = typer.Option(64, "--batch-size", help="Examples per step (512 on a GPU)."),
    debug: bool = DEBUG,
):
    """Train a span model on your own clean text (use it with fix --model DIR).

    Example: mt-repair train --corpus news.txt --out models/news --minutes 30
    On a GPU: mt-repair train --corpus news.txt --device cuda --workers 8 --batch-size 512 --minutes 10
    """
    from .errors import UserError

    def work():
        for c in corpus:
            if not os.path.isfile(c):
                raise UserError(f"{c}: no such file")
        if device not in ("auto", "cpu", "cuda"):
            raise UserError(f"--device {device}: choose cpu, cuda or auto")
        if workers < 0 or batch_size < 1:
            raise UserError("--workers must be 0 or more and --batch-size 1 or more")
        import torch
        dev = device
        if dev == "auto":
            dev = "cuda" if torch.cuda.is_available() else "cpu"
        elif dev == "cuda" and not torch.cuda.is_available():
            raise UserError("--device cuda: torch sees no GPU here (use --device cpu)")
        from .model.train import train as train_model
        summary = train_model(corpus if len(corpus) > 1 else corpus[0], out, minutes=minutes,
                              threads=threads, seed=seed, ape_dir=ape_dir, device=dev,
                              bf16=dev == "cuda" and torch.cuda.is_bf16_supported(),
                              workers=workers, batch_size=batch_size,
                              log=lambda line: typer.echo(line, err=True))
        typer.echo(f"model saved to {out} ({summary.get('steps', '?')} steps)")

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


@app.command()
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
    from . import check as gate
    from .config import load

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
            from .formats.text import write_atomic
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
    from .reports.render import text_lines
    if fmt == CheckFormat.json:
        return _json.dumps({"findings": rep.records, "summary": rep.summary()}, ensure_ascii=False, indent=2) + "\n"
    if fmt == CheckFormat.sarif:
        from .reports.sarif import sarif_report
        return sarif_report(rep.records) + "\n"
    if fmt == CheckFormat.rdjson:
        from .reports.rdjson import rdjson_report
        return rdjson_report(rep.records, rep.texts) + "\n"
    if fmt == CheckFormat.github:
        from .reports.github import github_lines
        lines = github_lines(rep.records)
    else:
        lines = [ln.replace(f": {r['rule']}: ", f": {r['severity']} {r['rule']}: ", 1)
                 for ln, r in zip(text_lines(rep.records), rep.records)]
    return "".join(ln + "\n" for ln in lines)


@app.command()
def init(
    path: str = typer.Argument(".mt-repair.toml", help="Where to write the config."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
    debug: bool = DEBUG,
):
    """Write a commented default config for `mt-repair check`."""
    from .config import DEFAULT_TOML
    from .errors import UserError
    from .formats.text import write_atomic

    def work():
        if os.path.exists(path) and not force:
            raise UserError(f"{path} exists; use --force to overwrite")
        write_atomic(path, DEFAULT_TOML.encode("utf-8"))
        typer.echo(f"wrote {path}")

    _run(work, debug)


@app.command()
def bilingual(
    path: str = typer.Argument(..., help="Translation pairs: JSONL (source and target fields), TSV (two columns), PO or XLIFF."),
    source_field: str = typer.Option("source", "--source-field", help="JSONL field or TSV header of the source."),
    target_field: str = typer.Option("target", "--target-field", help="JSONL field or TSV header of the target."),
    src_lang: str = typer.Option("es", "--src-lang", help="Source language (number conventions, untranslated words)."),
    all_: bool = typer.Option(False, "--all", help="Also the lower-confidence monolingual findings on the target."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON records."),
    debug: bool = DEBUG,
):
    """Check translation pairs: numbers and names that do not match, untranslated segments,
    length-ratio outliers, placeholders and tags, plus every monolingual rule on the target.

    Prints pair:col: rule: message; exit 0 when clean, 1 when something was found.
    Example: mt-repair bilingual pairs.jsonl --source-field es --target-field en
    """
    import json as _json

    from .errors import UserError
    from .planner import ALL_THRESHOLD, SAFE_THRESHOLD

    def work():
        from .bilingual import check_pair, read_pairs
        if not os.path.isfile(path):
            raise UserError(f"{path}: no such file")
        rep = _repairer("all" if all_ else "safe", None, None, None)
        threshold = ALL_THRESHOLD if all_ else SAFE_THRESHOLD
        records = []
        if path.endswith((".po", ".pot", ".xlf", ".xliff")):
            # PO msgid / XLIFF source travel with each target: the format finds both
            from .formats import Options, format_for
            from .formats.base import process
            from .reports.render import finding_records, text_lines
            text, _ = _load_enc(path, None, Errors.strict)
            if text is None:
                raise typer.Exit(EXIT_ERROR)
            doc = process(text, format_for(path), rep, repair=False, options=Options(),
                          source_check=lambda src, tgt: check_pair(src, tgt, src_lang))
            found = [f for f in doc.findings if f.rule.startswith("bilingual") or f.confidence >= threshold]
            recs = finding_records(path, text, found)
            if as_json:
                typer.echo(_json.dumps(recs, ensure_ascii=False, indent=2))
            else:
                for line in text_lines(recs):
                    typer.echo(line)
            raise typer.Exit(EXIT_FOUND if recs else EXIT_OK)
        try:
            for n, (src, tgt) in enumerate(read_pairs(path, source_field, target_field), 1):
                found = check_pair(src, tgt, src_lang) + [f for f in rep.detect(tgt) if f.confidence >= threshold]
                for f in sorted(found, key=lambda f: f.start):
                    records.append({"pair": n, "column": f.start + 1, "rule": f.rule, "message": f.reason,
                                    "original": f.original, "suggestion": f.suggestion})
        except (ValueError, KeyError) as e:
            raise UserError(f"{path}: {e}") from None
        if as_json:
            typer.echo(_json.dumps(records, ensure_ascii=False, indent=2))
        else:
            for r in records:
                hint = f" (→ {r['suggestion']!r})" if r["suggestion"] else ""
                typer.echo(f"{path}:{r['pair']}:{r['column']}: {r['rule']}: {r['message']}{hint}")
        raise typer.Exit(EXIT_FOUND if records else EXIT_OK)

    _run(work, debug)


@app.command()
def rules():
    """List the rules: id, whether --safe applies it, and what it looks for."""
    from .units import UNITS
    for u in UNITS:
        when = "reported; removed with --all" if u.report_only else "fixed"
        typer.echo(f"{u.rule:28} {when:30} {u.summary}")


if __name__ == "__main__":  # pragma: no cover
    app()
