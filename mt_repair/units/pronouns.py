"""Pronoun gender against a known person in the same or the previous sentence.

Spanish drops subject pronouns and uses "su" for his/her, so MT guesses, often "he".
A pronoun is wrong only when every person in play has the other gender and nothing
else in the window could be its referent (another name, "her husband", "the minister").
Fixed when one known person is in play; flagged when several are.

>>> from mt_repair.units.pronouns import PronounGender
>>> t = "Claudia Sheinbaum visited Sinaloa on Monday. He said his government would help."
>>> [(f.original, f.suggestion) for f in PronounGender()(t)]
[('He', 'She'), ('his', 'her')]
>>> PronounGender()("Sheinbaum met her husband. He said the trip went well.")
[]
>>> PronounGender()("Merkel spoke to Macron. He said his plan was ready.")
[]
"""

from __future__ import annotations

import bisect
import re
from typing import Iterable

from ..edits import Finding
from ..evidence.lexicon import zipf
from ..knowledge.base import knowledge_base
from ..knowledge.context import TextContext
from ._kb import person_mentions
from .base import Doc, Unit, finding

_PRONOUN = re.compile(r"\b(he|she|him|her|his|hers|himself|herself)\b", re.IGNORECASE)
_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
           "she": "f", "her": "f", "hers": "f", "herself": "f"}
_SWAP = {"he": "she", "she": "he", "his": "her", "hers": "his", "himself": "herself",
         "herself": "himself", "him": "her"}
_MALE = set("""man men boy boys father son sons brother brothers husband uncle nephew king prince
pope spokesman chairman grandfather boyfriend sir mr mr. lord monk priest bishop""".split())
_FEMALE = set("""woman women girl girls mother daughter daughters sister sisters wife aunt niece queen
princess spokeswoman chairwoman grandmother girlfriend madam mrs mrs. ms ms. lady nun""".split())
# people a pronoun could point to instead of the named person
_ROLE = set("""president minister secretary official leader chief head governor mayor senator deputy
lawmaker legislator candidate rival opponent predecessor successor ally adviser advisor aide envoy
ambassador judge prosecutor lawyer attorney journalist reporter officer agent player coach driver
partner friend colleague director manager founder owner ceo author writer doctor patient victim
suspect witness fan voter child baby teacher student worker employee boss chancellor premier
diplomat counterpart host guest visitor commander general soldier pilot actor singer artist
someone somebody anyone everyone nobody person who""".split())
_TITLE_WORDS = set("""prime vice deputy foreign interior general attorney former acting federal state
national supreme white house senate congress united states new""".split())
_LOCATIVE = set("in at from to near into of visited toured across outside inside via".split())
_SPEECH = re.compile(r"\s+(?:said|says|told|added|stated|explained|noted|asked)\b")
_FUNCTION = set("""to and or but that than the a an of in on at by for with from as when if is was
be been has had have will would could should can may might do did does not never also then""".split())


