"""Temporal tagging: dates, times, durations and recurrences in text, resolved to TIMEX3."""

from .mention import Mention, precision_of
from .tagger import Tagger, get_tagger, tag

__all__ = ["Mention", "Tagger", "get_tagger", "precision_of", "tag"]
