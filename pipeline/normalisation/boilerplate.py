"""Web boilerplate (comment prompts, share buttons, related-link lists, cookie lines...).

Lines of the normalised text are matched against the phrases in
``pipeline/lexicons/boilerplate.yaml`` and MARKED as raw-offset spans; nothing is
deleted. A few neighbourhood rules catch what phrases cannot: the lone counters
("38", "0") next to a SHARE line, and the short link lines under an "also read" heading.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from pipeline.doc import Normalised, Span

LEXICON_PATH = Path(__file__).resolve().parent.parent / "lexicons" / "boilerplate.yaml"
MATCH_MODES = ("line", "prefix", "contains", "counter", "first_line_prefix")

_NUMBER_LINE = re.compile(r"\d{1,7}")
_SPACES = re.compile(r"\s+")
_LINK_LINE_MAX_WORDS = 12
_LIST_MAX_LINES = 10


@dataclass
class BoilerplateLexicon:
    max_words: int = 25
    line: dict[str, str] = field(default_factory=dict)  # phrase -> label
    prefix: list[tuple[str, str]] = field(default_factory=list)
    contains: list[tuple[str, str]] = field(default_factory=list)
    counter: dict[str, str] = field(default_factory=dict)
    first_line_prefix: list[tuple[str, str]] = field(default_factory=list)
    list_labels: set[str] = field(default_factory=set)
    _contains_re: re.Pattern[str] = field(default=re.compile("(?!)"), repr=False)
    _contains_label: dict[str, str] = field(default_factory=dict, repr=False)
    _prefixes: tuple[str, ...] = field(default=(), repr=False)

    def compile(self) -> BoilerplateLexicon:
        """Index the phrases: one regex for every ``contains`` phrase, a tuple of prefixes."""
        self._contains_label = {}
        for phrase, label in self.contains:
            self._contains_label.setdefault(phrase, label)
        alts = sorted(self._contains_label, key=len, reverse=True)
        self._contains_re = re.compile("|".join(map(re.escape, alts)) or "(?!)")
        self._prefixes = tuple(p for p, _ in self.prefix)
        return self

    def contained(self, key: str) -> str | None:
        m = self._contains_re.search(key)
        return self._contains_label[m.group()] if m else None

    def prefixed(self, key: str) -> str | None:
        if key.startswith(self._prefixes):
            for phrase, label in self.prefix:
                if key.startswith(phrase):
                    return label
        return None


def _edge_strip(s: str) -> str:
    """Drop punctuation, symbols and spaces at both ends ("LEAVE A REPLY:" -> "LEAVE A REPLY")."""
    i, j = 0, len(s)
    while i < j and (s[i].isspace() or unicodedata.category(s[i])[0] in "PS"):
        i += 1
    while j > i and (s[j - 1].isspace() or unicodedata.category(s[j - 1])[0] in "PS"):
        j -= 1
    return s[i:j]


def line_key(line: str) -> str:
    """Case-folded, spaces collapsed: the form lines and phrases are compared in."""
    return _SPACES.sub(" ", line).strip().casefold()


def load_lexicon(
    path: Path = LEXICON_PATH, normalise: Callable[[str], str] | None = None
) -> BoilerplateLexicon:
    """Read and check the YAML lexicon; phrases pass through ``normalise`` like the text."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("labels"), dict):
        raise ValueError(f"{path}: expected a mapping with a 'labels' mapping")
    norm = normalise or (lambda s: s)
    lex = BoilerplateLexicon(max_words=int(data.get("max_words", 25)))
    for label, modes in data["labels"].items():
        if not isinstance(modes, dict):
            raise ValueError(f"{path}: label {label!r} must map match modes to phrase lists")
        for mode, phrases in modes.items():
            if mode == "list":
                if phrases:
                    lex.list_labels.add(label)
                continue
            if mode not in MATCH_MODES:
                raise ValueError(f"{path}: label {label!r}: unknown match mode {mode!r}")
            if not isinstance(phrases, list) or not all(isinstance(p, str) and p for p in phrases):
                raise ValueError(f"{path}: label {label!r}, {mode}: expected non-empty strings")
            for phrase in phrases:
                if mode == "first_line_prefix":
                    lex.first_line_prefix.append((norm(phrase), label))
                    continue
                key = line_key(norm(phrase))
                if mode == "line":
                    lex.line.setdefault(_edge_strip(key), label)
                elif mode == "counter":
                    lex.counter.setdefault(key, label)
                elif mode == "prefix":
                    lex.prefix.append((key, label))
                else:
                    lex.contains.append((key, label))
    return lex.compile()


