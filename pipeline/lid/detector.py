"""Word-level language labels for a sentence, then smoothing over the sentence.

1. Each token gets a cheap class from its kind and script: `univ` (numbers, punctuation,
   symbols, URLs, e-mails, currency codes), `ne` (tagged named entities), `hi` for
   Devanagari, `bn` for Bengali script, `other` for other scripts. Decisions are cached
   per token text, since most words repeat.
2. Latin-script words are scored by the word model (en / hi / bn), cached per word.
3. Romanised Hindi and Bengali share many words ("ki", "na", "se"), so the Indic language
   of a sentence is chosen once, from the sum of hi-vs-bn evidence over its words (plus the
   document's evidence, and any native-script words); then a two-state Viterbi pass
   (English vs that Indic language) with a switch penalty smooths the labels, so that
   ambiguous words such as "to", "me" or "is" follow their neighbours.
4. Devanagari sentences dominated by Marathi or Nepali function words become `other`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.lid import markers
from pipeline.lid.blocks import letter_counts
from pipeline.lid.model import WordModel

UNIV_KINDS = frozenset({"number", "punct", "symbol", "url", "email"})
CURRENCY_CODES = frozenset({"rs", "inr", "bdt", "usd", "tk", "k"})  # after a number: univ
ALWAYS_UNIV = frozenset({"rs", "inr", "bdt", "usd"})
_SCRIPT_LANG = {"Deva": "hi", "Beng": "bn"}
NATIVE_EVIDENCE = 3.0  # hi-vs-bn weight of one Devanagari (+) or Bengali-script (-) word


@dataclass(frozen=True)
class DetectorConfig:
    switch_penalty: float = 0.3  # log-space cost of switching between en and the Indic language
    native_context: float = (
        1.0  # penalty on romanised-Indic for Latin words in a native-script sentence
    )
    doc_weight: float = 0.3  # weight of the whole document's hi-vs-bn evidence in each sentence
    other_check: str = "lexicon"  # "lexicon" | "langdetect" | "off": Marathi/Nepali in Devanagari

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DetectorConfig:
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class TokenInfo:
    """What one token text says by itself; computed once per distinct text."""

    base: str  # univ | hi | bn | other | latin (Latin letters: the word model decides)
    script: str  # dominant script of its letters (Zyyy when it has none)
    lower: str
    acronym: bool  # all-caps Latin word of 2+ letters (BPO, HR, CTC)
    letters: tuple[tuple[str, int], ...]  # letters per script, for the `scripts` shares


def token_info(text: str) -> TokenInfo:
    counts = letter_counts(text)
    lower = text.lower()
    if not counts:
        return TokenInfo("univ", "Zyyy", lower, False, ())
    script = max(sorted(counts), key=counts.__getitem__)
    letters = tuple(sorted(counts.items()))
    if any(ch.isdigit() for ch in text):  # "15k", "12th", "3.5LPA": figures, not words
        return TokenInfo("univ", script, lower, False, letters)
    if script == "Latn":
        if lower.strip(".") in ALWAYS_UNIV:
            return TokenInfo("univ", script, lower, False, letters)
        acronym = counts["Latn"] >= 2 and text.isupper()
        return TokenInfo("latin", script, lower, acronym, letters)
    return TokenInfo(_SCRIPT_LANG.get(script, "other"), script, lower, False, letters)


class Detector:
    def __init__(self, model: WordModel, config: DetectorConfig = DetectorConfig()) -> None:
        self.model = model
        self.config = config
        self._info: dict[str, TokenInfo] = {}
        self._emit: dict[str, tuple[float, float, float]] = {}
        self._langdetect = None

    def info(self, text: str) -> TokenInfo:
        inf = self._info.get(text)
        if inf is None:
            if len(self._info) > 500_000:
                self._info.clear()
            inf = self._info[text] = token_info(text)
        return inf

    def prefetch(self, texts: Sequence[str]) -> None:
        """Score all not-yet-seen Latin words among ``texts`` in one batch."""
        emit = self._emit
        info = self.info
        new = sorted(
            {inf.lower for t in set(texts) if (inf := info(t)).base == "latin"} - emit.keys()
        )
        if not new:
            return
        if len(emit) > 500_000:
            emit.clear()
        for w, (le, lh, lb) in zip(new, self.model.lookup(new), strict=True):
            li = max(lh, lb) + math.log1p(math.exp(-abs(lh - lb)))  # log(P(hi) + P(bn))
            emit[w] = (le, li, math.exp(li) * (lh - lb))  # hi-vs-bn evidence, weighted

    def evidence(self, sentences: Sequence[Sequence[str]]) -> float:
        """Hi-minus-bn evidence of a whole document (a prior for each of its sentences):
        its Latin words' evidence plus its Devanagari-versus-Bengali-script words."""
        texts = [t for sent in sentences for t in sent]
        self.prefetch(texts)
        emit, info = self._emit, self.info
        total = 0.0
        for t in texts:
            base = info(t).base
            if base == "latin":
                total += emit[info(t).lower][2]
            elif base == "hi" or base == "bn":
                total += NATIVE_EVIDENCE if base == "hi" else -NATIVE_EVIDENCE
        return total

    def label(
        self,
        texts: Sequence[str],
        kinds: Sequence[str] | None = None,
        ners: Sequence[str | None] | None = None,
        doc_evidence: float = 0.0,
    ) -> tuple[list[str], list[TokenInfo]]:
        """Labels (hi, bn, en, univ, ne, other) and token infos for one sentence's tokens."""
        cfg = self.config
        get = self._info.get
        infos = [get(t) or self.info(t) for t in texts]
        labels = [inf.base for inf in infos]
        if kinds is not None:
            labels = [
                "univ" if k in UNIV_KINDS else lab for k, lab in zip(kinds, labels, strict=True)
            ]
        if ners is not None:
            labels = [
                "ne" if n and n != "O" and lab != "univ" else lab
                for n, lab in zip(ners, labels, strict=True)
            ]
        n_deva = labels.count("hi")
        n_beng = labels.count("bn")
        if n_deva >= 3 and cfg.other_check != "off" and self._is_other(texts, labels):
            labels = ["other" if lab == "hi" else lab for lab in labels]
        if "latin" not in labels:
            return labels, infos
        latin = []
        for i, lab in enumerate(labels):
            if lab == "latin":
                # a currency code right after a figure is a unit ("15 k", "12 tk")
                if i and infos[i].lower in CURRENCY_CODES and infos[i - 1].base == "univ":
                    if any(c.isdigit() for c in texts[i - 1]):
                        labels[i] = "univ"
                        continue
                latin.append(i)
        if not latin:
            return labels, infos

        emit = self._emit
        try:
            scores = [emit[infos[i].lower] for i in latin]
        except KeyError:  # words not seen before: score them now
            self.prefetch([texts[i] for i in latin])
            scores = [emit[infos[i].lower] for i in latin]
        hi_vs_bn = sum(s[2] for s in scores) + cfg.doc_weight * doc_evidence
        hi_vs_bn += NATIVE_EVIDENCE * (n_deva - n_beng)
        indic = "hi" if hi_vs_bn >= 0 else "bn"
        native = cfg.native_context if (n_deva or n_beng) else 0.0
        acronyms = [infos[i].acronym for i in latin]
        caps_text = sum(acronyms) * 2 > len(latin)  # shouting in capitals, not acronyms
        emissions = [
            (0.0, -9.0) if acr and not caps_text else (le, li - native)
            for acr, (le, li, _) in zip(acronyms, scores, strict=True)
        ]
        for i, is_indic in zip(latin, _viterbi(emissions, cfg.switch_penalty), strict=True):
            labels[i] = indic if is_indic else "en"
        return labels, infos

    def _is_other(self, texts: Sequence[str], labels: list[str]) -> bool:
        words = [text for text, lab in zip(texts, labels, strict=True) if lab == "hi"]
        if self.config.other_check == "langdetect":
            return self._langdetect_other(" ".join(words))
        other = sum(w in markers.MARATHI or w in markers.NEPALI for w in words)
        hindi = sum(w in markers.HINDI for w in words)
        return other > hindi

    def _langdetect_other(self, text: str) -> bool:
        if self._langdetect is None:
            from langdetect import DetectorFactory, detect

            DetectorFactory.seed = 0
            self._langdetect = detect
        try:
            return self._langdetect(text) in ("mr", "ne")
        except Exception:  # langdetect raises on text without features
            return False


def _viterbi(emissions: list[tuple[float, float]], penalty: float) -> list[bool]:
    """Best en(False)/indic(True) path; all-agreeing words skip the dynamic programme."""
    if all(e >= i for e, i in emissions):
        return [False] * len(emissions)
    if all(i > e for e, i in emissions):
        return [True] * len(emissions)
    se, si = emissions[0]
    back: list[tuple[bool, bool]] = []
    for e, i in emissions[1:]:
        from_i_to_e = si - penalty
        be = from_i_to_e > se  # came to en from indic?
        ne_ = (from_i_to_e if be else se) + e
        from_e_to_i = se - penalty
        bi = si >= from_e_to_i  # came to indic from indic?
        ni = (si if bi else from_e_to_i) + i
        back.append((be, bi))
        se, si = ne_, ni
    state = si > se
    path = [state]
    for be, bi in reversed(back):
        state = bi if state else be
        path.append(state)
    path.reverse()
    return path
