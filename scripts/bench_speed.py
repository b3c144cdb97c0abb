#!/usr/bin/env python
"""Speed and memory: MB/s on one core and peak RSS, ours and the splitters on the same text.

Builds a news text of at least ``--mb`` MB (default 50) by concatenating the
``<data-dir>/en_news/*.txt`` files, repeated as needed, into a temporary file
(never into the repository), then runs each tool in its own subprocess, pinned
to one core (``taskset -c 0`` when available; OMP/MKL/OpenBLAS threads = 1):

* ``read``: only reads the file in ~1 MB chunks at line boundaries (the floor);
* ``detect``: ``mt_repair.detect(chunk)`` per chunk, rules only;
* ``fix``: ``mt_repair.repair(chunk, model=None)`` per chunk (safe mode);
* ``wordninja`` / ``wordsegment`` / ``symspellpy``: split the tokens that
  wordfreq's large English list does not know (zipf > 0), per chunk, and build
  the output text (as ``scripts/bench_synthetic.py`` bolts them on).

MB/s is input bytes (UTF-8) over the processing time after loading (wall clock
and CPU time are both reported; load time is reported apart).  Peak RSS is the
child's own ``ru_maxrss`` from ``os.wait4``.  Finally ``mt-repair --help`` is
timed (median of 5 runs, wall clock).

    python scripts/bench_speed.py            # 50 MB
    python scripts/bench_speed.py --mb 5     # quick run
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = Path(__file__).resolve().parent
TOOLS = ("read", "detect-artifacts", "fix-artifacts", "detect", "fix", "wordninja", "wordsegment", "symspellpy")
#: the scraped-MT artifact rules (issue 2); "detect"/"fix" also run the knowledge-base rules
ARTIFACT_RULES = ("merged-words", "doubled-initial", "glued-quote", "space-before-punct",
                  "missing-space-after-punct", "stray-capital", "lost-period", "repeated-word", "boilerplate",
                  "mojibake", "html-entity", "invisible-char")
CHUNK = 1 << 20


def default_data_dir() -> Path:
    return (ROOT / ".." / "shared" / "data").resolve()


def build_text(data_dir: Path, mb: float, path: Path) -> int:
    files = sorted((data_dir / "en_news").glob("*.txt"))
    if not any(f.stat().st_size for f in files):
        raise SystemExit(f"bench_speed: no news text under {data_dir / 'en_news'} (pass --data-dir)")
    want = int(mb * 1_000_000)
    size = 0
    with open(path, "wb") as out:
        while size < want:
            for f in files:
                data = f.read_bytes()
                if not data.endswith(b"\n"):
                    data += b"\n"
                out.write(data)
                size += len(data)
                if size >= want:
                    break
    return size


def chunks(path: Path):
    """~1 MB pieces of the file, cut at line boundaries."""
    buf, n = [], 0
    with open(path, encoding="utf-8", newline="") as f:
        for line in f:
            buf.append(line)
            n += len(line)
            if n >= CHUNK:
                yield "".join(buf)
                buf, n = [], 0
    if buf:
        yield "".join(buf)


# ---------------------------------------------------------------------------
# worker: one tool, in its own process
# ---------------------------------------------------------------------------

#: loads every table the rules build lazily (the word list, the comma counts, the frequent
#: pairs a rare web join is checked against: "accordingto"), so that loading is reported as
#: load time and the timed part is throughput
WARM_UP = "Warm up: human mobilityparticularly for the the test, accordingto the report ."


def worker(tool: str, path: Path) -> dict:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(SCRIPTS))
    t0, c0 = time.perf_counter(), time.process_time()
    if tool == "read":
        def run(text):
            return 0
    elif tool in ("detect", "detect-artifacts"):
        from mt_repair import detect
        sel = ARTIFACT_RULES if tool.endswith("artifacts") else ()
        detect(WARM_UP, select=sel)

        def run(text):
            return len(detect(text, select=sel))
    elif tool in ("fix", "fix-artifacts"):
        from mt_repair import repair
        sel = ARTIFACT_RULES if tool.endswith("artifacts") else ()
        repair(WARM_UP, model=None, select=sel)

        def run(text):
            return len(repair(text, model=None, select=sel).edits)
    else:
        from bench_synthetic import Splitter, known
        sp = Splitter(tool)
        known("warm")

        def run(text):
            ed = sp.edits(text)
            sp_out = _apply(text, ed)
            return len(ed) + 0 * len(sp_out)
    load_wall, load_cpu = time.perf_counter() - t0, time.process_time() - c0

    nbytes = found = 0
    t1, c1 = time.perf_counter(), time.process_time()
    for text in chunks(path):
        nbytes += len(text.encode("utf-8"))
        found += run(text)
    wall, cpu = time.perf_counter() - t1, time.process_time() - c1
    return {"tool": tool, "bytes": nbytes, "found": found, "load_wall_s": load_wall,
            "load_cpu_s": load_cpu, "wall_s": wall, "cpu_s": cpu,
            "mb_per_s_wall": nbytes / 1e6 / wall if wall else None,
            "mb_per_s_cpu": nbytes / 1e6 / cpu if cpu else None,
            "self_maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def _apply(text, edits):
    out, pos = [], 0
    for e in edits:
        out.append(text[pos:e.start])
        out.append(e.replacement)
        pos = e.end
    out.append(text[pos:])
    return "".join(out)


# ---------------------------------------------------------------------------
# parent
# ---------------------------------------------------------------------------

def one_core_env() -> dict:
    env = dict(os.environ)
    for k in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS", "NUMEXPR_NUM_THREADS",
              "VECLIB_MAXIMUM_THREADS", "RAYON_NUM_THREADS"):
        env[k] = "1"
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    return env


def pin_prefix() -> list[str]:
    ts = shutil.which("taskset")
    return [ts, "-c", "0"] if ts else []


def run_child(cmd: list[str], env: dict) -> tuple[int, str, str, float, float]:
    """Run, return (rc, stdout, stderr, wall seconds, peak RSS MB from wait4)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err, env=env)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return (p.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                wall, ru.ru_maxrss / 1024)


