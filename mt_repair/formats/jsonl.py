"""JSON Lines and JSON: the string values at ``--field`` (a dotted path), nothing else.

Each row is validated with :func:`json.loads`; a small scanner then locates the raw
string literal at the path, so every other field, the key order, the spacing and
the escapes of the row are kept exactly.  A malformed row is reported with its line
number and left unchanged; the row count never changes.

Paths: ``text``, ``meta.title``, ``paragraphs.*`` (every element), ``paragraphs.0``.

>>> from mt_repair import Repairer
>>> rows = '{"id": 1, "text": "\\\\"We\\\\" met for trainswhich run"}\\n{bad\\n'
>>> r = process(rows, JsonlFormat(), Repairer())
>>> print(r.text, end="")
{"id": 1, "text": "\\"We\\" met for trains, which run"}
{bad
>>> r.notes
['line 2: malformed JSON row (Expecting property name enclosed in double quotes); left unchanged']
"""

from __future__ import annotations

import json
import re
from typing import Iterator

from ..errors import UserError
from .base import Format, Options, Segment, decode_escapes, process  # noqa: F401  (process: doctest)

__all__ = ["JsonlFormat", "JsonFormat", "locate_strings", "parse_path"]

_WS = re.compile(r"[ \t\n\r]*")
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_SCALAR = re.compile(r"-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null")
_ESC = re.compile(r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}|\\.")


def _json_unescape(m: re.Match) -> str:
    return json.loads(f'"{m[0]}"')


def parse_path(path: str) -> tuple[str, ...]:
    """``"a.b.*"`` → ``("a", "b", "*")``."""
    parts = tuple(p for p in path.split("."))
    if not path or any(not p for p in parts):
        raise UserError(f"bad --field path {path!r}: use dotted keys like text, meta.title, paras.*")
    return parts


def locate_strings(raw: str, pos: int, path: tuple[str, ...]) -> Iterator[tuple[int, int]]:
    """(start, end) of the contents of every string literal at ``path`` in the JSON value
    starting at ``raw[pos]`` (``raw`` must be valid JSON there).

    >>> raw = '{"a": {"b": "x"}, "c": ["y", "z"]}'
    >>> [raw[s:e] for s, e in locate_strings(raw, 0, ("c", "*"))]
    ['y', 'z']
    """
    found: list[tuple[int, int]] = []
    _value(raw, pos, path, 0, found)
    return iter(found)


def _value(raw: str, i: int, path: tuple[str, ...], depth: int, found: list) -> int:
    i = _WS.match(raw, i).end()
    c = raw[i]
    if c == '"':
        m = _STRING.match(raw, i)
        if depth == len(path):
            found.append((i + 1, m.end() - 1))
        return m.end()
    if c == "{":
        i = _WS.match(raw, i + 1).end()
        if raw[i] == "}":
            return i + 1
        while True:
            m = _STRING.match(raw, i)
            key = json.loads(m[0]) if "\\" in m[0] else m[0][1:-1]
            i = _WS.match(raw, m.end()).end() + 1          # past ':'
            want = depth < len(path) and path[depth] in (key, "*")
            i = _value(raw, i, path if want else (), depth + 1 if want else 1, found)
            i = _WS.match(raw, i).end()
            if raw[i] == "}":
                return i + 1
            i = _WS.match(raw, i + 1).end()                # past ','
    if c == "[":
        i = _WS.match(raw, i + 1).end()
        if raw[i] == "]":
            return i + 1
        n = 0
        while True:
            want = depth < len(path) and path[depth] in (str(n), "*")
            i = _value(raw, i, path if want else (), depth + 1 if want else 1, found)
            i = _WS.match(raw, i).end()
            if raw[i] == "]":
                return i + 1
            i = _WS.match(raw, i + 1).end()
            n += 1
    return _SCALAR.match(raw, i).end()


def json_segments(text: str, start: int, end: int, path: tuple[str, ...], where: str) -> list[Segment]:
    return [decode_escapes(s, e, text[s:e], _ESC, _json_unescape, where=where, doc_start=True)
            for s, e in locate_strings(text, start, path)]


class JsonlFormat(Format):
    """One JSON document per line; ``--field`` (default ``text``) picks the prose."""

    name = "jsonl"
    extensions = (".jsonl", ".ndjson")

    def __init__(self):
        self._notes: list[str] = []

    def notes(self) -> list[str]:
        return self._notes

    def escape(self, seg: Segment, replacement: str) -> str | None:
        return json.dumps(replacement, ensure_ascii=False)[1:-1]

    def segments(self, text: str, options: Options) -> list[Segment]:
        path = parse_path(options.field or "text")
        self._notes = []
        out: list[Segment] = []
        for n, m in enumerate(re.finditer(r"[^\n]*(?:\n|$)", text), 1):
            a, b = m.span()
            if a == b and a == len(text):
                break
            out.extend(self.row_segments(text, a, b, path, n))
        return out

    def row_segments(self, text: str, a: int, b: int, path, n: int) -> list[Segment]:
        line = text[a:b]
        if not line.strip():
            return []
        try:
            json.loads(line)
        except ValueError as e:
            self._notes.append(f"line {n}: malformed JSON row ({getattr(e, 'msg', e)}); left unchanged")
            return []
        return json_segments(text, _WS.match(text, a).end(), b, path, f"line {n}")


class JsonFormat(JsonlFormat):
    """One JSON document; ``--field`` (default ``text``) is matched from its root."""

    name = "json"
    extensions = (".json",)

    def segments(self, text: str, options: Options) -> list[Segment]:
        path = parse_path(options.field or "text")
        self._notes = []
        body = text.lstrip("\ufeff")
        try:
            json.loads(body)
        except ValueError as e:
            raise UserError(f"not valid JSON: {e}") from None
        return json_segments(text, len(text) - len(body), len(text), path, "")
