"""Spanish->English translationese as corruption units.

Each unit takes a clean English sentence and, where it applies, injects one
error that Spanish->English MT typically makes, returning a :class:`Corruption`
(or ``None`` when the sentence offers no place for it).  The kinds:

``relative-what``      "the meeting that the president will hold" -> "the meeting what the president will hold"
``generic-the``        "Immigrants are welcome" -> "The immigrants are welcome"
``false-friend``       currently -> actually, possibly -> eventually, attend -> assist,
                       carry out -> realize, sensitive -> sensible
``homeland-security``  "Homeland Security" -> "National Security"
``pronoun-gender``     "He said his plan" -> "He said her plan" (only where the window shows the gender)
``lost-word-join``     "Republicans, such as Texas" -> "Republicansas Texas"

Each kind also names its *decoys* (:data:`DECOYS`): the places where clean English uses
the very form the kind damages text into ("what the ministry decided", "he actually
said", "the people who", "his wife said she"), so that a model trained on the
corruptions also sees those forms left alone, as often as it sees them repaired:

>>> [line[a:b] for line in ["He actually said what she wanted."]
...  for kind in ("false-friend", "relative-what") for a, b in DECOYS[kind](line)]
['actually', 'what']
"""

from __future__ import annotations

import random
import re
from typing import Optional

from .base import Corruption, register

__all__ = ["make", "KINDS", "DECOYS"]

KINDS = ("relative-what", "generic-the", "false-friend", "homeland-security",
         "pronoun-gender", "lost-word-join")


def make(kind: str, text: str, start: int, end: int, new: str) -> Corruption:
    """The corruption that replaces ``text[start:end]`` by ``new``."""
    return Corruption(kind=kind, clean=text, corrupted=text[:start] + new + text[end:],
                      clean_span=(start, end), corrupted_span=(start, start + len(new)),
                      lost=text[start:end] if not new else "")


def _case_like(word: str, model: str) -> str:
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _pick(rng: random.Random, matches):
    matches = list(matches)
    return rng.choice(matches) if matches else None


# --- relative "what" for "that" ------------------------------------------------

# words after which "that" is a complementiser or a demonstrative, not a relative pronoun
_NOT_NOUN = set("""
said says say saying believe believes believed think thinks thought know knows knew known
show shows showed shown so such now is was are were be been being means meant mean
suggest suggests suggested found find finds report reports reported claim claims claimed
argue argues argued note notes noted add adds added announce announces announced
state states stated clear fact sure hope hoped hopes feel feels felt expect expects expected
ensure ensured given told tell tells warn warned warns insist insisted insists reveal revealed
confirm confirmed admit admitted agree agreed decide decided realize realized realise realised
explain explained acknowledge acknowledged indicate indicated predict predicted assume assumed
than like all and but or of in on at to for with from by about after before because since
if while when where whether than not also just only even all do does did has have had
that this it he she they we you i emphasized stressed recognized understand understood
learn learned learnt discover discovered seems seem seemed appears appear appeared
ruled rule concluded conclude estimated estimate alleged alleges assure assured
""".split())

#: -ing words that are nouns (other -ing words before "that" are verbs: "arguing that")
_ING_NOUNS = set("""meeting building funding spending housing hearing ruling training warning offering thing
something anything nothing everything evening morning feeling finding earning""".split())

_RELATIVE = re.compile(r"\b([a-z][a-z'-]{2,}) (that)(?= (?:the|a|an|he|she|they|we|I|it|his|her|their|its|this|these|those|[a-z]+s|[a-z]+ed)\b)")


@register("relative-what")
def relative_what(text: str, rng: random.Random) -> Optional[Corruption]:
    m = _pick(rng, (m for m in _RELATIVE.finditer(text)
                    if m.group(1).lower() not in _NOT_NOUN
                    and not m.group(1).endswith("ly")
                    and (not m.group(1).endswith("ing") or m.group(1) in _ING_NOUNS)))
    if m is None:
        return None
    return make("relative-what", text, m.start(2), m.end(2), "what")


# --- "the" before generic nouns -------------------------------------------------

_GENERIC = """people immigrants immigration children women men society politics education health
poverty unemployment violence crime corruption democracy technology science nature history culture
tourism inflation terrorism money life love war peace drugs music sport football art religion
students workers consumers citizens companies banks prices taxes doctors teachers voters investors
refugees migrants farmers families patients parents police soldiers energy oil water food climate
growth tax trade exports imports employment research justice freedom security safety""".split()
_DET_FREE = r"(?:^|(?<=\bof )|(?<=\bfor )|(?<=\bin )|(?<=\bon )|(?<=\babout )|(?<=\band )|(?<=\bto )|(?<=\bwith )|(?<=\bagainst )|(?<=\bby )|(?<=\bthat )|(?<=\bbetween )|(?<=\bfrom ))"
_GENERIC_RE = re.compile(_DET_FREE + r"\b(" + "|".join(_GENERIC) + "|" +
                         "|".join(w.capitalize() for w in _GENERIC) + r")\b(?! of\b)")


@register("generic-the")
def generic_the(text: str, rng: random.Random) -> Optional[Corruption]:
    m = _pick(rng, (m for m in _GENERIC_RE.finditer(text)
                    if m.group(1)[0].islower() or m.start(1) == 0))
    if m is None:
        return None
    word = m.group(1)
    if m.start(1) == 0:
        new = "The " + word[0].lower() + word[1:]
    else:
        new = "the " + word
    return make("generic-the", text, m.start(1), m.end(1), new)


