"""Inputs to Documents: files, folders, JSONL and standard input.

Decoding happens here and only here. Anything that cannot become a document
(binary, empty, undecodable, too large, a bad JSONL line) becomes a DocumentError
and the run goes on.
"""

from __future__ import annotations

import codecs
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

from pipeline.core import DocumentError
from pipeline.doc import Document

TEXT_SUFFIXES = {".txt", ".md", ".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
DEFAULT_MAX_BYTES = 5_000_000

Item = Document | DocumentError


class DecodeError(ValueError):
    pass


def decode_bytes(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else what charset-normalizer finds."""
    if not data.strip():
        raise DecodeError("empty document")
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if b"\x00" in data[:8192]:
        raise DecodeError("binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.chaos > 0.3:
        raise DecodeError("not decodable as text (no encoding fits)")
    return str(best)


def _check_text(text: str) -> None:
    if not text.strip():
        raise DecodeError("empty document")
    controls = sum(1 for c in text[:20000] if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > max(5, len(text[:20000]) // 50):
        raise DecodeError("binary data (control characters), not text")


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if size > max_bytes and suffix not in JSONL_SUFFIXES:
            raise DecodeError(f"too large: {size} bytes (limit {max_bytes})")
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                yield from read_jsonl(fh, str(path), max_bytes)
            return
        text = decode_bytes(path.read_bytes())
        _check_text(text)
        yield Document(id=path.stem, raw=text, source=str(path), meta={"format": suffix[1:]})
    except (OSError, DecodeError, UnicodeError) as exc:
        yield DocumentError(path.stem, str(path), str(exc))


def read_jsonl(fh: BinaryIO, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """One document per line: {"id": ..., "text": ...}; other fields are kept as metadata.

    A line that already went through stages (it has "stages") comes back as that document.
    """
    for lineno, line in enumerate(fh, 1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            if len(line) > max_bytes:
                raise DecodeError(f"too large: {len(line)} bytes (limit {max_bytes})")
            obj = json.loads(decode_bytes(line))
            if not isinstance(obj, dict):
                raise DecodeError("JSONL line is not an object")
            if "text" not in obj or not isinstance(obj["text"], str):
                raise DecodeError('JSONL line has no string "text" field')
            obj.setdefault("id", f"{Path(source).stem}-{lineno}")
            obj["id"] = str(obj["id"])
            _check_text(obj["text"])
            if obj.get("stages"):
                yield Document.from_dict(obj)
            else:
                meta = {k: v for k, v in obj.items() if k not in ("id", "text", "source")}
                yield Document(
                    id=obj["id"], raw=obj["text"], source=obj.get("source", where), meta=meta
                )
        except json.JSONDecodeError as exc:
            yield DocumentError(f"{Path(source).stem}-{lineno}", where, f"invalid JSON: {exc}")
        except (DecodeError, UnicodeError, KeyError, TypeError, ValueError) as exc:
            doc_id = f"{Path(source).stem}-{lineno}"
            yield DocumentError(doc_id, where, str(exc))


def iter_paths(inputs: Iterable[str]) -> Iterator[Path | str]:
    for name in inputs:
        if name == "-":
            yield "-"
            continue
        p = Path(name)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES:
                    if not any(part.startswith(".") for part in f.relative_to(p).parts):
                        yield f
        else:
            yield p


def read_inputs(inputs: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Documents (or errors) from every input, in order; `-` reads JSONL from standard input."""
    for p in iter_paths(inputs):
        if p == "-":
            yield from read_jsonl(sys.stdin.buffer, "<stdin>", max_bytes)
        elif not p.exists():
            yield DocumentError(p.stem, str(p), "no such file or directory")
        else:
            yield from read_file(p, max_bytes)
