"""``python -m mt_repair.cli``: the same command as ``mt-repair``."""

from . import app

app()
