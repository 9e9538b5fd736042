"""Language identification: token, sentence and document level.

FIRST VERSION (placeholder being replaced): script only.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from pipeline.doc import Document
from pipeline.registry import register_stage
from pipeline.text import script_of


class LanguageDetector:
    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config

    def _block(self, tokens) -> dict[str, Any]:
        langs = Counter(t.lang for t in tokens if t.lang not in (None, "univ"))
        n = sum(langs.values())
        shares = {k: v / n for k, v in langs.items()} if n else {}
        letters = Counter(script_of(c) for t in tokens for c in t.text if c.isalpha() or script_of(c) != "Zyyy")
        nl = sum(letters.values())
        return {
            "primary": max(shares, key=shares.get) if shares else "und",
            "shares": shares,
            "code_mixed": False,
            "cmi": 0.0,
            "scripts": {k: v / nl for k, v in letters.items()} if nl else {},
        }

    def __call__(self, doc: Document) -> Document:
        for sent in doc.sentences:
            for t in sent.tokens:
                scripts = Counter(script_of(c) for c in t.text)
                t.script = scripts.most_common(1)[0][0]
                t.lang = {"Deva": "hi", "Beng": "bn", "Latn": "en"}.get(t.script, "univ")
            sent.language = self._block(sent.tokens)
        doc.language = self._block(doc.tokens)
        return doc


@register_stage(
    "detect",
    requires={"tokens"},
    assigns={"language", "token_lang"},
    reads="tokenised documents (raw JSONL is tokenised first)",
    writes="documents with `language` (the contract's block) per document and per sentence, and `lang` per token",
)
def make_detector(config: dict[str, Any]) -> LanguageDetector:
    return LanguageDetector(config)
