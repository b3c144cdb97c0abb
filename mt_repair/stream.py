"""Constant-memory repair and detection of byte streams, as a library API.

(The CLI streams through :mod:`mt_repair.formats.stream`, which adds JSONL rows and
worker processes; both cut the decoded text with the same ``decoded_pieces``.)
The input is decoded incrementally, cut into chunks at line ends (or, for one
enormous line, at a space), repaired chunk by chunk and written out at once, so
memory stays bounded by the chunk size whatever the input size.  BOM, encoding and
line endings are kept; edits and findings carry offsets into the whole text.

>>> import io
>>> src = io.BytesIO(b"\\xef\\xbb\\xbf" + b"for trainswhich run\\r\\nthe the end\\r\\n" * 3)
>>> dst = io.BytesIO()
>>> stats = repair_stream(src, dst, Repairer(), chunk_chars=40)
>>> dst.getvalue()[:38]
b'\\xef\\xbb\\xbffor trains, which run\\r\\nthe end\\r\\nfor'
>>> stats.edits
6
"""

from __future__ import annotations

import bisect
import codecs
from dataclasses import dataclass, field
from typing import BinaryIO, Callable, Iterator

from .edits import Edit, Finding
from .engine import CHUNK_CHARS, Repairer
from .formats.stream import decoded_pieces

__all__ = ["repair_stream", "detect_stream", "StreamStats"]


@dataclass
class StreamStats:
    chars: int = 0
    edits: int = 0
    encoding: str = "utf-8"
    edit_log: list[Edit] = field(default_factory=list)


def repair_stream(src: BinaryIO, dst: BinaryIO, repairer: Repairer, *, encoding: str | None = None,
                  errors: str = "strict", name: str = "<stream>", chunk_chars: int = CHUNK_CHARS,
                  keep_edits: bool = False, progress: Callable[[int], None] | None = None) -> StreamStats:
    """Repair ``src`` into ``dst`` chunk by chunk; returns counts (and the edits if asked)."""
    stats = StreamStats()
    encoder = None
    for _, piece, stats.encoding in decoded_pieces(src, name, encoding, errors, False, chunk_chars):
        if encoder is None:
            encoder = codecs.getincrementalencoder(stats.encoding)("surrogateescape" if stats.encoding.startswith("utf-8") else "strict")
        r = repairer.repair(piece, at_file_start=stats.chars == 0)
        dst.write(encoder.encode(r.text))
        if keep_edits:
            stats.edit_log.extend(e.shifted(stats.chars) for e in r.edits)
        stats.edits += len(r.edits)
        stats.chars += len(piece)
        if progress:
            progress(stats.chars)
    if encoder is not None:
        dst.write(encoder.encode("", final=True))
    return stats


def detect_stream(src: BinaryIO, repairer: Repairer, *, encoding: str | None = None, errors: str = "strict",
                  name: str = "<stream>", chunk_chars: int = CHUNK_CHARS
                  ) -> Iterator[tuple[int, int, Finding]]:
    """(line, column, finding) for every finding, with offsets into the whole text; line and
    column are 1-based (columns count code points)."""
    stats = StreamStats()
    line = 1
    col0 = 0  # characters of the current line that earlier pieces held (a line cut at a space)
    for _, piece, _enc in decoded_pieces(src, name, encoding, errors, False, chunk_chars):
        starts = [0]
        i = piece.find("\n")
        while i >= 0:
            starts.append(i + 1)
            i = piece.find("\n", i + 1)
        for f in repairer.detect(piece, at_file_start=stats.chars == 0):
            k = bisect.bisect_right(starts, f.start) - 1
            shifted = Finding(f.rule, f.start + stats.chars, f.end + stats.chars, f.original, f.candidates,
                              f.confidence, f.reason, f.severity, f.source, f.meta)
            yield line + k, f.start - starts[k] + 1 + (col0 if k == 0 else 0), shifted
        line += len(starts) - 1
        col0 = (col0 if len(starts) == 1 else 0) + len(piece) - starts[-1]
        stats.chars += len(piece)
