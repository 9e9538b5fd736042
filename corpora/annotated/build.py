"""Rebuild train.jsonl and test.jsonl from the hand-written sources in src/*.yaml.

Each source article gives its text and its gold facts by surface string; this script
finds each string in the text (it must be unique, or the fact names which occurrence
with ``nth``), fills in the offsets, checks every fact against the contract's models
and writes the two splits. Run it after any edit:

    python corpora/annotated/build.py          # rebuild both splits
    python corpora/annotated/build.py --check  # validate only, write nothing

The split is stratified by variety and fixed: within each variety, articles are ranked
by sha256(SEED + id) and the first third (rounded up) goes to the test split, so adding
an article to one variety never moves articles of another.

Later rounds (``src/roundN/*.yaml``) were each written by a writer who never saw the
extractor, carry ``"round": N`` so they can be scored on their own, and take no part in
the hashed split above, so the round-1 articles keep exactly their split. A round goes
to the test split while nobody has tuned on it; once its errors have been read to tune
the extractor it becomes development data and moves to the train split
(``DEVELOPMENT_ROUNDS``). Round 2 was measured once as test, then used that way.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

from pipeline.schema import FACT_TYPES

HERE = Path(__file__).resolve().parent
SEED = "career-pipeline-annotated-v1"
VARIETIES = ("hi", "bn", "hi-Latn", "bn-Latn", "en", "mixed-hi", "mixed-bn")
# fields that authors may leave out, and their default
DEFAULTS: dict[str, dict[str, Any]] = {
    "salary": {"role": None},
    "qualification": {"degree": None, "field": None},
    "experience": {"min_years": None, "max_years": None, "fresher": False},
    "organization": {"normalized": None},
    "location": {"normalized": None},
}
# fields an author must always give (null is a real value for these)
REQUIRED: dict[str, tuple[str, ...]] = {
    "salary": ("min", "max", "currency", "period"),
    "qualification": ("level",),
    "skill": ("name",),
    "role": ("name",),
    "document": ("name",),
    "organization": ("name",),
    "location": ("name",),
}
AUTHOR_ONLY = ("nth", "inword")  # authoring helpers, not written to the splits
# later rounds: folder under src/ -> round number; round-1 sources are src/*.yaml
ROUND_DIRS = {
    "round2": 2,
    "round3": 3,
    "round4": 4,
    "round5": 5,
    "round6": 6,
    "round7": 7,
    "round8": 8,
    "round9": 9,
    "round10": 10,
    "round11": 11,
    "round12": 12,
    "round13": 13,
    "round14": 14,
}
# rounds whose errors have been read while tuning: they belong to the train split
DEVELOPMENT_ROUNDS = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}


class CorpusError(ValueError):
    pass


def _is_word_char(ch: str) -> bool:
    """Letters, digits and combining marks (Devanagari/Bengali vowel signs are marks)."""
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def locate(text: str, surface: str, nth: int | None) -> int:
    """Start offset of ``surface`` in ``text``: the only occurrence, or occurrence ``nth``."""
    starts = []
    pos = text.find(surface)
    while pos != -1:
        starts.append(pos)
        pos = text.find(surface, pos + 1)
    if not starts:
        raise CorpusError(f"{surface!r} not found")
    if nth is None:
        if len(starts) > 1:
            raise CorpusError(f"{surface!r} occurs {len(starts)} times: give nth")
        return starts[0]
    if nth >= len(starts):
        raise CorpusError(f"{surface!r}: nth={nth} but only {len(starts)} occurrences")
    return starts[nth]


def build_fact(text: str, spec: dict[str, Any]) -> dict[str, Any]:
    spec = dict(spec)
    ftype = spec.get("type")
    if ftype not in FACT_TYPES:
        raise CorpusError(f"unknown fact type {ftype!r}")
    surface = str(spec["text"])
    start = locate(text, surface, spec.get("nth"))
    end = start + len(surface)
    if not spec.get("inword"):
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        if _is_word_char(before) or _is_word_char(after):
            raise CorpusError(f"{surface!r} at {start} cuts a word: widen it or set inword")
    for name in REQUIRED.get(ftype, ()):
        if name not in spec:
            raise CorpusError(f"{ftype} fact {surface!r} lacks {name!r}")
    fact: dict[str, Any] = {"type": ftype, "text": surface, "start": start, "end": end}
    fact.update(DEFAULTS.get(ftype, {}))
    fact.update({k: v for k, v in spec.items() if k not in ("type", "text", *AUTHOR_ONLY)})
    if ftype == "salary":
        for bound in ("min", "max"):
            if fact[bound] is not None:
                fact[bound] = float(fact[bound])
        if fact["min"] is not None and fact["max"] is not None and fact["min"] > fact["max"]:
            raise CorpusError(f"salary {surface!r}: min > max")
    validate_fact(fact)
    return fact


def validate_fact(fact: dict[str, Any]) -> None:
    """Check a gold fact against the contract's pydantic models and its own offsets."""
    from pipeline.schema import parse_fact

    try:
        parse_fact({**fact, "sentence": 0, "confidence": 1.0})
    except Exception as exc:  # pydantic.ValidationError, reported with the fact
        raise CorpusError(f"invalid fact {fact}: {exc}") from exc


