"""The one path from text to result: units detect, the planner chooses, edits apply."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from .edits import Edit, Finding, apply_edits, compose
from .planner import Policy, plan
from .units import RULES, UNITS, Doc

__all__ = ["Repairer", "Result", "iter_chunks", "CHUNK_CHARS"]

#: a repair can expose more damage ("Mayorkasand Aadvance": once the initial is fixed, the
#: join is clear); passes repeat until nothing changes (a safety cap; real text needs 1-2)
MAX_PASSES = 10

#: long texts are processed in chunks of about this many characters, cut at line ends
CHUNK_CHARS = 1 << 18


@dataclass
class Result:
    """What :func:`mt_repair.repair` returns: the new text and the edits that made it."""

    text: str
    edits: list[Edit] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.edits)

    def explain(self) -> list[str]:
        """One line per edit: offsets, rule, confidence, before -> after, reason."""
        return [f"{e.start}-{e.end} {e.rule} ({e.source}, {e.confidence:.2f}): "
                f"{e.original!r} -> {e.replacement!r}  {e.reason}" for e in self.edits]


def iter_chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """Yield (offset, chunk) pieces of ``text`` cut just after a newline."""
    n = len(text)
    pos = 0
    while pos < n:
        end = min(n, pos + size)
        if end < n:
            cut = text.rfind("\n", pos, end)
            if cut >= pos:
                end = cut + 1
            else:  # one very long line: cut at a space rather than inside a word
                sp = text.rfind(" ", pos, end)
                end = sp + 1 if sp > pos else end
        yield pos, text[pos:end]
        pos = end


class Repairer:
    """Reusable repairer: holds the policy and, when asked for, the loaded model.

    >>> Repairer().repair("for trainswhich have").text
    'for trains, which have'
    """

    def __init__(self, mode: str = "safe", select: Iterable[str] = (), ignore: Iterable[str] = (),
                 model=None, extra_units: Iterable = ()):
        if mode not in ("safe", "all"):
            raise ValueError(f"mode must be 'safe' or 'all', not {mode!r}")
        #: units from user glossaries; one with a registry rule id replaces the built-in unit
        self._extra = {u.rule: u for u in extra_units}
        unknown = sorted((set(select) | set(ignore)) - set(RULES) - set(self._extra))
        if unknown:
            raise ValueError(f"unknown rule(s): {', '.join(unknown)}; known: {', '.join(RULES)}")
        self.policy = Policy(mode, frozenset(select), frozenset(ignore))
        self._model_spec = model
        self._model = None

    @property
    def model(self):
        """The loaded span model, or None for rules only (loads on first use)."""
        if self._model is None and self._model_spec is not None:
            spec = self._model_spec
            if isinstance(spec, str) or hasattr(spec, "__fspath__"):
                from .errors import UserError
                from .model import load
                try:
                    self._model = load(None if spec == "default" else spec)
                except Exception as e:  # a user's directory or hub id: any failure is theirs to fix
                    raise UserError(f"cannot load model {str(spec)!r}: {type(e).__name__}: {e} "
                                    "(use --no-model for rules only)") from None
            else:
                self._model = spec  # an object with .choose()
        return self._model

    def _units(self):
        units = [self._extra.get(u.rule, u) for u in UNITS]
        units += [u for rule, u in self._extra.items() if rule not in RULES]
        return [u for u in units if self.policy.wants(u.rule)]

    def detect(self, text: str, progress: Callable[[int], None] | None = None, *,
               at_file_start: bool = True) -> list[Finding]:
        """Every finding in ``text`` whose rule is selected, in text order.

        ``progress``, if given, is called with the number of characters done after each chunk.
        """
        out: list[Finding] = []
        units = self._units()
        for offset, chunk in iter_chunks(text):
            if progress and offset:
                progress(offset)
            doc = Doc(chunk, at_file_start=at_file_start and offset == 0)
            found = [f for u in units for f in u.find(doc)]
            # model_only findings are questions for the model stage, not reports
            found = [f for f in found if not f.meta.get("model_only")]
            if offset:
                found = [_shift(f, offset) for f in found]
            out.extend(found)
        out.sort(key=lambda f: (f.start, f.end, f.rule))
        return out

    def repair(self, text: str, progress: Callable[[int], None] | None = None, *,
               at_file_start: bool = True) -> Result:
        """Repair ``text``; everything outside the edits is kept as it was.

        ``progress``, if given, is called with the number of characters done after each chunk.
        """
        pieces: list[str] = []
        edits: list[Edit] = []
        findings: list[Finding] = []
        units = self._units()
        for offset, chunk in iter_chunks(text):
            if progress and offset:
                progress(offset)
            start = at_file_start and offset == 0
            doc = Doc(chunk, at_file_start=start)   # one Doc: units share its caches
            found = [f for u in units for f in u.find(doc)]
            chosen = plan(found, self.policy, self.model, chunk) if found else []
            out = apply_edits(chunk, chosen) if chosen else chunk
            for _ in range(MAX_PASSES - 1):
                if not chosen:
                    break
                # look again, but only at the lines that were edited
                more = []
                whole = Doc(out, at_file_start=start)
                for ws, we in _edited_lines(out, chosen):
                    window = out[ws:we]
                    doc = Doc(window, at_file_start=start and ws == 0, parent=whole)
                    again = [f for u in units for f in u.find(doc)]
                    more.extend(e.shifted(ws) for e in plan(again, self.policy, self.model, window))
                if not more:
                    break
                chosen = compose(chunk, chosen, more)
                out = apply_edits(chunk, chosen)
            pieces.append(out)
            edits.extend(e.shifted(offset) for e in chosen)
            findings.extend(_shift(f, offset) for f in found if not f.meta.get("model_only"))
        findings.sort(key=lambda f: (f.start, f.end, f.rule))
        return Result("".join(pieces), edits, findings)


    def repair_spans(self, text: str, spans: Iterable[tuple[int, int]]) -> Result:
        """Repair only inside ``spans`` ((start, end) pairs, sorted, non-overlapping).

        Formats use this: a parser locates the prose (text nodes, JSON string values,
        subtitle cues) and everything outside the spans is kept byte for byte.  Edit
        and finding offsets refer to ``text``.

        >>> text = "<p>for trainswhich run</p><code>trainswhich</code>"
        >>> Repairer().repair_spans(text, [(3, 22)]).text
        '<p>for trains, which run</p><code>trainswhich</code>'
        """
        pieces: list[str] = []
        edits: list[Edit] = []
        findings: list[Finding] = []
        pos = 0
        first = True
        for start, end in spans:
            if start < pos or end < start:
                raise ValueError(f"spans must be sorted and non-overlapping: ({start}, {end})")
            pieces.append(text[pos:start])
            r = self.repair(text[start:end], at_file_start=first)
            first = False
            pieces.append(r.text)
            edits.extend(e.shifted(start) for e in r.edits)
            findings.extend(_shift(f, start) for f in r.findings)
            pos = end
        pieces.append(text[pos:])
        return Result("".join(pieces), edits, findings)


def _edited_lines(out: str, chosen: list[Edit]) -> list[tuple[int, int]]:
    """Line ranges of ``out`` (the text after ``chosen``) that hold an edit's replacement."""
    ranges: list[tuple[int, int]] = []
    shift = 0
    for e in chosen:
        s0 = e.start + shift
        e0 = s0 + len(e.replacement)
        shift += len(e.replacement) - (e.end - e.start)
        ls = out.rfind("\n", 0, s0) + 1
        le = out.find("\n", e0)
        le = len(out) if le < 0 else le + 1
        if ranges and ls <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], le))
        else:
            ranges.append((ls, le))
    return ranges


def _shift(f: Finding, offset: int) -> Finding:
    if not offset:
        return f
    return Finding(f.rule, f.start + offset, f.end + offset, f.original, f.candidates,
                   f.confidence, f.reason, f.severity, f.source, f.meta)
