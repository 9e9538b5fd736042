"""indic-nlp-library's normaliser, wrapped so its known faults cannot reach our text.

What ``IndicNormalizerFactory().get_normalizer('hi'|'bn').normalize`` does to a whole
string (0.92, pinned by tests/stages/test_normalise.py):

* deletes every ZWJ/ZWNJ, also in emoji sequences and where they choose a conjunct form;
* turns ZWSP and NBSP into spaces and deletes soft hyphens, BOM and word joiners;
* rewrites punctuation Moses-style (``—`` becomes `` - ``, ``…`` becomes ``...``);
* turns ``|`` into ``।`` everywhere, even in ``By X | Mar 24``;
* turns a colon after a Devanagari/Bengali letter into a visarga, so the label in
  ``योग्यता: B.Tech`` becomes ``योग्यताः``;
* keeps nukta letters in decomposed form (as NFC does);
* maps the Bengali two-part vowels ``ে+া`` and ``ে+ৗ`` to ``ো``/``ৌ``. Some releases
  wrote the AU length mark as U+0BD7 (Tamil) instead of U+09D7; 0.92 has it right,
  and NFC already composes both, so the rule is moot after our ``nfc`` rule.

So we call it only on maximal runs of one script's block (no spaces, punctuation,
colons, pipes or joiners ever reach it), word by word and memoised, and make the
zero-width, space, danda and punctuation decisions in our own named rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from pipeline.normalisation.compose import TextEdit, diff_edits

#: maximal runs of one script's Unicode block (letters, marks, dandas, digits)
SCRIPT_RUNS: dict[str, re.Pattern[str]] = {
    "hi": re.compile("[\u0900-\u097f]+"),
    "bn": re.compile("[\u0980-\u09ff]+"),
}


@lru_cache(maxsize=4)
def _normaliser(lang: str) -> Callable[[str], str]:
    from indicnlp.normalize.indic_normalize import IndicNormalizerFactory

    norm = IndicNormalizerFactory().get_normalizer(lang)
    return lru_cache(maxsize=200_000)(norm.normalize)


def indic_edits(text: str, rule: str = "indic") -> Iterator[TextEdit]:
    """indic-nlp's hi normaliser on Devanagari runs and its bn one on Bengali runs."""
    for lang, pattern in SCRIPT_RUNS.items():
        fn = _normaliser(lang)
        for m in pattern.finditer(text):
            yield from diff_edits(m.start(), m.group(), fn(m.group()), rule)
