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
from pipeline.lid.model import WordModel
from pipeline.text import script_of

UNIV_KINDS = frozenset({"number", "punct", "symbol", "url", "email"})
CURRENCY_CODES = frozenset({"rs", "inr", "bdt", "usd", "tk", "k"})  # after a number: univ
ALWAYS_UNIV = frozenset({"rs", "inr", "bdt", "usd"})
_SCRIPT_LANG = {"Deva": "hi", "Beng": "bn"}


@dataclass(frozen=True)
class DetectorConfig:
    switch_penalty: float = 0.3  # log-space cost of switching between en and the Indic language
    native_context: float = 1.0  # penalty on romanised-Indic for Latin words in a native-script sentence
    doc_weight: float = 0.3  # weight of the whole document's hi-vs-bn evidence in each sentence
    other_check: str = "lexicon"  # "lexicon" | "langdetect" | "off": Marathi/Nepali in Devanagari
    titlecase_names: bool = True  # a Capitalised Latin word after the first word is a name (ne)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> DetectorConfig:
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class _Info:
    base: str  # univ | ne | hi | bn | other | latin
    script: str  # dominant script of the token's letters (Zyyy when none)
    lower: str
    upper: bool  # an all-caps Latin word of 2+ letters (BPO, HR, CTC): an acronym


def _token_info(text: str) -> _Info:
    counts: dict[str, int] = {}
    digit = False
    for ch in text:
        sc = script_of(ch)
        if sc != "Zyyy":
            counts[sc] = counts.get(sc, 0) + 1
        elif ch.isdigit():
            digit = True
    if not counts:
        return _Info("univ", "Zyyy", text, False)
    script = max(sorted(counts), key=counts.__getitem__)
    lower = text.lower()
    if digit and not _is_ordinal(lower):
        return _Info("univ", script, lower, False)
    if script == "Latn":
        if lower.strip(".") in ALWAYS_UNIV:
            return _Info("univ", script, lower, False)
        letters = [c for c in text if c.isalpha()]
        return _Info("latin", script, lower, len(letters) >= 2 and text.isupper())
    return _Info(_SCRIPT_LANG.get(script, "other"), script, lower, False)


def _is_ordinal(lower: str) -> bool:
    return False  # "12th", "10th" stay univ with the digits; kept as a hook for clarity


class Detector:
    def __init__(self, model: WordModel, config: DetectorConfig = DetectorConfig()) -> None:
        self.model = model
        self.config = config
        self._info: dict[str, _Info] = {}
        self._langdetect = None

    def info(self, text: str) -> _Info:
        inf = self._info.get(text)
        if inf is None:
            if len(self._info) > 500_000:
                self._info.clear()
            inf = self._info[text] = _token_info(text)
        return inf

    def evidence(self, sentences: Sequence[Sequence[tuple[str, str, str | None]]]) -> float:
        """Hi-minus-bn log evidence of a whole document (used as a prior for each sentence)."""
        total = 0.0
        for sent in sentences:
            total += self._indic_score(self._prepare(sent)[1])
        return total

    def _prepare(self, sent: Sequence[tuple[str, str, str | None]]):
        infos = [self.info(text) for text, _, _ in sent]
        latin = [i for i, inf in enumerate(infos) if inf.base == "latin"]
        scores = self.model.lookup([infos[i].lower for i in latin]) if latin else []
        return infos, list(zip(latin, scores, strict=True))

    @staticmethod
    def _indic_score(latin_scores) -> float:
        s = 0.0
        for _, (le, lh, lb) in latin_scores:
            p_indic = math.exp(lh) + math.exp(lb)
            s += p_indic * (lh - lb)
        return s

    def label(
        self, sent: Sequence[tuple[str, str, str | None]], doc_evidence: float = 0.0
    ) -> tuple[list[str], list[str]]:
        """Labels and scripts for one sentence of (text, kind, ner) tokens."""
        cfg = self.config
        infos, latin_scores = self._prepare(sent)
        labels: list[str] = []
        n_deva = n_beng = 0
        for (text, kind, ner), inf in zip(sent, infos, strict=True):
            if kind in UNIV_KINDS or inf.base == "univ":
                labels.append("univ")
            elif ner and ner != "O":
                labels.append("ne")
            else:
                labels.append(inf.base)
                n_deva += inf.base == "hi"
                n_beng += inf.base == "bn"
        scripts = [inf.script for inf in infos]

        if n_deva >= 3 and cfg.other_check != "off" and self._is_other(sent, labels):
            labels = ["other" if lab == "hi" else lab for lab in labels]

        latin_scores = [(i, s) for i, s in latin_scores if labels[i] == "latin"]
        if not latin_scores:
            return labels, scripts
        if cfg.titlecase_names:
            latin_scores = self._names(sent, labels, latin_scores)
        # a currency code right after a number is a unit ("15k", "12 tk")
        kept = []
        for i, s in latin_scores:
            if infos[i].lower in CURRENCY_CODES and i > 0 and labels[i - 1] == "univ":
                prev = sent[i - 1][0]
                if any(c.isdigit() for c in prev):
                    labels[i] = "univ"
                    continue
            kept.append((i, s))
        latin_scores = kept
        if not latin_scores:
            return labels, scripts

        hi_vs_bn = self._indic_score(latin_scores) + cfg.doc_weight * doc_evidence
        hi_vs_bn += 3.0 * (n_deva - n_beng)
        indic = "hi" if hi_vs_bn >= 0 else "bn"
        native = cfg.native_context if (n_deva or n_beng) else 0.0
        all_caps = sum(infos[i].upper for i, _ in latin_scores) * 2 > len(latin_scores)

        emissions = []
        for i, (le, lh, lb) in latin_scores:
            li = max(lh, lb) + math.log1p(math.exp(-abs(lh - lb))) - native
            if infos[i].upper and not all_caps:
                le, li = 0.0, -9.0  # an acronym inside a sentence: English (BPO, HR, CTC)
            emissions.append((le, li))
        path = _viterbi(emissions, cfg.switch_penalty)
        for (i, _), is_indic in zip(latin_scores, path, strict=True):
            labels[i] = indic if is_indic else "en"
        return labels, scripts

    @staticmethod
    def _names(sent, labels, latin_scores):
        """Mark Capitalised words (not the first word, not in an all-Title sentence) as `ne`."""
        first_word = next((i for i, lab in enumerate(labels) if lab not in ("univ", "ne")), -1)
        titled = [
            i for i, _ in latin_scores if i != first_word and len(sent[i][0]) > 1 and sent[i][0].istitle()
        ]
        if not titled or len(titled) * 2 > len(latin_scores):
            return latin_scores
        for i in titled:
            labels[i] = "ne"
        return [(i, s) for i, s in latin_scores if labels[i] != "ne"]

    def _is_other(self, sent, labels) -> bool:
        words = [text for (text, _, _), lab in zip(sent, labels, strict=True) if lab == "hi"]
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
