"""Sentence splitting and word tokens, with raw offsets.

Tokens come from indic-nlp-library's ``trivial_tokenize``, run on the normalised text
one whitespace-free chunk at a time, with its faults fixed around it:

* forms it would break are found first and kept whole (``PROTECTED``): URLs, emails,
  dates, amounts with Indian or Western digit grouping (1,50,000; ৪,৩২,০০০ is
  already ASCII in the normalised view), currency-prefixed amounts written without a
  space (₹15,000, Rs.5000; ``Rs. 5000`` stays two tokens, ``Rs.`` and ``5000``),
  decimals, ranges (12k-18k, 12-18k), k suffixes, 10+2, dotted abbreviations
  (B.Tech, D.El.Ed, Rs., श्री.) and English apostrophe words (don't);
* it only splits on ASCII punctuation and the dandas, so curly quotes, bullets and
  other symbols it leaves glued are split off afterwards, keeping letters and their
  combining marks together (it never splits inside an akshara);
* its number re-joining skips a number at the very start of its input and can glue
  ``1, 2`` into ``1,2`` across a space; protecting numbers first and feeding it no
  spaces avoids both.

Sentences end at line breaks (headings and list items are sentences) and after
। ॥ ? ! and a free-standing full stop; abbreviations, decimals, URLs and emails are
whole tokens, so their dots never end a sentence.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterator
from functools import lru_cache
from typing import Any

from pipeline.doc import Document, Normalised, Sentence, Span, Token
from pipeline.registry import register_stage
from pipeline.text import script_of

#: degrees and courses, matched in any letter case, with or without a final dot
DEGREES = (
    "B.Tech", "M.Tech", "B.Sc", "M.Sc", "B.Com", "M.Com", "B.Ed", "M.Ed", "D.El.Ed", "B.El.Ed",
    "B.A", "M.A", "B.B.A", "M.B.A", "B.C.A", "M.C.A", "Ph.D", "M.Phil", "B.Pharm", "D.Pharm",
    "M.B.B.S", "LL.B", "LL.M", "B.Arch", "B.Des", "B.Voc", "B.P.Ed", "I.T.I",
)  # fmt: skip
#: titles and short forms, matched as written
ABBREVIATIONS = (
    "Rs.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Sr.", "Jr.", "St.", "No.", "Nos.", "Ltd.",
    "Pvt.", "Co.", "Inc.", "Govt.", "Dept.", "approx.", "e.g.", "i.e.", "etc.", "vs.", "Vs.",
    "p.a.", "P.A.", "a.m.", "p.m.",
    "श्री.", "श्रीमती.", "डॉ.", "रु.", "सं.", "पृ.", "ई.", "प्रो.", "ডা.", "শ্রী.", "ড.", "টা.",
)  # fmt: skip


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_NUM = r"(?:\d{1,3}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_AMOUNT = rf"(?:₹|Rs\.?|INR|\$|৳|Tk\.?)?{_NUM}(?:[kK]\b)?"
_NOT_AFTER = r"(?<![\w.,])"
PROTECTED = re.compile(
    "|".join(
        [
            r"(?P<url>(?:https?://|www\.)[^\s<>\"'()\[\]{}]+[^\s<>\"'()\[\]{}.,;:!?।]"
            r"|\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|in|org|net|edu|gov|co|io|info)"
            r"(?:\.[a-z]{2})?\b(?:/[^\s<>\"'()]*[^\s<>\"'().,;:!?।])?)",
            r"(?P<mdlink>(?<=\])\([^\s()]+\))",
            r"(?P<email>\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b)",
            rf"(?P<number>{_NOT_AFTER}(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}(?!\d)"
            rf"|{_AMOUNT}[-–~]{_AMOUNT}(?![\d,])"
            rf"|\d+\+\d+(?!\d)"
            rf"|{_AMOUNT}(?![\d,]\d))(?![^\W_]|[\u0900-\u0963\u0966-\u09ff]))",
            rf"(?P<abbr>(?<![\w.])(?:(?i:(?:{_alternation(DEGREES)})\.?)"
            rf"|{_alternation(ABBREVIATIONS)})(?!\w))",
            r"(?P<word>\b[A-Za-z]+'[A-Za-z]+\b)",
        ]
    )
)

SENTENCE_END = frozenset("।॥?!.")
CLOSERS = frozenset(")]}\"'»")


def _word_char_class() -> str:
    """Letters, combining marks, digits and joiners: what a word is made of (BMP)."""
    marks = "".join(chr(c) for c in range(0x300, 0x10000) if unicodedata.category(chr(c))[0] == "M")
    return "[^\\W_]|[" + re.escape(marks) + "\u200c\u200d]"


_NONSPACE = re.compile(r"\S+")
_WORD = re.compile(f"(?:{_word_char_class()})+")
_PIECE = re.compile(f"{_WORD.pattern}|\\S")


def _trivial() -> Callable[[str], list[str]]:
    from indicnlp.tokenize.indic_tokenize import trivial_tokenize

    return trivial_tokenize


@lru_cache(maxsize=200_000)
def _kind(text: str) -> str:
    if any(ch.isdigit() for ch in text) and not any(ch.isalpha() for ch in text):
        return "number"
    if any(ch.isalnum() for ch in text):
        return "word"
    cat = unicodedata.category(text[0])
    if cat[0] == "M":
        return "word"
    return "punct" if cat[0] == "P" else "symbol"


def _same_mark_run(text: str, prev: tuple[int, int, str], start: int) -> bool:
    return prev[2] == "punct" and prev[1] == start and text[prev[0]] == text[start]


def _enumerator(text: str, current: list[tuple[int, int, str]]) -> bool:
    """ "1." or "2)" opening a list item: the mark does not end a sentence."""
    return len(current) == 2 and current[0][2] == "number" and text[current[1][0]] in ".)"


class Tokeniser:
    def __init__(self, config: dict[str, Any]) -> None:
        self.config = config
        self.trivial_tokenize = _trivial()
        self._scripts: dict[str, str] = {}

    # -- tokens over the normalised text ------------------------------------------------
    def norm_tokens(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, kind) over normalised text, in order."""
        pos = 0
        for m in PROTECTED.finditer(text):
            yield from self._chunks(text, pos, m.start())
            kind = m.lastgroup or "word"
            kind = {"abbr": "word", "mdlink": "url"}.get(kind, kind)
            yield m.start(), m.end(), kind
            pos = m.end()
        yield from self._chunks(text, pos, len(text))

    def _chunks(self, text: str, lo: int, hi: int) -> Iterator[tuple[int, int, str]]:
        for m in _NONSPACE.finditer(text, lo, hi):
            chunk, base = m.group(), m.start()
            if len(chunk) == 1 or _WORD.fullmatch(chunk):  # nothing for the library to split
                yield base, base + len(chunk), _kind(chunk)
                continue
            pieces = self.trivial_tokenize(chunk)
            if "".join(pieces) != chunk:  # cannot happen without spaces; be safe anyway
                pieces = [chunk]
            subs: list[tuple[int, int, str]] = []
            for piece in pieces:
                for sub in _PIECE.finditer(piece):
                    start, end, kind = base + sub.start(), base + sub.end(), _kind(sub.group())
                    if subs and kind == "punct" and _same_mark_run(text, subs[-1], start):
                        start = subs.pop()[0]  # "...", "##", "---": one token
                    subs.append((start, end, kind))
                base += len(piece)
            yield from subs

    def _script(self, norm: str) -> str:
        script = self._scripts.get(norm)
        if script is None:
            counts: dict[str, int] = {}
            for ch in norm:
                if ch.isalpha() or unicodedata.category(ch)[0] == "M":
                    s = script_of(ch)
                    if s != "Zyyy":
                        counts[s] = counts.get(s, 0) + 1
            script = max(counts, key=counts.__getitem__) if counts else "Zyyy"
            if len(self._scripts) < 500_000:
                self._scripts[norm] = script
        return script

    # -- the stage ----------------------------------------------------------------------
    def __call__(self, doc: Document) -> Document:
        norm = doc.normalised
        if norm is None:
            raise ValueError("tokenise needs the normalised view: run normalise first")
        doc.sentences = list(self.sentences(doc.raw, norm, doc.boilerplate))
        return doc

    def sentences(self, raw: str, norm: Normalised, boilerplate: list[Span]) -> list[Sentence]:
        boilerplate = sorted(boilerplate, key=lambda b: b.start)
        bp_starts = [b.start for b in boilerplate]
        out: list[Sentence] = []
        out_spans: list[list[tuple[int, int, str]]] = []
        for spans in self._sentence_spans(norm.text):
            sent = self._sentence(raw, norm, spans, boilerplate, bp_starts)
            if out and sent.tokens[0].start < out[-1].end:  # both halves of one raw edit
                out.pop()
                spans = out_spans.pop() + spans
                sent = self._sentence(raw, norm, spans, boilerplate, bp_starts)
            out.append(sent)
            out_spans.append(spans)
        return out

    def _sentence_spans(self, text: str) -> Iterator[list[tuple[int, int, str]]]:
        """Token spans of the normalised text, grouped into sentences."""
        current: list[tuple[int, int, str]] = []
        ended = False
        prev_end = 0
        for start, end, kind in self.norm_tokens(text):
            piece = text[start:end]
            if current:
                newline = "\n" in text[prev_end:start]
                closer = (
                    piece in CLOSERS
                    or all(ch in SENTENCE_END for ch in piece)
                    or (kind == "url" and text[start - 1] == "]")
                )
                if newline or (ended and not closer):
                    yield current
                    current, ended = [], False
            current.append((start, end, kind))
            prev_end = end
            if kind == "punct" and piece[0] in SENTENCE_END and not _enumerator(text, current):
                ended = True
        if current:
            yield current

    def _sentence(
        self,
        raw: str,
        norm: Normalised,
        spans: list[tuple[int, int, str]],
        boilerplate: list[Span],
        bp_starts: list[int],
    ) -> Sentence:
        tokens: list[Token] = []
        text = norm.text
        for ns, ne, kind in spans:
            rs, re_ = norm.to_raw(ns, ne)
            piece = text[ns:ne]
            if tokens and rs < tokens[-1].end:  # two pieces of one raw edit: one token
                last = tokens.pop()
                rs, piece = last.start, last.norm + piece
                re_ = max(re_, last.end)
                kind = _kind(piece)
            tokens.append(
                Token(raw[rs:re_], rs, re_, norm=piece, kind=kind, script=self._script(piece))
            )
        start, end = tokens[0].start, tokens[-1].end
        i = bisect.bisect_right(bp_starts, start) - 1  # spans are disjoint and sorted
        flagged = i >= 0 and end <= boilerplate[i].end
        return Sentence(start, end, tokens, boilerplate=flagged)


@register_stage(
    "tokenise",
    requires={"normalised"},
    assigns={"sentences", "tokens"},
    reads="normalised documents",
    writes="documents with `sentences`, each holding `tokens` with raw offsets",
)
def make_tokeniser(config: dict[str, Any]) -> Tokeniser:
    return Tokeniser(config)
