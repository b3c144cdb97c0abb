"""What every unit shares: the document view it reads and the base class it extends."""

from __future__ import annotations

import bisect
import re
from functools import cached_property
from typing import ClassVar, Iterable

from ..edits import Candidate, Finding
from ..evidence.protect import Protection

__all__ = ["Doc", "Unit", "WORD_RE", "by_initial", "finding", "last_sentence", "title_case_line", "word_char"]

#: a word: letters and digits, with inner apostrophes ("McDonald's", "don’t")
WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_NEWLINE = re.compile("\n")
_SENT_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$")


def word_char(c: str) -> bool:
    """Is ``c`` a character of ``\\w`` (a letter, a digit or "_")?"""
    return c.isalnum() or c == "_"


def by_initial(words: list[str], behind: str = "", then: str = "", not_after: str = "") -> str:
    """'The|This|A|An' -> 'T(?:his|he)|A(?:n|)': literal-first alternation (longest first
    within an initial), fast to scan.

    ``behind``: a fixed-width look-behind for what precedes each word, checked after its
    first letter (a look-behind or look-ahead that opens a pattern makes the scanner try
    every position; a first letter lets it skip to the few that can match); ``not_after``:
    the same, for what must not precede it (``r"\\w"``: a word starts there); ``then``: what
    must follow each word.

    >>> by_initial(["The", "This", "A"], behind="[a-z] ", then="(?=,)")
    'T(?<=[a-z] T)(?:his|he)(?=,)|A(?<=[a-z] A)(?:)(?=,)'
    """
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w[1:])

    def look(k: str) -> str:
        return ((f"(?<={behind}{re.escape(k)})" if behind else "")
                + (f"(?<!{not_after}{re.escape(k)})" if not_after else ""))
    return "|".join(f"{k}{look(k)}(?:{'|'.join(sorted(v, key=len, reverse=True))}){then}" for k, v in groups.items())


#: the words a title in title case may leave in lower case (name particles too: "de la Fuente")
_TITLE_LOWER = frozenset("""a an the and but or nor for so yet as at by in of off on per to up via with
from into onto over than that upon vs amid near past down out
de del la las el los y e da do dos das van von der den al bin ibn le du des""".split())


def title_case_line(line: str) -> bool:
    """A headline or title in title case: at least six words, 60% of them capitalised, and
    at most one lower-case word that is not a short function word.  A sentence full of
    names still has its verbs and nouns in lower case ("The adviser Liz Sherwood-Randall
    met with President Andrés Manuel López Obrador With several secretaries of state").

    >>> title_case_line("Minister Of Foreign Affairs Meets With Leaders In Paris Today")
    True
    >>> title_case_line("Marcelo Ebrard Meets With de la Fuente In Washington To Discuss Tariffs")
    True
    >>> title_case_line("The adviser Liz Sherwood-Randall met with President Andrés Manuel López Obrador")
    False
    """
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 6:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    content_lower = sum(1 for w in words if w[0].islower() and w.strip(".,;:!?\"'”’)").lower() not in _TITLE_LOWER)
    return caps / len(words) >= 0.6 and content_lower <= 1


def last_sentence(text: str) -> str:
    """``text`` from its last sentence end on (". ", "? " or "! ").

    >>> last_sentence("... investigators. He said")
    'He said'
    """
    cut = max(text.rfind(". "), text.rfind("? "), text.rfind("! "))
    return text[cut + 2:] if cut >= 0 else text


