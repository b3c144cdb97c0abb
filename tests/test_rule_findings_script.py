"""scripts/rule_findings.py lists what chosen rules find, per corpus, on a data folder."""

from .script_loader import load_script


def test_lists_findings_of_the_chosen_rules_by_corpus_and_granularity(tmp_path):
    data = tmp_path / "data"
    (data / "en_news").mkdir(parents=True)
    # line 8 is dev and 9 is test ("clean"); the others are train
    lines = [f"Train line {i} says the the thing." for i in range(8)] + [
        "The minister spoke about the trainswhich left.", "A clean line."]
    (data / "en_news" / "news.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    hyp = data / "mt_outputs" / "wmt21_x" / "xx-en"
    hyp.mkdir(parents=True)
    (hyp / "newstest.xx-en.hyp.Sys.en").write_text("They met on Mondayand talked.\n", encoding="utf-8")
    (hyp / "newstest.xx-en.ref.A.en").write_text("They met on Monday and talked.\n", encoding="utf-8")
    mod = load_script("rule_findings")

    out = tmp_path / "clean.tsv"
    assert mod.main([str(data), "--rules", "merged-words", "--corpora", "clean", "--out", str(out)]) == 0
    rows = [r.split("\t") for r in out.read_text(encoding="utf-8").splitlines()]
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [("news.txt", "8", "merged-words", "trainswhich")]

    out = tmp_path / "train.tsv"
    mod.main([str(data), "--rules", "repeated-word", "--corpora", "train", "--out", str(out)])
    assert len(out.read_text(encoding="utf-8").splitlines()) == 8        # "the the" in each train line

    out = tmp_path / "mt.tsv"
    mod.main([str(data), "--rules", "merged-words", "--corpora", "mt", "--granularity", "document", "--out", str(out)])
    (row,) = [r.split("\t") for r in out.read_text(encoding="utf-8").splitlines()]
    assert row[0] == "newstest.xx-en.hyp.Sys.en" and row[3] == "Mondayand" and row[1] == str(len("They met on "))
