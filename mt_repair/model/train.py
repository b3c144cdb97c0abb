"""Train the span model from clean text (and optionally real post-edits).

``train(corpus, out_dir, minutes=...)`` builds a small byte-level T5 from a
config (nothing is downloaded), streams examples from
:class:`mt_repair.model.data.ExampleStream`, and saves a loadable model
directory (safetensors, config, tokenizer, ``mt_repair.json``) every few
minutes and at the end, so an interrupted run still leaves a usable model.
Torch and transformers are imported only when it runs.
"""

from __future__ import annotations

import json
import math
import random
import time
from pathlib import Path
from typing import Callable, Optional, Sequence, Union

from .windows import DEFAULT_WINDOW, OPEN, CLOSE, Window, byte_ids

__all__ = ["train", "build_model", "DEFAULT_ARCH", "collate"]

#: the architecture measured to break through within minutes on 2 CPU cores (issue 3)
DEFAULT_ARCH = dict(d_model=128, d_kv=32, d_ff=384, num_layers=2, num_decoder_layers=2, num_heads=4,
                    feed_forward_proj="gated-gelu")


def build_model(seed: int = 0, **arch):
    """A fresh byte-level T5 (ByT5 vocabulary, untied output layer re-initialised)."""
    import torch
    from transformers import T5Config, T5ForConditionalGeneration
    a = dict(DEFAULT_ARCH)
    a.update(arch)
    init = a.pop("init", "scaled")
    torch.manual_seed(seed)
    if init == "scaled":
        # transformers 5 always ties T5's output layer to the input embedding.  Keep T5's own scheme:
        # embeddings at std 1.0 and decoder outputs scaled by d_model**-0.5 before the tied output layer
        # (logits start at std ~1).  Embeddings at std d_model**-0.5 without the scaling (the "re-init
        # the lm_head" recipe) left the model ignoring its input after 1,400 steps here.
        cfg = T5Config(vocab_size=384, dropout_rate=0.0, pad_token_id=0, eos_token_id=1,
                       decoder_start_token_id=0, **a)
        model = T5ForConditionalGeneration(cfg)
        torch.nn.init.normal_(model.shared.weight, mean=0.0, std=1.0)
    else:
        cfg = T5Config(vocab_size=384, dropout_rate=0.0, tie_word_embeddings=False,
                       pad_token_id=0, eos_token_id=1, decoder_start_token_id=0, **a)
        model = T5ForConditionalGeneration(cfg)
        torch.nn.init.normal_(model.lm_head.weight, mean=0.0, std=a["d_model"] ** -0.5)
    return model


def collate(sources: Sequence[str], targets: Optional[Sequence[str]] = None, window: Window = DEFAULT_WINDOW):
    """Padded input ids, attention mask and (optionally) labels (-100 on padding)."""
    import torch
    src = [byte_ids(s, window.max_source_bytes) for s in sources]
    n = max(map(len, src))
    ids = torch.zeros((len(src), n), dtype=torch.long)
    mask = torch.zeros((len(src), n), dtype=torch.long)
    for i, s in enumerate(src):
        ids[i, :len(s)] = torch.tensor(s)
        mask[i, :len(s)] = 1
    if targets is None:
        return ids, mask, None
    tgt = [byte_ids(t, window.max_target_bytes) for t in targets]
    m = max(map(len, tgt))
    labels = torch.full((len(tgt), m), -100, dtype=torch.long)
    for i, t in enumerate(tgt):
        labels[i, :len(t)] = torch.tensor(t)
    return ids, mask, labels


def save(model, out_dir: Union[str, Path], meta: dict, window: Window = DEFAULT_WINDOW,
         dtype: Optional[str] = None) -> None:
    """Write a loadable model directory; ``dtype="float16"`` stores half-precision weights
    (the loaders cast back to float32), the training copy stays as it is."""
    import copy
    from transformers import ByT5Tokenizer
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    if dtype == "float16":
        model = copy.deepcopy(model).to("cpu").half()
    model.save_pretrained(out, safe_serialization=True)
    ByT5Tokenizer().save_pretrained(out)
    meta = dict(meta)
    meta.update(format="mt-repair-span-model", version=1, open=OPEN, close=CLOSE, **window.meta())
    (out / "mt_repair.json").write_text(json.dumps(meta, indent=2) + "\n")


