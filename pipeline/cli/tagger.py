"""`tag`, `train tagger` and `train ner` (owned by the tagging work)."""

from __future__ import annotations

from pipeline.cli.stages import add_stage_command

add_stage_command("tag")
