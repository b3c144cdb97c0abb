#!/usr/bin/env bash
# Run every benchmark documented in BENCHMARKS.md (outputs under .bench/, git-ignored),
# then rebuild BENCHMARKS.md from them.  Needs the corpora in ../shared/data (see its SOURCES.md)
# and the bench extra: pip install -e ".[bench]"
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .bench
python scripts/bench_synthetic.py --json .bench/synth.json > .bench/synth.md 2> .bench/synth.err
python scripts/bench_synthetic.py --granularity file --json .bench/synth_file.json > .bench/synth_file.md 2> .bench/synth_file.err
python scripts/bench_do_no_harm.py --out-dir .bench/do_no_harm --json .bench/dnh.json > .bench/dnh.md 2> .bench/dnh.err
python scripts/bench_do_no_harm.py --granularity file --out-dir .bench/do_no_harm_file --json .bench/dnh_file.json > .bench/dnh_file.md 2> .bench/dnh_file.err
python scripts/bench_speed.py --json .bench/speed.json > .bench/speed.md 2> .bench/speed.err
date -u > .bench/done
git rev-parse --short HEAD > .bench/commit 2>/dev/null || true
git status --porcelain | grep -v '^??' | wc -l > .bench/dirty || true
python scripts/make_benchmarks_md.py
