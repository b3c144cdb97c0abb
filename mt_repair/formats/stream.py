"""Streaming repair in constant memory, optionally on several cores, order preserved.

JSONL is repaired row by row; plain text in pieces of about
:data:`~mt_repair.engine.CHUNK_CHARS` characters cut after a newline (or, on one very
long line, at a space), the same cuts the engine makes in memory, so the output is
the same as a whole-file repair.  With ``jobs > 1`` batches of rows go to worker
processes and come back in input order.

>>> import io
>>> from mt_repair import Repairer
>>> src = io.BytesIO(b'{"text": "We met for trainswhich run daily."}\\n{bad\\n')
>>> dst = io.BytesIO()
>>> stats = stream_repair(src, dst, "jsonl", ("safe", (), (), None))
>>> dst.getvalue().decode()
'{"text": "We met for trains, which run daily."}\\n{bad\\n'
>>> stats.rows, stats.edits, stats.notes
(2, 1, ['line 2: malformed JSON row (Expecting property name enclosed in double quotes); left unchanged'])
"""

from __future__ import annotations

import codecs
from collections import deque
from dataclasses import dataclass, field
from typing import BinaryIO, Callable, Iterable, Iterator

from ..cores import MAX_MODEL_THREADS, usable_cores
from ..errors import InputError, UserError
from .base import Options
from .text import Discard, atomic_output, sniff_encoding  # noqa: F401  (re-exported)

__all__ = ["stream_repair", "RepairPool", "StreamStats", "atomic_output", "Discard", "BATCH_CHARS"]

#: characters per batch handed to a worker
BATCH_CHARS = 1 << 20
_READ = 1 << 20


@dataclass
class StreamStats:
    rows: int = 0
    chars: int = 0
    edits: int = 0
    by_rule: dict = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    explain: list[str] = field(default_factory=list)


# -- worker side -------------------------------------------------------------------------

_REP = None
#: the repairers built in this process, by setting: a run over many files (a folder)
#: loads the model once, not once per file
_REPAIRERS: dict = {}


def _init(rep_args, model_threads: int | None = None) -> None:
    global _REP
    import os
    from ..engine import Repairer
    if model_threads:
        # a worker of a pool shares the cores: its model runs on its share of them
        # (several workers each running the model on every core only wait on each other);
        # a repairer forked from the parent may hold a model on the parent's threads
        os.environ.setdefault("MT_REPAIR_THREADS", str(model_threads))
        _REPAIRERS.clear()
    mode, select, ignore, model = rep_args
    key = (mode, tuple(select), tuple(ignore), model)
    _REP = _REPAIRERS.get(key)
    if _REP is None:
        _REP = _REPAIRERS[key] = Repairer(mode, select, ignore, model)


def _work(job):
    """Repair one batch: ("jsonl", [(line number, row)], field, explain) or ("text", [(first line, piece)], ...)."""
    kind, items, fld, explain = job
    from .base import process
    from .jsonl import JsonlFormat, parse_path
    out, notes, expl, rules = [], [], [], {}
    path = parse_path(fld or "text") if kind == "jsonl" else None
    for n, piece in items:
        if kind == "jsonl":
            fmt = JsonlFormat()
            segs = fmt.row_segments(piece, 0, len(piece), path, n)
            r = process(piece, fmt, _REP, segments=segs)
            notes.extend(fmt.notes())
        else:
            r = _REP.repair(piece, at_file_start=(n == 1))
        out.append(r.text)
        for e in r.edits:
            rules[e.rule] = rules.get(e.rule, 0) + 1
            if explain:
                line = n + piece.count("\n", 0, e.start)
                col = e.start - (piece.rfind("\n", 0, e.start) + 1) + 1
                expl.append(f"{line}:{col}: {e.rule} [{e.source} {e.confidence:.2f}] "
                            f"{e.original!r} → {e.replacement!r}: {e.reason}")
    return "".join(out), len(items), notes, expl, rules


# -- reading -----------------------------------------------------------------------------

def decoded_pieces(src: BinaryIO, name: str, encoding: str | None, errors: str,
                   by_line: bool, chunk_chars: int | None = None) -> Iterator[tuple[int, str, str]]:
    """(first line number, text, encoding) pieces: one line each (by_line) or ~CHUNK_CHARS."""
    from ..engine import CHUNK_CHARS
    CHUNK_CHARS = chunk_chars or CHUNK_CHARS  # noqa: N806
    head = src.read(_READ)
    if encoding is None:
        encoding = sniff_encoding(head, name)
    dec = codecs.getincrementaldecoder(encoding)(errors=errors)
    buf, line, done = "", 1, 0
    data = head
    while True:
        final = not data
        try:
            buf += dec.decode(data, final=final)
        except UnicodeDecodeError as e:
            raise InputError(f"{name}: not valid {e.encoding.upper()} at byte {done + e.start} "
                             f"(bytes {e.object[e.start:e.start + 4]!r}); use --encoding to name the encoding, "
                             "or --errors replace to substitute U+FFFD") from None
        done += len(data)
        # pieces are sliced from ``pos`` on and the buffer is cut once per read: cutting
        # it after every line copied the rest of the buffer each time, quadratic in the
        # lines per read and ruinous where the allocator returns freed memory at once
        # (Dask workers set MALLOC_TRIM_THRESHOLD_: 20x slower)
        pos = 0
        while True:
            if by_line:
                cut = buf.find("\n", pos) + 1
            else:
                cut = 0
                if len(buf) - pos > CHUNK_CHARS:
                    lim = pos + CHUNK_CHARS
                    cut = buf.rfind("\n", pos, lim) + 1 or buf.rfind(" ", pos + 1, lim) + 1 or lim
            if not cut:
                break
            yield line, buf[pos:cut], encoding
            line += buf.count("\n", pos, cut)
            pos = cut
        buf = buf[pos:]
        if final:
            if buf:
                yield line, buf, encoding
            return
        data = src.read(_READ)


