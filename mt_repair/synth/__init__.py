"""Synthetic damage: corrupt clean English the way MT pages are damaged.

Used by the benchmarks (``scripts/bench_*.py``) and by the model's training-data
generator.  Each corruption kind is a small unit registered in :data:`REGISTRY`.
"""

from .base import Corruption, REGISTRY, register, split_of  # noqa: F401
from . import artifacts, translationese  # noqa: F401,E402  (importing registers the kinds)
