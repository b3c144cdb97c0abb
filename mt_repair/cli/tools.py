"""The other commands: ``score`` (sacrebleu), ``train`` (a span model on your text),
``bilingual`` (source-target pairs) and ``rules`` (what each rule looks for)."""

from __future__ import annotations

import os
from typing import List, Optional

import typer

from ._shell import DEBUG, EXIT_ERROR, EXIT_FOUND, EXIT_OK, Errors, _load_enc, _repairer, _run


def score(
    hyp: str = typer.Argument(..., help="Hypothesis file, one segment per line ('-' for stdin)."),
    ref: List[str] = typer.Option(..., "--ref", "-r", help="Reference file(s), line-aligned with HYP; repeat for several."),
    metrics: str = typer.Option("bleu,chrf,ter", "--metrics", help="Comma-separated: bleu, chrf, ter."),
    before_after: bool = typer.Option(False, "--before-after", help="Also repair HYP line by line and score both."),
    all_: bool = typer.Option(False, "--all", help="With --before-after: repair in --all mode."),
    model: str = typer.Option("default", "--model", help="With --before-after: model for unsure spans."),
    no_model: bool = typer.Option(False, "--no-model", help="With --before-after: rules only."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
    debug: bool = DEBUG,
):
    """Score HYP against references with sacrebleu (BLEU, chrF, TER, with signatures).

    Example: mt-repair score mt.txt --ref human.txt --before-after
    """
    import json as _json

    from ..errors import UserError
    from ..files import load_text

    def lines_of(path):
        text, _ = load_text(path)
        return text.splitlines()

    def work():
        from ..scoring import score as sb_score
        hyps = lines_of(hyp)
        refs = [lines_of(r) for r in ref]
        wanted = [m.strip() for m in metrics.split(",") if m.strip()]
        try:
            results = {"before" if before_after else "score": sb_score(hyps, refs, wanted)}
            if before_after:
                rep = _repairer("all" if all_ else "safe", None, None, None if no_model else model)
                fixed = rep.repair("\n".join(hyps) + "\n").text.split("\n")[:len(hyps)]
                results["after"] = sb_score(fixed, refs, wanted)
                results["lines_changed"] = sum(a != b for a, b in zip(hyps, fixed))
        except ValueError as e:
            raise UserError(str(e)) from None
        if as_json:
            typer.echo(_json.dumps(results, indent=2))
            return
        for stage, res in results.items():
            if stage == "lines_changed":
                typer.echo(f"lines changed by repair: {res} of {len(hyps)}")
                continue
            for m, r in res.items():
                label = f"{stage:7}" if before_after else ""
                typer.echo(f"{label}{m.upper():5} {r['score']:6.2f}   {r['signature']}")

    _run(work, debug)


def train(
    corpus: List[str] = typer.Option(..., "--corpus", help="Clean text, one sentence per line (repeat for several files)."),
    out: str = typer.Option("models/my-model", "--out", "-o", help="Directory for the trained model."),
    minutes: float = typer.Option(60.0, "--minutes", help="Wall-clock training budget."),
    threads: int = typer.Option(1, "--threads", help="CPU threads for torch."),
    ape_dir: Optional[str] = typer.Option(None, "--ape-dir", help="Optional post-editing triplets (mlqe-pe layout) to mix in."),
    seed: int = typer.Option(0, "--seed"),
    device: str = typer.Option("auto", "--device", help="cpu, cuda, or auto (cuda when torch sees a GPU; bfloat16 there)."),
    workers: int = typer.Option(0, "--workers", help="Processes building training batches (0: none; a GPU wants several)."),
    batch_size: int = typer.Option(64, "--batch-size", help="Examples per step (512 on a GPU)."),
    debug: bool = DEBUG,
):
    """Train a span model on your own clean text (use it with fix --model DIR).

    Example: mt-repair train --corpus news.txt --out models/news --minutes 30
    On a GPU: mt-repair train --corpus news.txt --device cuda --workers 8 --batch-size 512 --minutes 10
    """
    from ..errors import UserError

    def work():
        for c in corpus:
            if not os.path.isfile(c):
                raise UserError(f"{c}: no such file")
        if device not in ("auto", "cpu", "cuda"):
            raise UserError(f"--device {device}: choose cpu, cuda or auto")
        if workers < 0 or batch_size < 1:
            raise UserError("--workers must be 0 or more and --batch-size 1 or more")
        import torch
        dev = device
        if dev == "auto":
            dev = "cuda" if torch.cuda.is_available() else "cpu"
        elif dev == "cuda" and not torch.cuda.is_available():
            raise UserError("--device cuda: torch sees no GPU here (use --device cpu)")
        from ..model.train import train as train_model
        summary = train_model(corpus if len(corpus) > 1 else corpus[0], out, minutes=minutes,
                              threads=threads, seed=seed, ape_dir=ape_dir, device=dev,
                              bf16=dev == "cuda" and torch.cuda.is_bf16_supported(),
                              workers=workers, batch_size=batch_size,
                              log=lambda line: typer.echo(line, err=True))
        typer.echo(f"model saved to {out} ({summary.get('steps', '?')} steps)")

    _run(work, debug)


def bilingual(
    path: str = typer.Argument(..., help="Translation pairs: JSONL (source and target fields), TSV (two columns), PO or XLIFF."),
    source_field: str = typer.Option("source", "--source-field", help="JSONL field or TSV header of the source."),
    target_field: str = typer.Option("target", "--target-field", help="JSONL field or TSV header of the target."),
    src_lang: str = typer.Option("es", "--src-lang", help="Source language (number conventions, untranslated words)."),
    all_: bool = typer.Option(False, "--all", help="Also the lower-confidence monolingual findings on the target."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON records."),
    debug: bool = DEBUG,
):
    """Check translation pairs: numbers and names that do not match, untranslated segments,
    length-ratio outliers, placeholders and tags, plus every monolingual rule on the target.

    Prints pair:col: rule: message; exit 0 when clean, 1 when something was found.
    Example: mt-repair bilingual pairs.jsonl --source-field es --target-field en
    """
    import json as _json

    from ..errors import UserError
    from ..planner import ALL_THRESHOLD, SAFE_THRESHOLD

    def work():
        from ..bilingual import check_pair, read_pairs
        if not os.path.isfile(path):
            raise UserError(f"{path}: no such file")
        rep = _repairer("all" if all_ else "safe", None, None, None)
        threshold = ALL_THRESHOLD if all_ else SAFE_THRESHOLD
        records = []
        if path.endswith((".po", ".pot", ".xlf", ".xliff")):
            # PO msgid / XLIFF source travel with each target: the format finds both
            from ..formats import Options, format_for
            from ..formats.base import process
            from ..reports.render import finding_records, text_lines
            text, _, _ = _load_enc(path, None, Errors.strict)
            if text is None:
                raise typer.Exit(EXIT_ERROR)
            doc = process(text, format_for(path), rep, repair=False, options=Options(),
                          source_check=lambda src, tgt: check_pair(src, tgt, src_lang))
            found = [f for f in doc.findings if f.rule.startswith("bilingual") or f.confidence >= threshold]
            recs = finding_records(path, text, found)
            if as_json:
                typer.echo(_json.dumps(recs, ensure_ascii=False, indent=2))
            else:
                for line in text_lines(recs):
                    typer.echo(line)
            raise typer.Exit(EXIT_FOUND if recs else EXIT_OK)
        try:
            for n, (src, tgt) in enumerate(read_pairs(path, source_field, target_field), 1):
                found = check_pair(src, tgt, src_lang) + [f for f in rep.detect(tgt) if f.confidence >= threshold]
                for f in sorted(found, key=lambda f: f.start):
                    records.append({"pair": n, "column": f.start + 1, "rule": f.rule, "message": f.reason,
                                    "original": f.original, "suggestion": f.suggestion})
        except (ValueError, KeyError) as e:
            raise UserError(f"{path}: {e}") from None
        if as_json:
            typer.echo(_json.dumps(records, ensure_ascii=False, indent=2))
        else:
            for r in records:
                hint = f" (→ {r['suggestion']!r})" if r["suggestion"] else ""
                typer.echo(f"{path}:{r['pair']}:{r['column']}: {r['rule']}: {r['message']}{hint}")
        raise typer.Exit(EXIT_FOUND if records else EXIT_OK)

    _run(work, debug)


def rules():
    """List the rules: id, whether --safe applies it, and what it looks for."""
    from ..units import UNITS
    for u in UNITS:
        when = "reported; removed with --all" if u.report_only else "fixed"
        typer.echo(f"{u.rule:28} {when:30} {u.summary}")
