"""eventwire: news articles in, a geocoded, deduplicated event dataset out."""

__version__ = "0.1.0"
