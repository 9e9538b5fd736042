"""`train topic`, `evaluate topic` and `topics` (owned by the topic work)."""

from __future__ import annotations
