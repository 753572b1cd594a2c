"""Index pages: people, organisations, places, outlets and topics, each name with an anchor
the event cards link to, and the events (or, for an outlet, the articles) behind it.

These pages only repeat what the timeline says, so they stay out of the search index.
"""

from __future__ import annotations

import datetime as dt

from ..ingest.article import Article
from .context import Context
from .dates import format_partial
from .layout import rel
from .markup import front_matter, md_text, slug
from .names import INDEX_PAGES, KINDS

__all__ = ["index_pages"]

INDEX = "indeks/index.md"

#: Past this many names a page gets letter headings and a row of links to them.
LETTERS_FROM = 30


def _letter(name: str) -> str:
    first = slug(name)[:1].upper()
    return first if first.isalpha() else "#"


def _events_list(ctx: Context, page: str, events) -> list[str]:
    out = []
    for e in sorted(events, key=lambda e: e.sort_key()):
        when = md_text(format_partial(e.date, ctx.locale, False))
        out.append(f"    - {when}: [{md_text(e.title)}]({ctx.layout.link(page, e)})")
    return out


def _articles_list(ctx: Context, page: str, articles: list[Article]) -> list[str]:
    out = []
    for a in sorted(articles, key=lambda a: ((a.published or dt.date.min).isoformat(), a.id)):
        when = (
            format_partial(a.published.isoformat(), ctx.locale, False)
            if a.published
            else ctx.s["no_date"]
        )
        link = rel(page, f"sumber/{a.id}.md")
        out.append(f"    - {md_text(when)}: [{md_text(a.title)}]({link})")
    return out


def _kind_page(ctx: Context, kind: str) -> str:
    s = ctx.s
    page = INDEX_PAGES[kind]
    names = ctx.names.names(kind)
    title = s["kind_title"][kind]
    out = [f"# {md_text(title)}", "", md_text(s["index_intro"][kind]), ""]
    articles: dict[str, list[Article]] = {}
    if kind == "outlet":
        for a in ctx.store.articles.values():
            articles.setdefault(ctx.outlet_name(a), []).append(a)
    if not names:
        out += [md_text(s["index_empty"]), ""]
    letters = len(names) > LETTERS_FROM
    if letters:
        seen = list(dict.fromkeys(_letter(n) for n in names))
        jump = " · ".join(f"[{md_text(x)}](#huruf-{slug(x) or 'lain'})" for x in seen)
        out += [jump, "{: .lm-letters }", ""]
    current = None
    for name in names:
        if letters and _letter(name) != current:
            current = _letter(name)
            out += [f"## {md_text(current)} {{#huruf-{slug(current) or 'lain'}}}", ""]
        anchor = ctx.names.anchor(kind, name)
        events = ctx.names.events[kind][name]
        if kind == "outlet":
            arts = articles.get(name, [])
            counts = s.fmt(
                "outlet_counts",
                articles=s.count("article_count", len(arts)),
                events=s.count("events_count", len(events)),
            )
            out.append(f'- <span id="{anchor}"></span>**{md_text(name)}** — {md_text(counts)}')
            out += _articles_list(ctx, page, arts)
        else:
            n = s.count("events_count", len(events))
            out.append(f'- <span id="{anchor}"></span>**{md_text(name)}** — {md_text(n)}')
            out += _events_list(ctx, page, events)
    out.append("")
    return front_matter(title=title, search={"exclude": True}) + "\n".join(out)


def index_pages(ctx: Context) -> dict[str, str]:
    """The index overview page and one page per kind of name."""
    s = ctx.s
    pages = {INDEX_PAGES[kind]: _kind_page(ctx, kind) for kind in KINDS}
    out = [f"# {md_text(s['indexes'])}", "", md_text(s["indexes_intro"]), ""]
    for kind in KINDS:
        n = len(ctx.names.events[kind])
        link = rel(INDEX, INDEX_PAGES[kind])
        out.append(
            f"- [{md_text(s['kind_title'][kind])}]({link}) — {md_text(s.count('names_count', n))}"
        )
    out.append("")
    pages[INDEX] = front_matter(title=s["indexes"], search={"exclude": True}) + "\n".join(out)
    return pages
