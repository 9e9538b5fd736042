"""`train lid` and `evaluate lid` (owned by the language-identification work)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.app import evaluate_app, train_app


@train_app.command("lid")
def train_lid(
    out: Annotated[
        Path | None, typer.Option(help="Model folder; default models/lid in the repo.")
    ] = None,
    data: Annotated[
        Path | None, typer.Option(help="Training data folder; default ../shared/data.")
    ] = None,
) -> None:
    """Rebuild the word-level LID model from word lists and our own training files."""
    from pipeline.lid.train import train
    from pipeline.lid.trainset import MissingTrainingData

    try:
        card = train(out, data)
    except MissingTrainingData as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"training words: {card['data']['training_words']} {card['data']['per_label']}")
    typer.echo("held-out word scores: " + json.dumps(card["scores"]["heldout_words"]))
    typer.echo(f"wrote {card['model']['file']} sha256={card['model']['sha256']}")


@evaluate_app.command("lid")
def evaluate_lid(
    write_card: Annotated[
        bool, typer.Option(help="Store the figures in models/lid/card.json under 'evaluation'.")
    ] = False,
) -> None:
    """Score the detector on corpora/lid (sentence level per language x form, word level)."""
    from pipeline.lid.evaluate import evaluate, format_table, store_in_card

    result = evaluate()
    typer.echo(format_table(result))
    if write_card:
        store_in_card(result)
