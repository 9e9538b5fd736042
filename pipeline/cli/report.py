"""`report DIR`: rebuild report.html from a run's outputs (owned by the report work)."""

from __future__ import annotations
