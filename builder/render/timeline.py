"""The timeline pages: every visible event in chronological order, under year and month
headings, on one page or split by year, month and day as :mod:`.layout` decides."""

from __future__ import annotations

from .card import card
from .context import Context
from .dates import format_partial
from .layout import TIMELINE, TimelinePage, page_path, rel
from .markup import front_matter, md_text

__all__ = ["timeline_pages"]


def _downloads_line(ctx: Context, page: str) -> list[str]:
    s = ctx.s
    links = " · ".join(
        f"[{md_text(s['download_short'][fmt])}]({rel(page, f'timeline.{fmt}')})"
        for fmt in ("json", "csv", "ics")
    )
    return [f"{md_text(s['downloads'])}: {links}", "{: .lm-downloads }", ""]


def _title(ctx: Context, key: str) -> str:
    """A page's or heading's name: "2023", "September 2023", "Rabu, 13 September 2023"."""
    return format_partial(key, ctx.locale) if key else ctx.s["timeline"]


def _page_title(ctx: Context, page: TimelinePage) -> str:
    """A page's name, with its part number when its events continue on other pages."""
    title = _title(ctx, page.key)
    if page.part > 1 or page.parts:
        return ctx.s.fmt("part_title", title=title, n=page.part)
    return title


def _parts_line(ctx: Context, page: TimelinePage, first: TimelinePage) -> list[str]:
    links = []
    for part in [first, *first.parts]:
        label = str(part.part)
        links.append(label if part.path == page.path else f"[{label}]({rel(page.path, part.path)})")
    return [f"{md_text(ctx.s['parts'])}: " + " · ".join(links), "{: .lm-pager }", ""]


def _grouped(ctx: Context, page: TimelinePage, level: int, years: bool) -> list[str]:
    """Cards under year (when ``years``) and month headings, years at ``level``.

    Events dated only to the year come first in their year (they sort there) under a heading
    that says the month is not known, so heading levels never skip one.
    """
    s = ctx.s
    lines: list[str] = []
    year = month = None
    top = level if years else level - 1
    for e in page.events:
        if e.date[:4] != year:
            year, month = e.date[:4], None
            if years:
                lines += [f"{'#' * top} {year} {{#y{year}}}", ""]
        m = e.date[:7] if len(e.date) >= 7 else f"{year}-x"
        if m != month:
            month = m
            if len(e.date) >= 7:
                title, anchor = _title(ctx, m), f"m{m}"
            else:
                title, anchor = s["month_unknown"], f"y{year}-x"
            lines += [f"{'#' * (top + 1)} {md_text(title)} {{#{anchor}}}", ""]
        lines += [card(ctx, e, page.path, top + 2), ""]
    return lines


def _flat(ctx: Context, page: TimelinePage, level: int) -> list[str]:
    lines: list[str] = []
    for e in page.events:
        lines += [card(ctx, e, page.path, level), ""]
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
    parent = page.key[: {4: 0, 7: 4, 10: 7}[len(page.key)]]
    up = page_path(parent)
    parts.append(f"[{md_text(_title(ctx, parent))}]({rel(page.path, up)})")
    if 0 <= i < len(seq) - 1:
        nxt = seq[i + 1]
        parts.append(f"[{md_text(_page_title(ctx, nxt))} →]({rel(page.path, nxt.path)})")
    return [f"{md_text(s['pages_nav'])}: " + " · ".join(parts), "{: .lm-pager }", ""]


def _children(ctx: Context, page: TimelinePage) -> list[str]:
    s = ctx.s
    intro = s["year_by_month"] if page.kind == "year" else s["month_by_day"]
    out = [md_text(intro), ""]
    for key in page.children:
        child = ctx.layout.pages[page_path(key)]
        count = md_text(s.count("events_count", ctx.layout.count(child)))
        out.append(f"- [{md_text(_title(ctx, key))}]({rel(page.path, child.path)}) — {count}")
    return [*out, ""]


def _page(ctx: Context, page: TimelinePage) -> str:
    s = ctx.s
    first = page if page.part == 1 else ctx.layout.pages[page_path(page.key)]
    title = _page_title(ctx, page)
    body = [f"# {md_text(title)}", "", *_pager(ctx, page)]
    if first.parts:
        body += _parts_line(ctx, page, first)
    if first.children:
        if page.part == 1:
            body += _children(ctx, page)
        if page.events:
            unknown = s["month_unknown"] if page.kind == "year" else s["day_unknown"]
            anchor = f"{page.kind[0]}{page.key}-x"
            body += [f"## {md_text(unknown)} {{#{anchor}}}", "", *_flat(ctx, page, 3)]
    elif page.kind == "year":
        body += _grouped(ctx, page, 2, years=False)
    else:
        body += _flat(ctx, page, 2)
    return front_matter(title=title) + "\n".join(body)


def timeline_pages(ctx: Context) -> dict[str, str]:
    """Every timeline page, by path."""
    s = ctx.s
    layout = ctx.layout
    head = [f"# {md_text(s['timeline'])}", "", md_text(s["timeline_intro"]), ""]
    if not ctx.events:
        body = [*head, md_text(s["empty"]), ""]
        return {TIMELINE: front_matter(title=s["timeline"]) + "\n".join(body)}
    if not layout.split:
        only = layout.pages[TIMELINE]
        body = [*head, *_downloads_line(ctx, TIMELINE), *_grouped(ctx, only, 2, years=True)]
        return {TIMELINE: front_matter(title=s["timeline"]) + "\n".join(body)}
    pages: dict[str, str] = {}
    index = [*head, *_downloads_line(ctx, TIMELINE), f"## {md_text(s['years'])}", ""]
    for year in layout.years():
        count = md_text(s.count("events_count", layout.count(year)))
        line = f"- [{year.key}]({rel(TIMELINE, year.path)}) — {count}"
        if year.children:
            months = " · ".join(
                f"[{md_text(_title(ctx, m).split()[0])}]({rel(TIMELINE, page_path(m))})"
                for m in year.children
            )
            line += f": {months}"
        index.append(line)
    index.append("")
    pages[TIMELINE] = front_matter(title=s["timeline"], search={"exclude": True}) + "\n".join(index)
    for page in layout.pages.values():
        pages[page.path] = _page(ctx, page)
    return pages