class _Batches:
    """Collated training batches from an :class:`ExampleStream`, endless; inside a DataLoader worker
    each worker draws from its own seeded stream."""

    def __init__(self, lines, ape, seed: int, batch_size: int, window: Window, data: dict):
        self.args = (lines, ape, seed, batch_size, window, data)

    def __iter__(self):
        from .data import ExampleStream
        lines, ape, seed, batch_size, window, data = self.args
        import torch.utils.data as tud
        info = tud.get_worker_info()
        wid = info.id if info is not None else 0
        stream = ExampleStream(lines, ape=ape, seed=seed + 7919 * wid, window=window, **data)
        while True:
            batch = [next(stream) for _ in range(batch_size)]
            yield collate([e[0] for e in batch], [e[1] for e in batch], window)


def _batch_iter(lines, ape, seed: int, batch_size: int, window: Window, workers: int, log=None, data=None):
    src = _Batches(lines, ape, seed, batch_size, window, data or {})
    if workers <= 0:
        return iter(src)
    import multiprocessing
    import torch.utils.data as tud
    if "fork" not in multiprocessing.get_all_start_methods():
        # the dataset below lives in this function: only forked workers inherit it (Linux, macOS)
        if log:
            log("workers need the 'fork' start method, which this platform lacks: building batches in-process")
        return iter(src)

    class _DS(tud.IterableDataset):
        def __iter__(self):
            return iter(src)

    return iter(tud.DataLoader(_DS(), batch_size=None, num_workers=workers, prefetch_factor=8,
                               persistent_workers=True, multiprocessing_context="fork"))


