"""Streaming and parallel `fix`: --jobs 1 vs 2, a 1 GB JSONL file, a long single-line
text file, a folder of text files, and Dask LocalCluster with 1 and 2 workers.

Peak RSS is the largest sum of RSS over the process tree (the CLI and its workers),
sampled every 0.2 s with psutil.  Data: WMT news paragraphs as in
``scripts/bench_formats.py`` (same generator, same injected artifacts).

    python scripts/bench_stream.py --out runs/stream_bench.md
    python scripts/bench_stream.py --only jobs,dask --jsonl-mb 50
    python scripts/bench_stream.py --only folder --folder-mb 9
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_formats import generate, paragraphs  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


LAST_STDERR = [""]


def run_tree(cmd: list[str]) -> tuple[float, float]:
    """(seconds, peak RSS MB of the whole process tree) for ``cmd``."""
    import psutil
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0]

    def sample():
        p = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                rss = sum(q.memory_info().rss for q in [p, *p.children(recursive=True)])
                peak[0] = max(peak[0], rss)
            except psutil.Error:
                pass
            time.sleep(0.2)
    th = threading.Thread(target=sample)
    th.start()
    _, err = proc.communicate()
    th.join()
    if proc.returncode:
        raise SystemExit(f"{cmd} failed: {err.decode()[-2000:]}")
    LAST_STDERR[0] = err.decode()
    return time.perf_counter() - t0, peak[0] / 2**20


def big_jsonl(path: Path, mb: float) -> None:
    """``mb`` MB of JSONL by repeating a 50 MB block (ids keep counting)."""
    block = [json.dumps({"id": n, "text": p}, ensure_ascii=False) for n, p in paragraphs(int(min(mb, 50) * 1e6 * 0.9))]
    with open(path, "w", encoding="utf-8") as out:
        n = size = 0
        while size < mb * 1e6:
            for row in block:
                out.write(row)
                out.write("\n")
                size += len(row) + 1
                n += 1
                if size >= mb * 1e6:
                    break


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", default="jobs,big,line,dask")
    ap.add_argument("--jsonl-mb", type=float, default=50)
    ap.add_argument("--big-mb", type=float, default=1000)
    ap.add_argument("--line-mb", type=float, default=200)
    ap.add_argument("--folder-mb", type=float, default=9)
    ap.add_argument("--dir", default="/tmp/mt_repair_bench_stream")
    ap.add_argument("--out", default="runs/stream_bench.md")
    a = ap.parse_args()
    want = set(a.only.split(","))
    d = Path(a.dir)
    d.mkdir(parents=True, exist_ok=True)
    cli = [sys.executable, "-m", "mt_repair.cli", "fix", "--no-model"]
    rows = []

    def row(what, mb, secs, rss, cmd):
        rows.append((what, mb, secs, rss, " ".join(cmd[2:]).replace(str(d) + "/", "")))
        print(f"{what:40} {mb:8.1f} MB {secs:7.1f} s {mb / secs:6.2f} MB/s peak RSS {rss:7.0f} MB", file=sys.stderr)

    if "jobs" in want or "dask" in want:
        src = d / "news.jsonl"
        generate("jsonl", src, int(a.jsonl_mb * 1e6))
        mb = src.stat().st_size / 1e6
    if "jobs" in want:
        for jobs in (1, 2):
            cmd = cli + ["--jobs", str(jobs), str(src), "-o", str(d / "out.jsonl")]
            secs, rss = run_tree(cmd)
            row(f"JSONL --jobs {jobs}", mb, secs, rss, cmd)
    if "dask" in want:
        shards = d / "shards"
        shards.mkdir(exist_ok=True)
        lines = src.read_text(encoding="utf-8").splitlines(keepends=True)
        k = 8
        for i in range(k):
            (shards / f"part-{i}.jsonl").write_text("".join(lines[i::k]), encoding="utf-8")
        for workers in (1, 2):
            code = ("import sys, time; from distributed import LocalCluster, Client; from mt_repair.dask import repair_shards\n"
                    f"c = LocalCluster(n_workers={workers}, threads_per_worker=1, host='127.0.0.1', dashboard_address=None)\n"
                    "cl = Client(c); t = time.perf_counter()\n"
                    f"repair_shards([{str(shards)!r}], {str(d / 'dask_out')!r}, client=cl)\n"
                    "print('BENCH_SECONDS', time.perf_counter() - t, file=sys.stderr); cl.close(); c.close()\n")
            cmd = [sys.executable, "-c", code]
            secs, rss = run_tree(cmd)
            inner = float(re.search(r"BENCH_SECONDS ([0-9.]+)", LAST_STDERR[0])[1])
            row(f"Dask LocalCluster, {workers} worker(s), {k} shards (cluster start-up excluded; "
                f"{secs:.0f} s with it)", mb, inner, rss,
                ["python", "-c", f"LocalCluster(n_workers={workers}) + mt_repair.dask.repair_shards(...)"])
    if "folder" in want:
        # a folder of plain-text files of 1.5 MB (each above the size where --jobs starts
        # workers), repaired in place with the default model: one pool for the whole run
        import shutil
        src_dir = d / "folder_src"
        if src_dir.exists():
            shutil.rmtree(src_dir)
        src_dir.mkdir()
        text = d / "folder_all.txt"
        generate("text", text, int(a.folder_mb * 1e6))
        data = text.read_text(encoding="utf-8").splitlines(keepends=True)
        part, k, size = [], 0, 0
        for line in data:
            part.append(line)
            size += len(line)
            if size >= 1.5e6:
                (src_dir / f"part{k:02d}.txt").write_text("".join(part), encoding="utf-8")
                part, k, size = [], k + 1, 0
        if part:
            (src_dir / f"part{k:02d}.txt").write_text("".join(part), encoding="utf-8")
        mb = sum(f.stat().st_size for f in src_dir.iterdir()) / 1e6
        n = len(list(src_dir.iterdir()))
        outs = []
        for jobs in (1, 2):
            work = d / f"folder_jobs{jobs}"
            if work.exists():
                shutil.rmtree(work)
            shutil.copytree(src_dir, work)
            cmd = [sys.executable, "-m", "mt_repair.cli", "fix", "--jobs", str(jobs), "--in-place", str(work)]
            secs, rss = run_tree(cmd)
            row(f"folder of {n} text files, default model, --jobs {jobs}", mb, secs, rss, cmd)
            outs.append([f.read_bytes() for f in sorted(work.iterdir())])
        if outs[0] != outs[1]:
            raise SystemExit("--jobs 1 and --jobs 2 wrote different files")
    if "big" in want:
        big = d / "big.jsonl"
        big_jsonl(big, a.big_mb)
        cmd = cli + ["--jobs", "2", str(big), "-o", str(d / "big_out.jsonl")]
        secs, rss = run_tree(cmd)
        row(f"{a.big_mb:g} MB JSONL, --jobs 2 (streamed)", big.stat().st_size / 1e6, secs, rss, cmd)
        big.unlink()
        (d / "big_out.jsonl").unlink()
    if "line" in want:
        one = d / "one_line.txt"
        with open(one, "w", encoding="utf-8") as out:
            size = 0
            while size < a.line_mb * 1e6:
                for _, p in paragraphs(int(min(a.line_mb, 50) * 1e6)):
                    out.write(p + " ")
                    size += len(p) + 1
                    if size >= a.line_mb * 1e6:
                        break
        cmd = cli + ["--jobs", "2", str(one), "-o", str(d / "one_line_out.txt")]
        secs, rss = run_tree(cmd)
        row(f"{a.line_mb:g} MB single-line text, --jobs 2 (streamed)", one.stat().st_size / 1e6, secs, rss, cmd)
        one.unlink()
        (d / "one_line_out.txt").unlink()
    lines = ["# Streaming, --jobs and Dask", "",
             f"Command: `python scripts/bench_stream.py {' '.join(sys.argv[1:])}`", "",
             f"{os.cpu_count()} cores shared with other jobs ; rules only (--no-model) unless a row names the model; "
             f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. Times include Python start-up and "
             "loading the word lists (about 1-2 s per process); peak RSS is summed over the process tree.", "",
             "| run | input MB | seconds | MB/s | peak RSS MB | command |", "|---|---:|---:|---:|---:|---|"]
    for what, mb, secs, rss, cmd in rows:
        lines.append(f"| {what} | {mb:.1f} | {secs:.1f} | {mb / secs:.2f} | {rss:.0f} | `{cmd}` |")
    Path(a.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
