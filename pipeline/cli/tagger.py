"""`tag`, `train tagger` and `train ner` (owned by the tagging work)."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli.app import app, train_app


class Format(StrEnum):
    jsonl = "jsonl"
    conllu = "conllu"


class Variant(StrEnum):
    accurate = "accurate"
    fast = "fast"


class Lang(StrEnum):
    hi = "hi"
    bn = "bn"


@app.command("tag")
def tag(
    inputs: Annotated[
        list[str] | None,
        typer.Argument(help="JSONL/text files or folders, or one CoNLL-U file; default: stdin."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    input_format: Annotated[Format, typer.Option("--input-format")] = Format.jsonl,
    output_format: Annotated[Format, typer.Option("--output-format")] = Format.jsonl,
    lang: Annotated[
        Lang | None, typer.Option("--lang", help="CoNLL-U only; default: guessed per sentence.")
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q")] = False,
    tagger_variant: Annotated[
        Variant,
        typer.Option("--tagger", help="Hindi POS model: accurate, or fast (1.7x, ~1 point less)."),
    ] = Variant.accurate,
) -> None:
    """Reads documents with tokens and languages (earlier stages run as needed) and writes
    tokens with `upos`, `lemma` (Hindi) and `ner` (Bengali, BIO), one JSONL line per document.
    With --input-format conllu --output-format conllu: keeps the file's tokens and sentence
    breaks and writes predicted UPOS, LEMMA and (Bengali) NER=<BIO> in MISC."""
    if input_format is Format.jsonl and output_format is Format.jsonl:
        from pipeline.cli.stages import run_stage
        from pipeline.config import PipelineConfig

        config = PipelineConfig(stages={"tag": {"variant": tagger_variant.value}})
        raise typer.Exit(run_stage("tag", inputs or [], output, quiet, config))
    if input_format is not Format.conllu or output_format is not Format.conllu:
        print("error: CoNLL-U in needs CoNLL-U out (and the other way round)", file=sys.stderr)
        raise typer.Exit(2)
    if inputs and len(inputs) > 1:
        print("error: give one CoNLL-U file (or standard input)", file=sys.stderr)
        raise typer.Exit(2)
    from pipeline.io.writers import atomic_open
    from pipeline.tagging.conllu_tag import tag_conllu
    from pipeline.tagging.runtime import StanzaTagger

    tagger = StanzaTagger(variant=tagger_variant.value)
    wanted = [lang.value] if lang else ["hi", "bn"]
    missing = [m for lg in wanted for m in tagger.models(lg).missing()]
    if lang and missing:
        print(f"error: tagger models missing: {missing}", file=sys.stderr)
        raise typer.Exit(1)
    src = open(inputs[0], encoding="utf-8") if inputs and inputs[0] != "-" else sys.stdin
    with src:
        lines = tag_conllu(src, tagger, lang.value if lang else None)
        if output is None:
            for line in lines:
                sys.stdout.write(line + "\n")
            sys.stdout.flush()
        else:
            with atomic_open(output) as fh:
                for line in lines:
                    fh.write(line + "\n")


def _paths(data: Path | None, work: Path | None) -> tuple[Path, Path, Path]:
    from pipeline.config import shared_data_dir
    from pipeline.tagging.runtime import stanza_dir

    data_dir = data or shared_data_dir()
    if not data_dir.is_dir():
        print(f"error: no training data at {data_dir} (use --data)", file=sys.stderr)
        raise typer.Exit(2)
    work_dir = work or Path("/tmp/career-pipeline-stanza")
    return data_dir, work_dir, stanza_dir()


def _chosen(models: str, known: tuple[str, ...]) -> tuple[str, ...]:
    """The comma-separated `--models` value, checked against the recipe keys."""
    chosen = tuple(m.strip() for m in models.split(",") if m.strip())
    unknown = set(chosen) - set(known)
    if unknown:
        raise typer.BadParameter(f"unknown --models: {', '.join(sorted(unknown))}")
    return chosen


DataOpt = Annotated[Path | None, typer.Option("--data", help="Default: ../shared/data.")]
WorkOpt = Annotated[
    Path | None, typer.Option("--work", help="Intermediate files and logs (outside the repo).")
]
ScoreOnly = Annotated[
    bool, typer.Option("--score-only", help="Score the committed models; do not retrain.")
]
Threads = Annotated[int, typer.Option("--threads", help="OpenMP/MKL threads for training.")]


@train_app.command("tagger")
def train_tagger(
    lang: Annotated[Lang, typer.Option("--lang")],
    data: DataOpt = None,
    work: WorkOpt = None,
    score_only: ScoreOnly = False,
    threads: Threads = 1,
    models: Annotated[
        str,
        typer.Option(
            "--models",
            help="Hindi: which to rebuild, of pos (the accurate POS model: minutes on a GPU, "
            "hours on 2 CPU cores), pos_fast, lemma.",
        ),
    ] = "pos,pos_fast,lemma",
) -> None:
    """Rebuild models/stanza/<lang> POS (+ Hindi lemma) from the shared data; print the
    held-out scores and write them into the model card."""
    from pipeline.tagging import build

    data_dir, work_dir, root = _paths(data, work)
    if lang is Lang.hi:
        chosen = _chosen(models, build.HINDI_MODELS)
        if score_only:
            scores = build.score_hindi_variants(root, data_dir)
        else:
            scores = build.train_hindi(data_dir, work_dir, root, threads, chosen)
        sources = [
            data_dir / "ud/hi_hdtb_v1/hi-ud-dev.conllu",
            data_dir / "ud/hi_hdtb_v1/hi-ud-test.conllu",
        ]
        sources += sorted((data_dir / "ud/hi_pud").glob("hi_pud-ud-*.conllu"))
        sources.append(build.ENGLISH_WORD_LIST)  # the loan-noun check's English words
        build.record(root, "hi_pos_lemma", scores["accurate"], sources)
        build.record(root, "hi_pos_lemma_fast", scores["fast"], sources)
    else:
        if score_only:
            scores = build.score_bengali_pos(root, data_dir)
        else:
            scores = build.train_bengali_pos(data_dir, work_dir, root, threads)
        sources = [data_dir / "nltk_indian/bangla.pos", build.BENGALI_POS_WORD_LIST]
        build.record(root, "bn_pos", scores, sources)


@train_app.command("ner")
def train_ner(
    lang: Annotated[Lang, typer.Option("--lang")] = Lang.bn,
    data: DataOpt = None,
    work: WorkOpt = None,
    score_only: ScoreOnly = False,
    threads: Threads = 1,
    models: Annotated[
        str, typer.Option("--models", help="Which to rebuild, of ner and ner_2 (its partner).")
    ] = "ner,ner_2",
) -> None:
    """Rebuild models/stanza/bn/ner.pt and ner_2.pt (two models whose scores the tagger
    averages) from the Daffodil data; print held-out entity scores."""
    if lang is not Lang.bn:
        print("error: only Bengali NER is trained (Hindi has no NER data)", file=sys.stderr)
        raise typer.Exit(2)
    from pipeline.tagging import build

    data_dir, work_dir, root = _paths(data, work)
    if score_only:
        scores = build.score_bengali_ner(root, data_dir)
    else:
        chosen = _chosen(models, build.BENGALI_NER_MODELS)
        scores = build.train_bengali_ner(data_dir, work_dir, root, threads, chosen)
    build.record(root, "bn_ner", scores, [data_dir / "bn_ner_daffodil/train_data.txt"])
