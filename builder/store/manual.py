"""Hand-made events: written by an editor through ``timeline new``, never touched by extraction."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from ..ingest.article import load_articles, slugify
from . import event_files
from .reconcile import event_path
from .schema import Event, Source
from .schema_file import write_schema_file
from .yamlio import dump_event, load_event_file, write_atomic

__all__ = ["ManualEventError", "create_manual_event"]


class ManualEventError(ValueError):
    """The hand-made event cannot be created; the message says what to fix."""


def create_manual_event(
    timeline_dir: Path,
    articles_dir: Path,
    *,
    date: str,
    title: str,
    status: str = "happened",
    summary: str = "",
    article: str | None = None,
    quote: str | None = None,
    reason: str | None = None,
    event_id: str | None = None,
) -> Path:
    """Create ``timeline/<yyyy>/<id>.yaml`` for an event an editor adds by hand.

    The event cites an article and a sentence of it, or says why it cites none.
    """
    sources: list[Source] = []
    if article or quote:
        if not (article and quote):
            raise ManualEventError("give both --article and --quote, or --no-source REASON")
        found = load_articles(articles_dir).get(article)
        if found is None:
            raise ManualEventError(f"no article {article!r} in {articles_dir}")
        if quote not in found.body:
            raise ManualEventError(f"the quote does not appear verbatim in {found.path}")
        sources.append(Source(article=article, quote=quote))
    elif not reason:
        raise ManualEventError("cite a source (--article and --quote) or give --no-source REASON")
    try:
        event = Event(
            id=event_id or f"{date}-{slugify(title, words=6, max_len=60)}",
            date=date,
            title=title,
            status=status,  # type: ignore[arg-type]
            summary=summary,
            sources=sources,
            sources_reason=None if sources else reason,
            origin="manual",
        )
    except ValidationError as exc:
        # Named by the option the editor typed, not by pydantic's report of the model.
        parts = []
        for err in exc.errors():
            option = f"--{err['loc'][0]}: " if err["loc"] else ""
            found = f" (found {str(err['input'])[:80]!r})" if err["loc"] else ""
            parts.append(f"{option}{err['msg'].removeprefix('Value error, ')}{found}")
        raise ManualEventError("; ".join(parts)) from None
    taken = set()
    for path in event_files(timeline_dir):
        existing, _, _ = load_event_file(path)
        taken.add(existing.id if existing else path.stem)
    if event.id in taken:
        raise ManualEventError(f"an event with id {event.id!r} exists; choose another with --id")
    path = event_path(timeline_dir, event.id, event.date)
    write_atomic(path, dump_event(event), inside=timeline_dir)
    write_schema_file(timeline_dir)
    return path
