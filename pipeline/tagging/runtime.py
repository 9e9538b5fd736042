"""Load our committed stanza models offline and tag pretokenized sentences.

Loading never touches the network or ~/stanza_resources: `download_method=None`,
explicit model paths, `dir=` our own models/stanza (its resources.json is `{}`), and
`allow_unknown_language=True` because that file names no languages.
The stage, the CoNLL-U command, the training scores and the benchmark all tag through
`StanzaTagger.tag`, so every figure measures the shipped behaviour (stanza + post-correction).
Bengali POS is the linear tagger of `pipeline.tagging.linear` (an .npz file): on the few
hundred sentences of bangla.pos it beats stanza's tagger by about 4 points. Bengali NER
averages the scores of two stanza models (`pipeline.tagging.ensemble`).
Speed (benchmarks/tagging.py; `--dump-tags` checks the tags stay the same): loading skips
the optimizers stanza builds for training, a batch is one stanza call with the garbage
collector paused, and lemmas are predicted once per distinct (word, UPOS) of a batch.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.config import models_dir
from pipeline.tagging import ensemble
from pipeline.tagging.linear import LinearTagger
from pipeline.tagging.postcorrect import Gazetteer, Lexicon, correct

LANGS = ("hi", "bn")
# per language: processor -> file name under models/stanza/<lang>/; a LINEAR_SUFFIX file
# is our linear tagger, every other file a stanza model
MODEL_FILES: dict[str, dict[str, str]] = {
    "hi": {"pos": "pos.pt", "lemma": "lemma.pt"},
    "bn": {"pos": "pos.npz", "ner": "ner.pt", "ner_2": "ner_2.pt"},
}
# a second model whose scores are averaged with the named processor's (pipeline.tagging.ensemble)
PARTNERS = {"ner_2": "ner"}
# Hindi POS comes in two sizes (`variant`): "accurate" (stanza's default dimensions, trained
# on a GPU; the default) and "fast" (small dimensions, CPU-trained): about one UPOS point
# less and 1.7 times the sentences per second (models/stanza/README.md, benchmarks/tagging.py).
VARIANTS = ("accurate", "fast")
FAST_FILES: dict[str, dict[str, str]] = {"hi": {"pos": "pos_fast.pt"}}
LINEAR_SUFFIX = ".npz"
LINEAR_POS_FILE = MODEL_FILES["bn"]["pos"]
LEXICON_FILE = "lexicon.json"
GAZETTEER_FILE = "gazetteer.json"  # Bengali NER only
# Word vectors a model was trained with (stanza keeps them outside the model file).
VECTORS_FILE = "vectors.pt"
PRETRAINED = {"hi": ("pos",), "bn": ("ner",)}  # processors trained with VECTORS_FILE
# Sentences per POS forward pass. The model files carry their training batch size (32);
# at inference 128 costs about 5 % less CPU with the same tags (measured on PUD).
POS_BATCH_SIZE = 128


def stanza_dir() -> Path:
    return models_dir() / "stanza"


@dataclass
class TaggedToken:
    upos: str | None
    lemma: str | None
    ner: str | None  # BIO


@dataclass
class ModelSet:
    """Where one language's model files are, and whether they are all there."""

    lang: str
    root: Path
    overrides: dict[str, Path] | None = None  # processor -> file, to score a candidate model

    @property
    def files(self) -> dict[str, Path]:
        files = {
            proc: self.root / self.lang / name for proc, name in MODEL_FILES[self.lang].items()
        }
        return files | dict(self.overrides or {})

    @property
    def stanza_files(self) -> dict[str, Path]:
        """The processors stanza loads itself (partners and linear taggers are ours)."""
        return {
            k: p for k, p in self.files.items() if p.suffix != LINEAR_SUFFIX and k not in PARTNERS
        }

    @property
    def partner_files(self) -> list[Path]:
        return [p for k, p in self.files.items() if k in PARTNERS]

    @property
    def linear_pos(self) -> Path | None:
        pos = self.files.get("pos")
        return pos if pos is not None and pos.suffix == LINEAR_SUFFIX else None

    @property
    def lexicon_path(self) -> Path:
        return self.root / self.lang / LEXICON_FILE

    def missing(self) -> list[str]:
        paths = [*self.files.values(), self.root / "resources.json"]
        return [str(p) for p in paths if not p.is_file()]


