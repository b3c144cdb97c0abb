"""Files in, files out: read and decode, repair or detect, encode and write atomically.

The CLI is a thin shell over these functions; batch users can call them directly:

>>> import tempfile, os
>>> p = os.path.join(tempfile.mkdtemp(), "a.txt")
>>> _ = open(p, "wb").write(b"for trainswhich have\\r\\n")
>>> fr = repair_file(p, Repairer())
>>> fr.output
b'for trains, which have\\r\\n'
"""

from __future__ import annotations

from dataclasses import dataclass

from .engine import Repairer, Result
from .formats.text import decode, encode, read_bytes, write_atomic

__all__ = ["FileResult", "load_text", "repair_file", "write_output"]


@dataclass
class FileResult:
    path: str
    before: str
    result: Result
    encoding: str

    @property
    def after(self) -> str:
        return self.result.text

    @property
    def output(self) -> bytes:
        return encode(self.result.text, self.encoding)


def load_text(path: str, encoding: str | None = None, errors: str = "strict") -> tuple[str, str]:
    """(text, encoding) of ``path`` ("-" is standard input)."""
    name = "<stdin>" if path == "-" else path
    d = decode(read_bytes(path), name, encoding, errors)
    return d.text, d.encoding


def repair_file(path: str, repairer: Repairer, encoding: str | None = None,
                errors: str = "strict") -> FileResult:
    text, enc = load_text(path, encoding, errors)
    return FileResult(path, text, repairer.repair(text), enc)


def write_output(target: str, data: bytes) -> None:
    """Write atomically (temp file, fsync, rename): never a half-written file."""
    write_atomic(target, data)