def build_article(spec: dict[str, Any], round_no: int = 1) -> dict[str, Any]:
    """One article record; round-1 records have no ``round`` field (their lines predate it)."""
    art_id = spec["id"]
    variety = spec["variety"]
    if variety not in VARIETIES:
        raise CorpusError(f"{art_id}: unknown variety {variety!r}")
    text = spec["text"]
    facts = []
    for fspec in spec.get("facts") or []:
        try:
            facts.append(build_fact(text, fspec))
        except (CorpusError, KeyError) as exc:
            raise CorpusError(f"{art_id}: {exc}") from exc
    facts.sort(key=lambda f: (f["start"], f["end"], f["type"]))
    # boilerplate lines (share buttons, comment forms, link lists) never hold gold facts
    for line in spec.get("boilerplate") or []:
        b_start = locate(text, line, None)
        b_end = b_start + len(line)
        for f in facts:
            if f["start"] < b_end and b_start < f["end"]:
                raise CorpusError(f"{art_id}: fact {f['text']!r} inside boilerplate {line!r}")
    for a, b in zip(facts, facts[1:], strict=False):
        if a["type"] == b["type"] and a["start"] < b["end"] and b["start"] < a["end"]:
            pair = f"{a['text']!r}, {b['text']!r}"
            raise CorpusError(f"{art_id}: overlapping {a['type']} facts {pair}")
    article: dict[str, Any] = {"id": art_id, "variety": variety, "text": text, "facts": facts}
    if round_no != 1:
        article["round"] = round_no
    return article


def _read_yaml(paths: list[Path]) -> list[dict[str, Any]]:
    specs: list[dict[str, Any]] = []
    for path in sorted(paths):
        specs.extend(yaml.safe_load(path.read_text(encoding="utf-8")) or [])
    return specs


def load_sources(src_dir: Path = HERE / "src") -> list[dict[str, Any]]:
    """Every source article, each with the round it belongs to in ``"round"``."""
    specs = [{**s, "round": 1} for s in _read_yaml(list(src_dir.glob("*.yaml")))]
    for folder, round_no in ROUND_DIRS.items():
        later = _read_yaml(list((src_dir / folder).glob("*.yaml")))
        specs.extend({**s, "round": round_no} for s in later)
    ids = [s["id"] for s in specs]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise CorpusError(f"duplicate ids: {sorted(dupes)}")
    return specs


def _rank(art_id: str) -> str:
    return hashlib.sha256(f"{SEED}:{art_id}".encode()).hexdigest()


def split(articles: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Stratified fixed split of round 1: per variety, the first third by seeded hash is
    test. A later-round article is test unless its round is a development round; either
    way it does not count in the thirds."""
    by_variety: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for art in articles:
        if art.get("round", 1) == 1:
            by_variety[art["variety"]].append(art)
    test_ids: set[str] = {
        a["id"] for a in articles if a.get("round", 1) not in {1, *DEVELOPMENT_ROUNDS}
    }
    for group in by_variety.values():
        ranked = sorted(group, key=lambda a: _rank(a["id"]))
        test_ids.update(a["id"] for a in ranked[: math.ceil(len(group) / 3)])
    train = [a for a in articles if a["id"] not in test_ids]
    test = [a for a in articles if a["id"] in test_ids]
    return train, test


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate only, write nothing")
    parser.add_argument("--out", type=Path, default=HERE, help="where the splits go")
    args = parser.parse_args(argv)
    try:
        articles = [build_article(s, s.pop("round")) for s in load_sources()]
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    train, test = split(articles)
    n_facts = sum(len(a["facts"]) for a in articles)
    n_later = sum(1 for a in articles if a.get("round", 1) != 1)
    print(
        f"{len(articles)} articles ({len(train)} train, {len(test)} test,"
        f" {n_later} of them round 2+), {n_facts} facts"
    )
    if not args.check:
        write_jsonl(args.out / "train.jsonl", train)
        write_jsonl(args.out / "test.jsonl", test)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
