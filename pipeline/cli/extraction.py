"""`evaluate extraction` (owned by the fact-extraction work)."""

from __future__ import annotations
