"""Inference: score candidate spans by the model's log-likelihood, or generate one.

:class:`SpanScorer` wraps a loaded seq2seq model (torch, imported here only).
:class:`GuardedSpanModel` implements the :class:`~mt_repair.model.api.SpanModel`
contract: for each request it scores the span itself and every rule candidate
(or, with no candidate, a greedy generation), picks the best, and lets the
guard decide whether the change is kept.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Optional, Sequence

from ..cores import model_threads
from .api import ModelChoice, ModelRequest
from .guard import DEFAULT_MARGIN, check
from .windows import DEFAULT_WINDOW, Window, byte_ids

__all__ = ["SpanScorer", "CTranslate2Scorer", "GuardedSpanModel", "decode_ids", "make_scorer", "ENGINES"]

#: inference engines: ``auto`` picks CTranslate2 when it is installed and the model directory
#: holds converted weights (``ctranslate2/``, written by scripts/convert_ctranslate2.py), else torch
ENGINES = ("auto", "torch", "ctranslate2")
CT2_SUBDIR = "ctranslate2"


def decode_ids(ids) -> str:
    """ByT5 ids back to text (special ids dropped, broken UTF-8 ignored)."""
    return bytes(int(i) - 3 for i in ids if 3 <= int(i) < 259).decode("utf-8", errors="ignore")


class SpanScorer:
    """Teacher-forced log-probabilities and greedy generation, batched, on CPU by default."""

    def __init__(self, path, *, threads: Optional[int] = None, batch_size: int = 64, quantize: bool = False,
                 device: str = "cpu", window: Window = DEFAULT_WINDOW):
        import torch
        from transformers import T5ForConditionalGeneration
        from transformers.utils import logging as hf_logging
        hf_logging.disable_progress_bar()  # a library prints nothing: no "Loading weights" bar
        if threads:
            torch.set_num_threads(int(threads))
        self.torch = torch
        self.model = T5ForConditionalGeneration.from_pretrained(str(path), use_safetensors=True,
                                                                local_files_only=Path(str(path)).is_dir())
        self.model.float().eval().to(device)
        if quantize:
            self.model = torch.ao.quantization.quantize_dynamic(self.model, {torch.nn.Linear}, dtype=torch.qint8)
        self.device = device
        self.batch_size = batch_size
        self.window = window

    def _pad(self, seqs, value):
        n = max(map(len, seqs))
        t = self.torch.full((len(seqs), n), value, dtype=self.torch.long)
        for i, s in enumerate(seqs):
            t[i, :len(s)] = self.torch.tensor(s, dtype=self.torch.long)
        return t.to(self.device)

    def logprobs(self, sources: Sequence[str], targets: Sequence[str]) -> list[tuple[float, int]]:
        """``(sum of log-probs, number of target tokens)`` of each target given its source."""
        torch = self.torch
        out: list[Optional[tuple[float, int]]] = [None] * len(sources)
        order = sorted(range(len(sources)), key=lambda i: (sources[i], len(targets[i])))
        with torch.inference_mode():
            for b in range(0, len(order), self.batch_size):
                idx = order[b:b + self.batch_size]
                uniq: dict[str, int] = {}
                for i in idx:
                    uniq.setdefault(sources[i], len(uniq))
                src = [byte_ids(s, self.window.max_source_bytes) for s in uniq]
                ids = self._pad(src, 0)
                mask = (ids != 0).long()
                mask[:, 0] = 1
                enc = self.model.get_encoder()(input_ids=ids, attention_mask=mask).last_hidden_state
                sel = torch.tensor([uniq[sources[i]] for i in idx], device=self.device)
                tgt = [byte_ids(targets[i], self.window.max_target_bytes) for i in idx]
                labels = self._pad(tgt, -100)
                from transformers.modeling_outputs import BaseModelOutput
                logits = self.model(encoder_outputs=BaseModelOutput(last_hidden_state=enc[sel]),
                                    attention_mask=mask[sel], labels=labels).logits
                lp = torch.log_softmax(logits.float(), dim=-1)
                keep = labels != -100
                tok = lp.gather(-1, labels.clamp(min=0).unsqueeze(-1)).squeeze(-1) * keep
                sums = tok.sum(-1).tolist()
                ns = keep.sum(-1).tolist()
                for j, i in enumerate(idx):
                    out[i] = (sums[j], ns[j])
        return out  # type: ignore[return-value]

    def generate(self, sources: Sequence[str], max_new_tokens: Optional[int] = None) -> list[str]:
        """Greedy generation of the repaired span for each source window."""
        max_new_tokens = max_new_tokens or self.window.max_target_bytes
        torch = self.torch
        res: list[str] = []
        with torch.inference_mode():
            for b in range(0, len(sources), self.batch_size):
                chunk = sources[b:b + self.batch_size]
                ids = self._pad([byte_ids(s, self.window.max_source_bytes) for s in chunk], 0)
                mask = (ids != 0).long()
                gen = self.model.generate(input_ids=ids, attention_mask=mask, max_new_tokens=max_new_tokens,
                                          num_beams=1, do_sample=False)
                res.extend(decode_ids(g) for g in gen.tolist())
        return res


class CTranslate2Scorer:
    """The same interface as :class:`SpanScorer` on CTranslate2 (``pip install ctranslate2``).

    Scores and greedy outputs agree with torch up to float rounding (see BENCHMARKS.md,
    "model engines"); ``compute_type`` is set explicitly (CTranslate2's "auto" silently
    picks int8).
    """

    def __init__(self, path, *, threads: Optional[int] = None, batch_size: int = 32,
                 compute_type: str = "float32", window: Window = DEFAULT_WINDOW):
        import ctranslate2
        self.translator = ctranslate2.Translator(str(path), device="cpu", compute_type=compute_type,
                                                 inter_threads=1, intra_threads=int(threads or 0))
        import json
        self.vocab = json.loads((Path(path) / "shared_vocabulary.json").read_text(encoding="utf-8"))
        self.index = {t: i for i, t in enumerate(self.vocab)}
        self.batch_size = batch_size
        self.window = window

    def _source(self, text: str) -> list[str]:
        return [self.vocab[i] for i in byte_ids(text, self.window.max_source_bytes)]   # ends with </s>, as torch

    def _target(self, text: str) -> list[str]:
        return [self.vocab[i] for i in byte_ids(text, self.window.max_target_bytes)[:-1]]   # the engine adds </s>

    def logprobs(self, sources: Sequence[str], targets: Sequence[str]) -> list[tuple[float, int]]:
        res = self.translator.score_batch([self._source(s) for s in sources],
                                          [self._target(t) for t in targets],
                                          max_batch_size=self.batch_size)
        return [(float(sum(r.log_probs)), len(r.log_probs)) for r in res]

    def generate(self, sources: Sequence[str], max_new_tokens: Optional[int] = None) -> list[str]:
        max_new_tokens = max_new_tokens or self.window.max_target_bytes
        res = self.translator.translate_batch([self._source(s) for s in sources],
                                              beam_size=1, max_decoding_length=max_new_tokens,
                                              max_batch_size=self.batch_size)
        return [decode_ids([self.index.get(t, 2) for t in r.hypotheses[0]]) for r in res]


#: (source, candidate) pairs per call: CTranslate2 encodes the source again for every candidate
#: and, with the 320-byte window, ran 32 at a time faster than 64 (98-121 against 84-107 spans/s on
#: 2 threads, 1,310 held-out spans, four alternating runs); torch encodes each source once
DEFAULT_BATCH = {"torch": 64, "ctranslate2": 32}


def make_scorer(path, *, engine: str = "auto", threads: Optional[int] = None, batch_size: Optional[int] = None,
                quantize: bool = False, window: Optional[Window] = None):
    """The scorer for ``engine`` (see :data:`ENGINES`); ``auto`` falls back to torch, silently,
    when CTranslate2 or the converted weights are missing.  ``quantize``: int8 weights.
    ``window``: the model's input window (default: the one in its ``mt_repair.json``)."""
    if window is None:
        window = Window.from_meta(read_meta(path))
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    ct2_dir = Path(str(path)) / CT2_SUBDIR
    if engine in ("auto", "ctranslate2"):
        have_dir = (ct2_dir / "model.bin").is_file()
        try:
            import ctranslate2  # noqa: F401
            have_lib = True
        except ImportError:
            have_lib = False
        if have_dir and have_lib:
            return CTranslate2Scorer(ct2_dir, threads=threads, batch_size=batch_size or DEFAULT_BATCH["ctranslate2"],
                                     compute_type="int8" if quantize else "float32", window=window)
        if engine == "ctranslate2":
            raise ValueError("the ctranslate2 engine needs `pip install ctranslate2` and converted weights in "
                             f"{ct2_dir} (python scripts/convert_ctranslate2.py {path})")
    return SpanScorer(path, threads=threads, batch_size=batch_size or DEFAULT_BATCH["torch"], quantize=quantize,
                      window=window)


