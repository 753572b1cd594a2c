"""The home page's overview: an SVG drawn at build time, events over time.

One column per year that has events (a gap in the years is drawn as a break, so decades of
background do not squeeze the busy months into a line). A story that stays within one year
gets a column per month, and one within one month a column per day: a single column would
say nothing. An event dated only as vaguely as the columns' period ("2025" beside months)
has a column of its own before them. In each column every event is a
square, in chronological order from the bottom, shaped by its status, and each square is a
link to the event's card with the date and title as its accessible name. Past ``max_marks``
events the squares would be too small to read, so each year becomes one bar, scaled to its
count and linking to the year. No script: the figure is plain SVG that works as it is, and
the page's CSS colours it for light and dark schemes.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from math import ceil, log1p

from babel.dates import format_date

from ..store.schema import Event
from .context import Context
from .dates import format_event_date, format_partial
from .markup import attr, html_text

__all__ = ["overview_svg"]

CELL = 12  # a square and its gap
SQUARE = 10
ROWS = 10  # squares per column before a year takes another column
MIN_COL = 32  # room for a year's label
GAP = 8
BREAK = 18
TOP = 4
LABEL = 18
LABEL_ROOM = 30  # a year's label, centred under its column
BAR = 10  # many events: one bar a year
BAR_COL = 12
BAR_GAP = 2
BAR_BREAK = 10


def _unit(events: list[Event]) -> int:
    """How many characters of a date name a column (its key): 4 (year), 7 (month) or 10
    (day)."""
    if len({e.date[:4] for e in events}) > 1:
        return 4
    if len({e.date[:7] for e in events if len(e.date) >= 7}) > 1:
        return 7
    if len({e.date[:10] for e in events if len(e.date) >= 10}) > 1:
        return 10
    return 4


def _next(key: str) -> str:
    """The column after ``key`` if no period were missing."""
    if len(key) == 4:
        return str(int(key) + 1)
    if len(key) == 7:
        year, month = int(key[:4]), int(key[5:])
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    return (dt.date.fromisoformat(key) + dt.timedelta(days=1)).isoformat()


def _label(key: str, locale: str) -> str:
    if len(key) == 7:
        return format_date(dt.date.fromisoformat(key + "-01"), "LLL", locale=locale)
    if len(key) == 10:
        return format_date(dt.date.fromisoformat(key), "d MMM", locale=locale)
    return key


def overview_svg(ctx: Context, page: str, max_marks: int = 400) -> str:
    """The overview figure as one raw HTML block."""
    s = ctx.s
    events = ctx.events
    if not events:
        return ""
    aggregate = len(events) > max_marks
    unit = 4 if aggregate else _unit(events)
    by_column: dict[str, list[Event]] = defaultdict(list)
    for e in events:
        by_column[e.date[:unit]].append(e)
    columns = sorted(by_column)
    height = ROWS * CELL
    parts: list[str] = []
    x = 0.0
    previous = None
    label_end = -1e9
    busiest = set(sorted(columns, key=lambda y: -len(by_column[y]))[:3])
    biggest = max(len(v) for v in by_column.values())
    for key in columns:
        if previous is not None and len(previous) == len(key) and key != _next(previous):
            gap = BAR_BREAK if aggregate else BREAK
            parts.append(
                f'<text x="{x + gap / 2:g}" y="{TOP + height - 2}" class="lm-ov-break" '
                f'text-anchor="middle" aria-hidden="true">…</text>'
            )
            x += gap
        evs = by_column[key]
        if aggregate:
            width = BAR_COL
            # Logarithmic: a year with one event stays visible beside one with thousands.
            bar = max(3, round(height * log1p(len(evs)) / log1p(biggest)))
            label = s.fmt("overview_bar", year=key, events=s.count("events_count", len(evs)))
            href = ctx.layout.year_href(page, key)
            parts.append(
                f'<a href="{attr(href)}"><title>{html_text(label)}</title>'
                f'<rect x="{x + (width - BAR) / 2:g}" y="{TOP + height - bar}" width="{BAR}" '
                f'height="{bar}" rx="2" class="lm-ov-bar"/></a>'
            )
        else:
            cols = ceil(len(evs) / ROWS)
            width = max(MIN_COL, cols * CELL)
            left = x + (width - cols * CELL) / 2 + (CELL - SQUARE) / 2
            for i, e in enumerate(evs):
                cx = left + (i // ROWS) * CELL
                cy = TOP + height - (i % ROWS + 1) * CELL + (CELL - SQUARE) / 2
                label = f"{format_event_date(e, s, ctx.locale)}: {e.title} ({ctx.status_label(e)})"
                parts.append(
                    f'<a href="{attr(ctx.layout.href(page, e))}"><title>{html_text(label)}</title>'
                    f'<rect x="{cx:g}" y="{cy:g}" width="{SQUARE}" height="{SQUARE}" rx="2" '
                    f'class="lm-ov-mark lm-ov-{ctx.status_key(e)}"/></a>'
                )
        centre = x + width / 2
        # Narrow bars cannot all carry a label: the first, the last and the busiest years do,
        # where there is room.
        wanted = not aggregate or key in (columns[0], columns[-1]) or key in busiest
        if wanted and centre - LABEL_ROOM / 2 >= label_end:
            parts.append(
                f'<text x="{centre:g}" y="{TOP + height + LABEL - 4}" class="lm-ov-year" '
                f'text-anchor="middle">{html_text(_label(key, ctx.locale))}</text>'
            )
            label_end = centre + LABEL_ROOM / 2
        x += width + (BAR_GAP if aggregate else GAP)
        previous = key
    total_w = max(x - (BAR_GAP if aggregate else GAP), MIN_COL)
    total_h = TOP + height + LABEL
    first, last = columns[0], columns[-1]
    desc = s.fmt(
        "overview_desc_bars"
        if aggregate
        else {4: "overview_desc", 7: "overview_desc_month"}.get(unit, "overview_desc_day"),
        events=s.count("events_count", len(events)),
        start=format_partial(first, ctx.locale, weekday=False),
        end=format_partial(last, ctx.locale, weekday=False),
    )
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="lm-overview__svg" '
        f'width="{total_w:g}" height="{total_h}" viewBox="0 0 {total_w:g} {total_h}" '
        # A group, not an image: an image's children are hidden from assistive technology,
        # and these children are links.
        f'role="group" aria-labelledby="lm-ov-title" aria-describedby="lm-ov-desc">'
        f'<title id="lm-ov-title">{html_text(s["overview"])}</title>'
        f'<desc id="lm-ov-desc">{html_text(desc)}</desc>\n' + "\n".join(parts) + "\n</svg>"
    )
    legend = "" if aggregate else _legend(ctx)
    # One element a line, so a change shows as a readable diff; no blank line inside, so
    # Markdown keeps the block as raw HTML.
    return (
        '<figure class="lm-overview" data-search-exclude>\n'
        f'<div class="lm-overview__scroll">{svg}</div>\n'
        f"<figcaption>{html_text(desc)}{legend}</figcaption>\n"
        "</figure>"
    )


def _legend(ctx: Context) -> str:
    keys = []
    present = {ctx.status_key(e) for e in ctx.events}
    for key in ("happened", "planned", "unconfirmed", "expected"):
        if key not in present:
            continue
        label = ctx.s["status"]["planned_unconfirmed" if key == "unconfirmed" else key]
        keys.append(
            f'<span class="lm-ov-key"><svg width="12" height="12" aria-hidden="true">'
            f'<rect x="1" y="1" width="{SQUARE}" height="{SQUARE}" rx="2" '
            f'class="lm-ov-mark lm-ov-{key}"/></svg> {html_text(label)}</span>'
        )
    return f'<span class="lm-ov-legend">{"".join(keys)}</span>' if keys else ""
