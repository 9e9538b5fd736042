"""A linear UPOS tagger (scikit-learn) over word, affix and context features.

On a few hundred training sentences a linear model with suffix features generalises
better than stanza's neural tagger without pretrained vectors (bangla.pos dev split:
86.0 vs 79.9 UPOS), and it trains in seconds on a CPU. It follows scikit-learn's
estimator API: `fit(sentences, tags)`, `predict(sentences)`; each sentence is a list
of word forms. The trained weights are saved as plain arrays (`save`/`load`, an .npz
read with `allow_pickle=False`), so loading needs neither pickle nor scikit-learn.
A spelling dictionary's word list (`WordList`) can add lexical features; the model then
carries the list in its .npz, so tagging reads no system file.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PAD = "<s>"
# Every Latin-script neighbour reads as this one word: an English word inside a Bengali
# sentence ("এই company নতুনদের training দেয়") is unseen in training, and as itself it
# would leave the context features of its neighbours empty.
LATIN = "<latin>"
# English nouns that stand in for some native nouns in copies of the training sentences
# (`english_nouns`), so that the context LATIN is learned as a noun's.
ENGLISH_NOUNS = ("job", "salary", "office", "training", "company", "team", "interview", "shift")


def is_latin(word: str) -> bool:
    return word.isascii() and any(c.isalpha() for c in word)


@dataclass(frozen=True)
class WordList:
    """The forms of a spelling dictionary. Whether a word, or the word less a common
    inflection, is in it separates common words from names (rarely listed) and bare forms
    from inflected ones, for words the tagged corpus never showed."""

    words: frozenset[str]  # NFC
    suffixes: tuple[str, ...]  # inflections tried in this order (longest first)

    @classmethod
    def from_hunspell(cls, path: Path, suffixes: Sequence[str]) -> WordList:
        """A hunspell .dic file: a count line, then one `word[/FLAGS]` a line (the flags,
        which need the .aff rules, are dropped)."""
        lines = path.read_text(encoding="utf-8").splitlines()
        if lines and lines[0].strip().isdigit():
            lines = lines[1:]
        forms = (line.split("/", 1)[0].strip() for line in lines)
        return cls(frozenset(_nfc(f) for f in forms if f), tuple(_nfc(x) for x in suffixes))

    def kind(self, word: str) -> str:
        """`in`, `stem:<suffix>` (the word less that suffix is in the list), `out`, or
        `none` for words without a letter of a non-Latin script (numbers, punctuation,
        English words), about which a native dictionary says nothing."""
        if not any(c.isalpha() and not c.isascii() for c in word):
            return "none"
        w = _nfc(word)
        if w in self.words:
            return "in"
        for s in self.suffixes:
            if len(w) > len(s) and w.endswith(s) and w[: -len(s)] in self.words:
                return "stem:" + s
        return "out"


def _nfc(text: str) -> str:
    # bangla.pos and hunspell-bn write য় both as one code point and as য + nukta
    return unicodedata.normalize("NFC", text)


def with_english_nouns(
    sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]], share: float, seed: int = 0
) -> tuple[list[list[str]], list[list[str]]]:
    """Copies of the sentences in which a `share` of the NOUN tokens are English nouns
    (seeded, so a refit gives the same model); sentences left unchanged are not copied."""
    rng = random.Random(seed)
    out_words, out_tags = [], []
    for words, ts in zip(sentences, tags, strict=True):
        new = [
            rng.choice(ENGLISH_NOUNS) if t == "NOUN" and rng.random() < share else w
            for w, t in zip(words, ts, strict=True)
        ]
        if new != list(words):
            out_words.append(new)
            out_tags.append(list(ts))
    return out_words, out_tags


def word_features(
    words: Sequence[str],
    i: int,
    clusters: dict[str, int] | None = None,
    word_list: WordList | None = None,
    kinds: Sequence[str] | None = None,
) -> dict[str, float]:
    """Features of `words[i]` in its sentence: the form, its affixes, its neighbours and,
    given word clusters learned from untagged text, the clusters of all three; given a
    word list, its `kind` of the word and of its two neighbours (`kinds`: the sentence's,
    when the caller has them already)."""
    w = words[i]
    f: dict[str, float] = {"bias": 1.0, "w=" + w: 1.0, "len": min(len(w), 10) / 10}
    for k in (1, 2, 3, 4):
        if len(w) > k:
            f[f"s{k}=" + w[-k:]] = 1.0
    for k in (1, 2, 3):
        if len(w) > k:
            f[f"p{k}=" + w[:k]] = 1.0
    for off in (-2, -1, 1, 2):
        j = i + off
        x = words[j] if 0 <= j < len(words) else PAD
        x = LATIN if x != PAD and is_latin(x) else x
        f[f"w{off}=" + x] = 1.0
        f[f"s{off}=" + x[-2:]] = 1.0
    if clusters:
        for off in (-1, 0, 1):
            j = i + off
            if 0 <= j < len(words) and words[j] in clusters:
                f[f"c{off}={clusters[words[j]]}"] = 1.0
    if word_list is not None:
        if kinds is None:
            kinds = [word_list.kind(x) for x in words]
        f["d=" + kinds[i]] = 1.0
        if kinds[i].startswith("stem:"):
            f["d=stem"] = 1.0
        for off in (-1, 1):
            j = i + off
            if 0 <= j < len(words):
                f[f"d{off}=" + kinds[j].split(":")[0]] = 1.0
    if any(c.isdigit() for c in w):
        f["digit"] = 1.0
    if not any(c.isalnum() for c in w):
        f["punct"] = 1.0
    if is_latin(w):
        f["latin"] = 1.0
    return f


def _int32(matrix: Any) -> Any:
    """LinearSVC accepts only 32-bit sparse indices; DictVectorizer may give 64-bit."""
    import numpy as np

    m = matrix.tocsr()
    m.indices = m.indices.astype(np.int32)
    m.indptr = m.indptr.astype(np.int32)
    return m


@dataclass
class LinearTagger:
    """DictVectorizer + LinearSVC; `C` is the knob of the fit (chosen on a dev split),
    `english_nouns` the share of nouns shown again as English words (`with_english_nouns`),
    and `word_list` an optional dictionary for lexical features (saved with the model)."""

    C: float = 0.1
    english_nouns: float = 0.0
    clusters: dict[str, int] | None = None
    word_list: WordList | None = field(default=None, repr=False)
    vectorizer: Any = field(default=None, repr=False)
    model: Any = field(default=None, repr=False)
    _weights: Weights | None = field(default=None, repr=False)

    def _features(self, words: Sequence[str]) -> list[dict[str, float]]:
        """Each word's features; the word list is read once per word, not once per
        neighbour."""
        kinds = [self.word_list.kind(w) for w in words] if self.word_list else None
        return [
            word_features(words, i, self.clusters, self.word_list, kinds) for i in range(len(words))
        ]

    def _matrix(self, sentences: Sequence[Sequence[str]]) -> Any:
        feats = [f for s in sentences for f in self._features(s)]
        return _int32(self.vectorizer.fit_transform(feats))

    def fit(
        self, sentences: Sequence[Sequence[str]], tags: Sequence[Sequence[str]]
    ) -> LinearTagger:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.svm import LinearSVC

        if self.english_nouns:
            more_words, more_tags = with_english_nouns(sentences, tags, self.english_nouns)
            sentences, tags = [*sentences, *more_words], [*tags, *more_tags]
        self.vectorizer = DictVectorizer()
        x = self._matrix(sentences)
        y = [t for sent in tags for t in sent]
        self.model = LinearSVC(C=self.C, random_state=0).fit(x, y)
        self._weights = None
        return self

    def decision(
        self, sentences: Sequence[Sequence[str]]
    ) -> tuple[list[list[str]], list[list[float]]]:
        """Predicted tags and, per word, the margin of the best tag over the second."""
        import numpy as np

        weights = self.weights()
        tags: list[list[str]] = []
        margins: list[list[float]] = []
        for words in sentences:
            if not words:
                tags.append([])
                margins.append([])
                continue
            scores = np.tile(weights.intercept, (len(words), 1))
            for i, features in enumerate(self._features(words)):
                cols, values = [], []
                for name, value in features.items():
                    col = weights.index.get(name)
                    if col is not None:
                        cols.append(col)
                        values.append(value)
                if cols:  # one product per word rather than one sum per feature
                    scores[i] += np.asarray(values, dtype=weights.coef.dtype) @ weights.coef[cols]
            top2 = np.argsort(-scores, axis=1)[:, :2]
            rows = np.arange(len(words))
            tags.append([weights.classes[k] for k in top2[:, 0]])
            margins.append((scores[rows, top2[:, 0]] - scores[rows, top2[:, 1]]).tolist())
        return tags, margins

    def predict(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        return self.decision(sentences)[0]

    def weights(self) -> Weights:
        if self._weights is None:
            self._weights = Weights.from_sklearn(self.vectorizer, self.model)
        return self._weights

    def save(self, path: Path) -> None:
        w = self.weights()
        import numpy as np

        names = sorted(w.index, key=w.index.__getitem__)
        extra = {}
        if self.word_list is not None:  # one newline-joined string: compact, no pickle
            extra["word_list"] = np.array("\n".join(sorted(self.word_list.words)))
            extra["word_list_suffixes"] = np.array(self.word_list.suffixes)
        with open(path, "wb") as fh:
            np.savez_compressed(
                fh,
                coef=w.coef,
                intercept=w.intercept,
                classes=np.array(w.classes),
                features=np.array(names),
                C=np.array(self.C),
                english_nouns=np.array(self.english_nouns),
                **extra,
            )

    @classmethod
    def load(cls, path: Path) -> LinearTagger:
        import numpy as np

        with np.load(path, allow_pickle=False) as z:
            weights = Weights(
                coef=z["coef"],
                intercept=z["intercept"],
                classes=[str(c) for c in z["classes"]],
                index={str(f): i for i, f in enumerate(z["features"])},
            )
            share = float(z["english_nouns"]) if "english_nouns" in z.files else 0.0
            word_list = None
            if "word_list" in z.files:
                word_list = WordList(
                    frozenset(str(z["word_list"]).split("\n")),
                    tuple(str(x) for x in z["word_list_suffixes"]),
                )
            tagger = cls(C=float(z["C"]), english_nouns=share, word_list=word_list)
        tagger._weights = weights
        return tagger


@dataclass
class Weights:
    """The learned model as arrays: one row of `coef` per feature, one column per class."""

    coef: Any  # (n_features, n_classes) float32
    intercept: Any  # (n_classes,)
    classes: list[str]
    index: dict[str, int]  # feature name -> row

    @classmethod
    def from_sklearn(cls, vectorizer: Any, model: Any) -> Weights:
        import numpy as np

        return cls(
            coef=np.ascontiguousarray(model.coef_.T, dtype=np.float32),
            intercept=model.intercept_.astype(np.float32),
            classes=[str(c) for c in model.classes_],
            index=dict(vectorizer.vocabulary_),
        )
