#!/usr/bin/env python3
"""Convert a span model to CTranslate2 into ``MODEL_DIR/ctranslate2/``.

mt-repair then scores spans with CTranslate2 when it is installed (``engine="auto"``),
else with torch; both give the same choices (BENCHMARKS.md, "model engines").  The
weights are stored as the safetensors store them (float16 weights stay float16: the
same numbers in half the space; ``--store float32`` to force) and always computed in
float32 (``quantize=True`` at load time gives int8).

    pip install ctranslate2
    python scripts/convert_ctranslate2.py models/default
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("model_dir", type=Path)
    ap.add_argument("--store", choices=["auto", "float16", "float32"], default="auto",
                    help="weight type on disk (auto: the safetensors' own)")
    args = ap.parse_args(argv)
    store = args.store
    if store == "auto":
        import json
        cfg = json.loads((args.model_dir / "config.json").read_text(encoding="utf-8"))
        store = "float16" if str(cfg.get("dtype", cfg.get("torch_dtype", "float32"))) == "float16" else "float32"
    try:
        from ctranslate2.converters import TransformersConverter
    except ImportError:
        print("error: pip install ctranslate2", file=sys.stderr)
        return 2
    out = args.model_dir / "ctranslate2"
    tmp = args.model_dir / ".ctranslate2.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    TransformersConverter(str(args.model_dir)).convert(str(tmp), quantization=store, force=True)
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    print(f"wrote {out}: " + ", ".join(f"{p.name} {p.stat().st_size // 1024} KB" for p in sorted(out.iterdir())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
