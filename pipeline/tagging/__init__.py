"""Our own stanza models for Hindi and Bengali: data preparation, training, loading, tagging.

Nothing here imports stanza or torch at module import; the heavy imports live inside the
functions that need them, so `import pipeline` stays light.
"""
