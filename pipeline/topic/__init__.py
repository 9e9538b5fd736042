"""Topic classification and topic discovery (see models/topic/README.md)."""