@lru_cache(maxsize=1)
def default_lexicon() -> BoilerplateLexicon:
    from pipeline.normalisation import normalise_text

    return load_lexicon(LEXICON_PATH, normalise_text)


@dataclass
class _Line:
    start: int  # normalised offsets of the trimmed line
    end: int
    text: str
    label: str | None = None


def _lines(text: str) -> list[_Line]:
    out = []
    pos = 0
    for raw_line in text.split("\n"):
        stripped = raw_line.strip()
        lead = len(raw_line) - len(raw_line.lstrip())
        out.append(_Line(pos + lead, pos + lead + len(stripped), stripped))
        pos += len(raw_line) + 1
    return out


def _classify(line: str, lex: BoilerplateLexicon, first: bool) -> str | None:
    key = line_key(line)
    bare = _edge_strip(key)
    if bare in lex.line:
        return lex.line[bare]
    parts = bare.split(" ")
    if len(parts) == 2 and _NUMBER_LINE.fullmatch(parts[0]) and parts[1] in lex.counter:
        return lex.counter[parts[1]]
    label = lex.prefixed(key.lstrip("-*•·> "))
    if label:
        return label
    if len(parts) <= lex.max_words and (label := lex.contained(key)):
        return label
    if first:
        for phrase, label in lex.first_line_prefix:
            rest = line[len(phrase) + 1 : len(phrase) + 2]
            if line.startswith(phrase + " ") and rest.isupper() and len(parts) <= 15:
                return label
    return None


def _is_link_line(line: str) -> bool:
    return (
        len(line.split()) <= _LINK_LINE_MAX_WORDS
        and not line.rstrip().endswith((".", "।", ":", "॥"))
        and not _NUMBER_LINE.fullmatch(line)
    )


def find_boilerplate(norm: Normalised, lex: BoilerplateLexicon | None = None) -> list[Span]:
    """Boilerplate lines of ``norm.text`` as raw spans, neighbouring same-label lines merged."""
    lex = lex or default_lexicon()
    lines = _lines(norm.text)
    content = [i for i, ln in enumerate(lines) if ln.text]
    for n, i in enumerate(content):
        lines[i].label = _classify(lines[i].text, lex, first=n == 0)
    for n, i in enumerate(content):
        label = lines[i].label
        if label == "share":
            _mark_counters(lines, content, n)
        if label in lex.list_labels:
            _mark_link_list(lines, i, label)
    return _spans(norm, lines)


def _mark_counters(lines: list[_Line], content: list[int], n: int) -> None:
    """Lone numbers right above or below a share line are its counters ("38", "0")."""
    for step in (-1, 1):
        m = n + step
        while 0 <= m < len(content) and abs(m - n) <= 3:
            ln = lines[content[m]]
            if ln.label is None and _NUMBER_LINE.fullmatch(ln.text):
                ln.label = "share"
            elif ln.label != "share":
                break
            m += step


def _mark_link_list(lines: list[_Line], i: int, label: str) -> None:
    """The short link titles under a "यह भी पढ़ें" heading, up to two blank lines."""
    blanks, marked = 0, 0
    for ln in lines[i + 1 :]:
        if not ln.text:
            blanks += 1
            if blanks >= 2 and marked:
                return
            continue
        if ln.label is not None or not _is_link_line(ln.text) or marked >= _LIST_MAX_LINES:
            return
        ln.label, blanks, marked = label, 0, marked + 1


def _spans(norm: Normalised, lines: list[_Line]) -> list[Span]:
    spans: list[Span] = []
    for ln in lines:
        if not ln.label:
            continue
        start, end = norm.to_raw(ln.start, ln.end)
        prev = spans[-1] if spans else None
        if prev and prev.label == ln.label and not norm.raw[prev.end : start].strip():
            prev.end = end
        else:
            spans.append(Span(start, end, ln.label))
    return spans
