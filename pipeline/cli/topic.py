"""`train topic`, `evaluate topic` and `topics` (owned by the topic work)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.app import app, evaluate_app, train_app


@train_app.command("topic")
def train_topic(
    corpus: Annotated[
        Path | None, typer.Option(help="Labelled JSONL; default corpora/topics/train.jsonl.")
    ] = None,
    out: Annotated[Path | None, typer.Option(help="Model folder; default models/topic/.")] = None,
    folds: Annotated[int, typer.Option(help="Cross-validation folds.")] = 5,
    seed: Annotated[int, typer.Option(help="Seed for the folds and the model.")] = 0,
    note: Annotated[str, typer.Option(help="Why this attempt (kept in card.json).")] = "",
    tag: Annotated[
        bool, typer.Option(help="Run the tagger so the words block sees lemmas (as `run` does).")
    ] = True,
) -> None:
    """Reads corpora/topics/train.jsonl. Cross-validates, fits on all of it, writes
    models/topic/ (model.skops, card.json, README.md) and prints the scores in the card."""
    from pipeline.topic.corpus import PREPARE_STAGES, TRAIN_PATH, UNTAGGED_STAGES
    from pipeline.topic.evaluation import format_scores
    from pipeline.topic.training import train

    stages = PREPARE_STAGES if tag else UNTAGGED_STAGES
    card, cv = train(corpus or TRAIN_PATH, out, folds=folds, seed=seed, note=note, stages=stages)
    typer.echo(format_scores(f"cross-validation ({folds} folds, seed {seed})", cv))
    typer.echo(f"model: {card['model']['file']} sha256 {card['model']['sha256']}")


@evaluate_app.command("topic")
def evaluate_topic(
    corpus: Annotated[
        Path | None, typer.Option(help="Labelled JSONL; default corpora/topics/train.jsonl.")
    ] = None,
    heldout: Annotated[
        Path | None, typer.Option(help="Held-out JSONL; default corpora/topics/heldout.jsonl.")
    ] = None,
    model_dir: Annotated[Path | None, typer.Option(help="Default models/topic/.")] = None,
    folds: Annotated[int, typer.Option()] = 5,
    seed: Annotated[int, typer.Option()] = 0,
    show_errors: Annotated[bool, typer.Option(help="List misclassified ids.")] = False,
    tag: Annotated[
        bool, typer.Option(help="Run the tagger so the words block sees lemmas (as `run` does).")
    ] = True,
    ablate: Annotated[
        bool, typer.Option(help="Also cross-validate with each feature block left out.")
    ] = False,
    record: Annotated[
        bool, typer.Option(help="Write the held-out figures into the model's card and README.")
    ] = False,
) -> None:
    """Reads the training corpus (stratified k-fold cross-validation) and, if it exists, the
    held-out split (scored with the committed model). Prints accuracy, macro-F1, per-label
    F1 and confusion matrices."""
    from pipeline.topic.corpus import (
        HELDOUT_PATH,
        PREPARE_STAGES,
        TRAIN_PATH,
        UNTAGGED_STAGES,
        load_corpus,
        prepare,
    )
    from pipeline.topic.evaluation import cross_validate, format_scores
    from pipeline.topic.training import evaluate_heldout, record_heldout

    stages = PREPARE_STAGES if tag else UNTAGGED_STAGES
    examples = load_corpus(corpus or TRAIN_PATH)
    X = prepare([e.text for e in examples], stages)  # noqa: N806
    cv = cross_validate(
        X, [e.label for e in examples], [e.id for e in examples], folds=folds, seed=seed
    )
    typer.echo(format_scores(f"cross-validation ({folds} folds, seed {seed})", cv))
    if show_errors:
        for e in cv.errors:
            typer.echo(f"  {e['id']}: gold {e['gold']} predicted {e['pred']}")
    if ablate:
        from pipeline.topic.evaluation import ablations

        for name, s in ablations(X, [e.label for e in examples], folds=folds, seed=seed):
            typer.echo(f"ablation {name}: accuracy={s.accuracy:.3f}  macro-F1={s.macro_f1:.3f}")
    heldout = heldout or HELDOUT_PATH
    if heldout.exists():
        ho = evaluate_heldout(heldout, model_dir, stages)
        typer.echo(format_scores(f"held-out ({heldout.name}, committed model)", ho))
        if show_errors:
            for e in ho.errors:
                typer.echo(f"  {e['id']}: gold {e['gold']} predicted {e['pred']}")
        if record:
            record_heldout(heldout, ho, model_dir)
            typer.echo("held-out figures written to the model card")
    else:
        typer.echo(f"held-out: {heldout} not found; skipped")


@app.command("topics")
def topics(
    inputs: Annotated[
        list[str], typer.Argument(help="Text/HTML/Markdown files, folders, or JSONL; - = stdin.")
    ],
    k: Annotated[int, typer.Option("--k", help="Number of topics.")] = 5,
    n_terms: Annotated[int, typer.Option("--terms", help="Top terms per topic.")] = 10,
) -> None:
    """Reads documents. Discovers k topics (NMF on TF-IDF of normalised words, any script)
    and prints each topic's top terms, share and document count."""
    from pipeline.core import DocumentError
    from pipeline.io.readers import read_inputs
    from pipeline.topic.discovery import discover_topics

    docs = [d for d in read_inputs(inputs) if not isinstance(d, DocumentError)]
    if not docs:
        raise typer.BadParameter("no readable documents")
    for t in discover_topics([d.raw for d in docs], k=k, n_terms=n_terms):
        typer.echo(
            f"topic {t['topic']} (weight {t['weight']:.2f}, {len(t['documents'])} docs): "
            + ", ".join(t["terms"])
        )
