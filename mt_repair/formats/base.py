"""What every format shares: segments of prose located in the original text, and the
one loop that repairs them and writes the edits back by offsets.

A format never re-serialises.  Its parser only *locates* prose: a :class:`Segment` is
a ``(start, end)`` span of the original text, optionally with the decoded prose
(``&amp;`` → ``&``, ``\\"`` → ``"``) and, per decoded character, its offset in the
original.  Edits found on the decoded prose are mapped back to the original and
re-escaped; everything else is kept byte for byte.

>>> from mt_repair import Repairer
>>> seg = Segment(5, 24)
>>> r = process("<p>  for trainswhich run</p>", Format(), Repairer(), segments=[seg])
>>> r.text
'<p>  for trains, which run</p>'
>>> [(e.start, e.end, e.original) for e in r.edits]
[(9, 20, 'trainswhich')]

>>> raw = "Q&amp;A trainswhich"
>>> seg = decode_escapes(0, len(raw), raw, re.compile("&amp;"), lambda m: "&")
>>> seg.text, seg.to_raw(2), raw[seg.to_raw(2)]
('Q&A trainswhich', 6, 'A')
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass, field
from typing import Callable, ClassVar, Iterable, Iterator, Sequence

from ..edits import Edit, Finding, apply_edits, compose
from .joins import gap_joins

_WORD = re.compile(r"[^\W\d_]+")

__all__ = ["Segment", "Format", "Options", "DocResult", "process", "decode_escapes", "carve",
           "shift_finding", "join_segments", "tag_insertion_point"]


@dataclass
class Segment:
    """A run of prose at ``text[start:end]``.

    ``text`` is the decoded prose when the format escapes it (None: the raw span is the
    prose).  ``escapes`` lists, for each escape, ``(decoded pos, raw pos, decoded length,
    raw length)``; between escapes decoded and raw text advance together, so memory
    grows with the number of escapes, not of characters.  ``source`` is the
    source-language text for bilingual formats (PO msgid, XLIFF source); ``where`` names
    the segment in notes (a row, a key).
    """

    start: int
    end: int
    text: str | None = None
    escapes: list[tuple[int, int, int, int]] | None = None
    source: str | None = None
    where: str = ""
    doc_start: bool = False       # starts a new document (a JSONL row): title rules apply again
    #: the segments joined into this one (text runs around inline markup), else None
    parts: list["Segment"] | None = None
    #: for each gap (decoded position), where an insertion there goes in the original: after
    #: markup that closes ("</b>", "**" after a word), before markup that opens
    inserts: dict[int, int] | None = None

    def gaps(self) -> list[int]:
        """Decoded positions where joined parts meet (what lies between them is no prose)."""
        return [d for d, _r, dl, rl in (self.escapes or ()) if not dl and rl]

    def prose(self, doc: str) -> str:
        return doc[self.start:self.end] if self.text is None else self.text

    def _escape_at(self, pos: int):
        if not self.escapes:
            return None
        i = bisect.bisect_right(self._keys(), pos) - 1
        return self.escapes[i] if i >= 0 else None

    def _keys(self) -> list[int]:
        keys = getattr(self, "_k", None)
        if keys is None or len(keys) != len(self.escapes):
            keys = self._k = [e[0] for e in self.escapes]
        return keys

    def to_raw(self, pos: int, end: bool = False) -> int:
        """The original offset of decoded position ``pos`` (``end``: as the end of a span,
        which stays before a gap between joined parts rather than after it)."""
        esc = self._escape_at(pos)
        if esc is None:
            return self.start + pos
        d, r, dl, rl = esc
        if pos == d and end:
            first = self.escapes[self._keys().index(d)]
            if not first[2]:     # a gap (several gaps, or a gap and an entity, may share d)
                return first[1]
        if pos == d and (dl or end):
            return r
        if pos < d + dl:
            return r
        return r + rl + (pos - d - dl)

    def clean(self, pos: int) -> bool:
        """True if decoded position ``pos`` falls between escapes, not inside one."""
        esc = self._escape_at(pos)
        return esc is None or not (esc[0] < pos < esc[0] + esc[2])


@dataclass
class Options:
    """Format options from the command line or the config file."""

    field: str | None = None      # JSON/JSONL dotted path ("text", "meta.title", "paras.*")
    column: str | None = None     # CSV/TSV column name or 0-based index


@dataclass
class DocResult:
    """A repaired (or checked) document: new text, edits and findings with offsets into the
    original text, and notes about parts left alone (a malformed JSONL row, ...)."""

    text: str
    edits: list[Edit] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    segments: int = 0
    words: int = 0                # prose words, when asked for (``count_words=True``)

    @property
    def changed(self) -> bool:
        return bool(self.edits)


class Format:
    """Base format: the whole text is one segment.  Subclasses override :meth:`segments`.

    ``escape`` turns replacement prose into the format's raw syntax (None: the edit
    cannot be written there and is dropped).  ``suppress_re`` finds inline
    suppression comments (see :mod:`mt_repair.check`).
    """

    name: ClassVar[str] = "text"
    extensions: ClassVar[tuple[str, ...]] = (".txt",)
    suppress_re: ClassVar[re.Pattern | None] = None
    #: True if what lies between joined parts must stay byte for byte (HTML tags): an edit
    #: across a gap is cut to the characters it changes, and dropped if it still crosses
    keep_gaps: ClassVar[bool] = False
    #: two words that meet at a gap with no space are asked of :func:`~.joins.tag_join` where
    #: the units found nothing there (formats whose gaps are inline markup)
    tag_joins: ClassVar[bool] = False
    #: rules whose findings across a gap the format finds itself (:meth:`extra_findings`)
    gap_rules: ClassVar[frozenset[str]] = frozenset()

    def segments(self, text: str, options: Options) -> Iterable[Segment]:
        return [Segment(0, len(text))]

    def segments_after(self, old: str, edits: Sequence[Edit], new: str, options: Options) -> list[Segment]:
        """The segments of ``new``, which is ``old`` (whose segments this format read last)
        with ``edits`` applied; a format may derive them from ``old``'s instead of parsing."""
        return list(self.segments(new, options))

    def escape(self, seg: Segment, replacement: str) -> str | None:
        return replacement

    def notes(self) -> list[str]:
        return []

    def rewrite(self, text: str, seg: Segment, new_prose: str, edits: Sequence[Edit]) -> Edit | None:
        """One edit replacing the whole segment, for when a replacement cannot be written
        in place (a comma in an unquoted CSV cell); None: drop what cannot be written."""
        return None

    def extra_findings(self, text: str, segments: Sequence[Segment], repairer) -> list[tuple[Finding, Edit | None]]:
        """Format-level findings (HTML tag-boundary merges) with the edit chosen for each."""
        return []


