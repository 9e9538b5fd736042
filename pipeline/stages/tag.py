"""POS, lemma and named entities from our own offline stanza models (models/stanza).

Tokens come from our tokeniser and keep their raw offsets: stanza tags them pretokenized
(one list of token texts per sentence), so every tag belongs to a token we already have.
Sentences are routed by language: Hindi -> UPOS + lemma, Bengali -> UPOS + NER (BIO).
`pipe` tags all sentences of one language in a batch of documents with one stanza call,
which is about four times faster than one call per sentence.

English (Latin-script) tokens inside a Hindi/Bengali sentence are tagged in place, in
context; the tagger has never seen Latin script, so a closed-class tag it gives one is
replaced by PROPN, the lemma is the lower-cased form (see `english_token_tags`), and in
Bengali their entity tag is O. Measured with `python -m pipeline.tagging.codemix` on
code-mixed sentences we wrote: the native words keep the UPOS they get in the same
sentence written all in Hindi (100%, 59 tokens) or Bengali (97.1%, 35 tokens; the Bengali
tagger reads every Latin-script neighbour as one word and was trained with English nouns
standing in for some native ones). Replacing English by a placeholder noun first was no
better (100% and 88.6%), so the simpler in-place tagging stays.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from pipeline.doc import Document, Sentence, Token
from pipeline.registry import register_stage

TAGGED_LANGS = ("hi", "bn")
KIND_UPOS = {"number": "NUM", "punct": "PUNCT"}
OPEN_CLASSES = {"NOUN", "PROPN", "VERB", "ADJ", "ADV", "NUM", "X", "SYM", "INTJ"}


def sentence_language(sent: Sentence) -> str | None:
    """hi/bn from the detect stage's sentence block, else from a majority of token langs."""
    primary = (sent.language or {}).get("primary")
    if primary in TAGGED_LANGS:
        return primary
    counts = {lang: sum(t.lang == lang for t in sent.tokens) for lang in TAGGED_LANGS}
    best = max(counts, key=counts.get)
    return best if counts[best] else None


def english_token_tags(tok: Token, upos: str | None) -> tuple[str | None, str]:
    """UPOS and lemma for a Latin-script token the Indic tagger tagged in context."""
    if upos not in OPEN_CLASSES:
        upos = "PROPN"
    return upos, (tok.norm or tok.text).lower()


def repair_bio(tags: list[str | None]) -> list[str | None]:
    """An I- tag that does not continue an entity of its type becomes B-."""
    out: list[str | None] = []
    for t in tags:
        if t and t.startswith("I-"):
            prev = out[-1] if out else None
            if not prev or prev == "O" or prev[2:] != t[2:]:
                t = "B-" + t[2:]
        out.append(t)
    return out


class Tagger:
    def __init__(self, config: dict[str, Any]) -> None:
        from pipeline.tagging.runtime import StanzaTagger

        self.config = config
        root = config.get("models")
        self.tagger = StanzaTagger(
            root,
            post_correct=config.get("post_correct", True),
            threads=config.get("threads", 1),
            variant=config.get("variant", "accurate"),
        )

    def status(self) -> dict[str, Any]:
        return self.tagger.status()

    def __call__(self, doc: Document) -> Document:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        docs = list(docs)
        by_lang: dict[str, list[tuple[int, Sentence]]] = {lang: [] for lang in TAGGED_LANGS}
        for n, doc in enumerate(docs):
            for sent in doc.sentences:
                lang = sentence_language(sent)
                if lang is not None and sent.tokens:
                    by_lang[lang].append((n, sent))
        counts: list[dict[str, int]] = [{} for _ in docs]
        missing: dict[str, str] = {}
        for lang, items in by_lang.items():
            if not items:
                continue
            if not self.tagger.available(lang):
                missing[lang] = "models missing: " + ", ".join(self.tagger.models(lang).missing())
                continue
            words = [[t.norm or t.text for t in s.tokens] for _, s in items]
            for (n, sent), tags in zip(items, self.tagger.tag(lang, words), strict=True):
                self._assign(lang, sent, tags)
                counts[n][lang] = counts[n].get(lang, 0) + 1
        for doc, done in zip(docs, counts, strict=True):
            note: dict[str, Any] = {"tagged": bool(done), "sentences": done}
            wanted = {sentence_language(s) for s in doc.sentences} & set(missing)
            if wanted:
                note["missing"] = {lang: missing[lang] for lang in sorted(wanted)}
            doc.notes["tag"] = note
            yield doc

    @staticmethod
    def _assign(lang: str, sent: Sentence, tags: list) -> None:
        ner = [None] * len(tags)
        if lang == "bn":  # the NER model never saw Latin script: its guesses there are noise
            ner = repair_bio(
                [
                    "O" if tok.script == "Latn" else tag.ner
                    for tok, tag in zip(sent.tokens, tags, strict=True)
                ]
            )
        for tok, tag, entity in zip(sent.tokens, tags, ner, strict=True):
            upos, lemma = tag.upos, tag.lemma
            if tok.kind in KIND_UPOS:  # our tokeniser already knows: ₹12,000, 18k, ।
                upos = KIND_UPOS[tok.kind]
                lemma = (tok.norm or tok.text) if lang == "hi" else None
            elif tok.script == "Latn":
                upos, lemma = english_token_tags(tok, upos)
                lemma = lemma if lang == "hi" else None
            tok.upos, tok.lemma, tok.ner = upos, lemma, entity


@register_stage(
    "tag",
    requires={"tokens", "language"},
    assigns={"upos", "lemma", "ner"},
    reads="documents with tokens and languages",
    writes="documents whose tokens carry `upos`, `lemma` (Hindi) and `ner` (Bengali, BIO)",
)
def make_tagger(config: dict[str, Any]) -> Tagger:
    return Tagger(config)
