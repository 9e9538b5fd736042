"""The `detect` stage on tokenised documents, and `career-pipeline detect` output names."""

import json
import re

from typer.testing import CliRunner

from pipeline.cli.app import _register, app
from pipeline.doc import Document, Sentence, Token
from pipeline.registry import stage_info


def _doc(sentences: list[str], boilerplate: tuple[int, ...] = ()) -> Document:
    """A document tokenised by whitespace and punctuation, independent of the tokenise stage."""
    raw = " ".join(sentences)
    doc = Document(id="d", raw=raw)
    pos = 0
    for k, sent in enumerate(sentences):
        start = raw.index(sent, pos)
        toks = []
        for m in re.finditer(r"[\w\u0900-\u09ff]+|[^\w\s]", sent):
            kind = "word" if m.group()[0].isalnum() else "punct"
            toks.append(Token(m.group(), start + m.start(), start + m.end(), kind=kind))
        doc.sentences.append(Sentence(start, start + len(sent), toks, boilerplate=k in boilerplate))
        pos = start + len(sent)
    return doc


def _stage():
    return stage_info("detect").factory({})


def test_tokens_sentences_and_document_get_labels():
    doc = _doc(["BPO job mein fresher ko 12k milta hai.", "ढाका में भी काम है।"])
    doc = _stage()(doc)
    first = doc.sentences[0]
    assert [t.lang for t in first.tokens][:3] == ["en", "en", "hi"]
    assert first.tokens[-1].lang == "univ" and first.tokens[-1].script == "Zyyy"
    assert first.tokens[0].script == "Latn" and doc.sentences[1].tokens[0].script == "Deva"
    for block in (first.language, doc.sentences[1].language, doc.language):
        assert set(block) >= {"primary", "shares", "code_mixed", "cmi", "scripts"}
    assert doc.language["primary"] == "hi"
    assert set(doc.language["scripts"]) == {"Latn", "Deva"}
    for t in doc.tokens:
        assert doc.raw[t.start : t.end] == t.text


def test_boilerplate_sentences_do_not_count_at_document_level():
    doc = _stage()(
        _doc(["আমি ঢাকায় কাজ করি।", "Share this on Facebook and Twitter"], boilerplate=(1,))
    )
    assert doc.language["shares"] == {"bn": 1.0}
    assert doc.sentences[1].language["primary"] == "en"


def test_document_evidence_settles_a_short_ambiguous_sentence():
    doc = _stage()(_doc(["ami kal theke notun chakri korbo", "ki bolbo", "amar beton kom"]))
    assert {s.language["primary"] for s in doc.sentences} == {"bn"}


def test_batched_pipe_equals_one_by_one():
    texts = [["kal mera interview hai"], ["ekhon office e jacchi"], ["नौकरी मिली"]]
    stage = _stage()
    one = [stage(_doc(t)).to_dict() for t in texts]
    batch = [d.to_dict() for d in _stage().pipe([_doc(t) for t in texts])]
    assert one == batch


def test_detect_command_emits_the_agreed_names():
    _register()
    line = json.dumps({"id": "x", "text": "BPO job mein fresher ko 12k se 18k tak milta hai"})
    result = CliRunner().invoke(app, ["detect"], input=line + "\n")
    assert result.exit_code == 0, result.output
    [out] = [json.loads(x) for x in result.stdout.splitlines()]
    assert out["id"] == "x" and out["text"].startswith("BPO")
    assert set(out["language"]) == {"primary", "shares", "code_mixed", "cmi", "scripts"}
    assert out["language"]["primary"] == "hi" and out["language"]["code_mixed"] is True
    sent = out["sentences"][0]
    assert {"start", "end", "language", "tokens"} <= set(sent)
    assert {"text", "start", "end", "lang"} <= set(sent["tokens"][0])
    assert {t["lang"] for t in sent["tokens"]} <= {"hi", "en", "univ"}
