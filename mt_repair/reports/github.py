"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per
finding, shown as annotations on the pull request's changed lines.

>>> rec = {"path": "docs/a.md", "line": 3, "column": 5, "end_line": 3, "end_column": 16, "rule": "merged-words",
...        "severity": "error", "message": "50% sure: a,b", "suggestion": "trains, which"}
>>> print(github_lines([rec])[0])
::error file=docs/a.md,line=3,col=5,endLine=3,endColumn=16,title=mt-repair merged-words::50%25 sure: a,b (→ 'trains, which')
"""

from __future__ import annotations

from typing import Iterable

__all__ = ["github_lines"]

_CMD = {"error": "error", "warning": "warning", "info": "notice"}


def _data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(s: str) -> str:
    return _data(s).replace(":", "%3A").replace(",", "%2C")


def github_lines(records: Iterable[dict]) -> list[str]:
    out = []
    for r in records:
        sug = r.get("suggestion")
        hint = " (remove)" if sug == "" else f" (→ {sug!r})" if sug is not None else ""
        props = (f"file={_prop(r['path'])},line={r['line']},col={r['column']},"
                 f"endLine={r['end_line']},endColumn={r['end_column']},title={_prop('mt-repair ' + r['rule'])}")
        out.append(f"::{_CMD.get(r['severity'], 'warning')} {props}::{_data(r['message'] + hint)}")
    return out
