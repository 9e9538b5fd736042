"""A folded matching view of the normalised text, and a matcher for lexicon forms.

The extractor matches regexes on a *view* of ``doc.normalised.text`` in which spelling
noise that never changes meaning is folded away: native digits become ASCII, nukta and
zero-width joiners are dropped, chandrabindu becomes anusvara, curly quotes become
straight. The view keeps its own offset map, so every match maps back to the normalised
text and from there (``Normalised.to_raw``) to the raw text. The extractor therefore works
whatever the normalise stage already folded, and lexicon forms are folded the same way.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

NUKTAS = {"\u093c", "\u09bc"}
DROPPED = {"\u200b", "\u200c", "\u200d", "\u00ad", "\ufeff"}
_CLUSTER_TAIL = NUKTAS | {"\u200c", "\u200d"}
REPLACED = {
    "\u2019": "'",
    "\u2018": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u00a0": " ",
    "\u0901": "\u0902",  # Devanagari chandrabindu -> anusvara (पाँच = पांच)
}

#: Characters that continue a word: letters, digits and Indic vowel signs/viramas.
WORD = r"\w\u0900-\u0963\u0966-\u097f\u0980-\u09f1\u09fc-\u09ff"  # not ৳ (U+09F3)
#: Bengali case endings and classifiers a form may carry (কলকাতায়, বেতনের, ইংরেজিতে),
#: folded (য় is য after the nukta is dropped).
BN_SUFFIXES = (
    "গুলো",
    "গুলি",
    "দের",
    "েরা",
    "এর",
    "ের",
    "তে",
    "কে",
    "টি",
    "টা",
    "রা",
    "র",
    "য",
    "ে",
    "এ",
    "ও",
    "ই",
)
#: Plural and oblique endings a job name takes in English and Hindi running text
#: ("telecallers", "nurses", "शिक्षकों"), allowed where a matcher asks for them.
PLURAL_SUFFIXES = ("es", "s", "'s", "ों")


def fold_char(ch: str) -> str:
    """The folded form of one character (possibly empty or longer than one)."""
    if ch in DROPPED or ch in NUKTAS:
        return ""
    if ch in REPLACED:
        return REPLACED[ch]
    if ch.isdigit() and not ch.isascii():
        try:
            return str(unicodedata.digit(ch))
        except ValueError:
            return ch
    decomposed = unicodedata.normalize("NFD", ch)
    if len(decomposed) > 1 and decomposed[-1] in NUKTAS:  # precomposed क़, য়, ড় ...
        return "".join(c for c in decomposed if c not in NUKTAS)
    return ch


def fold(text: str) -> str:
    return "".join(fold_char(c) for c in unicodedata.normalize("NFC", text))


@dataclass
class View:
    """Folded text plus, for each of its characters, the normalised offset it came from."""

    text: str
    origin: list[int]  # view index -> normalised index
    norm_text: str

    @classmethod
    def of(cls, norm_text: str) -> View:
        parts: list[str] = []
        origin: list[int] = []
        for i, ch in enumerate(norm_text):
            f = fold_char(ch)
            parts.append(f)
            origin.extend([i] * len(f))
        return cls("".join(parts), origin, norm_text)

    def to_norm(self, start: int, end: int) -> tuple[int, int]:
        """Normalised span covering view span [start, end)."""
        if start >= end:
            n = self.origin[start] if start < len(self.origin) else len(self.norm_text)
            return n, n
        stop = self.origin[end - 1] + 1
        # keep a folded-away nukta or joiner with its letter: "কলকাতায়", not "কলকাতায"
        while stop < len(self.norm_text) and self.norm_text[stop] in _CLUSTER_TAIL:
            stop += 1
        return self.origin[start], stop

    def from_norm(self, norm_offset: int) -> int:
        """First view position at or after a normalised offset."""
        return bisect.bisect_left(self.origin, norm_offset)


def form_key(form: str) -> str:
    """Key used to look a matched surface form up: folded, spaces and hyphens removed."""
    return re.sub(r"[\s\-]+", "", fold(form)).casefold()


def is_case_sensitive(form: str) -> bool:
    """All-capital Latin acronyms of up to four letters (BA, BE, HR, PAN) match as written."""
    letters = [c for c in form if c.isalpha()]
    return 0 < len(letters) <= 4 and all(c.isascii() and c.isupper() for c in letters)


def form_pattern(form: str, exact: bool = False) -> str:
    """Regex for one form: folded, escaped, flexible whitespace between its words."""
    words = fold(form).split()
    body = r"[\s\-]*".join(re.escape(w) for w in words)
    if exact or is_case_sensitive(form):
        body = f"(?-i:{body})"
    return body


def alternation(forms: Iterable[str], exact: Iterable[str] = ()) -> str:
    """Longest-first alternation of forms, so the longest form wins at a position."""
    exact = set(exact)
    pats = {form_pattern(f, f in exact): len(fold(f)) for f in forms if f.strip()}
    return "|".join(sorted(pats, key=lambda p: (-pats[p], p)))


#: A form starts where the previous character is not a word character, unless the form
#: itself starts with a symbol ("/month", "₹"); likewise at its end.
LEFT_EDGE = rf"(?:(?<![{WORD}])|(?=[^{WORD}]))"
RIGHT_EDGE = rf"(?:(?![{WORD}])|(?<=[^{WORD}]))"
# "after" said after what it follows, in Hindi and Bengali: "3 saal baad", "कटौती के बाद",
# "ছয় মাস পর", "PF কাটার পরে"
AFTER_WORDS = r"(?:baad|bad|बाद|পর|পরে|por|pore)"


@dataclass(frozen=True)
class FormMatch:
    start: int  # view offsets of the form itself (a Bengali ending is outside)
    end: int
    key: str  # the lexicon key of the matched form
    full_end: int  # end including a Bengali ending


class FormMatcher:
    """Find lexicon forms on word boundaries in a view; maps each match to its key.

    A form is delimited by non-word characters on both sides; symbols (₹, $, ৳) need no
    boundary. A form may carry a Bengali case ending (optionally after a hyphen), which is
    kept inside the fact text, as annotators do ("কলকাতায়").
    """

    def __init__(
        self,
        forms: dict[str, str],
        *,
        exact: Iterable[str] = (),
        bengali_endings: bool = True,
        plurals: bool = False,
        after_digits: bool = False,
    ) -> None:
        """``forms`` maps each surface form to its key; ``exact`` forms match only as written
        (all-capital acronyms of up to four letters always do). ``plurals`` also accepts an
        English plural or a Hindi oblique plural ending, kept inside the fact text;
        ``after_digits`` lets a form stick to a digit before it ("2yrs", "6months")."""
        exact = set(exact)
        self._keys: dict[str, str] = {}
        for form, key in forms.items():
            if form in exact or is_case_sensitive(form):
                self._keys["=" + re.sub(r"[\s\-]+", "", fold(form))] = key
            else:
                self._keys.setdefault(form_key(form), key)
        endings = [rf"-?(?:{'|'.join(BN_SUFFIXES)})"] if bengali_endings else []
        if plurals:
            endings.append("|".join(PLURAL_SUFFIXES))
        suffix = rf"(?:{'|'.join(endings)})?" if endings else ""
        body = alternation(forms, exact) or r"(?!x)x"
        left = rf"(?:(?<=\d)|{LEFT_EDGE})" if after_digits else LEFT_EDGE
        self.regex = re.compile(rf"{left}(?P<f>{body}){suffix}{RIGHT_EDGE}", re.IGNORECASE)

    def key_of(self, surface: str) -> str | None:
        exact = "=" + re.sub(r"[\s\-]+", "", surface)
        if exact in self._keys:
            return self._keys[exact]
        return self._keys.get(form_key(surface))

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[FormMatch]:
        end = len(text) if end is None else end
        for m in self.regex.finditer(text, start, end):
            key = self.key_of(m.group("f"))
            if key is not None:
                yield FormMatch(m.start("f"), m.end("f"), key, m.end())

    def find_all(self, text: str, start: int = 0, end: int | None = None) -> list[FormMatch]:
        return list(self.finditer(text, start, end))