class StanzaTagger:
    """Lazily built stanza pipelines for hi (pos, lemma) and bn (pos, ner)."""

    def __init__(
        self,
        root: Path | None = None,
        post_correct: bool = True,
        overrides: dict[str, dict[str, Path]] | None = None,
        lexicons: dict[str, Path] | None = None,
        threads: int | None = 1,
        variant: str = "accurate",
    ) -> None:
        if variant not in VARIANTS:
            raise ValueError(f"unknown tagger variant {variant!r}; choose one of {VARIANTS}")
        self.root = Path(root) if root is not None else stanza_dir()
        self.variant = variant
        self.post_correct = post_correct
        self.overrides = overrides or {}
        self.lexicon_paths = lexicons or {}
        # torch's intra-op threads: on a small shared machine 2 threads spin against other
        # processes (measured: 12 sentences/s with 2, 200 with 1). None leaves torch's default.
        self.threads = threads
        self._pipelines: dict[str, Any] = {}
        self._lexicons: dict[str, Lexicon | None] = {}
        self._gazetteers: dict[str, Gazetteer | None] = {}
        self._linear: dict[str, LinearTagger] = {}

    def models(self, lang: str) -> ModelSet:
        files = FAST_FILES.get(lang, {}) if self.variant == "fast" else {}
        chosen = {proc: self.root / lang / name for proc, name in files.items()}
        return ModelSet(lang, self.root, chosen | self.overrides.get(lang, {}))

    def available(self, lang: str) -> bool:
        return lang in MODEL_FILES and not self.models(lang).missing()

    def status(self) -> dict[str, Any]:
        out: dict[str, Any] = {"available": all(self.available(lang) for lang in LANGS)}
        out["models"] = {
            lang: {k: _shown(v) for k, v in self.models(lang).files.items()} for lang in LANGS
        }
        missing = [m for lang in LANGS for m in self.models(lang).missing()]
        if missing:
            out["missing"] = missing
        out["post_correct"] = self.post_correct
        out["variant"] = self.variant
        return out

    def pipeline(self, lang: str) -> Any:
        if lang not in self._pipelines:
            import stanza  # heavy: torch
            import torch

            if self.threads:
                torch.set_num_threads(self.threads)

            ms = self.models(lang)
            if ms.missing():
                raise FileNotFoundError(f"missing {lang} tagger models: {ms.missing()}")
            procs = "tokenize," + ",".join(ms.stanza_files)
            paths = {f"{proc}_model_path": str(p) for proc, p in ms.stanza_files.items()}
            vectors = self.root / lang / VECTORS_FILE
            if vectors.is_file():
                paths |= {f"{proc}_pretrain_path": str(vectors) for proc in PRETRAINED[lang]}
            with _without_optimizers():
                self._pipelines[lang] = stanza.Pipeline(
                    lang=lang,
                    processors=procs,
                    dir=str(self.root),
                    download_method=None,
                    allow_unknown_language=True,
                    tokenize_pretokenized=True,
                    use_gpu=False,
                    logging_level="ERROR",
                    pos_batch_size=POS_BATCH_SIZE,
                    **paths,
                )
                if ms.partner_files:
                    vectors_used = vectors if "ner" in PRETRAINED[lang] else None
                    ensemble.install(self._pipelines[lang], ms.partner_files, vectors_used)
            lex = self.lexicon_paths.get(lang, ms.lexicon_path)
            self._lexicons[lang] = Lexicon.load(lex) if lex.is_file() else None
            gaz = self.root / lang / GAZETTEER_FILE
            self._gazetteers[lang] = Gazetteer.load(gaz) if gaz.is_file() else None
            if ms.linear_pos is not None:
                self._linear[lang] = LinearTagger.load(ms.linear_pos)
        return self._pipelines[lang]

    def tag(self, lang: str, sentences: list[list[str]]) -> list[list[TaggedToken]]:
        """Tag many sentences (lists of token texts) in one stanza call."""
        if not sentences:
            return []
        with _gc_paused():
            return self._tag(lang, sentences)

    def _tag(self, lang: str, sentences: list[list[str]]) -> list[list[TaggedToken]]:
        nonempty = [s for s in sentences if s]
        tagged = iter(self._stanza(lang, nonempty).sentences if nonempty else [])
        linear = self._linear.get(lang)
        linear_tags = iter(linear.predict(nonempty) if linear is not None else [])
        out: list[list[TaggedToken]] = []
        for words in sentences:
            if not words:
                out.append([])
                continue
            s = next(tagged)
            lemmas = [w.lemma if lang == "hi" else None for w in s.words]
            if linear is not None:
                # no post-correction: cross-validated, it did not help the linear tagger
                upos = next(linear_tags)
            else:
                upos = [w.upos for w in s.words]
                if self.post_correct:
                    upos, lemmas = correct(lang, words, upos, lemmas, self._lexicons.get(lang))
            ner: list[str | None] = [None] * len(words)
            if lang == "bn":
                ner = bioes_to_bio([t.ner for t in s.tokens])
                gazetteer = self._gazetteers.get(lang)
                if self.post_correct and gazetteer is not None:
                    ner = gazetteer.apply(words, ner)
            out.append(
                [TaggedToken(u, lem, n) for u, lem, n in zip(upos, lemmas, ner, strict=True)]
            )
        return out

    def _stanza(self, lang: str, sentences: list[list[str]]) -> Any:
        """One stanza call over all sentences; lemmas once per distinct (word, UPOS).

        stanza's lemmatizer looks at one word and its UPOS at a time, so a word that
        occurs 40 times in a batch needs one prediction, not 40. The stanza Document is
        built here, without the character offsets its pretokenized path computes and
        parses again (nothing reads them: our tokens keep their own offsets).
        """
        import torch

        nlp = self.pipeline(lang)
        doc = _stanza_document(
            [[{"id": (i,), "text": w} for i, w in enumerate(s, 1)] for s in sentences]
        )
        lemma = nlp.processors.get("lemma")
        with torch.inference_mode():
            if lemma is None or lemma.trainer.has_contextual_lemmatizers():
                return nlp(doc)
            doc = nlp(doc, processors=[name for name in nlp.processors if name != "lemma"])
            words = [w for s in doc.sentences for w in s.words]
            pairs = list(dict.fromkeys((w.text, w.upos) for w in words))
            # all distinct pairs as the words of one sentence: fewer stanza objects to build
            table = [{"id": i, "text": t, "upos": u} for i, (t, u) in enumerate(pairs, 1)]
            done = nlp(_stanza_document([table]), processors="lemma").sentences[0].words
            lemmas = {p: w.lemma for p, w in zip(pairs, done, strict=True)}
            for w in words:
                w.lemma = lemmas[(w.text, w.upos)]
        return doc


