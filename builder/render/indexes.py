"""Index pages: people, organisations, places, outlets and topics, each name with an anchor
the event cards link to, and the events (or, for an outlet, the articles) behind it.

A long index is split (see :mod:`.names`): its page then lists the initials (or outlets)
with their counts, and each initial (or outlet) has a page of its own. These pages only
repeat what the timeline says, so they stay out of the search index.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from ..ingest.article import Article
from .context import Context
from .dates import format_partial
from .layout import rel
from .markup import front_matter, md_text
from .names import INDEX_PAGES, KINDS, initial

__all__ = ["index_pages"]

INDEX = "indeks/index.md"

#: Past this many names a page gets letter headings and a row of links to them.
LETTERS_FROM = 30


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


def _entries(
    ctx: Context, kind: str, page: str, names: list[str], articles: dict[str, list[Article]]
) -> list[str]:
    """The names, each with its anchor and its events (or articles), under letter headings
    when there are many."""
    s = ctx.s
    out: list[str] = []
    letters = len(names) > LETTERS_FROM
    if letters:
        seen = list(dict.fromkeys(initial(n) for n in names))
        jump = " · ".join(f"[{md_text(x)}](#huruf-{_letter_id(x)})" for x in seen)
        out += [jump, "{: .lm-letters }", ""]
    current = None
    for name in names:
        if letters and initial(name) != current:
            current = initial(name)
            out += [f"## {md_text(current)} {{#huruf-{_letter_id(current)}}}", ""]
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
    return [*out, ""]


def _letter_id(letter: str) -> str:
    return letter.lower() if letter != "#" else "lain"


def _kind_pages(ctx: Context, kind: str) -> dict[str, str]:
    s = ctx.s
    page = INDEX_PAGES[kind]
    names = ctx.names.names(kind)
    title = s["kind_title"][kind]
    head = [f"# {md_text(title)}", "", md_text(s["index_intro"][kind]), ""]
    articles: dict[str, list[Article]] = defaultdict(list)
    if kind == "outlet":
        for a in ctx.store.articles.values():
            articles[ctx.outlet_name(a)].append(a)
    meta = {"search": {"exclude": True}}
    if not names:
        body = [*head, md_text(s["index_empty"]), ""]
        return {page: front_matter(title=title, **meta) + "\n".join(body)}
    if not ctx.names.split(kind):
        body = [*head, *_entries(ctx, kind, page, names, articles)]
        return {page: front_matter(title=title, **meta) + "\n".join(body)}
    groups: dict[str, list[str]] = defaultdict(list)
    for name in names:
        groups[ctx.names.group(kind, name)].append(name)
    pages: dict[str, str] = {}
    listing = []
    for members in groups.values():
        path = ctx.names.page(kind, members[0])
        label = members[0] if kind == "outlet" else initial(members[0])
        count = md_text(s.count("names_count", len(members)))
        if kind == "outlet":
            count = md_text(s.count("article_count", len(articles.get(members[0], []))))
        listing.append(f"- [{md_text(label)}]({rel(page, path)}) — {count}")
        sub_title = f"{title}: {label}"
        body = [
            f"# {md_text(sub_title)}",
            "",
            f"[← {md_text(title)}]({rel(path, page)})",
            "{: .lm-pager }",
            "",
            *_entries(ctx, kind, path, members, articles),
        ]
        pages[path] = front_matter(title=sub_title, **meta) + "\n".join(body)
    pages[page] = front_matter(title=title, **meta) + "\n".join([*head, *listing, ""])
    return pages


def index_pages(ctx: Context) -> dict[str, str]:
    """The index overview page and the pages of each kind of name."""
    s = ctx.s
    pages: dict[str, str] = {}
    for kind in KINDS:
        pages.update(_kind_pages(ctx, kind))
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
