"""Romanisation imitates how people type, not scholarly transliteration."""

import pytest

from pipeline.lid.romanise import romanise


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("नौकरी", "hi", "naukri"),
        ("काम", "hi", "kaam"),
        ("काम", "hi", "kam"),
        ("है", "hi", "hai"),
        ("नहीं", "hi", "nahi"),
        ("में", "hi", "mein"),
        ("समझना", "hi", "samajhna"),  # medial schwa kept, final one dropped
        ("बहुत", "hi", "bhut"),  # chat shortcut
        ("करते", "hi", "karte"),
        ("করতে", "bn", "korte"),
        ("হবে", "bn", "hobe"),
        ("টাকা", "bn", "taka"),
        ("চাকরি", "bn", "chakri"),
        ("ভালো", "bn", "valo"),
    ],
)
def test_typed_spellings(word, lang, expected):
    assert expected in romanise(word, lang)


def test_several_spellings_canonical_first_and_deterministic():
    forms = romanise("नौकरी", "hi")
    assert forms[0] == "naukri" and len(forms) > 1
    assert romanise("नौकरी", "hi") == forms


def test_non_words_are_skipped():
    assert romanise("१२३", "hi") == []
    assert romanise("job", "bn") == []
