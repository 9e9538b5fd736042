"""`career-pipeline tag --input-format conllu --output-format conllu`: tag a CoNLL-U file.

Every line of the input is kept; on word rows (integer IDs) UPOS and LEMMA are replaced by
our predictions (Bengali has no lemmatizer: `_`), and for Bengali MISC gets `NER=<BIO>`
(an old NER= entry is replaced), so anyone can score us with standard CoNLL-U tools.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pipeline.tagging.conllu import FORM, LEMMA, MISC, UPOS
from pipeline.tagging.runtime import StanzaTagger


@dataclass
class Block:
    """One sentence: all its lines, and the indices of the word rows among them."""

    lines: list[str]
    word_lines: list[int]

    def words(self) -> list[str]:
        return [self.lines[i].split("\t")[FORM] for i in self.word_lines]


def blocks(lines: Iterable[str]) -> Iterator[Block]:
    cur: list[str] = []
    for line in lines:
        line = line.rstrip("\n")
        if line.strip():
            cur.append(line)
        elif cur:
            yield _block(cur)
            cur = []
    if cur:
        yield _block(cur)


def _block(lines: list[str]) -> Block:
    word_lines = []
    for i, line in enumerate(lines):
        if not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) != 10:
                raise ValueError(f"not a 10-column CoNLL-U line: {line!r}")
            if cols[0].isdigit():
                word_lines.append(i)
    return Block(lines, word_lines)


def guess_language(words: list[str]) -> str:
    """bn if Bengali letters outnumber Devanagari ones, else hi."""
    beng = sum("\u0980" <= ch <= "\u09ff" for w in words for ch in w)
    deva = sum("\u0900" <= ch <= "\u097f" for w in words for ch in w)
    return "bn" if beng > deva else "hi"


def set_misc(misc: str, ner: str) -> str:
    items = [m for m in misc.split("|") if m and m != "_" and not m.startswith("NER=")]
    return "|".join([*items, f"NER={ner}"])


def tag_blocks(tagger: StanzaTagger, bl: list[Block], lang: str | None) -> list[str]:
    """Tag the blocks (one stanza call per language) and return the output lines."""
    langs = [lang or guess_language(b.words()) for b in bl]
    results: dict[int, list] = {}
    for lg in sorted(set(langs)):
        idx = [i for i, x in enumerate(langs) if x == lg]
        for i, tags in zip(idx, tagger.tag(lg, [bl[i].words() for i in idx]), strict=True):
            results[i] = tags
    out: list[str] = []
    for i, b in enumerate(bl):
        lines = list(b.lines)
        for li, tag in zip(b.word_lines, results[i], strict=True):
            cols = lines[li].split("\t")
            cols[UPOS] = tag.upos or "_"
            cols[LEMMA] = tag.lemma or "_"
            if langs[i] == "bn":
                cols[MISC] = set_misc(cols[MISC], tag.ner or "O")
            lines[li] = "\t".join(cols)
        out.extend(lines)
        out.append("")
    return out


def tag_conllu(
    lines: Iterable[str], tagger: StanzaTagger, lang: str | None = None, batch: int = 256
) -> Iterator[str]:
    """Output lines (without newlines), tagging `batch` sentences per stanza call."""
    pending: list[Block] = []
    for b in blocks(lines):
        pending.append(b)
        if len(pending) >= batch:
            yield from tag_blocks(tagger, pending, lang)
            pending = []
    if pending:
        yield from tag_blocks(tagger, pending, lang)