def read_meta(path) -> dict:
    """A model's ``mt_repair.json`` (window, tuned settings), or ``{}``: from its directory, or
    for a hub id from the hub (when the model has one there and the network answers)."""
    import json
    mj = Path(str(path)) / "mt_repair.json"
    if mj.is_file():
        return json.loads(mj.read_text(encoding="utf-8"))
    if path is None or Path(str(path)).exists() or str(path).count("/") != 1:
        return {}
    try:
        from huggingface_hub import hf_hub_download
        return json.loads(Path(hf_hub_download(str(path), "mt_repair.json")).read_text(encoding="utf-8"))
    except Exception:   # no such file on the hub, or offline: the default window and settings
        return {}


def _with_prior(sc: dict[str, float], span: str, keep_prior: Optional[float]) -> dict[str, float]:
    """Add the rule's log-prior: ``keep_prior`` for the span, the rest shared evenly by the repairs."""
    if keep_prior is None or len(sc) < 2:
        return sc
    p = min(max(float(keep_prior), 1e-6), 1 - 1e-6)
    n = len(sc) - 1
    return {c: v + (math.log(p) if c == span else math.log((1 - p) / n)) for c, v in sc.items()}


def _softmax(xs: Sequence[float]) -> list[float]:
    m = max(xs)
    e = [math.exp(x - m) for x in xs]
    s = sum(e)
    return [x / s for x in e]


