"""What every page of the site is rendered from: the store, seen the way a reader sees it.

Hidden events are gone, an event an editor marked ``same_as`` another lends its sources to
that one, each cited sentence knows the events that cite it, and each name knows its page.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from ..ingest.article import Article
from ..store import Store
from ..store.schema import Event, Source
from .layout import Layout, rel
from .markup import anchor_for
from .names import Names
from .strings import Strings, strings_for

__all__ = ["Context", "SiteOptions", "last_day"]


@dataclass(frozen=True)
class SiteOptions:
    """How the site is rendered.

    Attributes:
        language: UI language; strings live in ``render/i18n/<language>.yaml``.
        full_text: Publish whole article bodies on source pages (off: only the paragraphs
            that hold a cited sentence, because publishers' text is not ours to republish).
        year_pages_from: With more visible events than this, the timeline gets a page per year.
        month_pages_from: A year with more events than this gets a page per month.
        today: The build date, for "planned, not confirmed" badges; ``None`` leaves them out.
            The adapter passes it in; render never reads the clock.
        title: Site subject shown on the home page.
        site_url: The published address, when known (absolute links in the downloads).
        key_events: How many key events the home page lists.
        sources_per_card: How many sources an event card lists; the rest are counted.
    """

    language: str = "id"
    full_text: bool = False
    year_pages_from: int = 150
    month_pages_from: int = 150
    today: dt.date | None = None
    title: str | None = None
    site_url: str | None = None
    key_events: int = 7
    sources_per_card: int = 25


class Context:
    """The store and options, prepared once for every page renderer."""

    def __init__(self, store: Store, opts: SiteOptions):
        self.store = store
        self.opts = opts
        self.s: Strings = strings_for(opts.language)
        self.locale = self.s.locale
        self.events = store.visible()
        self.by_id = {e.id: e for e in self.events}
        self.extra_sources: dict[str, list[Source]] = defaultdict(list)
        for e in store.events:
            if e.same_as and not e.hidden:
                self.extra_sources[e.same_as].extend(e.sources)
        self.layout = Layout(self.events, opts.year_pages_from, opts.month_pages_from)
        languages = {a.language for a in store.articles.values() if a.language} or {"id"}
        self.names = Names(self.events, languages)
        counts = Counter(a.language for a in store.articles.values() if a.language)
        # What an event with no source article is most likely written in.
        self.content_language = min(counts, key=lambda c: (-counts[c], c)) if counts else None
        # Sentences cited by events, per article, in the order of the timeline.
        self.cited: dict[str, dict[str, list[Event]]] = defaultdict(dict)
        seen: set[tuple[str, str, str]] = set()

        def cite(article: str, quote: str, event: Event) -> None:
            if (article, quote, event.id) not in seen:
                seen.add((article, quote, event.id))
                self.cited[article].setdefault(quote, []).append(event)

        for e in self.events:
            for src in self.sources_of(e):
                cite(src.article, src.quote, e)
            for c in e.conflicts:
                art = store.articles.get(c.article)
                # A disagreeing sentence is shown only where the article really says it.
                if c.quote and art and c.quote in art.body:
                    cite(c.article, c.quote, e)
        for article in store.articles.values():
            self.names.add_article(self.outlet_name(article))
        for e in self.events:
            for src in self.sources_of(e):
                art = store.articles.get(src.article)
                if art is not None:
                    self.names.add_outlet_event(self.outlet_name(art), e)

    # -- events ------------------------------------------------------------------------
    def sources_of(self, event: Event) -> list[Source]:
        """The event's sources, then those of the events an editor merged into it."""
        out = list(event.sources)
        keys = {(s.article, s.quote) for s in out}
        for s in self.extra_sources.get(event.id, []):
            if (s.article, s.quote) not in keys:
                out.append(s)
                keys.add((s.article, s.quote))
        return out

    def outlets_of(self, event: Event) -> list[str]:
        """Distinct outlets reporting the event: the measure of independent sourcing."""
        names: list[str] = []
        for src in self.sources_of(event):
            art = self.store.articles.get(src.article)
            name = self.outlet_name(art) if art else src.article
            if name not in names:
                names.append(name)
        return names

    def status_key(self, event: Event) -> str:
        """``happened``, ``planned``, ``expected``, or ``unconfirmed``: a plan whose date has
        passed (by the build date passed in) with no source saying it happened."""
        if (
            event.status == "planned"
            and self.opts.today is not None
            and last_day(event.end or event.date) < self.opts.today
        ):
            return "unconfirmed"
        return event.status

    def status_label(self, event: Event) -> str:
        key = self.status_key(event)
        return self.s["status"]["planned_unconfirmed" if key == "unconfirmed" else key]

    # -- articles ----------------------------------------------------------------------
    def article(self, article_id: str) -> Article | None:
        return self.store.articles.get(article_id)

    def outlet_name(self, article: Article | None) -> str:
        if article is None or not article.outlet:
            return self.s["unknown_outlet"]
        return article.outlet

    def lang_attr(self, language: str | None) -> str:
        """`` lang="xx"`` for text in another language than the UI's, else nothing."""
        if language and language != self.s.code:
            return f' lang="{language}"'
        return ""

    def event_language(self, event: Event) -> str | None:
        """The language an event's title and summary are written in: its first source's."""
        for src in self.sources_of(event):
            art = self.article(src.article)
            if art is not None and art.language:
                return art.language
        return self.content_language

    # -- links -------------------------------------------------------------------------
    def source_link(self, from_page: str, article_id: str, quote: str | None = None) -> str:
        """Link to an article's page, at the anchored sentence when ``quote`` is given."""
        target = rel(from_page, f"sumber/{article_id}.md")
        return target + (f"#{anchor_for(quote)}" if quote else "")

    def name_link(self, from_page: str, kind: str, name: str) -> str:
        """Link to a name on its index page."""
        return f"{rel(from_page, self.names.page(kind, name))}#{self.names.anchor(kind, name)}"


def last_day(value: str) -> dt.date:
    """The last calendar day a partial date can mean: "2023-09" -> 2023-09-30."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        y, m = parts
        return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31)
