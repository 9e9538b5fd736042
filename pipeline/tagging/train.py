"""Rebuild the committed stanza models: prepare data, run stanza's trainers, score, ship.

(The Bengali POS tagger is the linear one of `pipeline.tagging.linear`; see build.py.)

Each model's recipe (`RECIPES`) is the exact stanza command line; `train_model` runs it in
a subprocess with one BLAS/OpenMP thread (the machine is shared), then the held-out
scores come from `pipeline.tagging.evaluate` through the same code path as the stage.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from pipeline.tagging.runtime import FAST_FILES, MODEL_FILES

# Small dimensions, trainable on 2 CPU cores in about an hour: the "fast" Hindi POS model.
SMALL_TAGGER = [
    "--hidden_dim",
    "128",
    "--char_hidden_dim",
    "128",
    "--deep_biaff_hidden_dim",
    "128",
    "--composite_deep_biaff_hidden_dim",
    "64",
    "--char_emb_dim",
    "50",
    "--tag_emb_dim",
    "32",
    "--word_emb_dim",
    "75",
    "--batch_size",
    "32",
    "--eval_interval",
    "100",
    "--fix_eval_interval",
    "--log_step",
    "50",
]
# stanza's own tagger dimensions, batches of 250 sentences: the "accurate" Hindi POS model.
# About 5 minutes on one H100 GPU (stanza uses CUDA when torch sees one); on 2 CPU cores a
# step took 10-30 s, so a CPU rebuild takes hours (`--models pos_fast,lemma` skips it).
DEFAULT_TAGGER = [
    "--hidden_dim",
    "200",
    "--char_hidden_dim",
    "400",
    "--deep_biaff_hidden_dim",
    "400",
    "--composite_deep_biaff_hidden_dim",
    "100",
    "--char_emb_dim",
    "100",
    "--tag_emb_dim",
    "50",
    "--word_emb_dim",
    "75",
    "--batch_size",
    "250",
    "--eval_interval",
    "200",
    "--fix_eval_interval",
    "--log_step",
    "50",
]
# Word vectors trained by `pipeline.tagging.vectors` on the training text ({vectors}).
WITH_VECTORS = ("--wordvec_pretrain_file", "{vectors}")


@dataclass(frozen=True)
class Recipe:
    lang: str
    processor: str  # pos | lemma | ner
    module: str
    args: tuple[str, ...]  # {train}, {hdtb_be}, {pud_train}, {dev}, {vectors}, {out} filled in


def hindi_pos(name: str, dims: list[str], pud_ratio: str, steps: str, patience: str) -> Recipe:
    """A Hindi POS recipe: HDTB (with PUD's be-verb convention) + PUD train oversampled."""
    return Recipe(
        "hi",
        "pos",
        "stanza.models.tagger",
        (
            "--train_file",
            "{hdtb_be};{pud_train}",
            "--train_ratios",
            f"1.0;{pud_ratio}",
            "--eval_file",
            "{dev}",
            "--output_file",
            f"{{out}}/{name}_dev.conllu",
            "--lang",
            "hi",
            "--shorthand",
            "hi_custom",
            *dims,
            *WITH_VECTORS,
            "--max_steps",
            steps,
            "--max_steps_before_stop",
            patience,
            "--save_dir",
            "{out}",
            "--save_name",
            f"{name}.pt",
        ),
    )


def bengali_ner(
    name: str, hidden: str, char_hidden: str, char_emb: str, steps: str, patience: str
) -> Recipe:
    """A Bengali NER recipe on the Daffodil train split, with our word vectors."""
    return Recipe(
        "bn",
        "ner",
        "stanza.models.ner_tagger",
        (
            "--train_file",
            "{train}",
            "--eval_file",
            "{dev}",
            "--shorthand",
            "bn_daffodil",
            *WITH_VECTORS,
            "--hidden_dim",
            hidden,
            "--word_emb_dim",
            "100",
            "--char_hidden_dim",
            char_hidden,
            "--char_emb_dim",
            char_emb,
            "--word_dropout",
            "0.05",
            "--optim",
            "adam",
            "--lr",
            "0.001",
            "--batch_size",
            "32",
            "--max_steps",
            steps,
            "--eval_interval",
            "300",
            "--max_steps_no_improve",
            patience,
            "--log_step",
            "100",
            "--save_dir",
            "{out}",
            "--save_name",
            f"{name}.pt",
        ),
    )


RECIPES: dict[tuple[str, str], Recipe] = {
    # the "accurate" model: GPU, best dev checkpoint of 1200 steps
    ("hi", "pos"): hindi_pos("hi_pos", DEFAULT_TAGGER, "8.0", "1200", "1200"),
    # the "fast" model: 2 CPU cores, about an hour
    ("hi", "pos_fast"): hindi_pos("hi_pos_fast", SMALL_TAGGER, "4.0", "4000", "1000"),
    ("hi", "lemma"): Recipe(
        "hi",
        "lemma",
        "stanza.models.lemmatizer",
        (
            "--train_file",
            "{all_train}",
            "--eval_file",
            "{dev}",
            "--output_file",
            "{out}/hi_lemma_dev.conllu",
            "--shorthand",
            "hi_custom",
            "--hidden_dim",
            "100",
            "--emb_dim",
            "50",
            "--num_epoch",
            "4",
            "--decay_epoch",
            "3",
            "--batch_size",
            "100",
            "--log_step",
            "100",
            "--save_dir",
            "{out}",
            "--save_name",
            "hi_lemma.pt",
        ),
    ),
    # up to 10000 steps, stopping after 3000 without a better dev score
    ("bn", "ner"): bengali_ner("bn_ner", "128", "100", "50", "10000", "3000"),
    # its partner (pipeline.tagging.ensemble): wider; trained on a lent H100 to step 2100
    # (best dev at 1800); on 2 CPU cores about 20 minutes (0.5 s a step)
    ("bn", "ner_2"): bengali_ner("bn_ner_2", "256", "200", "100", "2100", "2100"),
}


# recipe key -> the file it becomes under models/stanza/<lang>/
SHIPPED_NAMES = {
    ("hi", "pos"): MODEL_FILES["hi"]["pos"],
    ("hi", "pos_fast"): FAST_FILES["hi"]["pos"],
    ("hi", "lemma"): MODEL_FILES["hi"]["lemma"],
    ("bn", "ner"): MODEL_FILES["bn"]["ner"],
    ("bn", "ner_2"): MODEL_FILES["bn"]["ner_2"],
}


def command_line(recipe: Recipe, files: dict[str, Path], out: Path) -> list[str]:
    fill = {k: str(v) for k, v in files.items()} | {"out": str(out)}
    return [sys.executable, "-m", recipe.module, *(a.format(**fill) for a in recipe.args)]


def trained_file(recipe: Recipe, out: Path) -> Path:
    args = list(recipe.args)
    return out / args[args.index("--save_name") + 1]


def run(recipe: Recipe, files: dict[str, Path], out: Path, log: Path, threads: int = 1) -> Path:
    """Run stanza's trainer; its output goes to `log`. Returns the trained model file."""
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, OMP_NUM_THREADS=str(threads), MKL_NUM_THREADS=str(threads))
    cmd = command_line(recipe, files, out)
    with open(log, "w", encoding="utf-8") as fh:
        fh.write(" ".join(cmd) + "\n")
        fh.flush()
        subprocess.run(cmd, stdout=fh, stderr=subprocess.STDOUT, env=env, check=True)
    return trained_file(recipe, out)


def ship(model: Path, root: Path, lang: str, processor: str) -> Path:
    """Copy a trained file into models/stanza/<lang>/ under its committed name."""
    dest = root / lang / SHIPPED_NAMES[(lang, processor)]
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(model, dest)
    resources = root / "resources.json"
    if not resources.exists():
        resources.write_text("{}\n", encoding="utf-8")
    return dest
