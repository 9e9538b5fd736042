"""Plain, inert configuration: one frozen dataclass per stage, composed into PipelineConfig."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent


def models_dir() -> Path:
    """Where trained models live: $CAREER_PIPELINE_MODELS, else the repo's models/."""
    return Path(os.environ.get("CAREER_PIPELINE_MODELS", REPO_DIR / "models"))


def shared_data_dir() -> Path:
    """Training data: $CAREER_PIPELINE_DATA, else ../shared/data beside the checkout."""
    return Path(os.environ.get("CAREER_PIPELINE_DATA", REPO_DIR.parent / "shared" / "data"))


def seeds_dir() -> Path:
    return Path(os.environ.get("CAREER_PIPELINE_SEEDS", REPO_DIR.parent / "shared" / "seeds"))


@dataclass(frozen=True)
class PipelineConfig:
    """Per-stage settings, passed as plain dicts to each stage factory."""

    stages: dict[str, dict[str, Any]] = field(default_factory=dict)
    max_chars: int = 2_000_000  # larger documents are refused with a clear error

    def for_stage(self, name: str) -> dict[str, Any]:
        return dict(self.stages.get(name, {}))

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
