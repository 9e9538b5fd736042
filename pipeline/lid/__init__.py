"""Language identification for Hindi, Bengali, English and their romanised, code-mixed forms.

`identify(text)` is the quick API (its own light tokeniser); the pipeline's `detect`
stage (pipeline/stages/langid.py) runs the same detector on the tokenise stage's tokens.
"""

from __future__ import annotations

from pipeline.lid.api import identify, load_detector

__all__ = ["identify", "load_detector"]
