#!/usr/bin/env python
"""Train the mt-repair span model (see mt_repair/model/train.py and models/default/README.md).

    python scripts/train_model.py --out runs/span --minutes 70 \
        --corpus ../shared/data/en_news/wmt_newstest_en_source-side_2008-2020_no2013.txt \
        --ape ../shared/data/ape/mlqe_pe_to_en
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", nargs="+",
                    default=[str(DATA / "en_news" / "wmt_newstest_en_source-side_2008-2020_no2013.txt")],
                    help="clean English, one sentence a line (train split = line numbers n %% 10 < 8)")
    ap.add_argument("--ape", default=str(DATA / "ape" / "mlqe_pe_to_en"),
                    help="directory of */train.mt|pe post-edit pairs ('' to skip)")
    ap.add_argument("--out", default=str(ROOT / "runs" / "span"))
    ap.add_argument("--minutes", type=float, default=70)
    ap.add_argument("--max-steps", type=int, default=None)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--checkpoint-minutes", type=float, default=10)
    ap.add_argument("--init-from", default=None, help="continue from a saved model directory")
    ap.add_argument("--d-model", type=int, default=None)
    ap.add_argument("--d-ff", type=int, default=None)
    ap.add_argument("--layers", type=int, default=None, help="encoder layers")
    ap.add_argument("--decoder-layers", type=int, default=None)
    ap.add_argument("--heads", type=int, default=None)
    ap.add_argument("--d-kv", type=int, default=None)
    ap.add_argument("--warmup", type=int, default=200, help="warm-up steps")
    ap.add_argument("--device", default="cpu", help="cpu, cuda, or auto (cuda when available)")
    ap.add_argument("--bf16", action="store_true", help="bfloat16 autocast (GPU)")
    ap.add_argument("--workers", type=int, default=0, help="processes building batches (0: none)")
    ap.add_argument("--context-words", type=int, default=None, help="words of context each side (default 4)")
    ap.add_argument("--context-chars", type=int, default=None, help="characters of context each side (default 48)")
    ap.add_argument("--max-source-bytes", type=int, default=None, help="input length (default 160)")
    ap.add_argument("--save-dtype", choices=["float32", "float16"], default=None,
                    help="dtype of the saved weights (default: as trained, float32)")
    ap.add_argument("--kind-weight", action="append", default=[], metavar="KIND=W",
                    help="weight of a corruption kind in the synthetic examples (repeatable; defaults: "
                         "mt_repair.model.data.KIND_WEIGHTS)")
    ap.add_argument("--decoys", default="0",
                    help="share of clean uses of the forms translationese writes ('he actually said'), "
                         "or 'match' for the share of translationese damage (default 0, as the shipped model)")
    ap.add_argument("--paragraphs", type=float, default=None,
                    help="two-line texts added, as a share of the lines (default: mt_repair.model.data.PARAGRAPHS)")
    a = ap.parse_args(argv)
    kinds = {}
    for kw in a.kind_weight:
        k, _, w = kw.partition("=")
        try:
            kinds[k] = float(w)
        except ValueError:
            ap.error(f"--kind-weight takes KIND=WEIGHT, got {kw!r}")
    from mt_repair.synth import REGISTRY
    unknown = sorted(set(kinds) - set(REGISTRY))
    if unknown:
        ap.error(f"unknown corruption kind(s) {', '.join(unknown)}; known: {', '.join(sorted(REGISTRY))}")
    from mt_repair.model.data import matching_decoy_share
    from mt_repair.model.train import train
    from mt_repair.model.windows import DEFAULT_WINDOW, Window
    try:
        decoys = matching_decoy_share(kinds=kinds) if a.decoys == "match" else float(a.decoys)
    except ValueError:
        ap.error(f"--decoys takes a share or 'match', got {a.decoys!r}")
    arch = {k: v for k, v in dict(d_model=a.d_model, d_ff=a.d_ff, num_layers=a.layers, num_heads=a.heads,
                                 d_kv=a.d_kv, num_decoder_layers=a.decoder_layers).items() if v is not None}
    window = None   # default: the --init-from model's window, else the default window
    if a.context_words or a.context_chars or a.max_source_bytes:
        window = Window(a.context_words or DEFAULT_WINDOW.words, a.context_chars or DEFAULT_WINDOW.chars,
                        a.max_source_bytes or DEFAULT_WINDOW.max_source_bytes, DEFAULT_WINDOW.max_target_bytes)
    device = a.device
    if device == "auto":
        import torch
        device = "cuda" if torch.cuda.is_available() else "cpu"

    def log(msg: str) -> None:
        print(time.strftime("%H:%M:%S"), msg, flush=True)

    log("command: " + " ".join(sys.argv))
    res = train(a.corpus, a.out, minutes=a.minutes, threads=a.threads, seed=a.seed, ape_dir=a.ape or None,
                batch_size=a.batch_size, lr=a.lr, max_steps=a.max_steps, checkpoint_minutes=a.checkpoint_minutes,
                init_from=a.init_from, log=log, device=device, workers=a.workers, bf16=a.bf16, window=window,
                warmup=a.warmup, save_dtype=a.save_dtype, kinds=kinds, paragraphs=a.paragraphs, decoys=decoys,
                **arch)
    log("done " + json.dumps(res))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