class GuardedSpanModel:
    """The model stage the planner calls: rescoring (primary) or generation (fallback), then the guard.

    ``length_norm``: score candidates by the mean log-prob per byte instead of the sum
    (the sum is the default: it measured better, see models/default/README.md).
    """

    def __init__(self, path, *, name: Optional[str] = None, margin: Optional[float] = None,
                 length_norm: Optional[bool] = None, generate: bool = True, threads: Optional[int] = None,
                 batch_size: Optional[int] = None, quantize: bool = False, engine: Optional[str] = None):
        self.path = str(path)
        self.name = name or Path(self.path).name or self.path
        # a model directory may carry its tuned settings in mt_repair.json ("margin", "length_norm")
        meta = read_meta(self.path)
        self.window = Window.from_meta(meta)
        self.margin = float(margin if margin is not None else meta.get("margin", DEFAULT_MARGIN))
        self.length_norm = bool(length_norm if length_norm is not None else meta.get("length_norm", False))
        self.allow_generate = generate
        if threads is None:
            threads = model_threads()
        engine = engine or os.environ.get("MT_REPAIR_ENGINE") or meta.get("engine", "auto")
        self.scorer = make_scorer(path, engine=engine, threads=threads, batch_size=batch_size, quantize=quantize,
                                  window=self.window)
        self.engine = "ctranslate2" if isinstance(self.scorer, CTranslate2Scorer) else "torch"

    def _score(self, lp: tuple[float, int]) -> float:
        s, n = lp
        return s / max(1, n) if self.length_norm else s

    def score(self, requests: Sequence[ModelRequest]) -> list[dict[str, float]]:
        """Log-probability of the span and of every candidate, per request."""
        sources, pairs = [], []
        for k, r in enumerate(requests):
            src = self.window.source(r.left, r.span, r.right)
            for c in dict.fromkeys((r.span,) + tuple(r.candidates)):
                sources.append(src)
                pairs.append((k, c))
        lps = self.scorer.logprobs(sources, [c for _, c in pairs]) if pairs else []
        out: list[dict[str, float]] = [{} for _ in requests]
        for (k, c), lp in zip(pairs, lps):
            out[k][c] = self._score(lp)
        return out

    def choose(self, requests: Sequence[ModelRequest]) -> list[ModelChoice]:
        requests = list(requests)
        gen_idx = [i for i, r in enumerate(requests) if not r.candidates and self.allow_generate]
        generated: dict[int, str] = {}
        if gen_idx:
            outs = self.scorer.generate([self.window.source(requests[i].left, requests[i].span, requests[i].right)
                                         for i in gen_idx])
            generated = {i: g for i, g in zip(gen_idx, outs) if g and g != requests[i].span}
        expanded = [ModelRequest(r.left, r.span, r.right, (generated[i],), r.rule, margin=r.margin)
                    if i in generated else r for i, r in enumerate(requests)]
        scores = self.score(expanded)
        choices = []
        for i, (r, sc) in enumerate(zip(expanded, scores)):
            sc = _with_prior(sc, r.span, r.keep_prior)
            cands = list(sc)
            probs = dict(zip(cands, _softmax([sc[c] for c in cands])))
            sure = r.keep_prior is not None and r.keep_prior <= 0.0 and len(cands) > 1
            best = max(cands, key=lambda c: (sc[c], c == r.span))
            if sure:   # the rule is sure the span is damaged: the model only picks the repair
                best = max((c for c in cands if c != r.span), key=lambda c: sc[c])
            is_gen = i in generated
            if best == r.span:
                choices.append(ModelChoice(r.span, probs[r.span], False,
                                           "model keeps the span" if len(cands) > 1 else "no candidate"))
                continue
            ok, why = check(r.span, best, generated=is_gen, score_repl=None if sure else sc[best],
                            score_span=sc[r.span], margin=self.margin if r.margin is None else r.margin,
                            context=self.window.context(r.left, r.right))
            if ok:
                choices.append(ModelChoice(best, probs[best], is_gen,
                                           f"model prefers it by {sc[best] - sc[r.span]:.2f} nats"))
            else:
                choices.append(ModelChoice(r.span, probs[r.span], False, f"guard kept the span: {why}"))
        return choices
