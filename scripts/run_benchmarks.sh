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
# the model stage: rules alone against rules + model, real MT before and after, translationese
python scripts/bench_synthetic.py --model default --json .bench/synth_model.json > .bench/synth_model.md 2> .bench/synth_model.err
python scripts/compare_model_md.py .bench/synth_model.json > .bench/model_eval.md
python scripts/bench_real_mt.py ../shared/data --out .bench/real_mt.md --json .bench/real_mt.json > /dev/null 2> .bench/real_mt.err
python scripts/bench_sentence_joins.py ../shared/data --out .bench/sentence_joins.md --json .bench/sentence_joins.json 2> .bench/sentence_joins.err
python scripts/bench_name_verb.py ../shared/data --out .bench/name_verb.md --json .bench/name_verb.json > /dev/null 2> .bench/name_verb.err
python scripts/bench_two_joins.py ../shared/data --split test --out .bench/two_joins.md > /dev/null 2> .bench/two_joins.err
python scripts/bench_translationese.py ../shared/data --n 200 --out .bench/translationese.md --json .bench/translationese.json > /dev/null 2> .bench/translationese.err
python scripts/bench_gold_pages.py --out .bench/gold_pages.md --json .bench/gold_pages.json > /dev/null 2> .bench/gold_pages.err
date -u > .bench/done
git rev-parse --short HEAD > .bench/commit 2>/dev/null || true
git status --porcelain | grep -v '^??' | wc -l > .bench/dirty || true
python scripts/make_benchmarks_md.py
