"""Skill, role and document facts: forms from the lexicons, matched on word boundaries.

Each lexicon entry maps surface forms in every script to one snake_case key of the
contract (``communication``, ``data_entry``, ``aadhaar_card`` ...). The longest form wins
where forms overlap ("जाति प्रमाण पत्र" before "प्रमाण पत्र"). An entry with ``context``
counts only in a sentence holding one of those words: a language name is a skill only
where the sentence is about speaking or knowing it, a bare "photo" a document only where
papers are being submitted; a list's lead-in line ending in ":" ("Bring these papers:")
gives its context to the list items under it, a label before a colon ("Documents: ...") to
its line, and a paper that needs no context to the other papers of its sentence ("PAN
card and two photos"). A job name right before "round" ("HR
round") names an interview stage and gives no role.
"""

from __future__ import annotations

import re
from typing import Literal

from pipeline import lexicons
from pipeline.extract.document import Candidate, DocView, Unit
from pipeline.extract.view import FormMatch, FormMatcher

Kind = Literal["skill", "role", "document"]
_NEAR = 50  # a context word counts within this many characters of the form
_LIST_ITEM = re.compile(r"(?:\d{1,2}[.)]|[-*•●▪➤✅👉])\s")  # "1. ", "- ", "• "
# "HR round", "एचआर राउंड", "এইচআর রাউন্ডে": a job name before "round" names an interview
# stage, not work on offer ("PO interview" is still an interview for the PO job)
_ID_AFTER = re.compile(r"[ \t]*-?(?:ID|identity|पहचान|পরিচয়)(?![A-Za-z])", re.I)
_STAGE_AFTER = re.compile(r"[ \t]*-?(?:rounds?|राउंड|রাউন্ড)(?![A-Za-z])", re.I)


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
        intro: set[str] = set()  # keys whose context a list's lead-in line gave
        intro_paragraph = -1

        def listed(unit: Unit, m: FormMatch) -> bool:
            """ "certificates, Aadhaar card and two photographs": a paper named in one
            sentence with a paper that needs no context is one of the papers asked for."""
            return self.kind == "document" and any(
                o.key not in self.context and o.key != m.key
                for o in self.matcher.finditer(dv.text, unit.start, unit.end)
            )

        for unit in dv.live_units():
            line_start = dv.text.rfind("\n", 0, unit.start) + 1  # a list marker opens the line
            line = dv.text[unit.start : unit.end].strip()
            if unit.paragraph != intro_paragraph and not _LIST_ITEM.match(dv.text, line_start):
                intro = set()  # the list is over
            for m in self.matcher.finditer(dv.text, unit.start, unit.end):
                if self.kind == "role" and _STAGE_AFTER.match(dv.text, m.full_end, unit.end):
                    continue  # "HR round"
                if self.kind == "document" and _ID_AFTER.match(dv.text, m.full_end, unit.end):
                    continue  # "photo ID proof" is an identity paper, not a photograph
                ctx = self.context.get(m.key)
                if ctx is not None and m.key not in intro:
                    lo, hi = max(unit.start, m.start - _NEAR), min(unit.end, m.full_end + _NEAR)
                    labelled = _labelled(dv.text, ctx, unit)
                    if not (ctx.find_all(dv.text, lo, hi) or labelled or listed(unit, m)):
                        continue
                confidence = 0.8 if ctx is not None else 0.85
                out.append(Candidate(self.kind, m.start, m.full_end, {"name": m.key}, confidence))
            if line.endswith(":"):
                # "Don't come without these papers:" gives its context to the list below
                intro = {
                    k for k, c in self.context.items() if c.find_all(dv.text, unit.start, unit.end)
                }
                intro_paragraph = unit.paragraph
        return out


def _labelled(text: str, ctx: FormMatcher, unit: Unit) -> bool:
    """ "Skills: communication, CRM tools, MS Excel, Kannada and English", "Bring: CV,
    certificates and two photographs": a line that opens with a context word as its label
    gives that context to the whole line."""
    line_start = text.rfind("\n", 0, unit.start) + 1
    colon = text.find(":", line_start, min(unit.end, line_start + 30))
    return colon > 0 and bool(ctx.find_all(text, line_start, colon))
