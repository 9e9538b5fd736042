"""Search folding for the concordance, done identically in Python and in the page's JS.

A query typed as हज़ार, हजार, ৫০০০ or "BPO" must find the same tokens whatever form the
article used, so both sides fold: NFC, Devanagari nukta removed, invisible joiners removed,
Devanagari and Bengali digits to ASCII, lower case. ``FOLD_JS`` is the same function for the
browser; a browser test checks the two agree.
"""

from __future__ import annotations

import re
import unicodedata

_INVISIBLE = re.compile("[\u093c\u200b\u200c\u200d\u00ad\ufeff]")
_DIGITS = {0x0966 + i: str(i) for i in range(10)} | {0x09E6 + i: str(i) for i in range(10)}


def fold(text: str) -> str:
    """The form the concordance matches on (see module docstring)."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", text)
    return text.translate(_DIGITS).lower()


FOLD_JS = r"""
function fold(s) {
  return s.normalize("NFC")
    .replace(/[\u093c\u200b\u200c\u200d\u00ad\ufeff]/g, "")
    .replace(/[\u0966-\u096f]/g, c => String.fromCharCode(c.charCodeAt(0) - 0x0966 + 48))
    .replace(/[\u09e6-\u09ef]/g, c => String.fromCharCode(c.charCodeAt(0) - 0x09e6 + 48))
    .toLowerCase();
}
"""
