"""The normalisation rules: an ordered, switchable table of small named functions (as ftfy).

Each rule reads the current normalised text and returns ``TextEdit``s in its
coordinates; ``pipeline.normalisation.normalise`` composes them into raw-offset edits.
Rules never change raw, and every edit records the rule that made it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from pipeline.normalisation.compose import TextEdit, diff_edits
from pipeline.normalisation.html import html_edits
from pipeline.normalisation.indic import indic_edits

RuleFn = Callable[[str], Iterable[TextEdit]]


@dataclass(frozen=True)
class Rule:
    name: str
    fn: RuleFn
    why: str
    html_only: bool = False


def _char_map(name: str, table: dict[str, str]) -> RuleFn:
    pattern = re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)))

    def rule(text: str) -> Iterator[TextEdit]:
        for m in pattern.finditer(text):
            yield TextEdit(m.start(), m.end(), table[m.group()], name)

    return rule


def nfc(text: str) -> Iterator[TextEdit]:
    """Unicode NFC, word by word (composition never crosses whitespace)."""
    if unicodedata.is_normalized("NFC", text):
        return
    for m in re.finditer(r"\S+", text):
        word = m.group()
        if not unicodedata.is_normalized("NFC", word):
            yield from diff_edits(m.start(), word, unicodedata.normalize("NFC", word), "nfc")


ZERO_WIDTH = {
    "\u200b": "",  # zero-width space: invisible junk in Indic web text, not a word break
    "\ufeff": "",  # byte order mark / zero-width no-break space
    "\u2060": "",  # word joiner
    "\u00ad": "",  # soft hyphen
    "\ufffe": "",
}

_JOINER = re.compile("[\u200c\u200d]")


def joiners(text: str) -> Iterator[TextEdit]:
    """ZWJ/ZWNJ only choose a conjunct's shape (র‍্য, क्‍ष): drop them so spellings match.

    Unlike indic-nlp we keep them between two symbols, where they glue emoji sequences.
    """
    for m in _JOINER.finditer(text):
        i = m.start()
        before = unicodedata.category(text[i - 1]) if i > 0 else ""
        after = unicodedata.category(text[i + 1]) if i + 1 < len(text) else ""
        if before == "So" and after == "So":
            continue
        yield TextEdit(i, i + 1, "", "joiners")


SPACES = {
    "\r\n": "\n",
    "\r": "\n",
    "\u2028": "\n",
    "\u2029": "\n",
    "\u0085": "\n",
    **{ch: " " for ch in "\u00a0\u1680\u202f\u205f\u3000"},
    **{chr(c): " " for c in range(0x2000, 0x200B)},
}

DIGITS = {
    **{chr(0x0966 + d): str(d) for d in range(10)},  # Devanagari
    **{chr(0x09E6 + d): str(d) for d in range(10)},  # Bengali
}

_INDIC_LETTER = "\u0900-\u0963\u0971-\u097f\u0980-\u09e3\u09f0-\u09f1"
_DANDA_LIKE = re.compile(f"\u09f7|\u09e4|\u09e5|(?<=[{_INDIC_LETTER}])\\|")
_DANDAS = {"\u09f7": "\u0964", "\u09e4": "\u0964", "\u09e5": "\u0965", "|": "\u0964"}


def danda(text: str) -> Iterator[TextEdit]:
    """Bengali ৷ (U+09F7, a currency sign used as danda) and a pipe typed after Indic text → ।."""
    for m in _DANDA_LIKE.finditer(text):
        yield TextEdit(m.start(), m.end(), _DANDAS[m.group()], "danda")


# क़ ख़ ग़ ज़ फ़ य़ are Perso-Arabic/English sounds written with or without the dot, so
# हज़ार and हजार must match. ड़ and ढ़ are separate Hindi letters (पढ़ना, बड़ा): kept.
# Bengali ড় ঢ় য় are separate letters too: kept.
_NUKTA = re.compile("(?<=[\u0915\u0916\u0917\u091c\u092b\u092f])\u093c")


def nukta(text: str) -> Iterator[TextEdit]:
    for m in _NUKTA.finditer(text):
        yield TextEdit(m.start(), m.end(), "", "nukta")


QUOTES = {
    **{ch: "'" for ch in "\u2018\u2019\u201a\u201b\u2032\u00b4"},
    **{ch: '"' for ch in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"},
    **{ch: "-" for ch in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"},
}

# spelling variants that matter for matching: word form -> one spelling
VARIANTS = {
    "रूपए": "रुपये",
    "रुपए": "रुपये",
    "रूपये": "रुपये",
    "रूपया": "रुपया",
    "रूपयों": "रुपयों",
    "रुपयो": "रुपयों",
    "रूपयो": "रुपयों",
}
_WORD_EDGE = "\u0900-\u0963\u0966-\u097f\u0980-\u09e3\u09e6-\u09ffA-Za-z0-9\u200c\u200d"
_VARIANT = re.compile(
    f"(?<![{_WORD_EDGE}])(?:{'|'.join(sorted(VARIANTS, key=len, reverse=True))})(?![{_WORD_EDGE}])"
)


def variants(text: str) -> Iterator[TextEdit]:
    for m in _VARIANT.finditer(text):
        yield from diff_edits(m.start(), m.group(), VARIANTS[m.group()], "variants")


#: the default rules, in order; a stage config ``{"disable": [...]}`` switches some off
RULES: tuple[Rule, ...] = (
    Rule("html", html_edits, "markup to whitespace, entities decoded (HTML input only)", True),
    Rule("nfc", nfc, "Unicode NFC"),
    Rule("zero_width", _char_map("zero_width", ZERO_WIDTH), "drop ZWSP, BOM, WJ, soft hyphen"),
    Rule("joiners", joiners, "drop ZWJ/ZWNJ except inside emoji sequences"),
    Rule("spaces", _char_map("spaces", SPACES), "NBSP and other spaces to ' ', line ends to \\n"),
    Rule("indic", indic_edits, "indic-nlp normaliser on Devanagari/Bengali runs"),
    Rule("danda", danda, "Bengali danda lookalike and pipe-as-danda to ।"),
    Rule("digits", _char_map("digits", DIGITS), "Devanagari and Bengali digits to ASCII"),
    Rule("nukta", nukta, "fold क़ ख़ ग़ ज़ फ़ य़ to the plain letter"),
    Rule("quotes", _char_map("quotes", QUOTES), "curly quotes and dashes to ASCII"),
    Rule("variants", variants, "one spelling for रुपये and friends"),
)
RULE_NAMES: tuple[str, ...] = tuple(r.name for r in RULES)
