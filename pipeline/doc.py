"""The document: raw text that never changes, plus stand-off annotations.

Every stage adds its own fields; offsets are always into ``Document.raw``, so any
sentence, token or fact can be checked with ``raw[start:end]``.
"""

from __future__ import annotations

import bisect
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Edit:
    """One normalisation change: ``raw[start:end]`` became ``replacement``."""

    start: int
    end: int
    replacement: str
    rule: str


@dataclass
class Normalised:
    """The normalised view of ``raw``, rebuilt from the edits so it can always be mapped back."""

    raw: str
    edits: list[Edit] = field(default_factory=list)
    text: str = field(init=False)
    _n2r_start: list[int] = field(init=False, repr=False)
    _n2r_end: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.edits = sorted(self.edits, key=lambda e: (e.start, e.end))
        parts: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        pos = 0
        for e in self.edits:
            if e.start < pos or e.end < e.start or e.end > len(self.raw):
                raise ValueError(f"overlapping or invalid edit {e}")
            # unchanged stretch: identity mapping
            parts.append(self.raw[pos : e.start])
            starts.extend(range(pos, e.start))
            ends.extend(range(pos + 1, e.start + 1))
            # replaced stretch: every output char maps to the whole raw span
            parts.append(e.replacement)
            starts.extend([e.start] * len(e.replacement))
            ends.extend([e.end] * len(e.replacement))
            pos = e.end
        parts.append(self.raw[pos:])
        starts.extend(range(pos, len(self.raw)))
        ends.extend(range(pos + 1, len(self.raw) + 1))
        self.text = "".join(parts)
        self._n2r_start = starts
        self._n2r_end = ends

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the normalised text to the smallest raw span that covers it."""
        if start >= end:
            if start >= len(self._n2r_start):
                r = len(self.raw)
            else:
                r = self._n2r_start[start]
            return r, r
        return self._n2r_start[start], self._n2r_end[end - 1]

    def to_norm(self, raw_offset: int) -> int:
        """The first normalised position at or after a raw offset."""
        return bisect.bisect_left(self._n2r_start, raw_offset)

    def to_dict(self) -> dict[str, Any]:
        return {"edits": [[e.start, e.end, e.replacement, e.rule] for e in self.edits]}

    @classmethod
    def from_dict(cls, raw: str, data: dict[str, Any]) -> Normalised:
        return cls(raw, [Edit(*e) for e in data.get("edits", [])])


@dataclass
class Span:
    """A raw-offset span with a label, e.g. a boilerplate block."""

    start: int
    end: int
    label: str


@dataclass
class Token:
    text: str
    start: int
    end: int
    norm: str = ""
    kind: str = "word"  # word | number | punct | symbol | url | email
    script: str = ""  # ISO 15924: Deva, Beng, Latn, Zyyy (common)
    lang: str | None = None  # hi | bn | en | univ | ne | other
    upos: str | None = None
    lemma: str | None = None
    ner: str | None = None  # BIO tag, e.g. B-PER


@dataclass
class Sentence:
    start: int
    end: int
    tokens: list[Token] = field(default_factory=list)
    boilerplate: bool = False
    language: dict[str, Any] | None = None


class ReadOnlyRawError(AttributeError):
    pass


@dataclass
class Document:
    """A document travelling through the stages; ``raw`` is set once and never changed."""

    id: str
    raw: str
    source: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    normalised: Normalised | None = None
    boilerplate: list[Span] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    language: dict[str, Any] | None = None
    topic: dict[str, Any] | None = None
    facts: list[Any] = field(default_factory=list)  # pipeline.schema fact models
    stages: list[str] = field(default_factory=list)  # names of stages applied, in order
    notes: dict[str, Any] = field(default_factory=dict)  # per-stage extras (e.g. tagger status)

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "raw" and "raw" in self.__dict__:
            raise ReadOnlyRawError("Document.raw is read-only: stages annotate, never rewrite")
        super().__setattr__(name, value)

    @property
    def norm_text(self) -> str:
        return self.normalised.text if self.normalised else self.raw

    @property
    def tokens(self) -> list[Token]:
        return [t for s in self.sentences for t in s.tokens]

    def to_dict(self) -> dict[str, Any]:
        """The `documents.jsonl` form; `from_dict` reads it back."""
        out: dict[str, Any] = dict(self.meta)
        out.update(
            {
                "id": self.id,
                "text": self.raw,
                "source": self.source,
                "stages": list(self.stages),
            }
        )
        if self.normalised is not None:
            out["normalised"] = self.normalised.to_dict()
            out["norm_text"] = self.normalised.text
        if self.boilerplate:
            out["boilerplate"] = [asdict(b) for b in self.boilerplate]
        if self.sentences:
            out["sentences"] = [
                {
                    "start": s.start,
                    "end": s.end,
                    "boilerplate": s.boilerplate,
                    "language": s.language,
                    "tokens": [asdict(t) for t in s.tokens],
                }
                for s in self.sentences
            ]
        if self.language is not None:
            out["language"] = self.language
        if self.topic is not None:
            out["topic"] = self.topic
        if self.facts or "extract" in self.stages:
            out["facts"] = [_dump(f) for f in self.facts]
        if self.notes:
            out["notes"] = self.notes
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        from pipeline.schema import parse_fact

        known = {
            "id", "text", "source", "stages", "normalised", "norm_text", "boilerplate",
            "sentences", "language", "topic", "facts", "notes",
        }  # fmt: skip
        raw = data["text"]
        doc = cls(
            id=str(data["id"]),
            raw=raw,
            source=data.get("source", ""),
            meta={k: v for k, v in data.items() if k not in known},
            stages=list(data.get("stages", [])),
            language=data.get("language"),
            topic=data.get("topic"),
            notes=data.get("notes", {}),
        )
        if "normalised" in data:
            doc.normalised = Normalised.from_dict(raw, data["normalised"])
        doc.boilerplate = [Span(**b) for b in data.get("boilerplate", [])]
        doc.sentences = [
            Sentence(
                start=s["start"],
                end=s["end"],
                boilerplate=s.get("boilerplate", False),
                language=s.get("language"),
                tokens=[Token(**t) for t in s.get("tokens", [])],
            )
            for s in data.get("sentences", [])
        ]
        doc.facts = [parse_fact(f) for f in data.get("facts", [])]
        return doc


def _dump(fact: Any) -> dict[str, Any]:
    return fact.model_dump(mode="json") if hasattr(fact, "model_dump") else dict(fact)
