"""Throughput and peak memory of `fix` per input format, on >= 50 MB per format.

Documents are generated from WMT English news (``../shared/data/en_news``) with a few
artifacts injected (", which" -> "which" glued to the previous word, one sentence in
25), in every format ``mt_repair.formats`` reads.  Each measurement runs in a fresh
process: read, decode, locate the prose, repair (rules only, safe mode), encode,
write; MB/s is input size over that wall time; peak RSS is the process's maximum.

    python scripts/bench_formats.py --mb 50 --out runs/formats_bench.md

``--only jsonl,html`` picks formats; ``--keep`` keeps the generated files in ``--dir``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

ROOT = Path(__file__).resolve().parents[1]
NEWS = ROOT.parent / "shared" / "data" / "en_news"

FORMATS = {  # name: (extension, extra options)
    "text": (".txt", {}), "markdown": (".md", {}), "html": (".html", {}), "jsonl": (".jsonl", {}),
    "json": (".json", {"field": "items.*.body"}), "csv": (".csv", {"column": "text"}),
    "tsv": (".tsv", {"column": "text"}), "srt": (".srt", {}), "vtt": (".vtt", {}),
    "po": (".po", {}), "xliff": (".xlf", {}),
}


def sentences() -> list[str]:
    out = []
    for f in sorted(NEWS.glob("*.txt")):
        out.extend(ln.strip() for ln in f.read_text(encoding="utf-8").splitlines() if ln.strip())
    return out


def damage(s: str, rng: random.Random) -> str:
    if rng.random() < 0.04:
        return re.sub(r"(\w+), (which|and|but|particularly) ", r"\1\2 ", s, count=1)
    return s


def paragraphs(target: int, seed: int = 1):
    """Paragraphs of 4 sentences until about ``target`` characters of prose."""
    sents = sentences()
    rng = random.Random(seed)
    size = i = 0
    while size < target:
        para = " ".join(damage(sents[(i + k) % len(sents)], rng) for k in range(4))
        i += 4
        size += len(para)
        yield i // 4, para


def _csv(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


def _po(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _ts(n: int, sep: str) -> str:
    h, rem = divmod(n, 3600)
    m, sec = divmod(rem, 60)
    return f"{h:02d}:{m:02d}:{sec:02d}{sep}000"


def generate(fmt: str, path: Path, target: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as out:
        w = out.write
        if fmt == "json":
            w('{"items": [\n')
        elif fmt == "csv":
            w("id,text,url\r\n")
        elif fmt == "tsv":
            w("id\ttext\n")
        elif fmt == "vtt":
            w("WEBVTT\n\n")
        elif fmt == "po":
            w('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n')
        elif fmt == "xliff":
            w('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2"><file source-language="es" '
              'target-language="en" datatype="plaintext" original="news"><body>\n')
        elif fmt == "html":
            w("<!DOCTYPE html>\n<html><head><style>p { margin: 0 }</style></head><body>\n")
        for n, p in paragraphs(target):
            if fmt == "text":
                w(p + "\n\n")
            elif fmt == "markdown":
                w((f"## Section {n}\n\n" if n % 20 == 1 else "") + p + f" See `code_{n}` and [the source](https://example.org/{n}).\n\n")
            elif fmt == "html":
                words = p.split(" ")
                words[1] = f"<b>{words[1]}</b>"
                w(f"<p class=\"c{n % 7}\">{xml_escape(' '.join(words[:1]))} " + " ".join(words[1:2]) + " "
                  + xml_escape(" ".join(words[2:])) + (f"</p>\n<script>var x{n} = 'trainswhich';</script>\n" if n % 50 == 0 else "</p>\n"))
            elif fmt == "jsonl":
                w(json.dumps({"id": n, "url": f"https://example.org/{n}", "text": p}, ensure_ascii=False) + "\n")
            elif fmt == "json":
                w(("," if n > 1 else "") + json.dumps({"id": n, "body": p}, ensure_ascii=False) + "\n")
            elif fmt == "csv":
                w(f"{n},{_csv(p)},https://example.org/{n}\r\n")
            elif fmt == "tsv":
                w(f"{n}\t{p.replace(chr(9), ' ')}\n")
            elif fmt in ("srt", "vtt"):
                sep = "," if fmt == "srt" else "."
                w((f"{n}\n" if fmt == "srt" else "") + f"{_ts(n, sep)} --> {_ts(n + 1, sep)}\n{p}\n\n")
            elif fmt == "po":
                w(f'#: news.txt:{n}\nmsgid "Fuente {n}"\nmsgstr {_po(p)}\n\n')
            elif fmt == "xliff":
                w(f'<trans-unit id="{n}"><source>Fuente {n}</source><target>{xml_escape(p)}</target></trans-unit>\n')
        if fmt == "json":
            w("]}\n")
        elif fmt == "xliff":
            w("</body></file></xliff>\n")
        elif fmt == "html":
            w("</body></html>\n")


def measure_one(fmt: str, path: str, out: str) -> dict:
    """In a fresh process: the whole `fix` path for one file (no model)."""
    t0 = time.perf_counter()
    from mt_repair import Repairer
    from mt_repair.files import load_text
    from mt_repair.formats import Options, encode, process_path, write_atomic
    rep = Repairer()
    rep.repair("Warm the word lists up: trainswhich run.")
    t1 = time.perf_counter()
    c1 = time.process_time()
    text, enc = load_text(path)
    r = process_path(path, text, rep, input_format=fmt, options=Options(**FORMATS[fmt][1]))
    write_atomic(out, encode(r.text, enc))
    t2 = time.perf_counter()
    cpu = time.process_time() - c1
    size = os.path.getsize(path)
    return {"format": fmt, "mb": size / 1e6, "seconds": t2 - t1, "startup_s": t1 - t0,
            "cpu_s": cpu, "mb_cpu_s": size / 1e6 / cpu,
            "mb_s": size / 1e6 / (t2 - t1), "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "segments": r.segments, "edits": len(r.edits), "notes": len(r.notes)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=50.0, help="prose per format, in MB (the files are larger)")
    ap.add_argument("--only", default="", help="comma-separated formats (default: all)")
    ap.add_argument("--dir", default="/tmp/mt_repair_bench_formats")
    ap.add_argument("--out", default="runs/formats_bench.md")
    ap.add_argument("--keep", action="store_true")
    ap.add_argument("--one", nargs=3, metavar=("FORMAT", "IN", "OUT"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(measure_one(*a.one)))
        return
    folder = Path(a.dir)
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for fmt in [f for f in (a.only.split(",") if a.only else FORMATS)]:
        src = folder / f"bench{FORMATS[fmt][0]}"
        generate(fmt, src, int(a.mb * 1e6))
        res = subprocess.run([sys.executable, __file__, "--one", fmt, str(src), str(folder / f"out{FORMATS[fmt][0]}")],
                             capture_output=True, text=True, cwd=ROOT)
        if res.returncode:
            print(res.stderr, file=sys.stderr)
            raise SystemExit(f"{fmt} failed")
        row = json.loads(res.stdout)
        rows.append(row)
        print(f"{fmt:9} {row['mb']:7.1f} MB {row['seconds']:7.1f} s {row['mb_s']:6.2f} MB/s cpu {row['cpu_s']:6.1f} s "
              f"peak RSS {row['peak_rss_mb']:7.0f} MB  edits {row['edits']}", file=sys.stderr)
        if not a.keep:
            src.unlink()
            (folder / f"out{FORMATS[fmt][0]}").unlink()
    cmd = "python scripts/bench_formats.py " + " ".join(sys.argv[1:])
    lines = ["# `fix` throughput per input format", "",
             f"Command: `{cmd}`", "",
             f"Machine: {os.cpu_count()} cores shared with other jobs, "
             f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}. "
             "Rules only (no model), safe mode; one process per format; the whole file is read into memory "
             "(the streaming JSONL path is measured separately). MB/s = input file size / (read + locate + "
             "repair + write) seconds, after imports and word lists are loaded; CPU s is the process's "
             "user + system time for the same work (less sensitive to the shared cores).", "",
             "| format | input MB | wall s | MB/s (wall) | CPU s | MB per CPU-s | peak RSS MB | prose segments | edits |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['format']} | {r['mb']:.1f} | {r['seconds']:.1f} | {r['mb_s']:.2f} | {r['cpu_s']:.1f} | "
                     f"{r['mb_cpu_s']:.2f} | {r['peak_rss_mb']:.0f} | {r['segments']:,} | {r['edits']:,} |")
    Path(a.out).parent.mkdir(parents=True, exist_ok=True)
    Path(a.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
