"""Stage registry: a name, what the stage needs and what it adds.

Registration is write-once (as in spaCy): registering a name twice with a different
factory raises. Stage modules are imported only when a stage is built, so
``import pipeline`` never loads torch or a model.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from pipeline.doc import Document

#: The stages of a full run, in order, and the module that defines each.
STAGE_MODULES: dict[str, str] = {
    "normalise": "pipeline.stages.normalise",
    "tokenise": "pipeline.stages.tokenise",
    "detect": "pipeline.stages.langid",
    "tag": "pipeline.stages.tag",
    "classify": "pipeline.stages.classify",
    "extract": "pipeline.stages.extract",
}
DEFAULT_ORDER: tuple[str, ...] = tuple(STAGE_MODULES)


class Stage(Protocol):
    """A stage is a callable on one document; it may also offer a faster ``pipe``."""

    def __call__(self, doc: Document) -> Document: ...


@dataclass(frozen=True)
class StageInfo:
    name: str
    factory: Callable[..., Stage]
    requires: frozenset[str]
    assigns: frozenset[str]
    uses: frozenset[str]  # optional inputs: used when present, never demanded
    reads: str
    writes: str


_REGISTRY: dict[str, StageInfo] = {}


def register_stage(
    name: str,
    *,
    requires: Iterable[str] = (),
    assigns: Iterable[str] = (),
    uses: Iterable[str] = (),
    reads: str = "",
    writes: str = "",
) -> Callable[[Callable[..., Stage]], Callable[..., Stage]]:
    def deco(factory: Callable[..., Stage]) -> Callable[..., Stage]:
        old = _REGISTRY.get(name)
        if old is not None and old.factory.__qualname__ != factory.__qualname__:
            raise ValueError(f"stage {name!r} is already registered by {old.factory!r}")
        _REGISTRY[name] = StageInfo(
            name,
            factory,
            frozenset(requires),
            frozenset(assigns),
            frozenset(uses),
            reads,
            writes,
        )
        return factory

    return deco


def stage_info(name: str) -> StageInfo:
    if name not in _REGISTRY:
        if name not in STAGE_MODULES:
            raise KeyError(f"unknown stage {name!r}; known: {', '.join(STAGE_MODULES)}")
        importlib.import_module(STAGE_MODULES[name])
    return _REGISTRY[name]


def check_order(names: Iterable[str]) -> None:
    """Raise if a stage needs something no earlier stage assigns (stanza-style build check)."""
    have: set[str] = {"raw"}
    missing = []
    for name in names:
        info = stage_info(name)
        lacking = info.requires - have
        if lacking:
            missing.append(f"{name} needs {sorted(lacking)}")
        have |= info.assigns
    if missing:
        raise ValueError("stage order is not satisfiable: " + "; ".join(missing))


def prerequisites(name: str) -> list[str]:
    """The default-order stages to run before ``name`` alone: what it requires or uses."""
    needed = list(stage_info(name).requires | stage_info(name).uses)
    chain: list[str] = []
    for earlier in reversed(DEFAULT_ORDER[: DEFAULT_ORDER.index(name)]):
        if stage_info(earlier).assigns & set(needed):
            chain.append(earlier)
            needed.extend(stage_info(earlier).requires)
    return [n for n in DEFAULT_ORDER if n in chain]


def pipe_stage(stage: Any, docs: list[Document]) -> Iterator[Document]:
    """Run a stage on a batch, through its own ``pipe`` when it has one (spaCy's ``_pipe``)."""
    if hasattr(stage, "pipe"):
        yield from stage.pipe(docs)
    else:
        for doc in docs:
            yield stage(doc)
