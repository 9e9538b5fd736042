"""What every extractor shares: the folded view, sentence units, and raw-offset mapping.

Extractors find *candidates* in view coordinates; :class:`DocView` turns each into raw
offsets, finds its sentence, and drops it when that sentence is boilerplate. A *unit* is
one sentence of the tokeniser, or a few merged when the tokeniser cut inside an
abbreviation or a decimal ("Rs.|5000", "B.|Tech", "3.|5 LPA"): matching runs per unit so
a fact never crosses a real sentence break.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from pipeline.doc import Document, Normalised
from pipeline.extract.view import View

#: The tokeniser may end a sentence at these dots: "Rs. 5000", "B. Tech", "No. 5", "Pvt. Ltd."
# a single letter after a digit is an amount's suffix ending the sentence ("paye 30k."), not
# an initial ("B. Sc", "S. Roy")
_ABBREV_END = re.compile(
    r"(?:(?<![A-Za-z])(?:Rs|rs|RS|Tk|tk|No|no|Dr|Mr|Ms|Pvt)|(?<![A-Za-z0-9])[A-Za-z]|रु)\.$"
)
#: A short line that only opens a value on the next line: a label ("Salary:", "বেতন:",
#: "Experience -"), or an amount cut by the line break ("Rs.", "₹", "15,000 –").
_OPEN_LINE = re.compile(r"(?:[:：\-–—₹৳]|\b(?:Rs|Tk|INR|BDT)\.?)\s*$")
_LABEL_MAX = 40


@dataclass
class Unit:
    start: int  # view offsets
    end: int
    sentences: list[int]
    paragraph: int  # units separated by a blank line have different paragraphs


@dataclass
class Candidate:
    """A fact found in view coordinates, before it becomes a contract model."""

    type: str
    start: int
    end: int
    fields: dict[str, Any]
    confidence: float


@dataclass
class DocView:
    doc: Document
    view: View
    norm: Normalised
    units: list[Unit] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, doc: Document) -> DocView:
        norm = doc.normalised or Normalised(doc.raw, [])
        dv = cls(doc, View.of(norm.text), norm)
        dv._starts = [s.start for s in doc.sentences]
        dv.units = dv._build_units()
        return dv

    @property
    def text(self) -> str:
        return self.view.text

    def _view_offset(self, raw_offset: int) -> int:
        return self.view.from_norm(self.norm.to_norm(raw_offset))

    def _build_units(self) -> list[Unit]:
        units: list[Unit] = []
        paragraph = 0
        prev_end_raw: int | None = None
        raw = self.doc.raw
        for i, s in enumerate(self.doc.sentences):
            vs, ve = self._view_offset(s.start), self._view_offset(s.end)
            gap = raw[prev_end_raw : s.start] if prev_end_raw is not None else ""
            if "\n\n" in gap.replace("\r", "") or re.search(r"\n\s*\n", gap):
                paragraph += 1
            glued = units and (
                (
                    "\n" not in gap
                    and (
                        gap == ""
                        or _ABBREV_END.search(raw[max(0, prev_end_raw - 4) : prev_end_raw])
                    )
                )
                or self._opens_next_line(units[-1], gap, prev_end_raw)
            )
            if glued:
                units[-1].end = ve
                units[-1].sentences.append(i)
            else:
                units.append(Unit(vs, ve, [i], paragraph))
            prev_end_raw = s.end
        return units

    def _opens_next_line(self, prev: Unit, gap: str, prev_end_raw: int | None) -> bool:
        """ "Salary:\n15,000 - 20,000", "বেতন:\n১২,০০০ টাকা": a short label line is read
        with the line after it (one line break, no blank line between)."""
        if prev_end_raw is None or gap.count("\n") != 1 or gap.strip():
            return False
        line = self.doc.raw[self.doc.sentences[prev.sentences[0]].start : prev_end_raw]
        return len(line) <= _LABEL_MAX and bool(_OPEN_LINE.search(line))

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        ns, ne = self.view.to_norm(start, end)
        return self.norm.to_raw(ns, ne)

    def sentence_at(self, raw_offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, raw_offset) - 1)

    def in_boilerplate(self, raw_start: int, raw_end: int) -> bool:
        first = self.sentence_at(raw_start)
        last = self.sentence_at(max(raw_start, raw_end - 1))
        return any(self.doc.sentences[i].boilerplate for i in range(first, last + 1))

    def live_units(self) -> list[Unit]:
        """Units with at least one sentence that is not boilerplate."""
        return [
            u for u in self.units if not all(self.doc.sentences[i].boilerplate for i in u.sentences)
        ]

    def to_fact(self, cand: Candidate) -> dict[str, Any] | None:
        """The contract fields of a candidate (raw offsets, text, sentence), or None when
        it falls in boilerplate or maps to an empty span."""
        rs, re_ = self.raw_span(cand.start, cand.end)
        text = self.doc.raw[rs:re_]
        stripped = text.strip()
        if not stripped:
            return None
        rs += len(text) - len(text.lstrip())
        re_ = rs + len(stripped)
        if self.in_boilerplate(rs, re_):
            return None
        return {
            "type": cand.type,
            "text": self.doc.raw[rs:re_],
            "start": rs,
            "end": re_,
            "sentence": self.sentence_at(rs),
            "confidence": round(cand.confidence, 3),
            **cand.fields,
        }
