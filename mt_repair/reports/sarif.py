"""SARIF 2.1.0 (code-scanning dashboards): one run, a rule per mt-repair rule, a result per
finding with its region and, when there is a suggestion, a fix.

>>> rec = {"path": "a.md", "line": 1, "column": 5, "end_line": 1, "end_column": 16, "rule": "merged-words",
...        "severity": "warning", "message": "join", "original": "trainswhich", "suggestion": "trains, which",
...        "confidence": 0.95, "fingerprint": "abc"}
>>> log = sarif_log([rec])
>>> res = log["runs"][0]["results"][0]
>>> res["ruleId"], res["level"], res["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]
('merged-words', 'warning', {'text': 'trains, which'})
"""

from __future__ import annotations

import json
from typing import Iterable

__all__ = ["sarif_log", "sarif_report", "SCHEMA_URI"]

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def _rules() -> list[dict]:
    from ..units import UNITS
    return [{"id": u.rule, "name": u.rule.replace("-", " ").title().replace(" ", ""),
             "shortDescription": {"text": u.summary or u.rule},
             "defaultConfiguration": {"level": _LEVEL.get(u.severity, "warning")}} for u in UNITS]


def _uri(path: str) -> str:
    from urllib.parse import quote
    path = path.replace("\\", "/")
    return quote(path[2:] if path.startswith("./") else path)


def sarif_log(records: Iterable[dict]) -> dict:
    """The SARIF log as a dict (see :func:`sarif_report` for the JSON text)."""
    from .. import __version__
    rules = _rules()
    index = {r["id"]: i for i, r in enumerate(rules)}
    results = []
    for r in records:
        if r["rule"] not in index:
            index[r["rule"]] = len(rules)
            rules.append({"id": r["rule"], "shortDescription": {"text": r["rule"]}})
        region = {"startLine": r["line"], "startColumn": r["column"],
                  "endLine": r["end_line"], "endColumn": r["end_column"]}
        loc = {"uri": _uri(r["path"])}
        res = {"ruleId": r["rule"], "ruleIndex": index[r["rule"]], "level": _LEVEL.get(r["severity"], "warning"),
               "message": {"text": r["message"] + (f" (suggestion: {r['suggestion']!r})" if r.get("suggestion") is not None else "")},
               "locations": [{"physicalLocation": {"artifactLocation": loc, "region": region}}],
               "properties": {"confidence": r["confidence"], "original": r["original"]}}
        if r.get("fingerprint"):
            res["partialFingerprints"] = {"mtRepair/v1": r["fingerprint"]}
        if r.get("suggestion") is not None:
            res["fixes"] = [{"description": {"text": f"Replace {r['original']!r} with {r['suggestion']!r}"},
                             "artifactChanges": [{"artifactLocation": loc, "replacements": [
                                 {"deletedRegion": dict(region), "insertedContent": {"text": r["suggestion"]}}]}]}]
        results.append(res)
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "mt-repair", "version": __version__, "semanticVersion": __version__,
                            "informationUri": "https://pypi.org/project/mt-repair/", "rules": rules}},
        "columnKind": "unicodeCodePoints", "results": results}]}


def sarif_report(records: Iterable[dict]) -> str:
    return json.dumps(sarif_log(records), ensure_ascii=False, indent=2)