def process(text: str, fmt: Format, repairer, *, repair: bool = True, options: Options | None = None,
            segments: Iterable[Segment] | None = None,
            progress: Callable[[int], None] | None = None, count_words: bool = False,
            source_check: Callable[[str, str], list[Finding]] | None = None,
            _boundary_pass: bool = True, _changed: Callable[[int, int], bool] | None = None,
            _segs: list[Segment] | None = None) -> DocResult:
    """Repair (or, with ``repair=False``, only detect) the prose of ``text`` in format ``fmt``.

    Offsets of the returned edits and findings refer to ``text``; ``result.text`` is
    ``text`` with the edits applied and nothing else changed.  ``source_check(source,
    target)``, if given, adds findings for segments that carry a source (PO msgid, XLIFF
    source), e.g. :func:`mt_repair.bilingual.check_pair`; they are reported, not applied.
    """
    options = options or Options()
    segs = _segs if _segs is not None else list(fmt.segments(text, options) if segments is None else segments)
    edits: list[Edit] = []
    findings: list[Finding] = []
    at_gaps = 0          # edits where joined pieces meet: they may reveal more (see below)
    first = True
    words = 0
    for seg in segs:
        prose = seg.prose(text)
        if count_words:
            words += len(_WORD.findall(prose))
        if not prose.strip():
            continue
        if _changed is not None and not _changed(seg.start, seg.end):
            first = False
            continue     # the boundary pass: a segment the first pass left as it was
        tick = (lambda c, s=seg.start: progress(s + c)) if progress else None
        if repair:
            r = repairer.repair(prose, tick, at_file_start=first or seg.doc_start)
            found, chosen = r.findings, r.edits
        else:
            found, chosen = repairer.detect(prose, tick), []
        first = False
        gaps = seg.gaps()
        if fmt.tag_joins and gaps:
            more = gap_joins(prose, gaps, found, chosen, repairer, repair)
            found = sorted([*found, *(f for f, _e in more)], key=lambda f: (f.start, f.end, f.rule))
            chosen = sorted([*chosen, *(e for _f, e in more if e is not None and repair)], key=lambda e: (e.start, e.end))
        if fmt.gap_rules and gaps:
            found = [f for f in found if not (f.rule in fmt.gap_rules and _crosses(gaps, f.start, f.end))]
            chosen = [e for e in chosen if not (e.rule in fmt.gap_rules and _crosses(gaps, e.start, e.end))]
        findings.extend(shift_finding(f, seg) for f in found)
        if source_check is not None and seg.source:
            findings.extend(shift_finding(f, seg) for f in source_check(seg.source, prose))
        gaps = gaps if fmt.keep_gaps else []
        raws = [_to_raw(text, fmt, seg, e, gaps) for e in chosen]
        at_gaps += sum(1 for e, x in zip(chosen, raws) if x and _touches(gaps, e.start, e.end))
        if None in raws and (whole := fmt.rewrite(text, seg, r.text, chosen)) is not None:
            raws = [[whole]]
        edits.extend(x for e in raws if e is not None for x in e)
        if progress:
            progress(seg.end)
    boundary = fmt.extra_findings(text, segs, repairer)
    findings.extend(f for f, _e in boundary)
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    if not repair:
        return DocResult(text, [], findings, list(fmt.notes()), len(segs), words)
    edits = _no_overlaps(edits)
    later = [e for _f, e in boundary if e is not None]
    if edits and fmt.gap_rules and segments is None:
        # the boundary decisions read the prose around them: read it repaired
        mid = apply_edits(text, edits)
        later = [e for _f, e in fmt.extra_findings(mid, fmt.segments_after(text, edits, mid, options), repairer)
                 if e is not None]
        if later:
            edits = compose(text, edits, _no_overlaps(later))
    elif later:
        edits = _no_overlaps(edits + later)
    out = apply_edits(text, edits) if edits else text
    if (later or at_gaps) and segments is None and _boundary_pass:
        # a separator restored where markup meets prose may reveal more ("Obrador<b>Aadvance</b>"
        # -> "Obrador, <b>Aadvance</b>"): one more pass, so that a second run changes nothing
        # (only the segments an edit changed can hold more: the others read as before,
        # since a repair reads nothing but its segment's prose and whether it starts the
        # file, and an edit never changes how the text outside it splits into segments)
        again = process(out, fmt, repairer, options=options, _boundary_pass=False,
                        _changed=_overlaps_any(_spans_after(edits)),
                        _segs=fmt.segments_after(text, edits, out, options))
        if again.edits:
            edits = compose(text, edits, again.edits)
            out = again.text
    return DocResult(out, edits, findings, list(fmt.notes()), len(segs), words)


