"""Events: from the dated sentences of articles to one event per happening."""

from __future__ import annotations

from collections.abc import Iterable

from ..ingest.article import Article
from ..store.schema import Event
from .candidates import Candidate, article_candidates
from .merge import merge_candidates
from .salience import salience

__all__ = ["Candidate", "article_candidates", "extract_events", "merge_candidates", "salience"]


def extract_events(articles: Iterable[Article]) -> list[Event]:
    """Every event the articles report, merged across articles, in chronological order."""
    candidates: list[Candidate] = []
    for article in sorted(articles, key=lambda a: a.id):
        candidates.extend(article_candidates(article))
    return merge_candidates(candidates)
