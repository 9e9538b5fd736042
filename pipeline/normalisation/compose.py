"""Compose rule edits so the final normalised text still maps back to raw.

Each rule sees the *current* normalised text and returns edits in its coordinates.
``EditLog.apply`` lifts them to raw coordinates through the current ``Normalised``
map: a new edit that touches an earlier edit absorbs it whole (its rule name is kept,
joined with ``+``), so the raw edits never overlap and every normalised character
still maps to the raw stretch it came from.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.doc import Edit, Normalised


@dataclass(frozen=True)
class TextEdit:
    """``text[start:end]`` of the current normalised text becomes ``replacement``."""

    start: int
    end: int
    replacement: str
    rule: str


@dataclass
class _Group:
    """New edits that share a raw stretch: raw ``[lo, hi)``, current text ``[cs, ce)``."""

    lo: int
    hi: int
    cs: int
    ce: int
    edits: list[TextEdit]

    def replacement(self, text: str) -> str:
        parts, pos = [], self.cs
        for e in self.edits:
            parts += [text[pos : e.start], e.replacement]
            pos = e.end
        parts.append(text[pos : self.ce])
        return "".join(parts)


class EditLog:
    """The normalised view built rule by rule; ``.normalised`` is the result.

    Between rules it keeps only the raw edits and where each replacement sits in the
    current text, so a rule costs O(its edits + one string splice), not a full map.
    """

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.text = raw
        self.edits: list[Edit] = []
        self._raw_starts: list[int] = []
        self._norm_starts: list[int] = []  # where each edit's replacement starts in text

    @property
    def normalised(self) -> Normalised:
        return Normalised(self.raw, self.edits)

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """The raw stretch covering current-text ``[start, end)`` (``Normalised.to_raw``)."""
        return self._char_raw(start)[0], self._char_raw(end - 1)[1]

    def _char_raw(self, p: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._norm_starts, p) - 1
        if i < 0:
            return p, p + 1
        e = self.edits[i]
        n_end = self._norm_starts[i] + len(e.replacement)
        if p < n_end:
            return e.start, e.end
        r = e.end + p - n_end
        return r, r + 1

    def to_norm(self, raw_offset: int) -> int:
        """First current-text position whose raw stretch starts at or after ``raw_offset``."""
        j = bisect.bisect_left(self._raw_starts, raw_offset) - 1
        if j < 0:
            return raw_offset
        e = self.edits[j]
        n_end = self._norm_starts[j] + len(e.replacement)
        return n_end if raw_offset < e.end else n_end + raw_offset - e.end

    def apply(self, edits: Iterable[TextEdit]) -> None:
        """Apply one rule's edits (current-text coordinates, non-overlapping)."""
        todo = sorted((e for e in edits if e.start < e.end), key=lambda e: e.start)
        if not todo:
            return
        text = self.text
        groups: list[_Group] = []
        for e in todo:
            if groups and e.start < groups[-1].edits[-1].end:
                raise ValueError(f"overlapping edits from one rule: {e}")
            lo, hi = self.to_raw(e.start, e.end)  # widened to whole earlier edits
            cs, ce = self.to_norm(lo), self.to_norm(hi)
            if groups and cs < groups[-1].ce:  # touches the same earlier edit: merge
                g = groups[-1]
                g.hi, g.ce = max(g.hi, hi), max(g.ce, ce)
                g.edits.append(e)
            else:
                groups.append(_Group(lo, hi, cs, ce, [e]))
        new_edits: list[Edit] = []
        absorbed: set[int] = set()
        parts, pos = [], 0
        for g in groups:
            old = _edits_within(self.edits, g.lo, g.hi)
            absorbed.update(id(o) for o in old)
            rules = [o.rule for o in old] + [e.rule for e in g.edits]
            names = "+".join(dict.fromkeys(r for rule in rules for r in rule.split("+")))
            rep = g.replacement(text)
            parts += [text[pos : g.cs], rep]
            pos = g.ce
            if rep != self.raw[g.lo : g.hi]:
                new_edits.append(Edit(g.lo, g.hi, rep, names))
        parts.append(text[pos:])
        self.text = "".join(parts)
        kept = [o for o in self.edits if id(o) not in absorbed]
        self._set_edits(sorted(kept + new_edits, key=lambda e: (e.start, e.end)))

    def _set_edits(self, edits: list[Edit]) -> None:
        self.edits = edits
        self._raw_starts = [e.start for e in edits]
        self._norm_starts = []
        shift = 0  # normalised minus raw offset before the current edit
        for e in edits:
            self._norm_starts.append(e.start + shift)
            shift += len(e.replacement) - (e.end - e.start)


def diff_edits(offset: int, old: str, new: str, rule: str) -> list[TextEdit]:
    """One edit turning ``old`` (found at ``offset``) into ``new``, trimmed to what changed.

    A bare insertion is widened by a neighbouring character, so every normalised
    character keeps a non-empty raw stretch to point at.
    """
    if old == new or not old:
        return []
    p = 0
    limit = min(len(old), len(new))
    while p < limit and old[p] == new[p]:
        p += 1
    s = 0
    while s < limit - p and old[-1 - s] == new[-1 - s]:
        s += 1
    i2, j2 = len(old) - s, len(new) - s
    i1, j1 = p, p
    if i1 == i2:  # pure insertion
        if i1 > 0:
            i1, j1 = i1 - 1, j1 - 1
        else:
            i2, j2 = i2 + 1, j2 + 1
    if i2 - i1 == j2 - j1:  # same length: one edit per changed character
        return [
            TextEdit(offset + i, offset + i + 1, b, rule)
            for i, (a, b) in enumerate(zip(old[i1:i2], new[j1:j2], strict=True), start=i1)
            if a != b
        ]
    return [TextEdit(offset + i1, offset + i2, new[j1:j2], rule)]


def _edits_within(edits: list[Edit], lo: int, hi: int) -> list[Edit]:
    i = bisect.bisect_left(edits, lo, key=lambda e: e.start)
    out = []
    while i < len(edits) and edits[i].start < hi:
        if edits[i].end <= hi:
            out.append(edits[i])
        i += 1
    return out
