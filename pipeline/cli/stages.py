"""One command per stage: JSONL in, JSONL out, so stages compose with pipes.

A stage command first runs whatever earlier stages its input still lacks, and passes
over a stage the input already went through, so `detect | normalise | tokenise` works.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.app import app
from pipeline.config import PipelineConfig
from pipeline.io.writers import dumps_line


def run_stage(
    name: str,
    inputs: list[str],
    output: Path | None,
    quiet: bool,
    config: PipelineConfig | None = None,
) -> int:
    from pipeline.core import DocumentError, Pipeline
    from pipeline.io.readers import read_inputs
    from pipeline.io.writers import atomic_open
    from pipeline.registry import prerequisites

    pipe = Pipeline(stages=(*prerequisites(name), name), config=config or PipelineConfig())
    failed = 0

    def write_all(fh) -> None:
        nonlocal failed
        for item in pipe.pipe(read_inputs(inputs or ["-"])):
            if isinstance(item, DocumentError):
                failed += 1
                fh.write(
                    dumps_line({"id": item.doc_id, "error": item.reason, "source": item.source})
                )
                if not quiet:
                    print(f"error: {item.doc_id}: {item.reason}", file=sys.stderr)
            else:
                fh.write(dumps_line(item.to_dict()))

    if output is None:
        write_all(sys.stdout)
        sys.stdout.flush()
    else:
        with atomic_open(output) as fh:
            write_all(fh)
    return 1 if failed else 0


def add_stage_command(name: str, command_name: str | None = None) -> None:
    from pipeline.registry import STAGE_MODULES, stage_info

    assert name in STAGE_MODULES
    info = stage_info(name)

    def command(
        inputs: Annotated[
            list[str] | None,
            typer.Argument(help="JSONL files, text files or folders; default: standard input."),
        ] = None,
        output: Annotated[
            Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
        ] = None,
        quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
    ) -> None:
        raise typer.Exit(run_stage(name, inputs or [], output, quiet))

    command.__doc__ = (
        f"Reads {info.reads}. Writes {info.writes}, one JSONL line per input document "
        f'(a line with "error" for one that failed). Exit status 1 if any failed.'
    )
    app.command(command_name or name)(command)


for _name in ("normalise", "tokenise", "detect", "classify", "extract"):
    add_stage_command(_name)
