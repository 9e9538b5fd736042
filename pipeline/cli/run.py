"""`career-pipeline run`: every stage over the inputs, all outputs into one folder."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.app import app
from pipeline.cli.tagger import Variant


@app.command()
def run(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(
            help="Files (.txt .md .html), folders (recursive), JSONL files ({'id','text'} a line) "
            "or - for JSONL on standard input. None: the bundled sample corpus."
        ),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path(
        "reports/sample"
    ),
    formats: Annotated[
        str, typer.Option(help="Fact tables to write besides facts.jsonl: jsonl,csv,parquet.")
    ] = "jsonl,csv,parquet",
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or messages.")
    ] = False,
    max_bytes: Annotated[int, typer.Option(help="Refuse documents larger than this.")] = 5_000_000,
    tagger: Annotated[
        Variant,
        typer.Option(
            help="Hindi POS model: accurate, or fast (about one UPOS point less, 1.7x the "
            "speed; models/stanza/README.md)."
        ),
    ] = Variant.accurate,
) -> None:
    """Run every stage and write facts.jsonl, facts.schema.json, documents.jsonl, tagged.conllu, errors.jsonl, report.html, report.md, run.json and the fact tables.

    Exit status 0 when every document was processed, 1 when some failed (listed in errors.jsonl).
    """  # noqa: E501
    from pipeline.config import PipelineConfig
    from pipeline.runner import run as run_corpus

    fmts = [f.strip() for f in formats.split(",") if f.strip()]
    unknown = set(fmts) - {"jsonl", "csv", "parquet"}
    if unknown:
        raise typer.BadParameter(f"unknown format(s): {', '.join(sorted(unknown))}")
    config = PipelineConfig(stages={"tag": {"variant": tagger.value}})
    summary = run_corpus(
        inputs or [], out, formats=fmts, quiet=quiet, max_bytes=max_bytes, config=config
    )
    if not quiet:
        typer.echo(
            f"{summary.documents - summary.failed}/{summary.documents} documents, "
            f"{summary.sentences} sentences, {sum(summary.facts.values())} facts -> {out}",
            err=True,
        )
    raise typer.Exit(0 if summary.ok else 1)