class PronounGender(Unit):
    rule = "pronoun-gender"
    summary = "a pronoun whose gender contradicts the only person it can refer to ('Sheinbaum ... he said')"

    def __init__(self, kb=None):
        self.kb = kb

    def find(self, doc: Doc) -> Iterable[Finding]:
        kb = self.kb or knowledge_base()
        people = person_mentions(doc, kb)
        if not people:
            return
        ctx = doc.__dict__.get("_kb_ctx") or TextContext(doc.text, kb)
        text = doc.text
        starts = [x[0] for x in people]
        for m in self._pronouns_after(text, ctx, people):
            p = m.start()
            word = m.group()
            low = word.lower()
            lo, _ = ctx.window(p, m.end())
            a, b = bisect.bisect_left(starts, lo), bisect.bisect_left(starts, p)
            if a == b:
                continue
            sent_start = ctx.starts[ctx.sentence_of(p)]
            in_play = [x for x in people[a:b] if x[1] <= p]
            if not in_play:
                continue
            g = _GENDER[low]
            if any(x[2].gender == g for x in in_play):
                continue
            if text.count('"', sent_start, p) % 2 or text.count("“", sent_start, p) > text.count("”", sent_start, p):
                continue  # inside a quotation: "I told him", the speaker's own words
            if self._other_referent(doc, ctx, lo, p, g, in_play):
                continue
            who = {x[2].id for x in in_play}
            entry = in_play[-1][2]
            cands = self._candidates(text, m, low, word)
            single = len(who) == 1
            conf = (0.92 if low != "her" else 0.9) if single else 0.75
            reason = (f"'{word}' refers to {entry.replace}, who is "
                      f"{'a woman' if entry.gender == 'f' else 'a man'}: knowledge base {entry.id} ({entry.source})"
                      + ("" if single else f"; {len(who)} known persons in play, so only flagged"))
            yield finding(self, m.start(), m.end(), word, cands, conf, reason, kb_entry=entry.id)

    @staticmethod
    def _pronouns_after(text: str, ctx: TextContext, people) -> Iterable[re.Match]:
        """The pronouns a named person may be the referent of: after the name, in its
        sentence or the next (a pronoun's window reaches one sentence back), in text order.
        Only those stretches are scanned: most pronouns have no named person before them."""
        regions: list[list[int]] = []
        for s, _e, _entry in people:   # (in text order)
            k = ctx.sentence_of(s)
            end = ctx.starts[k + 2] if k + 2 < len(ctx.starts) else len(text)
            if regions and s <= regions[-1][1]:
                regions[-1][1] = max(regions[-1][1], end)
            else:
                regions.append([s, end])
        for a, b in regions:
            # (the scan may read a little past b, so that a pronoun just before it still ends
            # in a word boundary; none starting at b or later is taken)
            for m in _PRONOUN.finditer(text, a, b + 16):
                if m.start() >= b:
                    break
                yield m

    @staticmethod
    def _candidates(text: str, m: re.Match, low: str, word: str) -> list[tuple[str, float]]:
        if low == "her":  # his (determiner) or him (object)?
            nxt = re.match(r"\s+([A-Za-z'-]+)", text[m.end():])
            det = bool(nxt) and nxt.group(1).lower() not in _FUNCTION and zipf(nxt.group(1)) > 0
            outs = [("his", 0.8), ("him", 0.2)] if det else [("him", 0.8), ("his", 0.2)]
        else:
            outs = [(_SWAP[low], 0.95)]
        if word[:1].isupper():
            outs = [(w.capitalize(), pr) for w, pr in outs]
        return outs

    @staticmethod
    def _other_referent(doc: Doc, ctx: TextContext, lo: int, p: int, g: str, in_play) -> bool:
        hi = ctx.window(p, p + 1, before=0)[1]
        nouns = _MALE if g == "m" else _FEMALE
        spans = [(s, e) for s, e, _ in in_play]
        toks = ctx.tokens.between(lo, p)
        for n, t in enumerate(toks):
            if t.key in _GENDER or any(s <= t.start < e for s, e in spans):
                continue
            k = t.key
            if k in nouns or k.rstrip("s") in nouns:
                return True
            if k in _ROLE or k.rstrip("s") in _ROLE:
                # "President Claudia Sheinbaum": a title right before the name is hers
                if not any(0 <= s - t.end <= 3 and not doc.text[t.end:s].strip(" ,") for s, _e in spans):
                    return True
            if t.text[:1].isupper() and t.text[1:].islower():
                nxt = toks[n + 1] if n + 1 < len(toks) else None
                prev = toks[n - 1] if n else t
                if n and prev.text[:1].isupper() and prev.key not in _GENDER and t.start not in ctx.starts:
                    continue  # inside a capitalised run: judged by its first word
                if prev.key in _LOCATIVE and n:
                    continue  # "in Los Mochis", "visited Culiacán": a place
                if (nxt is not None and nxt.text[:1].isupper() and nxt.text.isalpha()
                        and not any(s <= nxt.start < e for s, e in spans) and zipf(t.text) < 5.5
                        and not {t.key, nxt.key} & (_ROLE | _TITLE_WORDS)):
                    return True  # "Chris Dodd": a name we do not know
                if prev.key in ("mr", "ms", "mrs", "dr") or _SPEECH.match(doc.text, t.end):
                    return True
                # an unknown capitalised word mid-sentence ("impeach Kavanaugh if he"): maybe a
                # person; places after a locative word ("in Culiacán") are not
                initial = not n or t.start in ctx.starts
                if t.key not in _ROLE | _TITLE_WORDS and (
                        (not initial and zipf(t.text) < 4.5)
                        or (initial and zipf(t.text) < 3.0)):
                    return True
        # the same pronoun before any named person: its referent was set up earlier; and a
        # pronoun that fits the named person as well: two referents ("Trump himself ... her fears")
        first = min(s for s, _e in spans)
        for t in toks + ctx.tokens.between(p + 1, hi):
            if t.key in _GENDER and (_GENDER[t.key] != g or t.start < first):
                return True
        return False