def _spans_after(edits: Sequence[Edit]) -> list[tuple[int, int]]:
    """Where each of ``edits`` (not overlapping) stands in the text they produce."""
    out, shift = [], 0
    for e in sorted(edits, key=lambda e: (e.start, e.end)):
        start = e.start + shift
        out.append((start, start + len(e.replacement)))
        shift += len(e.replacement) - (e.end - e.start)
    return out


def _overlaps_any(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """A test: does ``[start, end]`` touch one of ``spans`` (sorted by start, disjoint)?

    >>> t = _overlaps_any([(5, 8), (20, 20)])
    >>> t(0, 4), t(0, 5), t(8, 12), t(9, 19), t(20, 30)
    (False, True, True, False, True)
    """
    ends = [e for _s, e in spans]

    def touches(start: int, end: int) -> bool:
        i = bisect.bisect_left(ends, start)   # the first span that ends at or after start
        return i < len(spans) and spans[i][0] <= end
    return touches


def _crosses(gaps: Sequence[int], start: int, end: int) -> bool:
    return any(start < d < end for d in gaps)


def _touches(gaps: Sequence[int], start: int, end: int) -> bool:
    return any(start <= d <= end for d in gaps)


def _trimmed(e: Edit) -> Edit:
    """``e`` cut to the characters it changes: "“said" -> ",” said" becomes "“" -> ",” "."""
    a, b = e.original, e.replacement
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    q = 0
    while q < min(len(a), len(b)) - p and a[len(a) - 1 - q] == b[len(b) - 1 - q]:
        q += 1
    return Edit(e.rule, e.start + p, e.end - q, a[p:len(a) - q], b[p:len(b) - q], e.confidence, e.reason, e.source)


def _sub_edits(e: Edit) -> list[Edit]:
    """``e`` as the smallest edits that make it, aligned letter by letter ignoring case:
    "ObradorWith" -> "Obrador with" is an insertion of " " and "W" -> "w"."""
    a, b = e.original, e.replacement
    la, lb = a.lower(), b.lower()
    if len(la) != len(a) or len(lb) != len(b):     # "İ" lowers to two characters
        return [_trimmed(e)]
    out = []

    def add(i1, i2, rep):
        out.append(Edit(e.rule, e.start + i1, e.start + i2, a[i1:i2], rep, e.confidence, e.reason, e.source))

    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, la, lb, autojunk=False).get_opcodes():
        if tag == "replace" and a[i1].isalnum() and b[j1:j1 + 1].lower() != la[i1]:
            # a separator written where a letter goes ("Obrador|Aadvance" -> "Obrador,
            # advance"): an insertion and a deletion, so that markup between can take
            # the separator on its outer side
            add(i1, i1, b[j1:j2])
            add(i1, i2, "")
            continue
        if tag != "equal":
            add(i1, i2, b[j1:j2])
            continue
        k, n = 0, i2 - i1
        while k < n:                      # the same letters in another case
            if a[i1 + k] == b[j1 + k]:
                k += 1
                continue
            m = k
            while m < n and a[i1 + m] != b[j1 + m]:
                m += 1
            add(i1 + k, i1 + m, b[j1 + k:j1 + m])
            k = m
    return out


