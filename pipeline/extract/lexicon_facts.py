"""Skill, role and document facts: forms from the lexicons, matched on word boundaries.

Each lexicon entry maps surface forms in every script to one snake_case key of the
contract (``communication``, ``data_entry``, ``aadhaar_card`` ...). The longest form wins
where forms overlap ("जाति प्रमाण पत्र" before "प्रमाण पत्र"). An entry with ``context``
counts only in a sentence holding one of those words: a language name is a skill only
where the sentence is about speaking or knowing it, a bare "photo" a document only where
papers are being submitted.
"""

from __future__ import annotations

from typing import Literal

from pipeline import lexicons
from pipeline.extract.document import Candidate, DocView
from pipeline.extract.view import FormMatcher

Kind = Literal["skill", "role", "document"]
_NEAR = 50  # a context word counts within this many characters of the form


class LexiconExtractor:
    def __init__(self, kind: Kind) -> None:
        self.kind = kind
        lex = lexicons.named(kind)
        # "telecallers", "शिक्षकों": plural endings for job names only (a skill or a paper
        # in the plural is rare, and "Excels" would not be the spreadsheet)
        self.matcher = FormMatcher(lex.forms(), exact=lex.exact(), plurals=kind == "role")
        self.context = {
            e.key: FormMatcher({f: "cue" for f in e.context}) for e in lex.entries if e.context
        }

    def extract(self, dv: DocView) -> list[Candidate]:
        out: list[Candidate] = []
        for unit in dv.live_units():
            for m in self.matcher.finditer(dv.text, unit.start, unit.end):
                ctx = self.context.get(m.key)
                if ctx is not None:
                    lo, hi = max(unit.start, m.start - _NEAR), min(unit.end, m.full_end + _NEAR)
                    if not ctx.find_all(dv.text, lo, hi):
                        continue
                confidence = 0.8 if ctx is not None else 0.85
                out.append(Candidate(self.kind, m.start, m.full_end, {"name": m.key}, confidence))
        return out
