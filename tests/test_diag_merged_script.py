"""scripts/diag_merged.py sorts each injected join into ok / sep / wrong / miss and diffs runs."""

from .script_loader import load_script

diag = load_script("diag_merged")
B = diag.B


def _item():
    # "for trains, which have" lost its comma and space: "for trainswhich have"
    clean = "crossings for trains, which have closed"
    text = "crossings for trainswhich have closed"
    s = text.index("trainswhich")
    return B.Item("news.txt", 3, clean, text, "merged", (s, s + len("trainswhich")),
                  "trains, which", "trains which", ",", "lower+join-word")


def _edit(item, replacement):
    ws, we = item.window
    return B.SimpleEdit("merged-words", ws, we, item.text[ws:we], replacement)


def test_each_join_gets_its_class():
    it = _item()
    assert diag.classify(it, [_edit(it, "trains, which")]) == ("ok", "trains, which")
    assert diag.classify(it, [_edit(it, "trains which")]) == ("sep", "trains which")
    assert diag.classify(it, [_edit(it, "train swhich")])[0] == "wrong"
    assert diag.classify(it, []) == ("miss", "trainswhich")


def test_compare_lists_the_joins_that_got_worse_and_counts_every_change():
    row = {"token": "trainswhich", "clean": "trains, which", "fixed": "", "shape": "", "sentence": "s"}
    old = {"a": {**row, "class": "ok"}, "b": {**row, "class": "miss"}, "c": {**row, "class": "sep"}}
    new = {"a": {**row, "class": "miss"}, "b": {**row, "class": "ok"}, "c": {**row, "class": "sep"}}
    lines = diag.compare(old, new)
    assert lines[0].startswith("ok->miss") and len(lines) == 2
    assert lines[-1] == "miss->ok: 1 ok->miss: 1"
    assert len(diag.compare(old, new, show_all=True)) == 3
    assert diag.compare(old, old) == ["no change"]
