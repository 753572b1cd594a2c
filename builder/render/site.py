"""The site as a pure function: store in, ``{path: text}`` out.

Nothing here reads the clock or writes a file. The MkDocs plugin serves these pages as
virtual files; ``timeline render --out DIR`` writes the same pages for any other engine.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..ingest.article import Article
from ..store import Store
from ..store.schema import Event
from .dates import format_event_date, format_partial
from .exports import export_csv, export_ics, export_json
from .markup import anchor_for, attr, md_text

__all__ = ["SiteOptions", "render_site", "strings_for"]

TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class SiteOptions:
    """How the site is rendered.

    Attributes:
        language: UI language ("id" or "en"); strings live in ``render/i18n/<language>.yaml``.
        full_text: Publish whole article bodies on source pages (off: only cited paragraphs,
            because publishers' text is not ours to republish).
        year_pages_from: With more visible events than this, the timeline gets a page per year.
        today: The build date, for "planned, not confirmed" badges; ``None`` leaves them out.
        title: Site subject shown on the home page.
    """

    language: str = "id"
    full_text: bool = False
    year_pages_from: int = 400
    today: dt.date | None = None
    title: str | None = None


@cache
def strings_for(language: str) -> dict[str, Any]:
    import yaml

    path = Path(__file__).parent / "i18n" / f"{language}.yaml"
    if not path.exists():
        path = Path(__file__).parent / "i18n" / "id.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _status_badge(event: Event, s: dict[str, Any], opts: SiteOptions) -> str:
    key = event.status
    label = s["status"][key]
    if (
        key == "planned"
        and opts.today is not None
        and _last_day(event.end or event.date) < opts.today
    ):
        key, label = "unconfirmed", s["status"]["planned_unconfirmed"]
    return f'<span class="lm-status lm-status--{key}">{attr(label)}</span>'


def _last_day(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return dt.date(*parts)
    if len(parts) == 2:
        y, m = parts
        return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
    return dt.date(parts[0], 12, 31)


class _Site:
    def __init__(self, store: Store, opts: SiteOptions):
        self.store = store
        self.opts = opts
        self.s = strings_for(opts.language)
        self.locale = self.s["locale"]
        self.events = store.visible()
        # Sources of events an editor marked `same_as` show on the event they duplicate.
        self.extra_sources: dict[str, list] = defaultdict(list)
        for e in store.events:
            if e.same_as and not e.hidden:
                self.extra_sources[e.same_as].extend(e.sources)
        self.split = len(self.events) > opts.year_pages_from
        self.page_of: dict[str, str] = {}
        for e in self.events:
            self.page_of[e.id] = f"linimasa/{e.year()}.md" if self.split else "linimasa/index.md"
        self.cited: dict[str, list[tuple[str, Event]]] = defaultdict(list)
        for e in self.events:
            for src in self.sources_of(e):
                self.cited[src.article].append((src.quote, e))

    def sources_of(self, event: Event) -> list:
        out = list(event.sources)
        keys = {(s.article, s.quote) for s in out}
        for s in self.extra_sources.get(event.id, []):
            if (s.article, s.quote) not in keys:
                out.append(s)
                keys.add((s.article, s.quote))
        return out

    def outlets_of(self, event: Event) -> list[str]:
        names = []
        for src in self.sources_of(event):
            art = self.store.articles.get(src.article)
            name = (art.outlet if art else None) or src.article
            if name not in names:
                names.append(name)
        return names

    # -- event cards ---------------------------------------------------------------------
    def card(self, event: Event, page: str, level: int) -> str:
        s = self.s
        out = [f"{'#' * level} {md_text(event.title)} {{#{event.id} .lm-event-title}}", ""]
        date = md_text(format_event_date(event, s, self.locale))
        out.append(f'<span class="lm-date">{date}</span> {_status_badge(event, s, self.opts)}')
        out.append("{: .lm-meta }")
        out.append("")
        if event.summary:
            out += [md_text(event.summary), ""]
        people = [*event.actors, *event.places]
        if people:
            out += [" · ".join(md_text(p) for p in people), "{: .lm-entities }", ""]
        sources = self.sources_of(event)
        if sources:
            out.append(f"**{md_text(s['source_list'])}**")
            out.append("{: .lm-sources-title }")
            out.append("")
        for i, src in enumerate(sources, 1):
            art = self.store.articles.get(src.article)
            link = _rel(page, f"sumber/{src.article}.md") + f"#{anchor_for(src.quote)}"
            outlet = md_text(art.outlet if art and art.outlet else src.article)
            title = md_text(art.title if art else src.article)
            when = ""
            if art and art.published:
                when = " · " + md_text(
                    format_partial(art.published.isoformat(), self.locale, False)
                )
            original = ""
            if art and art.url and art.url.startswith(("http://", "https://")):
                label = md_text(s["original"])
                original = f' · [{label}](<{attr(art.url)}>){{: rel="nofollow noopener" }}'
            out.append(f"{i}. **{outlet}** · [{title}]({link}){when}{original}")
            out.append("")
            said = f" ({md_text(src.said)})" if src.said else ""
            out.append(f"    > {md_text(src.quote)}{said}")
            out.append("")
        if event.conflicts:
            out.append(f'!!! warning "{attr(s["disagreement"])}"')
            out.append("")
            for c in event.conflicts:
                art = self.store.articles.get(c.article)
                who = md_text(art.outlet if art and art.outlet else c.article)
                said = f" ({md_text(c.said)})" if c.said else ""
                note = f" — {md_text(c.note)}" if c.note else ""
                when = md_text(format_partial(c.date, self.locale))
                out.append(f"    - **{who}** {md_text(s['dates_it'])} {when}{said}{note}")
            out.append("")
        return "\n".join(out)

    # -- pages ---------------------------------------------------------------------------
    def timeline_body(self, events: list[Event], page: str, top: int) -> list[str]:
        lines: list[str] = []
        year = month = None
        for e in events:
            if e.date[:4] != year:
                year, month = e.date[:4], None
                lines += [f"{'#' * top} {year}", ""]
            m = e.date[:7] if len(e.date) >= 7 else None
            if m != month and m is not None:
                month = m
                lines += [f"{'#' * (top + 1)} {md_text(format_partial(m, self.locale))}", ""]
            lines += [self.card(e, page, top + 2), ""]
        return lines

    def timeline_pages(self) -> dict[str, str]:
        s = self.s
        pages: dict[str, str] = {}
        head = [f"# {md_text(s['timeline'])}", "", md_text(s["timeline_intro"]), ""]
        if not self.events:
            pages["linimasa/index.md"] = "\n".join([*head, md_text(s["empty"]), ""])
            return pages
        if not self.split:
            body = self.timeline_body(self.events, "linimasa/index.md", 2)
            pages["linimasa/index.md"] = "\n".join([*head, *body])
            return pages
        by_year: dict[str, list[Event]] = defaultdict(list)
        for e in self.events:
            by_year[e.date[:4]].append(e)
        index = [*head, f"## {md_text(s['years'])}", ""]
        for year, evs in sorted(by_year.items()):
            index.append(f"- [{year}]({year}.md) — {md_text(s['events_count'].format(n=len(evs)))}")
            page = f"linimasa/{year}.md"
            body = self.timeline_body(evs, page, 2)
            pages[page] = "\n".join([f"# {year}", "", *body[2:]])
        pages["linimasa/index.md"] = "\n".join([*index, ""])
        return pages

    def source_page(self, article: Article) -> str:
        s = self.s
        out = [f"# {md_text(article.title)}", ""]
        meta = []
        if article.outlet:
            meta.append(f"**{md_text(s['outlet'])}:** {md_text(article.outlet)}")
        if article.author:
            meta.append(f"**{md_text(s['author'])}:** {md_text(article.author)}")
        how = s["published_from"].get(article.published_from, article.published_from)
        when = (
            md_text(format_partial(article.published.isoformat(), self.locale))
            if article.published
            else md_text(s["no_date"])
        )
        meta.append(f"**{md_text(s['published'])}:** {when} ({md_text(how)})")
        if article.url and article.url.startswith(("http://", "https://")):
            meta.append(
                f'[{md_text(s["original"])}](<{attr(article.url)}>){{: rel="nofollow noopener" }}'
            )
        out += ["  \n".join(meta), "", f"## {md_text(s['cited_sentences'])}", ""]
        cites = self.cited.get(article.id, [])
        by_quote: dict[str, list[Event]] = defaultdict(list)
        for quote, e in cites:
            if e not in by_quote[quote]:
                by_quote[quote].append(e)
        page = f"sumber/{article.id}.md"
        placed: set[str] = set()
        for para in article.paragraphs():
            here = [q for q in by_quote if q in para.text and q not in placed]
            if not here and not self.opts.full_text:
                continue
            text = para.text
            pieces = []
            pos = 0
            for q in sorted(here, key=lambda q: text.find(q)):
                i = text.find(q, pos)
                if i < 0:
                    continue
                pieces.append(md_text(text[pos:i]))
                pieces.append(f'<mark id="{anchor_for(q)}" class="lm-cited">{md_text(q)}</mark>')
                pos = i + len(q)
                placed.add(q)
            pieces.append(md_text(text[pos:]))
            out.append(" ".join(p for p in pieces if p))
            if para.caption:
                out.append("{: .lm-caption }")
            out.append("")
            for q in here:
                links = ", ".join(
                    f"[{md_text(e.title)}]({_rel(page, self.page_of[e.id])}#{e.id})"
                    for e in by_quote[q]
                )
                out += [f"{md_text(s['cited_in'])}: {links}", "{: .lm-cited-in }", ""]
        # A quote that spans paragraphs (an editor's choice) still gets its anchor.
        for q, events in by_quote.items():
            if q in placed:
                continue
            out.append(f'<mark id="{anchor_for(q)}" class="lm-cited">{md_text(q)}</mark>')
            out.append("")
            links = ", ".join(
                f"[{md_text(e.title)}]({_rel(page, self.page_of[e.id])}#{e.id})" for e in events
            )
            out += [f"{md_text(s['cited_in'])}: {links}", "{: .lm-cited-in }", ""]
        return "\n".join(out)

    def sources_index(self) -> str:
        s = self.s
        out = [f"# {md_text(s['sources'])}", "", md_text(s["sources_intro"]), ""]
        arts = sorted(
            self.store.articles.values(),
            key=lambda a: ((a.published or dt.date.min).isoformat(), a.id),
        )
        out += ["| | | |", "|---|---|---|"]
        for a in arts:
            when = (
                format_partial(a.published.isoformat(), self.locale, False)
                if a.published
                else s["no_date"]
            )
            n = len({q for q, _ in self.cited.get(a.id, [])})
            link = f"[{md_text(a.title)}]({a.id}.md)"
            out.append(f"| {md_text(when)} | {md_text(a.outlet or '')} | {link} ({n}) |")
        out.append("")
        return "\n".join(out)

    def home(self) -> str:
        s = self.s
        title = self.opts.title or s["site_title"]
        out = [f"# {md_text(title)}", ""]
        if self.events:
            outlets = {a.outlet for a in self.store.articles.values() if a.outlet}
            first = format_partial(self.events[0].date, self.locale, False)
            last = format_partial(self.events[-1].date, self.locale, False)
            out += [
                md_text(
                    s["covers"].format(
                        events=s["events_count"].format(n=len(self.events)),
                        sources=s["article_count"].format(n=len(self.store.articles)),
                        outlets=s["outlets_count"].format(n=len(outlets)),
                        start=first,
                        end=last,
                    )
                ),
                "",
                f"## {md_text(s['key_events'])}",
                "",
            ]
            ranked = sorted(self.events, key=lambda e: (-len(self.outlets_of(e)), e.sort_key()))[:7]
            for e in sorted(ranked, key=Event.sort_key):
                when = md_text(format_event_date(e, s, self.locale))
                link = f"{self.page_of[e.id]}#{e.id}"
                n = len(self.outlets_of(e))
                out.append(
                    f"- {when} — [{md_text(e.title)}]({link}) "
                    f"({md_text(s['outlets_count'].format(n=n))})"
                )
            out += ["", f"[{md_text(s['all_events'])}](linimasa/index.md)", ""]
        else:
            out += [md_text(s["empty"]), ""]
        out += [f"## {md_text(s['downloads'])}", ""]
        for name in ("timeline.json", "timeline.csv", "timeline.ics"):
            out.append(f"- [{name}]({name})")
        out.append("")
        return "\n".join(out)


def _rel(from_page: str, to_page: str) -> str:
    """Relative link from one page's source path to another's."""
    depth = from_page.count("/")
    return "../" * depth + to_page


def render_site(store: Store, options: SiteOptions | None = None) -> dict[str, str]:
    """Every generated page and file of the site, by path relative to the docs root."""
    opts = options or SiteOptions()
    site = _Site(store, opts)
    pages: dict[str, str] = {"index.md": site.home()}
    pages.update(site.timeline_pages())
    pages["sumber/index.md"] = site.sources_index()
    for article in store.articles.values():
        pages[f"sumber/{article.id}.md"] = site.source_page(article)
    guide = TEMPLATES / f"guide.{opts.language}.md"
    if not guide.exists():
        guide = TEMPLATES / "guide.id.md"
    pages["panduan.md"] = guide.read_text(encoding="utf-8")
    pages["assets/linimasa.css"] = (TEMPLATES / "linimasa.css").read_text(encoding="utf-8")
    pages["timeline.json"] = export_json(store, site.events, opts.title or site.s["site_title"])
    pages["timeline.csv"] = export_csv(store, site.events)
    pages["timeline.ics"] = export_ics(store, site.events)
    return {k: pages[k] for k in sorted(pages)}
