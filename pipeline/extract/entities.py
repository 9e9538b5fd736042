"""Organization and location facts: a gazetteer of Indian and Bangladeshi places and
employers, plus the tagger's named-entity tags (B-/I-ORG, B-/I-LOC) where present.

Gazetteer facts carry ``name`` (the form as written, without a Bengali case ending:
"কলকাতায়" has name "কলকাতা") and ``normalized`` (the canonical English name). Tagger
spans not covered by the gazetteer are added with lower confidence and no ``normalized``.
"""

from __future__ import annotations

from pipeline import lexicons
from pipeline.extract.document import Candidate, DocView
from pipeline.extract.view import FormMatcher

_NER_TYPES = {"ORG": "organization", "LOC": "location", "GPE": "location"}


class EntityExtractor:
    def __init__(self) -> None:
        gaz = lexicons.gazetteer()
        self.kind = {p.name: "location" for p in gaz.locations} | {
            p.name: "organization" for p in gaz.organizations
        }
        places = gaz.locations + gaz.organizations
        self.matcher = FormMatcher({f: p.name for p in places for f in p.forms})

    def extract(self, dv: DocView) -> list[Candidate]:
        out: list[Candidate] = []
        for unit in dv.live_units():
            for m in self.matcher.finditer(dv.text, unit.start, unit.end):
                rs, re_ = dv.raw_span(m.start, m.end)
                fields = {"name": dv.doc.raw[rs:re_], "normalized": m.key}
                out.append(Candidate(self.kind[m.key], m.start, m.full_end, fields, 0.85))
        return out + self._tagged(dv, out)

    def _tagged(self, dv: DocView, known: list[Candidate]) -> list[Candidate]:
        """Spans of B-/I- tags from the tagging stage, where the gazetteer found nothing."""
        out: list[Candidate] = []
        for sentence in dv.doc.sentences:
            if sentence.boilerplate:
                continue
            span: list = []
            for tok in [*sentence.tokens, None]:
                tag = (tok.ner or "O") if tok is not None else "O"
                label = tag[2:] if tag[:2] in ("B-", "I-") else ""
                if span and (tag.startswith("B-") or label != span[0][1] or not label):
                    out.extend(self._ner_fact(dv, span, known))
                    span = []
                if label in _NER_TYPES:
                    span.append((tok, label))
        return out

    def _ner_fact(self, dv: DocView, span: list, known: list[Candidate]) -> list[Candidate]:
        rs, re_ = span[0][0].start, span[-1][0].end
        vs = dv.view.from_norm(dv.norm.to_norm(rs))
        ve = dv.view.from_norm(dv.norm.to_norm(re_))
        if any(c.start < ve and vs < c.end for c in known) or ve <= vs:
            return []
        fields = {"name": dv.doc.raw[rs:re_], "normalized": None}
        return [Candidate(_NER_TYPES[span[0][1]], vs, ve, fields, 0.6)]
