"""`train lid` and `evaluate lid` (owned by the language-identification work)."""

from __future__ import annotations
