"""Adapters that run newsclean inside other data-processing frameworks (imported only when asked)."""
