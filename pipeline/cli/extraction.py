"""`evaluate extraction` (owned by the fact-extraction work)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.app import evaluate_app
from pipeline.config import REPO_DIR


@evaluate_app.command("extraction")
def extraction(
    split: Annotated[str, typer.Option(help="Which split to score: test or train.")] = "test",
    data: Annotated[
        Path, typer.Option(help="Folder holding train.jsonl and test.jsonl.")
    ] = REPO_DIR / "corpora" / "annotated",
    errors: Annotated[
        bool, typer.Option("--errors", help="Also list every false positive and negative.")
    ] = False,
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the figures as JSON here.")
    ] = None,
    stages: Annotated[
        str | None,
        typer.Option(help="Comma-separated stages to run (default: every stage, as `run` does)."),
    ] = None,
    round_no: Annotated[
        int | None,
        typer.Option(
            "--round",
            help="Score only the articles of this corpus round (1: the original articles, "
            "2: those written after the first test measurement). Default: all.",
        ),
    ] = None,
) -> None:
    """Run the pipeline over the annotated corpus and print precision, recall and F1 per
    fact type, overall and per language variety, and the count of facts with wrong offsets.

    Exit status 1 when any predicted fact has wrong offsets (text != raw[start:end]) or any
    document failed in the pipeline; 2 when the pipeline cannot be built.
    Read --errors on the train split only: the test split is never used for tuning.
    """
    from pipeline.core import Pipeline
    from pipeline.evaluation.extraction import (
        evaluate,
        format_misses,
        format_report,
        load_gold,
    )

    if split not in ("test", "train"):
        raise typer.BadParameter("--split must be test or train")
    path = data / f"{split}.jsonl"
    if not path.exists():
        raise typer.BadParameter(f"{path} not found (run corpora/annotated/build.py)")
    try:
        pipeline = Pipeline(tuple(s.strip() for s in stages.split(","))) if stages else Pipeline()
        report = evaluate(load_gold(path, round_no), pipeline=pipeline)
    except Exception as exc:  # a stage that cannot be built (e.g. a model not trained yet)
        typer.echo(f"error: the pipeline could not run: {type(exc).__name__}: {exc}", err=True)
        raise typer.Exit(2) from exc
    label = f"{split} split ({path})" + (f", round {round_no}" if round_no is not None else "")
    typer.echo(format_report(report, label))
    if errors:
        typer.echo("\nUnmatched facts (doc, kind, type, text@start, fields):")
        typer.echo(format_misses(report))
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(
            json.dumps(
                {"split": split, "round": round_no, **report.to_dict()},
                ensure_ascii=False,
                indent=2,
            ),
            encoding="utf-8",
        )
    raise typer.Exit(1 if report.wrong_offsets or report.failed_documents else 0)
