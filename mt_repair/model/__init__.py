"""The seq2seq stage: a small byte-level T5 that rescues the spans rules are unsure of.

``load(spec)`` returns a :class:`~mt_repair.model.api.SpanModel`:

* ``None`` or ``"default"``: the packaged model in ``models/default/`` (beside the
  ``mt_repair`` package), or the directory named by ``$MT_REPAIR_MODEL_DIR``;
* a local directory holding safetensors weights, ``config.json`` and tokenizer files;
* a Hugging Face hub id (needs the network; never for the default).

Nothing here imports torch until a model is actually loaded.  Remote code is never
trusted, and pickle-only weights are refused.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional, Union

from .api import ModelChoice, ModelRequest, SpanModel  # noqa: F401

__all__ = ["load", "default_model_dir", "ModelRequest", "ModelChoice", "SpanModel"]


def default_model_dir() -> Path:
    """``$MT_REPAIR_MODEL_DIR``, else ``models/default`` at the repository / install root."""
    env = os.environ.get("MT_REPAIR_MODEL_DIR")
    if env:
        return Path(env)
    return Path(__file__).resolve().parent.parent.parent / "models" / "default"


def _check_dir(path: Path) -> None:
    if not (path / "config.json").is_file():
        raise ValueError(f"{path}: not a model directory (no config.json)")
    if not any(path.glob("*.safetensors")):
        if any(path.glob("*.bin")) or any(path.glob("*.pt")) or any(path.glob("*.pth")):
            raise ValueError(f"{path}: only pickle weights (.bin/.pt); mt-repair loads safetensors only "
                             "(convert with save_pretrained(..., safe_serialization=True))")
        raise ValueError(f"{path}: no model.safetensors")


def load(spec: Optional[Union[str, os.PathLike]] = None, **options) -> SpanModel:
    """Load a span model.  ``options`` go to :class:`~mt_repair.model.scorer.GuardedSpanModel`
    (``margin``, ``length_norm``, ``generate``, ``threads``, ``batch_size``, ``quantize``,
    ``engine``: "auto", "torch" or "ctranslate2"; also ``$MT_REPAIR_ENGINE``; ``threads``
    defaults to ``$MT_REPAIR_THREADS``, else up to four)."""
    from .scorer import GuardedSpanModel
    if spec is None or str(spec) == "default":
        path = default_model_dir()
        if not path.is_dir():
            raise ValueError(f"the default model is missing: {path}")
        _check_dir(path)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")   # a local model never touches the network
        return GuardedSpanModel(path, name="default", **options)
    path = Path(os.fspath(spec)).expanduser()
    if path.exists():
        if not path.is_dir():
            raise ValueError(f"{path}: a model is a directory")
        _check_dir(path)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        return GuardedSpanModel(path, name=path.name, **options)
    if _looks_local(str(spec)):
        raise ValueError(f"{path}: no such model directory")
    # a hub id: from_pretrained downloads it (safetensors only, no remote code)
    return GuardedSpanModel(str(spec), name=str(spec), **options)


def _looks_local(spec: str) -> bool:
    """A path rather than a hub id ("owner/name"): absolute, ./ ~ or \\, deeper than owner/name,
    or its parent folder exists here."""
    if spec.startswith((".", "/", "~", "\\")) or os.path.isabs(spec) or "\\" in spec:
        return True
    parts = spec.split("/")
    if len(parts) > 2 or not all(parts):
        return True
    return len(parts) == 2 and Path(parts[0]).is_dir()
