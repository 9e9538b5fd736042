"""career-pipeline: Hindi, Bengali and code-mixed career articles into checkable facts.

``import pipeline`` is light: stages (and torch/stanza) load only when a Pipeline
builds them.
"""

from pipeline.core import DocumentError, Pipeline
from pipeline.doc import Document

__all__ = ["Document", "DocumentError", "Pipeline"]
__version__ = "0.1.0"
