"""The timeline pages: every visible event in chronological order, under year and month
headings, on one page or split by year and month as :mod:`.layout` decides."""

from __future__ import annotations

from .card import card
from .context import Context
from .dates import format_partial
from .layout import TIMELINE, TimelinePage, month_path, rel, year_path
from .markup import front_matter, md_text

__all__ = ["timeline_pages"]


def _downloads_line(ctx: Context, page: str) -> list[str]:
    s = ctx.s
    links = " · ".join(
        f"[{md_text(s['download_short'][fmt])}]({rel(page, f'timeline.{fmt}')})"
        for fmt in ("json", "csv", "ics")
    )
    return [f"{md_text(s['downloads'])}: {links}", "{: .lm-downloads }", ""]


def _month_name(ctx: Context, month: str) -> str:
    return format_partial(month, ctx.locale)


def _body(ctx: Context, page: TimelinePage, top: int, with_years: bool) -> list[str]:
    """Headings and cards: years at ``top`` (when ``with_years``), then months, then events.

    Events dated only to the year come first in their year (they sort there) under a heading
    that says the month is not known, so the heading levels never skip one.
    """
    s = ctx.s
    lines: list[str] = []
    year = month = None
    level = top if with_years else top - 1
    for e in page.events:
        if e.date[:4] != year:
            year, month = e.date[:4], None
            if with_years:
                lines += [f"{'#' * level} {year} {{#y{year}}}", ""]
        m = e.date[:7] if len(e.date) >= 7 else f"{year}-x"
        if m != month:
            month = m
            if len(e.date) >= 7:
                title, anchor = _month_name(ctx, m), f"m{m}"
            else:
                title, anchor = s["month_unknown"], f"y{year}-x"
            lines += [f"{'#' * (level + 1)} {md_text(title)} {{#{anchor}}}", ""]
        lines += [card(ctx, e, page.path, level + 2), ""]
    return lines


def _pager(ctx: Context, page: TimelinePage) -> list[str]:
    """Links to the previous and next timeline pages and up to the one above."""
    s = ctx.s
    seq = ctx.layout.sequence()
    i = next((k for k, p in enumerate(seq) if p.path == page.path), -1)
    parts = []
    if i > 0:
        prev = seq[i - 1]
        parts.append(f"[← {md_text(_page_title(ctx, prev))}]({rel(page.path, prev.path)})")
    up = year_path(page.key[:4]) if page.kind == "month" else TIMELINE
    up_title = page.key[:4] if page.kind == "month" else s["timeline"]
    parts.append(f"[{md_text(up_title)}]({rel(page.path, up)})")
    if 0 <= i < len(seq) - 1:
        nxt = seq[i + 1]
        parts.append(f"[{md_text(_page_title(ctx, nxt))} →]({rel(page.path, nxt.path)})")
    label = md_text(s["pages_nav"])
    return [f"{label}: " + " · ".join(parts), "{: .lm-pager }", ""]


def _page_title(ctx: Context, page: TimelinePage) -> str:
    if page.kind == "month":
        return _month_name(ctx, page.key)
    return page.key or ctx.s["timeline"]


def _month_list(ctx: Context, page: TimelinePage) -> list[str]:
    s = ctx.s
    out = []
    for m in page.months:
        n = len(ctx.layout.pages[month_path(m)].events)
        link = rel(page.path, month_path(m))
        out.append(
            f"- [{md_text(_month_name(ctx, m))}]({link}) — {md_text(s.count('events_count', n))}"
        )
    return [*out, ""]


def timeline_pages(ctx: Context) -> dict[str, str]:
    """Every timeline page, by path."""
    s = ctx.s
    pages: dict[str, str] = {}
    head = [f"# {md_text(s['timeline'])}", "", md_text(s["timeline_intro"]), ""]
    if not ctx.events:
        body = [*head, md_text(s["empty"]), ""]
        pages[TIMELINE] = front_matter(title=s["timeline"]) + "\n".join(body)
        return pages
    layout = ctx.layout
    if not layout.split:
        only = layout.pages[TIMELINE]
        body = [*head, *_downloads_line(ctx, TIMELINE), *_body(ctx, only, 2, True)]
        pages[TIMELINE] = front_matter(title=s["timeline"]) + "\n".join(body)
        return pages
    index = [*head, *_downloads_line(ctx, TIMELINE), f"## {md_text(s['years'])}", ""]
    for year in layout.years():
        n = len(year.events) + sum(len(layout.pages[month_path(m)].events) for m in year.months)
        line = f"- [{year.key}]({rel(TIMELINE, year.path)}) — {md_text(s.count('events_count', n))}"
        if year.months:
            months = " · ".join(
                f"[{md_text(format_partial(m, ctx.locale).split()[0])}]"
                f"({rel(TIMELINE, month_path(m))})"
                for m in year.months
            )
            line += f": {months}"
        index.append(line)
    index.append("")
    pages[TIMELINE] = front_matter(title=s["timeline"], search={"exclude": True}) + "\n".join(index)
    for page in layout.pages.values():
        if page.kind == "year":
            body = [f"# {page.key}", "", *_pager(ctx, page)]
            if page.months:
                body += [md_text(s["year_by_month"]), "", *_month_list(ctx, page)]
            body += _body(ctx, page, 2, False)
        else:
            title = _month_name(ctx, page.key)
            body = [f"# {md_text(title)}", "", *_pager(ctx, page), *_month_events(ctx, page)]
        pages[page.path] = front_matter(title=_page_title(ctx, page)) + "\n".join(body)
    return pages


def _month_events(ctx: Context, page: TimelinePage) -> list[str]:
    lines: list[str] = []
    for e in page.events:
        lines += [card(ctx, e, page.path, 2), ""]
    return lines
