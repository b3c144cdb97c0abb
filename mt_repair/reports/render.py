"""Findings and edits as text lines, JSON records and unified diffs."""

from __future__ import annotations

import difflib
import json
from typing import Iterable, Sequence

from ..edits import Edit, Finding
from .locate import LineIndex

__all__ = ["finding_records", "text_lines", "json_report", "unified_diff", "explain_lines"]


def finding_records(path: str, text: str, findings: Iterable[Finding], applied: Sequence[Edit] = ()) -> list[dict]:
    """One flat record per finding, with line/column positions for ``path``."""
    idx = LineIndex(text)
    out = []
    for f in findings:
        line, col = idx.position(f.start)
        end_line, end_col = idx.position(f.end)
        out.append({
            "path": path, "line": line, "column": col, "end_line": end_line, "end_column": end_col,
            "start": f.start, "end": f.end, "rule": f.rule, "severity": f.severity,
            "confidence": f.confidence, "message": f.reason, "original": f.original,
            "suggestion": f.suggestion,
        })
    return out


def text_lines(records: Iterable[dict]) -> list[str]:
    """``file:line:col: rule: message (suggestion)`` lines, like compilers and linters."""
    lines = []
    for r in records:
        sug = r["suggestion"]
        hint = " (remove)" if sug == "" else f" (→ {sug!r})" if sug is not None else ""
        lines.append(f"{r['path']}:{r['line']}:{r['column']}: {r['rule']}: {r['message']}{hint}")
    return lines


def json_report(records: list[dict]) -> str:
    return json.dumps(records, ensure_ascii=False, indent=2)


def explain_lines(path: str, text: str, edits: Iterable[Edit]) -> list[str]:
    """One line per applied edit: where, which rule or model, how sure, before -> after, why."""
    idx = LineIndex(text)
    out = []
    for e in edits:
        line, col = idx.position(e.start)
        out.append(f"{path}:{line}:{col}: {e.rule} [{e.source} {e.confidence:.2f}] "
                   f"{e.original!r} → {e.replacement!r}: {e.reason}")
    return out


def unified_diff(path: str, before: str, after: str, color: bool = False) -> str:
    lines = difflib.unified_diff(before.splitlines(keepends=True), after.splitlines(keepends=True),
                                 fromfile=f"a/{path.lstrip('/')}", tofile=f"b/{path.lstrip('/')}")
    out = []
    for ln in lines:
        if not ln.endswith("\n"):
            ln += "\n\\ No newline at end of file\n"
        if color:
            if ln.startswith("+") and not ln.startswith("+++"):
                ln = f"\x1b[32m{ln.rstrip(chr(10))}\x1b[0m\n"
            elif ln.startswith("-") and not ln.startswith("---"):
                ln = f"\x1b[31m{ln.rstrip(chr(10))}\x1b[0m\n"
            elif ln.startswith("@@"):
                ln = f"\x1b[36m{ln.rstrip(chr(10))}\x1b[0m\n"
        out.append(ln)
    return "".join(out)