# --- false friends ---------------------------------------------------------------

#: correct English -> what Spanish->English MT writes (actualmente, eventualmente, asistir, realizar, sensible)
FALSE_FRIENDS = {
    "currently": "actually",
    "possibly": "eventually",
    "attend": "assist", "attends": "assists", "attended": "assisted", "attending": "assisting",
    "carry out": "realize", "carries out": "realizes", "carried out": "realized", "carrying out": "realizing",
    "sensitive": "sensible",
}
_FF_RE = re.compile(r"\b(" + "|".join(sorted(FALSE_FRIENDS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


@register("false-friend")
def false_friend(text: str, rng: random.Random) -> Optional[Corruption]:
    m = _pick(rng, _FF_RE.finditer(text))
    if m is None:
        return None
    word = m.group(1)
    new = _case_like(FALSE_FRIENDS[word.lower()], word)
    return make("false-friend", text, m.start(1), m.end(1), new)


# --- Homeland Security ----------------------------------------------------------

@register("homeland-security")
def homeland_security(text: str, rng: random.Random) -> Optional[Corruption]:
    m = _pick(rng, re.finditer(r"\bHomeland(?= Security\b)", text))
    if m is None:
        return None
    return make("homeland-security", text, m.start(), m.end(), "National")


# --- pronoun gender ---------------------------------------------------------------

_MASC = {"he", "him", "his", "himself"}
_FEM = {"she", "her", "hers", "herself"}
_SWAP = {"he": "she", "she": "he", "him": "her", "his": "her", "himself": "herself",
         "herself": "himself", "hers": "his"}
_WORD = re.compile(r"[A-Za-z]+")


def _pronouns_after_gender(words: list[re.Match], same: bool) -> list[int]:
    """Indices of the pronouns among ``words`` with a pronoun of the same gender (``same``)
    or of the other one in the five words before."""
    out = []
    for i, m in enumerate(words):
        w = m.group().lower()
        if w not in _MASC and w not in _FEM:
            continue
        wanted = (w in _MASC) == same
        if any(p.group().lower() in (_MASC if wanted else _FEM) for p in words[max(0, i - 5):i]):
            out.append(i)
    return out


@register("pronoun-gender")
def pronoun_gender(text: str, rng: random.Random) -> Optional[Corruption]:
    words = list(_WORD.finditer(text))
    # the gender must be visible in the window: an earlier pronoun of the same gender nearby
    places = [(i, words[i]) for i in _pronouns_after_gender(words, same=True)]
    if not places:
        return None
    i, m = rng.choice(places)
    w = m.group().lower()
    if w == "her":
        nxt = words[i + 1].group() if i + 1 < len(words) else ""
        # possessive "her" is followed by a lower-case word that is not a preposition or verb-ish
        new = "his" if nxt and nxt[0].islower() and nxt not in {"to", "and", "in", "on", "that", "of", "a", "the", "for", "with", "as", "at", "by", "from"} else "him"
    else:
        new = _SWAP[w]
    return make("pronoun-gender", text, m.start(), m.end(), _case_like(new, m.group()))


# --- a join that lost a short word --------------------------------------------------

_JOIN = re.compile(r"([A-Za-z]{3,})(, such (as ))(?=\S)")


@register("lost-word-join")
def lost_word_join(text: str, rng: random.Random) -> Optional[Corruption]:
    m = _pick(rng, _JOIN.finditer(text))
    if m is None:
        return None
    # "Republicans, such as Texas" -> "Republicansas Texas": the comma and "such" are lost
    return make("lost-word-join", text, m.start(2), m.end(2), m.group(3))


# --- decoys: the damaged forms where clean text uses them rightly ------------------

_FF_DAMAGED = re.compile(r"\b(?:" + "|".join(sorted(set(FALSE_FRIENDS.values()), key=len, reverse=True))
                         + r")\b", re.IGNORECASE)
_THE_GENERIC = re.compile(r"\b[Tt]he (?:" + "|".join(_GENERIC) + r")\b")
_MID_WHAT = re.compile(r"(?<=[a-z] )what\b")
_WORD_AS = re.compile(r"\b[A-Za-z]{2,}as\b")
_NATIONAL_SECURITY = re.compile(r"\bNational(?= Security\b)")


def _mixed_gender_pronouns(text: str) -> list[tuple[int, int]]:
    """Pronouns with a pronoun of the other gender in the five words before ("his wife said
    she"): the shape ``pronoun-gender`` leaves behind."""
    words = list(_WORD.finditer(text))
    return [words[i].span() for i in _pronouns_after_gender(words, same=False)]


#: kind -> the spans of a clean text that have the form the kind writes ("decoys")
DECOYS = {
    "relative-what": lambda t: [m.span() for m in _MID_WHAT.finditer(t)],
    "generic-the": lambda t: [m.span() for m in _THE_GENERIC.finditer(t)],
    "false-friend": lambda t: [m.span() for m in _FF_DAMAGED.finditer(t)],
    "homeland-security": lambda t: [m.span() for m in _NATIONAL_SECURITY.finditer(t)],
    "pronoun-gender": _mixed_gender_pronouns,
    "lost-word-join": lambda t: [m.span() for m in _WORD_AS.finditer(t)],
}