def train(corpus_path: Union[str, Path, Sequence[Union[str, Path]]], out_dir: Union[str, Path], *,
          minutes: float = 60.0, threads: int = 1, seed: int = 0, ape_dir: Optional[Union[str, Path]] = None,
          batch_size: int = 64, lr: float = 2e-3, warmup: int = 200, max_steps: Optional[int] = None,
          checkpoint_minutes: float = 10.0, init_from: Optional[Union[str, Path]] = None,
          log: Optional[Callable[[str], None]] = None, dev_size: int = 512, device: str = "cpu",
          workers: int = 0, bf16: bool = False, window: Optional[Window] = None, save_dtype: Optional[str] = None,
          kinds: Optional[dict] = None, paragraphs: Optional[float] = None, decoys: float = 0.0,
          **arch) -> dict:
    """Train a span model on ``corpus_path`` (clean text, one sentence a line; train split only).

    ``device="cuda"`` trains on a GPU (``bf16=True``: bfloat16 autocast), ``workers`` processes build the
    batches (0: in the training process), ``window`` sets the context the model reads (recorded in
    ``mt_repair.json``; default: the ``init_from`` model's own, else :data:`DEFAULT_WINDOW`),
    ``save_dtype="float16"`` halves the saved weights, ``kinds`` overrides corruption kinds' weights
    (:data:`~mt_repair.model.data.KIND_WEIGHTS`), ``decoys`` adds that share of clean uses of the
    forms translationese writes (:func:`~mt_repair.model.data.decoy_example`; 0: none, as the
    shipped model was trained) and ``paragraphs`` the share of two-line texts
    (:data:`~mt_repair.model.data.PARAGRAPHS`).
    Returns a summary dict (steps, examples, wall time, losses); the model is in ``out_dir``.
    """
    import contextlib
    import torch
    from .data import KIND_WEIGHTS, PARAGRAPHS, ExampleStream, ape_examples, read_lines

    log = log or (lambda s: None)
    if window is None:
        from .scorer import read_meta
        window = Window.from_meta(read_meta(init_from)) if init_from else DEFAULT_WINDOW
    torch.set_num_threads(max(1, int(threads)))
    if device == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
    autocast = (lambda: torch.autocast(device_type=device, dtype=torch.bfloat16)) if bf16 else contextlib.nullcontext
    random.seed(seed)
    paths = [corpus_path] if isinstance(corpus_path, (str, Path)) else list(corpus_path)
    lines = [l for p in paths for l in read_lines(p, "train")]
    dev_lines = [l for p in paths for l in read_lines(p, "dev")]
    ape = ape_examples(ape_dir, "train", seed=seed, window=window) if ape_dir else []
    ape_dev = ape_examples(ape_dir, "dev", seed=seed, window=window) if ape_dir else []
    log(f"lines={len(lines)} ape={len(ape)} window={window}")
    data = dict(kinds=dict(KIND_WEIGHTS, **(kinds or {})), paragraphs=PARAGRAPHS if paragraphs is None else paragraphs,
                decoys=decoys)
    batches = _batch_iter(lines, ape, seed, batch_size, window, workers, log, data)
    dev = []
    if dev_lines:
        dev_stream = ExampleStream(dev_lines, ape=ape_dev, seed=seed + 99, pool_cap=2000, window=window, **data)
        dev = [next(dev_stream) for _ in range(dev_size)]

    if init_from:
        from transformers import T5ForConditionalGeneration
        model = T5ForConditionalGeneration.from_pretrained(str(init_from), use_safetensors=True).float()
    else:
        model = build_model(seed=seed, **arch)
    model.to(device)
    n_params = sum(p.numel() for p in model.parameters())
    log(f"params={n_params}")
    model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=lr, betas=(0.9, 0.98), weight_decay=0.01)
    budget = minutes * 60.0
    t0 = time.time()
    last_ckpt = t0
    step, seen, run_loss, hist = 0, 0, 0.0, []
    meta = dict(arch={k: getattr(model.config, k) for k in DEFAULT_ARCH if k != "init"}, params=n_params, seed=seed,
                batch_size=batch_size, lr=lr, warmup=warmup, corpus=[str(p) for p in paths],
                ape_dir=str(ape_dir) if ape_dir else None, threads=threads, device=device, bf16=bf16,
                workers=workers, **data)
    if device != "cpu" and torch.cuda.is_available():
        meta["device_name"] = torch.cuda.get_device_name(0)

    def dev_loss() -> float:
        if not dev:
            return float("nan")
        model.eval()
        tot, n = 0.0, 0
        with torch.inference_mode():
            for i in range(0, len(dev), 128):
                chunk = dev[i:i + 128]
                ids, mask, labels = collate([e[0] for e in chunk], [e[1] for e in chunk], window)
                with autocast():
                    out = model(input_ids=ids.to(device), attention_mask=mask.to(device), labels=labels.to(device))
                k = int((labels != -100).sum())
                tot += float(out.loss) * k
                n += k
        model.train()
        return tot / max(1, n)

    def checkpoint(final: bool) -> None:
        d = dev_loss()
        hist.append(dict(step=step, minutes=round((time.time() - t0) / 60, 2), dev_loss=round(d, 4)))
        save(model, out_dir, dict(meta, steps=step, examples=seen,
                                  wall_minutes=round((time.time() - t0) / 60, 2), history=hist, final=final),
             window=window, dtype=save_dtype)
        log(f"checkpoint step={step} dev_loss={d:.4f} -> {out_dir}")

    while True:
        elapsed = time.time() - t0
        if elapsed >= budget or (max_steps is not None and step >= max_steps):
            break
        frac = elapsed / budget if max_steps is None else step / max_steps
        cur = lr * min(1.0, (step + 1) / warmup) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, frac))))
        for g in opt.param_groups:
            g["lr"] = cur
        ids, mask, labels = next(batches)
        with autocast():
            loss = model(input_ids=ids.to(device, non_blocking=True), attention_mask=mask.to(device, non_blocking=True),
                         labels=labels.to(device, non_blocking=True)).loss
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        step += 1
        seen += batch_size
        run_loss += loss.detach()
        if step % 50 == 0:
            log(f"step={step} loss={float(run_loss) / 50:.4f} lr={cur:.2e} min={(time.time() - t0) / 60:.2f} "
                f"steps/s={step / (time.time() - t0):.2f}")
            run_loss = 0.0
        if time.time() - last_ckpt >= checkpoint_minutes * 60:
            checkpoint(False)
            last_ckpt = time.time()
    checkpoint(True)
    return dict(steps=step, examples=seen, wall_minutes=round((time.time() - t0) / 60, 2), params=n_params,
                history=hist)
