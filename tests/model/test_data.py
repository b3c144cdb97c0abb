import random

from mt_repair.model.data import ExampleStream, _pair_examples, clean_example, detok, synthetic_example
from mt_repair.model.windows import CLOSE, OPEN

LINES = [
    "The talks, which began in May, failed after the meeting that the minister had called.",
    "Some Republicans, such as Texas Governor Greg Abbott, said he was currently in Austin.",
    "He said his plan would help immigrants and their families, particularly in rural areas.",
    "Thousands of people attended the rally in Madrid, where police carried out several arrests.",
] * 5


def test_detok():
    assert detok("he hadn 't seen it , ( or so ) \" he said \" .") == 'he hadn\'t seen it, (or so) "he said".'
    assert detok("the U.S. &quot; deal &quot; is 5 % off") == 'the U.S. "deal" is 5% off'
    assert detok("it 's a well @-@ known case") == "it's a well-known case"


def test_synthetic_example_targets_clean_words():
    rng = random.Random(0)
    ex = synthetic_example(LINES[1], "lost-word-join", rng)
    src, tgt, kind = ex
    assert kind == "lost-word-join"
    assert src.count(OPEN) == 1 and src.count(CLOSE) == 1
    span = src[src.index(OPEN) + 1:src.index(CLOSE)]
    assert "Republicansas" in span and "Republicans, such as" in tgt


def test_clean_example_is_identity():
    rng = random.Random(3)
    for _ in range(50):
        src, tgt, kind = clean_example(LINES[0], rng)
        assert kind == "clean" and src[src.index(OPEN) + 1:src.index(CLOSE)] == tgt


def test_pair_examples_align_short_edits():
    mt = "The meeting what the president will hold is on Monday."
    pe = "The meeting that the president will hold is on Monday."
    exs = _pair_examples(mt, pe, random.Random(0), clean_per_pair=0.0)
    assert len(exs) == 1
    src, tgt, kind = exs[0]
    assert "⟦what⟧" in src and tgt == "that" and kind == "ape"
    ins = _pair_examples("Republicans as Texas", "Republicans, such as Texas", random.Random(0), 0.0)
    assert ins and all(OPEN in s for s, _, _ in ins)


def test_stream_mixes_sources_and_is_seeded():
    ape = [("a ⟦b⟧ c", "B", "ape")]
    s1 = ExampleStream(LINES, ape=ape, seed=5, pool_cap=50)
    s2 = ExampleStream(LINES, ape=ape, seed=5, pool_cap=50)
    a = [next(s1) for _ in range(300)]
    assert a == [next(s2) for _ in range(300)]
    kinds = {k for _, _, k in a}
    assert {"clean", "ape"} <= kinds and len(kinds) >= 5


def test_decoys_are_clean_copies_at_the_requested_share():
    from mt_repair.model.data import matching_decoy_share
    lines = LINES + ["He actually said that his wife thought she knew what the people wanted in Texas."] * 5
    share = matching_decoy_share()
    stream = ExampleStream(lines, seed=3, pool_cap=50, decoys=share)
    exs = [next(stream) for _ in range(2000)]
    decoys = [(s, t, k) for s, t, k in exs if k.startswith("decoy:")]
    assert all(s[s.index(OPEN) + 1:s.index(CLOSE)] == t for s, t, _ in decoys)
    assert {"decoy:false-friend", "decoy:pronoun-gender", "decoy:relative-what"} <= {k for _, _, k in decoys}
    assert abs(len(decoys) / len(exs) - share) < 0.03
    # no decoys unless asked for
    plain = ExampleStream(lines, seed=3, pool_cap=50)
    assert not any(k.startswith("decoy:") for _, _, k in (next(plain) for _ in range(500)))
