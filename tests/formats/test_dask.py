"""Dask: shards repaired on a LocalCluster (two worker processes on 127.0.0.1), from the
library and from `mt-repair fix --dask ADDRESS` (one cluster for both: start-up is slow)."""

import json

import pytest

distributed = pytest.importorskip("distributed")

from typer.testing import CliRunner  # noqa: E402

from mt_repair.cli import app  # noqa: E402
from mt_repair.dask import repair_shards  # noqa: E402

BAD = "We met for trainswhich run daily."


def test_repair_shards_on_a_local_cluster(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(3):
        rows = [json.dumps({"id": i * 10 + j, "text": BAD}) for j in range(10)]
        (src / f"part-{i}.jsonl").write_text("\n".join(rows) + "\n")
    (src / "page.html").write_text("<p>effects on <b>human mobility</b>particularly for workers</p>")
    done = []
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            results = repair_shards([str(src)], str(tmp_path / "out"), client=client, on_done=done.append)
        r = CliRunner().invoke(app, ["fix", "--no-model", "--dask", cluster.scheduler_address,
                                     "--out-dir", str(tmp_path / "cli"), str(src / "part-0.jsonl")])
    assert [r["path"].rsplit("/", 1)[1] for r in results] == ["page.html", "part-0.jsonl", "part-1.jsonl",
                                                              "part-2.jsonl"]
    assert len(done) == 4 and sum(r["edits"] for r in results) == 31
    rows = (tmp_path / "out" / "part-1.jsonl").read_text().splitlines()
    assert [json.loads(r)["id"] for r in rows] == list(range(10, 20))
    assert all("trains, which" in json.loads(r)["text"] for r in rows)
    assert "</b>, particularly" in (tmp_path / "out" / "page.html").read_text()
    assert r.exit_code == 0 and "1 shard(s), 10 edit(s) (merged-words 10)" in r.stderr
    assert (tmp_path / "cli" / "part-0.jsonl").read_text() == (tmp_path / "out" / "part-0.jsonl").read_text()


def test_cli_dask_needs_out_dir(tmp_path):
    r = CliRunner().invoke(app, ["fix", "--dask", "127.0.0.1:1", str(tmp_path / "a.jsonl")])
    assert r.exit_code == 2 and "--out-dir" in r.stderr
