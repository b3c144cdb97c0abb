"""Past one machine: repair shards on a Dask cluster, one task per shard, written shard by shard.

Needs the optional extra: ``pip install "mt-repair[dask]"``.  Each worker builds one
:class:`~mt_repair.Repairer` per setting and reuses it; every shard is streamed
(JSONL row by row, text piece by piece, other formats in memory) into
``out_dir/<shard name>`` through a temporary file and a rename, so a failed or
retried task never leaves half a shard.

>>> from distributed import Client, LocalCluster          # doctest: +SKIP
>>> with LocalCluster(n_workers=2, host="127.0.0.1") as cluster, Client(cluster) as client:
...     results = repair_shards(["a.jsonl", "b.jsonl"], "clean/", client=client)   # doctest: +SKIP

Hugging Face ``datasets`` needs no cluster: ``ds.map(repair_batch, batched=True,
num_proc=N)`` with :func:`repair_batch` repairs a ``text`` column in place.
"""

from __future__ import annotations

import os
from typing import Iterable, Sequence

from .errors import UserError

__all__ = ["repair_shards", "repair_bag", "repair_batch", "shard_paths"]

_REPAIRERS: dict = {}


def _repairer(args: tuple):
    from .engine import Repairer
    rep = _REPAIRERS.get(args)
    if rep is None:
        rep = _REPAIRERS[args] = Repairer(*args)
    return rep


def shard_paths(paths: Iterable[str]) -> list[str]:
    """Files named, and the files directly inside folders named (sorted)."""
    out: list[str] = []
    for p in paths:
        if os.path.isdir(p):
            out.extend(sorted(os.path.join(p, f) for f in os.listdir(p)
                              if os.path.isfile(os.path.join(p, f)) and not f.startswith(".")))
        else:
            out.append(p)
    return out


def repair_one_shard(path: str, out_dir: str, rep_args: tuple, input_format: str | None = None,
                     field: str | None = None, column: str | None = None) -> dict:
    """Repair one shard into ``out_dir``; returns {path, output, rows, edits, by_rule, notes}."""
    from .formats import Options, format_for, process
    from .formats.stream import atomic_output, stream_repair
    from .formats.text import decode, encode
    os.makedirs(out_dir, exist_ok=True)
    target = os.path.join(out_dir, os.path.basename(path))
    if os.path.abspath(target) == os.path.abspath(path):
        raise UserError(f"{path}: the output folder is the input's folder; pick another --out-dir")
    fmt = format_for(path, input_format)
    opts = Options(field, column)
    if fmt.name in ("jsonl", "text"):
        with open(path, "rb") as src, atomic_output(target) as dst:
            st = stream_repair(src, dst, fmt.name, rep_args, opts, name=path)
        return {"path": path, "output": target, "rows": st.rows, "edits": st.edits,
                "by_rule": st.by_rule, "notes": st.notes}
    with open(path, "rb") as fh:
        d = decode(fh.read(), path)
    r = process(d.text, fmt, _repairer(rep_args), options=opts)
    with atomic_output(target) as dst:
        dst.write(encode(r.text, d.encoding))
    by_rule: dict = {}
    for e in r.edits:
        by_rule[e.rule] = by_rule.get(e.rule, 0) + 1
    return {"path": path, "output": target, "rows": r.segments, "edits": len(r.edits),
            "by_rule": by_rule, "notes": r.notes}


def repair_shards(paths: Sequence[str], out_dir: str, *, client=None, scheduler: str | None = None,
                  mode: str = "safe", select: Sequence[str] = (), ignore: Sequence[str] = (),
                  model=None, input_format: str | None = None, field: str | None = None,
                  column: str | None = None, on_done=None) -> list[dict]:
    """Repair every shard on the cluster (``client``, or a new one for ``scheduler``'s
    address); results come back in input order, ``on_done(result)`` as each finishes."""
    try:
        from distributed import Client, as_completed
    except ImportError:
        raise UserError('Dask is not installed: pip install "mt-repair[dask]"') from None
    own = client is None
    if own:
        try:
            client = Client(scheduler, timeout="20s")
        except OSError as e:
            raise UserError(f"cannot reach the Dask scheduler at {scheduler}: {e}") from None
    try:
        shards = shard_paths(paths)
        args = (mode, tuple(select), tuple(ignore), model)
        futures = client.map(repair_one_shard, shards, out_dir=os.path.abspath(out_dir), rep_args=args,
                             input_format=input_format, field=field, column=column, pure=False)
        index = {f.key: i for i, f in enumerate(futures)}
        results: list = [None] * len(futures)
        for fut in as_completed(futures):
            res = fut.result()
            results[index[fut.key]] = res
            if on_done:
                on_done(res)
        return results
    finally:
        if own:
            client.close()


def _repair_texts(texts, rep_args):
    rep = _repairer(rep_args)
    return [rep.repair(t).text for t in texts]


def repair_bag(bag, *, mode: str = "safe", select=(), ignore=(), model=None):
    """A ``dask.bag`` of strings → a bag of repaired strings (partition by partition)."""
    return bag.map_partitions(_repair_texts, (mode, tuple(select), tuple(ignore), model))


def repair_batch(batch: dict, column: str = "text", mode: str = "safe") -> dict:
    """For ``datasets.Dataset.map(repair_batch, batched=True, num_proc=N)``.

    >>> repair_batch({"text": ["We met for trainswhich run daily."], "id": [1]})
    {'text': ['We met for trains, which run daily.'], 'id': [1]}
    """
    out = dict(batch)
    out[column] = _repair_texts(batch[column], (mode, (), (), None))
    return out
