"""Sentence splitting and word tokens, with raw offsets.

FIRST VERSION (placeholder being replaced): lines and dandas, regex words.
"""

from __future__ import annotations

import re
from typing import Any

from pipeline.doc import Document, Sentence, Token
from pipeline.registry import register_stage

_SENT = re.compile(r"[^\n।॥?!.]+[।॥?!.]*")
_TOK = re.compile(r"\w+|[^\w\s]", re.UNICODE)


class Tokeniser:
    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config

    def __call__(self, doc: Document) -> Document:
        norm = doc.normalised
        assert norm is not None
        for sm in _SENT.finditer(norm.text):
            if not sm.group().strip():
                continue
            toks = []
            for tm in _TOK.finditer(sm.group()):
                ns, ne = sm.start() + tm.start(), sm.start() + tm.end()
                rs, re_ = norm.to_raw(ns, ne)
                kind = "number" if tm.group().isdigit() else ("word" if tm.group()[0].isalnum() else "punct")
                toks.append(Token(doc.raw[rs:re_], rs, re_, norm=tm.group(), kind=kind))
            if toks:
                doc.sentences.append(Sentence(toks[0].start, toks[-1].end, toks))
        return doc


@register_stage(
    "tokenise",
    requires={"normalised"},
    assigns={"sentences", "tokens"},
    reads="normalised documents",
    writes="documents with `sentences`, each holding `tokens` with raw offsets",
)
def make_tokeniser(config: dict[str, Any]) -> Tokeniser:
    return Tokeniser(config)