def _to_raw(text: str, fmt: Format, seg: Segment, e: Edit, gaps: Sequence[int] = ()) -> list[Edit] | None:
    """``e`` with offsets in the original, or None if it cannot be written there; where it
    meets one of ``gaps`` (markup that must stay), the smallest edits that make it."""
    if _touches(gaps, e.start, e.end):
        subs = _sub_edits(e)
        if any(_crosses(gaps, x.start, x.end) for x in subs):
            return None      # it would delete markup ("<a>“</a>said" read as one word)
        ends = {0, len(seg.prose(text))}
        if any(not x.replacement and (x.start in gaps or x.end in gaps)
               and {x.start, x.end} <= ends.union(gaps) for x in subs):
            return None      # it would empty the text inside markup ("*With*", "<b> the</b>")
    else:
        subs = [e]
    out = []
    for x in subs:
        if not (seg.clean(x.start) and seg.clean(x.end)):
            return None
        rep = fmt.escape(seg, x.replacement)
        if rep is None:
            return None
        if x.start == x.end and seg.inserts and x.start in seg.inserts:
            s = t = seg.inserts[x.start]      # an insertion where joined parts meet
        else:
            s, t = seg.to_raw(x.start), seg.to_raw(x.end, end=True)
            if t < s:          # an insertion at a gap between joined parts
                t = s
        out.append(Edit(x.rule, s, t, text[s:t], rep, x.confidence, x.reason, x.source))
    return out


