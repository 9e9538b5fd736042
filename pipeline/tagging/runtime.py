"""Load our committed stanza models offline and tag pretokenized sentences.

Loading never touches the network or ~/stanza_resources: `download_method=None`,
explicit model paths, `dir=` our own models/stanza (its resources.json is `{}`), and
`allow_unknown_language=True` because that file names no languages.
The stage, the CoNLL-U command, the training scores and the benchmark all tag through
`StanzaTagger.tag`, so every figure measures the shipped behaviour (stanza + post-correction).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.config import models_dir
from pipeline.tagging.postcorrect import Gazetteer, Lexicon, correct

LANGS = ("hi", "bn")
# per language: stanza processor -> file name under models/stanza/<lang>/
MODEL_FILES: dict[str, dict[str, str]] = {
    "hi": {"pos": "pos.pt", "lemma": "lemma.pt"},
    "bn": {"pos": "pos.pt", "ner": "ner.pt"},
}
LEXICON_FILE = "lexicon.json"
GAZETTEER_FILE = "gazetteer.json"  # Bengali NER only


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
    ) -> None:
        self.root = Path(root) if root is not None else stanza_dir()
        self.post_correct = post_correct
        self.overrides = overrides or {}
        self.lexicon_paths = lexicons or {}
        # torch's intra-op threads: on a small shared machine 2 threads spin against other
        # processes (measured: 12 sentences/s with 2, 200 with 1). None leaves torch's default.
        self.threads = threads
        self._pipelines: dict[str, Any] = {}
        self._lexicons: dict[str, Lexicon | None] = {}
        self._gazetteers: dict[str, Gazetteer | None] = {}

    def models(self, lang: str) -> ModelSet:
        return ModelSet(lang, self.root, self.overrides.get(lang))

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
            procs = "tokenize," + ",".join(ms.files)
            paths = {f"{proc}_model_path": str(p) for proc, p in ms.files.items()}
            self._pipelines[lang] = stanza.Pipeline(
                lang=lang,
                processors=procs,
                dir=str(self.root),
                download_method=None,
                allow_unknown_language=True,
                tokenize_pretokenized=True,
                use_gpu=False,
                logging_level="ERROR",
                **paths,
            )
            lex = self.lexicon_paths.get(lang, ms.lexicon_path)
            self._lexicons[lang] = Lexicon.load(lex) if lex.is_file() else None
            gaz = self.root / lang / GAZETTEER_FILE
            self._gazetteers[lang] = Gazetteer.load(gaz) if gaz.is_file() else None
        return self._pipelines[lang]

    def tag(self, lang: str, sentences: list[list[str]]) -> list[list[TaggedToken]]:
        """Tag many sentences (lists of token texts) in one stanza call."""
        sentences = [s for s in sentences]
        if not sentences:
            return []
        nonempty = [s for s in sentences if s]
        doc = self.pipeline(lang)(nonempty) if nonempty else None
        tagged = iter(doc.sentences if doc is not None else [])
        out: list[list[TaggedToken]] = []
        for words in sentences:
            if not words:
                out.append([])
                continue
            s = next(tagged)
            upos = [w.upos for w in s.words]
            lemmas = [w.lemma if lang == "hi" else None for w in s.words]
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
