"""Sentence splitting and tokens: protected forms, indic-nlp's faults, sentence ends."""

from __future__ import annotations

import pytest

from pipeline import Document, Pipeline
from pipeline.config import seeds_dir


@pytest.fixture(scope="module")
def pipe():
    return Pipeline(stages=("normalise", "tokenise"))


def run(pipe, raw: str, **meta) -> Document:
    (doc,) = pipe.pipe([Document(id="t", raw=raw, meta=meta)])
    assert isinstance(doc, Document), doc
    return doc


def texts(doc: Document) -> list[list[str]]:
    return [[t.text for t in s.tokens] for s in doc.sentences]


# -- what indic-nlp's trivial_tokenize does on its own --------------------------------


def test_trivial_tokenize_faults_we_work_around():
    from indicnlp.tokenize.indic_tokenize import trivial_tokenize

    assert trivial_tokenize("B.Tech") == ["B", ".", "Tech"]
    assert trivial_tokenize("Rs.5000") == ["Rs", ".", "5000"]
    assert trivial_tokenize("don't") == ["don", "'", "t"]
    assert trivial_tokenize("https://x.in")[:3] == ["https", ":", "/"]
    assert trivial_tokenize("২৫,০০০") == ["২৫", ",", "০০০"]  # only ASCII digits re-joined
    # a number at the very start is not re-joined (an `if start > prev` slip) ...
    assert trivial_tokenize("1,50,000 वेतन") == ["1", ",", "50", ",", "000", "वेतन"]
    assert trivial_tokenize("वेतन 1,50,000") == ["वेतन", "1,50,000"]
    # ... and "1, 2" across a space becomes "1,2", a token that is not in the text
    assert "1,2" in trivial_tokenize("कक्षा 1, 2 और 3")
    # it never splits inside an akshara (matras, virama, nukta stay with their letter)
    assert trivial_tokenize("क्षत्रिय पढ़ाई স্বচ্ছতা") == ["क्षत्रिय", "पढ़ाई", "স্বচ্ছতা"]


# -- our tokens -----------------------------------------------------------------------

CASES = [
    # (text, tokens that must appear whole, kinds)
    ("सैलरी 1,50,000 रुपये", ["1,50,000"], {"1,50,000": "number"}),
    ("वेतन ४,३२,००० रुपये", ["४,३२,०००"], {"४,३२,०००": "number"}),
    ("বেতন ২৫,০০০ টাকা", ["২৫,০০০"], {"২৫,০০০": "number"}),
    ("pay ₹15,000 per month", ["₹15,000"], {"₹15,000": "number"}),
    ("pay Rs.5000 only", ["Rs.5000"], {"Rs.5000": "number"}),
    ("pay Rs. 5000 only", ["Rs.", "5000"], {"Rs.": "word", "5000": "number"}),
    ("CGPA 3.5 chahiye", ["3.5"], {"3.5": "number"}),
    ("salary 12k-18k tak", ["12k-18k"], {"12k-18k": "number"}),
    ("salary 12-18k tak", ["12-18k"], {"12-18k": "number"}),
    ("BPO job mein 15k milta", ["15k"], {"15k": "number"}),
    ("apply at https://example.com/jobs?id=7 today", ["https://example.com/jobs?id=7"], {}),
    ("mail hr@example.co.in now", ["hr@example.co.in"], {"hr@example.co.in": "email"}),
    ("B.Tech या M.Sc या D.El.Ed", ["B.Tech", "M.Sc", "D.El.Ed"], {"B.Tech": "word"}),
    ("श्री. शर्मा से मिलें", ["श्री."], {}),
    ("B.Sc. करने के बाद b.tech या M.A.", ["B.Sc.", "b.tech", "M.A."], {}),
    ("योग्यता 10+2 पास", ["10+2"], {"10+2": "number"}),
    ("कम से कम 10वीं पास", ["10वीं"], {"10वीं": "word"}),
    ("don't worry, you can't fail", ["don't", "can't"], {}),
    ("date 24/03/2021 tak", ["24/03/2021"], {}),
    ("kaam 9000-15000 rupaye", ["9000-15000"], {}),
    ("“नौकरी” • सूची", ["नौकरी", "“", "”", "•"], {"“": "punct"}),
    ("क्षत्रिय पढ़ाई স্বচ্ছতা", ["क्षत्रिय", "पढ़ाई", "স্বচ্ছতা"], {}),
]


@pytest.mark.parametrize(("raw", "whole", "kinds"), CASES, ids=[c[0] for c in CASES])
def test_protected_forms_stay_whole(pipe, raw, whole, kinds):
    doc = run(pipe, raw)
    toks = {t.text: t for t in doc.tokens}
    for form in whole:
        assert form in toks, [t.text for t in doc.tokens]
    for form, kind in kinds.items():
        assert toks[form].kind == kind
    for t in doc.tokens:
        assert doc.raw[t.start : t.end] == t.text


