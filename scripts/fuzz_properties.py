#!/usr/bin/env python3
"""The long property profile: tests/test_properties.py with many examples per property.

CI runs the same properties with a quick profile (150 examples).  This runs them with
``--examples`` (default 10,000) each and prints a markdown line for BENCHMARKS.md.

    python scripts/fuzz_properties.py --examples 10000
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--examples", type=int, default=10_000)
    args = ap.parse_args()
    env = dict(os.environ, MT_REPAIR_PROPERTY_EXAMPLES=str(args.examples))
    t = time.time()
    r = subprocess.run([sys.executable, "-m", "pytest", "tests/test_properties.py", "-p", "no:cacheprovider", "-o", "addopts=",
                        "--hypothesis-show-statistics", "-q"], cwd=ROOT, env=env, capture_output=True, text=True)
    wall = time.time() - t
    out = r.stdout + r.stderr
    tests = re.findall(r"tests/test_properties.py::(\w+):", out)
    passed = re.search(r"(\d+) passed", out)
    failed = re.search(r"(\d+) failed", out)
    print(out[-3000:], file=sys.stderr)
    status = "clean" if r.returncode == 0 else "FAILED"
    print(f"| {args.examples:,} examples per property | {len(tests) or '?'} properties | "
          f"{passed.group(1) if passed else 0} passed, {failed.group(1) if failed else 0} failed | "
          f"{wall:.0f} s | {status} |")
    sys.exit(r.returncode)


if __name__ == "__main__":
    main()