def _batches(pieces, kind: str, fld, explain: bool, enc_box: list) -> Iterator[tuple]:
    items, size = [], 0
    for n, piece, enc in pieces:
        enc_box[0] = enc
        items.append((n, piece))
        size += len(piece)
        if size >= BATCH_CHARS or kind == "text":
            yield (kind, items, fld, explain)
            items, size = [], 0
    if items:
        yield (kind, items, fld, explain)


def _ordered(pool, jobs: Iterable, window: int) -> Iterator:
    """Results of ``_work`` over ``jobs`` in input order, with at most ``window`` batches in
    flight (``Pool.imap`` would read the whole input ahead into its task queue)."""
    pending: deque = deque()
    for job in jobs:
        pending.append(pool.apply_async(_work, (job,)))
        if len(pending) >= window:
            yield pending.popleft().get()
    while pending:
        yield pending.popleft().get()


class RepairPool:
    """Worker processes for :func:`stream_repair`, started on first use and shared by every
    input of a run (each worker loads the word lists and the model once, not once per
    file).  A context manager: the workers end with the block.

    >>> import io
    >>> with RepairPool(("safe", (), (), None), jobs=2) as pool:
    ...     dst = io.BytesIO()
    ...     _ = stream_repair(io.BytesIO(b"for trainswhich run\\n"), dst, "text", pool.rep_args, pool=pool)
    >>> dst.getvalue()
    b'for trains, which run\\n'
    """

    def __init__(self, rep_args: tuple, jobs: int):
        self.rep_args, self.jobs = rep_args, jobs
        self._pool = None

    def pool(self):
        if self._pool is None:
            import multiprocessing as mp
            ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
            share = max(1, min(MAX_MODEL_THREADS, usable_cores() // self.jobs))
            self._pool = ctx.Pool(self.jobs, initializer=_init, initargs=(self.rep_args, share))
        return self._pool

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool = None

    def __enter__(self) -> "RepairPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def stream_repair(src: BinaryIO, dst: BinaryIO, kind: str, rep_args: tuple, options: Options | None = None,
                  *, jobs: int = 1, explain: bool = False, name: str = "<input>", encoding: str | None = None,
                  errors: str = "strict", progress: Callable[[int], None] | None = None,
                  pool: RepairPool | None = None) -> StreamStats:
    """Repair ``src`` into ``dst`` (binary streams) as ``kind`` "jsonl" or "text".

    ``rep_args`` = (mode, select, ignore, model) builds the :class:`~mt_repair.Repairer`
    in each worker.  Memory stays bounded by a few batches per worker.  With ``jobs > 1``
    the batches go to worker processes: ``pool``'s (a :class:`RepairPool` built with the
    same ``rep_args``, shared across inputs), else a pool started for this input alone.
    """
    if kind not in ("jsonl", "text"):
        raise UserError(f"streaming reads jsonl or text, not {kind}")
    options = options or Options()
    enc_box = ["utf-8"]
    pieces = decoded_pieces(src, name, encoding, errors, by_line=(kind == "jsonl"))
    jobs_iter = _batches(pieces, kind, options.field, explain, enc_box)
    stats = StreamStats()
    encoder = None
    own = None
    if pool is not None and pool.rep_args != rep_args:
        raise ValueError("the pool's workers repair with other settings than rep_args")
    if pool is not None and pool.jobs > 1:
        jobs = pool.jobs
    elif jobs > 1:
        pool = own = RepairPool(rep_args, jobs)
    if jobs > 1:
        results: Iterable = _ordered(pool.pool(), jobs_iter, 2 * jobs)
    else:
        _init(rep_args)
        results = map(_work, jobs_iter)
    try:
        for text, rows, notes, expl, rules in results:
            if encoder is None:
                encoder = codecs.getincrementalencoder(enc_box[0])(
                    "surrogateescape" if enc_box[0].startswith("utf-8") else "strict")
            dst.write(encoder.encode(text))
            stats.rows += rows
            stats.chars += len(text)
            stats.notes.extend(notes)
            stats.explain.extend(expl)
            for k, v in rules.items():
                stats.by_rule[k] = stats.by_rule.get(k, 0) + v
                stats.edits += v
            if progress:
                progress(stats.chars)
        if encoder is not None:
            dst.write(encoder.encode("", final=True))
    finally:
        if own is not None:
            own.close()
    return stats


