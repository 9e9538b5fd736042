"""tagged.conllu is CoNLL-U that UD tools read, and every token range points into raw."""

from __future__ import annotations

import json
from pathlib import Path

import conllu


def test_conllu_parses_and_token_ranges_match_raw(hand_run: Path) -> None:
    raws = {
        d["id"]: d["text"]
        for d in map(json.loads, (hand_run / "documents.jsonl").read_text("utf-8").splitlines())
    }
    sentences = conllu.parse((hand_run / "tagged.conllu").read_text(encoding="utf-8"))
    assert len(sentences) == sum(
        len(json.loads(line)["sentences"])
        for line in (hand_run / "documents.jsonl").read_text("utf-8").splitlines()
    )
    seen_docs = set()
    for sent in sentences:
        doc_id = sent.metadata["doc_id"]
        seen_docs.add(doc_id)
        raw = raws[doc_id]
        assert sent.metadata["sent_id"].startswith(f"{doc_id}-")
        assert len(sent) > 0
        for tok in sent:
            start, end = map(int, tok["misc"]["TokenRange"].split(":"))
            assert raw[start:end] == tok["form"], (doc_id, tok["form"])
            assert isinstance(tok["id"], int)
    assert seen_docs == set(raws)