class Doc:
    """A read-only view of one text that units share (computed lazily, once)."""

    def __init__(self, text: str, at_file_start: bool = True, parent: "Doc | None" = None):
        self.text = text
        #: False for the later chunks of a long file (the title is in the first)
        self.at_file_start = at_file_start
        #: when this is a window of a larger text, word statistics come from the whole
        self.parent = parent

    @cached_property
    def words(self) -> list[str]:
        return WORD_RE.findall(self.text)

    @cached_property
    def word_set(self) -> set[str]:
        """The distinct word forms of the text (of the whole, for a window): the words of its
        distinct whitespace-separated tokens (no word spans whitespace, and splitting and a
        set in C cost less than scanning every word of the text).

        >>> sorted(Doc("Mexico's port, the port (Mexico) 2024").word_set)
        ['2024', 'Mexico', "Mexico's", 'port', 'the']
        """
        if self.parent is not None:
            return self.parent.word_set
        return set(WORD_RE.findall(" ".join(set(self.text.split()))))

    @cached_property
    def own_word_set(self) -> set[str]:
        """The distinct word forms of this text itself: a window's own words when the engine
        looks again at an edited line (whatever is done per word form then costs per window,
        not per the whole text's forms)."""
        return set(self.words) if self.parent is not None else self.word_set

    @cached_property
    def protection(self) -> Protection:
        return Protection(self.text)

    def protected(self, start: int, end: int) -> bool:
        return self.protection.overlaps(start, end)

    @cached_property
    def newlines(self) -> list[int]:
        """Offsets of the text's line breaks, in order."""
        return [m.start() for m in _NEWLINE.finditer(self.text)]

    def line_bounds(self, pos: int) -> tuple[int, int]:
        """(start, end) of the line holding ``pos`` (end excludes the newline), found among
        the text's line breaks: a search from ``pos`` would read a whole line each time,
        and a page may be one line of megabytes.

        >>> Doc("one\\ntwo three\\n").line_bounds(6), Doc("one").line_bounds(1)
        ((4, 13), (0, 3))
        """
        nl = self.newlines
        k = bisect.bisect_left(nl, pos)   # the line breaks before pos
        return (nl[k - 1] + 1 if k else 0), (nl[k] if k < len(nl) else len(self.text))

    def sentence_before(self, pos: int, limit: int = 300) -> str:
        """The text of ``pos``'s sentence before it (at most ``limit`` characters): from the
        line start or the last ". ", "? ", "! " on the line.

        >>> Doc("One. Two words here").sentence_before(14)
        'Two words'
        """
        s, _ = self.line_bounds(pos)
        return last_sentence(self.text[max(s, pos - limit):pos])

    def at_sentence_start(self, pos: int) -> bool:
        """True if only sentence-ending punctuation, quotes or a line start precede ``pos``."""
        s, _ = self.line_bounds(pos)
        before = self.text[max(s, pos - 200):pos]  # bounded: lines can be megabytes long
        if pos - s > 200:
            before = before.split(" ", 1)[-1] if " " in before else before
        stripped = before.rstrip(" \t\"'“‘(«[—–-")
        if not stripped.strip():
            return True
        return bool(_SENT_END.search(before.rstrip(" \t\"'“‘(«[")) or stripped.endswith(":"))


class Unit:
    """One kind of damage.  Subclasses set ``rule`` and implement :meth:`find`.

    Units never edit text; they return :class:`~mt_repair.edits.Finding` objects.
    ``report_only`` units are reported by ``detect`` but applied by ``fix`` only
    with ``--all`` or when the rule is named with ``--select``.
    """

    rule: ClassVar[str] = ""
    severity: ClassVar[str] = "warning"
    report_only: ClassVar[bool] = False
    summary: ClassVar[str] = ""

    def find(self, doc: Doc) -> Iterable[Finding]:
        raise NotImplementedError

    def __call__(self, text: str) -> list[Finding]:
        """Run the unit alone on ``text`` (handy in tests and doctests)."""
        return list(self.find(Doc(text)))


def finding(unit: Unit, start: int, end: int, original: str,
            candidates: Iterable[tuple[str, float]] | Iterable[Candidate],
            confidence: float, reason: str, **meta) -> Finding:
    """Build a Finding for ``unit`` (candidates as (text, probability) pairs or Candidates)."""
    cands = tuple(c if isinstance(c, Candidate) else Candidate(c[0], c[1]) for c in candidates)
    if unit.report_only:
        meta["report_only"] = True
    return Finding(unit.rule, start, end, original, cands, round(confidence, 4), reason,
                   unit.severity, "rule", meta)
