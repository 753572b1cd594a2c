"""Salience: how many independent outlets report an event (the site marks key events by it)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..store.schema import Event

__all__ = ["salience"]


def salience(event: Event, articles: Mapping[str, Any]) -> int:
    """The number of distinct outlets among the articles ``event`` cites.

    Two articles of one outlet count once: a story repeated by its own newsroom is not
    corroborated. An article without an outlet, or one not in ``articles``, counts as its own.

    Args:
        event: The event.
        articles: Articles by id (anything with an ``outlet`` attribute).
    """
    outlets = set()
    for source in event.sources:
        article = articles.get(source.article)
        outlet = getattr(article, "outlet", None) if article is not None else None
        outlets.add((outlet or "").strip().lower() or f"article:{source.article}")
    return len(outlets)
