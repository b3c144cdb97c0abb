"""scripts/build_proper_nouns.py --name-followers on a corpus written here."""

import collections

from .script_loader import load_script


def test_name_followers_count_what_follows_names_mid_sentence(tmp_path):
    mod = load_script("build_proper_nouns")
    lines = [
        "The talks in Zorbania and the visit of Olgaria ended.",      # train lines (0-7)
        "Officials from Zorbania said the talks went well.",
        "He flew to Zorbania in May, then to Olgaria.",
        "Zorbania opened the summit.",                                 # first word: no mid-sentence name
        "The delegation left Olgaria in the morning.",
        "We met in Zorbania, and it rained.",
        "She praised Olgaria and its people.",
        "They thanked Zorbania for its help.",
        "Zorbania the test line (dev) is never read.",                 # dev (8) and test (9)
        "Olgaria the test line is never read.",
    ]
    corpus = tmp_path / "news.txt"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cap = collections.Counter({"zorbania": 6, "olgaria": 4, "the": 1})
    low = collections.Counter({"the": 20})
    out = tmp_path / "followers.tsv"
    mod.write_name_followers(cap, low, [corpus], out, min_share=0.9, min_count=1)
    table = {row.split("\t")[0]: int(row.split("\t")[1]) for row in out.read_text(encoding="utf-8").splitlines()
             if not row.startswith("#")}
    # mid-sentence names in the train lines: Zorbania x5, Olgaria x4 (one at a line start is skipped)
    assert table["*NAMES*"] == 9
    assert table["and"] == 2 and table["in"] == 2 and table["said"] == 1 and table["for"] == 1
    assert table["ended"] == 1
    # a comma or a sentence end after the name is "other"; dev and test lines are never read
    assert table["*OTHER*"] == 2
    assert "the" not in table
