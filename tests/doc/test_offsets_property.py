"""Property: whatever the mix of scripts and invisible characters, offsets point into raw."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import Document, Pipeline
from pipeline.normalisation import normalise

PIPE = Pipeline(stages=("normalise", "tokenise"))

PIECES = st.sampled_from(
    [
        "नौकरी", "हज़ार", "ज़", "\u095b", "क्ष", "रूपए", "१५,०००", "४.५", "पढ़ें", "।", "॥",
        "বেতন", "২৫,০০০", "৷", "ক\u09c7\u09be", "ক\u09c7\u09d7", "র\u200d্যাব", "য়",
        "BPO", "salary", "12k-18k", "₹15,000", "Rs.", "Rs.5000", "B.Tech", "D.El.Ed", "3.5",
        "don't", "https://x.in/a?b=1", "a@b.co", "10+2", "10वीं", "Home", "SHARE", "38",
        "\u200d", "\u200c", "\u200b", "\ufeff", "\u00ad", "\u00a0", "\u0301", "\u093c",
        "\u094d", "\u09cd", "\u0902", ".", ",", "?", "!", ":", "|", "-", "“", "”", "’", "…",
        " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "&amp;", "<b>", "</p>",
    ]
)  # fmt: skip
CHARS = st.characters(
    codec="utf-8",
    categories=("L", "M", "N", "P", "S", "Zs", "Cf", "Cc"),
    exclude_characters="\x00",
)
TEXTS = st.lists(st.one_of(PIECES, PIECES, CHARS), max_size=40).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.booleans())
def test_sentences_and_tokens_point_into_raw(raw, html):
    meta = {"format": "html"} if html else {}
    (doc,) = PIPE.pipe([Document(id="p", raw=raw, meta=meta)])
    assert isinstance(doc, Document), doc
    assert doc.raw == raw
    prev_sentence_end = 0
    for s in doc.sentences:
        assert s.start < s.end and s.start >= prev_sentence_end
        prev_sentence_end = s.end
        prev_end = s.start
        for t in s.tokens:
            assert raw[t.start : t.end] == t.text and t.text
            assert t.start >= prev_end, "tokens in order, non-overlapping"
            assert s.start <= t.start and t.end <= s.end
            prev_end = t.end
            assert t.kind in {"word", "number", "punct", "symbol", "url", "email"}
    for b in doc.boilerplate:
        assert 0 <= b.start < b.end <= len(raw)


@settings(max_examples=200, deadline=None)
@given(TEXTS, st.booleans())
def test_to_raw_is_monotone_and_edits_disjoint(raw, html):
    norm = normalise(raw, html=html)
    starts = [norm.to_raw(i, i + 1)[0] for i in range(len(norm.text))]
    ends = [norm.to_raw(i, i + 1)[1] for i in range(len(norm.text))]
    assert starts == sorted(starts) and ends == sorted(ends)
    assert all(a < b for a, b in zip(starts, ends, strict=True))
    for a, b in zip(norm.edits, norm.edits[1:], strict=False):
        assert a.end <= b.start
    # unchanged stretches of raw appear verbatim in the normalised text
    pos = 0
    for e in norm.edits:
        assert raw[pos : e.start] in norm.text
        pos = e.end


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.booleans())
def test_edit_log_maps_agree_with_normalised_after_every_rule(raw, html):
    from pipeline.doc import Normalised
    from pipeline.normalisation.compose import EditLog
    from pipeline.normalisation.rules import RULES

    log = EditLog(raw)
    for rule in RULES:
        if rule.html_only and not html:
            continue
        log.apply(rule.fn(log.text))
        full = Normalised(raw, log.edits)
        assert full.text == log.text, rule.name
        for i in range(len(log.text)):
            assert log.to_raw(i, i + 1) == full.to_raw(i, i + 1), rule.name
        for r in range(len(raw) + 1):
            assert log.to_norm(r) == full.to_norm(r), rule.name
