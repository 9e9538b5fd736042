"""The cross-lingual keyword map: load, validate, and match it in any script.

The map is data (``pipeline/lexicons/topic_keywords.yaml``), so someone who does not code
can add a spelling. Validation runs at load time and in a test, as dateparser checks its
language files.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from pipeline.config import PACKAGE_DIR
from pipeline.schema import TOPIC_LABELS
from pipeline.text import script_of

DEFAULT_KEYWORDS_PATH = PACKAGE_DIR / "lexicons" / "topic_keywords.yaml"

#: Which script each language key's terms must be written in.
LANGUAGE_SCRIPTS = {"en": "Latn", "latn": "Latn", "hi": "Deva", "bn": "Beng"}

# Spelling differences that do not change the word: folded on both the text and the terms.
_FOLD = str.maketrans(
    {
        "\u093c": None,  # Devanagari nukta: ज़ → ज
        "\u09bc": None,  # Bengali nukta: য় → য after NFC
        "\u200c": None,  # ZWNJ
        "\u200d": None,  # ZWJ
        "\u0949": "\u093e",  # candra o: कॉल → काल (both spellings are common)
        "\u0945": "\u0947",  # candra e: बैंक/बॅंक
        "\u0901": "\u0902",  # chandrabindu → anusvara
        "\u0981": "\u0982",  # Bengali chandrabindu → anusvara
        "\u2019": "'",
    }
)

# Letters and combining marks of our scripts: \w alone misses Indic vowel signs, so a
# boundary test built on \w would split "सेंटर" inside the word.
_WORD_CHARS = r"\w\u0900-\u097f\u0980-\u09ff"


def fold(text: str) -> str:
    """The form both texts and terms are compared in."""
    return unicodedata.normalize("NFC", text).casefold().translate(_FOLD)


class KeywordMapError(ValueError):
    pass


@dataclass(frozen=True)
class Concept:
    name: str
    hint: str
    terms: dict[str, tuple[str, ...]]  # language key → terms as written in the YAML

    def all_terms(self) -> list[str]:
        return [t for terms in self.terms.values() for t in terms]

    def pattern(self) -> str:
        """One regular expression (over folded text) matching any of the terms."""
        parts = []
        for term in sorted(set(self.all_terms()), key=len, reverse=True):
            prefix = term.endswith("*")
            words = fold(term.rstrip("*")).split()
            body = r"[\s\-]+".join(re.escape(w) for w in words)
            tail = "" if prefix else rf"(?![{_WORD_CHARS}])"
            parts.append(body + tail)
        # one word-start test for all terms, not one per term: much faster to scan
        return rf"(?<![{_WORD_CHARS}])(?:{'|'.join(parts)})"


def validate(data: Any) -> list[Concept]:
    """Check the map's shape and scripts; return its concepts or raise KeywordMapError."""
    problems: list[str] = []
    if not isinstance(data, dict) or data.get("version") != 1:
        raise KeywordMapError("keyword map must be a mapping with `version: 1`")
    concepts_data = data.get("concepts")
    if not isinstance(concepts_data, dict) or not concepts_data:
        raise KeywordMapError("keyword map needs a non-empty `concepts` mapping")
    concepts: list[Concept] = []
    seen: dict[str, str] = {}
    for name, entry in concepts_data.items():
        if not isinstance(entry, dict) or set(entry) != {"hint", "terms"}:
            problems.append(f"{name}: needs exactly `hint` and `terms`")
            continue
        if entry["hint"] not in TOPIC_LABELS:
            problems.append(f"{name}: hint {entry['hint']!r} is not a topic label")
        terms = entry["terms"]
        if not isinstance(terms, dict) or not terms:
            problems.append(f"{name}: `terms` must map language keys to lists")
            continue
        clean: dict[str, tuple[str, ...]] = {}
        for lang, words in terms.items():
            if lang not in LANGUAGE_SCRIPTS:
                problems.append(f"{name}: unknown language key {lang!r}")
                continue
            if not isinstance(words, list) or not words:
                problems.append(f"{name}.{lang}: must be a non-empty list")
                continue
            for word in words:
                if not isinstance(word, str) or not word.strip("* "):
                    problems.append(f"{name}.{lang}: empty or non-string term {word!r}")
                    continue
                scripts = {script_of(c) for c in word if c.isalpha()}
                if scripts - {LANGUAGE_SCRIPTS[lang]}:
                    problems.append(f"{name}.{lang}: {word!r} is not in {LANGUAGE_SCRIPTS[lang]}")
                key = fold(word)
                if key in seen and seen[key] != name:
                    problems.append(f"{name}.{lang}: {word!r} is also in {seen[key]}")
                seen[key] = name
            clean[lang] = tuple(w for w in words if isinstance(w, str))
        concepts.append(Concept(name, entry["hint"], clean))
    if problems:
        raise KeywordMapError("invalid keyword map:\n  " + "\n  ".join(problems))
    return concepts


@lru_cache(maxsize=4)
def load_keyword_map(path: str | Path = DEFAULT_KEYWORDS_PATH) -> tuple[Concept, ...]:
    with open(path, encoding="utf-8") as fh:
        return tuple(validate(yaml.safe_load(fh)))