def _stanza_document(sentences: list[list[dict[str, Any]]]) -> Any:
    from stanza.models.common.doc import Document

    return Document(sentences)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a batch is tagged.

    stanza builds some 100 000 small objects per batch, and each collection of the
    oldest generation walks every object of the loaded models too (about 300 000):
    measured, about an eighth of the tagging time. Whatever the batch leaves behind is
    collected as usual once the collector is back on.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@contextmanager
def _without_optimizers() -> Iterator[None]:
    """Load stanza models without the training optimizers their trainers build.

    Building the first torch optimizer imports torch._dynamo (about 1.5 s of a cold
    start); tagging never steps an optimizer.
    """
    from stanza.models.common import utils

    stand_ins = {
        "get_optimizer": lambda *args, **kwargs: None,
        "get_split_optimizer": lambda *args, **kwargs: {},
    }
    saved = {name: getattr(utils, name) for name in stand_ins if hasattr(utils, name)}
    for name in saved:
        setattr(utils, name, stand_ins[name])
    try:
        yield
    finally:
        for name, fn in saved.items():
            setattr(utils, name, fn)


def bioes_to_bio(tags: list[str | None]) -> list[str | None]:
    """stanza's NER emits BIOES (S-PER, E-LOC); we store BIO (B-PER, I-LOC)."""
    out: list[str | None] = []
    for t in tags:
        if t is None or t == "O" or "-" not in t:
            out.append(t)
            continue
        prefix, typ = t.split("-", 1)
        out.append(("B-" if prefix in ("B", "S") else "I-") + typ)
    return out


def _shown(path: Path) -> str:
    """A model path as run.json shows it: relative to the models folder when inside it."""
    try:
        return str(path.resolve().relative_to(models_dir().resolve()))
    except ValueError:
        return str(path)
