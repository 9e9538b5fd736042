"""Language identification: token, sentence and document level (the `detect` stage).

Each token gets `lang` (hi, bn, en, univ, ne, other) and, when empty, `script`; each
sentence and the document get the contract's `language` block. Native script decides
most tokens; Latin-script words go to the word model in models/lid/ with smoothing over
the sentence (see pipeline/lid/detector.py). Document-level blocks leave out boilerplate
sentences unless the whole document is boilerplate.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from pipeline.doc import Document
from pipeline.lid.blocks import MixingRule, language_block
from pipeline.registry import register_stage


class LanguageDetector:
    def __init__(self, config: dict[str, Any]) -> None:
        from pipeline.lid.api import load_detector

        self.config = dict(config)
        self.detector = load_detector(self.config)
        rule_keys = MixingRule.__dataclass_fields__
        self.rule = MixingRule(**{k: v for k, v in self.config.items() if k in rule_keys})

    def __call__(self, doc: Document) -> Document:
        det = self.detector
        sents = [[t.text for t in s.tokens] for s in doc.sentences]
        evidence = det.evidence(sents)
        body_labels: list[str] = []
        body_letters: list[tuple[tuple[str, int], ...]] = []
        all_labels: list[str] = []
        all_letters: list[tuple[tuple[str, int], ...]] = []
        for sent, texts in zip(doc.sentences, sents, strict=True):
            kinds = [t.kind for t in sent.tokens]
            ners = [t.ner for t in sent.tokens]
            labels, infos = det.label(texts, kinds, ners if any(ners) else None, evidence)
            for tok, lab, inf in zip(sent.tokens, labels, infos, strict=True):
                tok.lang = lab
                if not tok.script:
                    tok.script = inf.script
            letters = [inf.letters for inf in infos]
            sent.language = language_block(labels, letters, self.rule)
            all_labels += labels
            all_letters += letters
            if not sent.boilerplate:
                body_labels += labels
                body_letters += letters
        if body_labels:  # boilerplate counts only when the whole document is boilerplate
            all_labels, all_letters = body_labels, body_letters
        doc.language = language_block(all_labels, all_letters, self.rule)
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        """Score every new Latin-script word of a batch in one matrix product, then label."""
        batch = list(docs)
        self.detector.prefetch([t.text for doc in batch for s in doc.sentences for t in s.tokens])
        for doc in batch:
            yield self(doc)


@register_stage(
    "detect",
    requires={"tokens"},
    assigns={"language", "token_lang"},
    reads="tokenised documents (raw JSONL is tokenised first)",
    writes=(
        "documents with `language` (the contract's block) per document and per sentence, "
        "and `lang` per token"
    ),
)
def make_detector(config: dict[str, Any]) -> LanguageDetector:
    return LanguageDetector(config)
