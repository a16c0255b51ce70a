"""Extraction: from article text to sentence-level events (see pipeline.py)."""

from eventwire.extract.pipeline import Extractor, extractor_version

__all__ = ["Extractor", "extractor_version"]
