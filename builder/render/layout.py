"""Where each event is published: one timeline page, or pages per year, month and day.

A small timeline is one page. Past ``year_pages_from`` events it gets a page per year; a
year with more than ``month_pages_from`` events gets a page per month, and a month with more
than that a page per day (news clusters: a few weeks can hold thousands of events). Events
dated only to the year (or month) stay on the year (or month) page above. None of these pages
is in the navigation: readers reach them from the timeline's index page and the pages above
them, so every page stays light however long the story runs.

Every event page is an ``index.md`` in its own folder, so the same relative link works with
and without MkDocs' directory URLs, in raw HTML (the overview SVG) as in Markdown.
"""

from __future__ import annotations

import posixpath
from collections import defaultdict
from dataclasses import dataclass, field

from ..store.schema import Event

__all__ = ["TIMELINE", "Layout", "TimelinePage", "page_path", "rel"]

TIMELINE = "linimasa/index.md"

#: Page kind by the length of its key: "2023", "2023-09", "2023-09-13".
KIND = {4: "year", 7: "month", 10: "day"}


@dataclass
class TimelinePage:
    """One page of the timeline: what it holds and where it sits among the others."""

    path: str
    kind: str  # "all" | "year" | "month" | "day"
    key: str  # "" | "2023" | "2023-09" | "2023-09-13"
    events: list[Event] = field(default_factory=list)
    children: list[str] = field(default_factory=list)  # keys of the pages below it
    part: int = 1
    parts: list[TimelinePage] = field(default_factory=list)  # its continuation pages


def page_path(key: str, part: int = 1) -> str:
    """``"2023-09-13"`` -> ``"linimasa/2023/09/13/index.md"``; part 2 in ``bagian-2/``."""
    if not key:
        return TIMELINE
    folder = f"linimasa/{key.replace('-', '/')}"
    return f"{folder}/index.md" if part == 1 else f"{folder}/bagian-{part}/index.md"


class Layout:
    """The timeline's pages and the page of every visible event."""

    def __init__(self, events: list[Event], year_pages_from: int, month_pages_from: int):
        self.events = events
        self.split = len(events) > year_pages_from
        self.pages: dict[str, TimelinePage] = {}
        self.page_of: dict[str, str] = {}
        if not self.split:
            self.pages[TIMELINE] = TimelinePage(TIMELINE, "all", "", list(events))
        else:
            by_year: dict[str, list[Event]] = defaultdict(list)
            for e in events:
                by_year[e.date[:4]].append(e)
            for year, evs in sorted(by_year.items()):
                self._place(year, evs, month_pages_from)
        for page in self.pages.values():
            for e in page.events:
                self.page_of[e.id] = page.path

    def _place(self, key: str, events: list[Event], limit: int) -> None:
        """A page for ``key``; split one level finer when it holds more than ``limit``."""
        page = TimelinePage(page_path(key), KIND[len(key)], key)
        self.pages[page.path] = page
        finer = len(key) + 3  # year -> month -> day
        if len(events) <= limit or finer > 10:
            self._fill(page, events, limit)
            return
        below: dict[str, list[Event]] = defaultdict(list)
        own: list[Event] = []
        for e in events:
            if len(e.date) >= finer:
                below[e.date[:finer]].append(e)
            else:
                own.append(e)  # dated no finer than this page
        self._fill(page, own, limit)
        for child, evs in sorted(below.items()):
            page.children.append(child)
            self._place(child, evs, limit)

    def _fill(self, page: TimelinePage, events: list[Event], limit: int) -> None:
        """At most ``limit`` events a page: the rest continue on numbered parts (a single
        day of news, or a year of events dated only to the year, can hold thousands)."""
        page.events = events[:limit]
        for n, start in enumerate(range(limit, len(events), limit), 2):
            part = TimelinePage(
                page_path(page.key, n), page.kind, page.key, events[start : start + limit], part=n
            )
            self.pages[part.path] = part
            page.parts.append(part)

    def years(self) -> list[TimelinePage]:
        return [p for p in self.pages.values() if p.kind == "year" and p.part == 1]

    def count(self, page: TimelinePage) -> int:
        """Events on the page, its parts, and every page below it."""
        own = len(page.events) + sum(len(p.events) for p in page.parts)
        return own + sum(self.count(self.pages[page_path(c)]) for c in page.children)

    def sequence(self) -> list[TimelinePage]:
        """The pages a reader pages through, in time order: a year, its months, their days."""
        out: list[TimelinePage] = []

        def walk(page: TimelinePage) -> None:
            out.append(page)
            out.extend(page.parts)
            for child in page.children:
                walk(self.pages[page_path(child)])

        for year in self.years():
            walk(year)
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
            return rel(from_page, page_path(year)).removesuffix(".md") + ".html"
        return rel(from_page, TIMELINE).removesuffix(".md") + f".html#y{year}"


def rel(from_page: str, to_page: str) -> str:
    """Relative link from one page's source path to another's."""
    return posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
