"""Amounts as Indians and Bangladeshis write them.

"1,50,000", "150,000", "৫,০০০", "3.5 लाख", "2.4 LPA", "15k", "पंद्रह हजार",
"साढ़े तीन लाख", "दो लाख पचास हजार", "দেড় লাখ", "twenty-five thousand": each becomes one
:class:`Amount` with a plain value. Number words, fractions and multipliers come from
``pipeline/lexicons/numbers.yaml``; this module only knows how they combine:

* a number word or digits, optionally after a fraction prefix (साढ़े n = n + 0.5);
* followed by falling multipliers (लाख then हजार), each multiplying the number before it;
* सौ/hundred multiplies within a group ("पाँच सौ", "दो हजार पाँच सौ").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pipeline import lexicons
from pipeline.extract.view import BN_SUFFIXES, RIGHT_EDGE, WORD, alternation, fold, form_key

_DIGITS = r"(?<!\d)(?<!\d[.,])\d+(?:,\d+)*(?:\.\d+)?"


@dataclass(frozen=True)
class Amount:
    """One amount in view coordinates."""

    start: int
    end: int
    value: float
    has_digits: bool  # written at least partly in digits
    multiplier: float | None  # the largest multiplier used (1000 for "15k"), if any
    period: str | None = None  # a period the unit itself states (LPA -> year)
    digits: str = ""  # the digit string as written, for year/phone checks ("2021")
    bare: bool = False  # a multiplier with no number ("লাখ টাকা" = one lakh)


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    kind: str  # num | add | mult
    value: float
    digits: str = ""
    period: str | None = None


def _digit_value(s: str) -> float | None:
    """Value of a digit string with Indian (1,50,000) or Western (150,000) grouping."""
    whole, _, frac = s.partition(".")
    groups = whole.split(",")
    if len(groups) > 1:
        first, *middle, last = groups
        if not (1 <= len(first) <= 3 and len(last) == 3):
            return None
        if not (all(len(g) == 2 for g in middle) or all(len(g) == 3 for g in middle)):
            return None
        if middle and len(first) > len(middle[0]):  # "150,00,000" is neither style
            return None
    return float("".join(groups) + ("." + frac if frac else ""))


class AmountFinder:
    """Finds amounts in (folded) text; built once from the numbers lexicon."""

    def __init__(self) -> None:
        lex = lexicons.numbers()
        self._atoms: dict[str, tuple[str, float, str | None]] = {}
        for form, value in lex.word_values().items():
            self._atoms.setdefault(form_key(form), ("num", value, None))
        for frac in lex.fractions:
            for form in frac.forms:
                if frac.value is not None:
                    self._atoms[form_key(form)] = ("num", frac.value, None)
                else:
                    self._atoms[form_key(form)] = ("add", float(frac.add or 0), None)
        for mult in lex.multipliers:
            for form in mult.forms:
                self._atoms[form_key(form)] = ("mult", mult.value, mult.period)
        words = alternation(list(lex.word_values()) + [f for fr in lex.fractions for f in fr.forms])
        mults = alternation([f for m in lex.multipliers for f in m.forms])
        suffix = rf"(?:-?(?:{'|'.join(BN_SUFFIXES)}))?"
        # multipliers may stick to digits ("15k", "2.4LPA", "5lakh")
        self._regex = re.compile(
            rf"(?P<d>{_DIGITS})"
            rf"|(?:(?<=\d)|(?<![{WORD}]))(?P<m>{mults}){suffix}{RIGHT_EDGE}"
            rf"|(?<![{WORD}])(?P<w>{words}){suffix}{RIGHT_EDGE}",
            re.IGNORECASE,
        )

    def _scan(self, text: str, start: int, end: int) -> list[_Atom]:
        atoms = []
        for m in self._regex.finditer(text, start, end):
            if m.group("d") is not None:
                value = _digit_value(m.group("d"))
                if value is not None:
                    atoms.append(_Atom(m.start(), m.end(), "num", value, m.group("d")))
                continue
            group = "m" if m.group("m") is not None else "w"
            surface = m.group(group)
            kind, value, period = self._atoms.get(form_key(surface), ("", 0.0, None))
            if not kind:
                continue
            if (
                kind == "mult"
                and len(surface) == 1
                and not text[m.start() - 1 : m.start()].isdigit()
            ):
                continue  # a lone "k" is a letter, not a thousand
            atoms.append(_Atom(m.start(group), m.end(group), kind, value, "", period))
        return atoms

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Amount]:
        """All amounts in ``text[start:end]``, in order."""
        end = len(text) if end is None else end
        atoms = self._scan(text, start, end)
        amounts: list[Amount] = []
        group: list[_Atom] = []
        for atom in atoms:
            if group and not _joined(text, group[-1], atom):
                amounts.extend(_combine(group))
                group = []
            group.append(atom)
        amounts.extend(_combine(group))
        return amounts


class _Builder:
    """Reads a run of atoms left to right, emitting an Amount whenever one is complete."""

    def __init__(self) -> None:
        self.out: list[Amount] = []
        self._reset()

    def _reset(self) -> None:
        self.atoms: list[_Atom] = []  # atoms of the amount being read
        self.total = 0.0
        self.pending: float | None = None  # a number not yet multiplied
        self.pending_from = 0  # index in self.atoms where the pending number began
        self.add: float | None = None  # a fraction prefix waiting for its number
        self.last_mult: float | None = None

    def flush(self, upto: int | None = None) -> None:
        """Emit the amount read so far (its first ``upto`` atoms) and start afresh."""
        atoms = self.atoms if upto is None else self.atoms[:upto]
        value = self.total + (self.pending or 0.0 if upto is None else 0.0)
        nums = [a for a in atoms if a.kind == "num"]
        zero_ok = value == 0 and any(a.digits for a in nums)  # "০ থেকে ১ বছর"
        if (value or zero_ok) and (nums or any(a.kind == "add" for a in atoms)):
            mults = [a.value for a in atoms if a.kind == "mult"]
            self.out.append(
                Amount(
                    start=atoms[0].start,
                    end=atoms[-1].end,
                    value=round(value, 6),
                    has_digits=any(a.digits for a in nums),
                    multiplier=max(mults) if mults else None,
                    period=next((a.period for a in atoms if a.period), None),
                    digits=nums[0].digits if len(atoms) == 1 else "",
                )
            )
        self._reset()

    def feed(self, atom: _Atom) -> None:
        if atom.kind == "num":
            if self.pending is not None:
                self.flush()
            if self.add is None:
                self.pending_from = len(self.atoms)
            add = self.add or 0.0
            if not atom.digits and atom.value >= 100 and atom.value % 100 == 0:
                add *= 100  # "সাড়ে তিনশো" is 350: the half is of a hundred
            self.pending = atom.value + add
            self.add = None
            self.atoms.append(atom)
        elif atom.kind == "add":
            if self.pending is not None or self.add is not None:
                self.flush()
            self.add, self.pending_from = atom.value, len(self.atoms)
            self.atoms.append(atom)
        else:
            self._multiply(atom)

    def _multiply(self, atom: _Atom) -> None:
        if self.pending is None and self.add is None:
            self.flush()
            if atom.value >= 100000:  # "বেতন লাখ টাকা পর্যন্ত": one lakh, if money follows
                self.out.append(
                    Amount(
                        atom.start, atom.end, atom.value, False, atom.value, atom.period, bare=True
                    )
                )
            return
        n = self.pending if self.pending is not None else 1.0 + (self.add or 0.0)
        if atom.value == 100:  # hundreds stay open: "दो हजार पाँच सौ"
            self.pending, self.add = n * 100, None
            self.atoms.append(atom)
            return
        if self.last_mult is not None and atom.value >= self.last_mult:
            # "12 हजार 15 हजार": the second number starts a new amount
            carried = self.atoms[self.pending_from :]
            self.flush(upto=self.pending_from)
            self.atoms = carried
        self.total += n * atom.value
        self.pending, self.add, self.last_mult = None, None, atom.value
        self.atoms.append(atom)


def _joined(text: str, prev: _Atom, atom: _Atom) -> bool:
    """Two atoms of one amount: only spaces between, or a hyphen from a number word to its
    multiplier ("fourteen-thousand", "two-lakh"; not "15-20k" nor "সাত-আট হাজার": ranges)."""
    gap = text[prev.end : atom.start]
    if not gap.strip(" \t"):
        return True
    return gap == "-" and prev.kind == "num" and not prev.digits and atom.kind == "mult"


def _combine(atoms: list[_Atom]) -> list[Amount]:
    """Evaluate a run of adjacent atoms; a run that does not read as one amount splits."""
    b = _Builder()
    for atom in atoms:
        b.feed(atom)
    b.flush()
    return b.out


@cache
def finder() -> AmountFinder:
    return AmountFinder()


def parse_amount(text: str) -> float | None:
    """The value of a text that is exactly one amount ("३.५ लाख" -> 350000), else None."""
    folded = fold(text).strip()
    found = [a for a in finder().find(folded) if not a.bare]
    if len(found) == 1 and found[0].start == 0:
        rest = folded[found[0].end :]
        if not rest or re.fullmatch(rf"-?(?:{'|'.join(BN_SUFFIXES)})", rest):
            return found[0].value
    return None
