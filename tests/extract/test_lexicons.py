"""The lexicon files load, validate, and every form they list is found by its matcher."""

from __future__ import annotations

import pytest
import yaml
from pydantic import ValidationError

from pipeline import lexicons
from pipeline.extract.view import FormMatcher, fold


def test_all_lexicons_load() -> None:
    lexicons.load_all()


@pytest.mark.parametrize("lang", ["hi", "bn"])
def test_number_words_cover_1_to_99(lang: str) -> None:
    assert set(lexicons.numbers().words[lang]) >= set(range(1, 100))


def test_incomplete_number_table_is_refused() -> None:
    data = yaml.safe_load((lexicons.LEXICON_DIR / "numbers.yaml").read_text(encoding="utf-8"))
    del data["words"]["bn"][47]
    with pytest.raises(ValidationError, match="47"):
        lexicons.NumbersLexicon.model_validate(data)


def test_a_form_under_two_keys_is_refused() -> None:
    data = {
        "kind": "skill",
        "entries": [{"key": "a", "forms": ["data entry"]}, {"key": "b", "forms": ["Data-Entry"]}],
    }
    with pytest.raises(ValidationError, match="both"):
        lexicons.NamedLexicon.model_validate(data)


def test_keys_are_snake_case() -> None:
    with pytest.raises(ValidationError, match="snake_case"):
        lexicons.NamedLexicon.model_validate(
            {"kind": "role", "entries": [{"key": "Call Centre", "forms": ["x"]}]}
        )


def test_unknown_level_is_refused() -> None:
    data = {
        "entries": [{"level": "masters", "forms": ["MA"]}],
        "fields": [],
        "none_required_patterns": [],
    }
    with pytest.raises(ValidationError):
        lexicons.QualificationLexicon.model_validate(data)


@pytest.mark.parametrize("kind", ["skill", "role", "document"])
def test_every_named_form_is_found(kind) -> None:
    lex = lexicons.named(kind)
    matcher = FormMatcher({f: e.key for e in lex.entries for f in e.forms})
    for entry in lex.entries:
        for form in entry.forms:
            text = f"( {fold(form)} )"
            found = matcher.find_all(text)
            assert [(m.key, text[m.start : m.end]) for m in found] == [(entry.key, fold(form))], (
                form
            )


def test_every_place_form_is_found() -> None:
    gaz = lexicons.gazetteer()
    places = gaz.locations + gaz.organizations
    matcher = FormMatcher({f: p.name for p in places for f in p.forms})
    for place in places:
        for form in place.forms:
            found = matcher.find_all(f"( {fold(form)} )")
            assert [m.key for m in found] == [place.name], form
