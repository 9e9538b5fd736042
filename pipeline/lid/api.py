"""Detector loading and a tokeniser-free entry point for benchmarks and quick use."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.lid.blocks import MixingRule, language_block
from pipeline.lid.detector import Detector, DetectorConfig

# Words may carry Indic vowel signs and joiners (which are not \w in Python's re).
_TOKEN = re.compile(r"[\w\u0900-\u0963\u0971-\u09ff\u200c\u200d]+(?:['’.-][\w]+)*|[^\w\s]")


def load_detector(config: dict[str, Any] | None = None, model_dir: Path | None = None) -> Detector:
    from pipeline.lid.model import WordModel

    return Detector(WordModel.load(model_dir), DetectorConfig.from_dict(config or {}))


@lru_cache(maxsize=1)
def _default() -> Detector:
    return load_detector()


def tokens_of(text: str) -> list[tuple[str, int, int, str]]:
    """(text, start, end, kind) with a simple regex: words, numbers, punctuation."""
    out = []
    for m in _TOKEN.finditer(text):
        t = m.group()
        kind = "number" if t[0].isdigit() else ("word" if t[0].isalnum() or len(t) > 1 else "punct")
        out.append((t, m.start(), m.end(), kind))
    return out


DEFAULT_RULE = MixingRule()


def identify(
    text: str, detector: Detector | None = None, rule: MixingRule = DEFAULT_RULE
) -> dict[str, Any]:
    """The language block of one sentence plus its token labels (one sentence, no splitting)."""
    det = detector or _default()
    toks = tokens_of(text)
    labels, infos = det.label([t for t, *_ in toks], [kind for *_, kind in toks])
    block = language_block(labels, (inf.letters for inf in infos), rule)
    block["tokens"] = [
        {"text": t, "start": s, "end": e, "lang": lab}
        for (t, s, e, _), lab in zip(toks, labels, strict=True)
    ]
    return block


def identify_batch(texts: list[str], detector: Detector | None = None) -> list[dict[str, Any]]:
    """`identify` for many sentences: all new Latin-script words are scored in one batch."""
    det = detector or _default()
    toks = [_TOKEN.findall(t) for t in texts]  # offsets and kinds are not needed here
    det.prefetch([t for ts in toks for t in ts])
    out = []
    for ts in toks:
        labels, infos = det.label(ts)
        out.append(language_block(labels, [inf.letters for inf in infos]))
    return out
