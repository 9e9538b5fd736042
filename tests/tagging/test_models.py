"""The committed stanza models: offline loading, the tag stage, code-mixed sentences.

These load real models (a few seconds); they skip only when models/stanza is absent.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.doc import Document, Sentence, Token
from pipeline.tagging.runtime import StanzaTagger

HERE = Path(__file__).parent
tagger_for_check = StanzaTagger()
needs_models = pytest.mark.skipif(
    not (tagger_for_check.available("hi") and tagger_for_check.available("bn")),
    reason="models/stanza not present (run `career-pipeline train tagger/ner`)",
)


@needs_models
def test_loads_and_tags_with_network_refused_and_empty_home(tmp_path):
    env = dict(os.environ, HOME=str(tmp_path), STANZA_RESOURCES_DIR=str(tmp_path / "nowhere"))
    proc = subprocess.run(
        [sys.executable, str(HERE / "offline_probe.py")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout)
    hi, bn = out["hi"], out["bn"]
    assert [t[0] for t in hi][:3] == ["NOUN", "ADP", "ADP"]
    assert hi[1][1] == "के" and hi[-1][0] == "PUNCT"
    assert all(t[2] is None for t in hi)  # no Hindi NER
    assert bn[-1][0] == "PUNCT" and all(t[1] is None for t in bn)
    assert all(t[2] == "O" or t[2][:2] in ("B-", "I-") for t in bn)
    assert not (tmp_path / "stanza_resources").exists()
    assert out["dynamo_loaded"] is False  # about 1.5 s of a cold start when it is imported


def test_import_pipeline_does_not_import_stanza():
    code = (
        "import sys, pipeline, pipeline.stages.tag, pipeline.cli.tagger;"
        "print('stanza' in sys.modules, 'torch' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_missing_models_are_reported_and_nothing_is_tagged(tmp_path):
    from pipeline.stages.tag import Tagger

    stage = Tagger({"models": tmp_path})
    status = stage.status()
    assert status["available"] is False and status["missing"]
    doc = make_doc([("वेतन", "hi", "Deva"), ("।", "univ", "Zyyy")], "hi")
    stage(doc)
    assert all(t.upos is None for t in doc.tokens)
    assert doc.notes["tag"]["tagged"] is False and "hi" in doc.notes["tag"]["missing"]


def make_doc(tokens: list[tuple[str, str, str]], lang: str) -> Document:
    raw, toks = "", []
    for text, tlang, script in tokens:
        start = len(raw)
        raw += text + " "
        toks.append(Token(text, start, start + len(text), norm=text, script=script, lang=tlang))
    sent = Sentence(0, len(raw) - 1, toks, language={"primary": lang})
    return Document(id="d", raw=raw, sentences=[sent])


@pytest.fixture(scope="module")
def stage():
    from pipeline.stages.tag import Tagger

    return Tagger({})


@needs_models
def test_stage_routes_by_language_and_batches_documents(stage):
    hi = make_doc(
        [
            ("BPO", "en", "Latn"),
            ("में", "hi", "Deva"),
            ("नौकरी", "hi", "Deva"),
            ("मिलती", "hi", "Deva"),
            ("है", "hi", "Deva"),
            ("।", "univ", "Zyyy"),
        ],
        "hi",
    )
    bn = make_doc(
        [
            ("বেতন", "bn", "Beng"),
            ("৫০০০", "univ", "Zyyy"),
            ("টাকা", "bn", "Beng"),
            ("।", "univ", "Zyyy"),
        ],
        "bn",
    )
    out = list(stage.pipe([hi, bn]))
    h, b = out[0].tokens, out[1].tokens
    assert [t.upos for t in h][1:] == ["ADP", "NOUN", "VERB", "AUX", "PUNCT"]
    assert h[0].upos in ("PROPN", "NOUN") and h[0].lemma == "bpo"
    assert h[2].lemma == "नौकरी" and h[3].lemma == "मिलना"
    assert all(t.ner is None for t in h)
    assert b[1].upos == "NUM" and b[-1].upos == "PUNCT"
    assert all(t.lemma is None for t in b) and all(t.ner for t in b)
    assert [(t.start, t.end) for t in h] == [(0, 3), (4, 7), (8, 13), (14, 19), (20, 22), (23, 24)]
    assert out[0].notes["tag"]["tagged"] is True


@needs_models
def test_a_sentence_gets_the_same_tags_alone_and_in_a_batch():
    """Lemmas are predicted once per distinct (word, UPOS) of a batch, then copied back."""
    sents = [
        ["कंपनी", "में", "नौकरी", "के", "लिए", "आवेदन", "करें", "।"],
        ["नौकरी", "मिलने", "के", "बाद", "वेतन", "बढ़ता", "है", "।"],
        ["BPO", "में", "salary", "12000", "रुपये", "मिलती", "है", "।"],
        ["उन्होंने", "कंपनियों", "में", "आवेदन", "किए", "थे", "।"],
    ]
    batch = tagger_for_check.tag("hi", [*sents, [], sents[0]])
    alone = [tagger_for_check.tag("hi", [s])[0] for s in sents]
    assert batch[: len(sents)] == alone
    assert batch[len(sents)] == [] and batch[-1] == alone[0]
    assert all(t.lemma for s in alone for t in s)
    from stanza.models.common import utils  # loading swapped out its optimizer builders

    assert utils.get_optimizer.__module__ == utils.get_split_optimizer.__module__ == utils.__name__


def test_garbage_collector_is_paused_only_inside_a_batch():
    import gc

    from pipeline.tagging.runtime import _gc_paused

    with _gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with _gc_paused():
            pass
        assert not gc.isenabled()  # a caller's own choice is kept
    finally:
        gc.enable()
