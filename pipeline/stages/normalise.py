"""Normalisation stage: the normalised view (edits mapping back to raw) and boilerplate spans.

Config (all optional): ``disable``: rule names to switch off (see
``pipeline.normalisation.RULE_NAMES``); ``html``: true/false to force or forbid the
HTML rule (default: on for ``meta["format"]`` html/htm or text that opens like HTML);
``boilerplate``: false to skip boilerplate marking.
"""

from __future__ import annotations

from typing import Any

from pipeline.doc import Document
from pipeline.normalisation import RULE_NAMES, looks_like_html, normalise
from pipeline.normalisation.boilerplate import default_lexicon, find_boilerplate
from pipeline.registry import register_stage


class Normaliser:
    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config
        self.disable = tuple(config.get("disable", ()))
        unknown = set(self.disable) - set(RULE_NAMES)
        if unknown:
            raise ValueError(f"normalise: unknown rules {sorted(unknown)}; known: {RULE_NAMES}")
        self.html = config.get("html")
        self.boilerplate = bool(config.get("boilerplate", True))
        self.lexicon = default_lexicon() if self.boilerplate else None

    def __call__(self, doc: Document) -> Document:
        html = self.html
        if html is None:
            html = looks_like_html(doc.raw, doc.meta.get("format"))
        doc.normalised = normalise(doc.raw, html=bool(html), disable=self.disable)
        doc.boilerplate = find_boilerplate(doc.normalised, self.lexicon) if self.lexicon else []
        return doc


@register_stage(
    "normalise",
    assigns={"normalised", "boilerplate"},
    reads="documents (JSONL with id and text)",
    writes="documents with `normalised` (edits mapping back to raw) and `boilerplate` spans",
)
def make_normaliser(config: dict[str, Any]) -> Normaliser:
    return Normaliser(config)
