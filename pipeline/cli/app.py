"""The `career-pipeline` command: one shared typer app, one module per group of commands."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="career-pipeline",
    help=(
        "Career articles in Hindi, Bengali and code-mixed Hinglish/Banglish into checkable "
        "facts and research reports.\n\nExit status: 0 every document processed; 1 some "
        "documents failed (see errors.jsonl / standard error); 2 bad usage."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
train_app = typer.Typer(help="Rebuild a committed model from ../shared/data and print its scores.")
evaluate_app = typer.Typer(help="Score a component on our held-out data and print the figures.")
app.add_typer(train_app, name="train")
app.add_typer(evaluate_app, name="evaluate")


def _register() -> None:
    # Each module adds its commands to the apps above; imports stay light (no torch).
    from pipeline.cli import extraction, lid, report, run, stages, tagger, topic  # noqa: F401


def main() -> None:
    _register()
    app()
