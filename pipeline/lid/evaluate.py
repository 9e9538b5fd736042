"""Score language identification on our held-out set `corpora/lid/` (never used in training).

Sentence level (`eval_sentences.jsonl`): a native or romanised sentence is right when
`primary` is its language; a mixed sentence is right when it is `code_mixed` and its two
largest shares are its Indic language and English. Word level (`eval_words.jsonl`): each
labelled word is compared with the label of the token that starts where it starts;
words labelled `ne` would be skipped (the set has none).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pipeline.config import REPO_DIR

EVAL_DIR = REPO_DIR / "corpora" / "lid"
CELLS = [
    ("hi", "native"), ("hi", "romanised"), ("hi", "mixed"),
    ("bn", "native"), ("bn", "romanised"), ("bn", "mixed"),
    ("en", "native"),
]  # fmt: skip


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def sentence_correct(item: dict[str, Any], block: dict[str, Any]) -> bool:
    if item["form"] != "mixed":
        return block["primary"] == item["lang"]
    top2 = list(block["shares"])[:2]  # shares are ordered, largest first
    return bool(block["code_mixed"]) and set(top2) == {item["lang"], "en"}


def cell_table(items: list[dict[str, Any]], correct: list[bool]) -> dict[str, dict[str, Any]]:
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item, ok in zip(items, correct, strict=True):
        for key in (f"{item['lang']}-{item['form']}", f"all-{item['form']}", "all"):
            acc[key][0] += ok
            acc[key][1] += 1
    return {k: {"n": n, "accuracy": round(c / n, 4)} for k, (c, n) in sorted(acc.items())}


def word_accuracy(
    items: list[dict[str, Any]], tag: Callable[[str], list[dict[str, Any]]]
) -> dict[str, Any]:
    right = total = 0
    per_form: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    confusions: dict[str, int] = defaultdict(int)
    for item in items:
        by_start = {t["start"]: t["lang"] for t in tag(item["text"])}
        pos = 0
        for word, gold in item["words"]:
            start = item["text"].index(word, pos)
            pos = start + len(word)
            if gold == "ne":
                continue
            pred = by_start.get(start, "missing")
            ok = pred == gold
            right += ok
            total += 1
            per_form[item["form"]][0] += ok
            per_form[item["form"]][1] += 1
            if not ok:
                confusions[f"{gold}->{pred}"] += 1
    return {
        "n_words": total,
        "accuracy": round(right / total, 4) if total else None,
        "per_form": {k: round(c / n, 4) for k, (c, n) in sorted(per_form.items())},
        "confusions": dict(sorted(confusions.items(), key=lambda kv: -kv[1])),
    }


def evaluate(eval_dir: Path = EVAL_DIR) -> dict[str, Any]:
    from pipeline.lid.api import identify, load_detector

    det = load_detector()
    sents = read_jsonl(eval_dir / "eval_sentences.jsonl")
    blocks = [identify(s["text"], det) for s in sents]
    correct = [sentence_correct(s, b) for s, b in zip(sents, blocks, strict=True)]
    errors = [
        {
            "id": s["id"],
            "primary": b["primary"],
            "shares": b["shares"],
            "code_mixed": b["code_mixed"],
        }
        for s, b, ok in zip(sents, blocks, correct, strict=True)
        if not ok
    ]
    words = read_jsonl(eval_dir / "eval_words.jsonl")
    return {
        "sentences": cell_table(sents, correct),
        "words": word_accuracy(words, lambda text: identify(text, det)["tokens"]),
        "errors": errors,
    }


def format_table(result: dict[str, Any]) -> str:
    lines = ["sentence accuracy (language x form):"]
    for key, v in result["sentences"].items():
        lines.append(f"  {key:<14} {v['accuracy']:.4f}  (n={v['n']})")
    w = result["words"]
    lines.append(f"word accuracy: {w['accuracy']:.4f} (n={w['n_words']}) per form {w['per_form']}")
    lines.append(f"word confusions: {w['confusions']}")
    lines.append(f"sentence errors: {len(result['errors'])}")
    for e in result["errors"]:
        lines.append(
            f"  {e['id']}: primary={e['primary']} shares={e['shares']} mixed={e['code_mixed']}"
        )
    return "\n".join(lines)


def store_in_card(result: dict[str, Any], model_dir: Path | None = None) -> None:
    from pipeline.config import models_dir

    path = (model_dir or models_dir() / "lid") / "card.json"
    card = json.loads(path.read_text(encoding="utf-8"))
    card["evaluation"] = {
        "command": "career-pipeline evaluate lid --write-card",
        "sentences": result["sentences"],
        "words": {k: v for k, v in result["words"].items() if k != "confusions"},
    }
    path.write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
