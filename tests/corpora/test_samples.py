"""The bundled sample corpus: every language form is there, described, and runs cleanly.

The samples are the default input of ``career-pipeline run``, so they must cover each
form the project promises (Hindi, Bengali, romanised Hinglish and Banglish, code-mixed,
English), stay in step with the table in ``corpora/README.md``, and pass through the
whole pipeline with offsets that point into the original text.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.config import REPO_DIR
from pipeline.schema import TOPIC_LABELS

SAMPLES = REPO_DIR / "corpora" / "samples"
README = REPO_DIR / "corpora" / "README.md"
SUFFIXES = {".txt", ".md", ".html"}
TOPICS = set(TOPIC_LABELS) - {"other"}

# File-name prefix -> the form (variety) it promises. Longest prefixes first.
PREFIX_FORM = {
    "mixed_hi_": "mixed-hi",
    "mixed_bn_": "mixed-bn",
    "hinglish_": "hi-Latn",
    "banglish_": "bn-Latn",
    "hi_": "hi",
    "bn_": "bn",
    "en_": "en",
}

# Frequent function words that tell romanised Hindi, romanised Bengali and English apart.
MARKERS = {
    "hi-Latn": {"hai", "hain", "mein", "ke", "ki", "ko", "se", "aur", "kya", "milta", "hota"},
    "bn-Latn": {"e", "ar", "theke", "hobe", "kore", "korte", "ache", "hoy", "jay", "er", "o"},
    "en": {"the", "and", "of", "to", "a", "in", "is", "for", "you", "with", "your"},
}


def sample_files() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in SUFFIXES)


def form_of(path: Path) -> str:
    for prefix, form in PREFIX_FORM.items():
        if path.name.startswith(prefix):
            return form
    raise AssertionError(f"{path.name}: stem does not start with a known form prefix")


class _TextOnly(HTMLParser):
    """Visible text of an HTML page, so markup does not count as Latin letters."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self._skip += tag in {"script", "style"}

    def handle_endtag(self, tag: str) -> None:
        self._skip -= tag in {"script", "style"}

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def visible_text(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        parser = _TextOnly()
        parser.feed(text)
        return " ".join(parser.parts)
    return text


def script_shares(text: str) -> dict[str, float]:
    """Share of letters (and combining marks) in Devanagari, Bengali and Latin.

    Only letters and marks count: the danda (U+0964) sits in the Devanagari block but
    ends Bengali sentences too.
    """
    counts: Counter[str] = Counter()
    for ch in text:
        if unicodedata.category(ch)[0] not in "LM":
            continue
        o = ord(ch)
        if 0x0900 <= o <= 0x097F:
            counts["Deva"] += 1
        elif 0x0980 <= o <= 0x09FF:
            counts["Beng"] += 1
        elif ch.isascii() and ch.isalpha():
            counts["Latn"] += 1
    total = sum(counts.values()) or 1
    return {s: counts[s] / total for s in ("Deva", "Beng", "Latn")}


def marker_hits(text: str) -> dict[str, int]:
    words = re.findall(r"[a-z]+", text.lower())
    return {form: sum(w in markers for w in words) for form, markers in MARKERS.items()}


def readme_rows() -> dict[str, tuple[str, str]]:
    """file name -> (form, topic) from the sample table in corpora/README.md."""
    rows = {}
    for line in README.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\|\s*`([^`]+)`\s*\|\s*([\w-]+)\s*\|\s*(\w+)\s*\|", line)
        if m and Path(m.group(1)).suffix in SUFFIXES:
            rows[m.group(1)] = (m.group(2), m.group(3))
    return rows


def test_enough_articles_in_every_form_and_format():
    files = sample_files()
    assert len(files) >= 12
    forms = Counter(form_of(p) for p in files)
    for form in set(PREFIX_FORM.values()) - {"en"}:
        assert forms[form] >= 2, f"only {forms[form]} sample(s) in {form}"
    assert forms["en"] >= 1
    suffixes = Counter(p.suffix for p in files)
    assert suffixes[".md"] >= 1 and suffixes[".html"] >= 1


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.name)
def test_file_is_utf8_of_realistic_length(path: Path):
    data = path.read_bytes()
    text = data.decode("utf-8")  # strict: raises on invalid UTF-8
    assert not data.startswith(b"\xef\xbb\xbf"), "samples are UTF-8 without BOM"
    assert 15 <= len(text.splitlines()) <= 50


@pytest.mark.parametrize("path", sample_files(), ids=lambda p: p.name)
def test_script_mix_matches_the_promised_form(path: Path):
    text = visible_text(path)
    shares = script_shares(text)
    form = form_of(path)
    native = {"hi": "Deva", "mixed-hi": "Deva", "bn": "Beng", "mixed-bn": "Beng"}.get(form)
    other = {"Deva": "Beng", "Beng": "Deva"}.get(native or "")
    if form in {"hi", "bn"}:
        assert shares[native] >= 0.85, shares
    elif form in {"mixed-hi", "mixed-bn"}:
        # Code-mixed: a real share of both the native script and Latin-script English.
        assert shares[native] >= 0.25 and shares["Latn"] >= 0.15, shares
    else:
        assert shares["Latn"] >= 0.98, shares
        hits = marker_hits(text)
        assert max(hits, key=hits.get) == form, hits
    if other:
        assert shares[other] < 0.01, shares


def test_html_sample_is_a_blog_page():
    for path in SAMPLES.glob("*.html"):
        page = path.read_text(encoding="utf-8")
        for tag in ("<article>", "<script", "<nav", "<footer>"):
            assert tag in page, f"{path.name} lacks {tag}"


def test_readme_has_one_row_per_sample_with_its_form_and_topic():
    rows = readme_rows()
    names = {p.name for p in sample_files()}
    assert set(rows) == names
    for name, (form, topic) in rows.items():
        assert form == form_of(SAMPLES / name), name
        assert topic in TOPICS | {"other"}, name
    assert {topic for _, topic in rows.values()} >= TOPICS


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    from pipeline.runner import run

    out = tmp_path_factory.mktemp("samples_run")
    summary = run([str(p) for p in sample_files()], out, quiet=True, report=False)
    return summary, out


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_pipeline_processes_every_sample_without_errors(sample_run):
    summary, out = sample_run
    assert summary.documents == len(sample_files())
    assert summary.failed == 0
    assert _jsonl(out / "errors.jsonl") == []
    ids = [r["doc_id"] for r in _jsonl(out / "facts.jsonl")]
    assert sorted(ids) == sorted(p.stem for p in sample_files())


def test_every_token_and_fact_points_into_the_raw_text(sample_run):
    _, out = sample_run
    raws = {p.stem: p.read_text(encoding="utf-8") for p in sample_files()}
    documents = _jsonl(out / "documents.jsonl")
    tokens = 0
    for doc in documents:
        raw = raws[doc["id"]]
        assert doc["text"] == raw
        for sent in doc["sentences"]:
            assert 0 <= sent["start"] <= sent["end"] <= len(raw)
            for tok in sent["tokens"]:
                assert tok["text"] == raw[tok["start"] : tok["end"]], (doc["id"], tok)
                tokens += 1
    assert tokens > 1000
    for record in _jsonl(out / "facts.jsonl"):
        raw = raws[record["doc_id"]]
        for fact in record["facts"]:
            assert fact["text"] == raw[fact["start"] : fact["end"]], (record["doc_id"], fact)


# --- The held-out topic split (corpora/topics/heldout.jsonl) -------------------------

HELDOUT = REPO_DIR / "corpora" / "topics" / "heldout.jsonl"
TRAIN = REPO_DIR / "corpora" / "topics" / "train.jsonl"
VARIETIES = {"hi", "bn", "hi-Latn", "bn-Latn", "en", "mixed-hi", "mixed-bn"}
# A sentence ends at । ? ! or a word-final full stop, and every line is its own unit
# (list items and boilerplate lines count); "B.Ed" or "2.5" do not end a sentence.
SENTENCE_BREAK = re.compile(r"(?<=[।?!])\s+|(?<=[a-z\u0900-\u09ff][.])\s+|\n+")


def heldout_records() -> list[dict]:
    return _jsonl(HELDOUT)


def test_heldout_split_has_the_agreed_format_and_coverage():
    records = heldout_records()
    assert len(records) >= 54
    assert all(set(r) == {"id", "label", "variety", "text"} for r in records)
    assert len({r["id"] for r in records}) == len(records)
    labels = Counter(r["label"] for r in records)
    assert set(labels) == TOPICS | {"other"}
    assert min(labels.values()) >= 6, labels
    assert {r["variety"] for r in records} == VARIETIES


@pytest.mark.parametrize("record", heldout_records(), ids=lambda r: r["id"])
def test_heldout_article_is_short_and_in_its_variety(record: dict):
    text, variety = record["text"], record["variety"]
    sentences = [s for s in SENTENCE_BREAK.split(text) if s.strip()]
    assert 3 <= len(sentences) <= 10, sentences
    shares = script_shares(text)
    if variety in {"hi", "bn"}:
        assert shares["Deva" if variety == "hi" else "Beng"] >= 0.95, shares
    elif variety in {"mixed-hi", "mixed-bn"}:
        native = "Deva" if variety == "mixed-hi" else "Beng"
        assert shares[native] >= 0.25 and shares["Latn"] >= 0.15, shares
    else:
        assert shares["Latn"] == 1.0, shares
        hits = marker_hits(text)
        assert max(hits, key=hits.get) == variety, hits


def test_heldout_texts_do_not_occur_in_the_training_corpus():
    """Compares normalised texts only: the held-out writer never reads train.jsonl."""
    if not TRAIN.exists():
        pytest.skip("corpora/topics/train.jsonl not written yet")

    def key(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).split()).casefold()

    train = {key(r["text"]) for r in _jsonl(TRAIN)}
    clashes = [r["id"] for r in heldout_records() if key(r["text"]) in train]
    assert not clashes, f"held-out articles also in train.jsonl: {clashes}"
