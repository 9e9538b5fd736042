"""A small CoNLL-U reader/writer for the 10-column rows the stanza trainers need.

Multi-word token lines and empty nodes are dropped (none of our data has them);
comments are kept per sentence so `# sent_id` / `# text` survive a round trip.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ID, FORM, LEMMA, UPOS, XPOS, FEATS, HEAD, DEPREL, DEPS, MISC = range(10)


@dataclass
class Sentence:
    rows: list[list[str]]
    comments: list[str] = field(default_factory=list)

    @property
    def forms(self) -> list[str]:
        return [r[FORM] for r in self.rows]

    def text(self) -> str:
        """Surface text rebuilt from forms and SpaceAfter=No."""
        out = []
        for r in self.rows:
            out.append(r[FORM])
            if "SpaceAfter=No" not in r[MISC]:
                out.append(" ")
        return "".join(out).strip()


def parse(lines: Iterable[str]) -> Iterator[Sentence]:
    rows: list[list[str]] = []
    comments: list[str] = []
    for line in lines:
        line = line.rstrip("\n").lstrip("\ufeff")
        if not line.strip():
            if rows:
                yield Sentence(rows, comments)
            rows, comments = [], []
        elif line.startswith("#"):
            comments.append(line)
        else:
            cols = line.split("\t")
            if len(cols) != 10:
                raise ValueError(f"not a 10-column CoNLL-U row: {line!r}")
            if "-" in cols[ID] or "." in cols[ID]:
                continue
            rows.append(cols)
    if rows:
        yield Sentence(rows, comments)


def read(path: Path) -> list[Sentence]:
    with open(path, encoding="utf-8") as fh:
        return list(parse(fh))


def format_sentence(sent: Sentence) -> str:
    lines = list(sent.comments) + ["\t".join(r) for r in sent.rows]
    return "\n".join(lines) + "\n\n"


def write(path: Path, sents: Iterable[Sentence], prefix: str | None = None) -> int:
    """Write sentences; with `prefix`, comments are replaced by a fresh sent_id and text."""
    path.parent.mkdir(parents=True, exist_ok=True)
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for n, s in enumerate(sents, 1):
            if prefix is not None:
                s = Sentence(s.rows, [f"# sent_id = {prefix}-{n}", f"# text = {s.text()}"])
            fh.write(format_sentence(s))
    return n
