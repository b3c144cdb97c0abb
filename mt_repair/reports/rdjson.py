"""reviewdog's rdjson (``reviewdog -f=rdjson``): diagnostics with suggestions.

Columns are counted in UTF-8 bytes, as the format requires, so the file's text is
needed to convert from code points.

>>> text = "é trainswhich\\n"
>>> rec = {"path": "a.txt", "line": 1, "column": 3, "end_line": 1, "end_column": 14, "start": 2, "end": 13,
...        "rule": "merged-words", "severity": "warning", "message": "join", "suggestion": "trains, which"}
>>> d = rdjson_result([rec], {"a.txt": text})["diagnostics"][0]
>>> d["location"]["range"], d["suggestions"][0]["text"]
({'start': {'line': 1, 'column': 4}, 'end': {'line': 1, 'column': 15}}, 'trains, which')
"""

from __future__ import annotations

import json
from typing import Iterable, Mapping

__all__ = ["rdjson_result", "rdjson_report"]

_SEV = {"error": "ERROR", "warning": "WARNING", "info": "INFO"}


def _byte_col(text: str | None, offset: int, col: int) -> int:
    if text is None:
        return col
    line_start = offset - (col - 1)
    return len(text[line_start:offset].encode("utf-8", "surrogatepass")) + 1


def rdjson_result(records: Iterable[dict], texts: Mapping[str, str] = {}) -> dict:
    diags = []
    for r in records:
        text = texts.get(r["path"])
        rng = {"start": {"line": r["line"], "column": _byte_col(text, r["start"], r["column"])},
               "end": {"line": r["end_line"], "column": _byte_col(text, r["end"], r["end_column"])}}
        d = {"message": r["message"], "location": {"path": r["path"], "range": rng},
             "severity": _SEV.get(r["severity"], "WARNING"), "code": {"value": r["rule"]}}
        if r.get("suggestion") is not None:
            d["suggestions"] = [{"range": rng, "text": r["suggestion"]}]
        diags.append(d)
    return {"source": {"name": "mt-repair", "url": "https://pypi.org/project/mt-repair/"},
            "severity": "WARNING", "diagnostics": diags}


def rdjson_report(records: Iterable[dict], texts: Mapping[str, str] = {}) -> str:
    return json.dumps(rdjson_result(records, texts), ensure_ascii=False, indent=2)
