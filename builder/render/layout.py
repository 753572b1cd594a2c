"""Where each event is published: one timeline page, a page per year, or a page per month.

A small timeline is one page. Past ``year_pages_from`` events it gets a page per year, and a
year with more than ``month_pages_from`` events gets a page per month (its events dated only
to the year stay on the year page). None of these pages is in the navigation: readers reach
them from the timeline's index page, so every page stays light however long the story runs.

Every event page is an ``index.md`` in its own folder, so the same relative link works with
and without MkDocs' directory URLs, in raw HTML (the overview SVG) as in Markdown.
"""

from __future__ import annotations

import posixpath
from collections import defaultdict
from dataclasses import dataclass, field

from ..store.schema import Event

__all__ = ["TIMELINE", "Layout", "TimelinePage", "rel"]

TIMELINE = "linimasa/index.md"


@dataclass
class TimelinePage:
    """One page of the timeline: what it holds and where it sits among the others."""

    path: str
    kind: str  # "all" | "year" | "month"
    key: str  # "" | "2023" | "2023-09"
    events: list[Event] = field(default_factory=list)
    months: list[str] = field(default_factory=list)  # month pages under a split year


def year_path(year: str) -> str:
    return f"linimasa/{year}/index.md"


def month_path(month: str) -> str:
    return f"linimasa/{month[:4]}/{month[5:7]}/index.md"


class Layout:
    """The timeline's pages and the page of every visible event."""

    def __init__(self, events: list[Event], year_pages_from: int, month_pages_from: int):
        self.events = events
        self.split = len(events) > year_pages_from
        self.pages: dict[str, TimelinePage] = {}
        self.page_of: dict[str, str] = {}
        if not self.split:
            self.pages[TIMELINE] = TimelinePage(TIMELINE, "all", "", list(events))
            self.page_of = {e.id: TIMELINE for e in events}
            return
        by_year: dict[str, list[Event]] = defaultdict(list)
        for e in events:
            by_year[e.date[:4]].append(e)
        for year, evs in sorted(by_year.items()):
            page = TimelinePage(year_path(year), "year", year)
            self.pages[page.path] = page
            if len(evs) <= month_pages_from:
                page.events = evs
                continue
            by_month: dict[str, list[Event]] = defaultdict(list)
            for e in evs:
                if len(e.date) >= 7:
                    by_month[e.date[:7]].append(e)
                else:
                    page.events.append(e)
            for month, mevs in sorted(by_month.items()):
                mpage = TimelinePage(month_path(month), "month", month, mevs)
                self.pages[mpage.path] = mpage
                page.months.append(month)
        for page in self.pages.values():
            for e in page.events:
                self.page_of[e.id] = page.path

    def years(self) -> list[TimelinePage]:
        return [p for p in self.pages.values() if p.kind == "year"]

    def sequence(self) -> list[TimelinePage]:
        """The pages a reader pages through, in time order: a year, then its months."""
        out: list[TimelinePage] = []
        for year in self.years():
            out.append(year)
            out += [self.pages[month_path(m)] for m in year.months]
        return out

    def link(self, from_page: str, event: Event) -> str:
        """Markdown link target of ``event`` from the page ``from_page``."""
        if self.page_of[event.id] == from_page:
            return f"#{event.id}"
        return f"{rel(from_page, self.page_of[event.id])}#{event.id}"

    def href(self, from_page: str, event: Event) -> str:
        """HTML link target of ``event`` (for raw HTML, which MkDocs does not rewrite)."""
        if self.page_of[event.id] == from_page:
            return f"#{event.id}"
        target = rel(from_page, self.page_of[event.id])
        return f"{target.removesuffix('.md')}.html#{event.id}"

    def year_href(self, from_page: str, year: str) -> str:
        """HTML link to where a year starts: its page, or its heading on the one page."""
        if self.split:
            return rel(from_page, year_path(year)).removesuffix(".md") + ".html"
        return rel(from_page, TIMELINE).removesuffix(".md") + f".html#y{year}"


def rel(from_page: str, to_page: str) -> str:
    """Relative link from one page's source path to another's."""
    return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
