"""Bengali NER data: the Daffodil `train_data.txt` (token<TAB>BIO tag) split into our own
train/dev/test, in stanza's NER json format.

Only the training file is in ../shared/data, so the held-out test is a fixed, seeded
slice of it. Cleaning follows stanza's own converter for this dataset
(stanza.utils.datasets.ner.convert_bn_daffodil): a leading BOM, blank words, sentences
with a missing tag, private-use glyphs, and the bare `TIM` tag (made B-TIM/I-TIM).
The PER/LOC/ORG entities are what the pipeline uses; TIM is kept because it is data.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 1234
DEV_SHARE = 0.1
TEST_SHARE = 0.1
PRIVATE_USE = ("\uf06c", "\uf06e")
TAGS = {"O", "TIM", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-TIM", "I-TIM"}

Sent = list[tuple[str, str]]


def parse(lines: list[str]) -> list[Sent]:
    """Blank-line separated sentences; a sentence with a bad or missing tag is dropped."""
    sents: list[Sent] = []
    cur: Sent = []
    broken = False
    for line in lines:
        line = line.rstrip("\n").replace("\ufeff", "")
        if not line.strip():
            if cur and not broken:
                sents.append(cur)
            cur, broken = [], False
            continue
        if line.strip() == "O":  # a blank word with an O tag
            continue
        parts = line.split("\t")
        word = parts[0].strip()
        tag = parts[1].strip() if len(parts) > 1 else ""
        if tag not in TAGS:
            broken = True
            continue
        if not word or word in PRIVATE_USE:
            continue
        cur.append((word, tag))
    if cur and not broken:
        sents.append(cur)
    return [redo_time_tags(s) for s in sents if s]


def redo_time_tags(sent: Sent) -> Sent:
    """Bare TIM runs become one B-TIM I-TIM... phrase, as stanza's converter does."""
    out: Sent = []
    prev_tim = False
    for word, tag in sent:
        if tag == "TIM":
            out.append((word, "I-TIM" if prev_tim else "B-TIM"))
            prev_tim = True
        else:
            out.append((word, tag))
            prev_tim = False
    return out


def split(sents: list[Sent]) -> tuple[list[Sent], list[Sent], list[Sent]]:
    """(train, dev, test): seeded shuffle; test first so it never depends on dev size."""
    order = list(sents)
    random.Random(SEED).shuffle(order)
    n_test = int(len(order) * TEST_SHARE)
    n_dev = int(len(order) * DEV_SHARE)
    return order[n_test + n_dev :], order[n_test : n_test + n_dev], order[:n_test]


def to_json(sents: list[Sent]) -> list[list[dict[str, str]]]:
    return [[{"text": w, "ner": t} for w, t in s] for s in sents]


def read_splits(data_dir: Path) -> tuple[list[Sent], list[Sent], list[Sent]]:
    """(train, dev, test) of the shared file, parsed and split once."""
    with open(data_dir / "bn_ner_daffodil" / "train_data.txt", encoding="utf-8") as fh:
        return split(parse(fh.readlines()))


def prepare(
    data_dir: Path, out: Path, splits: tuple[list[Sent], list[Sent], list[Sent]] | None = None
) -> dict[str, Path]:
    """Write the splits in stanza's NER json format; returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, part in zip(("train", "dev", "test"), splits or read_splits(data_dir), strict=True):
        paths[name] = out / f"bn_daffodil.{name}.json"
        paths[name].write_text(json.dumps(to_json(part), ensure_ascii=False), encoding="utf-8")
    return paths
