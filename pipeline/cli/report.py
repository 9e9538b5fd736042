"""`career-pipeline report DIR`: rebuild report.html and report.md from a run's outputs."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.app import app


@app.command()
def report(
    run_dir: Annotated[
        Path,
        typer.Argument(
            help="A run's output folder (facts.jsonl, documents.jsonl, errors.jsonl, run.json).",
            exists=True,
            file_okay=False,
        ),
    ],
) -> None:
    """Rebuild report.html (one offline page: charts, concordance, document panels) and
    report.md (a short summary) in DIR from the run's outputs; nothing is re-run.
    """
    from pipeline.report import write_report

    html_path = write_report(run_dir)
    typer.echo(f"{html_path}\n{html_path.with_name('report.md')}", err=True)
