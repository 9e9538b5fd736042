"""Normalisation: an explainable normalised view of raw text, plus boilerplate marking.

``normalise(raw)`` runs the ordered rules of ``pipeline.normalisation.rules.RULES``
and returns a ``Normalised`` whose edits are in raw coordinates and name their rule
(``fix_and_explain`` in ftfy's terms: the edits *are* the explanation).
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.doc import Normalised
from pipeline.normalisation.compose import EditLog
from pipeline.normalisation.html import looks_like_html
from pipeline.normalisation.rules import RULE_NAMES, RULES

__all__ = ["RULE_NAMES", "normalise", "normalise_text", "looks_like_html"]


def normalise(raw: str, *, html: bool = False, disable: Iterable[str] = ()) -> Normalised:
    """The normalised view of ``raw``; ``html`` switches the markup rule on."""
    off = set(disable)
    unknown = off - set(RULE_NAMES)
    if unknown:
        raise ValueError(f"unknown normalisation rules {sorted(unknown)}; known: {RULE_NAMES}")
    log = EditLog(raw)
    for rule in RULES:
        if rule.name in off or (rule.html_only and not html):
            continue
        log.apply(rule.fn(log.text))
    result = log.normalised
    if result.text != log.text:  # the edits must rebuild exactly the text the rules saw
        raise RuntimeError("normalisation edits do not rebuild the normalised text")
    return result


def normalise_text(text: str) -> str:
    """Just the normalised string (for lexicon phrases and tests)."""
    return normalise(text).text
