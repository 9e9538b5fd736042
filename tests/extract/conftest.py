"""Helpers: run the extract stage on our own sentences without the other stages.

The documents are built here (NFC normalised view, sentences split on dandas, ? ! and
full stops followed by a space, and lines), so these tests pin the extractor alone and
do not move when the normalise or tokenise stages change.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import pytest

from pipeline.doc import Document, Edit, Normalised, Sentence, Token

_SENT = re.compile(r"[^\n।?!]+?(?:[।?!]|\.(?=\s|$)|(?=\n)|$)")


def make_doc(text: str, *, language: str = "hi", boilerplate: tuple[int, ...] = ()) -> Document:
    doc = Document(id="t", raw=text)
    edits = [
        Edit(i, i + 1, unicodedata.normalize("NFC", ch), "nfc")
        for i, ch in enumerate(text)
        if unicodedata.normalize("NFC", ch) != ch
    ]
    doc.normalised = Normalised(text, edits)
    for m in _SENT.finditer(text):
        if not m.group().strip():
            continue
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        end = m.end()
        toks = [
            Token(t.group(), start + t.start(), start + t.end())
            for t in re.finditer(r"\S+", text[start:end])
        ]
        doc.sentences.append(Sentence(start, end, toks))
    for i in boilerplate:
        doc.sentences[i].boilerplate = True
    doc.language = {
        "primary": language,
        "shares": {},
        "code_mixed": False,
        "cmi": 0.0,
        "scripts": {},
    }
    return doc


@pytest.fixture(scope="session")
def extractor():
    from pipeline.stages.extract import FactExtractor

    return FactExtractor({})


@pytest.fixture(scope="session")
def facts_of(extractor):
    def run(text: str, type_: str | None = None, **kw: Any) -> list[dict[str, Any]]:
        doc = extractor(make_doc(text, **kw))
        out = [f.model_dump(mode="json") for f in doc.facts]
        for f in out:
            assert f["text"] == text[f["start"] : f["end"]], f
        return [f for f in out if type_ is None or f["type"] == type_]

    return run


@pytest.fixture(scope="session")
def make_document():
    return make_doc