def help_time(env: dict, runs: int = 5) -> dict:
    exe = shutil.which("mt-repair") or str(Path(sys.executable).parent / "mt-repair")
    cmd = [exe, "--help"] if os.path.exists(exe) else [sys.executable, "-m", "mt_repair", "--help"]
    times, rc, tail = [], None, ""
    for _ in range(runs):
        rc, out, err, wall, _ = run_child(cmd, env)
        times.append(wall)
        tail = (out + err)[-300:]
    return {"command": " ".join(Path(c).name if i == 0 else c for i, c in enumerate(cmd)),
            "rc": rc, "median_s": statistics.median(times), "min_s": min(times), "runs": runs,
            "tail": tail if rc else ""}


def machine() -> dict:
    cpu = ""
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return {"nproc": os.cpu_count(), "affinity": len(os.sched_getaffinity(0)), "cpu": cpu, "ram": mem,
            "python": platform.python_version(), "platform": platform.platform()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-dir", type=Path, default=default_data_dir())
    ap.add_argument("--mb", type=float, default=50.0, help="size of the text in MB (default 50)")
    ap.add_argument("--tools", default=",".join(TOOLS))
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    ap.add_argument("--file", type=Path, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker:
        print(json.dumps(worker(args.worker, args.file)))
        return 0

    env = one_core_env()
    pin = pin_prefix()
    results = {"machine": machine(), "pinned": " ".join(pin[1:]) if pin else "no taskset",
               "mb_requested": args.mb, "tools": {}}
    with tempfile.TemporaryDirectory(prefix="mtr-speed-") as tmp:
        path = Path(tmp) / "news.txt"
        size = build_text(args.data_dir, args.mb, path)
        results["bytes"] = size
        print(f"text: {size / 1e6:.1f} MB in {path}", file=sys.stderr)
        for tool in args.tools.split(","):
            cmd = pin + [sys.executable, str(Path(__file__).resolve()), "--worker", tool, "--file", str(path)]
            rc, out, err, wall, rss = run_child(cmd, env)
            if rc != 0:
                results["tools"][tool] = {"error": f"rc={rc}", "stderr": err[-2000:]}
                print(f"[{tool}] failed rc={rc}\n{err[-2000:]}", file=sys.stderr)
                continue
            r = json.loads(out.strip().splitlines()[-1])
            r["peak_rss_mb"] = rss
            r["process_wall_s"] = wall
            results["tools"][tool] = r
            print(f"[{tool}] {r['mb_per_s_wall']:.2f} MB/s wall, {r['mb_per_s_cpu']:.2f} MB/s cpu, "
                  f"{rss:.0f} MB peak RSS", file=sys.stderr)
    results["help"] = help_time(env)
    print(render(results))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


NAMES = {
    "read": "read only (floor)", "detect": "mt-repair `detect` (all rules)",
    "fix": "mt-repair `fix` (all rules, safe)",
    "detect-artifacts": "mt-repair `detect`, artifact rules (issue 2)",
    "fix-artifacts": "mt-repair `fix`, artifact rules, safe", "wordninja": "wordninja + unknown-token gate",
    "wordsegment": "wordsegment + unknown-token gate", "symspellpy": "symspellpy word_segmentation + gate",
}


def render(r: dict) -> str:
    m = r["machine"]
    out = [f"{r['bytes'] / 1e6:.1f} MB of en_news text; one core ({r['pinned']}); {m['cpu']}, "
           f"nproc {m['nproc']}, {m['ram']}, Python {m['python']}.\n",
           "| tool | MB/s (wall, one core) | MB/s (CPU time) | load s | peak RSS MB | items found |",
           "|---|---:|---:|---:|---:|---:|"]
    for tool, t in r["tools"].items():
        if "error" in t:
            out.append(f"| {NAMES.get(tool, tool)} | failed ({t['error']}) | | | | |")
            continue
        out.append(f"| {NAMES.get(tool, tool)} | {t['mb_per_s_wall']:.2f} | {t['mb_per_s_cpu']:.2f} | "
                   f"{t['load_wall_s']:.2f} | {t['peak_rss_mb']:.0f} | {t['found']} |")
    h = r["help"]
    out.append("")
    out.append(f"`{h['command']}`: median {h['median_s']:.3f} s wall over {h['runs']} runs "
               f"(min {h['min_s']:.3f} s), exit code {h['rc']}.")
    return "\n".join(out)


if __name__ == "__main__":
    sys.exit(main())
