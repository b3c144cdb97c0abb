"""Plain text in and out, byte for byte: BOM, encoding and line endings are kept.

>>> d = decode(b"\\xef\\xbb\\xbfone\\r\\ntwo\\n", "x.txt")
>>> (d.text, d.encoding)
('one\\r\\ntwo\\n', 'utf-8-sig')
>>> encode(d.text, d.encoding) == b"\\xef\\xbb\\xbfone\\r\\ntwo\\n"
True
"""

from __future__ import annotations

import codecs
from contextlib import contextmanager
import os
import stat
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..errors import BinaryFileError, InputError, UserError

__all__ = ["Decoded", "read_bytes", "sniff_encoding", "decode", "encode", "atomic_output", "Discard",
           "write_atomic"]


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str      # codec name used to decode, and to encode the output again


def read_bytes(path: str) -> bytes:
    """Read a file (or standard input for "-") with errors a user can act on."""
    if path == "-":
        return sys.stdin.buffer.read()
    p = Path(path)
    try:
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory (give files, or a glob like '{path}/*.txt')") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read: {e.strerror or e}") from None


def sniff_encoding(head: bytes, name: str) -> str:
    """The encoding a file's first bytes announce: a BOM, else UTF-8 (NUL bytes: binary).

    >>> sniff_encoding(b"\\xff\\xfeh\\x00", "x"), sniff_encoding(b"plain", "x")
    ('utf-16', 'utf-8')
    """
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in head[:8192]:
        raise BinaryFileError(f"{name}: looks like a binary file (NUL bytes); skipped")
    return "utf-8"


def decode(data: bytes, name: str, encoding: str | None = None, errors: str = "strict") -> Decoded:
    """Decode ``data``; a BOM decides the encoding, else UTF-8 (or ``encoding``)."""
    if encoding is None:
        encoding = sniff_encoding(data, name)
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise UserError(f"unknown encoding {encoding!r}") from None
    try:
        text = data.decode(encoding, errors=errors)
    except UnicodeDecodeError as e:
        raise InputError(
            f"{name}: not valid {e.encoding.upper()} at byte {e.start} "
            f"(bytes {data[e.start:e.start + 4]!r}); use --encoding to name the encoding, "
            f"or --errors replace to substitute U+FFFD") from None
    return Decoded(text, encoding)


def encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="surrogateescape" if encoding.startswith("utf-8") else "strict")


class Discard(Exception):
    """Raise inside :func:`atomic_output` to drop the new content and keep the old file."""


@contextmanager
def atomic_output(path: str):
    """A binary handle whose content replaces ``path`` only when the block succeeds:
    temp file in the same folder, fsync, rename.  A crash at any point leaves either the
    old file or the new one, never half of one; :class:`Discard` keeps the old file.  A
    symbolic link is written through: its target gets the new content.
    """
    target = Path(path)
    if target.is_symlink() and target.exists():
        target = Path(os.path.realpath(path))   # write through the link: the link stays a link
    folder = target.parent if str(target.parent) else Path(".")
    try:
        mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else None
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".mt-repair.tmp", dir=folder)
    except FileNotFoundError:
        raise UserError(f"{path}: folder {folder} does not exist") from None
    except PermissionError:
        raise UserError(f"{path}: cannot write here (permission denied)") from None
    except OSError as e:
        raise UserError(f"{path}: cannot write: {e.strerror or e}") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, Discard):
            return
        if isinstance(e, OSError):
            raise UserError(f"{path}: cannot write: {e.strerror or e}; the original is unchanged") from None
        raise


def write_atomic(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_output`)."""
    with atomic_output(path) as fh:
        fh.write(data)
