"""Words that meet at inline markup with no space between them.

The markup shows exactly where the two words meet, which plain text never does, so a
join there needs less evidence than merged-words asks of a run-together token: the
HTML and Markdown formats ask :func:`tag_join` where the unit found nothing.
"""

from __future__ import annotations

from typing import Sequence

from ..edits import Candidate, Edit, Finding

__all__ = ["tag_join", "gap_joins"]

#: two-letter function words a word may be glued to across a tag ("<b>Howard Lutnick</b>in")
_SHORT_JOINERS = frozenset("in on at to of by as or an is it he we if so".split())
#: the two words together are a word when listed at all ("<b>micro</b>plastic", 1.6), and before a
#: short function word when at least this common: rarer, they are web junk ("<a>Eagle
#: Pass</a>on": "passon", 1.2; "<b>Micro</b>soft", "<b>book</b>shelf" stay)
JOINED_WORD_ZIPF = 2.0
#: words that open a clause after a name, where the separator is chosen as for any join
#: ("<a>Mary Ng</a>who assured": a comma), not the space a verb or preposition takes
_CLAUSE_AFTER_NAME = frozenset("who whose which where while although but".split())


def tag_join(left: str, right: str, view: str, a: int, b: int) -> Finding | None:
    """Two words that meet at inline markup with no space (an HTML tag, Markdown emphasis or
    a link), where merged-words, reading the run-together token as plain text, keeps it
    whole ("<a>Marcelo Ebrard</a>met", "**Howard Lutnick**in Washington": a name before a
    short word); ``view`` holds the two words at ``a:b``.  The markup shows where the
    words meet, so only this is asked: a word or a name ends on the left (three letters or
    more, or a two-letter name before a word of three or more: "<a>Mary Ng</a>who"), a
    common lower-case word, or a short function word, starts on the right (no suffix:
    "<a>Apple</a>s", "<b>W</b>hen"), and the two together are no word ("<b>Micro</b>soft",
    "<mark>micro</mark>plastic"; before a short function word only a common one:
    "passon" is web junk, :data:`JOINED_WORD_ZIPF`).  After a name the separator is a
    space (its verb, a preposition, or a compound: "the Sheinbaum government") unless a
    comma opened an apposition the name ends, or a clause opens ("who", "which": see
    :data:`_CLAUSE_AFTER_NAME`); elsewhere it is chosen as for any join.

    >>> tag_join("Lutnick", "in", "Howard Lutnickin Washington", 7, 16).candidates[0].text
    'Lutnick in'
    >>> tag_join("Micro", "soft", "the Microsoft deal", 4, 13), tag_join("Apple", "s", "Two Apples", 4, 10)
    (None, None)
    """
    from ..evidence.lexicon import zipf
    from ..evidence.punctuation import clause_state
    from ..units import Doc
    from ..units.join_context import JoinContext
    from ..units.join_separators import separators
    from ..units.join_words import SUFFIXES
    if not (left.isalpha() and right.isalpha()):
        return None
    rl = right.lower()
    joined = zipf(left + right)
    if joined >= JOINED_WORD_ZIPF or joined > 0 and rl not in _SHORT_JOINERS:
        return None   # the two together are a word
    if len(left) < 3 and not (len(left) == 2 and left.istitle() and len(right) >= 3):
        return None   # (a two-letter name only before a longer word: "<a>Mary Ng</a>who")
    if not (zipf(left) >= 3.0 or left[0].isupper() and left[1:].islower()):
        return None
    if rl in SUFFIXES or not right.islower() or not (len(right) >= 3 and zipf(right) >= 3.5 or rl in _SHORT_JOINERS):
        return None   # (a capital may continue a name: "<b>Mexico</b>City")
    doc = Doc(view)
    if (left[0].isupper() and rl not in _CLAUSE_AFTER_NAME
            and clause_state(doc.sentence_before(a + len(left))) != "appos"):
        # a name then its verb or a preposition ("**Claudia Sheinbaum**met with",
        # "<b>Howard Lutnick</b>in Washington"), or a noun it makes a compound with ("the
        # <a>Sheinbaum</a>government"): a space; a comma only closes an apposition that a
        # comma opened ("The Economy Minister, <a>Marcelo Ebrard</a>met")
        seps = [(" ", 0.85), (", ", 0.15)]
    else:
        seps = separators(left, right, JoinContext.of(doc, a, b), doc, a + len(left), b)
    return Finding("merged-words", a, b, left + right, tuple(Candidate(left + sep + right, p) for sep, p in seps),
                   0.9, f"'{left}' and '{right}' meet at inline markup with no space between them")


def gap_joins(prose: str, gaps: Sequence[int], found: Sequence[Finding], chosen: Sequence[Edit],
              repairer, repair: bool = True) -> list[tuple[Finding, Edit | None]]:
    """:func:`tag_join` at each gap of a segment's prose (where markup the prose reads
    across stood: "**Howard Lutnick**|in") that has letters on both sides and no finding or
    edit of the segment's repair on it; each with the edit the policy makes of it, if any
    (none when only detecting).  Nothing when the policy leaves out merged-words.

    >>> from mt_repair import Repairer
    >>> [(f.suggestion, e.replacement) for f, e in gap_joins("He met Howard Lutnickin Washington.", [21], [], [], Repairer())]
    [('Lutnick in', 'Lutnick in')]
    """
    from ..planner import plan
    out: list[tuple[Finding, Edit | None]] = []
    if not repairer.policy.wants("merged-words"):
        return out
    for g in gaps:
        if not (0 < g < len(prose) and prose[g - 1].isalpha() and prose[g].isalpha()):
            continue
        if any(f.start <= g <= f.end for f in found) or any(e.start <= g <= e.end for e in chosen):
            continue   # the units read the run-together words already
        a, b = g, g
        while a > 0 and prose[a - 1].isalpha():
            a -= 1
        while b < len(prose) and prose[b].isalpha():
            b += 1
        f = tag_join(prose[a:g], prose[g:b], prose, a, b)
        if f is not None:
            edits = plan([f], repairer.policy, repairer.model, prose) if repair else []
            out.append((f, edits[0] if edits else None))
    return out
