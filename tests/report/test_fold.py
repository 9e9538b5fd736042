"""Concordance folding and the map from folded text back to raw offsets."""

from __future__ import annotations

import pytest

from pipeline.doc import Edit
from pipeline.report.fold import fold
from pipeline.report.panels import breakpoints, fold_with_map


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("हज़ार", "हजार"),  # nukta, precomposed or not
        ("\u095b", "ज"),
        ("१५,०००", "15,000"),  # Devanagari digits
        ("১৫,০০০", "15,000"),  # Bengali digits
        ("Salary BPO", "salary bpo"),
        ("ক্\u200dষ", "ক্ষ"),  # joiners do not matter for search
    ],
)
def test_fold_equates_spelling_variants(a: str, b: str) -> None:
    assert fold(a) == fold(b)


def test_bengali_letters_stay_distinct() -> None:
    assert fold("বেতন") != fold("বেতান")
    assert fold("নৌকরি") == "নৌকরি"


def test_folded_text_maps_back_to_raw() -> None:
    raw = "सैलरी १२ हज़ार से ১৫ হাজার, Salary 12k"
    folded, starts, ends = fold_with_map(raw, None)
    for word in ("हजार", "12", "15", "salary"):
        i = folded.index(word)
        span = raw[starts[i] : ends[i + len(word) - 1]]
        assert fold(span) == word
    # the breakpoint list rebuilds the full map
    bp = breakpoints(starts, ends)
    rebuilt_s, rebuilt_e, k = [], [], 0
    for i in range(len(folded)):
        if k < len(bp) and bp[k][0] == i:
            rebuilt_s.append(bp[k][1])
            rebuilt_e.append(bp[k][2])
            k += 1
        else:
            rebuilt_s.append(rebuilt_s[-1] + 1)
            rebuilt_e.append(rebuilt_e[-1] + 1)
    assert (rebuilt_s, rebuilt_e) == (starts, ends)


def test_search_follows_the_normalisers_edits() -> None:
    raw = "वेतन 15 हजार रूपए"
    start = raw.index("रूपए")
    edits = {"edits": [[start, start + len("रूपए"), "रुपये", "variant"]]}
    folded, starts, ends = fold_with_map(raw, edits)
    i = folded.index("रुपये")
    assert raw[starts[i] : ends[i + len("रुपये") - 1]] == "रूपए"
    assert Edit(start, start + 4, "रुपये", "variant")  # the documents.jsonl edit form
