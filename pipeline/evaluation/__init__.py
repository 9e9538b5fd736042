"""Scorers that compare pipeline output with our own annotated corpora."""