def test_norm_and_script():
    doc = run(pipe=Pipeline(stages=("normalise", "tokenise")), raw="वेतन १५,००० रूपए, salary ২৫ টাকা।")
    by_text = {t.text: t for t in doc.tokens}
    assert by_text["१५,०००"].norm == "15,000" and by_text["१५,०००"].script == "Zyyy"
    assert by_text["रूपए"].norm == "रुपये" and by_text["रूपए"].script == "Deva"
    assert by_text["salary"].script == "Latn" and by_text["টাকা"].script == "Beng"
    assert by_text[","].kind == "punct" and by_text["।"].kind == "punct"


SENTENCES = [
    (
        "BPO में वेतन 9000 से 15000। KPO में ज्यादा मिलता है॥ सच?",
        [["BPO", "में", "वेतन", "9000", "से", "15000", "।"],
         ["KPO", "में", "ज्यादा", "मिलता", "है", "॥"], ["सच", "?"]],
    ),
    (
        "বেতন ৫,০০০ থেকে ২৫,০০০ টাকা৷ আরও বেশি হতে পারে।",
        [["বেতন", "৫,০০০", "থেকে", "২৫,০০০", "টাকা", "৷"], ["আরও", "বেশি", "হতে", "পারে", "।"]],
    ),
    (
        "BPO job mein salary 15000. Next year 18k! B.Tech walon ko Rs. 5000 zyada, e.g. bonus.",
        [["BPO", "job", "mein", "salary", "15000", "."], ["Next", "year", "18k", "!"],
         ["B.Tech", "walon", "ko", "Rs.", "5000", "zyada", ",", "e.g.", "bonus", "."]],
    ),
    (
        "Banglish: BPO te salary 3.5 lakh hoy. Dr. Roy bolen mail koro a.b@x.com e.",
        [["Banglish", ":", "BPO", "te", "salary", "3.5", "lakh", "hoy", "."],
         ["Dr.", "Roy", "bolen", "mail", "koro", "a.b@x.com", "e", "."]],
    ),
    (
        "बैक ऑफिस के लिए योग्यता :\n  • कंप्यूटर चलाना\n  • टाइपिंग\nवेतन",
        [["बैक", "ऑफिस", "के", "लिए", "योग्यता", ":"], ["•", "कंप्यूटर", "चलाना"],
         ["•", "टाइपिंग"], ["वेतन"]],
    ),
    (
        "kpo kya hai.what is kpo.visit www.example.com today",
        [["kpo", "kya", "hai", "."], ["what", "is", "kpo", "."],
         ["visit", "www.example.com", "today"]],
    ),
    (
        'वो बोला "ठीक है।" फिर गया। [आउटसोर्सिंग है।](/outsourcing) KPO',
        [["वो", "बोला", '"', "ठीक", "है", "।", '"'], ["फिर", "गया", "।"],
         ["[", "आउटसोर्सिंग", "है", "।", "]", "(/outsourcing)"], ["KPO"]],
    ),
    (
        "1. अपने काम दूसरों को दें। 2. समय बचाएं\nरुको... क्या?! हाँ",
        [["1", ".", "अपने", "काम", "दूसरों", "को", "दें", "।"], ["2", ".", "समय", "बचाएं"],
         ["रुको", "..."], ["क्या", "?", "!"], ["हाँ"]],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "expected"), SENTENCES, ids=[s[0][:30] for s in SENTENCES])
def test_sentences(pipe, raw, expected):
    doc = run(pipe, raw)
    assert texts(doc) == expected
    for s in doc.sentences:
        assert s.tokens[0].start == s.start and s.tokens[-1].end == s.end


def test_boilerplate_sentences_are_flagged(pipe):
    doc = run(pipe, "38\n0\nSHARE\nBPO में वेतन 9000 है।\nLeave a Reply\n")
    assert [s.boilerplate for s in doc.sentences] == [True, True, True, False, True]


def test_tokenise_replaces_rather_than_appends(pipe):
    doc = run(pipe, "एक। दो।")
    stage = pipe.stage("tokenise")
    again = stage(doc)
    assert len(again.sentences) == 2


def test_seeds_keep_raw_offsets(pipe):
    seeds = seeds_dir()
    if not seeds.is_dir():
        pytest.skip(f"seeds not found at {seeds}")
    for path in sorted(seeds.glob("*.txt")):
        doc = run(pipe, path.read_text(encoding="utf-8"))
        assert doc.sentences, path.name
        for s in doc.sentences:
            for t in s.tokens:
                assert doc.raw[t.start : t.end] == t.text
