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


class EditLog:
    """The normalised view built rule by rule; ``.normalised`` is the result."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.normalised = Normalised(raw, [])

    @property
    def text(self) -> str:
        return self.normalised.text

    def apply(self, edits: Iterable[TextEdit]) -> None:
        todo = sorted((e for e in edits if e.start < e.end), key=lambda e: e.start)
        if not todo:
            return
        norm, text = self.normalised, self.normalised.text
        # lift each edit to the raw stretch it covers, merging edits that share an old edit
        groups: list[tuple[int, int, int, int, list[TextEdit]]] = []  # rlo, rhi, cs, ce, edits
        for e in todo:
            if groups and e.start < groups[-1][4][-1].end:
                raise ValueError(f"overlapping edits from one rule: {e}")
            rlo, rhi = norm.to_raw(e.start, e.end)
            cs, ce = norm.to_norm(rlo), norm.to_norm(rhi)
            if groups and cs < groups[-1][3]:
                glo, ghi, gcs, gce, ged = groups[-1]
                groups[-1] = (glo, max(ghi, rhi), gcs, max(gce, ce), [*ged, e])
            else:
                groups.append((rlo, rhi, cs, ce, [e]))
        new_edits: list[Edit] = []
        for rlo, rhi, cs, ce, ged in groups:
            parts, pos = [], cs
            for e in ged:
                parts.append(text[pos : e.start])
                parts.append(e.replacement)
                pos = e.end
            parts.append(text[pos:ce])
            rules = [old.rule for old in _edits_within(norm.edits, rlo, rhi)]
            rules += [e.rule for e in ged]
            names = "+".join(dict.fromkeys(r for rule in rules for r in rule.split("+")))
            new_edits.append(Edit(rlo, rhi, "".join(parts), names))
        starts = [g[0] for g in groups]
        kept = [old for old in norm.edits if not _inside(old, starts, groups)]
        merged = [e for e in new_edits if e.replacement != self.raw[e.start : e.end]]
        self.normalised = Normalised(self.raw, kept + merged)


def _inside(old: Edit, starts: list[int], groups: list[tuple[int, int, int, int, list[TextEdit]]]) -> bool:
    i = bisect.bisect_right(starts, old.start) - 1
    return i >= 0 and groups[i][0] <= old.start and old.end <= groups[i][1]


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
