"""Organization and location facts: a gazetteer of Indian and Bangladeshi places and
employers, plus the tagger's named-entity tags (B-/I-ORG, B-/I-LOC) where present.

Gazetteer facts carry ``name`` (the form as written, without a Bengali case ending:
"কলকাতায়" has name "কলকাতা") and ``normalized`` (the canonical English name). Tagger
spans not covered by the gazetteer are added with lower confidence and no ``normalized``;
so are employers named in Latin script by one to four capitalised words ending in a
corporate word of the gazetteer's ``org_suffixes`` ("Sundarban Technologies Pvt. Ltd.",
"Lotus Hospital"), generic leading words ("Private Bank") left out.
"""

from __future__ import annotations

import re

from pipeline import lexicons
from pipeline.extract.document import Candidate, DocView
from pipeline.extract.view import WORD, FormMatcher

_LATIN = re.compile(r"[A-Za-z]")
_NAME_WORD = r"(?:[A-Z][A-Za-z0-9&'.\-]*|&)"

_NER_TYPES = {"ORG": "organization", "LOC": "location", "GPE": "location"}


class EntityExtractor:
    def __init__(self) -> None:
        gaz = lexicons.gazetteer()
        self.kind = {p.name: "location" for p in gaz.locations} | {
            p.name: "organization" for p in gaz.organizations
        }
        self.matcher = FormMatcher(gaz.forms(), exact=gaz.exact())
        suffixes = "|".join(
            re.escape(x).replace(r"\ ", r"\s+")
            for x in sorted(gaz.org_suffixes, key=len, reverse=True)
        )
        self.named_org = re.compile(
            rf"(?<![{WORD}])(?P<name>{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}?)[ \t]+"
            rf"(?P<suffix>{suffixes})(?:[ \t]+(?:Pvt\.?|Private)[ \t]+(?:Ltd\.?|Limited))?"
            rf"(?![{WORD}])(?![ \t]+[A-Z0-9](?![{WORD}]))"  # not "Railway Group D"
        )
        self.generic = set(gaz.org_generic_words)

    def extract(self, dv: DocView) -> list[Candidate]:
        out: list[Candidate] = []
        for unit in dv.live_units():
            for m in self.matcher.finditer(dv.text, unit.start, unit.end):
                rs, re_ = dv.raw_span(m.start, m.end)
                fields = {"name": dv.doc.raw[rs:re_], "normalized": m.key}
                out.append(Candidate(self.kind[m.key], m.start, m.full_end, fields, 0.85))
        out += self._suffixed(dv, out)
        return out + self._tagged(dv, out)

    def _suffixed(self, dv: DocView, known: list[Candidate]) -> list[Candidate]:
        """ "Sundarban Technologies Pvt. Ltd.": a capitalised name ending in a corporate word."""
        out: list[Candidate] = []
        for unit in dv.live_units():
            for m in self.named_org.finditer(dv.text, unit.start, unit.end):
                words = list(re.finditer(r"\S+", m.group("name")))
                while words and words[0].group() in self.generic:
                    words.pop(0)
                if not words:
                    continue
                start = m.start("name") + words[0].start()
                end = m.end()
                if dv.text[end - 1] == "." and not m.group().endswith(("Ltd.", "Pvt.")):
                    end -= 1
                if any(c.start < end and start < c.end for c in known + out):
                    continue
                rs, re_ = dv.raw_span(start, end)
                fields = {"name": dv.doc.raw[rs:re_], "normalized": None}
                out.append(Candidate("organization", start, end, fields, 0.6))
        return out

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
        if _LATIN.search(dv.doc.raw[rs:re_]):
            return []  # the taggers read native script; on romanised text their tags are noise
        vs = dv.view.from_norm(dv.norm.to_norm(rs))
        ve = dv.view.from_norm(dv.norm.to_norm(re_))
        if any(c.start < ve and vs < c.end for c in known) or ve <= vs:
            return []
        fields = {"name": dv.doc.raw[rs:re_], "normalized": None}
        return [Candidate(_NER_TYPES[span[0][1]], vs, ve, fields, 0.6)]
