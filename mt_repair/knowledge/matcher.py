"""Linear-time multi-term matching over tokens (a token trie; no regular expressions from data).

Text and terms are cut into the same tokens (words, and single punctuation marks);
each token gets a key (case-folded, accents removed).  A trie over term keys is
walked from every token that starts a term; a walk stops at the first token that no
term continues with, so the cost is at most (tokens x longest term), whatever the
number of terms.

>>> m = TermMatcher()
>>> m.add("Paseo de the Reform", "A")
>>> m.add("the Reform", "B")
>>> toks = tokenize("on Paseo de the Reform.")
>>> [(toks[i].start, toks[j - 1].end, p) for i, j, p in m.find(toks)]
[(3, 22, ['A']), (12, 22, ['B'])]
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import lru_cache
from itertools import accumulate, compress
from typing import Any, Iterator, NamedTuple, Sequence

__all__ = ["Token", "TokenView", "tokenize", "key", "TermMatcher", "case_fits"]

_TOKEN = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*|[^\w\s]")
_TOKEN_PART = re.compile(f"({_TOKEN.pattern})")
_END = object()   # trie key for the payloads of a complete term
_FREE_CASE = frozenset({"the", "a", "an"})  # "The Mochis" / "the Mochis"


class Token(NamedTuple):
    text: str
    start: int
    end: int
    key: str


@lru_cache(maxsize=200_000)
def key(word: str) -> str:
    """Case-folded, accent-free form of one token ("López" -> "lopez")."""
    w = word.casefold().replace("’", "'")
    if w.isascii():
        return w
    return "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(), m.start() + offset, m.end() + offset, key(m.group()))
            for m in _TOKEN.finditer(text)]


class TokenView:
    """The tokens of a long text, cheaply: words, keys and offsets up front, as lists.

    Indexing gives :class:`Token` objects (built when asked for); ``keys`` is what
    the matcher walks.

    >>> tv = TokenView("On Paseo de la Reforma, López")
    >>> tv[1], tv[-1].key, [t.text for t in tv.between(3, 15)]
    (Token(text='Paseo', start=3, end=8, key='paseo'), 'lopez', ['Paseo', 'de', 'la'])
    """

    def __init__(self, text: str):
        self.text = text
        # one split keeps the tokens (odd parts) and what lies between them (even parts):
        # the running sum of the parts' lengths gives every offset, all computed in C
        parts = _TOKEN_PART.split(text)
        self.words = parts[1::2]
        self._ends = list(accumulate(map(len, parts)))
        self.keys = list(map(key, self.words))
        self._starts: list[int] | None = None

    def __len__(self) -> int:
        return len(self.words)

    def _one(self, i: int) -> Token:
        return Token(self.words[i], self._ends[2 * i], self._ends[2 * i + 1], self.keys[i])

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._one(k) for k in range(*i.indices(len(self)))]
        n = len(self)
        if not -n <= i < n:
            raise IndexError("token index out of range")
        return self._one(i if i >= 0 else n + i)

    def between(self, lo: int, hi: int) -> list[Token]:
        """Tokens starting in [lo, hi)."""
        if self._starts is None:   # each token starts where the part before it ends
            self._starts = self._ends[0:2 * len(self.words):2]
        starts = self._starts
        return self[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]


@lru_cache(maxsize=100_000)
def _term_tokens(term: str) -> tuple[Token, ...]:
    return tuple(tokenize(term))


def term_keys(term: str) -> tuple[str, ...]:
    return tuple(key(w) for w in _TOKEN.findall(term))


def case_fits(term: str, toks: Sequence[Token]) -> bool:
    """A term's capitals must be matched ("Brunette" is not "brunette"); a leading
    article may differ ("the Mochis"), and lower-case term words match any case.

    >>> case_fits("Brunette", tokenize("brunette")), case_fits("the tricolor", tokenize("The tricolor"))
    (False, True)
    """
    for n, (a, b) in enumerate(zip(_term_tokens(term), toks)):
        if a.text.islower() or not any(c.isalpha() for c in a.text):
            continue
        x, y = a.text, b.text
        if n == 0 and x.lower() in _FREE_CASE:
            continue
        if key(x) != key(y) or [c.isupper() for c in x] != [c.isupper() for c in y]:
            return False
    return True


class TermMatcher:
    """Terms -> payloads; :meth:`find` yields every (i, j, payloads) with tokens[i:j] a term."""

    def __init__(self) -> None:
        self.root: dict = {}
        self.size = 0

    def add(self, term: str, payload: Any) -> None:
        keys = term_keys(term)
        if not keys:
            return
        node = self.root
        for k in keys:
            node = node.setdefault(k, {})
        node.setdefault(_END, []).append(payload)
        self.size += 1

    def find(self, tokens: Sequence[Token] | TokenView) -> Iterator[tuple[int, int, list]]:
        keys = tokens.keys if isinstance(tokens, TokenView) else [t.key for t in tokens]
        root = self.root
        get = root.get
        n = len(keys)
        # only where a term can start (the test for every token runs in C)
        for i in compress(range(n), map(root.__contains__, keys)):
            node = get(keys[i])
            j = i + 1
            while node is not None:
                if _END in node:
                    yield i, j, node[_END]
                if j >= n:
                    break
                node = node.get(keys[j])
                j += 1
