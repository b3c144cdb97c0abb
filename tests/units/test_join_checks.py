import random

import pytest

from mt_repair.units.join_checks import whole_word_matches, whole_word_positions

CASES = [
    # (text, tokens, expected (start, token) pairs)
    ("Mayorkasand the Mayorkasand", ["Mayorkasand"], [(0, "Mayorkasand"), (16, "Mayorkasand")]),
    ("xMayorkasand Mayorkasandx _Mayorkasand", ["Mayorkasand"], []),         # never inside a word
    ("trainswhich, (trainswhich)", ["trainswhich"], [(0, "trainswhich"), (14, "trainswhich")]),
    ("Obama’s and Obama", ["Obama", "Obama’s"], [(0, "Obama"), (0, "Obama’s"), (12, "Obama")]),
    ("KooKooKoo KooKoo", ["KooKoo", "KooKooKoo"], [(0, "KooKooKoo"), (10, "KooKoo")]),
    ("27and 27and", ["27and"], [(0, "27and"), (6, "27and")]),
    ("no tokens here", [], []),
]


@pytest.mark.parametrize("text, toks, expected", CASES)
def test_whole_word_matches(text, toks, expected):
    assert whole_word_matches(text, toks) == expected


def test_same_as_one_search_per_token():
    # random texts over pieces that overlap and nest: one scan finds what one find() loop
    # per token finds
    rng = random.Random(7)
    pieces = ["ab", "abab", "ba", "b", "Ab", "ab’s", "a_", " ", " ", ", ", "\n", "é"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        toks = rng.sample(["ab", "abab", "ababab", "ba", "bab", "Ab", "ab’s", "é"], rng.randint(1, 4))
        expected = sorted((i, t) for t in toks for i in whole_word_positions(text, t))
        assert whole_word_matches(text, toks) == expected, (text, toks)


def test_many_tokens_sharing_prefixes():
    # hundreds of tokens, many of them prefixes of others (the trie's shared branches)
    rng = random.Random(11)
    toks = sorted({"".join(rng.choice("abé’") for _ in range(rng.randint(1, 6))) for _ in range(400)})
    words = toks + ["x" + t for t in toks[:50]] + [t + "_" for t in toks[:50]]
    text = " ".join(rng.choice(words) for _ in range(3000))
    expected = sorted((i, t) for t in toks for i in whole_word_positions(text, t))
    assert whole_word_matches(text, toks) == expected


def test_long_prefix_chains_and_empty_tokens():
    # each token a prefix of the next: a trie that deep would overflow the regex parser, so
    # the longest are searched one by one; an empty token is ignored
    toks = ["the" + "cat" * k for k in range(60)] + [""]
    text = " and ".join(toks[:-1:3]) + " thecatcatx"
    expected = sorted((i, t) for t in toks if t for i in whole_word_positions(text, t))
    assert whole_word_matches(text, toks) == expected and len(expected) == 20
