"""Linimasa: news articles in, a sourced and chronological timeline out."""

__version__ = "0.1.0"

__all__ = ["__version__"]
