"""Experience facts: years (or months, converted to years) near an experience word, and
explicit welcomes for freshers.

"2-3 साल का अनुभव" -> 2..3; "১ থেকে ২ বছরের অভিজ্ঞতা" -> 1..2; "2+ years" and
"कम से कम 2 साल" -> min 2 only; "up to 5 years" -> max 5 only; "6 महीने" -> 0.5; "a year of
experience" -> 1 (an English article counts as one only right beside the experience word);
"2 ya 3 saal" and "between 2 and 4 years" are ranges; a single figure sets min = max
("পাঁচ বছরের অভিজ্ঞতা" -> 5..5). The figure counts only when an experience word (अनुभव,
experience, অভিজ্ঞতা ...) stands in the same sentence and no blocker (age: उम्र, বয়স,
umar; course or training length; a company's age: purani, old) is nearer to it.
"फ्रेशर", "freshers", "नए लोग", "কোনো অভিজ্ঞতা লাগে না" give ``fresher: true`` with no
years; so do the negated phrases of the lexicon's ``fresher_patterns`` ("experience is not
mandatory", "anubhav zaruri nahi", "obhiggota lagbe na"), and a figure inside such a
phrase is not a requirement.
"""

from __future__ import annotations

import re

from pipeline import lexicons
from pipeline.extract.document import Candidate, DocView, Unit
from pipeline.extract.numbers import Amount, finder
from pipeline.extract.view import RIGHT_EDGE, WORD, FormMatch, FormMatcher, alternation, fold

_PLUS = re.compile(r"\s*\+?\s*")
_CUE_AFTER = re.compile(r"\s*(?:of\s+)?(?:[A-Za-z-]+\s+)?", re.I)
_CUE_BEFORE = re.compile(r"\s*(?:of|:|-)?\s*(?:about|around|at\s+least|minimum)?\s*", re.I)
_A_UNIT = re.compile(rf"(?<![{WORD}])(half\s+)?(?:a|an|one)\s+$", re.I)  # "a year", "half a year"


