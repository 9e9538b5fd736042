"""The model card of models/stanza: card.json is the record, README.md is rendered from it.

`attempts` lists every training attempt with its held-out score, winner or not; the
`train` commands refresh the scores of the shipped models and never drop an attempt.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

LICENCES = {
    "HDTB v1 (ud/hi_hdtb_v1)": "non-commercial use only; the data may not be redistributed",
    "Hindi PUD (ud/hi_pud)": "CC BY-SA 4.0",
    "bangla.pos (nltk_indian)": "research use (NLTK Indian POS corpus)",
    "Daffodil Bengali NER (bn_ner_daffodil)": "MIT",
    "hunspell-bn bn_BD word list (Debian hunspell-bn; held inside bn/pos.npz)": (
        "GPL-2: bn/pos.npz carries the list and is distributed under GPL-2"
    ),
    "SCOWL English word list (Debian wamerican; hi/english_words.txt)": (
        "SCOWL's permissive licence; its notice is kept at the top of the file"
    ),
}
COMMANDS = {
    "hi_pos_lemma": "career-pipeline train tagger --lang hi --models pos,lemma",
    "hi_pos_lemma_fast": "career-pipeline train tagger --lang hi --models pos_fast,lemma",
    "bn_pos": "career-pipeline train tagger --lang bn",
    "bn_ner": "career-pipeline train ner --lang bn",
}


def load(root: Path) -> dict[str, Any]:
    path = root / "card.json"
    if path.is_file():
        return json.loads(path.read_text(encoding="utf-8"))
    return {"models": {}, "attempts": []}


def versions() -> dict[str, str]:
    import stanza
    import torch

    return {"stanza": stanza.__version__, "torch": torch.__version__}


def save(root: Path, card: dict[str, Any]) -> None:
    card["licences"] = LICENCES
    card["commands"] = COMMANDS
    (root / "card.json").write_text(
        json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    (root / "README.md").write_text(render(card), encoding="utf-8")


def render(card: dict[str, Any]) -> str:
    lines = [
        "# Our tagging models for Hindi and Bengali (model card)",
        "",
        "Generated from `card.json` by `pipeline/tagging/card.py`; do not edit by hand.",
        "",
        "The model files here are **derived from third-party data** (below). The data itself is",
        "not in this repository. The stanza models (`hi/pos.pt`, `hi/pos_fast.pt`,",
        "`hi/lemma.pt`, `bn/ner.pt`, `bn/ner_2.pt`, with the word vectors they were trained",
        "with in `vectors.pt`) are loaded offline (`download_method=None`, explicit paths,",
        "this folder's `resources.json` of `{}`), never",
        "from the stanza hub. Bengali UPOS comes from our linear tagger (`bn/pos.npz`, plain",
        "arrays read with `allow_pickle=False`; `pipeline/tagging/linear.py`): on bangla.pos's",
        "few hundred sentences it beats stanza's tagger by about 4 points; it reads whether a",
        "word is in a Bengali spelling dictionary, whose word list it carries.",
        "",
        "Hindi POS comes in two sizes. `hi/pos.pt` (the default, `--tagger accurate`) has stanza's",
        "own tagger dimensions and was trained on a GPU; `hi/pos_fast.pt` (`--tagger fast`, small",
        "dimensions, trainable on 2 CPU cores) is about one UPOS point lower and tags about 1.7",
        "times as many sentences a second (`python benchmarks/tagging.py`). Bengali NER averages",
        "the scores of `bn/ner.pt` and `bn/ner_2.pt` (`pipeline/tagging/ensemble.py`). Hindi",
        "post-correction turns an unseen word tagged PROPN into NOUN when it sounds like an",
        "English common word (`pipeline/tagging/names.py`, `hi/english_words.txt`).",
        "",
        "## Data and licences",
        "",
    ]
    lines += [f"- {name}: {lic}" for name, lic in LICENCES.items()]
    lines += [
        "",
        "HDTB's licence forbids commercial use: the Hindi models inherit that restriction.",
        "",
        "## Shipped models and held-out scores",
        "",
    ]
    for key, entry in card.get("models", {}).items():
        lines.append(f"### {key}")
        lines.append("")
        lines.append(f"- rebuild: `{COMMANDS.get(key, '?')}`")
        for k, v in entry.get("scores", {}).items():
            lines.append(f"- {k}: {v}")
        for k in ("data", "recipe"):
            if k in entry:
                lines.append(f"- {k}: {entry[k]}")
        lines.append("")
    lines += [
        "## Every attempt",
        "",
        "| model | attempt | held-out score | note |",
        "|---|---|---|---|",
    ]
    for a in card.get("attempts", []):
        lines.append(f"| {a['model']} | {a['attempt']} | {a['score']} | {a.get('note', '')} |")
    lines += ["", "## Versions", ""]
    lines += [f"- {k} {v}" for k, v in card.get("versions", {}).items()]
    return "\n".join(lines) + "\n"
