"""A tiny training run end to end: train -> save -> load -> score (seconds, no shared data)."""

import math

from mt_repair.model import ModelRequest, load
from mt_repair.model.train import build_model, collate, train


def test_collate_pads_labels():
    ids, mask, labels = collate(["ab ⟦c⟧", "⟦d⟧"], ["c", "dd"])
    assert ids.shape[0] == 2 and int(mask[1].sum()) == len("⟦d⟧".encode()) + 1
    assert labels[0, 2].item() == -100 and labels[1, 2].item() == 1


def test_tiny_training_roundtrip(tmp_path):
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("\n".join(
        ["The talks, which began in May, failed after the meeting that the minister had called.",
         "He said his plan would help immigrants and their families, particularly in rural areas."] * 20))
    out = tmp_path / "m"
    res = train(corpus, out, minutes=1, max_steps=3, batch_size=4, d_model=32, d_kv=8, d_ff=32, num_heads=2,
                num_layers=1, num_decoder_layers=1, dev_size=8)
    assert res["steps"] == 3
    assert (out / "model.safetensors").is_file() and (out / "mt_repair.json").is_file()
    m = load(out, threads=1)
    ch = m.choose([ModelRequest("the ", "talkswhich", " began", ("talks which", "talks, which"))])[0]
    assert ch.replacement in ("talkswhich", "talks which", "talks, which")
    sc = m.score([ModelRequest("the ", "talks", " began", ("talk",))])[0]
    assert set(sc) == {"talks", "talk"} and all(math.isfinite(v) and v < 0 for v in sc.values())


def test_saved_model_scores_like_the_trained_one(tmp_path):
    import torch
    from mt_repair.model.scorer import SpanScorer
    from mt_repair.model.train import save
    model = build_model(seed=1, d_model=32, d_kv=8, d_ff=32, num_heads=2, num_layers=1, num_decoder_layers=1)
    save(model, tmp_path, {})
    ids, mask, labels = collate(["a ⟦b⟧ c"], ["B"])
    with torch.inference_mode():
        ref = model.eval()(input_ids=ids, attention_mask=mask, labels=labels).loss.item()
    s, n = SpanScorer(tmp_path, threads=1).logprobs(["a ⟦b⟧ c"], ["B"])[0]
    assert abs(-s / n - ref) < 1e-4


def test_window_is_recorded_and_used(tmp_path):
    """A model trained with a wider window records it, and inference builds the same inputs."""
    import json
    import torch
    from mt_repair.model.windows import Window
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("The talks, which began in May, failed after the meeting that the minister had called.\n" * 30)
    w = Window(words=8, chars=90, max_source_bytes=256)
    out = tmp_path / "m"
    train(corpus, out, minutes=1, max_steps=2, batch_size=4, d_model=32, d_kv=8, d_ff=32, num_heads=2,
          num_layers=1, num_decoder_layers=1, dev_size=4, window=w, save_dtype="float16")
    meta = json.loads((out / "mt_repair.json").read_text())
    assert Window.from_meta(meta) == w
    m = load(out, threads=1, engine="torch")
    assert m.window == w and m.scorer.window == w
    assert next(m.scorer.model.parameters()).dtype == torch.float32   # float16 on disk, float32 to run
    left = "one two three four five six seven eight nine ten "
    assert m.window.source(left, "x", "") == "three four five six seven eight nine ten ⟦x⟧"


def test_worker_processes_and_an_old_window(tmp_path):
    """Batches built by worker processes; a model directory without window keys gets the default window,
    and training continued from a model keeps that model's window."""
    import json
    from mt_repair.model.windows import DEFAULT_WINDOW, Window
    corpus = tmp_path / "corpus.txt"
    corpus.write_text("He said his plan would help immigrants and their families, particularly in rural areas.\n" * 30)
    out = tmp_path / "m"
    res = train(corpus, out, minutes=1, max_steps=2, batch_size=4, d_model=32, d_kv=8, d_ff=32, num_heads=2,
                num_layers=1, num_decoder_layers=1, dev_size=4, workers=2, window=Window(words=6))
    assert res["steps"] == 2
    more = tmp_path / "m2"
    train(corpus, more, minutes=1, max_steps=1, batch_size=4, dev_size=4, init_from=out)
    assert Window.from_meta(json.loads((more / "mt_repair.json").read_text())) == Window(words=6)
    meta = json.loads((out / "mt_repair.json").read_text())
    for k in ("context_words", "context_chars", "max_source_bytes", "max_target_bytes"):
        meta.pop(k)
    (out / "mt_repair.json").write_text(json.dumps(meta))
    assert load(out, threads=1, engine="torch").window == DEFAULT_WINDOW