class ExperienceExtractor:
    def __init__(self) -> None:
        lex, base = lexicons.experience(), lexicons.base()
        units = {f: "year" for f in lex.years} | {f: "month" for f in lex.months}
        self.units = FormMatcher(units, after_digits=True)  # "2yrs", "6months"
        self.cues = FormMatcher({f: "cue" for f in lex.cues})
        self.blockers = FormMatcher({f: "blocker" for f in lex.blockers})
        self.fresher = FormMatcher({f: "fresher" for f in lex.fresher})
        self.fresher_patterns = [
            re.compile(rf"(?<![{WORD}])(?:{fold(p)}){RIGHT_EDGE}", re.I)
            for p in lex.fresher_patterns
        ]
        b = base.bounds
        # "2 ya 3 saal", "2 or 3 years": for a count of years "or" also spans a range
        connectors = base.range_connectors + lex.range_connectors
        self.connector = re.compile(rf"\s*(?:{alternation(connectors)})\s*", re.I)
        self.and_connector = re.compile(rf"\s*(?:{alternation(base.between.connectors)})\s*", re.I)
        self.between_before = re.compile(
            rf"(?<![{WORD}])(?:{alternation(base.between.before)})\s*$", re.I
        )
        self.min_before = re.compile(rf"(?<![{WORD}])(?:{alternation(b.min_before)})\s*$", re.I)
        self.max_before = re.compile(rf"(?<![{WORD}])(?:{alternation(b.max_before)})\s*$", re.I)
        self.min_after = re.compile(rf"\s*(?:{alternation(b.min_after)}){RIGHT_EDGE}", re.I)
        self.max_after = re.compile(rf"\s*(?:{alternation(b.max_after)}){RIGHT_EDGE}", re.I)

    def extract(self, dv: DocView) -> list[Candidate]:
        out: list[Candidate] = []
        for unit in dv.live_units():
            taken = self._fresher_spans(dv.text, unit)
            for s, e in taken:
                fields = {"min_years": None, "max_years": None, "fresher": True}
                out.append(Candidate("experience", s, e, fields, 0.85))
            for cand in self._years(dv.text, unit):
                if not any(s < cand.end and cand.start < e for s, e in taken):
                    out.append(cand)
        return out

    def _fresher_spans(self, text: str, unit: Unit) -> list[tuple[int, int]]:
        """Fresher phrases and negated-experience patterns, longest first where they overlap."""
        spans = [(m.start, m.full_end) for m in self.fresher.finditer(text, unit.start, unit.end)]
        for pat in self.fresher_patterns:
            spans += [(m.start(), m.end()) for m in pat.finditer(text, unit.start, unit.end)]
        kept: list[tuple[int, int]] = []
        for s, e in sorted(spans, key=lambda p: (p[0] - p[1], p[0])):
            if not any(ks < e and s < ke for ks, ke in kept):
                kept.append((s, e))
        return sorted(kept)

    def _years(self, text: str, unit: Unit) -> list[Candidate]:
        cues = self.cues.find_all(text, unit.start, unit.end)
        if not cues:
            return []
        blockers = self.blockers.find_all(text, unit.start, unit.end)
        amounts = finder().find(text, unit.start, unit.end)
        out: list[Candidate] = []
        for u in self.units.finditer(text, unit.start, unit.end):
            before = [
                a for a in amounts if a.end <= u.start and _PLUS.fullmatch(text, a.end, u.start)
            ]
            if not before:
                if article := _A_UNIT.search(text, max(unit.start, u.start - 12), u.start):
                    out.extend(self._one_unit(text, cues, article, u))
                continue
            a = before[-1]
            if a.multiplier is not None or a.value > 50:
                continue
            scale = 1 / 12 if u.key == "month" else 1.0
            start, low, high = a.start, a.value, a.value
            plus = "+" in text[a.end : u.start]
            low_scale = scale
            prev = [p for p in amounts if p.end <= a.start]
            if prev and (unit_of_low := self._range_unit(text, prev[-1], a)):
                start, low = prev[-1].start, prev[-1].value
                low_scale = (
                    scale if unit_of_low == "same" else (1 / 12 if unit_of_low == "month" else 1.0)
                )
            lo_v: float | None = round(low * low_scale, 2)
            hi_v: float | None = round(high * scale, 2)
            head = text[max(unit.start, start - 24) : start]
            if plus or (m := self.min_before.search(head)):
                hi_v = None
                if not plus:
                    start -= len(head) - m.start()
            elif m := self.max_before.search(head):
                lo_v, start = None, start - (len(head) - m.start())
            end = u.full_end
            if lo_v is not None and hi_v is not None:
                if m := self.min_after.match(text, end, unit.end):
                    hi_v, end = None, m.end()  # "3 साल से अधिक", "2 years or more"
                elif self.max_after.match(text, end, unit.end):
                    lo_v = None  # "5 साल तक"
            d_cue = min(_gap(start, end, c) for c in cues)
            d_block = min((_gap(start, end, b) for b in blockers), default=None)
            if d_block is not None and d_block < d_cue:
                continue
            fields = {"min_years": lo_v, "max_years": hi_v, "fresher": False}
            out.append(Candidate("experience", start, end, fields, 0.85))
        return out

    def _one_unit(
        self,
        text: str,
        cues: list[FormMatch],
        article: re.Match[str],
        u: FormMatch,
    ) -> list[Candidate]:
        """ "a year of experience", "half a year": an English article counts as one."""
        value = 0.5 if article.group(1) else 1.0
        scale = 1 / 12 if u.key == "month" else 1.0
        start, end = article.start(), u.full_end
        # only where the phrase is the experience itself: "a year of (relevant) experience",
        # "experience of a year" (not "a year later he got experience")
        after = any(_CUE_AFTER.fullmatch(text, end, c.start) for c in cues if c.start >= end)
        before = any(
            _CUE_BEFORE.fullmatch(text, c.full_end, start) for c in cues if c.full_end <= start
        )
        if not (after or before):
            return []
        years = round(value * scale, 2)
        fields = {"min_years": years, "max_years": years, "fresher": False}
        return [Candidate("experience", start, end, fields, 0.8)]

    def _range_unit(self, text: str, a: Amount, b: Amount) -> str | None:
        """How the first figure of "a to b" is counted: "same" unit as b, "month" or
        "year" when it carries its own ("6 महीने से 1 साल"), or None for no range."""
        gap = text[a.end : b.start]
        between = bool(self.between_before.search(text, max(0, a.start - 12), a.start))
        if self.connector.fullmatch(gap) or (between and self.and_connector.fullmatch(gap)):
            return "same" if a.value < b.value else None
        u = self.units.regex.match(text, a.end + len(gap) - len(gap.lstrip()))
        if u and self.connector.fullmatch(text, u.end(), b.start):
            return self.units.key_of(u.group("f"))
        return None


def _gap(start: int, end: int, m: FormMatch) -> int:
    if m.full_end <= start:
        return start - m.full_end
    if m.start >= end:
        return m.start - end
    return 0
