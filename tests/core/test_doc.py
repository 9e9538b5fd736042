"""The document model: raw is fixed, the normalised view maps back to raw."""

import pytest

from pipeline.doc import Document, Edit, Normalised, ReadOnlyRawError, Sentence, Token


def test_raw_is_read_only():
    doc = Document(id="d", raw="वेतन 15000 रुपये")
    with pytest.raises(ReadOnlyRawError):
        doc.raw = "changed"


def test_normalised_view_maps_spans_back_to_raw():
    raw = "सैलरी १५,००० रूपए"
    digits = [
        Edit(i, i + 1, str("०१२३४५६७८९".index(c)), "digits")
        for i, c in enumerate(raw)
        if c in "०१२३४५६७८९"
    ]
    variant = Edit(raw.index("रूपए"), raw.index("रूपए") + 4, "रुपये", "variants")
    norm = Normalised(raw, [*digits, variant])
    assert norm.text == "सैलरी 15,000 रुपये"
    ns = norm.text.index("15,000")
    rs, re_ = norm.to_raw(ns, ns + 6)
    assert raw[rs:re_] == "१५,०००"
    ns = norm.text.index("रुपये")
    rs, re_ = norm.to_raw(ns, ns + len("रुपये"))
    assert raw[rs:re_] == "रूपए"
    # a span inside a replacement expands to the whole raw stretch
    assert norm.to_raw(ns + 1, ns + 2) == (rs, re_)


def test_deletions_and_insertions_map_to_covering_raw_spans():
    raw = "a\u200bb"  # zero-width space removed in the view
    norm = Normalised(raw, [Edit(1, 2, "", "zero_width")])
    assert norm.text == "ab"
    assert norm.to_raw(0, 2) == (0, 3)
    assert norm.to_norm(2) == 1


def test_overlapping_edits_are_refused():
    with pytest.raises(ValueError):
        Normalised("abcdef", [Edit(0, 3, "x", "r"), Edit(2, 4, "y", "r")])


def test_round_trip_through_dict_keeps_everything():
    raw = "BPO job mein salary 12k"
    doc = Document(id="x", raw=raw, source="s", meta={"site": "blog"})
    doc.normalised = Normalised(raw, [Edit(0, 3, "bpo", "case")])
    doc.sentences = [Sentence(0, len(raw), [Token("BPO", 0, 3, norm="bpo", lang="en")])]
    doc.stages = ["normalise", "tokenise"]
    back = Document.from_dict(doc.to_dict())
    assert back.raw == raw
    assert back.meta == {"site": "blog"}
    assert back.normalised.text == "bpo job mein salary 12k"
    assert back.sentences[0].tokens[0].lang == "en"
    assert back.to_dict() == doc.to_dict()
