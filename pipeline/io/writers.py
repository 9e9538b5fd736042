"""Outputs written atomically: into a temporary file beside the target, renamed when complete.

An interrupted run never leaves a half-written file under the final name.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from pipeline.doc import Document


@contextmanager
def atomic_open(path: Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Open a temporary sibling of ``path``; on success it replaces ``path`` in one rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(fd, mode, encoding=encoding) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)  # mkstemp makes 0600; outputs are meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_text(path: Path, text: str) -> None:
    with atomic_open(path) as fh:
        fh.write(text)


def write_json(path: Path, obj: Any) -> None:
    write_text(path, json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def dumps_line(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n"


def read_jsonl_file(path: Path) -> list[dict[str, Any]]:
    with Path(path).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def conllu_block(doc: Document) -> str:
    """CoNLL-U for one document: one block per sentence, raw span of each token in MISC."""
    out: list[str] = []
    for i, sent in enumerate(doc.sentences):
        text = doc.raw[sent.start : sent.end].replace("\n", " ").replace("\r", " ")
        out.append(f"# doc_id = {doc.id}")
        out.append(f"# sent_id = {doc.id}-{i}")
        out.append(f"# text = {text}")
        for j, tok in enumerate(sent.tokens, 1):
            misc = [f"TokenRange={tok.start}:{tok.end}"]
            nxt = sent.tokens[j] if j < len(sent.tokens) else None
            if nxt is not None and nxt.start == tok.end:
                misc.append("SpaceAfter=No")
            if tok.lang:
                misc.append(f"Lang={tok.lang}")
            if tok.ner:
                misc.append(f"NER={tok.ner}")
            form = _conllu_field(tok.text)
            lemma = _conllu_field(tok.lemma) if tok.lemma else "_"
            upos = tok.upos or "_"
            # we do not parse: HEAD and DEPREL stay unspecified
            cols = [str(j), form, lemma, upos, "_", "_", "_", "_", "_", "|".join(misc)]
            out.append("\t".join(cols))
        out.append("")
    return "\n".join(out) + ("\n" if out else "")


def _conllu_field(s: str) -> str:
    # CoNLL-U fields may not hold tabs or newlines; spaces are allowed in FORM/LEMMA (UD v2)
    return s.replace("\t", " ").replace("\n", " ").replace("\r", " ") or "_"
