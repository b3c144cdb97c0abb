"""``mt-repair fix``: repair files to stdout, to a file, in place (atomically), as a diff;
stream JSONL and large text; hand shards to Dask."""

from __future__ import annotations

import os
import sys
from typing import List, Optional

import typer

from . import _shell
from ._shell import (
    COLUMN, DEBUG, ENCODING, ERRORS, EXIT_ERROR, EXIT_OK, FIELD, GLOSSARY, IGNORE, INPUT_FORMAT,
    PROGRESS, SELECT, Errors, _err, _expand, _input_problem, _load_enc, _process, _Progress, _repairer, _rules, _run,
)


def fix(
    paths: List[str] = typer.Argument(..., help="Files or folders to repair ('-' reads standard input); a folder "
                                      "stands for the files under it that `check` would read (the config's include "
                                      "and exclude, .gitignore); give --field and the like as options."),
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
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes for JSONL and text files of 1 MiB or more (output order kept)."),
    dask: Optional[str] = typer.Option(None, "--dask", help="Repair shards on this Dask scheduler (host:port); needs --out-dir. "
                                                        "A folder here stands for the files directly in it."),
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
    from ..errors import UserError

    def work():
        if dask or out_dir:
            return _fix_dask(paths, dask, out_dir, "all" if all_ else "safe", _rules(select), _rules(ignore),
                             None if no_model else model, input_format, field, column)
        files, found = _expand(paths)
        folders = found is not None
        if output and folders:
            raise UserError("-o/--output takes one file, not a folder; use --in-place to rewrite a folder's files")
        if output and len(paths) != 1:
            raise UserError("-o/--output takes exactly one input; use --in-place for several files")
        if output and in_place:
            raise UserError("use either -o/--output or --in-place, not both")
        if in_place and "-" in paths:
            raise UserError("cannot rewrite standard input in place")
        if (len(paths) > 1 or folders) and not (in_place or diff):
            raise UserError("several inputs" + (" (a folder)" if folders else "")
                            + ": add --in-place to rewrite them, or --diff to review")
        rep = _repairer("all" if all_ else "safe", select, ignore, None if no_model else model, glossary)
        # streaming workers rebuild the repairer from these; glossaries stay in this process
        stream = None if glossary else (
            "all" if all_ else "safe", _rules(select), _rules(ignore), None if no_model else model, jobs)
        color = diff and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        bar = _Progress(files, progress)
        try:
            failed = _fix_each(files, rep, bar, encoding, errors, output, in_place, diff, explain, color,
                               (input_format, field, column), None if timeout_per_file else stream,
                               timeout_per_file, found or frozenset())
        finally:
            bar.close()
        raise typer.Exit(EXIT_ERROR if failed else EXIT_OK)

    _run(work, debug)


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
              io=("auto", None, None), stream=None, timeout: Optional[float] = None,
              found: frozenset = frozenset()) -> bool:
    """Repair and write each input; True if any input failed (``found``: inputs found under a
    folder, which may be binary files, skipped with a note)."""
    from ..formats.stream import RepairPool
    # one pool of workers for every large input of the run, started on first use
    pool = RepairPool(tuple(stream[:-1]), stream[-1]) if stream and stream[-1] > 1 else None
    try:
        failures = _fix_all(paths, rep, bar, encoding, errors, output, in_place, diff, explain, color,
                            io, stream, timeout, found, pool)
    finally:
        if pool is not None:
            pool.close()
    _summarise_failures(paths, failures)
    return bool(failures)


def _fix_all(paths, rep, bar, encoding, errors, output, in_place, diff, explain, color,
             io, stream, timeout, found, pool) -> list[str]:
    """_fix_each's loop: the inputs that failed."""
    from ..files import FileResult, write_output
    from ..formats.text import encode
    from ..reports.render import explain_lines, unified_diff
    failures: list[str] = []
    for path in paths:
        optional = path in found
        if stream and not diff and _streams(path, io[0], stream[-1]):
            failed = _fix_stream(path, stream, bar, io, encoding, errors, output, in_place, explain, optional, pool)
            if failed:
                failures.append(path)
            elif failed is False and (in_place or output):
                _shell._WRITTEN.append(output or path)
            continue
        text, enc, failed = _load_enc(path, encoding, errors, optional)
        if text is None:
            if failed:
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
                _shell._WRITTEN.append(path)
        elif output:
            write_output(output, fr.output)
            _shell._WRITTEN.append(output)
        else:
            sys.stdout.buffer.write(encode(fr.after, enc))
            sys.stdout.flush()
    return failures


def _fix_dask(paths, address, out_dir, mode, select, ignore, model, input_format, field, column):
    """fix --dask: one task per shard on the cluster, results written shard by shard."""
    from ..errors import UserError
    if not (address and out_dir):
        raise UserError("--dask and --out-dir go together: mt-repair fix --dask HOST:PORT --out-dir DIR SHARDS...")
    from ..dask import repair_shards
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
#: with --jobs > 1, files at least this large are repaired by a pool of workers; smaller
#: ones in this process (each worker loads the word lists and the model: seconds)
PARALLEL_BYTES = 1 << 20


def _streams(path: str, input_format: str, jobs: int) -> bool:
    """JSONL always streams; plain text when large, or with --jobs > 1 when a pool pays off."""
    from ..formats import format_for
    name = format_for("" if path == "-" else path, input_format).name
    if name == "jsonl":
        return True
    if name != "text" or path == "-":
        return False
    try:
        return os.path.getsize(path) >= STREAM_BYTES or _pool_size(path, jobs) > 1
    except OSError:
        return False


def _pool_size(path: str, jobs: int) -> int:
    """The workers for one streamed input: none below PARALLEL_BYTES (standard input: all)."""
    if jobs == 1 or path == "-":
        return jobs
    try:
        return jobs if os.path.getsize(path) >= PARALLEL_BYTES else 1
    except OSError:
        return jobs


def _fix_stream(path, stream, bar, io, encoding, errors, output, in_place, explain,
                optional: bool = False, pool=None) -> Optional[bool]:
    """Repair one JSONL or text input row by row / piece by piece; True if it failed, None
    if it was skipped without failing (a binary file found under a folder)."""
    from contextlib import nullcontext
    from ..errors import InputError
    from ..formats import Options, format_for
    from ..formats.stream import Discard, atomic_output, stream_repair
    name = "<stdin>" if path == "-" else path
    kind = format_for("" if path == "-" else path, io[0]).name
    mode, select, ignore, model, jobs = stream
    jobs = _pool_size(path, jobs)
    target = path if in_place else output
    try:
        src = sys.stdin.buffer if path == "-" else open(path, "rb")
    except OSError:
        _load_enc(path, encoding, errors)   # prints the usual message
        return True
    try:
        with src, (atomic_output(target) if target else nullcontext(sys.stdout.buffer)) as dst:
            stats = stream_repair(src, dst, kind, (mode, select, ignore, model), Options(io[1], io[2]),
                                  jobs=jobs, explain=explain, name=name, pool=pool if jobs > 1 else None,
                                  encoding=encoding, errors="replace" if errors == Errors.replace else "strict",
                                  progress=bar.file(path, ""))
            if in_place and not stats.edits:
                raise Discard()
    except InputError as e:
        return _input_problem(e, errors, optional) or None
    bar.done(path, stats.by_rule)
    for note in stats.notes:
        _err(f"note: {name}: {note}")
    for line in stats.explain:
        typer.echo(f"{name}:{line}", err=True)
    return False
