"""Fact extraction: salary, qualification, experience, skill, role, document,
organization and location facts of the contract, with raw offsets.

Each kind has its own extractor in ``pipeline/extract/``; they share a folded view of the
normalised text (``pipeline/extract/view.py``) and the sentence units and raw mapping of
``pipeline/extract/document.py``. Vocabulary lives in ``pipeline/lexicons/*.yaml``.
Precision comes before recall: nothing is taken from boilerplate sentences, and a figure
becomes a salary only when the sentence says it is pay.
"""

from __future__ import annotations

from typing import Any

from pipeline.doc import Document
from pipeline.registry import register_stage

_ORDER = {
    "salary": 0,
    "qualification": 1,
    "experience": 2,
    "role": 3,
    "skill": 4,
    "document": 5,
    "organization": 6,
    "location": 7,
}


class FactExtractor:
    """Runs every extractor over a document and appends contract facts in document order.

    Config: ``types`` (list of fact types to extract; default all).
    """

    def __init__(self, config: dict[str, Any]) -> None:
        from pipeline.extract.entities import EntityExtractor
        from pipeline.extract.experience import ExperienceExtractor
        from pipeline.extract.lexicon_facts import LexiconExtractor
        from pipeline.extract.qualification import QualificationExtractor
        from pipeline.extract.salary import SalaryExtractor

        self.config = config
        wanted = set(config.get("types", _ORDER))
        extractors: list[tuple[set[str], Any]] = [
            ({"salary"}, SalaryExtractor),
            ({"qualification"}, QualificationExtractor),
            ({"experience"}, ExperienceExtractor),
            ({"skill"}, lambda: LexiconExtractor("skill")),
            ({"role"}, lambda: LexiconExtractor("role")),
            ({"document"}, lambda: LexiconExtractor("document")),
            ({"organization", "location"}, EntityExtractor),
        ]
        self.extractors = [make() for types, make in extractors if types & wanted]
        self.wanted = wanted

    def __call__(self, doc: Document) -> Document:
        from pipeline.extract.document import DocView
        from pipeline.schema import parse_fact

        dv = DocView.of(doc)
        found = []
        for extractor in self.extractors:
            for cand in extractor.extract(dv):
                if cand.type not in self.wanted:
                    continue
                fact = dv.to_fact(cand)
                if fact is not None:
                    found.append(fact)
        found = _drop_inside_qualifications(found)
        found.sort(key=lambda f: (f["start"], _ORDER[f["type"]], f["end"]))
        doc.facts.extend(parse_fact(f) for f in _dedupe(found))
        return doc


def _drop_inside_qualifications(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "MBA in HR": the HR there is the degree's field, not a role or a skill."""
    quals = [(f["start"], f["end"]) for f in facts if f["type"] == "qualification"]
    return [
        f
        for f in facts
        if f["type"] not in ("role", "skill")
        or not any(s < f["end"] and f["start"] < e for s, e in quals)
    ]


def _dedupe(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Drop a fact whose span lies inside another fact of the same type."""
    keep = []
    for f in facts:
        inside = any(
            g is not f
            and g["type"] == f["type"]
            and g["start"] <= f["start"]
            and f["end"] <= g["end"]
            and (g["end"] - g["start"]) > (f["end"] - f["start"])
            for g in facts
        )
        if not inside:
            keep.append(f)
    return keep


@register_stage(
    "extract",
    requires={"tokens", "language"},
    uses={"ner"},
    assigns={"facts"},
    reads="documents with tokens and languages (tags used where present)",
    writes="documents with `facts` (the contract's fact objects, raw offsets)",
)
def make_extractor(config: dict[str, Any]) -> FactExtractor:
    return FactExtractor(config)