def _no_overlaps(edits: list[Edit]) -> list[Edit]:
    edits.sort(key=lambda e: (e.start, e.end))
    out: list[Edit] = []
    for e in edits:
        if out and (e.start < out[-1].end or (e.start == out[-1].start and e.start == e.end)):
            if e.confidence > out[-1].confidence:
                out[-1] = e
            continue
        out.append(e)
    return out


def shift_finding(f: Finding, seg: Segment) -> Finding:
    """``f`` with offsets moved from the segment's decoded prose into the original text."""
    return Finding(f.rule, seg.to_raw(f.start), max(seg.to_raw(f.start), seg.to_raw(f.end, end=True)),
                   f.original, f.candidates,
                   f.confidence, f.reason, f.severity, f.source, f.meta)


def decode_escapes(start: int, end: int, raw: str, pattern: re.Pattern,
                   decode: Callable[[re.Match], str], **kw) -> Segment:
    """A segment for ``raw`` (= text[start:end]) whose escapes (``pattern``) decode via ``decode``.

    The characters of a multi-character decode share the escape's offset, so no edit can
    start or end inside one.
    """
    if not pattern.search(raw):
        return Segment(start, end, **kw)
    out: list[str] = []
    escapes: list[tuple[int, int, int, int]] = []
    pos = dpos = 0
    for m in pattern.finditer(raw):
        a, b = m.span()
        out.append(raw[pos:a])
        dpos += a - pos
        dec = decode(m)
        out.append(dec)
        escapes.append((dpos, start + a, len(dec), b - a))
        dpos += len(dec)
        pos = b
    out.append(raw[pos:])
    return Segment(start, end, "".join(out), escapes, **kw)


def carve(start: int, end: int, holes: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The parts of ``[start, end)`` outside the sorted ``holes``.

    >>> list(carve(0, 10, [(2, 4), (6, 7)]))
    [(0, 2), (4, 6), (7, 10)]
    """
    pos = start
    for a, b in holes:
        if b <= pos or a >= end:
            continue
        if a > pos:
            yield pos, a
        pos = max(pos, b)
    if pos < end:
        yield pos, end


def join_segments(parts: Sequence[Segment], doc: str,
                  insert_at: Callable[[str, int, int], int] | None = None, **kw) -> Segment:
    """One segment whose prose is the parts' prose run together (PO strings split over
    several quoted lines, text runs around inline markup); what lies between the parts is
    a gap that an edit of a format with ``keep_gaps`` never covers.  ``insert_at(doc,
    gap start, gap end)`` says where an insertion at a gap goes (default: after it).
    The parts are kept in ``parts``."""
    text: list[str] = []
    escapes: list[tuple[int, int, int, int]] = []
    inserts: dict[int, int] = {}
    dpos = 0
    for i, p in enumerate(parts):
        if i:
            prev = parts[i - 1].end
            escapes.append((dpos, prev, 0, p.start - prev))
            if insert_at is not None:
                inserts[dpos] = insert_at(doc, prev, p.start)
        escapes.extend((dpos + d, r, dl, rl) for d, r, dl, rl in (p.escapes or ()))
        prose = p.prose(doc)
        text.append(prose)
        dpos += len(prose)
    return Segment(parts[0].start, parts[-1].end, "".join(text), escapes or None, **kw,
                   parts=list(parts) if len(parts) > 1 else None, inserts=inserts or None)


#: a tag of an XML-like markup, or a subtitle override ("{\\an8}")
_TAG = re.compile(r"<(/?)[^>]*>|\{\\[^{}]*\}")


def tag_insertion_point(doc: str, start: int, end: int) -> int:
    """Where an insertion between two runs of prose goes in the markup ``doc[start:end]``:
    after the tags that close ("</b>"), before the first that opens or is no tag
    ("mobility</b>|<i>particularly").

    >>> tag_insertion_point("a</b><i>b", 1, 8)
    5
    """
    pos = start
    for m in _TAG.finditer(doc, start, end):
        if m.start() != pos or not m[1]:
            break
        pos = m.end()
    return pos
